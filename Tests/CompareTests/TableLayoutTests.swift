@testable import Compare
import XCTest

/// A column's role (`TableLayout.columnRole`) stops reading cells once the answer is known: it must
/// give what counting every cell gives, on every kind of column.
final class TableLayoutTests: XCTestCase {
    typealias Role = TableLayout.Role

    /// Cells named by the role they show ("" is an empty cell, "?" shows none).
    static let roles: [String: Role] = ["n": .number, "s": .section, "t": .task, "u": .units, "d": .deadline, "o": .other]

    /// The full count, as `TableLayout.infer` made it before the early stops.
    func countingAll(_ cells: [String]) -> Role? {
        var votes: [Role: Int] = [:]
        var filled = 0
        for cell in cells where !cell.isEmpty {
            filled += 1
            if let r = Self.roles[cell] { votes[r, default: 0] += 1 }
        }
        let best = TableLayout.order.compactMap { r in votes[r].map { (r, $0) } }.max { $0.1 < $1.1 }
        return best.flatMap { $0.1 * 2 > filled ? $0.0 : nil }
    }

    func testColumnRoleIsTheFullCountsOnRandomColumns() {
        var random = SeededRandom(seed: 71)
        let kinds = ["", "?"] + Self.roles.keys.sorted()
        for _ in 0..<20_000 {
            // A leading kind most cells show, to a random degree, so that majorities, near
            // majorities, ties and empty columns all come.
            let leading = kinds[random.next(kinds.count)]
            let share = random.next(101)
            let cells = (0..<random.next(24)).map { _ in random.next(100) < share ? leading : kinds[random.next(kinds.count)] }
            XCTAssertEqual(TableLayout.columnRole(cells) { Self.roles[$0] }, countingAll(cells), "\(cells)")
        }
    }

    func testEachCaseOfTheEarlyStops() {
        // A majority, passed before the end: later cells are not read.
        var read = 0
        let tasks = ["t", "t", "t", "t", "u", "d", "?"]
        XCTAssertEqual(TableLayout.columnRole(tasks) { read += 1; return Self.roles[$0] }, .task)
        XCTAssertEqual(read, 4)
        // No role can reach a majority any more: nil, the rest not read.
        read = 0
        let mixed = ["t", "u", "d", "?", "t", "t"]
        XCTAssertNil(TableLayout.columnRole(mixed) { read += 1; return Self.roles[$0] })
        XCTAssertEqual(read, 4)
        XCTAssertNil(countingAll(mixed))
        // Exactly half is no majority; empty cells neither vote nor count.
        XCTAssertNil(TableLayout.columnRole(["t", "u", "t", "u"]) { Self.roles[$0] })
        XCTAssertEqual(TableLayout.columnRole(["", "t", "", "t", "u", ""]) { Self.roles[$0] }, .task)
        XCTAssertNil(TableLayout.columnRole(["", ""]) { Self.roles[$0] })
        XCTAssertNil(TableLayout.columnRole([]) { Self.roles[$0] })
        // Cells that show no role count as filled.
        XCTAssertNil(TableLayout.columnRole(["t", "?", "?"]) { Self.roles[$0] })
        XCTAssertEqual(TableLayout.columnRole(["?", "d", "d"]) { Self.roles[$0] }, .deadline)
    }
}
