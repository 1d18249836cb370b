import Foundation
import XCTest

@testable import Compare

/// The pipeline facade: one reference policy, each reference prepared once per run, and the same
/// results as the stages run by hand.
final class PipelineTests: XCTestCase {
    static let lexicon: ObligationLexicon = {
        do { return try ObligationLexicon.load(directory: Fixtures.taxonomyFolder) } catch { fatalError("\(error)") }
    }()

    func testEachReferenceIsPreparedOnceHoweverManyPlansFollowIt() throws {
        let pipeline = Pipeline(taxonomyFolder: Fixtures.taxonomyFolder)
        let plans = try Fixtures.planNames.map(Fixtures.plan)
        let years = Set(try plans.map { try pipeline.choice(for: $0).reference.year })
        XCTAssertEqual(pipeline.preparedCount, 0, "choosing prepares nothing")
        for plan in plans + plans { _ = try pipeline.check(plan) }
        XCTAssertEqual(pipeline.preparedCount, years.count, "one index per reference the plans follow, not per plan or per run")
    }

    /// The pipeline gives what the stages give when run by hand, for every corpus plan.
    func testTheCheckIsTheStagesRunInOrder() throws {
        let pipeline = Pipeline(taxonomy: Fixtures.taxonomy, lexicon: Self.lexicon)
        let topics = TopicIndex(topics: Fixtures.taxonomy.topics, references: Fixtures.taxonomy.references)
        for name in Fixtures.planNames {
            let plan = try Fixtures.plan(name)
            let choice = try Fixtures.taxonomy.choose(forPlanYear: plan.metadata.year)
            let index = ReferenceIndex(choice.reference)
            let alignment = topics.assign(Aligner().align(plan, to: index))
            var expected = DraftCheck.run(alignment, index: index, lexicon: Self.lexicon)
            expected.fit = choice.fit
            expected.topics = TopicCoverage.statuses(alignment, topics: Fixtures.taxonomy.topics)
            let checked = try pipeline.check(plan)
            XCTAssertEqual(checked.aligned.alignment, alignment, name)
            XCTAssertEqual(checked.result, expected, name)
        }
    }

    func testTheReferenceOptionIsReadOnce() throws {
        XCTAssertEqual(try ReferenceOption(nil), .planYear)
        XCTAssertEqual(try ReferenceOption("2018"), .year(2018))
        let file = Fixtures.corpus.appendingPathComponent(Fixtures.planNames[0]).path
        XCTAssertEqual(try ReferenceOption(file), .file(file))
        for bad in ["20x1", "21", "20210", ""] {
            XCTAssertThrowsError(try ReferenceOption(bad), bad) { error in
                XCTAssertEqual(error as? PipelineError, .notAReference(bad))
            }
        }
    }

    /// A year the taxonomy lacks is an error naming the years it has, for every command alike.
    func testAYearNotInTheTaxonomyIsAnError() throws {
        let pipeline = Pipeline(taxonomy: Fixtures.taxonomy, lexicon: Self.lexicon, reference: .year(2016))
        XCTAssertThrowsError(try pipeline.check(try Fixtures.plan(Fixtures.planNames[0]))) { error in
            XCTAssertTrue(describe(error).contains("2016"), describe(error))
        }
    }

    /// A reference text is read once, whatever the number of plans checked against it.
    func testAGivenTextIsReadOnce() throws {
        let text = Fixtures.corpus.appendingPathComponent("2021-xinjiang-tulufan-gaochang-draft.txt").path
        let pipeline = Pipeline(taxonomy: Fixtures.taxonomy, lexicon: Self.lexicon, reference: .file(text))
        let plans = try Fixtures.planNames.map(Fixtures.plan)
        let names = try Set(plans.map { try pipeline.check($0).reference.name })
        XCTAssertEqual(names.count, 1)
        XCTAssertEqual(pipeline.preparedCount, 1)
        XCTAssertEqual(try pipeline.choice(for: plans[0]).fit, .given)
    }

    private func describe(_ error: Error) -> String { (error as? LocalizedError)?.errorDescription ?? "\(error)" }
}
