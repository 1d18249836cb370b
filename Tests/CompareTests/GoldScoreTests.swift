import XCTest

@testable import Compare

/// The parser scored against the visible hand labels, through the same code as
/// `compare-tool evaluate`; the numbers are printed so every run shows them.
final class GoldScoreTests: XCTestCase {
    func testParserMeetsTheBarOnVisibleLabels() throws {
        let result = try Evaluation.run(
            goldDirectory: Fixtures.root.appendingPathComponent("Corpus/gold").path,
            corpusDirectory: Fixtures.corpus.path,
            load: PlanLoader.load(path:))
        print(EvaluationReport.text(result))
        XCTAssertEqual(result.perPlan.count, 3)
        XCTAssertEqual(result.micro.itemRecall, 1.0)
        XCTAssertGreaterThanOrEqual(result.micro.unitAccuracy, 0.98)
        XCTAssertGreaterThanOrEqual(result.micro.deadlineAccuracy, 0.98)
        for plan in result.perPlan {
            XCTAssertEqual(plan.itemRecall, 1.0, plan.plan)
        }
    }
}
