import XCTest

@testable import Compare

/// 「同上」 in a task table's units or time-limit cell says what the cell above says, as a merged
/// cell does: a table typed so reads as the table written out.
final class SameAsAboveTests: XCTestCase {
    static let spellings = ["同上", "同上。", "同 上", "同　上"]

    /// `table` with every units and time-limit cell that repeats the row above's written 「同上」 (in
    /// turn, every spelling), the columns at `columns` (from the header line).
    static func typed(_ table: String, headerLine: String, columns: [Int]) -> (text: String, replaced: Int) {
        var inTable = false
        var above: [String]? = nil
        var replaced = 0
        let lines = table.components(separatedBy: "\n").map { line -> String in
            if line == headerLine { inTable = true; return line }
            guard inTable, line.contains("\t") else { above = nil; return line }
            var cells = line.components(separatedBy: "\t")
            let written = cells
            if let above, above.count == cells.count {
                for c in columns where c < cells.count && !cells[c].isEmpty && cells[c] == above[c] {
                    cells[c] = spellings[replaced % spellings.count]
                    replaced += 1
                }
            }
            above = written
            return cells.joined(separator: "\t")
        }
        return (lines.joined(separator: "\n"), replaced)
    }

    /// Every corpus plan as a table with a header, its sections as rows or in their column: the
    /// same items, units and time limits with the repeats written 「同上」.
    func testSameAsAboveReadsAsTheCellAbove() throws {
        var replaced = 0
        for corpus in try CorpusTable.all() {
            let columns = [corpus.table.columns.firstIndex(of: .units)!, corpus.table.columns.firstIndex(of: .deadline)!]
            let (variant, n) = Self.typed(corpus.text, headerLine: corpus.headerLine, columns: columns)
            replaced += n
            try corpus.assertReadsAlike(variant, "同上")
        }
        // The corpus repeats units from row to row: the test replaced some.
        XCTAssertGreaterThan(replaced, 20)
    }

    /// Only the two characters alone are 「同上」: a unit's name or a task that opens with them is itself.
    func testOnlySameAsAboveAloneIsIt() {
        for cell in Self.spellings { XCTAssertTrue(TableLayout.isSameAsAbove(cell), cell) }
        for cell in ["同上级部门", "同上年度相比", "同", "上", "同上同上"] { XCTAssertFalse(TableLayout.isSameAsAbove(cell), cell) }
    }
}
