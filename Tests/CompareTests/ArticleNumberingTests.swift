import Foundation
import XCTest

@testable import Compare

/// Plans written as a regulation is number their second rank 第一条, 第二条…
final class ArticleNumberingTests: XCTestCase {
    func tree(_ text: String) throws -> String {
        TreeDump.render(PlanParser.parse(try Ingest.decode(bytes: Array(text.utf8), name: "x.txt")))
    }

    /// Every corpus plan with each heading （N） (or (N)) that opens a line rewritten as 第N条, as
    /// numbered: the same tree, the markers aside. A plan that goes on from （二） with （3） (one rank
    /// in two families, which the builder reads as one) is left out: 第二条 and （3） are two.
    func testArticlesReadAsTheRankTheyReplace() throws {
        var rewritten = 0, plans = 0
        for name in Fixtures.planNames {
            let text = try Fixtures.text(name)
            let original = try tree(text)
            var last = 0, mixed = false
            for line in text.components(separatedBy: "\n") {
                guard let m = MarkerScanner.leading(line) else { continue }
                if m.numbering.family == .cjkParen { last = m.numbering.value }
                if m.numbering.family == .arabicParen, m.numbering.value == last + 1, last > 0 { mixed = true }
            }
            if mixed { continue }
            plans += 1
            do {
                var count = 0
                let lines = text.components(separatedBy: "\n").map { line -> String in
                    let scalars = Array(line.unicodeScalars)
                    guard let m = MarkerScanner.leading(line), m.numbering.family == .cjkParen else { return line }
                    count += 1
                    return "第" + ChineseNumeral.string(m.numbering.value) + "条" + String(String.UnicodeScalarView(scalars.dropFirst(m.length)))
                }
                guard count > 0 else { continue }
                rewritten += count
                var expected = original, got = try tree(lines.joined(separator: "\n"))
                // The markers as written aside: each （N） of the original, each 第N条 of the rewrite.
                for pattern in [#"（[一二三四五六七八九十]+）"#, #"第[一二三四五六七八九十百]+条"#] {
                    expected = expected.replacingOccurrences(of: pattern, with: "§", options: .regularExpression)
                    got = got.replacingOccurrences(of: pattern, with: "§", options: .regularExpression)
                }
                XCTAssertEqual(got, expected, name)
            }
        }
        XCTAssertGreaterThan(rewritten, 40)
        XCTAssertGreaterThanOrEqual(plans, 3)
        XCTAssertEqual(MarkerScanner.leading("第十二条 做好公开")?.numbering.canonical, "第十二条")
        XCTAssertNil(MarkerScanner.leading("第十二条款"), "a word, not a marker")
    }
}
