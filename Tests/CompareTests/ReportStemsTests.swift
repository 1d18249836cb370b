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
        var generator = SeededRandom(seed: 1001)
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

    /// Stems of every length up to three times a name's room, of one- to four-byte characters: one
    /// that fits is kept; a longer one keeps its opening (whole characters) within the room and a
    /// hash of the whole, so two that open alike stay two; every report's name then fits a folder
    /// entry (255 bytes), a review's two stems and an upper-level check's suffix included.
    func testALongStemIsCutToFitAFileName() {
        let alphabet: [Character] = ["a", "é", "政", "务", "（", "😀", "-", " "]
        var generator = SeededRandom(seed: 1002)
        for _ in 0..<3_000 {
            let stem = String((0..<Int.random(in: 0...120, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            let fitted = ReportStems.fitted(stem)
            XCTAssertLessThanOrEqual(fitted.utf8.count, ReportStems.longest + 9)
            if stem.utf8.count <= ReportStems.longest {
                XCTAssertEqual(fitted, stem)
                continue
            }
            let kept = String(fitted.dropLast(9))
            XCTAssertTrue(stem.hasPrefix(kept), fitted)
            XCTAssertGreaterThan(kept.utf8.count, ReportStems.longest - 4)
            XCTAssertEqual(fitted.suffix(9).first, "-")
            XCTAssertTrue(fitted.suffix(8).allSatisfy(\.isHexDigit), fitted)
            let other = stem + "另"
            XCTAssertNotEqual(ReportStems.fitted(other), fitted, "two long names that open alike stay two")
            XCTAssertLessThanOrEqual(("review/" + fitted + "--" + ReportStems.fitted(other) + ".html").split(separator: "/").map(\.utf8.count).max()!, 255)
        }
    }

    /// The main job and the batch check on plans named after their notices' whole titles: every
    /// report's name fits, and the batch writes its folder.
    func testPlansNamedByLongTitlesAreReported() throws {
        let long = "关于印发新疆维吾尔自治区吐鲁番市高昌区二〇二一年政务公开工作要点（征求意见稿）的通知及附件任务分工方案（第二次修订稿）第三版本最终定稿版本"
        let files = try ReportsTests.mainJob([long + ".txt": try Fixtures.text("2021-xinjiang-tulufan-gaochang-draft.txt"),
                                              long + "乌鲁木齐.txt": try Fixtures.text("2018-xinjiang-wulumuqi.txt")])
        XCTAssertTrue(files.keys.contains { $0.hasPrefix("review/") && !$0.contains("national") })
        for path in files.keys { XCTAssertLessThanOrEqual(path.split(separator: "/").map(\.utf8.count).max()!, 255, path) }
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("long-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: tmp) }
        let plan = tmp.appendingPathComponent(long + ".txt")
        try Fixtures.text("2021-xinjiang-tulufan-gaochang-draft.txt").write(to: plan, atomically: true, encoding: .utf8)
        let out = tmp.appendingPathComponent("out").path
        let outcome = try BatchCheck.run(Pipeline(taxonomyFolder: Fixtures.taxonomyFolder), paths: [plan.path], format: .html, language: .zh, out: out) { _ in }
        XCTAssertEqual(outcome.filesWritten, 3, "the page, README.md and index.html")
        XCTAssertTrue(try FileManager.default.contentsOfDirectory(atPath: out).contains(ReportStems.fitted(long) + ".html"))
    }
}
