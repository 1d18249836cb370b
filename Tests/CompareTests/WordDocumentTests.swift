import Foundation
import XCTest
@testable import Compare

/// .docx input: the DEFLATE decoder, the zip reader, automatic numbering and tables, and every
/// corpus plan rebuilt as a Word file reading exactly as its text does.
final class WordDocumentTests: XCTestCase {
    private func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }

    // MARK: DEFLATE

    /// Inputs whose compression exercises every path: nothing, one byte, long runs (copies that
    /// overlap what they write), text that repeats far back, Chinese text, and noise.
    private var samples: [[UInt8]] {
        var noise: [UInt8] = []
        var x: UInt32 = 12345
        for _ in 0..<70_000 {
            x = x &* 1_103_515_245 &+ 12345
            noise.append(UInt8(x >> 24))
        }
        let plan = (try? Fixtures.bytes("2021-guangdong-zhuhai-gaoxinqu.txt")) ?? []
        return [[], [65], [UInt8](repeating: 0, count: 1_000), bytes(String(repeating: "政务公开", count: 5_000)),
                bytes("abcabcabcabcabcd"), noise, plan, plan + noise + plan]
    }

    func testInflateUndoesFixedHuffmanAndStoredBlocks() throws {
        for data in samples {
            XCTAssertEqual(try Inflate.inflate(DocxBuilder.deflateFixed(data)[...], limit: 1 << 24), data, "fixed, \(data.count) bytes")
            XCTAssertEqual(try Inflate.inflate(DocxBuilder.deflateStored(data)[...], limit: 1 << 24), data, "stored, \(data.count) bytes")
        }
    }

    /// Dynamic Huffman blocks as zlib writes them (Word and WPS use zlib): a corpus plan
    /// compressed by Python's `zlib.compressobj(level, DEFLATED, -15)` at levels 9 and 1.
    func testInflateReadsZlibDynamicBlocks() throws {
        let plan = try Fixtures.bytes("2021-guangdong-zhuhai-gaoxinqu.txt")
        for level in [9, 1] {
            let url = Fixtures.root.appendingPathComponent("Tests/CompareTests/Fixtures/2021-guangdong-zhuhai-gaoxinqu.txt.zlib\(level).deflate")
            let packed = [UInt8](try Data(contentsOf: url))
            XCTAssertEqual(packed.first.map { $0 >> 1 & 3 }, 2, "the fixture's first block is dynamic")
            XCTAssertEqual(try Inflate.inflate(packed[...], limit: 1 << 24), plan, "level \(level)")
        }
    }

    /// Every cut of a stream and a flipped bit anywhere in it ends in a result or a `Failure`,
    /// never a trap, and never more than the limit.
    func testDamagedStreamsFailCleanly() throws {
        let plan = try Fixtures.bytes("2021-guangdong-zhuhai-gaoxinqu.txt")
        let url = Fixtures.root.appendingPathComponent("Tests/CompareTests/Fixtures/2021-guangdong-zhuhai-gaoxinqu.txt.zlib9.deflate")
        let packed = [UInt8](try Data(contentsOf: url))
        for cut in stride(from: 0, to: packed.count - 1, by: 7) {
            XCTAssertThrowsError(try Inflate.inflate(packed[0..<cut], limit: 1 << 24), "cut at \(cut)")
        }
        // Every bit of the block header and its code tables (the first 128 bytes), one bit of
        // every 37th byte after.
        for byte in Array(0..<128) + Array(stride(from: 128, to: packed.count, by: 37)) {
            for bit in byte < 128 ? Array(0..<8) : [byte % 8] {
                var damaged = packed
                damaged[byte] ^= 1 << bit
                if let out = try? Inflate.inflate(damaged[...], limit: plan.count * 2) {
                    XCTAssertLessThanOrEqual(out.count, plan.count * 2)
                }
            }
        }
        XCTAssertThrowsError(try Inflate.inflate([0x07][...], limit: 100)) { XCTAssertEqual($0 as? Inflate.Failure, .invalid("block type 3")) }
    }

    func testALimitStopsABomb() {
        let bomb = DocxBuilder.deflateFixed([UInt8](repeating: 0, count: 100_000))
        XCTAssertLessThan(bomb.count, 2_000)
        XCTAssertThrowsError(try Inflate.inflate(bomb[...], limit: 10_000)) { XCTAssertEqual($0 as? Inflate.Failure, .tooLarge) }
    }

    // MARK: Zip

    func testZipEntriesReadStoredAndDeflated() throws {
        for packing in [DocxBuilder.Packing.stored, .fixedHuffman, .storedBlocks] {
            let archive = try ZipArchive(DocxBuilder.zip([("a.txt", bytes("一")), ("b/c.xml", bytes(String(repeating: "<x/>", count: 500)))], packing: packing))
            XCTAssertEqual(archive.entries.map(\.name), ["a.txt", "b/c.xml"])
            XCTAssertEqual(try archive.data("a.txt", limit: 100), bytes("一"))
            XCTAssertEqual(try archive.data("b/c.xml", limit: 10_000), bytes(String(repeating: "<x/>", count: 500)))
            XCTAssertNil(try archive.data("missing", limit: 100))
            XCTAssertThrowsError(try archive.data("b/c.xml", limit: 100)) { XCTAssertEqual($0 as? ZipArchive.Failure, .tooLarge("b/c.xml")) }
        }
    }

    /// Every cut of an archive is refused or read, never a trap.
    func testCutArchivesFailCleanly() {
        let docx = DocxBuilder.docx(body: [DocxBuilder.paragraph("一、总体要求")])
        for cut in 0..<docx.count {
            _ = try? WordDocument.lines(Array(docx[0..<cut]))
        }
        XCTAssertThrowsError(try WordDocument.lines(Array(docx.dropLast(30)))) { error in
            guard case .damaged? = error as? WordDocument.Failure else { return XCTFail("\(error)") }
        }
    }

    // MARK: Numbering

    /// Word's layout of a plan's outline: one abstract definition, 一、 （一） 1. （1） as its levels.
    static let outlineLevels: [DocxBuilder.Level] = [
        .init(format: "chineseCounting", text: "%1、", suffix: "nothing"),
        .init(format: "chineseCounting", text: "（%2）", suffix: "nothing"),
        .init(format: "decimal", text: "%3.", suffix: "nothing"),
        .init(format: "decimal", text: "（%4）", suffix: "nothing"),
    ]

    func testWordStyleNumberingCountsRestartsAndNests() throws {
        let body = [
            DocxBuilder.paragraph("总体要求", list: 1, level: 0),
            DocxBuilder.paragraph("重点任务", list: 1, level: 0),
            DocxBuilder.paragraph("推进决策公开", list: 1, level: 1),
            DocxBuilder.paragraph("做好规划公开", list: 1, level: 2),
            DocxBuilder.paragraph("做好政策解读", list: 1, level: 2),
            DocxBuilder.paragraph("细化解读方式", list: 1, level: 3),
            DocxBuilder.paragraph("推进执行公开", list: 1, level: 1),
            DocxBuilder.paragraph("公开督查结果", list: 1, level: 2),
            DocxBuilder.paragraph("未编号的说明段落。"),
            DocxBuilder.paragraph("", list: 1, level: 2),
            DocxBuilder.paragraph("保障措施", list: 1, level: 0),
        ]
        let numbering = DocxBuilder.numbering(abstracts: [0: Self.outlineLevels], lists: [(1, 0, [:])])
        let lines = try WordDocument.lines(DocxBuilder.docx(body: body, numbering: numbering))
        XCTAssertEqual(lines, [
            "一、总体要求", "二、重点任务", "（一）推进决策公开", "1.做好规划公开", "2.做好政策解读", "（1）细化解读方式",
            "（二）推进执行公开", "1.公开督查结果", "未编号的说明段落。", "", "三、保障措施",
        ], "an empty numbered paragraph is counted, as Word shows its number, but writes no label")
    }

    /// WPS writes each level as a list of its own; lists sharing a definition share its count,
    /// a `startOverride` restarts it, and a style can carry the numbering.
    func testWPSStyleListsOverridesAndStyles() throws {
        let numbering = DocxBuilder.numbering(
            abstracts: [
                0: [.init(format: "chineseCounting", text: "%1、", suffix: "nothing")],
                1: [.init(format: "chineseCounting", text: "（%1）", suffix: "nothing")],
                2: [.init(format: "decimal", text: "%1.", start: 1, suffix: "tab")],
            ],
            lists: [(1, 0, [:]), (2, 1, [:]), (3, 2, [:]), (4, 2, [0: 1]), (5, 1, [:])])
        let styles = DocxBuilder.styles(["Heading1": (1, 0)])
        let body = [
            DocxBuilder.paragraph("总体要求", style: "Heading1"),
            DocxBuilder.paragraph("主要任务", style: "Heading1"),
            DocxBuilder.paragraph("决策公开", list: 2),
            DocxBuilder.paragraph("第一项", list: 3),
            DocxBuilder.paragraph("第二项", list: 3),
            DocxBuilder.paragraph("执行公开", list: 5),
            DocxBuilder.paragraph("重新编号", list: 4),
            DocxBuilder.paragraph("接着编号", list: 4),
            DocxBuilder.paragraph("不编号", list: 0),
        ]
        let lines = try WordDocument.lines(DocxBuilder.docx(body: body, numbering: numbering, styles: styles, packing: .stored))
        XCTAssertEqual(lines, ["一、总体要求", "二、主要任务", "（一）决策公开", "1.第一项", "2.第二项", "（二）执行公开", "1.重新编号", "2.接着编号", "不编号"])
    }

    func testEveryNumberFormatPlansUse() {
        let cases: [(String, Int, String)] = [
            ("decimal", 12, "12"), ("chineseCounting", 1, "一"), ("chineseCounting", 10, "十"), ("chineseCounting", 11, "十一"),
            ("chineseCounting", 20, "二十"), ("chineseCounting", 21, "二十一"), ("chineseCountingThousand", 105, "一百零五"),
            ("chineseLegalSimplified", 3, "叁"), ("chineseLegalSimplified", 12, "拾贰"), ("ideographDigital", 10, "一〇"),
            ("ideographTraditional", 1, "甲"), ("ideographTraditional", 10, "癸"), ("ideographZodiac", 12, "亥"),
            ("decimalEnclosedCircle", 1, "①"), ("decimalEnclosedCircle", 20, "⑳"), ("decimalEnclosedCircle", 21, "21"),
            ("decimalEnclosedParen", 2, "⑵"), ("decimalEnclosedFullstop", 3, "⒊"), ("decimalFullWidth", 15, "１５"),
            ("decimalZero", 7, "07"), ("upperLetter", 27, "AA"), ("lowerLetter", 2, "b"), ("upperRoman", 14, "XIV"),
            ("lowerRoman", 4, "iv"), ("somethingNew", 5, "5"),
        ]
        for (format, n, expected) in cases {
            XCTAssertEqual(WordNumbering.format(n, format), expected, "\(format) \(n)")
        }
    }

    /// Starts past what a list can show (the largest and smallest 64-bit integers, as a level's
    /// start and as a list's override) are read at Word's bounds, 0 and 32,767, and counted on from
    /// there, in every number format; a label past `longestLabel` (a letter label of 32,767, a level
    /// text of a thousand "%1") is left off and its paragraph read unnumbered. Each of these
    /// trapped (an overflow, or a label petabytes long).
    func testStartsAndLabelsPastWhatAListCanShowAreBounded() throws {
        let formats = ["decimal", "chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "ideographDigital",
                       "ideographTraditional", "ideographZodiac", "decimalEnclosedCircle", "decimalEnclosedParen", "decimalEnclosedFullstop",
                       "decimalFullWidth", "decimalZero", "upperLetter", "lowerLetter", "upperRoman", "lowerRoman", "somethingNew"]
        func label(_ n: Int, _ format: String) -> String {
            guard let l = WordNumbering.format(n, format, longest: WordNumbering.longestLabel) else { return "" }
            return l + "、"
        }
        var read = 0
        for format in formats {
            for (start, override, first) in [(Int.max, nil, 32_767), (Int.min, nil, 0), (1, Int.min, 0), (1, Int.max, 32_767)] as [(Int, Int?, Int)] {
                let numbering = DocxBuilder.numbering(abstracts: [0: [.init(format: format, text: "%1、", start: start, suffix: "nothing")]],
                                                      lists: [(1, 0, override.map { [0: $0] } ?? [:])])
                let body = [DocxBuilder.paragraph("总体要求", list: 1, level: 0), DocxBuilder.paragraph("重点任务", list: 1, level: 0)]
                let lines = try WordDocument.lines(DocxBuilder.docx(body: body, numbering: numbering))
                XCTAssertEqual(lines, [label(first, format) + "总体要求", label(first + 1, format) + "重点任务"], "\(format) \(start) \(override ?? 0)")
                read += 1
            }
        }
        XCTAssertEqual(read, formats.count * 4)
        XCTAssertNil(WordNumbering.format(32_767, "lowerLetter", longest: WordNumbering.longestLabel))
        XCTAssertEqual(WordNumbering.format(27, "lowerLetter", longest: WordNumbering.longestLabel), "aa")
        // A level text of a thousand "%1", and one just within the bound.
        for (copies, numbered) in [(1_000, false), (WordNumbering.longestLabel / 2, true)] {
            let numbering = DocxBuilder.numbering(abstracts: [0: [.init(format: "decimal", text: String(repeating: "%1", count: copies), suffix: "nothing")]],
                                                  lists: [(1, 0, [:])])
            let lines = try WordDocument.lines(DocxBuilder.docx(body: [DocxBuilder.paragraph("总体要求", list: 1, level: 0)], numbering: numbering))
            XCTAssertEqual(lines, [(numbered ? String(repeating: "1", count: copies) : "") + "总体要求"], "\(copies)")
        }
    }

    func testDottedLabelsKeepASpaceBeforeTheText() throws {
        let numbering = DocxBuilder.numbering(
            abstracts: [0: [.init(format: "decimal", text: "%1"), .init(format: "decimal", text: "%1.%2")]], lists: [(1, 0, [:])])
        let lines = try WordDocument.lines(DocxBuilder.docx(body: [
            DocxBuilder.paragraph("总体要求", list: 1), DocxBuilder.paragraph("指导思想", list: 1, level: 1),
            DocxBuilder.paragraph("工作目标", list: 1, level: 1),
        ], numbering: numbering))
        XCTAssertEqual(lines, ["1 总体要求", "1.1 指导思想", "1.2 工作目标"])
    }

    // MARK: Tables and text

    /// A task table (工作任务 / 责任单位 / 完成时限) reads as the same plan as its tab-separated text:
    /// every row's units and time limit are read.
    func testTaskTablesReadAsTabSeparatedRows() throws {
        let rows = [["序号", "工作任务", "责任单位", "完成时限"]] + (1...20).map {
            ["\($0)", "做好第\($0)项政务公开工作，及时发布相关信息。", "区政府办公室、区发改局", "2021年\($0 % 12 + 1)月底前"]
        }
        let head = ["某区2021年政务公开工作要点分工方案", "一、重点任务"]
        let docx = DocxBuilder.docx(body: head.map { DocxBuilder.paragraph($0) } + [DocxBuilder.table(rows)])
        let fromWord = try Fixtures.parse(bytes: docx, name: "plan.docx")
        let fromText = try Fixtures.parse((head + rows.map { $0.joined(separator: "\t") }).joined(separator: "\n"), name: "plan.docx")
        XCTAssertEqual(TreeDump.render(fromWord), TreeDump.render(fromText))
        XCTAssertEqual(fromWord.items.filter { !$0.node.units.isEmpty && !$0.node.deadlines.isEmpty }.count, 20)
    }

    /// Names set one under another in a unit cell, as paragraphs, as a break in a run, or with an
    /// empty paragraph between, are two units; sentences so set in a task cell are one task's text;
    /// no break is left in anything the plan holds.
    func testBreaksInsideACellSeparateUnitNames() throws {
        let p = { (t: String) in "<w:p><w:r><w:t>\(t)</w:t></w:r></w:p>" }
        let cell = { (inner: String) in "<w:tc>\(inner)</w:tc>" }
        let shapes = [
            p("县发改局") + p("县统计局"), "<w:p><w:r><w:t>县发改局</w:t><w:br/><w:t>县统计局</w:t></w:r></w:p>",
            p("县发改局") + "<w:p/>" + p("县统计局"),
        ]
        for units in shapes {
            let table = "<w:tbl><w:tr>" + cell(p("序号")) + cell(p("工作任务")) + cell(p("责任单位")) + "</w:tr><w:tr>"
                + cell(p("1")) + cell(p("做好规划公开。") + p("及时发布。")) + cell(units) + "</w:tr></w:tbl>"
            let docx = DocxBuilder.docx(body: ["某区2021年政务公开工作要点分工方案", "一、重点任务"].map { DocxBuilder.paragraph($0) } + [table])
            let plan = try Fixtures.parse(bytes: docx, name: "plan.docx")
            let item = try XCTUnwrap(plan.items.first, units)
            XCTAssertEqual(item.node.units.lead + item.node.units.responsible, ["县发改局", "县统计局"], units)
            XCTAssertEqual(item.node.text, "做好规划公开。及时发布。", units)
            let json = PlanJSON.value(plan).rendered()
            XCTAssertFalse(json.contains("\u{1F}") || json.lowercased().contains("\\u001f"), units)
        }
    }

    func testRunsBreaksTabsAndTrackedChangesReadAsShown() throws {
        let paragraph = """
            <w:p><w:r><w:t>一、做好</w:t></w:r><w:ins><w:r><w:t>政务</w:t></w:r></w:ins><w:del><w:r><w:delText>删除的</w:delText></w:r></w:del>\
            <w:r><w:instrText> HYPERLINK "x" </w:instrText></w:r><w:hyperlink><w:r><w:t>公开</w:t></w:r></w:hyperlink>\
            <w:r><w:tab/><w:t>工作</w:t><w:br/><w:t>第二行 &lt;b&gt;</w:t></w:r></w:p>
            """
        let docx = DocxBuilder.docx(body: [paragraph])
        XCTAssertEqual(try WordDocument.lines(docx), ["一、做好政务公开  工作", "第二行 <b>"])
        // The plan's own "<b>" is text, not conversion debris to strip.
        XCTAssertEqual(try Ingest.decode(bytes: docx, name: "a.docx").lines.map(\.text), ["一、做好政务公开工作", "第二行<b>"])
    }

    /// The limit a caller passes holds a Word file's text and its parts, whatever the environment
    /// says: a batch reads `Ingest.maxBytes` once and passes it to every plan.
    func testWordLimitsAreTheCallersNotTheEnvironments() throws {
        let paragraphs = (1...40).map { "<w:p><w:r><w:t>第\($0)条　做好政务公开工作，加强政策解读和回应关切。</w:t></w:r></w:p>" }
        let docx = DocxBuilder.docx(body: paragraphs)
        let text = try WordDocument.lines(docx, limit: 1 << 20).reduce(0) { $0 + $1.utf8.count + 1 }
        // The text, and so the document part (its markup is more), lies between these two limits.
        XCTAssertNoThrow(try Ingest.decode(bytes: docx, name: "a.docx", limit: text))
        XCTAssertThrowsError(try Ingest.decode(bytes: docx, name: "a.docx", limit: text - 1)) { error in
            guard case let .tooLarge(_, bytes, limit)? = error as? InputError else { return XCTFail("\(error)") }
            XCTAssertEqual(bytes, text)
            XCTAssertEqual(limit, text - 1)
        }
        // A part over eight times the limit is refused before it is read.
        XCTAssertThrowsError(try WordDocument.lines(docx, limit: 64)) { error in
            XCTAssertEqual(error as? WordDocument.Failure, .damaged("word/document.xml unpacks to more than 0.0 MB"))
        }
        XCTAssertEqual(WordDocument.partLimit(.max), .max, "no overflow")
        XCTAssertEqual(WordDocument.partLimit(3), 24)
    }

    // MARK: Whole plans

    /// Each corpus plan rebuilt as a Word file, line for paragraph, a tab-separated line as a
    /// table row, and every marker Word can draw (一、 （一） 1. （1）, spelled as the plan spells
    /// each family) drawn by automatic numbering instead of written: by the outline list, whose
    /// levels restart under a new higher level; or, for a family the plan numbers through (1, 2, 3, …
    /// never restarting), by a list of the family's own; each where the text's number is that
    /// list's next. The plan parses to the same tree, units, time limits, lines and
    /// warnings as the text file.
    func testEveryCorpusPlanAsAutoNumberedWordFileParsesAsItsText() throws {
        let families: [Numbering.Family: Int] = [.cjkComma: 0, .cjkParen: 1, .arabicDot: 2, .arabicParen: 3]
        let formats = ["chineseCounting", "chineseCounting", "decimal", "decimal"]
        func written(_ n: Int, level: Int) -> String { level < 2 ? ChineseNumeral.string(n) : "\(n)" }
        var total = 0, markers = 0
        for name in Fixtures.planNames {
            // What the text file means: its conversion debris ("[bookmark: _GoBack]") removed, as
            // the Word file it came from shows it.
            let lines = try Fixtures.text(name).split(separator: "\n", omittingEmptySubsequences: false).map {
                ScalarText.string(LineCleaner.stripDebris(Array($0.unicodeScalars)))
            }
            // Each level's label as the plan first spells it ("1．" or "1."), the number as %k.
            var spelling = [String?](repeating: nil, count: 4)
            for line in lines {
                guard let m = MarkerScanner.leading(line), let level = families[m.numbering.family], spelling[level] == nil,
                    let r = m.numbering.raw.range(of: written(m.numbering.value, level: level)) else { continue }
                spelling[level] = m.numbering.raw.replacingCharacters(in: r, with: "%\(level + 1)")
            }
            // A level numbered through the plan (1, 2, 3, … never restarting) is a list of its own.
            var values = [[Int]](repeating: [], count: 4)
            for line in lines {
                if let m = MarkerScanner.leading(line), let level = families[m.numbering.family] {
                    values[level].append(m.numbering.value)
                    markers += 1
                }
            }
            let throughout = values.map { $0.count > 1 && $0 == Array(1...$0.count) }
            var outline = [Int?](repeating: nil, count: 4)
            var own = [Int](repeating: 0, count: 4)
            var body: [String] = []
            var drawn = 0
            for line in lines {
                if line.contains("\t") {
                    body.append(DocxBuilder.table([line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)]))
                    continue
                }
                if let m = MarkerScanner.leading(line), let level = families[m.numbering.family], let text = spelling[level] {
                    func label(_ n: Int) -> String { text.replacingOccurrences(of: "%\(level + 1)", with: written(n, level: level)) }
                    let next = (outline[level] ?? 0) + 1
                    if !throughout[level], m.numbering.value == next, line.hasPrefix(label(next)) {
                        outline[level] = next
                        for deeper in (level + 1)..<4 { outline[deeper] = nil }
                        body.append(DocxBuilder.paragraph(String(line.dropFirst(label(next).count)), list: 1, level: level))
                        drawn += 1
                        continue
                    }
                    if throughout[level], m.numbering.value == own[level] + 1, line.hasPrefix(label(own[level] + 1)) {
                        own[level] += 1
                        body.append(DocxBuilder.paragraph(String(line.dropFirst(label(own[level]).count)), list: 2 + level))
                        drawn += 1
                        continue
                    }
                }
                body.append(DocxBuilder.paragraph(line))
            }
            let levels = (0..<4).map { DocxBuilder.Level(format: formats[$0], text: spelling[$0] ?? "", suffix: "nothing") }
            var abstracts = [0: levels]
            for k in 0..<4 { abstracts[1 + k] = [DocxBuilder.Level(format: formats[k], text: (spelling[k] ?? "").replacingOccurrences(of: "%\(k + 1)", with: "%1"), suffix: "nothing")] }
            let numbering = DocxBuilder.numbering(abstracts: abstracts, lists: [(1, 0, [:])] + (0..<4).map { (2 + $0, 1 + $0, [:]) })
            let docx = DocxBuilder.docx(body: body, numbering: numbering)
            let fromWord = try Fixtures.parse(bytes: docx, name: name)
            let fromText = try Fixtures.plan(name)
            total += drawn
            XCTAssertEqual(TreeDump.render(fromWord), TreeDump.render(fromText), name)
            XCTAssertEqual(try Ingest.decode(bytes: docx, name: name).encoding, .docx)
        }
        // The rest are spelled unlike the family's first marker, or out of sequence: they stay written.
        XCTAssertGreaterThan(total * 5, markers * 3, "three fifths of the markers drawn by automatic numbering")
        print("corpus plans as auto-numbered Word files: \(total) of \(markers) line-leading markers drawn by numbering, every tree equal to its text's")
    }

    // MARK: Formats not read

    func testPDFOldWordAndOtherArchivesAreNamedWithWhatToDo() {
        let pdf = bytes("%PDF-1.7\n%âãÏÓ\n1 0 obj")
        let doc: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 100)
        let xlsx = DocxBuilder.zip([("xl/workbook.xml", bytes("<workbook/>"))], packing: .stored)
        let broken = DocxBuilder.docx(body: ["<w:p><w:r><w:t>未闭合"], packing: .stored)
        let cases: [([UInt8], InputError, String)] = [
            (pdf, .unreadableFormat(path: "a.pdf", format: "a PDF"), "save it as a Word document (.docx) or as plain text"),
            (doc, .unreadableFormat(path: "a.pdf", format: "a Word 97–2003 (.doc) or WPS (.wps) file"), ".docx"),
            (xlsx, .notWord(path: "a.pdf", what: "an Excel workbook"), "Copy the plan's text into a .docx"),
        ]
        for (input, expected, instruction) in cases {
            XCTAssertThrowsError(try Ingest.decode(bytes: input, name: "a.pdf")) { error in
                XCTAssertEqual(error as? InputError, expected)
                let message = (error as? InputError)?.errorDescription ?? ""
                XCTAssertTrue(message.hasPrefix("a.pdf:") && message.contains(instruction) && !message.contains("\n"), message)
            }
        }
        XCTAssertThrowsError(try Ingest.decode(bytes: broken, name: "b.docx")) { error in
            guard case let .damagedWord(path, reason)? = error as? InputError else { return XCTFail("\(error)") }
            XCTAssertEqual(path, "b.docx")
            XCTAssertTrue(reason.hasPrefix("word/document.xml, line 1"), reason)
        }
    }

    /// Foundation's XML parser traps on a name that is not valid UTF-8 (a fuzzing finding of
    /// 2026-12-04: `<w:p` followed by a lone lead byte). Such a part is refused before it reaches
    /// the parser; so is one declaring another encoding. Every byte of a small document replaced
    /// by a byte that cannot stand alone in UTF-8 ends in lines or a `Failure`.
    func testAPartThatIsNotUTF8IsRefusedBeforeTheXMLParser() throws {
        func docx(_ xml: [UInt8]) -> [UInt8] {
            DocxBuilder.zip([("word/document.xml", xml)], packing: .stored)
        }
        let before = Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document \(DocxBuilder.namespace)><w:body><w:p".utf8)
        let after = Array("><w:r><w:t>一、总体要求</w:t></w:r></w:p></w:body></w:document>".utf8)
        XCTAssertThrowsError(try WordDocument.lines(docx(before + [0xE6] + after))) {
            XCTAssertEqual($0 as? WordDocument.Failure, .damaged("word/document.xml is not UTF-8 text"))
        }
        let latin1 = Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><w:document \(DocxBuilder.namespace)><w:body/></w:document>".utf8)
        XCTAssertThrowsError(try WordDocument.lines(docx(latin1)))
        XCTAssertEqual(try WordDocument.lines(docx(before + after)), ["一、总体要求"])
        let whole = before + after
        for k in whole.indices {
            for byte: UInt8 in [0x80, 0xC3, 0xE6, 0xF0, 0xFF, 0x00] {
                var damaged = whole
                damaged[k] = byte
                _ = try? WordDocument.lines(docx(damaged))
            }
        }
    }

    /// Elements nested past any Word file's depth are refused, not walked into a stack overflow.
    func testDeepNestingIsRefused() {
        let deep = String(repeating: "<w:sdt><w:sdtContent>", count: 150) + String(repeating: "</w:sdtContent></w:sdt>", count: 150)
        XCTAssertThrowsError(try WordDocument.lines(DocxBuilder.docx(body: [deep]))) { error in
            XCTAssertEqual(error as? WordDocument.Failure, .damaged("word/document.xml nests elements more than \(XMLTree.maxDepth) deep"))
        }
    }
}
