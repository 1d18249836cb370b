import Foundation
import XCTest
@testable import Compare

/// The Ingest stage (bytes → clean, reflowed lines) and the marker scanner it relies on.
final class IngestTests: XCTestCase {
    // MARK: - Helpers

    /// A short plan in the shape real ones have: title, draft note, part, section, item, unit line.
    /// It holds 一 (U+4E00), whose UTF-16 code unit has a zero low byte, as nearly every plan does.
    static let plan = """
        2021年高昌区政务公开工作要点
        （征求意见稿）
        一、紧扣“十四五”开好局起好步，深化政务公开
        （一）做好各类规划主动公开
        1. 依托政府门户网站主动公开国民经济和社会发展规划纲要。
        牵头单位：区发改委

        """

    static let planLines = [
        "2021年高昌区政务公开工作要点",
        "（征求意见稿）",
        "一、紧扣“十四五”开好局起好步，深化政务公开",
        "（一）做好各类规划主动公开",
        "1.依托政府门户网站主动公开国民经济和社会发展规划纲要。",  // a space next to Chinese text is dropped
        "牵头单位：区发改委",
    ]

    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    private func decode(_ text: String, name: String = "plan.txt") throws -> SourceText {
        try Ingest.decode(bytes: Array(text.utf8), name: name)
    }

    private func texts(_ source: SourceText) -> [String] { source.lines.map(\.text) }

    /// Text and original line span of each line ("3-5 text"), the part of a line later stages use.
    private func spans(_ lines: [SourceLine]) -> [String] { lines.map { "\($0.line)-\($0.lastLine) \($0.text)" } }

    private func utf16Bytes(_ text: String, littleEndian: Bool) -> [UInt8] {
        var bytes: [UInt8] = []
        for unit in text.utf16 {
            let lo = UInt8(unit & 0xFF), hi = UInt8(unit >> 8)
            bytes += littleEndian ? [lo, hi] : [hi, lo]
        }
        return bytes
    }

    private func assertInputError(
        _ expected: InputError, _ body: () throws -> Void,
        instruction: String, file: StaticString = #filePath, line: UInt = #line
    ) {
        XCTAssertThrowsError(try body(), file: file, line: line) { error in
            guard let inputError = error as? InputError else {
                return XCTFail("expected InputError, got \(error)", file: file, line: line)
            }
            XCTAssertEqual(inputError, expected, file: file, line: line)
            let message = inputError.errorDescription ?? ""
            let path: String
            switch inputError {
            case let .notFound(p), let .unreadable(p, _), let .empty(p), let .binary(p, _),
                 let .undecodable(p, _), let .noPlanStructure(p), let .tooLarge(p, _, _),
                 let .unreadableFormat(p, _), let .notWord(p, _), let .damagedWord(p, _), let .noPlansInFolder(p, _, _),
                 let .reportsFolder(p):
                path = p
            }
            XCTAssertTrue(message.hasPrefix(path + ":"), "message should open with the path: \(message)", file: file, line: line)
            XCTAssertTrue(message.contains(instruction), "message should say what to do (\(instruction)): \(message)", file: file, line: line)
            XCTAssertFalse(message.contains("\n"), "message should be one line: \(message)", file: file, line: line)
        }
    }

    /// A plan's name is its path's last component: what Foundation's `lastPathComponent` gives
    /// for every path of up to five pieces from "/", ASCII, ".", an ideograph, a decomposed é and a
    /// space that ends in a name and holds no "//" (Foundation traps on some of those: "a//中");
    /// where slashes repeat or end the path, and where a name opens with a combining mark, the
    /// part after the last slash once trailing slashes are dropped.
    func testFileNameIsTheLastPathComponent() {
        let pieces = ["/", "a", ".", "中", "e\u{301}", " "]
        var (paths, frontier) = ([""], [""])
        for _ in 0..<5 {
            frontier = frontier.flatMap { p in pieces.map { p + $0 } }
            paths += frontier
        }
        var asked = 0
        for path in paths where !path.hasSuffix("/") && !path.contains("//") && !path.isEmpty {
            XCTAssertEqual(Ingest.fileName(path), (path as NSString).lastPathComponent, "«\(path)»")
            asked += 1
        }
        XCTAssertGreaterThan(asked, 5_000)
        // Where Foundation differs: a name opening with a combining mark (Foundation read the slash
        // and the mark as one character, and kept the folder), and a path of two slashes or more.
        XCTAssertEqual(("dir/\u{301}x.txt" as NSString).lastPathComponent, "dir/\u{301}x.txt")
        for (path, name) in [("a//中", "中"), ("//中.txt", "中.txt"), ("dir//计划.txt", "计划.txt"), ("a/b/", "b"), ("a//", "a"), ("/", "/"), ("", ""),
                             ("dir/\u{301}x.txt", "\u{301}x.txt"), ("//", "/"), ("///", "/")] {
            XCTAssertEqual(Ingest.fileName(path), name, "«\(path)»")
        }
    }

    // MARK: - Encodings

    func testUTF8() throws {
        let source = try Ingest.decode(bytes: Array(Self.plan.utf8), name: "plan.txt")
        XCTAssertEqual(source.encoding, .utf8)
        XCTAssertEqual(texts(source), Self.planLines)
        XCTAssertEqual(source.lines.map(\.line), [1, 2, 3, 4, 5, 6])
        XCTAssertEqual(source.name, "plan.txt")
        XCTAssertEqual(source.originalLineCount, 6)
    }

    func testUTF8WithBOM() throws {
        let source = try Ingest.decode(bytes: [0xEF, 0xBB, 0xBF] + Array(Self.plan.utf8), name: "plan.txt")
        XCTAssertEqual(source.encoding, .utf8BOM)
        XCTAssertEqual(texts(source), Self.planLines)
        XCTAssertFalse(source.lines[0].text.unicodeScalars.contains("\u{FEFF}"), "the BOM must not reach the text")
    }

    func testUTF16LEWithBOM() throws {
        let source = try Ingest.decode(bytes: [0xFF, 0xFE] + utf16Bytes(Self.plan, littleEndian: true), name: "plan.txt")
        XCTAssertEqual(source.encoding, .utf16LE)
        XCTAssertEqual(texts(source), Self.planLines)
        XCTAssertEqual(source.lines.map(\.line), [1, 2, 3, 4, 5, 6])
    }

    func testUTF16BEWithBOM() throws {
        let source = try Ingest.decode(bytes: [0xFE, 0xFF] + utf16Bytes(Self.plan, littleEndian: false), name: "plan.txt")
        XCTAssertEqual(source.encoding, .utf16BE)
        XCTAssertEqual(texts(source), Self.planLines)
    }

    func testUTF16LEWithoutBOM() throws {
        // A real plan: mostly ideographs, and 一 (U+4E00) gives a NUL byte on the *even* side too.
        let source = try Ingest.decode(bytes: utf16Bytes(Self.plan, littleEndian: true), name: "plan.txt")
        XCTAssertEqual(source.encoding, .utf16LE)
        XCTAssertEqual(texts(source), Self.planLines)
        XCTAssertEqual(source.lines.map(\.line), [1, 2, 3, 4, 5, 6])
    }

    func testUTF16WithoutBOMWhenNoCodeUnitHasAZeroLowByte() throws {
        // Detection on text with no U+xx00 character (no 一, 开) and much ASCII: both byte orders.
        let text = "2021年政务公示工作要点\n1. 做好各类规划主动公示。\n2. 加强数据互联互通工作。\n"
        let le = try Ingest.decode(bytes: utf16Bytes(text, littleEndian: true), name: "le.txt")
        XCTAssertEqual(le.encoding, .utf16LE)
        XCTAssertEqual(texts(le), ["2021年政务公示工作要点", "1.做好各类规划主动公示。", "2.加强数据互联互通工作。"])
        let be = try Ingest.decode(bytes: utf16Bytes(text, littleEndian: false), name: "be.txt")
        XCTAssertEqual(be.encoding, .utf16BE)
        XCTAssertEqual(texts(be), texts(le))
    }

    func testCorpusPlanAsUTF16LEWithoutBOM() throws {
        // Word's "Unicode text" without its BOM: a whole real plan, mostly ideographs.
        var root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: root.appendingPathComponent("Package.swift").path) {
            XCTAssertNotEqual(root.path, "/", "no Package.swift above \(#filePath)")
            if root.path == "/" { return }
            root.deleteLastPathComponent()
        }
        let url = root.appendingPathComponent("Corpus/local/2021-xinjiang-tulufan-gaochang-draft.txt")
        let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        let reference = try Ingest.decode(bytes: Array(text.utf8), name: "plan.txt")
        let source = try Ingest.decode(bytes: utf16Bytes(text, littleEndian: true), name: "plan.txt")
        XCTAssertEqual(source.encoding, .utf16LE)
        XCTAssertEqual(spans(source.lines), spans(reference.lines))
    }

    func testGB18030() throws {
        let data = try XCTUnwrap(Self.plan.data(using: Self.gb18030), "Foundation cannot encode GB18030 here")
        let bytes = [UInt8](data)
        XCTAssertNil(String(validating: bytes, as: UTF8.self), "the fixture must not be valid UTF-8")
        let source = try Ingest.decode(bytes: bytes, name: "plan.txt")
        XCTAssertEqual(source.encoding, .gb18030)
        XCTAssertEqual(texts(source), Self.planLines)
        XCTAssertEqual(source.lines.map(\.line), [1, 2, 3, 4, 5, 6])
    }

    func testAllEncodingsGiveTheSameLines() throws {
        let gb = try XCTUnwrap(Self.plan.data(using: Self.gb18030))
        let variants: [(String, [UInt8], TextEncoding)] = [
            ("utf8", Array(Self.plan.utf8), .utf8),
            ("utf8bom", [0xEF, 0xBB, 0xBF] + Array(Self.plan.utf8), .utf8BOM),
            ("utf16le-bom", [0xFF, 0xFE] + utf16Bytes(Self.plan, littleEndian: true), .utf16LE),
            ("utf16be-bom", [0xFE, 0xFF] + utf16Bytes(Self.plan, littleEndian: false), .utf16BE),
            ("utf16le", utf16Bytes(Self.plan, littleEndian: true), .utf16LE),
            ("gb18030", [UInt8](gb), .gb18030),
        ]
        let reference = spans(try Ingest.decode(bytes: Array(Self.plan.utf8), name: "x").lines)
        for (label, bytes, encoding) in variants {
            do {
                let source = try Ingest.decode(bytes: bytes, name: label)
                XCTAssertEqual(source.encoding, encoding, label)
                XCTAssertEqual(spans(source.lines), reference, label)
            } catch {
                XCTFail("\(label): \(error.localizedDescription)")
            }
        }
    }

    // MARK: - Line endings

    func testLineEndingsGiveTheSameLinesAndNumbers() throws {
        let lines = ["一、总体要求", "", "（一）做好各类规划主动公开", "1. 依托政府门户网站主动公开规划纲要。", "", "牵头单位：区发改委"]
        let lf = try decode(lines.joined(separator: "\n") + "\n")
        let crlf = try decode(lines.joined(separator: "\r\n") + "\r\n")
        let cr = try decode(lines.joined(separator: "\r") + "\r")
        XCTAssertEqual(texts(lf), ["一、总体要求", "（一）做好各类规划主动公开", "1.依托政府门户网站主动公开规划纲要。", "牵头单位：区发改委"])
        XCTAssertEqual(lf.lines.map(\.line), [1, 3, 4, 6])
        XCTAssertEqual(lf.lines.map(\.lastLine), [1, 3, 4, 6])
        XCTAssertEqual(spans(crlf.lines), spans(lf.lines))
        XCTAssertEqual(spans(cr.lines), spans(lf.lines))
        XCTAssertEqual(lf.originalLineCount, 6)
        XCTAssertEqual(crlf.originalLineCount, 6)
        XCTAssertEqual(cr.originalLineCount, 6)
    }

    func testMixedLineEndingsCountEachBreakOnce() throws {
        let source = try decode("一、总体要求\r\n（一）做好规划公开\r1. 公开规划纲要。\n\r\n牵头单位：区发改委")
        XCTAssertEqual(texts(source), ["一、总体要求", "（一）做好规划公开", "1.公开规划纲要。", "牵头单位：区发改委"])
        XCTAssertEqual(source.lines.map(\.line), [1, 2, 3, 5])
        XCTAssertEqual(source.originalLineCount, 5)
    }

    // MARK: - Debris

    /// The spacing rules, written out here as a table and asked of every kind of neighbour and of
    /// space run, through each walk that applies them: the full cleaning, and the one-pass cut of a
    /// line holding spaces only (`spacesCleaned`). A run stays as one " " only between two narrow
    /// characters; it goes at either end of the line, beside a tab or beside a wide character; a
    /// run of zero-width spaces and byte-order marks goes everywhere.
    func testSpacingRulesForEveryNeighbourAndRun() {
        let neighbours: [(text: String, narrow: Bool)] = [
            ("", false), ("\t", false), ("中", false), ("，", false), ("》", false), ("a", true), ("1", true), ("(", true), ("é", true),
        ]
        let runs: [(text: String, visible: Bool)] = [
            (" ", true), ("   ", true), ("\u{3000}", true), ("\u{A0}", true), ("\u{2003}", true), ("\u{0B}", true),
            (" \u{200B} ", true), ("\u{200B}\u{3000}", true), ("\u{200B}", false), ("\u{FEFF}", false), ("\u{200B}\u{FEFF}", false),
        ]
        var cases = 0
        for left in neighbours {
            for right in neighbours {
                for run in runs {
                    let line = left.text + run.text + right.text
                    let stays = run.visible && left.narrow && right.narrow
                    let expected = left.text + (stays ? " " : "") + right.text
                    let scalars = Array(line.unicodeScalars)
                    XCTAssertEqual(LineCleaner.clean(scalars: scalars), expected, "\(line.debugDescription)")
                    XCTAssertEqual(LineCleaner.clean(scalars: scalars, debris: false), expected, "\(line.debugDescription)")
                    XCTAssertFalse(LineCleaner.isClean(scalars), "\(line.debugDescription) holds a space to clean")
                    let cut = LineCleaner.spacesCleaned(scalars[...], text: line, startByte: 0)
                    XCTAssertEqual(cut?.text, expected, "\(line.debugDescription)")
                    XCTAssertEqual(cut?.scalars, Array(expected.unicodeScalars), "\(line.debugDescription)")
                    cases += 1
                }
            }
        }
        XCTAssertEqual(cases, 9 * 9 * 11)
        // A tab is no space to clean; a line of narrow text and tabs is left as it is.
        XCTAssertTrue(LineCleaner.isClean(Array("a\tb\t中".unicodeScalars)))
    }

    func testWordBookmarkIsRemoved() {
        XCTAssertEqual(LineCleaner.clean("[bookmark: _GoBack]关于印发乌鲁木齐市2018年政务公开工作要点的通知"),
                       "关于印发乌鲁木齐市2018年政务公开工作要点的通知")
    }

    func testHTMLTagsAreRemoved() {
        XCTAssertEqual(LineCleaner.clean("<p>各单位要以习近平新时代中国特色社会主义思想为指导。</p>"),
                       "各单位要以习近平新时代中国特色社会主义思想为指导。")
        XCTAssertEqual(LineCleaner.clean("做好信息公开<br/>工作"), "做好信息公开工作")
        // A block tag stands for a break: ASCII words on either side stay apart.
        XCTAssertEqual(LineCleaner.clean("open<br/>data"), "open data")
        XCTAssertEqual(LineCleaner.clean("<span style=\"color:red\">重点</span>任务"), "重点任务")
        XCTAssertEqual(LineCleaner.clean("<p>10. 重点围绕散发疫情发布权威信息。</p> <p>11. 统一步调对外发声。</p>"),
                       "10.重点围绕散发疫情发布权威信息。11.统一步调对外发声。")
    }

    func testEntitiesAreDecoded() {
        XCTAssertEqual(LineCleaner.clean("发布&nbsp;信息"), "发布信息")
        XCTAssertEqual(LineCleaner.clean("open&nbsp;data"), "open data")
        XCTAssertEqual(LineCleaner.clean("R&amp;D投入"), "R&D投入")
        XCTAssertEqual(LineCleaner.clean("&#x4E00;、总体要求"), "一、总体要求")
        XCTAssertEqual(LineCleaner.clean("&#19968;、总体要求"), "一、总体要求")
        XCTAssertEqual(LineCleaner.clean("&ldquo;十四五&rdquo;规划"), "“十四五”规划")
        // A bare ampersand or an unknown entity is text.
        XCTAssertEqual(LineCleaner.clean("AT&T"), "AT&T")
        XCTAssertEqual(LineCleaner.clean("a &foo; b"), "a &foo; b")
    }

    func testTitleInAngleBracketsIsNotATag() {
        let title = "《关于印发<新疆维吾尔自治区2018年政务公开工作要点>的通知》"
        XCTAssertEqual(LineCleaner.clean(Substring(title)), title)
        let sentence = "自治区人民政府办公厅《关于印发<新疆维吾尔自治区2018年政务公开工作要点>的通知》（新政办发〔2018〕58号）精神"
        XCTAssertEqual(LineCleaner.clean(Substring(sentence)), sentence)
    }

    func testSpacesInsideChineseAreRemovedASCIISpacesAndTabsKept() {
        XCTAssertEqual(LineCleaner.clean("做好 各类规划主 动公开"), "做好各类规划主动公开")
        XCTAssertEqual(LineCleaner.clean("高新区贯彻落实国家和省市 2021 年政务公开 工作要点分工方案"),
                       "高新区贯彻落实国家和省市2021年政务公开工作要点分工方案")
        XCTAssertEqual(LineCleaner.clean("　　一、总体要求　"), "一、总体要求")
        XCTAssertEqual(LineCleaner.clean("政务\u{200B}公开"), "政务公开")
        XCTAssertEqual(LineCleaner.clean("open government   data portal"), "open government data portal")
        XCTAssertEqual(LineCleaner.clean("工作任务\t具体任务\t牵头及责任单位"), "工作任务\t具体任务\t牵头及责任单位")
        XCTAssertEqual(LineCleaner.clean("（一）做好 各类 \t 主动公开 \t"), "（一）做好各类\t主动公开\t")
    }

    func testDebrisIsCleanedThroughIngest() throws {
        let text = "[bookmark: _GoBack]关于印发<新疆维吾尔自治区2018年政务公开工作要点>的通知\n<p>（一）做好 各类规划主 动公开</p>\n"
        let source = try decode(text)
        XCTAssertEqual(texts(source), ["关于印发<新疆维吾尔自治区2018年政务公开工作要点>的通知", "（一）做好各类规划主动公开"])
        XCTAssertEqual(source.lines.map(\.line), [1, 2])
    }

    func testLinesOfOnlyDebrisAreDropped() throws {
        let source = try decode("一、总体要求\n<p></p>\n&nbsp;\n[bookmark: _GoBack]\n\t\n（一）做好规划公开\n")
        XCTAssertEqual(texts(source), ["一、总体要求", "（一）做好规划公开"])
        XCTAssertEqual(source.lines.map(\.line), [1, 6])
    }

    // MARK: - Reflow

    func testSentenceBrokenOverABlankLineIsJoined() throws {
        let text = """
            1. 依托政府门户网站主动公开国民经济和社会发展第十四

            个五年规划纲要、国土空间规划、专项规划和区域规划等,做好历史规划(计划)的归集整理和主动公开工作。

            """
        let source = try decode(text)
        XCTAssertEqual(source.lines.count, 1)
        XCTAssertEqual(source.lines[0].text,
                       "1.依托政府门户网站主动公开国民经济和社会发展第十四个五年规划纲要、国土空间规划、专项规划和区域规划等,做好历史规划(计划)的归集整理和主动公开工作。")
        XCTAssertEqual(source.lines[0].line, 1)
        XCTAssertEqual(source.lines[0].lastLine, 3)
    }

    func testUnitLineEndingInEnumerationCommaJoinsItsContinuation() throws {
        let source = try decode("牵头单位：区发改委\n责任单位：区自然资源局、区住建局、\n区财政局\n")
        XCTAssertEqual(texts(source), ["牵头单位：区发改委", "责任单位：区自然资源局、区住建局、区财政局"])
        XCTAssertEqual(source.lines[1].line, 2)
        XCTAssertEqual(source.lines[1].lastLine, 3)
    }

    func testHeadingIsNotJoinedWithTheNextMarkerLine() throws {
        let source = try decode("一、紧扣“十四五”开好局起好步，深化政务公开\n\n（一）做好各类规划主动公开\n\n1. 依托政府门户网站主动公开规划纲要。\n")
        XCTAssertEqual(texts(source), [
            "一、紧扣“十四五”开好局起好步，深化政务公开",
            "（一）做好各类规划主动公开",
            "1.依托政府门户网站主动公开规划纲要。",
        ])
        XCTAssertEqual(source.lines.map(\.line), [1, 3, 5])
        XCTAssertEqual(source.lines.map(\.lastLine), [1, 3, 5])
    }

    func testTitleIsNotGluedToDraftNoteNorPreamble() throws {
        let text = """
            2021年高昌区政务公开工作要点

            (征求意见稿)

            2021年高昌区政务公开工作的总体要求是：以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大和十九届二中、三中、四中、五中全会精神。

            """
        let source = try decode(text)
        XCTAssertEqual(texts(source), [
            "2021年高昌区政务公开工作要点",
            "(征求意见稿)",
            "2021年高昌区政务公开工作的总体要求是：以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大和十九届二中、三中、四中、五中全会精神。",
        ])
        XCTAssertEqual(source.lines.map(\.line), [1, 3, 5])
    }

    func testTitleIsNotGluedToAFullWidthDraftNoteNorPreamble() throws {
        let source = try decode("2021年静海区政务公开工作要点\n\n（征求意见稿）\n2021年我区政务公开工作的总体要求是:坚持以人民为中心深化政务公开。\n")
        XCTAssertEqual(texts(source), [
            "2021年静海区政务公开工作要点",
            "（征求意见稿）",
            "2021年我区政务公开工作的总体要求是:坚持以人民为中心深化政务公开。",
        ])
    }

    func testTitleIsNotGluedToAPreambleWithoutADraftNote() throws {
        let source = try decode("康巴什区2021年政务公开工作要点\n\n2021年是中国共产党成立100周年，是“十四五”规划开局之年。\n")
        XCTAssertEqual(texts(source), ["康巴什区2021年政务公开工作要点", "2021年是中国共产党成立100周年，是“十四五”规划开局之年。"])
    }

    func testLeadUnitLineIsNotGluedToResponsibleUnitLine() throws {
        let source = try decode("牵头单位:区发改委\n\n责任单位:区自然资源局\n")
        XCTAssertEqual(texts(source), ["牵头单位:区发改委", "责任单位:区自然资源局"])
        XCTAssertEqual(source.lines.map(\.line), [1, 3])
    }

    func testShortDateAndSignatureLinesStayAlone() throws {
        let text = """
            《高新区贯彻落实国家和省市2021年政务公开工作要点分工方案》已经区管委会同意，现印发给你们，请认真贯彻落实。

            珠海高新技术产业开发区党政办公室

            2021年7月26日
            高新区贯彻落实国家和省市2021年政务公开工作要点分工方案

            """
        let source = try decode(text)
        XCTAssertEqual(texts(source), [
            "《高新区贯彻落实国家和省市2021年政务公开工作要点分工方案》已经区管委会同意，现印发给你们，请认真贯彻落实。",
            "珠海高新技术产业开发区党政办公室",
            "2021年7月26日",
            "高新区贯彻落实国家和省市2021年政务公开工作要点分工方案",
        ])
        XCTAssertEqual(source.lines.map(\.line), [1, 3, 5, 6])
    }

    func testTableRowsAreNotJoined() throws {
        let source = try decode("工作任务\t具体任务\t牵头及责任单位\n（一）做好各类规划主动公开\t1. 主动公开规划纲要，做好归集整理、\t区党政办牵头\n")
        XCTAssertEqual(source.lines.count, 2)
        XCTAssertEqual(source.lines.map(\.line), [1, 2])
    }

    // MARK: - Errors

    func testEmptyBytes() {
        assertInputError(.empty(path: "EMPTY.txt"), { _ = try Ingest.decode(bytes: [], name: "EMPTY.txt") },
                         instruction: "Pass the plan itself")
    }

    func testWhitespaceOnlyTextIsEmpty() {
        let bytes = Array(" \n\t\n\r\n　　\n&nbsp;\n<p></p>\n".utf8)
        assertInputError(.empty(path: "/tmp/blank.txt"),
                         { _ = try Ingest.decode(bytes: bytes, name: "blank.txt", path: "/tmp/blank.txt") },
                         instruction: "Pass the plan itself")
    }

    func testBinaryBytes() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]
        assertInputError(.binary(path: "image.txt", offset: 6), { _ = try Ingest.decode(bytes: png, name: "image.txt") },
                         instruction: "Convert it to plain text")
        // A NUL inside otherwise plain UTF-8 text.
        let withNul = Array("一、总体要求\n".utf8) + [0x00, 0x41, 0x42] + Array("\n（一）公开\n".utf8)
        assertInputError(.binary(path: "nul.txt", offset: 19), { _ = try Ingest.decode(bytes: withNul, name: "nul.txt") },
                         instruction: "Convert it to plain text")
        // The same after a byte-order mark, at its offset in the file (a NUL after an attachment's
        // title, searched for in the lines after it, trapped Foundation's search).
        assertInputError(.binary(path: "bom-nul.txt", offset: 22), { _ = try Ingest.decode(bytes: [0xEF, 0xBB, 0xBF] + withNul, name: "bom-nul.txt") },
                         instruction: "Convert it to plain text")
        // Controls a text holds (tab, form feed, escape) pass, with the mark or without.
        for bytes in [Array("一、总体要求\t\u{0C}\u{1B}\n".utf8), [0xEF, 0xBB, 0xBF] + Array("一、总体要求\t\u{0C}\u{1B}\n".utf8)] {
            XCTAssertNoThrow(try Ingest.decode(bytes: bytes, name: "ok.txt"))
        }
    }

    func testBytesThatAreNeitherUTF8NorGB18030() {
        // 0x81 opens a GB18030 pair but 0x20 cannot close it; 0xFF is in no encoding we read.
        assertInputError(.undecodable(path: "bad.txt", line: 1),
                         { _ = try Ingest.decode(bytes: [0x81, 0x20, 0xFF, 0x0A], name: "bad.txt") },
                         instruction: "Save the file again as UTF-8")
        XCTAssertEqual(InputError.undecodable(path: "bad.txt", line: 1).errorDescription?.hasPrefix("bad.txt:1:"), true)
    }

    func testUndecodableReportsTheLineOfTheBadBytes() {
        let bytes = Array("一、总体要求\n（一）做好规划公开\n".utf8) + [0x81, 0x20, 0xFF, 0x0A]
        assertInputError(.undecodable(path: "bad.txt", line: 3),
                         { _ = try Ingest.decode(bytes: bytes, name: "bad.txt") },
                         instruction: "Save the file again as UTF-8")
    }

    func testTruncatedUTF8AfterBOMIsUndecodable() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("一、总体要求\n".utf8) + [0xE4, 0xB8]
        assertInputError(.undecodable(path: "cut.txt", line: 2),
                         { _ = try Ingest.decode(bytes: bytes, name: "cut.txt") },
                         instruction: "Save the file again as UTF-8")
    }

    func testReadMissingPath() {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-\(UUID().uuidString).txt").path
        assertInputError(.notFound(path: path), { _ = try Ingest.read(path: path) }, instruction: "Check the path")
    }

    func testReadFolder() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ingest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        assertInputError(.unreadable(path: dir.path, reason: "it is a folder"), { _ = try Ingest.read(path: dir.path) },
                         instruction: "Check that it is a file")
    }

    func testReadFileUsesTheFileNameAndReportsItsPathOnError() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ingest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let good = dir.appendingPathComponent("good.txt")
        try Data(Self.plan.utf8).write(to: good)
        let source = try Ingest.read(path: good.path)
        XCTAssertEqual(source.name, "good.txt")
        XCTAssertEqual(source.lines.map(\.text), Self.planLines)
        // A name of one ideograph after a doubled slash (Foundation's lastPathComponent trapped).
        let one = dir.appendingPathComponent("中")
        try Data(Self.plan.utf8).write(to: one)
        XCTAssertEqual(try Ingest.read(path: dir.path + "//中").name, "中")
        let empty = dir.appendingPathComponent("EMPTY.txt")
        try Data().write(to: empty)
        assertInputError(.empty(path: empty.path), { _ = try Ingest.read(path: empty.path) }, instruction: "Pass the plan itself")
    }

    func testEveryErrorMessageNamesThePathAndSaysWhatToDo() {
        let cases: [(InputError, String)] = [
            (.notFound(path: "a/x.txt"), "Check the path"),
            (.unreadable(path: "a/x.txt", reason: "it is a folder"), "Check that it is a file"),
            (.empty(path: "a/x.txt"), "Pass the plan itself"),
            (.binary(path: "a/x.txt", offset: 3), "Convert it to plain text"),
            (.undecodable(path: "a/x.txt", line: 7), "Save the file again as UTF-8"),
            (.noPlanStructure(path: "a/x.txt"), "Check that this is a 政务公开工作要点 plan"),
            (.unreadableFormat(path: "a/x.txt", format: "a PDF"), "save it as a Word document (.docx) or as plain text"),
            (.notWord(path: "a/x.txt", what: "an Excel workbook"), "Copy the plan's text into a .docx"),
            (.damagedWord(path: "a/x.txt", reason: "word/document.xml is cut short"), "save it again as .docx"),
        ]
        for (error, instruction) in cases {
            let message = error.errorDescription ?? ""
            XCTAssertTrue(message.hasPrefix("a/x.txt:"), message)
            XCTAssertTrue(message.contains(instruction), message)
            XCTAssertFalse(message.contains("\n"), message)
        }
        XCTAssertTrue(InputError.binary(path: "p", offset: 3).errorDescription!.contains("byte 3"))
        XCTAssertTrue(InputError.undecodable(path: "p", line: 7).errorDescription!.contains("line 7"))
        XCTAssertTrue(InputError.unreadable(path: "p", reason: "it is a folder").errorDescription!.contains("it is a folder"))
    }

    // MARK: - MarkerScanner

    private func assertMarker(
        _ text: String, _ family: Numbering.Family, _ value: Int, raw: String? = nil,
        length: Int? = nil, file: StaticString = #filePath, line: UInt = #line
    ) {
        guard let match = MarkerScanner.leading(text) else {
            return XCTFail("no marker read from \"\(text)\"", file: file, line: line)
        }
        XCTAssertEqual(match.numbering.family, family, text, file: file, line: line)
        XCTAssertEqual(match.numbering.value, value, text, file: file, line: line)
        if let raw { XCTAssertEqual(match.numbering.raw, raw, text, file: file, line: line) }
        if let length { XCTAssertEqual(match.length, length, text, file: file, line: line) }
    }

    func testMarkerFamiliesAndValues() {
        assertMarker("一、总体要求", .cjkComma, 1, raw: "一、", length: 2)
        assertMarker("（一）做好各类规划主动公开", .cjkParen, 1, raw: "（一）", length: 3)
        assertMarker("(一)做好各类规划主动公开", .cjkParen, 1, raw: "(一)")
        assertMarker("( 一 ) 做好各类规划主动公开", .cjkParen, 1, raw: "( 一 )", length: 6)
        assertMarker("1. 依托政府门户网站", .arabicDot, 1, raw: "1.", length: 3)
        assertMarker("1．依托政府门户网站", .arabicDot, 1, raw: "1．", length: 2)
        assertMarker("1、紧扣“十四五”开好局", .arabicComma, 1, raw: "1、")
        assertMarker("（1）全面做好各类规划主动公开", .arabicParen, 1, raw: "（1）")
        assertMarker("(1)全面做好各类规划主动公开", .arabicParen, 1, raw: "(1)")
        assertMarker("①主动公开规划", .circled, 1, raw: "①")
        assertMarker("⑳主动公开规划", .circled, 20)
        assertMarker("⑴主动公开规划", .arabicParen, 1, raw: "⑴")
        assertMarker("⒈主动公开规划", .arabicDot, 1, raw: "⒈")
        assertMarker("１．主动公开规划", .arabicDot, 1, raw: "１．")
        assertMarker("１２．主动公开规划", .arabicDot, 12, raw: "１２．")
        assertMarker("十二、加强组织领导", .cjkComma, 12, raw: "十二、")
        assertMarker("（二十一）加强组织领导", .cjkParen, 21, raw: "（二十一）")
        assertMarker("二十、加强组织领导", .cjkComma, 20)
        assertMarker("14. 综合运用新闻发布会", .arabicDot, 14)
        assertMarker("　　三、围绕政策落地见效", .cjkComma, 3, raw: "三、")
        assertMarker("(四) 做好常态化疫情防控信息公开", .cjkParen, 4)
    }

    func testMarkerOnSubstring() {
        let line = "前缀（三）做好财政信息公开"
        let match = MarkerScanner.leading(line.dropFirst(2))
        XCTAssertEqual(match?.numbering.family, .cjkParen)
        XCTAssertEqual(match?.numbering.value, 3)
    }

    func testNotMarkers() {
        for text in [
            "2021年高昌区政务公开工作要点",
            "12345热线",
            "依托12345等政务服务便民热线",
            "1.5亿元",
            "第6版",
            "一是加强组织领导",
            "十四五",
            "十四五规划开局之年",
            "（试行）",
            "（2020年—2030年）",
            "(征求意见稿)",
            "一、、二",
            "",
            "   ",
        ] {
            XCTAssertNil(MarkerScanner.leading(text), "\"\(text)\" is not a marker")
        }
    }

    /// The first control byte no text file holds, read eight bytes a step: the byte-by-byte
    /// answer, for slices at every start and length up to 47, of bytes drawn from the allowed
    /// controls, the forbidden ones, ASCII around 0x20 and bytes past 0x7F (whose top bit the word
    /// test must not take for a control).
    func testTheFirstControlByteIsFoundAsByteByByte() {
        let alphabet: [UInt8] = [0x00, 0x01, 0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B, 0x1F, 0x20, 0x21, 0x41, 0x7F, 0x80, 0x9F, 0xA0, 0xE4, 0xFF]
        var random = SeededRandom(seed: 0xC0DE)
        var (found, clean) = (0, 0)
        for round in 0..<3_000 {
            let common = round % 3 == 0 ? alphabet : [0x09, 0x0A, 0x20, 0x41, 0xE4, 0xB8, 0x80, 0x00, 0x1F]
            let bytes = (0..<random.next(48)).map { _ in random.next(10) == 0 ? common[random.next(common.count)] : UInt8(0x20 + random.next(0xE0)) }
            let start = bytes.isEmpty ? 0 : random.next(min(bytes.count, 8))
            let slice = bytes[start...]
            let expected = slice.indices.first { i in slice[i] < 0x20 && ![0x09, 0x0A, 0x0C, 0x0D, 0x1B].contains(slice[i]) }
            XCTAssertEqual(Decoder.controlByteOffset(slice), expected, "\(bytes) from \(start)")
            if expected == nil { clean += 1 } else { found += 1 }
        }
        XCTAssertGreaterThan(found, 300)
        XCTAssertGreaterThan(clean, 300)
    }
}
