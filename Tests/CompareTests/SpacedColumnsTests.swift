import XCTest

@testable import Compare

/// Task tables whose cells a conversion set apart with runs of spaces instead of tabs (text copied
/// from a PDF, a table typed by hand): read as the same table with tabs.
final class SpacedColumnsTests: XCTestCase {
    /// The separators such a table is written with: a run of ASCII spaces, a full-width space.
    static let separators = ["  ", "\u{3000}"]

    /// The table with each empty cell of a row given a dash, as tables mark a cell with nothing to say.
    static func dashed(_ table: String) -> String {
        table.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            guard line.contains("\t") else { return String(line) }
            return line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.isEmpty ? "—" : String($0) }.joined(separator: "\t")
        }.joined(separator: "\n")
    }

    /// Every corpus plan as a task table with a header, in every arrangement (its 序号 column's
    /// numbers bare: how they are written is the tab tables' test's), written with each
    /// separator in turn. With every cell filled (a dash where there is nothing to say) each gives the
    /// same items, units and time limits as the table written with tabs. With cells left empty (a
    /// merged section cell, a task without units) a cell's place is lost with its spaces, and the
    /// parser reads the cells that are there by what they hold: how many tables give the same is
    /// printed and may not fall (154 of 210 when the rule was made, none before: each table was
    /// one item or none). `SHOW_MISSES=1` lists the others.
    func testEverySpacedTaskTableReadsAsItsTabbedTable() throws {
        var tables = 0, kept = 0
        for name in Fixtures.planNames {
            let text = try Fixtures.text(name)
            let plan = try Fixtures.parse(text, name: name)
            for table in PlanRenderer.Table.all where table.header && table.numberStyle == .bare {
                let tabbed = PlanRenderer().render(plan, original: text, as: table)
                let want = LayoutVariantTests.signature(try Fixtures.parse(tabbed, name: name))
                let dashed = Self.dashed(tabbed)
                let wantDashed = LayoutVariantTests.signature(try Fixtures.parse(dashed, name: name))
                // Each table with one separator, in turn.
                do {
                    let separator = Self.separators[tables % Self.separators.count]
                    tables += 1
                    let label = "\(name) \(table) \(separator.unicodeScalars.map { String($0.value, radix: 16) })"
                    let got = LayoutVariantTests.signature(try Fixtures.parse(tabbed.replacingOccurrences(of: "\t", with: separator), name: name))
                    if got == want { kept += 1 } else if ProcessInfo.processInfo.environment["SHOW_MISSES"] != nil { print("MISS \(label)") }
                    let gotDashed = LayoutVariantTests.signature(try Fixtures.parse(dashed.replacingOccurrences(of: "\t", with: separator), name: name))
                    XCTAssertEqual(gotDashed.count, wantDashed.count, label)
                    if let (k, pair) = zip(gotDashed, wantDashed).enumerated().first(where: { $0.element.0 != $0.element.1 }) {
                        XCTFail("\(label), dashes in empty cells, item \(k):\n  want \(pair.1)\n  got  \(pair.0)")
                    }
                }
            }
        }
        print("spaced task tables: \(kept) of \(tables) read as their tabbed tables with empty cells, all with dashes in them")
        XCTAssertEqual(tables, 210)
        XCTAssertGreaterThanOrEqual(kept, 154)
    }

    /// Without a header line nothing tells a table from text spaced by hand: every corpus plan with
    /// two wide gaps put into each of its lines parses as the plan itself.
    func testSpacesInTextWithoutAHeaderChangeNothing() throws {
        for name in Fixtures.planNames {
            let text = try Fixtures.text(name)
            let want = LayoutVariantTests.signature(try Fixtures.parse(text, name: name))
            for separator in Self.separators + ["   "] {
                let spaced = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
                    let scalars = Array(line.unicodeScalars)
                    // Between wide characters only: a space beside a letter or a digit is a word's.
                    let cuts = [scalars.count / 3, 2 * scalars.count / 3].filter { $0 > 0 && CJK.isWide(scalars[$0 - 1]) && CJK.isWide(scalars[$0]) }
                    var out = String.UnicodeScalarView()
                    for (k, c) in scalars.enumerated() {
                        if cuts.contains(k) { out.append(contentsOf: separator.unicodeScalars) }
                        out.append(c)
                    }
                    return String(out)
                }.joined(separator: "\n")
                XCTAssertNotEqual(spaced, text)
                XCTAssertEqual(LayoutVariantTests.signature(try Fixtures.parse(spaced, name: name)), want, "\(name) \(separator.unicodeScalars.map { $0.value })")
            }
        }
    }

    /// The rule's parts, on lines whose effect is known: a gap is two columns or more between
    /// characters (not indentation, not one space, not beside a tab); a header is three short
    /// labels or more, most naming a column; a table goes on over up to three lines without a gap,
    /// and ends at a sentence or a print line.
    func testGapsHeadersAndTheTablesEnd() {
        func gaps(_ s: String) -> Int { SpacedColumns.gaps(Array(s.unicodeScalars)[...]).count }
        XCTAssertEqual(gaps("　　一、总体要求"), 0)
        XCTAssertEqual(gaps("做好 各类规划"), 0)
        XCTAssertEqual(gaps("做好  各类规划"), 1)
        XCTAssertEqual(gaps("做好　各类规划　　公开"), 2)
        XCTAssertEqual(gaps("做好\u{200B}\u{200B}各类"), 0)
        XCTAssertEqual(gaps("序号\t工作任务  责任单位"), 0)
        func line(_ s: String, _ index: Int = 0) -> SpacedColumns.Line {
            let scalars = Array(s.unicodeScalars)[...]
            return SpacedColumns.Line(index: index, scalars: scalars, gaps: SpacedColumns.gaps(scalars))
        }
        XCTAssertTrue(SpacedColumns.isHeader(line("序号  工作任务  责任单位  完成时限")))
        XCTAssertFalse(SpacedColumns.isHeader(line("工作任务  责任单位")))
        XCTAssertFalse(SpacedColumns.isHeader(line("1  县财政局  2021年6月底前")))
        XCTAssertFalse(SpacedColumns.isHeader(line("推进决策公开  做好规划公开，加大力度  县财政局")))
        XCTAssertFalse(SpacedColumns.isHeader(line("序号  工作任务  责任单位及配合单位名称与联系人")))
        let header = line("序号  工作任务  责任单位", 0)
        for (next, kept) in [(1, true), (4, true), (5, false)] {
            let rows = SpacedColumns.rows([header, line("1  做好规划公开  县财政局", next)])
            XCTAssertEqual(rows.map(\.index), kept ? [0, next] : [0], "row \(next) lines after the header")
        }
        // A row of one gap follows its number or its section's title, or ends in a unit or a date,
        // not a sentence; a print line is no row.
        for (text, kept) in [("做好规划公开。  县财政局", true), ("各部门要加强解读，  确保解读到位。", false), ("1  做好规划公开  县财政局。", true),
                             ("1  做好规划公开。", true), ("（1）  做好规划公开。", true), ("（一）推进决策公开  做好规划公开。", true),
                             ("（一）做好政策解读。各部门要加强解读，  确保解读到位。", false), ("某县人民政府办公室　　2021年4月2日印发", false),
                             ("1  某县人民政府办公室  2021年4月2日印发", false)] {
            XCTAssertEqual(SpacedColumns.rows([header, line(text, 1)]).count, kept ? 2 : 1, text)
        }
    }

    /// A row with more cells than its header holds spaces inside a cell: a full-width space in a
    /// task or a units cell of a table set out with ASCII spaces, or a wide gap inside a task's
    /// text in any table; the row is read as its cells say, the others as before.
    func testSpacesInsideACellAreNoGap() throws {
        let head = "某县2021年政务公开工作要点任务分工方案\n"
        let tasks = ["做好各类规划主动公开", "加强规划公开专栏建设并链接自治区专栏", "主动公开市场准入负面清单"]
        // In the units cell only a space of the other kind: between same-kind gaps of equal width
        // the leftmost goes (the task's), which there is the wrong one.
        for (separator, inside) in [("  ", "\u{3000}"), ("\u{3000}", "  "), ("  ", "  "), ("\u{3000}", "\u{3000}"), ("   ", "  ")] {
            let other = separator.contains("\u{3000}") != inside.contains("\u{3000}")
            let rows = [["序号", "工作任务", "责任单位", "完成时限"], ["1", tasks[0], "区发改委", "2021年6月底前"],
                        ["2", "加强规划公开专栏建设" + inside + "并链接自治区专栏", "区政府办公室", "2021年12月底前"],
                        ["3", tasks[2], "牵头单位：区市场监督管理局" + (other ? inside : "") + "配合单位：区商工局", "2021年9月底前"]]
            let plan = try Fixtures.parse(head + rows.map { $0.joined(separator: separator) }.joined(separator: "\n") + "\n", name: "plan.txt")
            let context = "\(separator.unicodeScalars.map(\.value)) \(inside.unicodeScalars.map(\.value)): \(TreeDump.render(plan))"
            XCTAssertEqual(plan.items.map(\.node.text), tasks, context)
            XCTAssertEqual(plan.items.map(\.node.units.lead), [[], [], ["区市场监督管理局"]], context)
            XCTAssertEqual(plan.items.map(\.node.units.responsible), [["区发改委"], ["区政府办公室"], ["区商工局"]], context)
            XCTAssertEqual(plan.items.map { $0.node.deadlines.map(\.raw) }, [["2021年6月底前"], ["2021年12月底前"], ["2021年9月底前"]], context)
        }
    }

    /// Text after a spaced table (a part's heading and its paragraphs set out with full-width
    /// spaces, a print line) stays text: every sentence whole, the print line closing the document.
    func testWhatFollowsASpacedTableStaysText() throws {
        let table = "序号　工作任务　责任单位　完成时限\n1　做好规划公开　县发改委　2021年6月底前\n2　加强政策解读　县政府办　2021年12月底前\n"
        let prose = "二、加强政策解读\n（一）做好政策解读。各部门要加强解读，　　确保解读到位。\n（二）回应社会关切。各部门要及时回应，　做好舆情处置。\n"
        let plan = try Fixtures.parse("某县2021年政务公开工作要点\n一、推进决策公开\n" + table + prose, name: "plan.txt")
        XCTAssertEqual(plan.items.map(\.node.text), ["做好规划公开", "加强政策解读", "做好政策解读。各部门要加强解读，确保解读到位。", "回应社会关切。各部门要及时回应，做好舆情处置。"], TreeDump.render(plan))
        let signed = try Fixtures.parse("某县2021年政务公开工作要点\n一、推进决策公开\n" + table + "某县人民政府办公室　　　　2021年4月2日印发\n", name: "plan.txt")
        XCTAssertEqual(signed.items.map { $0.node.units.lead + $0.node.units.responsible }, [["县发改委"], ["县政府办"]], TreeDump.render(signed))
    }

    /// A table typed as paragraphs with spaces or tabs in a Word file, or written with full-width
    /// spaces in a page, is read as in a text file.
    func testASpacedTableInAWordFileOrAPage() throws {
        let rows = NumberedShortTasksTests.rows { "\($0)" }
        let title = "某县2021年政务公开工作要点任务分工方案"
        let lines = rows.map { $0.joined(separator: "\u{3000}\u{3000}") }
        let docx = DocxBuilder.docx(body: [DocxBuilder.paragraph(title)] + lines.map { DocxBuilder.paragraph($0) })
        // Typed with the Tab key between the cells.
        let tabbed = DocxBuilder.docx(body: [DocxBuilder.paragraph(title)] + rows.map { row in
            "<w:p><w:r>" + row.map { "<w:t>\($0)</w:t>" }.joined(separator: "<w:tab/>") + "</w:r></w:p>"
        })
        let html = "<html><body><p>\(title)</p>" + lines.map { "<p>\($0)</p>" }.joined() + "</body></html>"
        let text = ([title] + lines).joined(separator: "\r\n")
        for (file, bytes) in [("plan.docx", docx), ("plan.docx", tabbed), ("plan.html", Array(html.utf8)), ("plan.txt", Array(text.utf8))] {
            let plan = try Fixtures.parse(bytes: bytes, name: file)
            XCTAssertEqual(plan.items.map(\.node.text), NumberedShortTasksTests.tasks, "\(file): \(TreeDump.render(plan))")
            XCTAssertEqual(plan.items.map { $0.node.units.lead + $0.node.units.responsible }, NumberedShortTasksTests.units.map { [$0] }, file)
            XCTAssertEqual(plan.items.map { $0.node.deadlines.map(\.raw) }, NumberedShortTasksTests.deadlines.map { [$0] }, file)
        }
    }
}

extension SpacedColumnsTests {
    /// The header letter-spaced, as a PDF's text or typesetting leaves it: a space between the
    /// characters of each column's name (「序 号」), or a full-width one (「序　号」, a gap of its own).
    static func letterSpaced(_ header: Substring, by space: String) -> String {
        header.split(separator: "\t", omittingEmptySubsequences: false).map { cell in
            cell.map(String.init).joined(separator: space)
        }.joined(separator: "\t")
    }

    /// Every corpus plan as a spaced task table (a dash in each empty cell) whose header is
    /// letter-spaced, each way in turn: read as the table with its header written plainly.
    func testALetterSpacedHeaderReadsAsItsPlainHeader() throws {
        var tables = 0
        for name in Fixtures.planNames {
            let text = try Fixtures.text(name)
            let plan = try Fixtures.parse(text, name: name)
            for table in PlanRenderer.Table.all where table.header && table.numberStyle == .bare {
                let dashed = Self.dashed(PlanRenderer().render(plan, original: text, as: table))
                // Letters set apart by a full-width space (a gap of its own), the columns by a wider one.
                let space = [" ", "\u{3000}"][tables % 2]
                let separator = space == " " ? Self.separators[tables / 2 % Self.separators.count] : ["    ", "\u{3000}\u{3000}"][tables / 2 % 2]
                tables += 1
                let want = LayoutVariantTests.signature(try Fixtures.parse(dashed.replacingOccurrences(of: "\t", with: separator), name: name))
                let lines = dashed.split(separator: "\n", omittingEmptySubsequences: false)
                let headerLine = table.columns.map(\.rawValue).joined(separator: "\t")
                let headerIndex = try XCTUnwrap(lines.lastIndex { $0 == headerLine })
                var spaced = lines.map(String.init)
                spaced[headerIndex] = Self.letterSpaced(lines[headerIndex], by: space)
                let got = LayoutVariantTests.signature(try Fixtures.parse(spaced.joined(separator: "\n").replacingOccurrences(of: "\t", with: separator), name: name))
                let label = "\(name) \(table) letters spaced by U+\(String(space.unicodeScalars.first!.value, radix: 16))"
                XCTAssertEqual(got.count, want.count, label)
                if let (k, pair) = zip(got, want).enumerated().first(where: { $0.element.0 != $0.element.1 }) {
                    XCTFail("\(label), item \(k):\n  want \(pair.1)\n  got  \(pair.0)")
                }
            }
        }
        XCTAssertEqual(tables, 210)
    }
}

extension SpacedColumnsTests {
    /// A letter-spaced header whose columns are set apart by gaps of unequal widths (as a printed
    /// table's are) is a header; one whose every gap is as wide says nothing of its words.
    func testALetterSpacedHeaderWithUnequalColumnGaps() throws {
        func line(_ text: String) -> SpacedColumns.Line {
            let scalars = Array(text.unicodeScalars)[...]
            return SpacedColumns.Line(index: 0, scalars: scalars, gaps: SpacedColumns.gaps(scalars))
        }
        XCTAssertNotNil(SpacedColumns.header(line("序　号　　　工　作　任　务　　　　　　责　任　单　位　　　完　成　时　限")))
        XCTAssertNotNil(SpacedColumns.header(line("序　号      工　作　任　务            责任单位   完　成　时　限")))
        XCTAssertNil(SpacedColumns.header(line("序　号　工　作")))
        let plan = try Fixtures.parse("某县2021年政务公开工作要点任务分工方案\n序　号　　　工　作　任　务　　　　　　　　　　责　任　单　位　　　完　成　时　限\n1　　　做好各类规划公开，加大规划公开力度。　　　县发改委　　　2021年12月底前\n2　　　做好重大决策预公开。　　　　　　　　　　　县司法局　　　2021年6月底前\n")
        XCTAssertEqual(plan.items.map { $0.node.units.responsible }, [["县发改委"], ["县司法局"]])
    }
}
