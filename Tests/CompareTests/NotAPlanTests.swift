import Foundation
import XCTest

@testable import Compare

/// A document read as a plan that carries out no section of the key points (a cover letter with
/// numbered paragraphs, a report) is told so, not ranked first as the plan most in need of work.
final class NotAPlanTests: XCTestCase {
    /// Each corpus plan's numbering kept, every numbered line's words replaced by a sentence of no
    /// duty (a report's 一、编制过程 … of its own): carries out nothing, and the check and the batch
    /// summary say so in both languages; the plans as published carry out sections and say nothing.
    func testAFileThatCarriesOutNoSectionIsToldSo() throws {
        let pipeline = Pipeline(taxonomyFolder: Fixtures.taxonomyFolder)
        let marker = #/^\s*([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．、])/#
        for name in Fixtures.planNames {
            let text = try Fixtures.text(name)
            let published = try pipeline.check(Fixtures.plan(name))
            XCTAssertFalse(published.result.coversNothing, name)
            XCTAssertFalse(CheckMarkdown.render(published.result, reference: published.reference, language: .zh).contains("本文件没有任何条目对应"), name)
            let lines = text.components(separatedBy: "\n")
            let title = lines.first { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? ""
            let skeleton = [title, ""] + lines.compactMap { line in line.firstMatch(of: marker).map { String($0.output.1) + "本部分的内容从略。" } }
            XCTAssertGreaterThan(skeleton.count, 10, name)
            let letter = try Fixtures.parse(skeleton.joined(separator: "\n"), name: "函.txt")
            let checked = try pipeline.check(letter)
            XCTAssertTrue(checked.result.coversNothing, name)
            XCTAssertTrue(CheckMarkdown.render(checked.result, reference: checked.reference, language: .en)
                .contains("**Caution**: no item of this file carries out any section of the key points."), name)
            XCTAssertTrue(CheckHTML.render(checked.result, reference: checked.reference, language: .zh).contains("本文件没有任何条目对应国家要点的任何一条"), name)
            let rows = [published, checked].map { BatchCheckMarkdown.Row($0.plan, reference: $0.reference, result: $0.result) }
            XCTAssertTrue(BatchCheckMarkdown.summary(rows, language: .zh).contains("| 未对应任何一条：是否为工作要点？ |"), name)
            XCTAssertEqual(BatchCheckMarkdown.summary(rows).components(separatedBy: "is it a plan?").count, 2, name)
            XCTAssertEqual(BatchCheckMarkdown.order(rows), [0, 1], "after the plans, though it leaves the most undone")
            // Sections its level is not bound by do not make it a plan.
            var excused = checked.result
            excused.coverage[0].status = .notApplicable
            XCTAssertTrue(excused.coversNothing)
            excused.coverage = excused.coverage.map { var s = $0; s.status = .notApplicable; return s }
            XCTAssertFalse(excused.coversNothing, "nothing missing: nothing it was asked")
        }
    }

    /// The verdict says what kind of work a plan needs, by its counts, for every corpus plan and
    /// for each count set to zero in turn: a requirement not carried out first, then a divergence.
    func testTheVerdictSaysWhatKindOfWork() throws {
        let pipeline = Pipeline(taxonomyFolder: Fixtures.taxonomyFolder)
        for name in Fixtures.planNames {
            let c = try pipeline.check(Fixtures.plan(name))
            let row = BatchCheckMarkdown.Row(c.plan, reference: c.reference, result: c.result)
            for (open, fix) in [(row.notCarriedOut, row.toFix), (0, row.toFix), (row.notCarriedOut, 0), (0, 0)] {
                var r = row
                (r.notCarriedOut, r.toFix, r.isClean) = (open, fix, open == 0 && fix == 0)
                let expected: (String, String) = open > 0 ? ("requirements not carried out", "有未落实的要求")
                    : fix > 0 ? ("divergences to fix or explain", "有需修改或说明的差异") : ("nothing to fix", "无需修改")
                XCTAssertEqual(BatchCheckMarkdown.verdict(r, .en), expected.0, name)
                XCTAssertEqual(BatchCheckMarkdown.verdict(r, .zh), expected.1, name)
            }
        }
    }

    /// A plan the reference's wording was drawn from is marked † in the batch summary, and what †
    /// means said once under it, as the comparison does; a summary without such a plan says nothing.
    func testThePlansTheWordingWasDrawnFromAreMarked() throws {
        let checked = try Pipeline(taxonomyFolder: Fixtures.taxonomyFolder).check(paths: Fixtures.planNames.map { Fixtures.corpus.appendingPathComponent($0).path })
        let rows = checked.map { BatchCheckMarkdown.Row($0.plan, reference: $0.reference, result: $0.result) }
        XCTAssertTrue(rows.contains(where: \.drawnFrom) && rows.contains { !$0.drawnFrom })
        for language in ReportLanguage.allCases {
            let summary = BatchCheckMarkdown.summary(rows, language: language)
            for r in rows {
                let line = try XCTUnwrap(summary.split(separator: "\n").first { $0.contains("| " + r.file + " |") })
                XCTAssertEqual(line.contains(" † |"), r.drawnFrom, String(line))
            }
            XCTAssertEqual(summary.components(separatedBy: "\n† ").count, 2, "the note once")
            XCTAssertFalse(BatchCheckMarkdown.summary(rows.filter { !$0.drawnFrom }, language: language).contains("†"))
        }
    }
}
