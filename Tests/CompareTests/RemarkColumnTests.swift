import XCTest

@testable import Compare

/// A task table with a column its header names as a leader's, a remark's or a contact's (责任领导,
/// 备注, 联系人): the column says nothing the plan asks, so the table reads as without it. Its
/// cells (张三, 李四副县长, 县政府办督办) were read as units.
final class RemarkColumnTests: XCTestCase {
    static let headers = ["责任领导", "分管领导", "牵头领导", "县级领导", "备注", "说明", "联系人", "联系电话"]

    /// What such a column's cells hold, in turn: people, offices that supervise, remarks, nothing.
    static let cells = ["张三", "李四副县长", "县政府办督办", "", "王五、赵六", "重点任务", "13800000000", "县政务公开办"]

    /// `table` with a column put in at `position` (its header `header`, its rows' cells in turn).
    static func withColumn(_ table: String, header: String, at position: Int, headerLine: String) -> String {
        var inTable = false
        var row = 0
        return table.components(separatedBy: "\n").map { line -> String in
            if line == headerLine { inTable = true }
            guard inTable, line.contains("\t") else { return line }
            var parts = line.components(separatedBy: "\t")
            let cell = line == headerLine ? header : cells[row % cells.count]
            if line != headerLine { row += 1 }
            parts.insert(cell, at: min(position, parts.count))
            return parts.joined(separator: "\t")
        }.joined(separator: "\n")
    }

    /// Every corpus plan as a table with a header, sections as rows of their own or in their
    /// column, the column put before the units, after them and last, under every header: the same
    /// items, units and time limits as the table without it.
    func testAColumnOfLeadersOrRemarksIsNoUnits() throws {
        var tables = 0
        for corpus in try CorpusTable.all() {
            let columns = corpus.table.columns
            let units = columns.firstIndex(of: .units)!
            for (h, header) in Self.headers.enumerated() {
                for position in [units, units + 1, columns.count] where (h + position) % 2 == 0 || position == units + 1 {
                    tables += 1
                    let variant = Self.withColumn(corpus.text, header: header, at: position, headerLine: corpus.headerLine)
                    try corpus.assertReadsAlike(variant, "\(header) at \(position)")
                }
            }
        }
        XCTAssertGreaterThan(tables, Fixtures.planNames.count * 2 * Self.headers.count)
    }

    /// A header cell that names units with a leader's word (牵头领导及单位) is a units column.
    func testAHeaderNamingUnitsIsUnits() {
        XCTAssertEqual(ColumnHeader.role("牵头领导及单位"), .units)
        XCTAssertEqual(ColumnHeader.role("责任单位"), .units)
        for header in Self.headers { XCTAssertEqual(ColumnHeader.role(header), .remark, header) }
    }

    /// A 备注 column holding time limits: they are the tasks'.
    func testARemarkColumnOfTimeLimitsKeepsThem() throws {
        let text = "某县2021年政务公开工作要点\n序号\t工作任务\t责任单位\t备注\n1\t完善重大行政决策预公开制度\t县司法局\t2021年12月底前完成\n2\t做好规划公开\t县发改局\t2021年6月底前\n"
        let plan = try Fixtures.parse(text)
        XCTAssertEqual(plan.items.map { $0.node.deadlines.compactMap(\.normalized) }, [["2021-12-31"], ["2021-06-30"]])
    }
}
