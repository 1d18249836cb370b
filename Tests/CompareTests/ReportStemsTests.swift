import XCTest

@testable import Compare

/// Two files of one plan (「方案.docx」 and 「方案.html」) each keep their own reports in the main job.
final class ReportStemsTests: XCTestCase {
    /// Every mix of names over a few stems and extensions, including names that are another's stem
    /// with its extension (a.txt.docx): every name gets a stem of its own; a stem no other file
    /// shares is the bare stem; one that is shared keeps its extension, or a number where even that
    /// is taken.
    func testEveryPlanGetsAStemOfItsOwn() {
        let pool = ["a.txt", "a.docx", "a.html", "a.txt.docx", "a.txt.html", "b.txt", "b", "a.docx.txt", "c.tar.txt"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let names = Array(Set((0..<Int.random(in: 1...6, using: &generator)).map { _ in pool.randomElement(using: &generator)! })).sorted()
            let stems = ReportStems(names)
            let given = names.map { stems[$0] }
            XCTAssertEqual(Set(given).count, names.count, "\(names) → \(given)")
            for name in names {
                let bare = ReportStems.bare(name)
                let shared = names.filter { ReportStems.bare($0) == bare }.count > 1
                if !shared && !names.contains(where: { $0 != name && stems[$0] == bare }) {
                    XCTAssertEqual(stems[name], bare, "\(names)")
                }
                if shared { XCTAssertTrue(stems[name].hasPrefix(name), "\(names): \(name) → \(stems[name])") }
            }
        }
    }

    /// The main job on a plan kept as text and as a web page: both are checked and indexed, and no
    /// report is written over another.
    func testTwoFilesOfOneStemKeepTheirReports() throws {
        let text = try Fixtures.text("2021-xinjiang-tulufan-gaochang-draft.txt")
        let other = try Fixtures.text("2021-guangdong-zhuhai-gaoxinqu.txt")
        let page = "<html><body><pre>" + other + "</pre></body></html>"
        let files = try ReportsTests.mainJob(["方案.txt": text, "方案.html": page])
        for stem in ["方案.txt", "方案.html"] {
            for path in ["check/\(stem).md", "zh/check/\(stem).md", "check/\(stem).html", "plans/\(stem).md"] {
                XCTAssertNotNil(files[path], path)
            }
            XCTAssertTrue(files["README.md"]?.contains("](check/\(stem).md)") == true, stem)
        }
        XCTAssertTrue(files["check/方案.txt.md"]?.contains("高昌区") == true)
        XCTAssertTrue(files["check/方案.html.md"]?.contains("珠海") == true)
    }

    func testTheMainJobWritesNoPathTwice() throws {
        let text = try Fixtures.text("2021-xinjiang-tulufan-gaochang-draft.txt")
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("stems-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: tmp.appendingPathComponent("local"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: tmp) }
        for name in ["a.txt", "a.html", "a.txt.html"] {
            try (name.hasSuffix(".html") ? "<html><body><pre>" + text + "</pre></body></html>" : text)
                .write(to: tmp.appendingPathComponent("local/" + name), atomically: true, encoding: .utf8)
        }
        let paths = try CorpusReport.generate(corpus: tmp.path).map(\.0)
        XCTAssertEqual(Set(paths).count, paths.count, "\(paths.sorted())")
    }
}
