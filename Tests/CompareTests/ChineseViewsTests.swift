import Foundation
import XCTest

@testable import Compare

/// The Chinese comparison, reviews and plan outlines the main job writes beside the English ones:
/// Chinese prose, and the same report in the same order.
final class ChineseViewsTests: XCTestCase {
    /// Every Chinese Markdown view but the checks (tested with the check): the English one of the
    /// same name exists.
    static func pairs() throws -> [(name: String, en: String, zh: String)] {
        let files = try ReportsTests.generated.get()
        let byName = Dictionary(files.map { ($0.0, $0.1) }, uniquingKeysWith: { a, _ in a })
        return files.compactMap { name, zh in
            guard name.hasPrefix("zh/"), name.hasSuffix(".md"), !name.hasPrefix("zh/check/"), name != "zh/README.md" else { return nil }
            guard let en = byName[String(name.dropFirst(3))] else { return nil }
            return (name, en, zh)
        }
    }

    func testEveryMarkdownViewHasAChineseTwin() throws {
        let files = try ReportsTests.generated.get().map(\.0)
        let twins = Set(try Self.pairs().map(\.name))
        for name in files where name.hasSuffix(".md") && !name.hasPrefix("zh/") && name != "README.md" {
            XCTAssertTrue(twins.contains("zh/" + name) || files.contains("zh/" + name), "no Chinese \(name)")
        }
        XCTAssertGreaterThanOrEqual(twins.count, 9, "two comparisons, two reviews, five outlines")
    }

    /// No English word outside the quotes, code, file names, ids and acronyms (CSV, JSON).
    func testChineseViewsHaveNoEnglishProse() throws {
        for (name, _, zh) in try Self.pairs() {
            for line in zh.split(separator: "\n") {
                let prose = line.replacingOccurrences(of: #"「[^」]*」|`[^`]*`|\S+\.(txt|md|docx|csv|html)|\d{4}-\d+-\d+[a-z]?|~~[^~]*~~"#, with: "", options: .regularExpression)
                XCTAssertNil(prose.range(of: "[A-Za-z]*[a-z][A-Za-z]*", options: .regularExpression).flatMap { r in prose[r].count >= 4 ? r : nil }, "\(name): \(line)")
            }
        }
    }

    /// The same headings, list entries and table rows, in the same order of kinds: the two
    /// languages report the same things; only the words differ.
    func testChineseViewsHaveTheEnglishStructure() throws {
        func shape(_ text: String) -> [String] {
            text.split(separator: "\n").compactMap { line in
                for prefix in ["#### ", "### ", "## ", "# ", "  - ", "- ", "|"] where line.hasPrefix(prefix) { return prefix }
                return nil
            }
        }
        for (name, en, zh) in try Self.pairs() {
            XCTAssertEqual(shape(zh), shape(en), name)
        }
    }

    /// Every parse warning the parser writes reads as Chinese: each kind, with the numbers or the
    /// title it names.
    func testEveryParseWarningHasAChineseSentence() throws {
        let warnings = [
            ParseWarning(kind: .numberingSkip, line: 3, message: "numbering skips from 3. to 5.", numbers: ["3.", "5."]),
            ParseWarning(kind: .numberingRestart, line: 3, message: "numbering repeats 3.", numbers: ["3."]),
            ParseWarning(kind: .numberingRestart, line: 3, message: "numbering goes back from 5. to 3.", numbers: ["5.", "3."]),
            ParseWarning(kind: .truncated, line: 3, message: "the text ends mid-sentence"),
            ParseWarning(kind: .noTitle, line: 1, message: "no plan title found"),
            ParseWarning(kind: .attachmentMissing, line: 9, message: "the plan names the attachment", subject: "任务台账"),
        ]
        for w in warnings {
            let zh = ChineseTerms.warning(w)
            XCTAssertNil(zh.range(of: "[A-Za-z]{3,}", options: .regularExpression), zh)
            for n in w.numbers + [w.subject].compactMap({ $0 }) { XCTAssertTrue(zh.contains(n), zh) }
        }
        // What the parser itself writes for numbering carries the numbers.
        let plan = try Fixtures.parse("关于印发2021年政务公开工作要点的通知\n一、总体要求\n三、重点任务\n三、保障措施\n二、附则")
        let numbered = plan.warnings.filter { $0.kind == .numberingSkip || $0.kind == .numberingRestart }
        XCTAssertEqual(numbered.map(\.numbers), [["一、", "三、"], ["三、"], ["三、", "二、"]])
    }
}
