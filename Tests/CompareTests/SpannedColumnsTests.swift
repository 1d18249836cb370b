import XCTest

@testable import Compare

/// A table cell spanning columns (Word's `gridSpan`, a page's `colspan`), and a row that starts
/// past its first columns (Word's `gridBefore`): the cells after keep their columns, as in the
/// same table written with every column's cell.
final class SpannedColumnsTests: XCTestCase {
    /// A row's cells: text, and the columns each spans.
    typealias Row = (before: Int, cells: [(text: String, span: Int)])

    static let header: Row = (0, [("序号", 1), ("工作任务", 1), ("责任单位", 1), ("完成时限", 1)])

    static func docx(_ rows: [Row]) -> [UInt8] {
        var table = "<w:tbl>"
        for row in [header] + rows {
            table += "<w:tr>" + (row.before > 0 ? "<w:trPr><w:gridBefore w:val=\"\(row.before)\"/></w:trPr>" : "")
            for cell in row.cells {
                let span = cell.span > 1 ? "<w:tcPr><w:gridSpan w:val=\"\(cell.span)\"/></w:tcPr>" : ""
                table += "<w:tc>\(span)<w:p><w:r><w:t>\(cell.text)</w:t></w:r></w:p></w:tc>"
            }
            table += "</w:tr>"
        }
        return DocxBuilder.docx(body: [DocxBuilder.paragraph("某县2021年政务公开工作要点任务分工方案"), table + "</w:tbl>"])
    }

    static func html(_ rows: [Row]) -> [UInt8] {
        var page = "<html><body><p>某县2021年政务公开工作要点任务分工方案</p><table>"
        for row in [header] + rows {
            page += "<tr>" + String(repeating: "<td></td>", count: row.before)
            for cell in row.cells { page += cell.span > 1 ? "<td colspan=\"\(cell.span)\">\(cell.text)</td>" : "<td>\(cell.text)</td>" }
            page += "</tr>\n"
        }
        return Array((page + "</table></body></html>").utf8)
    }

    /// The same rows with every column's cell written: a spanned column empty.
    static func unspanned(_ rows: [Row]) -> [Row] {
        rows.map { row in
            (0, Array(repeating: ("", 1), count: row.before) + row.cells.flatMap { [($0.text, 1)] + Array(repeating: ("", 1), count: $0.span - 1) })
        }
    }

    func testCellsAfterASpannedCellKeepTheirColumns() throws {
        let tasks = [("1.", "公开规划纲要", "县发改局", "2021年6月底前"), ("2.", "公开专项规划", "县财政局", "2021年9月底前"),
                     ("3.", "做好政策解读", "县政府办", "2021年10月底前"), ("4.", "回应社会关切", "县司法局", "2021年11月底前")]
        func plain(_ k: Int) -> Row { (0, [(tasks[k].0, 1), (tasks[k].1, 1), (tasks[k].2, 1), (tasks[k].3, 1)]) }
        // Each task row in turn written with one span: the task over the units column (no units),
        // the units over the time limit (none), the number over the task, a part's heading over
        // every column; and a row starting past its number column.
        let variants: [(String, (Int) -> Row)] = [
            ("task over units", { k in (0, [(tasks[k].0, 1), (tasks[k].1, 2), (tasks[k].3, 1)]) }),
            ("units over deadline", { k in (0, [(tasks[k].0, 1), (tasks[k].1, 1), (tasks[k].2, 2)]) }),
            ("heading row", { _ in (0, [("一、围绕重点领域深化政务公开", 4)]) }),
            ("no number", { k in (1, [(tasks[k].1, 1), (tasks[k].2, 1), (tasks[k].3, 1)]) }),
        ]
        for (name, variant) in variants {
            for k in tasks.indices {
                let rows = tasks.indices.map { $0 == k ? variant($0) : plain($0) }
                for (file, write) in [("plan.docx", Self.docx), ("plan.html", Self.html)] {
                    let plan = try Fixtures.parse(bytes: write(rows), name: file)
                    let expected = try Fixtures.parse(bytes: write(Self.unspanned(rows)), name: file)
                    XCTAssertEqual(TreeDump.render(plan), TreeDump.render(expected), "\(name), row \(k + 1), \(file)")
                }
            }
        }
    }
}

/// A 序号 | 工作任务 | 责任单位 | 完成时限 table whose 序号 cells are item numbers (「1.」「（1）」「①」…)
/// and whose tasks are short, as section titles are: each row is a numbered task, as with bare
/// numbers (「1」) or long tasks, never a section holding an item of no text.
final class NumberedShortTasksTests: XCTestCase {
    static let tasks = ["做好各类规划主动公开", "做好财政信息公开", "持续加强重大政策发布解读",
                        "推进基层政务公开标准化规范化工作，按照国家有关规定完善公开目录并动态更新"]
    static let units = ["县发改局", "县财政局", "县政府办", "县司法局"]
    static let deadlines = ["2021年6月底前", "2021年9月底前", "2021年10月底前", "2021年11月底前"]

    static func rows(_ marker: (Int) -> String) -> [[String]] {
        [["序号", "工作任务", "责任单位", "完成时限"]] + tasks.indices.map { [marker($0 + 1), tasks[$0], units[$0], deadlines[$0]] }
    }

    static func formats(_ rows: [[String]]) -> [(String, [UInt8])] {
        let title = "某县2021年政务公开工作要点任务分工方案"
        let docx = DocxBuilder.docx(body: [DocxBuilder.paragraph(title), "<w:tbl>" + rows.map { row in
            "<w:tr>" + row.map { "<w:tc><w:p><w:r><w:t>\($0)</w:t></w:r></w:p></w:tc>" }.joined() + "</w:tr>"
        }.joined() + "</w:tbl>"])
        let html = "<html><body><p>\(title)</p><table>" + rows.map { "<tr>" + $0.map { "<td>\($0)</td>" }.joined() + "</tr>\n" }.joined() + "</table></body></html>"
        let text = ([title] + rows.map { $0.joined(separator: "\t") }).joined(separator: "\n") + "\n"
        return [("plan.docx", docx), ("plan.html", Array(html.utf8)), ("plan.txt", Array(text.utf8))]
    }

    func testEachNumberedRowIsItsTask() throws {
        let markers: [(String, (Int) -> String)] = [
            ("1", { "\($0)" }), ("１", { String(Unicode.Scalar(0xFF10 + UInt32($0))!) }), ("1.", { "\($0)." }), ("1、", { "\($0)、" }), ("（1）", { "（\($0)）" }), ("(1)", { "(\($0))" }), ("①", { String(Unicode.Scalar(0x2460 + $0 - 1)!) }),
        ]
        for (name, marker) in markers {
            for (file, bytes) in Self.formats(Self.rows(marker)) {
                let plan = try Fixtures.parse(bytes: bytes, name: file)
                let items = plan.items
                XCTAssertEqual(items.map(\.node.text), Self.tasks, "\(name) \(file): \(TreeDump.render(plan))")
                XCTAssertEqual(items.map { $0.node.units.lead + $0.node.units.responsible }, Self.units.map { [$0] }, "\(name) \(file)")
                XCTAssertEqual(items.map { $0.node.deadlines.map(\.raw) }, Self.deadlines.map { [$0] }, "\(name) \(file)")
                // Paths are canonical: 「(1)」 is 「（1）」, a bare row number 「1.」 (as a task cell
                // beside it was numbered before).
                let paths = (1...4).map { name == "(1)" ? "（\($0)）" : name == "1" || name == "１" ? "\($0)." : marker($0) }
                XCTAssertEqual(items.map(\.path.rawValue), paths, "\(name) \(file)")
            }
        }
    }

    /// A 序号 column numbered by Word (each cell an empty paragraph of one list): Word shows the
    /// numbers, so each row is its task as with the numbers typed, in every label style and number
    /// format a 序号 column is given; the header's cell is not in the list. An empty numbered
    /// paragraph in the body still makes no line (an item with no words), and counts; one after a
    /// task's words in its cell adds no number to them.
    func testAColumnNumberedByWordIsTheRowsNumber() throws {
        let styles: [(format: String, text: String, marker: (Int) -> String)] = [
            ("decimal", "%1", { "\($0)." }), ("decimal", "%1.", { "\($0)." }), ("decimal", "%1、", { "\($0)、" }),
            ("decimal", "（%1）", { "（\($0)）" }), ("decimal", "(%1)", { "（\($0)）" }),
            ("decimalEnclosedCircle", "%1", { String(Unicode.Scalar(0x2460 + $0 - 1)!) }), ("decimalFullWidth", "%1", { "\($0)." }),
        ]
        let title = "某县2021年政务公开工作要点任务分工方案"
        for style in styles {
            for suffix in ["tab", "space", "nothing"] {
                let level = DocxBuilder.Level(format: style.format, text: style.text, suffix: suffix)
                let numbering = DocxBuilder.numbering(abstracts: [0: [level], 1: [level]], lists: [(1, 0, [:]), (2, 1, [:])])
                let paragraph = { (text: String) in "<w:p><w:r><w:t>\(text)</w:t></w:r></w:p>" }
                let empty = { (list: Int) in "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"\(list)\"/></w:numPr></w:pPr></w:p>" }
                let cell = { (text: String) in "<w:tc>\(paragraph(text))</w:tc>" }
                // A task cell ending in an empty paragraph of another list: its number is not the task's.
                let rows = ["<w:tr>" + ["序号", "工作任务", "责任单位", "完成时限"].map(cell).joined() + "</w:tr>"]
                    + Self.tasks.indices.map { k in
                        "<w:tr><w:tc>\(empty(1))</w:tc><w:tc>\(paragraph(Self.tasks[k]))\(k == 1 ? empty(2) : "")</w:tc>" + [Self.units[k], Self.deadlines[k]].map(cell).joined() + "</w:tr>"
                    }
                let body = [DocxBuilder.paragraph(title), DocxBuilder.paragraph("", list: 1), "<w:tbl>" + rows.joined() + "</w:tbl>"]
                let plan = try Fixtures.parse(bytes: DocxBuilder.docx(body: body, numbering: numbering), name: "plan.docx")
                let context = "\(style.format) \(style.text) \(suffix): \(TreeDump.render(plan))"
                XCTAssertEqual(plan.items.map(\.node.text), Self.tasks, context)
                XCTAssertEqual(plan.items.map { $0.node.units.lead + $0.node.units.responsible }, Self.units.map { [$0] }, context)
                XCTAssertEqual(plan.items.map { $0.node.deadlines.map(\.raw) }, Self.deadlines.map { [$0] }, context)
                // The body's empty paragraph took the number 1 and showed nothing.
                XCTAssertEqual(plan.items.map(\.path.rawValue), (2...5).map(style.marker), context)
            }
        }
        // A number alone in a later cell is not the row's (an empty list paragraph in a units
        // cell), nor in a cell merged with the one above (Word hides what it holds).
        let numbering = DocxBuilder.numbering(abstracts: [0: [DocxBuilder.Level(format: "decimal", text: "%1")]], lists: [(1, 0, [:])])
        let empty = "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:p>"
        let cell = { (text: String) in "<w:tc><w:p><w:r><w:t>\(text)</w:t></w:r></w:p></w:tc>" }
        let rows = ["<w:tr>" + ["序号", "工作任务", "责任单位", "完成时限"].map(cell).joined() + "</w:tr>",
                    "<w:tr>" + [cell("1"), cell(Self.tasks[0]), "<w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr><w:p><w:r><w:t>\(Self.units[0])</w:t></w:r></w:p>\(empty)</w:tc>", cell(Self.deadlines[0])].joined() + "</w:tr>",
                    "<w:tr>" + [cell("2"), cell(Self.tasks[1]), "<w:tc><w:tcPr><w:vMerge/></w:tcPr>\(empty)</w:tc>", cell(Self.deadlines[1])].joined() + "</w:tr>"]
        let plan = try Fixtures.parse(bytes: DocxBuilder.docx(body: [DocxBuilder.paragraph(title), "<w:tbl>" + rows.joined() + "</w:tbl>"], numbering: numbering), name: "plan.docx")
        XCTAssertEqual(plan.items.map { $0.node.units.lead + $0.node.units.responsible }, [[Self.units[0]], [Self.units[0]]], TreeDump.render(plan))
        XCTAssertEqual(plan.items.map(\.path.rawValue), ["1.", "2."], TreeDump.render(plan))
    }

    /// A 类别 column merged over its tasks' rows before a 序号 column numbered by Word: each task
    /// numbered as Word shows it, under its category; an empty numbered paragraph alone in a units
    /// cell names no unit.
    func testWordNumbersAfterAMergedCategoryColumn() throws {
        let numbering = DocxBuilder.numbering(abstracts: [0: [DocxBuilder.Level(format: "decimal", text: "%1")], 1: [DocxBuilder.Level(format: "decimal", text: "%1.")]],
                                              lists: [(1, 0, [:]), (2, 1, [:])])
        let numbered = { (list: Int) in "<w:tc><w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"\(list)\"/></w:numPr></w:pPr></w:p></w:tc>" }
        let cell = { (text: String) in "<w:tc><w:p><w:r><w:t>\(text)</w:t></w:r></w:p></w:tc>" }
        let category = { (text: String?) in text.map { "<w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr><w:p><w:r><w:t>\($0)</w:t></w:r></w:p></w:tc>" } ?? "<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>" }
        let categories = ["推进决策公开", "推进政策解读"]
        var rows = ["<w:tr>" + ["类别", "序号", "工作任务", "责任单位", "完成时限"].map(cell).joined() + "</w:tr>"]
        for k in Self.tasks.indices {
            // The last task's units cell is an empty paragraph of another list.
            let units = k == Self.tasks.count - 1 ? numbered(2) : cell(Self.units[k])
            rows.append("<w:tr>" + category(k % 2 == 0 ? categories[k / 2] : nil) + numbered(1) + cell(Self.tasks[k]) + units + cell(Self.deadlines[k]) + "</w:tr>")
        }
        let title = "某县2021年政务公开工作要点任务分工方案"
        let plan = try Fixtures.parse(bytes: DocxBuilder.docx(body: [DocxBuilder.paragraph(title), "<w:tbl>" + rows.joined() + "</w:tbl>"], numbering: numbering), name: "plan.docx")
        XCTAssertEqual(plan.items.map(\.node.text), Self.tasks, TreeDump.render(plan))
        XCTAssertEqual(plan.items.map { $0.context.first }, [categories[0], categories[0], categories[1], categories[1]], TreeDump.render(plan))
        XCTAssertEqual(plan.items.map { $0.path.rawValue.split(separator: "/").last.map(String.init) }, ["1.", "2.", "3.", "4."], TreeDump.render(plan))
        XCTAssertEqual(plan.items.map { $0.node.units.lead + $0.node.units.responsible }, Self.units.prefix(3).map { [$0] } + [[]], TreeDump.render(plan))
    }

    /// Where the row has a task beside its number, or its section cell is numbered as a section
    /// (一、), the section cell still opens a section: a two-level table is read as before.
    func testASectionCellBesideATaskStaysASection() throws {
        let rows = [["序号", "工作任务", "具体内容", "责任单位", "完成时限"],
                    ["1.", "做好各类规划主动公开", "公开“十四五”规划纲要，做好规划解读", "县发改局", "2021年6月底前"],
                    ["2.", "做好财政信息公开", "推进预决算公开，做好政府债务信息公开", "县财政局", "2021年9月底前"]]
        for (file, bytes) in NumberedShortTasksTests.formats(rows) {
            let plan = try Fixtures.parse(bytes: bytes, name: file)
            XCTAssertEqual(plan.items.map(\.node.text), ["公开“十四五”规划纲要，做好规划解读", "推进预决算公开，做好政府债务信息公开"], "\(file): \(TreeDump.render(plan))")
            XCTAssertEqual(plan.items.map { $0.context.last ?? "" }, ["做好各类规划主动公开", "做好财政信息公开"], "\(file): \(TreeDump.render(plan))")
        }
        let sectioned = [["序号", "工作任务", "责任单位", "完成时限"], ["1.", "一、围绕重点领域深化政务公开", "", ""],
                         ["2.", "做好财政信息公开，推进预决算公开", "县财政局", "2021年9月底前"]]
        for (file, bytes) in NumberedShortTasksTests.formats(sectioned) {
            let plan = try Fixtures.parse(bytes: bytes, name: file)
            XCTAssertTrue(plan.nodes.contains { $0.text == "围绕重点领域深化政务公开" }, "\(file): \(TreeDump.render(plan))")
        }
    }
}

/// A task table whose units are split into a 牵头单位 column and a 配合单位 column (with a header
/// of one row, or 责任单位 over the two): the first column's units lead, the second's carry out,
/// in every format; a header naming both (牵头及责任单位) or neither (责任单位) reads as before.
final class LeadColumnTests: XCTestCase {
    static let tasks = ["主动公开国民经济和社会发展第十四个五年规划纲要，做好规划解读。", "持续深化地方政府债务信息公开，定期公开债务限额、余额等信息。"]
    static let leads = ["区发改委", "区财政局"]
    static let others = ["区自然资源局", "区审计局、各乡镇"]

    /// The rows of the table: one header row, or two (the second under a 责任单位 spanning two columns).
    static func rows(twoRowHeader: Bool, lead: String = "牵头单位", other: String = "配合单位") -> [[String?]] {
        let head: [[String?]] = twoRowHeader
            ? [["序号", "工作任务", "责任单位", "", "完成时限"], [nil, nil, lead, other, nil]]
            : [["序号", "工作任务", lead, other, "完成时限"]]
        return head + tasks.indices.map { ["\($0 + 1)", tasks[$0], leads[$0], others[$0], "2021年12月底前"] }
    }

    /// A nil cell is spanned from the row above; 「」 after 责任单位 is the column it spans.
    static func formats(_ rows: [[String?]]) -> [(String, [UInt8])] {
        let title = "某县2021年政务公开工作要点任务分工方案"
        let spansDown = { (r: Int, c: Int) in r + 1 < rows.count && rows[r + 1][c] == nil }
        var docx = "<w:tbl>", html = "<html><body><p>\(title)</p><table>", text = title + "\n"
        for (r, row) in rows.enumerated() {
            docx += "<w:tr>"
            html += "<tr>"
            var c = 0
            while c < row.count {
                let spanned = row[c] == "责任单位"
                let merge = row[c] == nil ? "<w:vMerge/>" : spansDown(r, c) ? "<w:vMerge w:val=\"restart\"/>" : ""
                let grid = spanned ? "<w:gridSpan w:val=\"2\"/>" : ""
                docx += "<w:tc><w:tcPr>\(grid)\(merge)</w:tcPr><w:p><w:r><w:t>\(row[c] ?? "")</w:t></w:r></w:p></w:tc>"
                if let text = row[c] {
                    let down = spansDown(r, c) ? " rowspan=\"2\"" : ""
                    html += "<td\(down)\(spanned ? " colspan=\"2\"" : "")>\(text)</td>"
                }
                c += spanned ? 2 : 1
            }
            docx += "</w:tr>"
            html += "</tr>\n"
            text += row.map { $0 ?? "" }.joined(separator: "\t") + "\n"
        }
        let document = DocxBuilder.docx(body: [DocxBuilder.paragraph(title), docx + "</w:tbl>"])
        return [("plan.docx", document), ("plan.html", Array((html + "</table></body></html>").utf8)), ("plan.txt", Array(text.utf8))]
    }

    func testTheLeadColumnsUnitsLead() throws {
        for two in [false, true] {
            for (lead, other) in [("牵头单位", "配合单位"), ("牵头部门", "协办单位"), ("牵头单位", "参与单位")] {
                for (file, bytes) in Self.formats(Self.rows(twoRowHeader: two, lead: lead, other: other)) {
                    let plan = try Fixtures.parse(bytes: bytes, name: file)
                    let context = "\(two ? "two-row" : "one-row") \(lead)/\(other) \(file): \(TreeDump.render(plan))"
                    XCTAssertEqual(plan.items.map(\.node.text), Self.tasks, context)
                    XCTAssertEqual(plan.items.map(\.node.units.lead), Self.leads.map { [$0] }, context)
                    XCTAssertEqual(plan.items.map(\.node.units.responsible), Self.others.map(UnitExtractor.split), context)
                    XCTAssertEqual(plan.items.map { $0.node.deadlines.map(\.raw) }, [["2021年12月底前"], ["2021年12月底前"]], context)
                }
            }
        }
    }

    /// Rows a conversion wrote short (empty cells dropped: the 配合单位 cell, the cells at the
    /// row's end): the one units cell is the lead's; with both units cells, each in its column.
    func testAShortRowsOneUnitsCellIsTheLeads() throws {
        let header = "序号\t工作任务\t牵头单位\t配合单位\t完成时限"
        let rows: [(cells: [String], lead: [String], others: [String], due: [String])] = [
            (["1", Self.tasks[0], Self.leads[0], "2021年6月底前"], [Self.leads[0]], [], ["2021年6月底前"]),
            (["2", Self.tasks[1], Self.leads[1]], [Self.leads[1]], [], []),
            (["3", Self.tasks[0], Self.leads[0], Self.others[0]], [Self.leads[0]], [Self.others[0]], []),
            (["4", Self.tasks[1], Self.leads[1], Self.others[1], "2021年9月底前"], [Self.leads[1]], UnitExtractor.split(Self.others[1]), ["2021年9月底前"]),
        ]
        let text = (["某县2021年政务公开工作要点任务分工方案", header] + rows.map { $0.cells.joined(separator: "\t") }).joined(separator: "\n") + "\n"
        let plan = try Fixtures.parse(text, name: "plan.txt")
        XCTAssertEqual(plan.items.map(\.node.units.lead), rows.map(\.lead), TreeDump.render(plan))
        XCTAssertEqual(plan.items.map(\.node.units.responsible), rows.map(\.others), TreeDump.render(plan))
        XCTAssertEqual(plan.items.map { $0.node.deadlines.map(\.raw) }, rows.map(\.due), TreeDump.render(plan))
    }

    /// A cell with nothing to say (a dash, a slash, 无) in a units column names no unit.
    func testADashInAUnitsCellNamesNoUnit() throws {
        for mark in ["—", "——", "-", "/", "／", "无", "1"] {
            let text = "某县2021年政务公开工作要点任务分工方案\n序号\t工作任务\t牵头单位\t配合单位\t完成时限\n"
                + "1\t\(Self.tasks[0])\t\(Self.leads[0])\t\(mark)\t2021年12月底前\n2\t\(Self.tasks[1])\t\(Self.leads[1])\t\(Self.others[0])\t\(mark)\n"
            let plan = try Fixtures.parse(text, name: "plan.txt")
            XCTAssertEqual(plan.items.map(\.node.units.lead), Self.leads.map { [$0] }, "\(mark): \(TreeDump.render(plan))")
            XCTAssertEqual(plan.items.map(\.node.units.responsible), [[], [Self.others[0]]], "\(mark): \(TreeDump.render(plan))")
            XCTAssertEqual(plan.items.map { $0.node.deadlines.map(\.raw) }, [["2021年12月底前"], []], "\(mark): \(TreeDump.render(plan))")
        }
    }

    /// Headers that name both roles, or none, tell nothing of a lead: every unit carries out.
    func testAHeaderNamingNoLeadReadsEveryUnitAsCarryingOut() throws {
        for (first, second) in [("牵头及责任单位", "配合单位"), ("责任单位", "责任部门")] {
            for (file, bytes) in Self.formats(Self.rows(twoRowHeader: false, lead: first, other: second)) {
                let plan = try Fixtures.parse(bytes: bytes, name: file)
                XCTAssertEqual(plan.items.map(\.node.units.lead), [[], []], "\(first) \(file): \(TreeDump.render(plan))")
                XCTAssertEqual(plan.items.map { Set($0.node.units.responsible) }, zip(Self.leads, Self.others).map { Set([$0] + UnitExtractor.split($1)) }, "\(first) \(file)")
            }
        }
    }
}

/// Heading rows of a task table numbered in its 序号 column (「一、」, 「（一）」) with the title in the
/// next cell, its other cells empty or spanned: the part or section that number and title make,
/// holding the task rows below it.
final class NumberedHeadingRowsTests: XCTestCase {
    func testAHeadingRowsNumberAndTitleAreOneHeading() throws {
        let tasks = [["1", "主动公开国民经济和社会发展第十四个五年规划纲要，做好规划解读。", "区发改委", "2021年12月底前"],
                     ["2", "持续深化地方政府债务信息公开，定期公开债务限额、余额等信息。", "区财政局", "2021年9月底前"]]
        for (part, section) in [("一、", "（一）"), ("一、", "(一)")] {
            for spanned in [false, true] {
                let heading = { (mark: String, title: String) -> [String] in spanned ? [mark, title] : [mark, title, "", ""] }
                let rows = [["序号", "工作任务", "责任单位", "完成时限"], heading(part, "紧扣“十四五”开好局起好步，深化政务公开"),
                            heading(section, "做好各类规划主动公开")] + tasks
                for (file, bytes) in Self.formats(rows, spanned: spanned) {
                    let plan = try Fixtures.parse(bytes: bytes, name: file)
                    let context = "\(part)\(section) \(spanned ? "spanned" : "empty cells") \(file): \(TreeDump.render(plan))"
                    XCTAssertEqual(plan.items.map(\.node.text), tasks.map { $0[1] }, context)
                    XCTAssertEqual(plan.items.map { Array($0.path.rawValue.split(separator: "/").prefix(2)) }, tasks.map { _ in ["一、", "（一）"] }, context)
                    XCTAssertEqual(plan.items.first?.context, ["紧扣“十四五”开好局起好步，深化政务公开", "做好各类规划主动公开"], context)
                }
            }
        }
    }

    /// Rows numbered 「（一）」 or 「一、」 in the 序号 column, each with its task: a row that names
    /// no units or time limit is read as the others are (a section of that number holding the
    /// task), not as a heading whose title is the task's sentence; a title with a 「，」 or ending
    /// with 「。」 beside a number alone is still a heading.
    func testATaskBesideASectionsNumberIsATaskWithOrWithoutUnits() throws {
        let tasks = NumberedShortTasksTests.tasks.map { $0 + "。" }
        for marker in [{ (k: Int) in "（\(ChineseNumeral.string(k))）" }, { (k: Int) in "\(ChineseNumeral.string(k))、" }] {
            for bare in tasks.indices {
                let rows = [["序号", "工作任务", "责任单位", "完成时限"]] + tasks.indices.map { k in
                    k == bare ? [marker(k + 1), tasks[k], "", ""] : [marker(k + 1), tasks[k], NumberedShortTasksTests.units[k], NumberedShortTasksTests.deadlines[k]]
                }
                for spanned in [false, true] {
                    for (file, bytes) in Self.formats(rows.map { spanned && $0[2].isEmpty ? Array($0.prefix(2)) : $0 }, spanned: spanned) {
                        let plan = try Fixtures.parse(bytes: bytes, name: file)
                        let context = "\(marker(1)) row \(bare + 1) without units, \(spanned ? "spanned" : "empty cells") \(file): \(TreeDump.render(plan))"
                        XCTAssertEqual(plan.items.map(\.node.text), tasks, context)
                        // Each task under its number (a section holding it) or numbered by it.
                        XCTAssertEqual(plan.items.map { $0.path.rawValue.split(separator: "/").first.map(String.init) }, tasks.indices.map { marker($0 + 1) }, context)
                        XCTAssertEqual(plan.items.map { $0.node.units.lead + $0.node.units.responsible }, tasks.indices.map { $0 == bare ? [] : [NumberedShortTasksTests.units[$0]] }, context)
                    }
                }
            }
        }
        for title in ["聚焦重点领域，深化政务公开", "深化重点领域信息公开。", "深化重点领域信息公开"] {
            let heading = [["序号", "工作任务", "责任单位", "完成时限"], ["（一）", title, "", ""], ["1", tasks[0], "县财政局", "2021年6月底前"]]
            for (file, bytes) in Self.formats(heading, spanned: false) {
                let plan = try Fixtures.parse(bytes: bytes, name: file)
                XCTAssertEqual(plan.items.map(\.node.text), [tasks[0]], "\(file): \(TreeDump.render(plan))")
                XCTAssertEqual(plan.items.first?.context.first?.hasPrefix("深化重点领域") == true || plan.items.first?.context.first == title, true, "\(file): \(TreeDump.render(plan))")
                XCTAssertEqual(plan.items.map(\.path.rawValue), ["（一）/1."], "\(file): \(TreeDump.render(plan))")
            }
        }
    }

    /// A Chinese numeral alone in the 序号 cell (「一」 without its 「、」) numbers a part's row as
    /// 「一、」 does, with the title beside it or a task.
    func testABareChineseNumeralIsAPartsNumber() throws {
        let tasks = [["1", "主动公开国民经济和社会发展第十四个五年规划纲要，做好规划解读。", "区发改委", "2021年12月底前"],
                     ["2", "持续深化地方政府债务信息公开，定期公开债务限额、余额等信息。", "区财政局", "2021年9月底前"]]
        let rows = [["序号", "工作任务", "责任单位", "完成时限"], ["一", "紧扣“十四五”开好局起好步，深化政务公开", "", ""]] + tasks
            + [["二", "紧扣宏观政策落地见效，深化政务公开", "", ""], ["3", "围绕全区工作重点任务做好政策解读。", "区政府办", "2021年12月底前"]]
        for (file, bytes) in Self.formats(rows, spanned: false) {
            let plan = try Fixtures.parse(bytes: bytes, name: file)
            XCTAssertEqual(plan.items.map(\.path.rawValue), ["一、/1.", "一、/2.", "二、/3."], "\(file): \(TreeDump.render(plan))")
        }
    }

    /// The rows in each format; a row of two cells in a four-column table spans its title over
    /// the last three (Word's gridSpan, a page's colspan; in text, the cells are left out).
    static func formats(_ rows: [[String]], spanned: Bool) -> [(String, [UInt8])] {
        let title = "某县2021年政务公开工作要点任务分工方案"
        var docx = "<w:tbl>", html = "<html><body><p>\(title)</p><table>", text = title + "\n"
        for row in rows {
            let span = spanned && row.count == 2 ? 3 : 1
            docx += "<w:tr>" + row.enumerated().map { k, cell in
                let grid = k == 1 && span > 1 ? "<w:tcPr><w:gridSpan w:val=\"\(span)\"/></w:tcPr>" : ""
                return "<w:tc>\(grid)<w:p><w:r><w:t>\(cell)</w:t></w:r></w:p></w:tc>"
            }.joined() + "</w:tr>"
            html += "<tr>" + row.enumerated().map { k, cell in k == 1 && span > 1 ? "<td colspan=\"\(span)\">\(cell)</td>" : "<td>\(cell)</td>" }.joined() + "</tr>\n"
            text += row.joined(separator: "\t") + "\n"
        }
        let document = DocxBuilder.docx(body: [DocxBuilder.paragraph(title), docx + "</w:tbl>"])
        return [("plan.docx", document), ("plan.html", Array((html + "</table></body></html>").utf8)), ("plan.txt", Array(text.utf8))]
    }
}

/// Where a table's rules stop: a task-division table after a part with words of its own is the
/// plan's annex, at the root; a column of requirements repeated over rows stays tasks; a
/// 主办单位 column leads as a 牵头单位 one does.
final class TableRuleLimitsTests: XCTestCase {
    static let table = "序号\t工作任务\t具体要求\t责任单位\n1\t推进决策公开\t完善重大行政决策目录管理制度，及时公开决策事项目录。\t市司法局\n2\t推进政策解读\t落实政策解读与政策文件同步起草、同步发布。\t市政府办公室\n"

    func testATableAfterAPartsOwnWordsOrAnAnnexLineStandsAtTheRoot() throws {
        let head = "某市2021年政务公开工作要点\n一、推进决策公开\n做好重大行政决策公开工作。\n二、加强组织保障\n"
        // A 附件 line opens the annex: its table stands under no heading of the body, right
        // under the heading line too.
        for (between, nested) in [("", true), ("各单位要高度重视，认真抓好落实。\n", false), ("各单位要高度重视。\n附件：某市2021年政务公开工作任务分工表\n", false),
                                  ("附件\n", false), ("附件：某市2021年政务公开工作任务分工表\n", false), ("附件1\n某市2021年政务公开工作任务分工表\n", false)] {
            let plan = try Fixtures.parse(head + between + Self.table, name: "plan.txt")
            let context = "\(between.isEmpty ? "heading alone" : between): \(TreeDump.render(plan))"
            // 二、 with words of its own is an item; a heading alone holds the table's.
            XCTAssertEqual(plan.items.count, nested ? 3 : 4, context)
            let contexts = plan.items.suffix(2).map { $0.context.first ?? "" }
            XCTAssertEqual(contexts, nested ? ["加强组织保障", "加强组织保障"] : ["推进决策公开", "推进政策解读"], context)
            // The annex's title is no task's words.
            XCTAssertFalse(plan.items.contains { $0.node.text.contains("分工表") }, context)
        }
    }

    /// A notice listing its annexes by number (「附件：1．…」 and 「2．…」 below) before the plan: the
    /// plan's title and body are the plan's, not the annexes' (the list's numbers opened the body,
    /// the notice was read as the plan and an annex's name as its title).
    func testANoticesListOfAnnexesOpensNoBody() throws {
        let plan = "高昌区2021年政务公开工作要点\n一、推进决策公开\n（一）做好规划公开。各部门要做好规划公开。\n（二）加强政策解读。各部门要加强解读。\n"
        for list in ["　　附件：1．高昌区2021年政务公开重点任务分工表\n　　　　　2．高昌区2021年政务公开工作责任清单\n",
                     "附件：1.高昌区2021年政务公开重点任务分工表 2.高昌区2021年政务公开工作责任清单\n", "附件：高昌区2021年政务公开重点任务分工表\n"] {
            let text = "高昌区人民政府办公室关于印发《高昌区2021年政务公开工作要点》的通知\n各乡（镇）、场、街道，区政府各部门：\n　　现将《高昌区2021年政务公开工作要点》印发给你们，请结合实际认真贯彻落实。\n"
                + list + "高昌区人民政府办公室\n2021年5月10日\n" + plan
            let parsed = try Fixtures.parse(text, name: "plan.txt")
            XCTAssertEqual(parsed.metadata.title, "高昌区2021年政务公开工作要点", "\(list): \(TreeDump.render(parsed))")
            XCTAssertEqual(parsed.items.map(\.path.rawValue), ["一、/（一）", "一、/（二）"], "\(list): \(TreeDump.render(parsed))")
        }
        // A file that is an annex: its tasks numbered right under 「附件1」 are tasks.
        let annex = try Fixtures.parse("附件1\n1.做好规划公开。\n2.加强政策解读。\n", name: "plan.txt")
        XCTAssertEqual(annex.items.map(\.path.rawValue), ["1.", "2."], TreeDump.render(annex))
    }

    /// Two tables one after the other, the second wider (two annexes): each table's columns are
    /// read from its own rows (the second's decided the first's, whose rows became paragraphs).
    func testASecondTablesRowsDecideNotTheFirstsColumns() throws {
        let first = "序号\t工作任务\t责任单位\t完成时限\n1\t做好各类规划主动公开\t区发改委\t2021年6月底前\n2\t主动公开市场准入负面清单\t区发改委\t2021年9月底前\n"
        let second = "序号\t工作任务\t牵头单位\t配合单位\t完成时限\n1\t做好反垄断执法信息公开\t区市场监督管理局\t区商工局\t2021年11月底前\n2\t稳步扩大预决算公开范围\t区财政局\t各部门\t2021年12月底前\n"
        for (one, two) in [("附件1\n重点任务分工表\n", "附件2\n工作责任清单\n"), ("", "")] {
            let text = "某县2021年政务公开工作要点\n一、推进决策公开\n（一）做好规划公开。各部门要做好规划公开。\n" + one + first + two + second
            let plan = try Fixtures.parse(text, name: "plan.txt")
            let tasks = plan.items.map(\.node.text).filter { !$0.hasPrefix("做好规划公开") }
            XCTAssertEqual(tasks, ["做好各类规划主动公开", "主动公开市场准入负面清单", "做好反垄断执法信息公开", "稳步扩大预决算公开范围"], "\(one): \(TreeDump.render(plan))")
            XCTAssertEqual(plan.items.suffix(2).map(\.node.units.lead), [["区市场监督管理局"], ["区财政局"]], "\(one): \(TreeDump.render(plan))")
        }
    }

    /// A sentence that opens with 附件 is the plan's text, and the headings stay open around it; a
    /// list of annexes on the lines below a 附件 line is no task.
    func testOnlyAnAnnexLineOpensTheAnnex() throws {
        let body = "某县2021年政务公开工作要点\n一、推进决策公开\n（一）做好规划公开。各部门要做好规划公开。\n附件所列各项任务，各单位要逐项落实。\n（二）加强政策解读。各部门要加强解读。\n"
        let plan = try Fixtures.parse(body, name: "plan.txt")
        XCTAssertEqual(plan.items.map(\.path.rawValue), ["一、/（一）", "一、/（二）"], TreeDump.render(plan))
        XCTAssertTrue(plan.items.first?.node.text.hasSuffix("附件所列各项任务，各单位要逐项落实。") ?? false, TreeDump.render(plan))
        for list in ["附件：1.重点任务分工表\n　　2.联系人名单\n　　3.工作台账\n", "附件：1.重点任务分工表 2.联系人名单\n3.工作台账\n"] {
            let listed = try Fixtures.parse(body + list, name: "plan.txt")
            XCTAssertEqual(listed.items.map(\.path.rawValue), ["一、/（一）", "一、/（二）"], "\(list): \(TreeDump.render(listed))")
            XCTAssertEqual(listed.nodes.count, 1, "\(list): \(TreeDump.render(listed))")
        }
    }

    func testAColumnOfRepeatedRequirementsStaysTasks() throws {
        let rule = "严格按照规定程序执行，确保公开内容准确完整。"
        let text = "某市2021年政务公开工作要点任务分工方案\n序号\t工作任务\t工作要求\t责任单位\n"
            + "1\t全面梳理本单位重大行政决策事项，编制并公开年度决策事项目录。\t\(rule)\t市司法局\n"
            + "2\t对涉及群众切身利益的决策草案，通过网站公开征求意见。\t\(rule)\t各区政府\n"
        let plan = try Fixtures.parse(text, name: "plan.txt")
        XCTAssertFalse(plan.nodes.contains { $0.text == rule && !$0.children.isEmpty }, TreeDump.render(plan))
        XCTAssertTrue(plan.items.contains { $0.node.text.hasPrefix("全面梳理本单位") }, TreeDump.render(plan))
    }

    func testAHostColumnLeads() throws {
        for (lead, other) in [("主办单位", "协办单位"), ("主责单位", "配合单位")] {
            for (file, bytes) in LeadColumnTests.formats(LeadColumnTests.rows(twoRowHeader: false, lead: lead, other: other)) {
                let plan = try Fixtures.parse(bytes: bytes, name: file)
                XCTAssertEqual(plan.items.map(\.node.units.lead), LeadColumnTests.leads.map { [$0] }, "\(lead) \(file): \(TreeDump.render(plan))")
            }
        }
    }
}
