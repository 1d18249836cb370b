import XCTest
@testable import Compare

final class MarkdownTableTests: XCTestCase {
    /// Cells of a rendered Markdown row, split on pipes that no backslash escapes.
    private func cells(_ line: Substring) -> Int {
        var count = 0
        var escaped = false
        for c in line {
            if escaped { escaped = false; continue }
            if c == "\\" { escaped = true } else if c == "|" { count += 1 }
        }
        return count - 1
    }

    /// Every header width from 1 to 6 with rows of every length from 0 to 8 cells: each line of the
    /// table has the header's number of cells, whatever the row handed in.
    func testEveryRowHasTheHeadersColumns() {
        for width in 1...6 {
            var table = MarkdownTable((0..<width).map { "h\($0)" })
            for length in 0...8 { table.row((0..<length).map { "c\($0)" }) }
            let lines = table.rendered.split(separator: "\n")
            XCTAssertEqual(lines.count, 2 + 9)
            XCTAssertEqual(String(lines[1]), "|" + String(repeating: "---|", count: width))
            for line in lines { XCTAssertEqual(cells(line), width, "width \(width): \(line)") }
            // A row with too many cells keeps them all, in the last column.
            XCTAssertTrue(lines.last!.hasSuffix((width - 1..<8).map { "c\($0)" }.joined(separator: " ") + " |"))
        }
    }

    /// Hostile text escaped by `MarkdownText` keeps the table's columns and raises no tag.
    func testEscapedPlanTextKeepsTheColumns() {
        let hostile = ["a|b", "\\|", "<script>x</script>", "`code`", "*x*", "[l](u)", "line\nbreak", "~~s~~", "_u_"]
        var table = MarkdownTable(["text", "more"])
        for h in hostile { table.row([MarkdownText.escape(h), MarkdownText.escape(h + h)]) }
        for line in table.rendered.split(separator: "\n") { XCTAssertEqual(cells(line), 2, String(line)) }
        XCTAssertFalse(table.rendered.contains("<script>"))
    }

    func testTheLayoutEveryReportHasUsed() {
        var table = MarkdownTable(["item", "line"])
        table.row(["一、", "3"])
        table.row(["", ""])
        XCTAssertEqual(table.rendered, "| item | line |\n|---|---|\n| 一、 | 3 |\n|  |  |\n")
    }
}
