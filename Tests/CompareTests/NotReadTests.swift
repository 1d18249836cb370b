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
            "odt": .openDocument, "xls": .spreadsheet, "xlsx": .spreadsheet, "et": .spreadsheet, "ett": .spreadsheet,
        ]
        let folder = tmp.appendingPathComponent("local")
        for (ext, _) in kinds {
            for name in ["方案.\(ext)", "B.\(ext.uppercased())"] { try Data("x".utf8).write(to: folder.appendingPathComponent(name)) }
        }
        for other in ["plan.txt", "plan.docx", "page.html", "page.htm", "README.md", ".DS_Store", "notes", "a.zip"] {
            try Data("x".utf8).write(to: folder.appendingPathComponent(other))
        }
        let listed = PlanFiles.notRead(inFolder: folder.path)
        XCTAssertEqual(listed.count, kinds.count * 2)
        XCTAssertEqual(listed.map(\.name), listed.map(\.name).sorted())
        for u in listed {
            let ext = (u.name as NSString).pathExtension.lowercased()
            XCTAssertEqual(u.format, kinds[ext], u.name)
            XCTAssertTrue(u.advice.contains(u.format.english) && u.advice.contains(".docx"), u.advice)
            XCTAssertTrue(u.chineseAdvice.contains(u.format.chinese) && u.chineseAdvice.contains("另存为"), u.chineseAdvice)
        }
        // Given a folder among files: its unread documents; a file named alone is not listed here.
        XCTAssertEqual(PlanFiles.notRead([folder.path, folder.appendingPathComponent("方案.doc").path, "-"]).count, kinds.count * 2)
        XCTAssertEqual(Set(UnreadFile.Format.allCases), Set(kinds.values), "every kind has an extension")
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
            XCTAssertTrue(markdown.contains(language == .zh ? "- 表.xlsx：电子表格，本工具不能读取" : "- 表.xlsx: a spreadsheet, which this tool does not read"), markdown)
        }
        var json = ""
        _ = try BatchCheck.run(Pipeline(taxonomyFolder: Fixtures.taxonomyFolder), paths: [plan.path], format: .json, language: .en,
                               out: nil, notRead: notRead) { json += $0 }
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        XCTAssertEqual((object["not_read"] as? [[String: String]])?.first, ["file": "表.xlsx", "format": "spreadsheet"])
        var without = ""
        _ = try BatchCheck.run(Pipeline(taxonomyFolder: Fixtures.taxonomyFolder), paths: [plan.path], format: .json, language: .en, out: nil) { without += $0 }
        XCTAssertNil((try JSONSerialization.jsonObject(with: Data(without.utf8)) as? [String: Any])?["not_read"])
    }
}
