import Foundation
import XCTest

@testable import Compare

/// The committed Reports/ folder and the README's metadata table are what the tool writes today:
/// regenerating them gives identical bytes (run `swift run compare-tool` after a change).
final class ReportsTests: XCTestCase {
    func testCommittedReportsAreUpToDate() throws {
        let files = try CorpusReport.generate(corpus: Fixtures.root.appendingPathComponent("Corpus").path)
        XCTAssertFalse(files.isEmpty)
        for (name, text) in files {
            let url = Fixtures.root.appendingPathComponent("Reports/" + name)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                XCTFail("Reports/\(name) is missing: run `swift run compare-tool` and commit Reports/")
                continue
            }
            XCTAssertNil(Golden.firstDifference(String(decoding: data, as: UTF8.self), text), "Reports/\(name) is stale: run `swift run compare-tool`")
        }
    }

    func testGeneratingTwiceGivesTheSameBytes() throws {
        let corpus = Fixtures.root.appendingPathComponent("Corpus").path
        let a = try CorpusReport.generate(corpus: corpus), b = try CorpusReport.generate(corpus: corpus)
        XCTAssertEqual(a.map(\.0), b.map(\.0))
        XCTAssertEqual(a.map(\.1), b.map(\.1))
    }

    func testReadmeMetadataTableIsTheToolsOutput() throws {
        let plans = try Fixtures.planNames.map { try PlanLoader.load(path: Fixtures.corpus.appendingPathComponent($0).path) }
        let table = MetadataTable.markdown(plans)
        let readme = String(decoding: FileManager.default.contents(atPath: Fixtures.root.appendingPathComponent("README.md").path) ?? Data(), as: UTF8.self)
        XCTAssertTrue(readme.contains(table), "README.md's metadata table differs from `compare-tool report` output (Reports/README.md): copy it over")
    }

    func testReportOfAMissingCorpusWritesNothing() {
        XCTAssertThrowsError(try CorpusReport.generate(corpus: "/nonexistent-corpus-\(UUID().uuidString)")) { error in
            guard case InputError.notFound = error else { return XCTFail("expected notFound, got \(error)") }
        }
    }
}
