import Foundation
import XCTest

@testable import Compare

/// Paths and helpers shared by the tests: the package root, the corpus, golden files.
enum Fixtures {
    /// The folder holding Package.swift, found from this file's path (works from any checkout).
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
            url.deleteLastPathComponent()
        }
        fatalError("Package.swift not found above \(#filePath)")
    }()

    static var corpus: URL { root.appendingPathComponent("Corpus/local") }

    static var planNames: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
    }

    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: corpus.appendingPathComponent(name)))
    }

    static func text(_ name: String) throws -> String {
        String(decoding: try bytes(name), as: UTF8.self)
    }

    /// Parses a plan given as text (UTF-8).
    static func parse(_ text: String, name: String = "test.txt") throws -> Plan {
        PlanParser.parse(try Ingest.decode(bytes: Array(text.utf8), name: name))
    }

    /// The tree as "kind numbering" lines, indented by depth: what layout tests compare.
    static func outline(_ plan: Plan) -> [String] {
        var out: [String] = []
        func walk(_ n: Node, _ depth: Int) {
            out.append(String(repeating: " ", count: depth) + n.kind.rawValue + " " + (n.numbering?.canonical ?? "¶"))
            n.children.forEach { walk($0, depth + 1) }
        }
        plan.nodes.forEach { walk($0, 0) }
        return out
    }

    static func parse(bytes: [UInt8], name: String) throws -> Plan {
        PlanParser.parse(try Ingest.decode(bytes: bytes, name: name))
    }

    /// A corpus plan, parsed.
    static func plan(_ name: String) throws -> Plan {
        try parse(bytes: bytes(name), name: name)
    }

    static var taxonomyFolder: String { root.appendingPathComponent("Corpus/taxonomy").path }

    /// The bundled taxonomy, loaded once.
    static let taxonomy: Taxonomy = {
        do { return try Taxonomy.load(directory: taxonomyFolder) } catch { fatalError("\(error)") }
    }()
}

/// Golden files: `Tests/CompareTests/Golden/NAME`. A missing golden file fails; it is written
/// only when the environment says RECORD_GOLDEN=1, and `git diff` is then the review.
enum Golden {
    static var folder: URL { Fixtures.root.appendingPathComponent("Tests/CompareTests/Golden") }
    static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" }

    static func assertMatches(_ actual: String, named name: String, file: StaticString = #filePath, line: UInt = #line) {
        let url = folder.appendingPathComponent(name)
        if recording {
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try Data(actual.utf8).write(to: url)
            } catch {
                XCTFail("cannot record golden file \(url.path): \(error)", file: file, line: line)
            }
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            XCTFail("golden file \(name) is missing: run `RECORD_GOLDEN=1 swift test --disable-swift-testing` and review it with git diff", file: file, line: line)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        if let difference = firstDifference(expected, actual) {
            XCTFail("\(name) \(difference)\n(re-record with RECORD_GOLDEN=1 if the change is intended)", file: file, line: line)
        }
    }

    /// "differs at line N: expected … actual …", or nil when equal.
    static func firstDifference(_ expected: String, _ actual: String) -> String? {
        if expected != actual {
            let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let index = (0..<min(e.count, a.count)).first { e[$0] != a[$0] } ?? min(e.count, a.count)
            let want = index < e.count ? String(e[index]) : "<end>"
            let got = index < a.count ? String(a[index]) : "<end>"
            return "differs at line \(index + 1):\n  expected: \(want)\n  actual:   \(got)"
        }
        return nil
    }
}

extension Fixtures {
    /// Every corpus plan aligned and made ready to check against both references.
    static func checkContexts(pairLayout: PairHolders.Layout = .bySize) throws -> [(CheckReference, CheckContext)] {
        let lexicon = try ObligationLexicon.load(directory: Fixtures.taxonomyFolder)
        return try [2018, 2021].flatMap { year in
            let prepared = CheckReference(index: ReferenceIndex(try Fixtures.taxonomy.reference(forPlanYear: year)), lexicon: lexicon)
            return try Fixtures.planNames.map { name in
                (prepared, CheckContext(alignment: Aligner().align(try Fixtures.plan(name), to: prepared.index), prepared: prepared, pairLayout: pairLayout))
            }
        }
    }}
