import Foundation
import XCTest
@testable import Compare

final class MetadataExtractorTests: XCTestCase {
    // MARK: - Helpers

    private static var corpusDirectory: URL {
        // Tests/CompareTests/MetadataExtractorTests.swift → package root → Corpus/local
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Corpus/local")
    }

    /// What ingest does to a line, done here so these tests do not depend on it: debris out,
    /// white space next to Chinese removed, ASCII ( ) : , ; next to Chinese made full-width.
    static func clean(_ raw: Substring) -> String {
        var s: [Unicode.Scalar] = []
        let src = Array(raw.unicodeScalars)
        var i = 0
        while i < src.count {
            let c = src[i]
            if c == "[" || c == "<", let close = src[i...].firstIndex(of: c == "[" ? "]" : ">"),
                src[(i + 1)..<close].allSatisfy({ $0.isASCII }), close > i + 1,
                c == "<" ? (src[i + 1] == "/" || src[i + 1].properties.isAlphabetic) : src[(i + 1)..<close].contains(":")
            {
                i = close + 1
                continue
            }
            s.append(c)
            i += 1
        }
        func wide(_ k: Int) -> Bool { k >= 0 && k < s.count && CJK.isWide(s[k]) }
        var out: [Unicode.Scalar] = []
        var k = 0
        while k < s.count {
            let c = s[k]
            if CJK.isSpace(c) {
                var e = k
                while e < s.count, CJK.isSpace(s[e]) { e += 1 }
                let prev = out.last
                let next: Unicode.Scalar? = e < s.count ? s[e] : nil
                let nextWide = next.map { CJK.isWide($0) || "(),:;".unicodeScalars.contains($0) } ?? true
                let prevWide = prev.map { CJK.isWide($0) || "(),:;".unicodeScalars.contains($0) } ?? true
                if !(prevWide || nextWide) { out.append(" ") }
                k = e
                continue
            }
            let map: [Unicode.Scalar: Unicode.Scalar] = ["(": "（", ")": "）", ":": "：", ",": "，", ";": "；"]
            if let full = map[c], wide(k - 1) || wide(k + 1) {
                out.append(full)
            } else {
                out.append(c)
            }
            k += 1
        }
        return String(String.UnicodeScalarView(out))
    }

    static func sourceLines(_ text: String) -> [SourceLine] {
        var result: [SourceLine] = []
        var number = 0
        for raw in text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let cleaned = clean(raw)
            if cleaned.unicodeScalars.contains(where: { !CJK.isSpace($0) }) {
                result.append(SourceLine(text: cleaned, line: number))
            }
        }
        return result
    }

    /// First numbered line ("一、", "（一）", "1、", "1.") or table row (tabs): where the body begins.
    static func bodyStart(_ lines: [SourceLine]) -> Int {
        for (index, line) in lines.enumerated() {
            let a = Array(line.text.unicodeScalars)
            guard let first = a.first else { continue }
            if line.text.contains("\t") { return index }
            if ChineseNumeral.isNumeralScalar(first) {
                var j = 0
                while j < a.count, ChineseNumeral.isNumeralScalar(a[j]) { j += 1 }
                if j < a.count, a[j] == "、" { return index }
            }
            if first == "（" || first == "(", a.count > 2, ChineseNumeral.isNumeralScalar(a[1]) { return index }
            if CJK.isASCIIDigit(first) {
                var j = 0
                while j < a.count, CJK.isASCIIDigit(a[j]) { j += 1 }
                if j < a.count, "、.．".unicodeScalars.contains(a[j]) { return index }
            }
        }
        return lines.count
    }

    private func plan(_ file: String) throws -> (lines: [SourceLine], bodyStart: Int) {
        let url = Self.corpusDirectory.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        let lines = Self.sourceLines(text)
        return (lines, Self.bodyStart(lines))
    }

    private func extract(_ texts: [String], bodyStart: Int? = nil) -> (metadata: Metadata, titleLine: Int?) {
        let lines = texts.enumerated().map { SourceLine(text: $0.element, line: $0.offset + 1) }
        let reading = MetadataExtractor.extract(lines: lines, bodyStart: bodyStart ?? Self.bodyStart(lines))
        return (reading.metadata, reading.titleLine)
    }

    private func assertCites(_ m: Metadata, _ title: String?, _ number: String?, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertTrue(m.cites.contains(Citation(title: title, number: number)),
                      "missing citation \(title ?? "-") \(number ?? "-") in \(m.cites)", file: file, line: line)
    }

    // MARK: - The five real plans

    func testWulumuqi2018() throws {
        let (lines, body) = try plan("2018-xinjiang-wulumuqi.txt")
        let reading = MetadataExtractor.extract(lines: lines, bodyStart: body)
        let (m, titleLine) = (reading.metadata, reading.titleLine)
        XCTAssertEqual(m.title, "乌鲁木齐市2018年政务公开工作要点")
        XCTAssertEqual(m.locality, "乌鲁木齐市")
        XCTAssertEqual(m.level, .prefecture)
        XCTAssertEqual(m.year, 2018)
        XCTAssertEqual(m.documentNumber, "乌政办〔2018〕158号")
        XCTAssertEqual(m.issuer, "乌鲁木齐市人民政府办公厅")
        XCTAssertEqual(m.date?.iso, "2018-07-12")
        XCTAssertFalse(m.draft)
        let t = try XCTUnwrap(titleLine)
        XCTAssertEqual(lines[t].text, "乌鲁木齐市2018年政务公开工作要点")
        XCTAssertEqual(lines[t].line, 15)
        assertCites(m, "关于印发2018年政务公开工作要点的通知", "国办发〔2018〕23号")
        assertCites(m, "关于印发新疆维吾尔自治区2018年政务公开工作要点的通知", "新政办发〔2018〕58号")
        assertCites(m, "政府网站发展指引", "国办发〔2017〕47号")
        assertCites(m, "国务院办公厅关于做好政府公报工作的通知", "国办发〔2018〕22号")
        assertCites(m, "中华人民共和国政府信息公开条例", nil)
        XCTAssertFalse(m.cites.contains { $0.number == "乌政办〔2018〕158号" }, "own number is not a citation")
        XCTAssertFalse(m.cites.contains { $0.title == "乌鲁木齐市2018年政务公开工作要点" }, "own title is not a citation")
        XCTAssertFalse(m.cites.contains { $0.title == "乌鲁木齐市人民政府公报" }, "a periodical is not a document")
        // First appearance order: the national key points come before the regional ones.
        let national = try XCTUnwrap(m.cites.firstIndex { $0.number == "国办发〔2018〕23号" })
        let regional = try XCTUnwrap(m.cites.firstIndex { $0.number == "新政办发〔2018〕58号" })
        XCTAssertLessThan(national, regional)
    }

    func testKangbashi2021() throws {
        let (lines, body) = try plan("2021-neimenggu-eerduosi-kangbashi.txt")
        let reading = MetadataExtractor.extract(lines: lines, bodyStart: body)
        let (m, titleLine) = (reading.metadata, reading.titleLine)
        XCTAssertEqual(m.title, "康巴什区2021年政务公开工作要点")
        XCTAssertEqual(m.locality, "康巴什区")
        XCTAssertEqual(m.level, .county)
        XCTAssertEqual(m.year, 2021)
        XCTAssertNil(m.documentNumber)
        XCTAssertEqual(m.issuer, "康巴什区政务公开领导小组办公室")
        XCTAssertEqual(m.date?.iso, "2021-07-30")
        XCTAssertFalse(m.draft)
        XCTAssertEqual(titleLine.map { lines[$0].line }, 23)
        assertCites(m, "关于印发地方政府债务信息公开办法（试行）的通知", "财预〔2018〕209号")
        assertCites(m, "政府工作报告", nil)
        XCTAssertFalse(m.cites.contains { $0.title == "康巴什区2021年政务公开工作要点" })
    }

    func testZhuhaiGaoxinqu2021() throws {
        let (lines, body) = try plan("2021-guangdong-zhuhai-gaoxinqu.txt")
        let reading = MetadataExtractor.extract(lines: lines, bodyStart: body)
        let (m, titleLine) = (reading.metadata, reading.titleLine)
        XCTAssertEqual(m.title, "高新区贯彻落实国家和省市2021年政务公开工作要点分工方案")
        XCTAssertEqual(m.locality, "珠海高新技术产业开发区")
        XCTAssertEqual(m.level, .zone)
        XCTAssertEqual(m.year, 2021)
        XCTAssertEqual(m.documentNumber, "珠高办〔2021〕50号")
        XCTAssertEqual(m.issuer, "珠海高新技术产业开发区党政办公室")
        XCTAssertEqual(m.date?.iso, "2021-07-26")
        XCTAssertFalse(m.draft)
        XCTAssertEqual(titleLine.map { lines[$0].line }, 19)
        assertCites(m, nil, "国办公开办函〔2019〕60号")
        assertCites(m, "珠海市政府系统政策解读工作细则（试行）", nil)
        XCTAssertFalse(m.cites.contains { $0.number == "珠高办〔2021〕50号" })
    }

    func testGaochangDraft2021() throws {
        let (lines, body) = try plan("2021-xinjiang-tulufan-gaochang-draft.txt")
        let reading = MetadataExtractor.extract(lines: lines, bodyStart: body)
        let (m, titleLine) = (reading.metadata, reading.titleLine)
        XCTAssertEqual(m.title, "2021年高昌区政务公开工作要点")
        XCTAssertEqual(m.locality, "高昌区")
        XCTAssertEqual(m.level, .county)
        XCTAssertEqual(m.year, 2021)
        XCTAssertNil(m.documentNumber)
        XCTAssertNil(m.issuer)
        XCTAssertNil(m.date)
        XCTAssertTrue(m.draft)
        XCTAssertEqual(titleLine, 0)
        assertCites(m, "国务院办公厅关于印发2021年政务公开工作要点的通知", "国办发〔2021〕12号")
        assertCites(m, "自治区人民政府办公厅关于印发2021年政务公开工作要点的通知", "新政办函〔2021〕93号")
        assertCites(m, "关于规范政府信息公开平台有关事项的通知", "国办公开办函〔2019〕61号")
        assertCites(m, "关于对关于商请明确信息公开申请受理渠道有关问题的函的批复", "国办公开办函〔2017〕19号")
        assertCites(m, "市场准入负面清单", nil)
        // Each document once, in order of first appearance.
        let numbers = m.cites.compactMap(\.number)
        XCTAssertEqual(numbers.count, Set(numbers).count)
        XCTAssertEqual(numbers.first, "国办发〔2021〕12号")
    }

    func testJinghaiDraft2021() throws {
        let (lines, body) = try plan("2021-tianjin-jinghai-draft.txt")
        let reading = MetadataExtractor.extract(lines: lines, bodyStart: body)
        let (m, titleLine) = (reading.metadata, reading.titleLine)
        XCTAssertEqual(m.title, "2021年静海区政务公开工作要点")
        XCTAssertEqual(m.locality, "静海区")
        XCTAssertEqual(m.level, .county)
        XCTAssertEqual(m.year, 2021)
        XCTAssertNil(m.documentNumber)
        XCTAssertNil(m.issuer)
        XCTAssertNil(m.date)
        XCTAssertTrue(m.draft)
        XCTAssertEqual(titleLine, 0)
        assertCites(m, "重大行政决策程序暂行条例", nil)
        assertCites(m, "土地管理法", nil)
    }

    /// A caller that cannot find the body (bodyStart = lines.count) gets the same header facts.
    func testRealPlansWithWholeDocumentAsHeader() throws {
        for file in ["2018-xinjiang-wulumuqi.txt", "2021-guangdong-zhuhai-gaoxinqu.txt", "2021-neimenggu-eerduosi-kangbashi.txt"] {
            let (lines, body) = try plan(file)
            let a = MetadataExtractor.extract(lines: lines, bodyStart: body).metadata
            let b = MetadataExtractor.extract(lines: lines, bodyStart: lines.count).metadata
            XCTAssertEqual(a, b, file)
        }
    }

    // MARK: - Flattened and truncated openings

    func testFlattenedDraftOnOneLine() throws {
        let (lines, _) = try plan("2021-tianjin-jinghai-draft.txt")
        let flat = lines.map(\.text).joined()
        for body in [0, 1] {
            let (m, titleLine) = extract([flat], bodyStart: body)
            XCTAssertEqual(m.title, "2021年静海区政务公开工作要点")
            XCTAssertTrue(m.draft)
            XCTAssertEqual(m.locality, "静海区")
            XCTAssertEqual(m.level, .county)
            XCTAssertEqual(m.year, 2021)
            XCTAssertEqual(titleLine, 0)
            XCTAssertNil(m.issuer)
            XCTAssertNil(m.date)
        }
    }

    func testFlattenedNoticeAndPlanOnOneLine() throws {
        let (lines, _) = try plan("2018-xinjiang-wulumuqi.txt")
        let flat = lines.map(\.text).joined()
        let (m, titleLine) = extract([flat], bodyStart: 1)
        XCTAssertEqual(m.title, "乌鲁木齐市2018年政务公开工作要点")
        XCTAssertEqual(m.documentNumber, "乌政办〔2018〕158号")
        XCTAssertEqual(m.issuer, "乌鲁木齐市人民政府办公厅")
        XCTAssertEqual(m.date?.iso, "2018-07-12")
        XCTAssertEqual(m.level, .prefecture)
        XCTAssertFalse(m.draft)
        XCTAssertEqual(titleLine, 0)
        assertCites(m, "关于印发2018年政务公开工作要点的通知", "国办发〔2018〕23号")
    }

    func testFlattenedWithSpacesAndASCIIPunctuation() {
        let (m, _) = extract(["2020 年 滨海县政务公开工作要点 (征求意见稿) 2020年全县政务公开工作的总体要求是: 以…为指导。一、深化决策公开"], bodyStart: 1)
        XCTAssertEqual(m.title, "2020年滨海县政务公开工作要点")
        XCTAssertTrue(m.draft)
        XCTAssertEqual(m.locality, "滨海县")
        XCTAssertEqual(m.level, .county)
    }

    func testTruncatedAfterWrappedNotice() throws {
        let (lines, _) = try plan("2021-neimenggu-eerduosi-kangbashi.txt")
        // Cut off mid-sentence in the notice body.
        var cut = Array(lines.prefix(5))
        cut[4].text = "经康巴什区人民政府同意，现将"
        let reading = MetadataExtractor.extract(lines: cut, bodyStart: cut.count)
        let (m, titleLine) = (reading.metadata, reading.titleLine)
        XCTAssertEqual(m.title, "康巴什区2021年政务公开工作要点")
        XCTAssertNil(titleLine)
        XCTAssertEqual(m.issuer, "康巴什区政务公开领导小组办公室")
        XCTAssertEqual(m.locality, "康巴什区")
        XCTAssertEqual(m.level, .county)
        XCTAssertEqual(m.year, 2021)
        XCTAssertNil(m.date)
        XCTAssertFalse(m.draft)
    }

    func testTruncatedNoticeWithQuotedTitle() {
        let (m, titleLine) = extract([
            "安吉县人民政府办公室关于印发《安吉县2019年政务公开工作要点》的通知",
            "各乡镇人民政府、街道办事处，县政府各部门、各直属单位：",
            "现将《安吉县2019年政务公开工作要点》印发给你们，请结合实",
        ])
        XCTAssertEqual(m.title, "安吉县2019年政务公开工作要点")
        XCTAssertNil(titleLine)
        XCTAssertEqual(m.issuer, "安吉县人民政府办公室")
        XCTAssertEqual(m.locality, "安吉县")
        XCTAssertEqual(m.level, .county)
        XCTAssertEqual(m.year, 2019)
        XCTAssertTrue(m.cites.isEmpty, "the plan quoting itself is no citation: \(m.cites)")
    }

    func testOnlyNoticeBodyQuotesTheTitle() {
        let (m, titleLine) = extract([
            "各县（市、区）人民政府，市政府各部门：",
            "现将《台州市2020年政务公开工作要点》印发给你们，请认真",
        ])
        XCTAssertEqual(m.title, "台州市2020年政务公开工作要点")
        XCTAssertNil(titleLine)
        XCTAssertEqual(m.locality, "台州市")
        XCTAssertEqual(m.level, .prefecture)
        XCTAssertNil(m.issuer)
    }

    func testNoHeaderAtAll() {
        let (m, titleLine) = extract([
            "一、深化重点领域信息公开",
            "（一）做好财政信息公开。围绕重大决策开展草案公开，按照国办发〔2021〕12号要求推进。",
        ], bodyStart: 0)
        XCTAssertNil(m.title)
        XCTAssertNil(titleLine)
        XCTAssertNil(m.locality)
        XCTAssertNil(m.level)
        XCTAssertNil(m.year)
        XCTAssertNil(m.documentNumber)
        XCTAssertNil(m.issuer)
        XCTAssertNil(m.date)
        XCTAssertFalse(m.draft)
        XCTAssertEqual(m.cites, [Citation(title: nil, number: "国办发〔2021〕12号")])
    }

    func testDegenerateInputsDoNotCrash() {
        XCTAssertNil(MetadataExtractor.extract(lines: [], bodyStart: 0).metadata.title)
        XCTAssertNil(MetadataExtractor.extract(lines: [], bodyStart: 5).titleLine)
        let one = [SourceLine(text: "2021年", line: 1)]
        XCTAssertNil(MetadataExtractor.extract(lines: one, bodyStart: -3).metadata.title)
        XCTAssertNil(MetadataExtractor.extract(lines: one, bodyStart: 99).metadata.year)
        for text in ["《", "〔2021〕", "关于", "文件", "二〇二一年十三月四十日", "乌政办〔2018〕", "（征求意见稿", "令第", "《》", "附件"] {
            _ = extract([text, text + text], bodyStart: 1)
            _ = CitationScanner.citations(in: text)
        }
        // Chinese numeral month/day out of range is no date.
        XCTAssertNil(extract(["某某县人民政府办公室", "二〇二一年十三月四十日"], bodyStart: 2).metadata.date)
    }

    /// Openings cut at every few scalars, kept as lines and flattened: nothing may trap.
    func testTruncatedOpeningsNeverCrash() throws {
        for file in ["2018-xinjiang-wulumuqi.txt", "2021-guangdong-zhuhai-gaoxinqu.txt", "2021-neimenggu-eerduosi-kangbashi.txt",
                     "2021-tianjin-jinghai-draft.txt", "2021-xinjiang-tulufan-gaochang-draft.txt"] {
            let (lines, _) = try plan(file)
            let text = lines.prefix(12).map(\.text).joined(separator: "\n")
            let scalars = Array(text.unicodeScalars)
            var cut = 1
            while cut < scalars.count {
                let opening = String(String.UnicodeScalarView(scalars[0..<cut]))
                let cutLines = opening.split(separator: "\n").enumerated().map { SourceLine(text: String($0.element), line: $0.offset + 1) }
                let r = MetadataExtractor.extract(lines: cutLines, bodyStart: Self.bodyStart(cutLines))
                if let t = r.titleLine { XCTAssertLessThan(t, cutLines.count) }
                let flat = [SourceLine(text: opening.replacingOccurrences(of: "\n", with: ""), line: 1)]
                _ = MetadataExtractor.extract(lines: flat, bodyStart: 1)
                cut += 23
            }
        }
    }

    // MARK: - Header variants

    func testASCIIBracketsInOwnNumber() {
        for spelling in ["青政办发[2020]12号", "青政办发(2020)12号", "青政办发【2020】12 号", "青政办发 〔 2020 〕 12号"] {
            let (m, _) = extract([
                "青州市人民政府办公室文件",
                spelling,
                "关于印发青州市2020年政务公开工作要点的通知",
                "各镇人民政府、街道办事处：",
                "现将《青州市2020年政务公开工作要点》印发给你们，请认真贯彻执行。",
                "青州市人民政府办公室",
                "2020年5月6日",
                "青州市2020年政务公开工作要点",
                "为深入贯彻落实《国务院办公厅关于印发2020年政务公开工作要点的通知》(国办发[2020]17 号)精神，制定本要点。",
                "一、推进决策公开",
            ])
            XCTAssertEqual(m.documentNumber, "青政办发〔2020〕12号", spelling)
            XCTAssertEqual(m.issuer, "青州市人民政府办公室")
            XCTAssertEqual(m.date?.iso, "2020-05-06")
            XCTAssertEqual(m.title, "青州市2020年政务公开工作要点")
            XCTAssertEqual(m.year, 2020)
            XCTAssertEqual(m.cites, [Citation(title: "国务院办公厅关于印发2020年政务公开工作要点的通知", number: "国办发〔2020〕17号")])
        }
    }

    func testChineseNumeralSignatureDate() {
        let (m, _) = extract([
            "中共恩施市委办公室关于印发恩施市2021年政务公开工作要点的通知",
            "各乡镇党委、人民政府：",
            "现将《恩施市2021年政务公开工作要点》印发给你们，请遵照执行。",
            "中共恩施市委办公室",
            "二〇二一年七月三十日",
            "恩施市2021年政务公开工作要点",
            "一、总体要求",
        ])
        XCTAssertEqual(m.date?.iso, "2021-07-30")
        XCTAssertEqual(m.issuer, "中共恩施市委办公室")
        XCTAssertEqual(m.locality, "恩施市")
        let (m2, _) = extract(["恩施市2021年政务公开工作要点", "恩施市人民政府办公室二○二一年十二月三十一日", "一、总体要求"])
        XCTAssertEqual(m2.date?.iso, "2021-12-31")
        XCTAssertEqual(m2.issuer, "恩施市人民政府办公室")
    }

    func testPrintLineIsOnlyAFallbackDate() {
        let lines = ["2019年汕尾市政务公开工作要点", "一、推进决策公开", "（一）做好决策公开。", "汕尾市人民政府办公室 2019年6月3日印发"]
        let (m, _) = extract(lines)
        XCTAssertEqual(m.date?.iso, "2019-06-03")
        XCTAssertNil(m.issuer, "a print line names the printer, not necessarily the issuer")
        let (m2, _) = extract(["汕尾市人民政府办公室", "2019年5月30日"] + lines)
        XCTAssertEqual(m2.date?.iso, "2019-05-30")
        XCTAssertEqual(m2.issuer, "汕尾市人民政府办公室")
    }

    func testWrappedTitleAndSpacedRedHeader() {
        let (m, titleLine) = extract([
            "宁波市鄞州区人民政府办公室",
            "文  件",
            "鄞政办发〔2020〕31号",
            "宁波市鄞州区2020年政务公开",
            "工作要点",
            "为进一步推进政务公开，制定本要点。",
            "一、总体要求",
        ].map { $0.replacingOccurrences(of: "  ", with: "") })
        XCTAssertEqual(m.title, "宁波市鄞州区2020年政务公开工作要点")
        XCTAssertEqual(titleLine, 4)
        XCTAssertEqual(m.issuer, "宁波市鄞州区人民政府办公室")
        XCTAssertEqual(m.locality, "宁波市鄞州区")
        XCTAssertEqual(m.level, .county, "the last unit counts")
        XCTAssertEqual(m.documentNumber, "鄞政办发〔2020〕31号")
    }

    func testRawLinesWithStraySpaces() {
        let (m, titleLine) = extract(["  2021 年 高昌区政务公开工作要点 ", "(征求意见稿)", "2021年高昌区政务公开工作的总体要求是:以…为指导。", "一、 紧扣“十四五”"])
        XCTAssertEqual(m.title, "2021年高昌区政务公开工作要点")
        XCTAssertTrue(m.draft)
        XCTAssertEqual(titleLine, 0)
    }

    func testDraftMarkerInsideTitleLine() {
        let (m, _) = extract(["丽水市2021年政务公开工作要点（送审稿）", "一、总体要求"])
        XCTAssertEqual(m.title, "丽水市2021年政务公开工作要点")
        XCTAssertTrue(m.draft)
    }

    func testDraftWordInBodyIsNoDraft() {
        let (m, _) = extract([
            "2021年静海区政务公开工作要点",
            "围绕重大决策开展草案公开，做好讨论稿和送审稿意见收集。",
            "一、围绕重大决策开展草案公开",
            "（一）重大决策草案公开征求意见。",
        ])
        XCTAssertEqual(m.title, "2021年静海区政务公开工作要点")
        XCTAssertFalse(m.draft)
    }

    func testIssuerPlaceExpandsAbbreviatedTitlePlace() {
        let (m, _) = extract([
            "珠海高新技术产业开发区党政办公室文件",
            "珠高办〔2021〕50号",
            "高新区2021年政务公开工作要点",
            "一、总体要求",
        ])
        XCTAssertEqual(m.locality, "珠海高新技术产业开发区")
        XCTAssertEqual(m.level, .zone)
        // A different place in the issuer is not taken.
        let (m2, _) = extract(["天津市人民政府办公厅文件", "津政办发〔2021〕3号", "静海区2021年政务公开工作要点", "一、总体要求"])
        XCTAssertEqual(m2.locality, "静海区")
    }

    func testNoticeTitleFollowedByItsNumber() {
        for notice in ["杭州市人民政府办公厅关于印发杭州市2019年政务公开工作要点的通知（杭政办函〔2019〕40号）",
                       "杭州市人民政府办公厅关于印发杭州市2019年政务公开工作要点的通知 杭政办函〔2019〕40号"] {
            let (m, titleLine) = extract([notice, "各区、县（市）人民政府，市政府各部门、各直属单位：", "现将《杭州市2019年政务", "一、总体要求"])
            XCTAssertEqual(m.documentNumber, "杭政办函〔2019〕40号", notice)
            XCTAssertEqual(m.issuer, "杭州市人民政府办公厅")
            XCTAssertEqual(m.title, "杭州市2019年政务公开工作要点")
            XCTAssertNil(titleLine)
            XCTAssertTrue(m.cites.isEmpty, "\(m.cites)")
        }
    }

    func testWebPageMetadataFields() {
        let (m, _) = extract([
            "索引号：113302000025000000/2020-00123 发布机构：宁波市人民政府办公厅 发文字号：甬政办发〔2020〕45号",
            "成文日期：2020-06-18 公开方式：主动公开",
            "标题：宁波市2020年政务公开工作要点",
            "为深入贯彻落实党中央、国务院决策部署，制定本要点。",
            "一、总体要求",
        ].map { $0.replacingOccurrences(of: " ", with: "") })
        XCTAssertEqual(m.documentNumber, "甬政办发〔2020〕45号")
        XCTAssertEqual(m.issuer, "宁波市人民政府办公厅")
        XCTAssertEqual(m.date?.iso, "2020-06-18")
        XCTAssertEqual(m.title, "宁波市2020年政务公开工作要点")
        XCTAssertEqual(m.level, .prefecture)
    }

    func testDraftPutOutForComment() {
        let (m, titleLine) = extract([
            "关于公开征求《温州市2022年政务公开工作要点（征求意见稿）》意见的公告",
            "为广泛听取社会各界意见，现将有关情况公告如下：",
        ])
        XCTAssertEqual(m.title, "温州市2022年政务公开工作要点")
        XCTAssertTrue(m.draft)
        XCTAssertNil(titleLine)
        XCTAssertEqual(m.year, 2022)
    }

    func testTitleWithClosingNote() {
        let (m, titleLine) = extract(["台州市2016年政府信息公开工作要点（试行）", "一、总体要求"])
        XCTAssertEqual(m.title, "台州市2016年政府信息公开工作要点（试行）")
        XCTAssertEqual(titleLine, 0)
        XCTAssertEqual(m.locality, "台州市")
        XCTAssertFalse(m.draft)
    }

    func testOrganAboveTitleStaysOutOfTitle() {
        let (m, titleLine) = extract(["舟山市普陀区人民政府办公室", "2021年普陀区政务公开工作要点", "一、总体要求"])
        XCTAssertEqual(m.title, "2021年普陀区政务公开工作要点")
        XCTAssertEqual(titleLine, 1)
        XCTAssertEqual(m.locality, "普陀区")
    }

    func testRedHeaderWithoutTheWordFile() {
        let (m, _) = extract(["磐安县人民政府办公室", "磐政办〔2020〕12号", "关于印发磐安县2020年政务公开工作要点", "的通知", "各乡镇人民政府：", "一、总体要求"])
        XCTAssertEqual(m.issuer, "磐安县人民政府办公室")
        XCTAssertEqual(m.documentNumber, "磐政办〔2020〕12号")
        XCTAssertEqual(m.title, "磐安县2020年政务公开工作要点")
    }

    func testPlaceNamesWithUnitCharacters() {
        let cases: [(String, String, Metadata.Level)] = [
            ("郑州航空港经济综合实验区2019年政务公开工作要点", "郑州航空港经济综合实验区", .zone),
            ("济南市市中区2019年政务公开工作要点", "济南市市中区", .county),
            ("荆州市沙市区2019年政务公开工作要点", "荆州市沙市区", .county),
            ("苏州工业园区2019年政务公开工作要点", "苏州工业园区", .zone),
            ("贵州省2019年政务公开工作要点", "贵州省", .province),
        ]
        for (title, place, level) in cases {
            let (m, _) = extract([title, "一、总体要求"])
            XCTAssertEqual(m.locality, place, title)
            XCTAssertEqual(m.level, level, title)
        }
        XCTAssertEqual(MetadataExtractor.adminChain(Array("杭州市城市管理局".unicodeScalars)), "杭州市")
        XCTAssertEqual(MetadataExtractor.adminChain(Array("杭州市市场监督管理局".unicodeScalars)), "杭州市")
        XCTAssertNil(MetadataExtractor.adminChain(Array("市场监督管理局".unicodeScalars)))
    }

    // MARK: - Levels

    func testLevels() {
        let cases: [(String, String, Metadata.Level, Int)] = [
            ("浙江省2020年政务公开工作要点", "浙江省", .province, 2020),
            ("内蒙古自治区2021年政务公开工作要点", "内蒙古自治区", .province, 2021),
            ("北京市2019年政务公开工作要点", "北京市", .province, 2019),
            ("天津市静海区2021年政务公开工作要点", "天津市静海区", .county, 2021),
            ("安吉县2019年政务公开工作要点", "安吉县", .county, 2019),
            ("鄂托克前旗2020年政务公开工作要点", "鄂托克前旗", .county, 2020),
            ("青岛经济技术开发区2021年政务公开工作要点", "青岛经济技术开发区", .zone, 2021),
            ("雄安新区2022年政务公开工作要点", "雄安新区", .zone, 2022),
            ("恩施土家族苗族自治州2020年政务公开工作要点", "恩施土家族苗族自治州", .prefecture, 2020),
            ("杭州市2018年政务公开工作要点", "杭州市", .prefecture, 2018),
            ("锡林郭勒盟2017年政务公开工作要点", "锡林郭勒盟", .prefecture, 2017),
            ("喀什地区2016年政务公开工作要点", "喀什地区", .prefecture, 2016),
            ("恩施州恩施市2019年政务公开工作要点", "恩施州恩施市", .county, 2019),
            ("2023年广州市海珠区政务公开工作要点", "广州市海珠区", .county, 2023),
            ("长沙县贯彻落实2024年政务公开工作要点实施方案", "长沙县", .county, 2024),
        ]
        for (title, place, level, year) in cases {
            let (m, titleLine) = extract([title, "一、总体要求"])
            XCTAssertEqual(m.title, title)
            XCTAssertEqual(titleLine, 0)
            XCTAssertEqual(m.locality, place, title)
            XCTAssertEqual(m.level, level, title)
            XCTAssertEqual(m.year, year, title)
        }
    }

    func testCountyLevelCityStatedInHeader() {
        let (m, _) = extract(["义乌市（县级市）2021年政务公开工作要点", "一、总体要求"])
        XCTAssertEqual(m.locality, "义乌市")
        XCTAssertEqual(m.level, .county)
    }

    func testYearFallsBackToNumberThenDate() {
        let (m, _) = extract(["某某县人民政府办公室文件", "某政办〔2019〕8号", "关于印发某某县政务公开工作要点的通知", "一、总体要求"])
        XCTAssertEqual(m.title, "某某县政务公开工作要点")
        XCTAssertEqual(m.year, 2019)
        let (m2, _) = extract(["某某县政务公开工作要点", "某某县人民政府办公室", "2017年3月2日", "一、总体要求"])
        XCTAssertEqual(m2.year, 2017)
    }

    // MARK: - Citations

    func testCitationNumberSpellings() {
        let text = "根据国办发〔2021〕12 号、国办发[2021]12号和国办发（2021）12号以及国办发(2021)12号文件精神"
        XCTAssertEqual(CitationScanner.citations(in: text), [Citation(title: nil, number: "国办发〔2021〕12号")])
    }

    func testCitationTitleWithNumberAndInnerQuotes() {
        let text = "根据《国务院办公厅〈关于印发 2021 年政务公开工作要点〉的通知》(国办发〔2021〕12 号) 、国务院办公厅《关于印发2018年政务公开工作要点的通知》（国办发〔2018〕23号）和《关于印发<新疆维吾尔自治区2018年政务公开工作要点>的通知》（新政办发〔2018〕58号）"
        XCTAssertEqual(CitationScanner.citations(in: text), [
            Citation(title: "国务院办公厅关于印发2021年政务公开工作要点的通知", number: "国办发〔2021〕12号"),
            Citation(title: "关于印发2018年政务公开工作要点的通知", number: "国办发〔2018〕23号"),
            Citation(title: "关于印发新疆维吾尔自治区2018年政务公开工作要点的通知", number: "新政办发〔2018〕58号"),
        ])
    }

    func testBareNumberIssuerCodeIsCutFromRunningText() {
        XCTAssertEqual(CitationScanner.citations(in: "各行政机关要严格落实国办公开办函〔2019〕60号文件要求，规范年报。"),
                       [Citation(title: nil, number: "国办公开办函〔2019〕60号")])
        XCTAssertEqual(CitationScanner.citations(in: "按照省政府办公厅粤府办〔2021〕5号要求"),
                       [Citation(title: nil, number: "粤府办〔2021〕5号")])
    }

    func testCitationTitlesWithoutNumber() {
        let text = "贯彻《中华人民共和国政府信息公开条例》和《土地管理法》，办好《人民日报》专栏与《今日关注》，落实《政府工作报告》，依照《珠海市政府系统政策解读工作细则（试行）》。再次落实《中华人民共和国政府信息公开条例》。"
        XCTAssertEqual(CitationScanner.citations(in: text), [
            Citation(title: "中华人民共和国政府信息公开条例", number: nil),
            Citation(title: "土地管理法", number: nil),
            Citation(title: "政府工作报告", number: nil),
            Citation(title: "珠海市政府系统政策解读工作细则（试行）", number: nil),
        ])
    }

    func testCitationMergesTitleAndBareNumber() {
        let text = "落实国办发〔2019〕14号精神。按照《关于做好政府信息公开工作的通知》（国办发〔2019〕14号）要求，落实《关于做好政府信息公开工作的通知》。"
        XCTAssertEqual(CitationScanner.citations(in: text), [Citation(title: "关于做好政府信息公开工作的通知", number: "国办发〔2019〕14号")])
    }

    /// The merging above holds at every count of citations, on both sides of the count where the
    /// scanner's key table turns from a scan into a dictionary: each title first bare, then with its
    /// number, then repeated, stays one citation, in first-seen order.
    func testCitationMergingHoldsAtEveryCount() {
        for count in [1, 2, CitationScanner.KeyTable.scanned - 1, CitationScanner.KeyTable.scanned,
                      CitationScanner.KeyTable.scanned + 1, 3 * CitationScanner.KeyTable.scanned] {
            var text = ""
            for k in 1...count { text += "落实《关于第\(k)项工作的通知》。" }
            for k in 1...count { text += "按照《关于第\(k)项工作的通知》（政办发〔2021〕\(k)号）。" }
            for k in (1...count).reversed() { text += "落实政办发〔2021〕\(k)号和《关于第\(k)项工作的通知》。" }
            let expected = (1...count).map { Citation(title: "关于第\($0)项工作的通知", number: "政办发〔2021〕\($0)号") }
            XCTAssertEqual(CitationScanner.citations(in: text), expected, "\(count) citations")
        }
    }

    func testDecreeNumberAndTitleSpanningLines() {
        let text = "依据《新疆维吾尔自治区实施〈政府信息公开条例〉办法》（自治区人民政府令第152号）和《关于全面推进基层政务公开标准化规范化工\n作的通知》(吐政办函〔2020〕78号)"
        XCTAssertEqual(CitationScanner.citations(in: text), [
            Citation(title: "新疆维吾尔自治区实施政府信息公开条例办法", number: "自治区人民政府令第152号"),
            Citation(title: "关于全面推进基层政务公开标准化规范化工作的通知", number: "吐政办函〔2020〕78号"),
        ])
    }

    func testOwnNumberExcludedFromCites() {
        let (m, _) = extract([
            "乌鲁木齐市人民政府办公厅文件",
            "乌政办〔2018〕158号",
            "乌鲁木齐市2018年政务公开工作要点",
            "按照乌政办〔2018〕158号和乌政办〔2018〕149号要求，制定本要点。",
            "一、总体要求",
        ])
        XCTAssertEqual(m.documentNumber, "乌政办〔2018〕158号")
        XCTAssertEqual(m.cites, [Citation(title: nil, number: "乌政办〔2018〕149号")])
    }
}
