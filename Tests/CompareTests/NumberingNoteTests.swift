import Foundation
import XCTest

@testable import Compare

/// A draft that lost a part says so at the top of its check, in both languages and both views: the
/// numbering that skips is the clearest sign a reviewing office has, and only `parse` showed it.
final class NumberingNoteTests: XCTestCase {
    /// Every part heading of every corpus plan but the last, taken out (its text then runs on under
    /// the part before): the check names the skip from the part before to the part after, at the
    /// line of the part after; a plan as published names none.
    func testEveryPartTakenOutIsNamedAtTheTopOfTheCheck() throws {
        let pipeline = Pipeline(taxonomyFolder: Fixtures.taxonomyFolder)
        let parts = #/^([一二三四五六七八九十]+)、/#
        var cases = 0
        for name in Fixtures.planNames {
            let text = try Fixtures.text(name)
            let plan = try Fixtures.plan(name)
            let checked = try pipeline.check(plan)
            for language in ReportLanguage.allCases {
                XCTAssertFalse(CheckMarkdown.render(checked.result, reference: checked.reference, warnings: plan.warnings, language: language)
                    .contains(language == .en ? "**Numbering**" : "**编号**"), name)
            }
            let lines = text.components(separatedBy: "\n")
            // The part headings as the parser read them: numbered parts only.
            let partLines = Set(plan.nodes.filter { $0.kind == .part }.map(\.lines.lowerBound))
            let headings = lines.indices.filter { i in lines[i].firstMatch(of: parts) != nil && partLines.contains(i + 1) }
            guard headings.count >= 3 else { continue }
            for k in headings.indices.dropLast().dropFirst() {
                var edited = lines
                edited.remove(at: headings[k])
                let changed = try Fixtures.parse(edited.joined(separator: "\n"), name: name)
                let result = try pipeline.check(changed)
                let before = String(lines[headings[k - 1]].firstMatch(of: parts)!.output.0)
                let after = String(lines[headings[k + 1]].firstMatch(of: parts)!.output.0)
                let en = CheckMarkdown.render(result.result, reference: result.reference, warnings: changed.warnings, language: .en)
                let zh = CheckMarkdown.render(result.result, reference: result.reference, warnings: changed.warnings, language: .zh)
                let html = CheckHTML.render(result.result, reference: result.reference, warnings: changed.warnings, language: .zh)
                XCTAssertTrue(en.contains("**Numbering**: line \(headings[k + 1]): numbering skips from \(before) to \(after); a part or section may have been left out"), "\(name) without \(before)+1")
                XCTAssertTrue(zh.contains("**编号**：第\(headings[k + 1])行：编号从\(before)跳到\(after)；"), "\(name)")
                XCTAssertTrue(html.contains("编号从\(before)跳到\(after)"), "\(name)")
                cases += 1
            }
        }
        XCTAssertEqual(cases, 9, "the middle parts of every corpus plan of three parts or more")
    }
}
