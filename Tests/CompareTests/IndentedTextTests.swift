import XCTest

@testable import Compare

/// Text indented by tabs (pasted from a web page) is text, not a table: a line of one cell after
/// tabs continues a table only where a table's row stands before it.
final class IndentedTextTests: XCTestCase {
    func tree(_ text: String) throws -> String {
        TreeDump.render(PlanParser.parse(try Ingest.decode(bytes: Array(text.utf8), name: "x.txt"))).replacingOccurrences(of: "\t", with: " ")
    }

    /// Every corpus plan with each of its lines alone indented by one to three tabs (all but a
    /// table's rows and the line after one, which may continue it): the same plan as the original
    /// (metadata, draft mark, tree, units). The draft mark under a title, indented, read as a
    /// table's row, was the plan's only part and no longer marked it a draft.
    func testATabIndentedLineReadsAsItsText() throws {
        for name in Fixtures.planNames {
            let text = try Fixtures.text(name)
            let original = try tree(text)
            let lines = text.components(separatedBy: "\n")
            func blank(_ k: Int) -> Bool { lines[k].trimmingCharacters(in: .whitespaces).isEmpty }
            for k in lines.indices where !blank(k) && !lines[k].contains("\t")
                && !(lines[..<k].indices.last(where: { !blank($0) }).map { lines[$0].contains("\t") } ?? false) {
                var one = lines
                one[k] = String(repeating: "\t", count: 1 + k % 3) + one[k]
                XCTAssertEqual(try tree(one.joined(separator: "\n")), original, "\(name): line \(k + 1) indented")
            }
        }
    }

    /// Inside a table, a row whose first cells are empty (its section cell above spans it) is still
    /// the table's row: its task is an item of the section above, with its units.
    func testARowOfOneCellAfterEmptyOnesContinuesATable() throws {
        let table = """
        某区2021年政务公开工作要点
        序号\t任务\t责任单位
        一、推进重点领域公开\t1.公开财政预算决算\t区财政局
        \t2.公开重大项目批准和实施信息\t区发改局
        \t3.做好政策解读工作
        """
        let plan = PlanParser.parse(try Ingest.decode(bytes: Array(table.utf8), name: "x.txt"))
        let dump = try tree(table)
        let items = plan.items.filter { $0.path.rawValue.hasPrefix("一、/") }
        XCTAssertEqual(items.map { String($0.path.rawValue.dropFirst(3)) }, ["1.", "2.", "3."], dump)
        XCTAssertEqual(items.map { $0.node.units.lead + $0.node.units.responsible }, [["区财政局"], ["区发改局"], []], dump)
        // Outside a table, the same line is text indented (the draft mark's case).
        let draft = "某区2021年政务公开工作要点\n\t（征求意见稿）\n一、推进公开\n1.做好解读。"
        let indented = PlanParser.parse(try Ingest.decode(bytes: Array(draft.utf8), name: "x.txt"))
        let indentedDump = try tree(draft)
        XCTAssertTrue(indented.metadata.draft, indentedDump)
    }
}

/// Rows of a table all of a length are rows, not a fixed-width wrap; a table's first row may be.
final class TableRowsTests: XCTestCase {
    /// A wider table, a heading, then a narrower one of twenty rows of one length, numbered by a
    /// bare 「1」: every row of the second table is its own task with its own units and time limit.
    func testRowsOfOneLengthAfterAWiderTableAreRows() throws {
        var lines = ["某区2021年政务公开工作要点分工方案", "一、平台建设", "序号\t工作任务\t责任单位\t完成时限\t备注"]
        lines += (1...8).map { "\($0)\t做好第\($0)项平台建设工作，及时发布相关信息。\t区政府办公室\t2021年\($0 % 9 + 1)月底前\t无" }
        lines += ["二、重点任务", "序号\t工作任务\t责任单位\t完成时限"]
        lines += (11...30).map { "\($0)\t做好第\($0)项政务公开工作，及时发布相关信息。\t区发改局\t2021年\($0 % 9 + 1)月底前" }
        let plan = PlanParser.parse(try Ingest.decode(bytes: Array(lines.joined(separator: "\n").utf8), name: "x.txt"))
        let items = plan.items.filter { $0.node.text.hasPrefix("做好第") }
        XCTAssertEqual(items.count, 28, TreeDump.render(plan))
        // The heading between the tables opens its part, not the first table's last row's rest.
        XCTAssertTrue(plan.nodes.contains { $0.text.hasPrefix("重点任务") }, TreeDump.render(plan))
        for item in items {
            XCTAssertEqual(item.node.deadlines.count, 1, item.node.text)
            XCTAssertTrue((item.node.units.lead + item.node.units.responsible).contains(item.node.text.contains("平台") ? "区政府办公室" : "区发改局"), item.node.text)
        }
    }
}

/// A page saved from a government site ends with the site's footer, which is none of the plan.
final class SiteFooterTests: XCTestCase {
    /// Every corpus plan with a site's footer after it, joined to its last line or on lines of its
    /// own, opening with either of the footer's marks: the plan's tree and warnings, as without it.
    func testASiteFooterAfterThePlanIsNoneOfIt() throws {
        let footers = [
            "版权所有：某某区人民政府办公室 © 2021 津ICP备05004140号\n网站标识码：1201230001\n地址：某某区政府大院 联系电话：022-12345678",
            "网站标识码：1201230001 版权所有：某某区人民政府\n京公网安备11010502030143号",
        ]
        for name in Fixtures.planNames {
            let text = try Fixtures.text(name)
            let original = PlanParser.parse(try Ingest.decode(bytes: Array(text.utf8), name: "x.txt"))
            for footer in footers {
                for glue in ["\n", "\n\n"] {
                    // Its own end's blank lines trimmed, not its opening's: line numbers stay.
                    var body = Substring(text)
                    while let last = body.last, last.isWhitespace { body.removeLast() }
                    let page = String(body) + glue + footer + "\n"
                    let plan = PlanParser.parse(try Ingest.decode(bytes: Array(page.utf8), name: "x.txt"))
                    XCTAssertEqual(TreeDump.render(plan), TreeDump.render(original), "\(name): \(footer.prefix(4))")
                    XCTAssertEqual(plan.warnings.map(\.message), original.warnings.map(\.message), name)
                }
            }
        }
    }
}
