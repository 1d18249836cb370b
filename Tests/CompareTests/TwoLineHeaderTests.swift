import XCTest

@testable import Compare

/// A spaced task table whose 责任单位 column is split on a second header line into 牵头单位 and
/// 配合单位 (a merged header cell, printed): read as the same table written with tabs as Word's two
/// header rows are, each row's lead and the units working with it apart.
final class TwoLineHeaderTests: XCTestCase {
    /// A cell's text, or a dash for a cell with nothing to say (an empty cell is lost with its
    /// spaces; how a row of empty cells reads is the spaced tables' test's).
    static func cell(_ parts: [String]) -> String { parts.isEmpty ? "—" : parts.joined(separator: "、") }

    /// Every item of a corpus plan as a row: 序号, 工作任务, the lead, the others, the time limit.
    static func rows(_ plan: Plan) -> [[String]] {
        plan.items.enumerated().map { k, item in
            let n = item.node
            return ["\(k + 1)", n.text, cell(n.units.lead), cell(n.units.responsible), cell(n.deadlines.map(\.raw))]
        }
    }

    /// The columns in the order a table sets them: the units pair before or after the time limit.
    static let orders: [[Int]] = [[0, 1, 2, 3, 4], [0, 1, 4, 2, 3]]

    /// The header line's cells and the second line's, for an order: the split column is named
    /// 责任单位 (its cells' role) or 工作分工 (no role: the second line's place decides).
    static func header(_ order: [Int], parent: String, under: [String] = ["牵头单位", "配合单位"]) -> (top: [String], under: [String], parentIndex: Int) {
        let parentIndex = order.firstIndex(of: 2)!
        var top: [String] = []
        for k in order where k != 3 { top.append(k == 0 ? "序号" : k == 1 ? "工作任务" : k == 2 ? parent : "完成时限") }
        return (top, under, parentIndex)
    }

    /// The table written with tabs, the header's split cell spanning two columns.
    static func tabbed(_ title: String, rows: [[String]], order: [Int], parent: String, under words: [String]) -> String {
        let (top, under, p) = header(order, parent: parent, under: words)
        var topCells = top
        topCells.insert("", at: p + 1)
        let underCells = Array(repeating: "", count: p) + under + Array(repeating: "", count: top.count - p - 1)
        let body = rows.map { row in order.map { row[$0] }.joined(separator: "\t") }
        return ([title, topCells.joined(separator: "\t"), underCells.joined(separator: "\t")] + body).joined(separator: "\n") + "\n"
    }

    /// The table set out with `separator` between cells, as printed: the second header line
    /// indented to stand under the split cell (`placed`), or at the line's start.
    static func spaced(_ title: String, rows: [[String]], order: [Int], parent: String, under words: [String], separator: String, placed: Bool) -> String {
        let (top, under, p) = header(order, parent: parent, under: words)
        let topLine = top.joined(separator: separator)
        var indent = ""
        if placed {
            // The columns taken before the split cell: a Chinese character two, a separator's own.
            let before = top[..<p].map { $0 + separator }.joined()
            let columns = before.unicodeScalars.reduce(0) { $0 + ($1.value == 0x3000 || CJK.isWide($1) ? 2 : 1) }
            indent = String(repeating: " ", count: columns)
        }
        let underLine = indent + under.joined(separator: separator)
        let body = rows.map { row in order.map { row[$0] }.joined(separator: separator) }
        return ([title, topLine, underLine] + body).joined(separator: "\n") + "\n"
    }

    /// Every corpus plan as such a table, the split column in each place, named by its role or not,
    /// the second line placed under it or not (by role only), with each separator: the same items,
    /// leads, units and time limits as the table written with tabs.
    func testEverySplitHeaderReadsAsItsTabbedTable() throws {
        var tables = 0
        for name in Fixtures.planNames {
            let plan = try Fixtures.plan(name)
            let title = plan.metadata.title ?? "某县2021年政务公开工作要点任务分工方案"
            let rows = Self.rows(plan)
            // The split column's parts named in full or by their roles alone, in turn.
            for (n, order) in Self.orders.enumerated() {
                let words = n == 0 ? ["牵头单位", "配合单位"] : ["牵头", "配合"]
                for (parent, placings) in [("责任单位", [true, false]), ("工作分工", [true])] {
                    let want = LayoutVariantTests.signature(try Fixtures.parse(Self.tabbed(title, rows: rows, order: order, parent: parent, under: words), name: name))
                    // The tabbed table itself names a lead on each row with one.
                    XCTAssertEqual(want.filter { !$0.contains(" ¦ lead  ¦ ") }.count, rows.filter { $0[2] != "—" }.count, "\(name) \(order) \(parent): leads")
                    for placed in placings {
                        for separator in ["    ", "\u{3000}\u{3000}"] {
                            tables += 1
                            let label = "\(name) \(order) \(parent) placed \(placed) \(separator.unicodeScalars.first!.value)"
                            let got = LayoutVariantTests.signature(try Fixtures.parse(Self.spaced(title, rows: rows, order: order, parent: parent, under: words, separator: separator, placed: placed), name: name))
                            XCTAssertEqual(got.count, want.count, label)
                            if let (k, pair) = zip(got, want).enumerated().first(where: { $0.element.0 != $0.element.1 }) {
                                XCTFail("\(label), item \(k):\n  want \(pair.1)\n  got  \(pair.0)")
                            }
                        }
                    }
                }
            }
        }
        XCTAssertEqual(tables, 5 * 2 * 3 * 2)
    }

    /// A second line that names no column, or holds a number or a sentence's mark, or a single
    /// cell, is no header line: the table reads as with its one-line header.
    func testASecondLineThatIsNoHeaderLineIsARow() {
        let header = Self.line("序号    工作任务    责任单位    完成时限")
        for under in ["1    做好规划公开    县发改委", "牵头单位", "县发改委    县统计局", "牵头单位，    配合单位", "牵头单位1    配合单位"] {
            XCTAssertNil(TwoLineHeader(header, under: Self.line(under, index: 1)), under)
        }
        XCTAssertNotNil(TwoLineHeader(header, under: Self.line("牵头单位    配合单位", index: 1)))
    }

    static func line(_ text: String, index: Int = 0) -> SpacedColumns.Line {
        let scalars = Array(text.unicodeScalars)[...]
        return SpacedColumns.Line(index: index, scalars: scalars, gaps: SpacedColumns.gaps(scalars))
    }
}

extension TwoLineHeaderTests {
    /// The split column's words alone (牵头, 配合) name its columns too; a first row of units
    /// (县直各部门, 各有关单位) or of a task names none, and stays a row (a review's).
    func testRoleWordsAloneAndAFirstRowOfUnits() {
        let header = Self.line("序号    工作任务    责任单位    完成时限")
        for under in ["牵头    配合", "牵头单位    配合单位", "牵头部门    配合部门    责任人", "主办    协办"] {
            XCTAssertNotNil(TwoLineHeader(header, under: Self.line(under, index: 1)), under)
        }
        for under in ["做好政务公开工作    县直各部门", "各有关单位    各部门", "县政府办    县直各部门", "单位    部门"] {
            XCTAssertNil(TwoLineHeader(header, under: Self.line(under, index: 1)), under)
        }
    }
}
