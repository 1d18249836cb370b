import XCTest

@testable import Compare

/// A task table a spreadsheet wrote as text: a cell holding a line break is quoted, an inner quote
/// doubled, and the row spans lines. Read as the row on one line.
final class QuotedCellsTests: XCTestCase {
    /// A cell as Excel writes it when it holds a line break or a quote.
    static func quoted(_ cell: String) -> String { "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    /// `cell` broken over `pieces` lines at places `shift` moves (after its first character, in
    /// its middle, before its last).
    static func broken(_ cell: String, pieces: Int, shift: Int) -> String {
        let c = Array(cell)
        guard c.count > pieces else { return cell }
        var cuts: [Int] = []
        for p in 1..<pieces {
            let place = [1, c.count * p / pieces, c.count - p][shift % 3]
            cuts.append(min(max(place, 1), c.count - 1))
        }
        cuts = Array(Set(cuts)).sorted()
        var out = "", start = 0
        for cut in cuts { out += String(c[start..<cut]) + "\n"; start = cut }
        return out + String(c[start...])
    }

    /// Every corpus plan as a task table, each row's task cell broken over two or three lines at
    /// a place that moves from row to row, quoted as a spreadsheet writes it (and every cell that
    /// holds a quote), with LF or CRLF between rows: the same items, units and time limits as the
    /// table on one line a row.
    func testRowsWithBrokenQuotedCellsReadAsRowsOnOneLine() throws {
        var broken = 0
        for name in Fixtures.planNames {
            let text = try Fixtures.text(name)
            let plan = try Fixtures.parse(text, name: name)
            for table in PlanRenderer.Table.all.prefix(12) where table.header {
                let rendered = PlanRenderer().render(plan, original: text, as: table)
                let want = LayoutVariantTests.signature(try Fixtures.parse(rendered, name: name))
                let taskColumn = table.columns.firstIndex(of: .task)!
                var k = 0
                let rows = rendered.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
                    var cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                    guard cells.count == table.columns.count, cells[taskColumn].count > 3, !table.columns.map(\.rawValue).elementsEqual(cells) else { return String(line) }
                    k += 1
                    broken += 1
                    cells[taskColumn] = Self.quoted(Self.broken(cells[taskColumn], pieces: k % 4 == 0 ? 3 : 2, shift: k))
                    for c in cells.indices where c != taskColumn && cells[c].contains("\"") { cells[c] = Self.quoted(cells[c]) }
                    return cells.joined(separator: "\t")
                }
                XCTAssertGreaterThan(k, 0, "\(name) \(table)")
                for ending in ["\n", "\r\n"] {
                    let got = LayoutVariantTests.signature(try Fixtures.parse(rows.joined(separator: ending), name: name))
                    XCTAssertEqual(got.count, want.count, "\(name) \(table)")
                    if let (i, pair) = zip(got, want).enumerated().first(where: { $0.element.0 != $0.element.1 }) {
                        XCTFail("\(name) \(table), rows ended by \(ending.count == 1 ? "LF" : "CRLF"), item \(i):\n  want \(pair.1)\n  got  \(pair.0)")
                    }
                }
            }
        }
        print("quoted cells broken over lines: \(broken)")
    }

    /// A quote that opens a cell and never closes (the text's own, or a cut file) joins nothing; a
    /// row on one line keeps its quotes as written unless a cell doubles those inside it; a quote
    /// inside a line's text is text.
    func testAQuoteThatDoesNotCloseOrARowOnOneLineIsLeftAsWritten() {
        // The lines as read, before any joining.
        func lines(_ text: String) -> [SourceLine] {
            text.split(separator: "\n").enumerated().map { SourceLine(text: String($1), line: $0 + 1) }
        }
        let open = "序号\t工作任务\t责任单位\n1\t\"做好规划公开\t县发改委\n" + (0..<40).map { "\($0 + 2)\t做好政策解读工作。\t县政府办" }.joined(separator: "\n")
        XCTAssertEqual(QuotedCells.joined(lines(open)), lines(open))
        let oneLine = "序号\t工作任务\t责任单位\n1\t\"六稳\"工作\t县发改委\n2\t\"做好规划公开\"\t县发改委\n"
        XCTAssertEqual(QuotedCells.joined(lines(oneLine)), lines(oneLine))
        let prose = "一、做好\"六稳\n工作\"信息公开\n"
        XCTAssertEqual(QuotedCells.joined(lines(prose)), lines(prose))
        let joined = QuotedCells.joined(lines("1\t\"做好规划公开\n加大\"\"规划\"\"公开力度\"\t县发改委\n2\t\"扩大\"\"公众\"\"参与\"\t县政府办\n"))
        XCTAssertEqual(joined.map(\.text), ["1\t做好规划公开\u{1F}加大\"规划\"公开力度\t县发改委", "2\t扩大\"公众\"参与\t县政府办"])
        XCTAssertEqual(joined.first.map { [$0.line, $0.lastLine] }, [1, 2])
    }
}

extension QuotedCellsTests {
    /// A quote typed in the text's own way (「"六稳”」: an ASCII quote closed by a full-width one)
    /// is no spreadsheet's cell: the rows after it are not glued to it (a review found five rows
    /// read as four, each with the others' units and dates).
    func testALoneQuoteInsideACellJoinsNothing() throws {
        let rows = ["1\t\"六稳”工作信息公开\t县发改委\t长期坚持", "2\t做好规划公开。\t县自然资源局\t2021年6月底前",
                    "3\t做好政策解读。\t县政府办\t2021年9月底前", "4\t深化\"放管服\"改革信息公开\t县政务服务中心\t2021年12月底前",
                    "5\t做好预决算公开。\t县财政局\t2021年12月底前"]
        let plan = try Fixtures.parse("某县2021年政务公开工作要点任务分工方案\n序号\t工作任务\t责任单位\t完成时限\n" + rows.joined(separator: "\n") + "\n")
        XCTAssertEqual(plan.items.count, 5, TreeDump.render(plan))
        XCTAssertEqual(plan.items.map { $0.node.units.responsible.count }, [1, 1, 1, 1, 1])
        // A continuation line with a lone quote breaks the cell: nothing joined.
        let broken = ["1\t\"做好规划公开", "加大\"规划”力度\"\t县发改委"].enumerated().map { SourceLine(text: $1, line: $0 + 1) }
        XCTAssertEqual(QuotedCells.joined(broken), broken)
    }

    /// Units named one under another in a quoted cell (Alt+Enter in Excel) stay apart, as in a
    /// Word cell.
    func testUnitsOnLinesOfAQuotedCellStayApart() throws {
        let plan = try Fixtures.parse("某县2021年政务公开工作要点任务分工方案\n序号\t工作任务\t责任单位\t完成时限\n1\t做好规划公开。\t\"县发改委\n县人社局\n县财政局\"\t2021年6月底前\n")
        XCTAssertEqual(plan.items.first?.node.units.responsible, ["县发改委", "县人社局", "县财政局"])
    }

    /// A quoted cell spans at most `longestCell` lines: one that does not close within them joins
    /// nothing.
    func testACellSpansAtMostItsLongestLines() {
        for span in [QuotedCells.longestCell, QuotedCells.longestCell + 1] {
            let text = ["1\t\"做好规划公开"] + (2..<span).map { "第\($0)行" } + ["完\"\t县发改委"]
            let lines = text.enumerated().map { SourceLine(text: $1, line: $0 + 1) }
            XCTAssertEqual(QuotedCells.joined(lines).count, span == QuotedCells.longestCell ? 1 : lines.count, "\(span) lines")
        }
    }
}
