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

    /// Plans checked together, on every core, give what each checked alone gives, in the order
    /// given, whatever order the workers finish in: every corpus plan, three times over.
    func testABatchCheckEqualsEachPlanCheckedAlone() throws {
        let plans = try (Fixtures.planNames + Fixtures.planNames + Fixtures.planNames).map { try Fixtures.plan($0) }
        let pipeline = Pipeline(taxonomyFolder: Fixtures.taxonomyFolder)
        let batch = try pipeline.check(plans: plans)
        XCTAssertEqual(batch.map(\.plan.name), plans.map(\.name))
        let alone = Pipeline(taxonomyFolder: Fixtures.taxonomyFolder)
        for (checked, plan) in zip(batch, plans) {
            let single = try alone.check(plan)
            XCTAssertEqual(CheckJSON.value(checked.result, reference: checked.reference, warnings: plan.warnings).rendered(),
                           CheckJSON.value(single.result, reference: single.reference, warnings: plan.warnings).rendered(), plan.name)
            XCTAssertEqual(checked.result.topics, single.result.topics, plan.name)
        }
    }

    /// The batch summary's order: plans needing attention before clean ones, then by requirements
    /// not carried out, divergences to fix and sections missing, most first; ties by file name.
    func testTheBatchSummaryPutsThePlansMostInNeedFirst() throws {
        let pipeline = Pipeline(taxonomyFolder: Fixtures.taxonomyFolder)
        var checked = try Fixtures.planNames.map { try pipeline.check(try Fixtures.plan($0)) }.map { (plan: $0.plan, reference: $0.reference, result: $0.result) }
        // A plan checked against itself has nothing to fix: it goes last.
        let own = try Fixtures.plan(Fixtures.planNames[1])
        let ownReference = try ReferenceBuilder.build(from: own, path: own.name)
        let clean = try Pipeline(taxonomy: .builtIn, reference: .given(ownReference)).check(own)
        XCTAssertTrue(clean.result.isClean)
        checked.append((plan: clean.plan, reference: clean.reference, result: clean.result))
        let order = BatchCheckMarkdown.order(checked)
        XCTAssertEqual(Set(order), Set(checked.indices))
        XCTAssertEqual(order.last, checked.count - 1)
        let keys = order.map { i in (checked[i].result.isClean ? 1 : 0, -checked[i].result.requirementsNotCarriedOut, -checked[i].result.divergencesToFix.count) }
        XCTAssertTrue(zip(keys, keys.dropFirst()).allSatisfy { $0 <= $1 }, "\(keys)")
        let summary = BatchCheckMarkdown.summary(checked)
        let rows = summary.split(separator: "\n").filter { $0.hasPrefix("| ") }.dropFirst()
        XCTAssertEqual(rows.count, checked.count)
        XCTAssertTrue(rows.last?.contains("nothing to fix") == true)
    }
}
