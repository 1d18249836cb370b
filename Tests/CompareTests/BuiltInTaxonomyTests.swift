import Foundation
import XCTest
@testable import Compare

/// The taxonomy compiled into the library is the one in `Corpus/taxonomy`, and reads the same.
final class BuiltInTaxonomyTests: XCTestCase {
    func testTheBuiltInFilesAreTheCorpusFiles() throws {
        let folder = Fixtures.root.appendingPathComponent("Corpus/taxonomy")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0 != "README.md" }.sorted()
        XCTAssertEqual(BuiltInTaxonomy.files.keys.sorted(), names, "run Scripts/bundle-taxonomy")
        for name in names {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            XCTAssertEqual(BuiltInTaxonomy.files[name], text, "\(name) differs from its built-in copy: run Scripts/bundle-taxonomy")
        }
    }

    func testTheBuiltInTaxonomyReadsAsTheFolder() throws {
        XCTAssertEqual(try Taxonomy.load(.builtIn), Fixtures.taxonomy)
        XCTAssertEqual(try ObligationLexicon.load(.builtIn), try ObligationLexicon.load(directory: Fixtures.taxonomyFolder))
    }

    /// No folder named: the working folder's Corpus/taxonomy, then the checkout beside the
    /// executable, then the built-in copy; a folder named is used even when it is missing (its
    /// error says so rather than falling back in silence).
    func testWhereTheTaxonomyIsLookedFor() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("taxonomy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        let saved = FileManager.default.currentDirectoryPath
        defer { FileManager.default.changeCurrentDirectoryPath(saved) }
        FileManager.default.changeCurrentDirectoryPath(empty.path)
        XCTAssertEqual(TaxonomyLocation.find(option: nil, executable: empty.appendingPathComponent("compare-tool").path), .builtIn)
        XCTAssertEqual(TaxonomyLocation.find(option: "x", executable: "/"), .folder("x"))
        let inCheckout = Fixtures.root.appendingPathComponent(".build/debug/compare-tool").path
        XCTAssertEqual(TaxonomyLocation.find(option: nil, executable: inCheckout), .folder(Fixtures.root.appendingPathComponent("Corpus/taxonomy").path))
        XCTAssertEqual(TaxonomyLocation.forCorpus(empty.path, option: nil), .builtIn)
        XCTAssertThrowsError(try Taxonomy.load(.folder(empty.appendingPathComponent("missing").path))) {
            XCTAssertTrue(($0 as? TaxonomyError)?.errorDescription?.contains("built into compare-tool") == true)
        }
    }
}
