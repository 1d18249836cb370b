import XCTest

@testable import Compare

/// A task table's cell merged over several rows (Word's `vMerge`, a web page's `rowspan`): the
/// usual layout of a 分工方案, where one office's cell spans the tasks it carries out.
final class MergedCellsTests: XCTestCase {
    /// Each column as runs of (text, rows spanned).
    typealias Column = [(text: String, rows: Int)]

    /// The table's columns: numbers, tasks, units and time limits, the units and time limits
    /// merged in runs of every length from one to four rows.
    static func columns(units: Column, deadlines: Column, dotted: Bool = true) -> [Column] {
        let tasks = ["公开规划纲要", "公开专项规划", "做好政策解读", "回应社会关切", "公开财政预算", "公开决算信息", "推进数据开放", "做好政务服务"]
        return [(1...8).map { ("\($0)" + (dotted ? "." : ""), 1) }, tasks.map { ($0, 1) }, units, deadlines]
    }

    /// The cells each row writes: a run's text in its first row, and in its others nil (merged).
    static func rows(_ columns: [Column]) -> [[String?]] {
        let count = columns[0].reduce(0) { $0 + $1.rows }
        var rows = [[String?]](repeating: [], count: count)
        for column in columns {
            var r = 0
            for run in column {
                for k in 0..<run.rows { rows[r + k].append(k == 0 ? run.text : nil) }
                r += run.rows
            }
        }
        return rows
    }

    static func docx(_ rows: [[String?]]) -> [UInt8] {
        let header = ["序号", "工作任务", "责任单位", "完成时限"]
        let cell = { (text: String?, first: Bool, merged: Bool) -> String in
            let merge = merged ? (first ? "<w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr>" : "<w:tcPr><w:vMerge/></w:tcPr>") : ""
            return "<w:tc>\(merge)<w:p><w:r><w:t>\(text ?? "")</w:t></w:r></w:p></w:tc>"
        }
        var spans = [Bool](repeating: false, count: header.count)
        for (r, row) in rows.enumerated() {
            for c in row.indices where row[c] == nil || (r + 1 < rows.count && rows[r + 1][c] == nil) { spans[c] = true }
        }
        var table = "<w:tbl><w:tr>" + header.map { cell($0, true, false) }.joined() + "</w:tr>"
        for (r, row) in rows.enumerated() {
            table += "<w:tr>" + row.indices.map { c in
                let continues = r + 1 < rows.count && rows[r + 1][c] == nil
                return cell(row[c], row[c] != nil, spans[c] && (row[c] == nil || continues))
            }.joined() + "</w:tr>"
        }
        return DocxBuilder.docx(body: ["某县2021年政务公开工作要点任务分工方案"].map { DocxBuilder.paragraph($0) } + [table + "</w:tbl>"])
    }

    static func html(_ rows: [[String?]]) -> [UInt8] {
        var page = "<html><body><p>某县2021年政务公开工作要点任务分工方案</p><table><tr><th>序号</th><th>工作任务</th><th>责任单位</th><th>完成时限</th></tr>"
        for (r, row) in rows.enumerated() {
            page += "<tr>"
            for (c, text) in row.enumerated() {
                guard let text else { continue }
                let down = rows[(r + 1)...].prefix { $0[c] == nil }.count + 1
                page += down > 1 ? "<td rowspan=\"\(down)\">\(text)</td>" : "<td>\(text)</td>"
            }
            page += "</tr>\n"
        }
        return Array((page + "</table></body></html>").utf8)
    }

    /// Every split of eight rows into runs of one to four (for the units, and the time limits run
    /// the other way), in both readers: every task has the units and the time limit of the cell
    /// spanning it, and no merged cell is read as a task or left in the plan's text.
    func testEveryTaskGetsTheCellsSpanningIt() throws {
        var splits: [[Int]] = []
        func split(_ left: Int, _ runs: [Int]) {
            if left == 0 { splits.append(runs); return }
            for n in 1...min(4, left) { split(left - n, runs + [n]) }
        }
        split(8, [])
        let offices = ["县发改局", "县财政局", "县政府办", "县统计局", "县司法局", "县政数局", "县审计局", "县人社局"]
        for runs in splits {
            let units: Column = runs.enumerated().map { (offices[$0.offset], $0.element) }
            let deadlines: Column = runs.reversed().enumerated().map { ("2021年\($0.offset + 3)月底前", $0.element) }
            let expected = (units: units.flatMap { Array(repeating: $0.text, count: $0.rows) },
                            deadlines: deadlines.flatMap { Array(repeating: $0.text, count: $0.rows) })
            // Numbered 「1.」, or by a bare 「1」 (rows of a length, which were once joined as a wrap).
            for dotted in [true, false] {
            let rows = Self.rows(Self.columns(units: units, deadlines: deadlines, dotted: dotted))
            for (name, bytes) in [("plan.docx", Self.docx(rows)), ("plan.html", Self.html(rows))] {
                let plan = try Fixtures.parse(bytes: bytes, name: name)
                let items = plan.items.filter { $0.node.kind == .item }
                XCTAssertEqual(items.count, 8, "\(name) \(runs)")
                for (k, item) in items.enumerated() where k < 8 {
                    XCTAssertEqual(item.node.units.lead + item.node.units.responsible, [expected.units[k]], "\(name) \(runs) row \(k + 1)")
                    XCTAssertEqual(item.node.deadlines.map(\.raw), [expected.deadlines[k]], "\(name) \(runs) row \(k + 1)")
                    if dotted { XCTAssertTrue(item.path.rawValue.hasSuffix("\(k + 1)."), "\(name) \(runs): \(item.path.rawValue)") }
                }
                XCTAssertFalse(PlanJSON.value(plan).rendered().lowercased().contains("\\u001e"), name)
            }
            }
        }
    }
}

/// A page's rows that leave their last cells out under a cell spanning down, and a last row of
/// nothing but a spanned cell.
final class ShortRowsUnderSpansTests: XCTestCase {
    func testASpannedCellKeepsItsColumnInAShortRow() throws {
        let page = """
            <html><body><p>某县2021年政务公开工作要点任务分工方案</p><table>
            <tr><th>序号</th><th>工作任务</th><th>责任单位</th><th>完成时限</th></tr>
            <tr><td>1.</td><td>公开规划纲要</td><td>县发改局</td><td rowspan="2">2021年6月底前</td></tr>
            <tr><td>2.</td><td>公开专项规划</td></tr>
            <tr><td rowspan="2">3.</td><td>回应社会关切</td><td>县政府办</td><td>2021年9月底前</td></tr>
            <tr></tr>
            </table></body></html>
            """
        let plan = try Fixtures.parse(page, name: "p.html")
        let byText = { (text: String) in plan.items.first { $0.node.text.contains(text) || $0.context.contains { $0.contains(text) } } }
        let second = try XCTUnwrap(plan.items.first { $0.path.rawValue.hasSuffix("2.") }, TreeDump.render(plan))
        XCTAssertEqual(second.node.deadlines.map(\.raw), ["2021年6月底前"], TreeDump.render(plan))
        XCTAssertTrue(second.node.units.isEmpty, "no units cell spans row 2: \(TreeDump.render(plan))")
        XCTAssertNotNil(byText("回应社会关切"))
        XCTAssertFalse(PlanJSON.value(plan).rendered().lowercased().contains("\\u001e"), TreeDump.render(plan))
        XCTAssertFalse(TreeDump.render(plan).unicodeScalars.contains(ScalarText.mergedAbove))
    }
}

/// Every named character reference of HTML 4 is read as its character.
final class HTMLEntitiesTests: XCTestCase {
    func testEveryNamedReferenceIsItsCharacter() throws {
        XCTAssertEqual(HTMLEntities.byName.count, 252)
        for (name, value) in HTMLEntities.byName {
            let text = Array("x&\(name);y".unicodeScalars)
            let read = try XCTUnwrap(LineCleaner.entity(text, from: 1), name)
            XCTAssertEqual(read.end, text.count - 2, name)
            let expected = value == 0xA0 || ["ensp", "emsp", "thinsp"].contains(name) ? " " : Unicode.Scalar(value)!
            XCTAssertEqual(read.scalar, expected, name)
        }
        XCTAssertNil(LineCleaner.entity(Array("&nosuch;".unicodeScalars), from: 0))
        XCTAssertNil(LineCleaner.entity(Array("&COPY;".unicodeScalars), from: 0), "names are case-sensitive")
        let page = "<html><body><p>一、做好公开&copy;&reg;&middot;&times;&yen;&deg;&euro;&alpha;</p></body></html>"
        let plan = try Fixtures.parse(page, name: "p.html")
        XCTAssertTrue(plan.nodes.first?.text.hasSuffix("©®·×¥°€α") == true, plan.nodes.first?.text ?? "")
    }
}
