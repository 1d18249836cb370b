import Foundation
import XCTest

@testable import Compare

/// The committed Reports/ folder and the README's metadata table are what the tool writes today:
/// regenerating them gives identical bytes (run `swift run compare-tool` after a change).
final class ReportsTests: XCTestCase {
    /// The main job's output, made once for the tests that read it (it checks, compares and reviews
    /// every plan: seconds in a debug build).
    static let generated = Result { try CorpusReport.generate(corpus: Fixtures.root.appendingPathComponent("Corpus").path) }

    func testCommittedReportsAreUpToDate() throws {
        let files = try Self.generated.get()
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

    func testReportsHoldNothingTheToolNoLongerWrites() throws {
        let generated = Set(try Self.generated.get().map(\.0))
        let folder = Fixtures.root.appendingPathComponent("Reports").path
        let committed = (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? []).filter { name in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: folder + "/" + name, isDirectory: &isFolder) && !isFolder.boolValue
        }
        XCTAssertEqual(Set(committed).subtracting(generated).subtracting([ReportFolder.manifest]), [], "Reports/ holds files the tool no longer writes: delete them")
    }

    func testTheIndexLinksEveryReportAndEachPlansCheck() throws {
        let files = try Self.generated.get()
        let names = Set(files.map(\.0))
        let index = try XCTUnwrap(files.first { $0.0 == "README.md" }?.1)
        for name in names where name != "README.md" && !name.hasPrefix("plans/") && !name.hasPrefix("zh/plans/") {
            XCTAssertTrue(index.contains("](\(name))"), "the index does not link \(name)")
        }
        // The Chinese index links every Chinese report, from inside zh/.
        let chinese = try XCTUnwrap(files.first { $0.0 == "zh/README.md" }?.1)
        for name in names where name.hasPrefix("zh/") && name != "zh/README.md" {
            XCTAssertTrue(chinese.contains("](\(name.dropFirst(3)))"), "the Chinese index does not link \(name)")
        }
        for plan in Fixtures.planNames {
            let stem = (plan as NSString).deletingPathExtension
            XCTAssertTrue(names.contains("check/\(stem).md"), stem)
            XCTAssertTrue(names.contains("plans/\(stem).md"), stem)
        }
        // The matrices' CSV open right in Excel and WPS.
        for (name, text) in files where name.hasSuffix(".csv") { XCTAssertTrue(text.hasPrefix("\u{FEFF}"), name) }
        // Plans of one province in different years are reviewed; a plan with no province is not.
        XCTAssertTrue(names.contains("review/2018-xinjiang-wulumuqi--2021-xinjiang-tulufan-gaochang-draft.md"))
        XCTAssertFalse(names.contains { $0.contains("zhuhai") && $0.hasPrefix("review/") })
        XCTAssertTrue(names.contains("review/national-2018-2021.md"))
    }

    func testAPlanThatCannotBeReadStopsTheJobBeforeAnythingIsWritten() throws {
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("corpus-\(UUID().uuidString)")
        let fm = FileManager.default
        try fm.createDirectory(at: tmp.appendingPathComponent("local"), withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: tmp) }
        try fm.copyItem(at: Fixtures.root.appendingPathComponent("Corpus/taxonomy"), to: tmp.appendingPathComponent("taxonomy"))
        try fm.copyItem(at: Fixtures.corpus.appendingPathComponent(Fixtures.planNames[0]), to: tmp.appendingPathComponent("local/" + Fixtures.planNames[0]))
        try Data([0x00, 0xFF, 0x00, 0x01]).write(to: tmp.appendingPathComponent("local/broken.txt"))
        XCTAssertThrowsError(try CorpusReport.generate(corpus: tmp.path)) { error in
            XCTAssertTrue(describe(error).contains("broken.txt"), describe(error))
        }
        try fm.removeItem(at: tmp.appendingPathComponent("local/broken.txt"))
        let withFolder = try CorpusReport.generate(corpus: tmp.path)
        // A corpus without its own taxonomy is read with the built-in one, which is the same; a
        // taxonomy folder named but missing stops the job.
        try fm.removeItem(at: tmp.appendingPathComponent("taxonomy"))
        XCTAssertEqual(try CorpusReport.generate(corpus: tmp.path).map(\.1), withFolder.map(\.1))
        XCTAssertThrowsError(try CorpusReport.generate(corpus: tmp.path, taxonomy: tmp.appendingPathComponent("taxonomy").path)) { error in
            XCTAssertTrue(describe(error).contains("taxonomy"), describe(error))
        }
    }

    func describe(_ error: Error) -> String { (error as? LocalizedError)?.errorDescription ?? "\(error)" }

    /// The main job's files for a corpus of these plans (file name → text), written to a folder of
    /// its own and removed after.
    static func mainJob(_ plans: [String: String]) throws -> [String: String] {
        let fm = FileManager.default
        let tmp = fm.temporaryDirectory.appendingPathComponent("corpus-\(UUID().uuidString)")
        try fm.createDirectory(at: tmp.appendingPathComponent("local"), withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: tmp) }
        for (name, text) in plans { try text.write(to: tmp.appendingPathComponent("local/" + name), atomically: true, encoding: .utf8) }
        return Dictionary(try CorpusReport.generate(corpus: tmp.path), uniquingKeysWith: { a, _ in a })
    }

    /// A corpus holding a county's plan and its prefecture's: the main job checks the county against
    /// the prefecture's plan too, in both languages, and its index links the check.
    func testTheMainJobChecksAPlanAgainstItsUpperLevelPlan() throws {
        let county = "2021-xinjiang-tulufan-gaochang-draft.txt"
        let text = try Fixtures.text(county)
        let files = try Self.mainJob([county: text, "prefecture.txt": text.replacingOccurrences(of: "高昌区", with: "吐鲁番市")])
        let upper = "check/2021-xinjiang-tulufan-gaochang-draft.upper.md"
        XCTAssertTrue(files[upper]?.contains("《2021年吐鲁番市政务公开工作要点》") == true, files[upper] ?? "missing")
        XCTAssertNotNil(files["zh/" + upper])
        XCTAssertNil(files["check/prefecture.upper.md"], "the prefecture's upper plan is not in the corpus")
        XCTAssertTrue(files["README.md"]?.contains("](\(upper))") == true)
        XCTAssertTrue(files["zh/README.md"]?.contains("对照上级计划：1个计划") == true)
        XCTAssertNotNil(files["check/2021-xinjiang-tulufan-gaochang-draft.upper.html"])
        Self.assertEveryPageIsReachable(files)
    }

    /// Two plans of one place and year, of two provinces, are told apart by their provinces in every
    /// list that names plans: both indexes' tables, the Chinese index's list of structures, and the
    /// web page's list of checks against an upper-level plan.
    func testEveryIndexListTellsTwoPlansOfOnePlaceApart() throws {
        let county = "2021-xinjiang-tulufan-gaochang-draft.txt"
        let text = try Fixtures.text(county)
        let files = try Self.mainJob([county: text, "2021-gansu-gaochang.txt": TaxonomyTests.inGansu(text),
                                      "prefecture.txt": text.replacingOccurrences(of: "高昌区", with: "吐鲁番市")])
        let (xinjiang, gansu) = ("高昌区 2021（新疆）", "高昌区 2021（甘肃）")
        for page in ["README.md", "zh/README.md", "index.html", "zh/index.html"] {
            let index = try XCTUnwrap(files[page], page)
            for label in [xinjiang, gansu] { XCTAssertTrue(index.contains(label), "\(page): \(label)") }
        }
        let zh = try XCTUnwrap(files["zh/README.md"])
        let structures = try XCTUnwrap(zh.range(of: "## 各计划的结构"))
        for label in [xinjiang, gansu] { XCTAssertTrue(zh[structures.upperBound...].contains("- [\(label)](plans/"), label) }
        let web = try XCTUnwrap(files["zh/index.html"])
        XCTAssertTrue(web.contains("\(xinjiang) 对照 "), web)
    }

    /// A plan review in the main job links the newer plan's check, a file it writes beside it, in
    /// both languages, rather than naming the command that makes one.
    func testAReviewLinksTheNewerPlansCheck() throws {
        let files = Dictionary(try Self.generated.get(), uniquingKeysWith: { a, _ in a })
        let reviews = files.keys.filter { $0.hasPrefix("review/") && $0.hasSuffix(".md") && !$0.hasPrefix("review/national") }
        XCTAssertFalse(reviews.isEmpty)
        for name in reviews {
            for (path, link) in [(name, "[its check](../check/"), ("zh/" + name, "[检查报告](../check/")] {
                let review = try XCTUnwrap(files[path], path)
                let start = try XCTUnwrap(review.range(of: link), path)
                let target = review[start.upperBound...].prefix { $0 != ")" }
                XCTAssertNotNil(files[(path.hasPrefix("zh/") ? "zh/" : "") + "check/" + target], "\(path): \(target)")
                XCTAssertFalse(review.contains("`compare-tool check"), path)
            }
        }
    }

    /// Every web page the main job writes for the bundled corpus is reached from its index pages.
    func testEveryWebPageIsLinkedFromTheIndexPages() throws {
        let files = Dictionary(try Self.generated.get(), uniquingKeysWith: { a, _ in a })
        XCTAssertNotNil(files["review/national-2018-2021.html"])
        Self.assertEveryPageIsReachable(files)
        // The web index marks the plans the wording was drawn from, as the Markdown indexes do.
        for (page, readme) in [("index.html", "README.md"), ("zh/index.html", "zh/README.md")] {
            let marks = { (text: String) in text.components(separatedBy: " †").count - 1 }
            XCTAssertEqual(marks(files[page] ?? ""), marks(files[readme] ?? ""), page)
            XCTAssertGreaterThan(marks(files[page] ?? ""), 1, page)
        }
    }

    /// Following the links of web pages from `index.html` and `zh/index.html` reaches every page
    /// written: a page no link reaches is one an office never opens (the reviews and upper-level
    /// checks were such pages).
    static func assertEveryPageIsReachable(_ files: [String: String], file: StaticString = #filePath, line: UInt = #line) {
        var reached: Set<String> = [], queue = ["index.html", "zh/index.html"]
        while let page = queue.popLast() {
            guard reached.insert(page).inserted, let html = files[page] else { continue }
            let folder = page.split(separator: "/").dropLast().map(String.init)
            for part in html.components(separatedBy: "href=\"").dropFirst() {
                guard let target = part.split(separator: "\"", maxSplits: 1).first.map(String.init),
                      !target.hasPrefix("http"), !target.hasPrefix("#") else { continue }
                var path = folder
                for piece in target.split(separator: "#")[0].split(separator: "/") {
                    if piece == ".." { _ = path.popLast() } else { path.append(String(piece)) }
                }
                let resolved = path.joined(separator: "/")
                if resolved.hasSuffix(".html") { queue.append(resolved) }
            }
        }
        for page in files.keys.sorted() where page.hasSuffix(".html") {
            XCTAssertTrue(reached.contains(page), "\(page) is linked from no page the index pages reach", file: file, line: line)
        }
    }


    func testGeneratingTwiceGivesTheSameBytes() throws {
        let a = try Self.generated.get(), b = try CorpusReport.generate(corpus: Fixtures.root.appendingPathComponent("Corpus").path)
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
