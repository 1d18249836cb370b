import XCTest

@testable import Compare

/// The tree dump of every corpus plan, compared with its golden file: any change to what the
/// parser reads shows up here as a reviewed diff.
final class GoldenTreeTests: XCTestCase {
    func testCorpusHasTheFivePlans() {
        XCTAssertEqual(Fixtures.planNames.count, 5)
    }

    func testTreeDumpsMatchGoldenFiles() throws {
        for name in Fixtures.planNames {
            let plan = try PlanLoader.load(path: Fixtures.corpus.appendingPathComponent(name).path)
            let stem = (name as NSString).deletingPathExtension
            Golden.assertMatches(TreeDump.render(plan), named: "\(stem).tree")
        }
    }

    func testRenderingTwiceGivesTheSameBytes() throws {
        for name in Fixtures.planNames {
            let path = Fixtures.corpus.appendingPathComponent(name).path
            let a = try PlanLoader.load(path: path), b = try PlanLoader.load(path: path)
            XCTAssertEqual(TreeDump.render(a), TreeDump.render(b))
            XCTAssertEqual(PlanJSON.value(a).rendered(), PlanJSON.value(b).rendered())
            XCTAssertEqual(PlanMarkdown.render(a), PlanMarkdown.render(b))
        }
    }
}
