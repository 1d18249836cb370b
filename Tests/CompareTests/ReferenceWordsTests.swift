import Foundation
import XCTest

@testable import Compare

/// A check against a text given as its reference (an upper-level plan, a national text with its
/// own numbering) names that text's sections as the reference's, not as the national key points;
/// a check against the bundled points keeps their name (`CheckWords.of(_:about:)`).
final class ReferenceWordsTests: XCTestCase {
    func testAReportAgainstAGivenTextNamesItsSectionsAsTheReferences() throws {
        let pipeline = Pipeline(taxonomyFolder: Fixtures.taxonomyFolder)
        let county = "2021-xinjiang-tulufan-gaochang-draft.txt"
        let text = try Fixtures.text(county)
        let upper = try pipeline.reference(from: try Fixtures.parse(text.replacingOccurrences(of: "高昌区", with: "吐鲁番市"), name: "prefecture.txt"), path: "prefecture.txt")
        let plan = try Fixtures.parse(text, name: county)
        let given = Pipeline(taxonomyFolder: Fixtures.taxonomyFolder, reference: .given(upper))
        let against = try given.check(plan), bundled = try pipeline.check(plan)
        // The words each report must and must not hold, in both languages and both views.
        let national = ["国家要点16条中", "国家要点标题", "不对应国家要点任何一条"], own = ["参考文本16条中", "参考文本标题", "不对应参考文本任何一条"]
        let nationalEn = ["of 16 national sections", "carrying out no national section"], ownEn = ["of the reference's 16 sections", "carrying out no section of the reference"]
        for (checked, expected, absent) in [(against, own, national), (bundled, national, own)] {
            let reports = [CheckMarkdown.render(checked.result, reference: checked.reference, language: .zh),
                           CheckHTML.render(checked.result, reference: checked.reference, language: .zh)]
            for (k, report) in reports.enumerated() {
                for word in expected { XCTAssertTrue(report.contains(word), "\(checked.reference.name) view \(k): \(word)") }
                for word in absent { XCTAssertFalse(report.contains(word), "\(checked.reference.name) view \(k): \(word)") }
            }
        }
        // The check against the prefecture's plan says so in its title, in both views.
        XCTAssertTrue(CheckMarkdown.render(against.result, reference: against.reference, language: .zh).hasPrefix("# 政务公开工作要点检查：\(county)（对照吐鲁番市计划）\n"))
        XCTAssertTrue(CheckHTML.render(against.result, reference: against.reference, language: .zh).contains("<h1>政务公开工作要点检查：\(county)（对照吐鲁番市计划）</h1>"))
        XCTAssertTrue(CheckMarkdown.render(against.result, reference: against.reference).hasPrefix("# Plan check: \(county) (against the plan of 吐鲁番市)\n"))
        XCTAssertFalse(CheckMarkdown.render(bundled.result, reference: bundled.reference, language: .zh).contains("（对照"))
        for (checked, expected, absent) in [(against, ownEn, nationalEn), (bundled, nationalEn, ownEn)] {
            let report = CheckMarkdown.render(checked.result, reference: checked.reference)
            for word in expected { XCTAssertTrue(report.contains(word), "\(checked.reference.name): \(word)") }
            for word in absent { XCTAssertFalse(report.contains(word), "\(checked.reference.name): \(word)") }
        }
    }

    /// The two sentences only some reports show (the notes' heading, beside findings of the plan
    /// doing more; the topics' line, where the plan's year has no bundled points) name a given text
    /// as the reference too, and do not speak of wording unconfirmed as the national text, which a
    /// given text has none of.
    func testTheNotesAndTopicsLinesNameAGivenTextAsTheReference() throws {
        let pipeline = Pipeline(taxonomyFolder: Fixtures.taxonomyFolder)
        let text = try Fixtures.text("2021-xinjiang-tulufan-gaochang-draft.txt")
        let upper = try pipeline.reference(from: try Fixtures.parse(text, name: "prefecture.txt"), path: "prefecture.txt")
        let bundled = try pipeline.check(try Fixtures.parse(text, name: "2021-county.txt")).reference
        for language in [ReportLanguage.zh, .en] {
            let (given, national) = (CheckWords.of(language, about: upper), CheckWords.of(language, about: bundled))
            let (nationalWords, ownWord) = language == .zh ? (["国家文本", "当年要点"], "参考文本") : (["national text", "this year's key points"], "the reference")
            for line in [given.notesHeading, given.noItemSpeaksOf("X")] {
                XCTAssertTrue(line.contains(ownWord), line)
                for word in nationalWords { XCTAssertFalse(line.contains(word), line) }
            }
            XCTAssertTrue(national.notesHeading.contains(nationalWords[0]) && national.noItemSpeaksOf("X").contains(nationalWords[1]))
        }
    }

    /// A comparison against a text given as the reference calls it 参考文本 where it names what the
    /// plans were compared with; against the bundled points, 国家要点.
    func testAComparisonAgainstAGivenTextNamesIt() throws {
        let pipeline = Pipeline(taxonomyFolder: Fixtures.taxonomyFolder)
        let text = try Fixtures.text("2021-xinjiang-tulufan-gaochang-draft.txt")
        let upper = try pipeline.reference(from: try Fixtures.parse(text.replacingOccurrences(of: "高昌区", with: "吐鲁番市"), name: "prefecture.txt"), path: "prefecture.txt")
        let plans = [ComparisonTests.plan("2021-xinjiang-tulufan-gaochang-draft.txt"), ComparisonTests.plan("2021-tianjin-jinghai-draft.txt")]
        let given = ComparisonMarkdown.render(ComparisonTests.compare(plans, reference: upper), language: .zh)
        let bundled = ComparisonMarkdown.render(ComparisonTests.compare(plans), language: .zh)
        for phrase in ["各计划均对照参考文本", "在对照同一参考文本", "## 参考文本各条的落实情况", "不对应参考文本任何一条"] {
            XCTAssertTrue(given.contains(phrase), "\(phrase) against the prefecture's plan")
            XCTAssertFalse(bundled.contains(phrase), phrase)
        }
        XCTAssertTrue(ComparisonCSV.render(ComparisonTests.compare(plans, reference: upper), language: .zh).contains(",对应参考文本各条,"))
        XCTAssertTrue(ComparisonCSV.render(ComparisonTests.compare(plans), language: .zh).contains(",对应国家要点各条,"))
        for phrase in ["在对照同一国家要点", "## 国家要点各条的落实情况", "不对应国家要点任何一条", "年国家要点"] {
            XCTAssertTrue(bundled.contains(phrase), phrase)
            XCTAssertFalse(given.contains(phrase), phrase)
        }
    }

    /// The alignment view names a text given as the reference as the text, the bundled points as
    /// 国家要点, in both languages.
    func testAnAlignmentAgainstAGivenTextNamesIt() throws {
        let pipeline = Pipeline(taxonomyFolder: Fixtures.taxonomyFolder)
        let text = try Fixtures.text("2021-xinjiang-tulufan-gaochang-draft.txt")
        let upper = try pipeline.reference(from: try Fixtures.parse(text.replacingOccurrences(of: "高昌区", with: "吐鲁番市"), name: "prefecture.txt"), path: "prefecture.txt")
        let plan = try Fixtures.plan("2021-xinjiang-tulufan-gaochang-draft.txt")
        let given = try Pipeline(taxonomyFolder: Fixtures.taxonomyFolder, reference: .given(upper)).align(plan)
        let bundled = try pipeline.align(plan)
        let g = AlignmentMarkdown.render(given.alignment, reference: given.reference, language: .zh)
        let b = AlignmentMarkdown.render(bundled.alignment, reference: bundled.reference, language: .zh)
        XCTAssertTrue(g.contains("参考文本16条中") && g.contains("对应的参考文本条目") && !g.contains("国家要点"), g)
        XCTAssertTrue(b.contains("国家要点16条中") && b.contains("对应的国家要点条目") && !b.contains("参考文本"))
        XCTAssertTrue(AlignmentMarkdown.render(given.alignment, reference: given.reference).contains("sections of the reference covered"))
    }

    /// A requirement of a reference built from a plan is named by its first sentence, or by that
    /// sentence's first 20 characters and 「…」: never cut without a mark. Every corpus plan as a
    /// reference.
    func testARequirementsNameIsItsSentenceOrMarkedAsCut() throws {
        var cut = 0
        for name in Fixtures.planNames {
            let reference = try ReferenceBuilder.build(from: try Fixtures.plan(name), path: name)
            for r in reference.requirements.map(\.1) where r.summary != r.name {
                XCTAssertTrue(r.name.hasSuffix("…") && r.summary.hasPrefix(String(r.name.dropLast())), "\(name) \(r.id): 「\(r.name)」 of 「\(r.summary)」")
                cut += 1
            }
        }
        XCTAssertGreaterThan(cut, 0)
    }
}
