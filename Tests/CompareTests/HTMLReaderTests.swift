import Foundation
import XCTest
@testable import Compare

/// Web pages: lines as a browser shows them, task tables as rows of cells, what is not the
/// page's text dropped, entities decoded only in text.
final class HTMLReaderTests: XCTestCase {
    private func lines(_ html: String) -> [String] {
        HTMLReader.lines(Array(html.unicodeScalars)).map(\.text)
    }

    private func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    func testAOneLinePageKeepsItsPreambleAndDropsWhatIsNotText() {
        let page = """
            <!DOCTYPE html><html><head><title>门户网站</title><style>p { color: red; }</style></head><body>\
            <nav><a href="/">首页</a><a>政务公开</a></nav><div role="navigation"><a>当前位置</a></div>\
            <h1>某县2021年政务公开工作要点</h1><p>为深入贯彻落实党中央、国务院决策部署，<br>制定本要点。</p>\
            <!-- 注释 <p>不显示</p> --><p>一、总体要求</p><div><span>坚持</span>  <b>以人民为中心</b>。</div>\
            <script>document.write("<p>脚本</p>");</script><noscript>请开启脚本</noscript><p>&lt;script&gt;原文&amp;nbsp;</p></body></html>
            """
        XCTAssertEqual(lines(page), [
            "某县2021年政务公开工作要点", "为深入贯彻落实党中央、国务院决策部署，", "制定本要点。", "一、总体要求", "坚持 以人民为中心。",
            "<script>原文&nbsp;",
        ])
    }

    /// A navigation element drops its content when an end tag of its name follows it (nested ones
    /// of the name counted), and nothing when none does: one before it, one only inside a comment,
    /// none at all; and ten thousand unclosed ones of as many names, each asked once without a
    /// search of the rest of the page (it was searched for every one).
    func testNavigationIsDroppedOnlyWhenItsEndTagFollows() {
        XCTAssertEqual(lines("<html><body><x role=navigation><p>菜单</p></x><p>一、总体要求</p></body></html>"), ["一、总体要求"])
        XCTAssertEqual(lines("<html><body><x role=navigation><x role=navigation>甲</x><p>菜单</p></x><p>一、总体要求</p></body></html>"), ["一、总体要求"])
        XCTAssertEqual(lines("<html><body></x><x role=navigation><p>菜单</p><p>一、总体要求</p></body></html>"), ["菜单", "一、总体要求"])
        XCTAssertEqual(lines("<html><body><x role=navigation><p>菜单</p><!-- </x> --><p>一、总体要求</p></body></html>"), ["菜单", "一、总体要求"])
        XCTAssertEqual(lines("<html><body><x role=navigation><p>菜单</p><p>一、总体要求</p></body></html>"), ["菜单", "一、总体要求"])
        let many = (0..<10_000).map { "<t\($0) role=navigation>" }.joined()
        XCTAssertEqual(lines("<html><body>" + many + "<p>一、总体要求</p></body></html>"), ["一、总体要求"])
    }

    func testCellsAreJoinedByTabsAndBlocksInsideACellAreCellBreaks() {
        let page = """
            <table><tr><th colspan="2">工作任务</th><th>责任单位</th></tr>
            <tr><td>1</td><td><p>做好规划公开。</p><p>及时发布。</p></td><td>县发改局<br/>县统计局</td></tr>
            <tr><td>2</td><td>做好解读<table><tr><td>内表</td><td>格</td></tr></table></td><td>县政府办</td></tr></table><p>以上</p>
            """
        XCTAssertEqual(lines(page), ["工作任务\t\t责任单位", "1\t做好规划公开。\u{1F}及时发布。\t县发改局\u{1F}县统计局", "2\t做好解读 内表 格\t县政府办", "以上"])
    }

    func testEachLineKeepsTheSourceLineItStartsOn() {
        let read = HTMLReader.lines(Array("<html>\n<body>\n<p>一、\n总体要求</p>\n\n<p>二、重点任务</p></body></html>".unicodeScalars))
        XCTAssertEqual(read.map(\.text), ["一、 总体要求", "二、重点任务"])
        XCTAssertEqual(read.map(\.line), [3, 6])
    }

    /// A stray "<", an open quote, an unclosed comment or dropped element: text is kept, and no
    /// page makes the reader search the rest of itself at each "<".
    func testBrokenMarkupKeepsTheText() {
        XCTAssertEqual(lines("<p>a < b，且 <新疆要点> 有效</p>"), ["a < b，且 <新疆要点> 有效"])
        XCTAssertEqual(lines("<p>一、总体要求</p><nav>未闭合的导航<p>二、重点任务</p>"), ["一、总体要求", "未闭合的导航", "二、重点任务"])
        XCTAssertEqual(lines("<p>一、总体要求</p><!-- 未闭合"), ["一、总体要求"])
        let hostile = String(repeating: "<nav><a title=\"", count: 3_000) + "<p>正文</p>"
        XCTAssertEqual(lines(hostile).last.map { $0.hasSuffix("正文") }, true)
    }

    /// A 分工方案 published as an HTML table reads as its tab-separated text: every row's
    /// units and time limit.
    func testAnHTMLTaskTableReadsAsItsTabSeparatedText() throws {
        let rows = [["序号", "工作任务", "责任单位", "完成时限"]] + (1...20).map {
            ["\($0)", "做好第\($0)项政务公开工作，及时发布相关信息。", "区政府办公室、区发改局", "2021年\($0 % 12 + 1)月底前"]
        }
        let head = ["某区2021年政务公开工作要点分工方案", "一、重点任务"]
        let html = "<html><body>" + head.map { "<p>\($0)</p>" }.joined() + "<table>"
            + rows.map { "<tr>" + $0.map { "<td>\($0)</td>" }.joined() + "</tr>" }.joined() + "</table></body></html>"
        let fromHTML = try Fixtures.parse(html, name: "plan.html")
        let fromText = try Fixtures.parse((head + rows.map { $0.joined(separator: "\t") }).joined(separator: "\n"), name: "plan.html")
        XCTAssertEqual(TreeDump.render(fromHTML).replacingOccurrences(of: #" @\d+(-\d+)?"#, with: "", options: .regularExpression),
                       TreeDump.render(fromText).replacingOccurrences(of: #" @\d+(-\d+)?"#, with: "", options: .regularExpression))
        XCTAssertEqual(fromHTML.items.filter { !$0.node.units.isEmpty && !$0.node.deadlines.isEmpty }.count, 20)
    }

    /// Names set one under another in a unit cell, by every block a page breaks a cell with, are
    /// two units; sentences so set in a task cell are one task's text, spaced as a line is; no
    /// break is left in anything the plan holds.
    func testBreaksInsideACellSeparateUnitNames() throws {
        let head = "<p>某区2021年政务公开工作要点分工方案</p><p>一、重点任务</p>"
        for (open, close) in [("", "<br>"), ("", "<br/>"), ("<p>", "</p>"), ("<div>", "</div>"), ("<li>", "</li>")] {
            let units = "\(open)县发改局\(close)\(open)县统计局\(close)"
            let task = "\(open)做好规划公开。\(close)\(open)及时发布。\(close)"
            let page = "<html><body>\(head)<table><tr><th>序号</th><th>工作任务</th><th>责任单位</th></tr>"
                + "<tr><td>1</td><td>\(task)</td><td>\(units)</td></tr></table></body></html>"
            let plan = try Fixtures.parse(page, name: "plan.html")
            let item = try XCTUnwrap(plan.items.first, close)
            XCTAssertEqual(item.node.units.lead + item.node.units.responsible, ["县发改局", "县统计局"], close)
            XCTAssertEqual(item.node.text, "做好规划公开。及时发布。", close)
            let json = PlanJSON.value(plan).rendered()
            XCTAssertFalse(json.contains("\u{1F}") || json.lowercased().contains("\\u001f"), close)
        }
    }

    /// Text from the page stays text through the whole parse: an escaped tag is never a tag,
    /// and a bracketed note is not field debris.
    func testEscapedMarkupStaysTextInThePlan() throws {
        let plan = try Fixtures.parse("<html><body><p>某县2021年政务公开工作要点</p><p>一、做好&lt;script&gt;alert(1)&lt;/script&gt;公开[注：见附件]。</p></body></html>")
        XCTAssertTrue(plan.nodes.contains { $0.text.contains("<script>alert(1)</script>公开[注：见附件]") }, TreeDump.render(plan))
    }

    /// Each corpus plan published as a web page, one element a source line (its text escaped, a
    /// tab-separated line as a table row), parses to the same tree, lines included; and the same
    /// page on a single source line to the same tree but for line numbers.
    func testEveryCorpusPlanAsAWebPageParsesAsItsText() throws {
        for name in Fixtures.planNames {
            // What the text file means: its conversion debris removed, as the page would show it.
            let lines = try Fixtures.text(name).split(separator: "\n", omittingEmptySubsequences: false).map {
                ScalarText.string(LineCleaner.stripDebris(Array($0.unicodeScalars)))
            }
            let elements = lines.map { line in
                line.contains("\t")
                    ? "<table><tr>" + line.split(separator: "\t", omittingEmptySubsequences: false).map { "<td>\(escaped(String($0)))</td>" }.joined() + "</tr></table>"
                    : line.isEmpty ? "" : "<p>\(escaped(line))</p>"
            }
            let page = "<html><body>" + elements.joined(separator: "\n") + "</body></html>"
            let fromText = try Fixtures.plan(name)
            let fromPage = try Fixtures.parse(page, name: name)
            XCTAssertEqual(TreeDump.render(fromPage), TreeDump.render(fromText), name)

            let oneLine = try Fixtures.parse(page.replacingOccurrences(of: "\n", with: ""), name: name)
            let withoutLines = { (s: String) in s.replacingOccurrences(of: #"( @\d+(-\d+)?|warning: line \d+)"#, with: "", options: .regularExpression) }
            XCTAssertEqual(withoutLines(TreeDump.render(oneLine)), withoutLines(TreeDump.render(fromText)), name)
        }
    }

    func testOnlyAPageOpeningWithATagIsReadAsHTML() {
        for page in ["<!DOCTYPE html><p>x</p>", "  \n<html>", "<p>一、", "<?xml version=\"1.0\"?><html>", "\u{FEFF}<div>"] {
            XCTAssertTrue(HTMLReader.looksLikeHTML(Array(page.unicodeScalars)), page)
        }
        for text in ["一、总体要求<p>", "<新疆维吾尔自治区2018年政务公开工作要点>", "[bookmark: _GoBack]<p>", "&lt;p&gt;", "< p>", ""] {
            XCTAssertFalse(HTMLReader.looksLikeHTML(Array(text.unicodeScalars)), text)
        }
    }
}
