import XCTest

@testable import Compare

/// A printed page's number in a copy of a printed plan (a PDF's text, a converted file): it goes,
/// as a blank line does, and the sentence a page break cut is one sentence again.
final class PageNumberTests: XCTestCase {
    /// Every way a page number is written that the rule takes, `%d` standing for the number.
    static let forms = [
        "— %d —", "—%d—", "――%d――", "— — %d — —", "——%d——", "― %d ―", "– %d –", "‒%d‒", "‐%d‐", "-%d-", "- %d -", "－%d－", "−%d−", "─%d─",
        "一%d一", "\u{3000}—\u{3000}%d\u{3000}—", "\t— %d —\t", "\u{0C}— %d —",
        "第%d页", "第 %d 页", "第%d页共9页", "第 %d 页 共 9 页", "第%d页，共9页", "第%d页,共9页", "第%d/9页", "第%d页/共9页", "Page %d of 9", "page %d", "PAGE %d OF 9",
    ]

    /// Lines near a page number that are not one, and stay: a number alone (a 序号 cell copied
    /// cell by cell), a dash on one side, unequal dashes, five digits, a numeral in words, words
    /// after it, a chapter, a dash alone, two numbers, a range, a list marker.
    static let notPageNumbers = [
        "1", "12", "—1", "1—", "—1——", "———1———", "— 12345 —", "第一页", "第1页说明", "第1章", "第1条", "—", "——", "-1-2-", "一、",
        "1-1", "—1—。", "第1页共页", "第页", "共9页", "第1页共9", "（1）", "第1页共9页。", "1/9", "Page", "Page one", "Pages 1", "Page 1 of", "Page 1 to 9", "Policy 1",
    ]

    func testEveryFormIsAPageNumberWithEveryNumber() {
        for form in Self.forms {
            for n in [1, 9, 10, 99, 100, 1234] {
                let line = String(format: form, n)
                XCTAssertTrue(PageNumber.isPageNumber(line.unicodeScalars), line)
                let wide = String(String.UnicodeScalarView(line.unicodeScalars.map { ScalarText.digit($0) != nil && $0.isASCII ? Unicode.Scalar($0.value - 0x30 + 0xFF10)! : $0 }))
                XCTAssertTrue(PageNumber.isPageNumber(wide.unicodeScalars), wide)
            }
            XCTAssertFalse(PageNumber.isPageNumber(String(format: form, 12345).unicodeScalars), String(format: form, 12345))
        }
    }

    func testLinesNearAPageNumberAreNotOne() {
        for line in Self.notPageNumbers {
            XCTAssertFalse(PageNumber.isPageNumber(line.unicodeScalars), line)
        }
    }

    /// The tree as a list of every node's kind, number, heading, text, units and time limits (not
    /// its line numbers, which the page numbers move).
    static func tree(_ plan: Plan) -> [String] {
        var out: [String] = []
        func walk(_ n: Node, _ depth: Int) {
            out.append([String(depth), n.kind.rawValue, n.numbering?.canonical ?? "¶", n.heading ?? "", n.text,
                        n.units.lead.joined(separator: "|"), n.units.responsible.joined(separator: "|"),
                        n.deadlines.map { $0.normalized ?? $0.raw }.joined(separator: "|")].joined(separator: " ¦ "))
            n.children.forEach { walk($0, depth + 1) }
        }
        plan.nodes.forEach { walk($0, 0) }
        return out
    }

    /// A plan as a PDF's text gives it: every line cut every `width` characters, as printed.
    static func wrapped(_ text: String, width: Int) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line -> [String] in
            let s = Array(line)
            guard s.count > width else { return [String(line)] }
            return stride(from: 0, to: s.count, by: width).map { String(s[$0..<min($0 + width, s.count)]) }
        }
    }

    /// Every corpus plan, wrapped as printed, with a page number after every line (so one falls in
    /// every place one can: inside a sentence, after a heading, before one, between a table's rows,
    /// in the head and the tail), in each form, alone or between blank lines, parses as the wrapped
    /// plan without them.
    func testAPageNumberAfterAnyLineChangesNothing() throws {
        for name in Fixtures.planNames {
            let lines = Self.wrapped(try Fixtures.text(name), width: 35)
            let want = Self.tree(try Fixtures.parse(lines.joined(separator: "\n"), name: name))
            XCTAssertGreaterThan(want.count, 20, name)
            for (k, form) in Self.forms.enumerated() {
                let blank = k % 2 == 1 ? "\n\n" : "\n"
                let paged = lines.enumerated().map { $1 + blank + String(format: form, $0 + 1) }.joined(separator: blank)
                let got = Self.tree(try Fixtures.parse(paged, name: name))
                if got != want {
                    let first = zip(want, got).enumerated().first { $0.element.0 != $0.element.1 }
                    XCTFail("\(name), page numbers written \(form): \(got.count) nodes for \(want.count); first difference:\n  want \(first?.element.0 ?? "-")\n  got  \(first?.element.1 ?? "-")")
                }
            }
        }
    }

    /// The lines near a page number stay: each, put after every line of a plan, is in the parsed
    /// text (a node's text, a heading or the title).
    func testLinesNearAPageNumberStay() throws {
        let name = try XCTUnwrap(Fixtures.planNames.first)
        let lines = Self.wrapped(try Fixtures.text(name), width: 35)
        for near in ["—1", "— 12345 —", "第1页说明"] {
            let plan = try Fixtures.parse(lines.map { $0 + "\n" + near }.joined(separator: "\n"), name: name)
            // Spaces beside a dash go in cleaning, as anywhere.
            let kept = (Self.tree(plan).joined(separator: "\n") + (plan.metadata.title ?? "")).filter { $0 != " " }
            XCTAssertTrue(kept.contains(near.filter { $0 != " " }), near)
        }
    }

    /// A Word file converted from a PDF has page numbers as paragraphs: they go too.
    func testPageNumberParagraphsInAWordFileGo() throws {
        let name = try XCTUnwrap(Fixtures.planNames.last)
        let paragraphs = try Fixtures.text(name).split(separator: "\n").map(String.init)
        let want = Self.tree(try Fixtures.parse(bytes: DocxBuilder.docx(body: paragraphs.map { DocxBuilder.paragraph($0) }), name: "plan.docx"))
        let paged = paragraphs.enumerated().flatMap { [$1, "— \($0 + 1) —"] }
        let got = Self.tree(try Fixtures.parse(bytes: DocxBuilder.docx(body: paged.map { DocxBuilder.paragraph($0) }), name: "plan.docx"))
        XCTAssertEqual(got, want)
    }
}
