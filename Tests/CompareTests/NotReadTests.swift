import Foundation
import XCTest

@testable import Compare

/// A plan kept as an old Word file, a PDF or another document this tool does not read is named
/// where its folder is read, not left out in silence.
final class NotReadTests: XCTestCase {
    var tmp: URL!

    override func setUpWithError() throws {
        tmp = FileManager.default.temporaryDirectory.appendingPathComponent("notread-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: tmp.appendingPathComponent("local"), withIntermediateDirectories: true)
    }

    override func tearDown() { try? FileManager.default.removeItem(at: tmp) }

    /// Every extension of every kind, in either case, is listed with its kind; plans and other files
    /// (notes, a folder's debris) are not.
    func testEveryUnreadKindIsListedAndNothingElse() throws {
        let kinds: [String: UnreadFile.Format] = [
            "doc": .oldWord, "dot": .oldWord, "wps": .oldWord, "wpt": .oldWord, "pdf": .pdf, "ofd": .ofd, "rtf": .rtf,
            "odt": .openDocument, "xls": .spreadsheet, "xlsx": .spreadsheet, "et": .spreadsheet, "ett": .spreadsheet, "csv": .spreadsheet,
            "mhtml": .singleFilePage, "mht": .singleFilePage, "zip": .archive, "rar": .archive, "7z": .archive,
        ]
        let folder = tmp.appendingPathComponent("local")
        for (ext, _) in kinds {
            for name in ["方案.\(ext)", "B.\(ext.uppercased())"] { try Data("x".utf8).write(to: folder.appendingPathComponent(name)) }
        }
        for other in ["plan.txt", "plan.docx", "page.html", "page.htm", "README.md", ".DS_Store", "notes", "a.json", "~$plan.docx", "._plan.txt"] {
            try Data("x".utf8).write(to: folder.appendingPathComponent(other))
        }
        let listed = PlanFiles.notRead(inFolder: folder.path)
        XCTAssertEqual(listed.count, kinds.count * 2)
        XCTAssertEqual(listed.map(\.name), listed.map(\.name).sorted())
        for u in listed {
            let ext = (u.name as NSString).pathExtension.lowercased()
            XCTAssertEqual(u.format, kinds[ext], u.name)
            XCTAssertTrue(u.advice.contains(u.format.english), u.advice)
            XCTAssertTrue(u.chineseAdvice.contains(u.format.chinese), u.chineseAdvice)
        }
        // Given a folder among files: its unread documents; a file named alone is not listed here.
        XCTAssertEqual(PlanFiles.notRead([folder.path, folder.appendingPathComponent("方案.doc").path, "-"]).count, kinds.count * 2)
        XCTAssertEqual(Set(UnreadFile.Format.allCases).subtracting([.folder, .empty, .brokenLink, .unreadableName]), Set(kinds.values), "every kind of document has an extension")
    }

    /// A folder as offices keep one: beside its plans, a Mac's `._` copies, Word's lock file of an
    /// open plan, hidden files, a folder named like a plan, a county's folder of plans, an empty
    /// plan and a link to nothing. The plans are read; the folder of plans, the empty plan and the
    /// link are named with what to do; the rest is passed over; and a check of the folder runs.
    func testAFolderAsOfficesKeepItIsReadAndItsOddsNamed() throws {
        let fm = FileManager.default
        let folder = tmp.appendingPathComponent("local")
        let text = try Fixtures.text("2021-xinjiang-tulufan-gaochang-draft.txt")
        for name in ["高昌区.txt", "珠海.TXT"] { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        try Data([0x00, 0x05, 0x16, 0x07, 0x00, 0x02, 0x00, 0x00]).write(to: folder.appendingPathComponent("._高昌区.txt"))
        try Data([0x05, 0x00, 0x41, 0x00, 0x00, 0x00, 0x01]).write(to: folder.appendingPathComponent("~$高昌区.docx"))
        try Data("x".utf8).write(to: folder.appendingPathComponent(".DS_Store"))
        try fm.createDirectory(at: folder.appendingPathComponent("x.txt"), withIntermediateDirectories: true)
        try fm.createDirectory(at: folder.appendingPathComponent("吐鲁番/深处"), withIntermediateDirectories: true)
        try text.write(to: folder.appendingPathComponent("吐鲁番/鄯善县.txt"), atomically: true, encoding: .utf8)
        try text.write(to: folder.appendingPathComponent("吐鲁番/托克逊县.docx.txt"), atomically: true, encoding: .utf8)
        try text.write(to: folder.appendingPathComponent("吐鲁番/深处/某县.txt"), atomically: true, encoding: .utf8)
        try Data().write(to: folder.appendingPathComponent("空.txt"))
        try fm.createSymbolicLink(atPath: folder.appendingPathComponent("链接.txt").path, withDestinationPath: "/nonexistent-\(UUID().uuidString).txt")
        let (plans, notRead) = PlanFiles.scan(folder.path)
        XCTAssertEqual(plans.map { ($0 as NSString).lastPathComponent }, ["珠海.TXT", "高昌区.txt"])
        XCTAssertEqual(notRead.map(\.name), ["吐鲁番", "空.txt", "链接.txt"])
        XCTAssertEqual(notRead.map(\.format), [.folder, .empty, .brokenLink])
        XCTAssertEqual(notRead.first?.plans, 2, "a county's folder's own plans, not its folders'")
        XCTAssertTrue(notRead[0].advice.contains("2 plan files") && notRead[0].advice.contains("pass that folder too"))
        XCTAssertTrue(notRead[0].chineseAdvice.contains("内有2个计划文件"))
        // One reading gives what the two did, but for a file named twice (the folder and a file in
        // it; a folder and the folder of plans in it), read once where first named, and a folder
        // given, which is not "not read": in every order of the folder, a file beside it, standard
        // input and the folder's own folder of plans.
        let inner = folder.appendingPathComponent("吐鲁番").path
        let given = [folder.path, folder.appendingPathComponent("高昌区.txt").path, "-", inner]
        for k in given.indices {
            let paths = Array(given[k...] + given[..<k])
            let once = try PlanFiles.given(paths)
            var expected: [String] = []
            for p in paths.flatMap({ $0 == "-" || FileStatus($0) != .folder ? [$0] : PlanFiles.scan($0).plans }) where p == "-" || !expected.contains(p) {
                expected.append(p)
            }
            XCTAssertEqual(once.plans, expected, "\(paths)")
            XCTAssertEqual(once.notRead, PlanFiles.notRead(paths).filter { $0.path != inner }, "\(paths)")
        }
        // A document of the folder given on its own too is read (and refused with its own error),
        // not also "not read", in either order.
        try Data("x".utf8).write(to: folder.appendingPathComponent("方案.doc"))
        for order in [[folder.path, folder.path + "/方案.doc"], [folder.path + "/方案.doc", folder.path + "/"]] {
            let got = try PlanFiles.given(order)
            XCTAssertFalse(got.notRead.contains { $0.name == "方案.doc" }, "\(order)")
            XCTAssertTrue(got.plans.contains(folder.path + "/方案.doc"))
            XCTAssertFalse(got.plans.contains { $0.contains("//") }, "\(got.plans)")
        }
        XCTAssertTrue(try PlanFiles.given([folder.path]).notRead.contains { $0.name == "方案.doc" })
        try FileManager.default.removeItem(at: folder.appendingPathComponent("方案.doc"))
        var markdown = ""
        let outcome = try BatchCheck.run(Pipeline(taxonomyFolder: Fixtures.taxonomyFolder), paths: try PlanFiles.expand([folder.path]), format: .markdown,
                                         language: .en, out: nil, notRead: PlanFiles.notRead([folder.path])) { markdown += $0 }
        XCTAssertEqual(outcome.rows.count, 2)
        XCTAssertTrue(markdown.contains("**Not read**: 3 files of the folders given"), markdown)
        XCTAssertTrue(markdown.contains("- " + MarkdownText.escape(folder.path + "/吐鲁番") + ": a folder holding 2 plan files"), markdown)
    }

    /// A folder the tool wrote its reports into (`check --out`, in every format), inside the plans'
    /// folder: passed over when the plans' folder is read (not "a folder holding plans" to check),
    /// and refused, saying what it is, when given as plans; a plain folder of plans beside it is
    /// still named.
    func testTheToolsOwnReportsAreNoPlans() throws {
        let fm = FileManager.default
        let folder = tmp.appendingPathComponent("plans")
        try fm.createDirectory(at: folder.appendingPathComponent("县"), withIntermediateDirectories: true)
        let text = try Fixtures.text(Fixtures.planNames[1])
        for name in ["a.txt", "县/b.txt"] { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        for format in BatchCheck.Format.allCases {
            let out = folder.appendingPathComponent("结果-\(format.rawValue)").path
            _ = try BatchCheck.run(Pipeline(taxonomyFolder: Fixtures.taxonomyFolder), paths: [folder.appendingPathComponent("a.txt").path], format: format,
                                   language: .zh, out: out) { _ in }
            XCTAssertTrue(PlanFiles.isReports(out))
            XCTAssertThrowsError(try PlanFiles.given([out])) { XCTAssertEqual($0 as? InputError, .reportsFolder(path: out)) }
        }
        let (plans, notRead) = PlanFiles.scan(folder.path)
        XCTAssertEqual(plans, [folder.appendingPathComponent("a.txt").path])
        XCTAssertEqual(notRead.map(\.name), ["县"])
        XCTAssertFalse(PlanFiles.isReports(folder.path))
    }

    /// The main job names each unread document in both indexes and the web entry, and checks the
    /// plans beside them as before.
    func testTheMainJobNamesTheFilesItDidNotRead() throws {
        let local = tmp.appendingPathComponent("local")
        try Fixtures.text("2021-xinjiang-tulufan-gaochang-draft.txt").write(to: local.appendingPathComponent("高昌区.txt"), atomically: true, encoding: .utf8)
        try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]).write(to: local.appendingPathComponent("旧方案.doc"))
        try Data("%PDF-1.4".utf8).write(to: local.appendingPathComponent("方案 (1).pdf"))
        let files = Dictionary(try CorpusReport.generate(corpus: tmp.path), uniquingKeysWith: { a, _ in a })
        XCTAssertNotNil(files["check/高昌区.md"])
        let en = try XCTUnwrap(files["README.md"]), zh = try XCTUnwrap(files["zh/README.md"])
        XCTAssertTrue(en.contains("**Not read**: 2 files of the corpus"), en)
        XCTAssertTrue(zh.contains("**未读取的文件**：语料中有2个文件未读取"), zh)
        for name in ["旧方案.doc", "方案 (1).pdf"] {
            XCTAssertTrue(en.contains("- \(name): "), name)
            XCTAssertTrue(zh.contains("- \(name)："), name)
            XCTAssertTrue(files["index.html"]?.contains("<li>\(name): ") == true, name)
            XCTAssertTrue(files["zh/index.html"]?.contains("<li>\(name)：") == true, name)
        }
        XCTAssertTrue(en.contains("- 旧方案.doc: a Word 97–2003 (.doc) or WPS (.wps) file"))
        XCTAssertTrue(zh.contains("- 方案 (1).pdf：PDF 文件，本工具不能读取"))
    }

    /// A plan whose file name is GBK (from a Windows archive unpacked here) is named as such, with
    /// what to do, not as a link to nothing; the plans beside it are read.
    func testAFileNamedInAnotherEncodingIsNamedSo() throws {
        let folder = tmp.appendingPathComponent("local")
        try Fixtures.text("2021-xinjiang-tulufan-gaochang-draft.txt").write(to: folder.appendingPathComponent("高昌区.txt"), atomically: true, encoding: .utf8)
        // 方案.txt in GBK: no UTF-8 String can name it, so it is made through the system's bytes.
        let name: [UInt8] = [0xB7, 0xBD, 0xB0, 0xB8] + Array(".txt".utf8)
        let path = Array(folder.path.utf8) + [UInt8(ascii: "/")] + name + [0]
        let fd = path.withUnsafeBufferPointer { p in p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: path.count) { open($0, O_CREAT | O_WRONLY, 0o644) } }
        XCTAssertGreaterThanOrEqual(fd, 0)
        _ = "一、推进公开\n1.做好解读。".withCString { write(fd, $0, strlen($0)) }
        close(fd)
        let (plans, notRead) = PlanFiles.scan(folder.path)
        XCTAssertEqual(plans.map { ($0 as NSString).lastPathComponent }, ["高昌区.txt"])
        XCTAssertEqual(notRead.map(\.format), [.unreadableName])
        XCTAssertTrue(notRead.first?.advice.contains("rename it") == true)
    }

    /// A corpus that keeps its plans beside its taxonomy (no local/): the taxonomy is no folder of
    /// plans not read.
    func testTheMainJobDoesNotListItsTaxonomy() throws {
        let corpus = tmp.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Fixtures.taxonomyFolder), to: corpus.appendingPathComponent("taxonomy"))
        try Data("x".utf8).write(to: corpus.appendingPathComponent("taxonomy/notes.txt"))
        try Fixtures.text("2021-xinjiang-tulufan-gaochang-draft.txt").write(to: corpus.appendingPathComponent("高昌区.txt"), atomically: true, encoding: .utf8)
        let files = Dictionary(try CorpusReport.generate(corpus: corpus.path), uniquingKeysWith: { a, _ in a })
        XCTAssertNotNil(files["check/高昌区.md"])
        XCTAssertFalse(files["README.md"]?.contains("Not read") ?? true, files["README.md"] ?? "")
    }

    /// `check DIR`: the summary, in Markdown and in JSON, names what was not read.
    func testTheBatchSummaryNamesTheFilesItDidNotRead() throws {
        let local = tmp.appendingPathComponent("local")
        let plan = local.appendingPathComponent("高昌区.txt")
        try Fixtures.text("2021-xinjiang-tulufan-gaochang-draft.txt").write(to: plan, atomically: true, encoding: .utf8)
        try Data("x".utf8).write(to: local.appendingPathComponent("表.xlsx"))
        let notRead = PlanFiles.notRead([local.path])
        XCTAssertEqual(notRead.map(\.name), ["表.xlsx"])
        for language in [ReportLanguage.en, .zh] {
            var markdown = ""
            _ = try BatchCheck.run(Pipeline(taxonomyFolder: Fixtures.taxonomyFolder), paths: [plan.path], format: .markdown, language: language,
                                   out: nil, notRead: notRead) { markdown += $0 }
            let listed = MarkdownText.escape(local.appendingPathComponent("表.xlsx").path)
            XCTAssertTrue(markdown.contains(language == .zh ? "- \(listed)：电子表格，本工具不能读取" : "- \(listed): a spreadsheet, which this tool does not read"), markdown)
        }
        var json = ""
        _ = try BatchCheck.run(Pipeline(taxonomyFolder: Fixtures.taxonomyFolder), paths: [plan.path], format: .json, language: .en,
                               out: nil, notRead: notRead) { json += $0 }
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        XCTAssertEqual((object["not_read"] as? [[String: String]])?.first, ["file": local.appendingPathComponent("表.xlsx").path, "format": "spreadsheet"])
        var without = ""
        _ = try BatchCheck.run(Pipeline(taxonomyFolder: Fixtures.taxonomyFolder), paths: [plan.path], format: .json, language: .en, out: nil) { without += $0 }
        XCTAssertNil((try JSONSerialization.jsonObject(with: Data(without.utf8)) as? [String: Any])?["not_read"])
    }

    /// A page a browser saved as one file is refused as such, named by what it is, not checked as a
    /// plan of MIME headers; a text that opens with a label line, or names MIME without being one,
    /// is read.
    func testASingleFilePageIsRefusedByWhatItIs() throws {
        let page = "<html><body><p>一、加强政策解读</p></body></html>"
        let chrome = "From: <Saved by Blink>\r\nSnapshot-Content-Location: http://x.gov.cn/a.html\r\nSubject: =?utf-8?Q?x?=\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"----MultipartBoundary--x\"\r\n\r\n" + page
        let ie = "MIME-Version: 1.0\nContent-Type: multipart/related; boundary=\"x\"\n\n--x\n" + page
        for text in [chrome, ie] {
            XCTAssertTrue(Ingest.isSingleFilePage(Array(text.utf8)))
            XCTAssertThrowsError(try Ingest.readLines(Array(text.utf8), path: "p.mhtml")) { error in
                XCTAssertEqual(error as? InputError, .unreadableFormat(path: "p.mhtml", format: UnreadFile.Format.singleFilePage.english))
            }
        }
        for text in ["说明：MIME-Version: 1.0 multipart/related\n一、加强", "Subject: 要点\nContent-Type: text/plain\n\n一、", "MIME-Version: 1.0\n\nmultipart/related\n"] {
            XCTAssertFalse(Ingest.isSingleFilePage(Array(text.utf8)), text)
        }
    }
}

extension NotReadTests {
    /// A spreadsheet saved as comma-separated values, named on its own, is refused as a spreadsheet
    /// with what to save it as, whatever it holds.
    func testACommaSeparatedFileIsRefusedAsASpreadsheet() throws {
        for name in ["分工表.csv", "TABLE.CSV"] {
            let path = tmp.appendingPathComponent(name).path
            try Data("序号,工作任务,责任单位\n1,做好规划公开,县发改委\n".utf8).write(to: URL(fileURLWithPath: path))
            XCTAssertThrowsError(try Ingest.read(path: path)) { error in
                XCTAssertEqual(error as? InputError, .unreadableFormat(path: path, format: "a spreadsheet"), name)
            }
        }
    }
}
