import XCTest
@testable import Compare

/// The parser's fast paths (scalars decoded once and shared, bit tests before switches) against
/// the plain definitions they replaced, on every line of every corpus plan and on variants of
/// those lines made to reach each branch. A fast path may only be faster: any difference here is
/// a change of behaviour.
final class ParseFastPathTests: XCTestCase {
    private func corpusTexts(file: StaticString = #filePath) throws -> [(name: String, text: SourceText)] {
        let root = URL(fileURLWithPath: "\(file)").deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let dir = root.appendingPathComponent("Corpus/local")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".txt") }.sorted()
        XCTAssertFalse(names.isEmpty)
        return try names.map { name in
            let bytes = try Data(contentsOf: dir.appendingPathComponent(name))
            return (name, try Ingest.decode(bytes: [UInt8](bytes), name: name))
        }
    }

    /// Every line of the corpus, and each line cut to its first 14, 30 and 40 scalars and to its
    /// last 14 (the lengths the tail and cell tests turn on), with and without the closing words
    /// those tests look for.
    private func lineVariants() throws -> [String] {
        var out: [String] = []
        for (_, source) in try corpusTexts() {
            for line in source.lines {
                let s = Array(line.text.unicodeScalars)
                var variants = [line.text]
                for n in [14, 30, 40] where s.count > n { variants.append(ScalarText.string(s.prefix(n))) }
                if s.count > 14 { variants.append(ScalarText.string(s.suffix(14))) }
                for v in variants {
                    out.append(v)
                    out += ["抄送：\(v)", "附件\(v)", "\(v)日印发", "\(v)人民政府", "2021年7月1日\(v)", "(\(v))"]
                }
            }
        }
        out += ["2021年7月1日", "二〇二一年七月一日", "年月日", "日月年", "2021年7月", "某县人民政府办公室", "某县人民政府办公室，", "县政府办公室 2021年7月1日印发"]
        return out
    }

    /// `TailLine.classify` as it was written on Strings.
    private func classifyOnStrings(_ written: String) -> TailLine.Kind? {
        let text = Canonical.text(written)
        for p in Lexicon.documentEndPrefixes where text.hasPrefix(p) { return .end }
        for p in Lexicon.closingLinePrefixes where text.hasPrefix(p) {
            // 附件 opens an annex line alone or before its colon, number or a space, not a sentence.
            if p == "附件", let next = text.dropFirst(2).unicodeScalars.first,
               !("：:".unicodeScalars.contains(next) || CJK.isSpace(next) || ("0"..."9").contains(next) || ("０"..."９").contains(next) || ChineseNumeral.isNumeralScalar(next)) {
                break
            }
            return .skip
        }
        let scalars = text.unicodeScalars
        let hasDate = ScalarText.containsInOrder(text, ["年", "月", "日"])
        if hasDate && scalars.count <= 40 && (text.hasSuffix("日印发") || text.hasSuffix("日印") || text.hasSuffix("日发布"))
            && !scalars.contains(where: { "，。；、".unicodeScalars.contains($0) })
        {
            return .end
        }
        if hasDate && scalars.count <= 14 && scalars.allSatisfy({ CJK.isASCIIDigit($0) || ChineseNumeral.isNumeralScalar($0) || "年月日".unicodeScalars.contains($0) }) {
            return .skip
        }
        if scalars.count <= 30, !scalars.contains(where: { "，。；：、".unicodeScalars.contains($0) }) {
            for s in Lexicon.signatureSuffixes where text.hasSuffix(s) { return .skip }
        }
        return nil
    }

    func testTailLineOnScalarsEqualsTheStringReading() throws {
        var kinds: [String: Int] = [:]
        for line in try lineVariants() {
            let fast = TailLine.classify(Array(line.unicodeScalars))
            XCTAssertEqual(fast, classifyOnStrings(line), line)
            kinds["\(String(describing: fast))", default: 0] += 1
        }
        // Every outcome is reached, so every branch was compared.
        XCTAssertEqual(Set(kinds.keys), ["Optional(Compare.TailLine.Kind.end)", "Optional(Compare.TailLine.Kind.skip)", "nil"], "\(kinds)")
    }

    /// `CellContent.role` as it was written on a String's scalar view.
    private func roleOnStrings(_ cell: String) -> TableLayout.Role? {
        guard !cell.isEmpty else { return nil }
        var body = Array(cell.unicodeScalars.prefix(5))
        var isRowNumber = false
        if body.count <= 4 {
            if let last = body.last, last == "." || last == "、" || last == "．" { body.removeLast() }
            isRowNumber = !body.isEmpty && body.count <= 3 && (body.allSatisfy(CJK.isASCIIDigit) || body.allSatisfy(ChineseNumeral.isNumeralScalar))
        }
        if isRowNumber { return .number }
        let text = Canonical.text(cell)
        let scalars = text.unicodeScalars
        if let m = MarkerScanner.leading(text) {
            return !m.numbering.family.isArabicItem && scalars.count <= 60 ? .section : .task
        }
        if scalars.count <= 40, timeLimitOnStrings(text) { return .deadline }
        let namesOnly: Bool = {
            guard scalars.count <= 200, !scalars.contains("。") else { return false }
            let names = UnitExtractor.split(text)
            return !names.isEmpty && names.allSatisfy(UnitExtractor.isBodyName)
        }()
        if UnitExtractor.unitLine(text) != nil || namesOnly { return .units }
        if scalars.count > 40 || scalars.contains("。") { return .task }
        if scalars.contains("，") || scalars.contains("；") { return .task }
        return nil
    }

    /// `CellContent.isTimeLimit` as it was written on Strings, with Foundation's search.
    private func timeLimitOnStrings(_ text: String) -> Bool {
        let count = text.unicodeScalars.count
        let found = DeadlineExtractor.deadlines(in: text, planYear: 2000)
        if found.contains(where: { $0.raw.unicodeScalars.count * 2 >= count }) { return true }
        if count <= 8, CellContent.timeWords.contains(where: text.contains) { return true }
        let s = text.unicodeScalars
        return s.contains("年") && s.filter(CJK.isASCIIDigit).count >= 4 && !s.contains("，")
    }

    func testCellRoleOnScalarsEqualsTheStringReading() throws {
        var roles: Set<String> = []
        var cells = try lineVariants()
        cells += ["1", "12.", "3、", "一", "十二", "1234", "区财政局、区发改委", "2021年底前", "长期坚持", "每季度", "（一）加强政策解读", "1. 做好公开"]
        for cell in cells {
            let fast = CellContent.role(cell)
            XCTAssertEqual(fast, roleOnStrings(cell), cell)
            roles.insert(String(describing: fast))
        }
        XCTAssertEqual(roles.count, 6, "every role and none reached: \(roles)")
    }

    func testMarkerStartTestEqualsTheDefinitionOnEveryScalar() {
        for v in UInt32(0)...0x2FFFF {
            guard let c = Unicode.Scalar(v) else { continue }
            let plain = CJK.isASCIIDigit(c) || c == "（" || c == "(" || ChineseNumeral.isNumeralScalar(c) || (0x2460...0x249B).contains(c.value)
            XCTAssertEqual(Segmenter.mayStartMarker(c), plain, "U+\(String(v, radix: 16))")
        }
    }

    /// The metadata read from the parser's decoded lines equals the metadata read from the lines'
    /// Strings, on every plan and on every opening of it (the header cut at each line).
    func testMetadataFromSharedScalarsEqualsMetadataFromStrings() throws {
        for (name, source) in try corpusTexts() {
            let lines = source.lines
            for bodyStart in [0, 1, 3, 8, 15, lines.count] where bodyStart <= lines.count {
                let plain = MetadataExtractor.extract(lines: lines, bodyStart: bodyStart)
                let shared = MetadataExtractor.extract(lines: lines, bodyStart: bodyStart, scalars: lines.map { Array($0.text.unicodeScalars) })
                XCTAssertEqual(plain.metadata, shared.metadata, "\(name) body at \(bodyStart)")
                XCTAssertEqual(plain.titleLine, shared.titleLine, "\(name) body at \(bodyStart)")
            }
        }
    }
}

extension ParseFastPathTests {
    func testNumberStartBitsAreTheBitsOfTheNumberStarts() {
        XCTAssertEqual(ChineseNumeral.numberStartBits, ChineseNumeral.numberStarts.reduce(0) { $0 | (1 << ($1.value & 63)) })
    }
}

extension ParseFastPathTests {
    /// The unit readers skip work on what their word lists share; the lists must go on sharing it.
    func testTheWordListsHoldWhatTheirShortcutsAssume() {
        for start in UnitExtractor.dutyStarts {
            XCTAssertTrue(start.contains("职"), "a duty phrase holds 职: \(ScalarText.string(start))")
        }
        for word in UnitExtractor.fieldWords {
            XCTAssertTrue(word.first == "完" || word.first == "时", "a field word opens with 完 or 时: \(ScalarText.string(word))")
        }
    }
}

extension ParseFastPathTests {
    func testFamilyOrdinalsAreThePlacesInAllCases() {
        XCTAssertEqual(Numbering.Family.allCases.count, Numbering.Family.count)
        for (k, f) in Numbering.Family.allCases.enumerated() { XCTAssertEqual(f.ordinal, k, "\(f)") }
    }
}

extension ParseFastPathTests {
    /// The byte tests against the UTF-8 views they replaced: every line's first and last few
    /// scalars, as prefix and suffix of that line, of the next line and of the empty text.
    func testByteTestsEqualTheUTF8ViewComparisons() throws {
        let lines = try corpusTexts().flatMap { $0.text.lines.map(\.text) }
        var matched = 0
        for (k, line) in lines.enumerated() {
            let other = lines[(k + 1) % lines.count]
            let s = Array(line.unicodeScalars)
            for n in 0...min(6, s.count) {
                for word in [ScalarText.string(s.prefix(n)), ScalarText.string(s.suffix(n))] {
                    for text in [line, other, ""] {
                        let prefix = text.utf8.starts(with: word.utf8)
                        let suffix = text.utf8.count >= word.utf8.count && text.utf8.suffix(word.utf8.count).elementsEqual(word.utf8)
                        XCTAssertEqual(ScalarText.hasPrefix(text, word), prefix, "\(text) / \(word)")
                        XCTAssertEqual(ScalarText.hasSuffix(text, word), suffix, "\(text) / \(word)")
                        XCTAssertEqual(ByteKey.sameBytes(text, word), text.utf8.elementsEqual(word.utf8), "\(text) / \(word)")
                        // A key hashes its bytes as they are: equal bytes, equal hashes.
                        var hasher = Hasher()
                        Array(word.utf8).withUnsafeBytes { hasher.combine(bytes: $0) }
                        XCTAssertEqual(ByteKey(word).hashValue, hasher.finalize(), word)
                        if prefix || suffix { matched += 1 }
                    }
                }
            }
        }
        XCTAssertGreaterThan(matched, lines.count, "both outcomes compared")
    }
}

extension ParseFastPathTests {
    /// The parser asks for unit lines on the scalars its segments carry; the String entry decodes
    /// first. Both read every line alike, unit lines of every form included.
    func testUnitLinesReadAlikeFromScalarsAndFromStrings() throws {
        var found = 0
        let lines = try lineVariants() + ["牵头单位：区发改委", "  责任单位：区财政局；配合单位：各乡镇", "（区教育局负责落实）", "区司法局牵头，各部门配合", "<p>牵头单位：区发改委</p>", "各部门要加强配合"]
        for line in lines {
            let fromString = UnitExtractor.unitLine(line)
            XCTAssertEqual(UnitExtractor.unitLine(Array(line.unicodeScalars)), fromString, line)
            XCTAssertEqual(UnitExtractor.labelLine(Array(line.unicodeScalars)), UnitExtractor.labelLine(line), line)
            if fromString != nil { found += 1 }
        }
        XCTAssertGreaterThan(found, 5, "unit lines of several forms compared")
    }
}

extension ParseFastPathTests {
    /// `Units.merge` with its shortcuts against the plain merge, on every pair of statements drawn
    /// from empty ones, raw-only ones, overlapping ones and ones repeating a name.
    func testUnitMergeEqualsThePlainMerge() {
        func plain(_ a: Units, _ b: Units) -> Units {
            var out = a
            out.lead += b.lead.filter { !a.lead.contains($0) }
            out.responsible += b.responsible.filter { !a.responsible.contains($0) }
            out.raw += b.raw
            return out
        }
        let samples = [
            Units(), Units(raw: ["牵头单位："]), Units(lead: ["区发改委"]), Units(lead: ["区发改委", "区发改委"], raw: ["a"]),
            Units(lead: ["区财政局"], responsible: ["各乡镇", "区发改委"], raw: ["b"]), Units(responsible: ["各乡镇"]),
        ]
        for a in samples {
            for b in samples {
                var merged = a
                merged.merge(b)
                XCTAssertEqual(merged, plain(a, b), "\(a) + \(b)")
            }
        }
        // Long lists (looked up in a set) and many statements merged at once (`merge(contentsOf:)`,
        // a table row's unit cells): the plain merge of each in turn, on random statements from
        // few names (repeats within one statement, and across them).
        var random = SeededRandom(seed: 11)
        let names = (0..<40).map { "单位\($0)" }
        func statement() -> Units {
            func list() -> [String] { (0..<random.next(random.next(2) == 0 ? 5 : 30)).map { _ in names[random.next(names.count)] } }
            return Units(lead: list(), responsible: list(), raw: random.next(3) == 0 ? [] : ["r\(random.next(9))"])
        }
        // Both sides of the size past which the names are kept in sets.
        var sizes = (few: 0, many: 0)
        for _ in 0..<300 {
            let start = random.next(4) == 0 ? Units() : statement()
            let list = (0..<random.next(12)).map { _ in random.next(5) == 0 ? Units() : statement() }
            let count = list.reduce(start.lead.count + start.responsible.count) { $0 + $1.lead.count + $1.responsible.count }
            if count > 32 { sizes.many += 1 } else { sizes.few += 1 }
            let plainly = list.reduce(start) { plain($0.lead.isEmpty && $0.responsible.isEmpty && $0.raw.isEmpty ? Units() : $0, $1) }
            var one = start
            for u in list { one.merge(u) }
            var all = start
            all.merge(contentsOf: list)
            XCTAssertEqual(one, plainly)
            XCTAssertEqual(all, plainly)
        }
        XCTAssertGreaterThan(sizes.few, 30)
        XCTAssertGreaterThan(sizes.many, 30)
    }

    /// Canonical spelling of scalars, copied only from the first change, equals the mapping of every
    /// scalar, on every corpus line and its variants (which hold ASCII punctuation and full-width digits).
    func testCanonicalScalarsEqualTheMappingOfEveryScalar() throws {
        var changed = 0
        for line in try lineVariants() + ["１２３ＡＢ", "a(b)c", "（1）:", "10:30"] {
            let s = Array(line.unicodeScalars)
            let mapped = s.indices.map { Canonical.scalar(at: $0, in: s) }
            XCTAssertEqual(Canonical.scalars(s), mapped, line)
            if mapped != s { changed += 1 }
        }
        XCTAssertGreaterThan(changed, 0)
    }

    /// The same on random texts of the run passed over (U+3400–U+9FFF) and its edges, between
    /// punctuation, digits and letters that are respelt or not (U+003F and U+FF10 are, U+0040 and
    /// U+FF0F are not); and no scalar of the run is one `scalar(at:in:)` may respell, which is why
    /// passing over it is exact.
    func testCanonicalScalarsEqualTheMappingAcrossTheIdeographRun() {
        var random = SeededRandom(seed: 83)
        for v in UInt32(0x3400)..<0xA000 { XCTAssertFalse(Canonical.mayChange(v), "\(v)") }
        let alphabet = ["\u{33FF}", "\u{3400}", "中", "\u{9FFF}", "\u{A000}", "\u{3F}", "\u{40}", "\u{FF0F}", "\u{FF10}", "(", ")", ":", "１", "Ａ", "ｚ", " ", "a", "7", "，", "（"]
        var changed = 0
        for _ in 0..<5_000 {
            let s = Array(random.text(from: alphabet, maxLength: 24).unicodeScalars)
            let mapped = s.indices.map { Canonical.scalar(at: $0, in: s) }
            XCTAssertEqual(Canonical.scalars(s), mapped, "\(s)")
            if mapped != s { changed += 1 }
        }
        XCTAssertGreaterThan(changed, 1_000)
    }
}

extension ParseFastPathTests {
    func testASCIIValueReadsAsIntDoes() {
        // The callers pass runs of ASCII digits; anything else reads as no number (Int reads a sign).
        for text in ["", "0", "7", "12", "007", "123", "999", "1234", "12345", "1a", "a", "１２"] {
            let s = Array(text.unicodeScalars)
            XCTAssertEqual(MarkerScanner.asciiValue(s[...]), Int(text), text)
        }
        XCTAssertNil(MarkerScanner.asciiValue(Array("+1".unicodeScalars)[...]))
    }

    /// A marker read from written text, with and without full-width digits to fold, keeps the
    /// marker as written in `raw`.
    func testMarkerRawIsWhatWasWritten() {
        for (text, raw) in [("（一）做好", "（一）"), ("1.做好", "1."), ("１．做好", "１．"), ("（１）做好", "（１）"), (" 12、做好", "12、"), ("第二部分 公开", "第二部分")] {
            XCTAssertEqual(MarkerScanner.leading(text)?.numbering.raw, raw, text)
        }
    }
}

extension ParseFastPathTests {
    /// The citation scan skips what its table says opens nothing: the table must hold every scalar
    /// the scan acts on, and only those.
    func testCitationOpeningsAreThoseTheScanActsOn() {
        for v in UInt32(0)...0x10FFFF {
            guard let c = Unicode.Scalar(v) else { continue }
            let acts = c == "《" || c == "令" || ScalarText.isOpenBracket(c)
            if CitationScanner.opens.contains(c) != acts { XCTFail("U+\(String(v, radix: 16))") }
        }
        XCTAssertEqual(CitationScanner.citations(in: "依据《政府信息公开条例》和国务院令第711号").count, 2)
    }
}

extension ParseFastPathTests {
    /// Each reader's table of start scalars against the predicate it stands for, on every scalar.
    func testStartTablesEqualTheirPredicatesOnEveryScalar() {
        var members = [0, 0, 0]
        for v in UInt32(0)...0x10FFFF {
            guard let c = Unicode.Scalar(v) else { continue }
            let deadline = ChineseNumeral.mayStartNumber(c) || c == "每" || c == "年" || c == "今" || c == "本"
            let marker = Segmenter.mayStartMarker(c)
            let annotation = UnitExtractor.isAnnotationScalar(c)
            if DeadlineExtractor.Scanner.starts.contains(c) != deadline { XCTFail("deadline start U+\(String(v, radix: 16))") }
            if Segmenter.markerStarts.contains(c) != marker { XCTFail("marker start U+\(String(v, radix: 16))") }
            if UnitExtractor.annotationScalars.contains(c) != annotation { XCTFail("annotation U+\(String(v, radix: 16))") }
            members[0] += deadline ? 1 : 0
            members[1] += marker ? 1 : 0
            members[2] += annotation ? 1 : 0
        }
        XCTAssertEqual(members[2], 9)
        XCTAssertGreaterThan(members[0], 30)
        XCTAssertGreaterThan(members[1], 70)
    }
}

extension ParseFastPathTests {
    /// Table words are found as whole characters, as before the byte search: a word followed by a
    /// variation selector or a combining mark is not the word.
    func testTableWordsAreWholeCharacters() {
        XCTAssertEqual(TableLayout.headerRole("具体任务"), .task)
        XCTAssertEqual(TableLayout.headerRole("具体\u{FE00}任务"), .section)
        XCTAssertTrue(TableLayout.looksLikeUnits("区财政局"))
        XCTAssertFalse(TableLayout.looksLikeUnits("（、单位\u{301}二、）"))
        XCTAssertNil(TableLayout.header(["各部门、", "责任单位"]))
        XCTAssertNotNil(TableLayout.header(["各部门、\u{FE00}", "责任单位"]))
    }

    /// The kind of a level does not hang on hashing: when two keys tie at a depth (as many nodes,
    /// the same weight), the one seen first decides, for every pair of keys that can tie.
    func testTiedLevelKeysGoToTheOneSeenFirst() {
        var keys: [TreeBuilder.LevelKey] = Numbering.Family.allCases.map { .family($0) }
        keys += [.tableSection, .tableItem, .paragraphItem]
        func draft(_ key: TreeBuilder.LevelKey, _ depth: Int) -> TreeBuilder.Draft {
            TreeBuilder.Draft(numbering: nil, key: key, parts: [], firstLine: 1, lastLine: 1, parent: depth == 0 ? nil : 0, depth: depth)
        }
        var ties = 0
        for top in keys {
            for a in keys {
                for b in keys where a != b && KindAssigner.rank(a).weight == KindAssigner.rank(b).weight {
                    ties += 1
                    let first = KindAssigner.kinds([draft(top, 0), draft(a, 1), draft(b, 1)])
                    XCTAssertEqual(first, KindAssigner.kinds([draft(top, 0), draft(a, 1)]), "\(top) / \(a) before \(b)")
                }
            }
        }
        XCTAssertGreaterThan(ties, 20)
    }
}

extension ParseFastPathTests {
    /// A node's text cut from the written String equals the String built from its scalars, for
    /// each part a reader can leave (leading blanks trimmed, a tail of any length cut off), on
    /// every corpus line with and without blanks and an annotation around it; and there is no cut
    /// where the part is not what follows the blanks.
    func testCutTextEqualsTheTextBuiltFromTheScalars() throws {
        var cuts = 0
        for (_, source) in try corpusTexts() {
            for line in source.lines {
                for text in [line.text, "  " + line.text, "\u{3000}" + line.text + "（区财政局负责落实）"] {
                    let all = Array(text.unicodeScalars)
                    var lo = 0
                    while lo < all.count, ScalarText.isBlank(all[lo]) { lo += 1 }
                    guard lo < all.count else { continue }
                    for hi in Set([all.count, lo + 1, (lo + all.count) / 2, max(lo + 1, all.count - 10)]) {
                        let part = Array(all[lo..<hi])
                        XCTAssertEqual(ScalarText.cut(part, from: text, scalars: all), ScalarText.string(part), text)
                        cuts += 1
                    }
                }
            }
        }
        XCTAssertGreaterThan(cuts, 1000)
        func cut(_ part: String, _ text: String) -> String? {
            ScalarText.cut(Array(part.unicodeScalars), from: text, scalars: Array(text.unicodeScalars))
        }
        XCTAssertNil(cut("乙", "甲乙"))
        XCTAssertNil(cut(" 甲", " 甲"))
        XCTAssertNil(cut("甲乙丙", "甲乙"))
        XCTAssertNil(cut("", "甲"))
        XCTAssertEqual(cut("甲", " 甲乙"), "甲")
    }

    /// The heading skips the canonical copy of its window when `Canonical.mayChange` says nothing
    /// in it can change: on every corpus line and its variants (ASCII punctuation and full-width
    /// digits among them) the canonical form of such a window is the window, and a scalar the test
    /// lets through never changes, whatever its neighbours.
    func testWindowsTheCanonicalCopySkipsAreAlreadyCanonical() throws {
        var skipped = 0, copied = 0
        for line in try lineVariants() + ["做好公开:全面推进", "做好公开,全面推进。后文", "第１项任务。后文", "a(b)c。d"] {
            let window = Array(line.unicodeScalars.prefix(42))
            if Canonical.mayChange(window[...]) {
                copied += 1
            } else {
                XCTAssertEqual(Canonical.scalars(window), window, line)
                skipped += 1
            }
        }
        XCTAssertGreaterThan(skipped, 100)
        XCTAssertGreaterThan(copied, 10)
        for v in UInt32(0)...0xFFFF {
            guard let c = Unicode.Scalar(v), !Canonical.mayChange([c][...]) else { continue }
            for (p, n) in [("a", "b"), ("中", "文"), (" ", " ")] as [(Unicode.Scalar, Unicode.Scalar)] where Canonical.scalar(at: 1, in: [p, c, n]) != c {
                XCTFail("U+\(String(v, radix: 16)) changes")
            }
        }
    }

    /// The signature date read from the lines' shared scalars equals the reading that decodes
    /// each line, on every plan at several header cuts.
    func testTrailingDateFromSharedScalarsEqualsTheStringReading() throws {
        for (name, source) in try corpusTexts() {
            let lines = source.lines
            let decoded = lines.map { Array($0.text.unicodeScalars) }
            for headerEnd in [0, 5, max(0, lines.count - 4), lines.count] {
                let a = MetadataExtractor.trailingDate(lines, from: headerEnd)
                let b = MetadataExtractor.trailingDate(lines, from: headerEnd, scalars: decoded)
                XCTAssertEqual(a.date, b.date, name)
                XCTAssertEqual(a.org, b.org, name)
            }
        }
    }

    /// A span's number is tested against the unit words only when a unit word's first scalar
    /// follows it: every unit word still reads, and other words never did.
    func testEverySpanUnitStillReads() {
        for (text, unit) in [("3工作日内", Deadline.DurationUnit.workingDays), ("3自然日内", .days), ("3日内", .days), ("3天内", .days),
                             ("2星期内", .weeks), ("2周内", .weeks), ("3个月内", .months), ("两年内", .years)] {
            XCTAssertEqual(DeadlineExtractor.deadlines(in: "在\(text)完成", planYear: 2021).map(\.value), [.duration(amount: text.hasPrefix("两") ? 2 : Int(String(text.prefix(1)))!, unit: unit)], text)
        }
        XCTAssertEqual(DeadlineExtractor.deadlines(in: "24小时内答复", planYear: 2021).map(\.value), [.unresolved])
        for text in ["三项内容", "统一平台内", "3次以内"] {
            XCTAssertEqual(DeadlineExtractor.deadlines(in: text, planYear: 2021), [], text)
        }
        let firsts = Set((DeadlineExtractor.Scanner.workingDayWords + DeadlineExtractor.Scanner.dayWords + DeadlineExtractor.Scanner.weekWords
                          + DeadlineExtractor.Scanner.monthWords + DeadlineExtractor.Scanner.hourWords + DeadlineExtractor.Scanner.yearWords).compactMap(\.unicodeScalars.first))
        for v in UInt32(0)...0xFFFF {
            guard let c = Unicode.Scalar(v) else { continue }
            if DeadlineExtractor.Scanner.unitStarts.contains(c) != firsts.contains(c) { XCTFail("U+\(String(v, radix: 16))") }
        }
    }
}

extension ParseFastPathTests {
    /// Scalars of one to four UTF-8 bytes, marks that join the one before, a tab and a break.
    static let byteWidths: [String] = ["a", "7", " ", "\t", "é", "e\u{301}", "政", "。", "（", "Ａ", "\u{F9D1}", "𠀀", "😀", "\u{302A}", "\r\n"]

    /// Counting non-continuation bytes is counting scalars, and the prefix decoder gives the scalar
    /// view's prefix, for every corpus line and 20,000 random strings, at every length asked.
    func testScalarCountAndPrefixEqualTheScalarView() throws {
        var texts: [String] = []
        for (_, source) in try corpusTexts() { texts += source.lines.map(\.text) }
        var random = SeededRandom(seed: 14)
        for _ in 0..<20_000 { texts.append(random.text(from: Self.byteWidths, maxLength: 24)) }
        texts.append("")
        for text in texts {
            XCTAssertEqual(ScalarText.scalarCount(text), text.unicodeScalars.count, text)
            for n in [0, 1, 2, 5, 16, 40] {
                XCTAssertEqual(ScalarText.scalars(text, prefix: n), Array(text.unicodeScalars.prefix(n)), text)
            }
        }
    }

    /// Ingest hands the parser each line's scalars: on every corpus plan, and on each rewrapped at
    /// 30 characters (so that reflow joins most lines), with a tag every 13 characters before the
    /// wrap (so that the wrap cuts some and a joined line is cleaned again), as a web page, and with
    /// spaces, entities and CRLF for the cleaner, every line that carries scalars carries its own
    /// text's, and lines equal by text and place are equal whether they carry them or not.
    func testIngestedLinesCarryTheirOwnScalars() throws {
        var carried = 0, joined = 0, recleaned = 0
        for (name, source) in try corpusTexts() {
            let text = source.lines.map(\.text).joined(separator: "\n")
            var wrapped = "", cutTags = ""
            for line in text.split(separator: "\n") {
                let s = Array(line)
                for start in stride(from: 0, to: s.count, by: 30) { wrapped += String(s[start..<min(s.count, start + 30)]) + "\n" }
                let t = Array(s.enumerated().map { k, c in k % 13 == 12 ? "\(c)<b>" : "\(c)" }.joined())
                for start in stride(from: 0, to: t.count, by: 30) { cutTags += String(t[start..<min(t.count, start + 30)]) + "\n" }
            }
            let tagged = "<p>" + text.replacingOccurrences(of: "\n", with: "<\np>\n")
            // Spaces the cleaner drops or keeps (beside wide characters, runs, around tabs), an
            // entity, and CRLF: the cleaned scalars the reader hands on are the cleaned text's.
            let spaced = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                line.enumerated().map { k, c in k % 5 == 4 ? "\(c)  " : k % 7 == 6 ? "\(c)&nbsp;" : k % 11 == 10 ? "\(c) \t" : "\(c)" }.joined()
            }.joined(separator: "\r\n")
            for line in try Ingest.readLines(Array(spaced.utf8), path: name).lines {
                XCTAssertEqual(line.decoded, ScalarText.scalars(line.text), "\(name): \(line.text)")
            }
            for variant in [text, wrapped, cutTags, tagged, spaced] {
                let read = try Ingest.decode(bytes: Array(variant.utf8), name: name)
                for line in read.lines {
                    if let decoded = line.decoded {
                        XCTAssertEqual(decoded, ScalarText.scalars(line.text), "\(name): \(line.text)")
                        carried += 1
                        if line.lastLine > line.line { joined += 1 }
                    } else {
                        recleaned += 1
                    }
                    XCTAssertEqual(line.scalars, Array(line.text.unicodeScalars))
                    var bare = SourceLine(text: line.text, line: line.line, lastLine: line.lastLine)
                    bare.rawLength = line.rawLength
                    XCTAssertNil(bare.decoded)
                    XCTAssertEqual(bare, line)
                    XCTAssertEqual(bare.hashValue, line.hashValue)
                }
            }
        }
        XCTAssertGreaterThan(carried, 600)
        XCTAssertGreaterThan(joined, 150)
        // The cut tags were joined and cleaned again: those lines decode their text when asked.
        XCTAssertGreaterThan(recleaned, 0)
        // A changed text drops the scalars it no longer matches.
        var line = try Ingest.decode(bytes: Array("一、总体要求\n二、重点任务".utf8), name: "x").lines[0]
        XCTAssertNotNil(line.decoded)
        line.text += "。"
        XCTAssertNil(line.decoded)
        XCTAssertEqual(line.scalars, Array("一、总体要求。".unicodeScalars))
    }
}

extension ParseFastPathTests {
    /// A memoised unit reading equals a fresh one: one memo shared by every line of every corpus
    /// plan and every variant of those lines (so that a span read in one place answers in every
    /// other), each line read twice through it, as a unit line, as an item's text, as a table cell
    /// and for a cell's role.
    func testMemoisedUnitReadingsEqualFreshOnes() throws {
        let memo = UnitMemo()
        var texts = try lineVariants()
        for (_, source) in try corpusTexts() {
            for line in source.lines where line.text.contains("\t") { texts += line.text.split(separator: "\t").map(String.init) }
        }
        var read = 0
        for _ in 0..<2 {
            for text in texts {
                let s = ScalarText.scalars(text)
                XCTAssertEqual(UnitExtractor.unitLine(s, memo: memo), UnitExtractor.unitLine(s), text)
                let inline = UnitExtractor.extractInline(s, memo: memo), fresh = UnitExtractor.extractInline(s)
                XCTAssertEqual(inline.text, fresh.text, text)
                XCTAssertEqual(inline.units, fresh.units, text)
                XCTAssertEqual(UnitExtractor.cell(text, memo: memo), UnitExtractor.cell(text), text)
                XCTAssertEqual(CellContent.role(text, memo: memo), CellContent.role(text), text)
                if !fresh.units.isEmpty { read += 1 }
            }
        }
        XCTAssertGreaterThan(read, 100)
        XCTAssertGreaterThan(memo.hits, 1_000)
    }
}

extension ParseFastPathTests {
    /// The one-scalar byte search answers as the scalar view, for every scalar: found inside a
    /// text of one- to four-byte neighbours, and asked of a text of every width that may or may
    /// not hold it.
    func testScalarSearchByBytesEqualsTheScalarViewOnEveryScalar() {
        let mixed = "a\té政。（Ａ𠀀😀\u{302A}\r\n"
        for v in UInt32(0)...0x10FFFF {
            guard let c = Unicode.Scalar(v) else { continue }
            XCTAssertTrue(ScalarText.contains("政\(c)😀", c), "U+\(String(v, radix: 16))")
            XCTAssertEqual(ScalarText.contains(mixed, c), mixed.unicodeScalars.contains(c), "U+\(String(v, radix: 16))")
        }
        XCTAssertFalse(ScalarText.contains("", "a"))
    }
}

extension ParseFastPathTests {
    /// `KindAssigner.dominantRanks` as it was written, with a dictionary of votes per depth.
    private func ranksByDictionaries(_ levels: [(depth: Int, key: TreeBuilder.LevelKey)], depthCount: Int) -> [(rung: Int, weight: Double)] {
        (0..<depthCount).map { d in
            var votes: [TreeBuilder.LevelKey: Int] = [:]
            var firstSeen: [TreeBuilder.LevelKey: Int] = [:]
            for (n, level) in levels.enumerated() where level.depth == d {
                votes[level.key, default: 0] += 1
                if firstSeen[level.key] == nil { firstSeen[level.key] = n }
            }
            let best = votes.max { a, b in
                if a.value != b.value { return a.value < b.value }
                let (wa, wb) = (KindAssigner.rank(a.key).weight, KindAssigner.rank(b.key).weight)
                if wa != wb { return wa < wb }
                return (firstSeen[a.key] ?? 0) > (firstSeen[b.key] ?? 0)
            }
            return best.map { KindAssigner.rank($0.key) } ?? (0, 0)
        }
    }

    /// The one-pass tally ranks every level as the dictionaries did: 20,000 random trees of one
    /// to five levels, keys from every family and table and paragraph key, some drafts paragraphs.
    func testLevelRanksByTallyEqualRanksByDictionaries() {
        var keys: [TreeBuilder.LevelKey] = Numbering.Family.allCases.map { .family($0) }
        keys += [.tableSection, .tableItem, .paragraphItem, .paragraph]
        var random = SeededRandom(seed: 16)
        var answers: Set<[Int]> = []
        for _ in 0..<20_000 {
            let depths = 1 + random.next(5)
            let drafts = (0..<(1 + random.next(30))).map { _ -> TreeBuilder.Draft in
                // Few keys a tree, as plans use: more ties, and more of them decided by weight.
                var draft = TreeBuilder.Draft(numbering: nil, key: keys[random.next(4 + random.next(keys.count - 4))], parts: [],
                                              firstLine: 1, lastLine: 1, parent: nil, depth: random.next(depths))
                draft.isParagraph = random.next(8) == 0
                return draft
            }
            let levels = drafts.filter { !$0.isParagraph }.map { (depth: $0.depth, key: $0.key) }
            let count = (levels.map(\.depth).max() ?? -1) + 1
            let tallied = KindAssigner.dominantRanks(levels, depthCount: count)
            let voted = ranksByDictionaries(levels, depthCount: count)
            XCTAssertEqual(tallied.map(\.rung), voted.map(\.rung))
            XCTAssertEqual(tallied.map(\.weight), voted.map(\.weight))
            answers.insert(tallied.map(\.rung))
        }
        // The trees reach many rung sequences, so more than one answer was compared.
        XCTAssertGreaterThan(answers.count, 100)
    }
}

extension ParseFastPathTests {
    /// Paths made unique by their bytes number repeats as a String-keyed count does: on every
    /// corpus plan, on each with every section written twice, and on a plan whose numbers repeat
    /// at every level, the paths with their "#n" taken off and numbered again by a `[String: Int]`
    /// are the paths the plan gives.
    func testRepeatedPathsAreNumberedAsByStrings() throws {
        func renumbered(_ paths: [String]) -> [String] {
            var seen: [String: Int] = [:]
            return paths.map { p in
                let base = p.split(separator: "#").first.map(String.init) ?? p
                let n = seen[base, default: 0] + 1
                seen[base] = n
                return n > 1 ? "\(base)#\(n)" : base
            }
        }
        var repeated = 0
        var texts = try corpusTexts().map { $0.text.lines.map(\.text).joined(separator: "\n") }
        texts += texts.map { $0 + "\n" + $0 }
        texts.append("某区2021年政务公开工作要点\n一、重点任务\n（一）做好规划公开。\n1. 公开规划。\n1. 公开计划。\n（一）做好规划公开。\n1. 再次公开。\n一、重点任务\n（一）又一节。")
        for text in texts {
            let plan = PlanParser.parse(try Ingest.decode(bytes: Array(text.utf8), name: "x.txt"))
            let paths = plan.items.map(\.path.rawValue)
            XCTAssertEqual(paths, renumbered(paths))
            XCTAssertEqual(Set(paths).count, paths.count)
            repeated += paths.filter { $0.contains("#") }.count
        }
        XCTAssertGreaterThan(repeated, 50)
    }

    /// A line `LineCleaner.isClean` passes is one the cleaner leaves as it is, with and without
    /// debris: every scalar up to U+3100 and the other spaces, alone, between ideographs, at either
    /// end and doubled.
    func testLinesTheCleanerPassesAreLeftAsTheyAre() {
        var passed = 0, failed = 0
        let values = Array(0x01..<0x3100) + [0xFEFF, 0xFF01, 0xFF1C, 0xFF3B, 0xFF06, 0x1F600, 0xF9D1]
        for v in values {
            guard let c = Unicode.Scalar(v) else { continue }
            for line in [[c], Array("政务".unicodeScalars) + [c] + Array("公开".unicodeScalars), [c, c] + Array("公开".unicodeScalars), Array("公开".unicodeScalars) + [c]] {
                for debris in [true, false] {
                    if LineCleaner.isClean(line, debris: debris) {
                        XCTAssertEqual(LineCleaner.cleanScalars(line, debris: debris), line, "U+\(String(v, radix: 16)) debris \(debris)")
                        passed += 1
                    } else {
                        failed += 1
                    }
                }
            }
        }
        XCTAssertGreaterThan(passed, 40_000)
        XCTAssertGreaterThan(failed, 50)
    }

    /// The lines cut from the decoded text as written are the lines written again from their
    /// scalars: every corpus plan, and each with spaces, tags, entities, tabs and CRLF put in.
    func testLinesCutFromTheTextAreTheLinesWrittenFromScalars() throws {
        var compared = 0
        for (_, source) in try corpusTexts() {
            let text = source.lines.map(\.text).joined(separator: "\n")
            let noisy = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { n, line in
                n % 3 == 0 ? " " + line + "&nbsp;<b>x</b>\t" : n % 3 == 1 ? String(line) + "\r" : "\u{3000}" + line
            }.joined(separator: "\n")
            for variant in [text, noisy, text.replacingOccurrences(of: "\n", with: "\u{2028}")] {
                let scalars = ScalarText.scalars(variant)
                let cut = Ingest.cleanLines(scalars: scalars, text: variant)
                let written = Ingest.cleanLines(scalars: scalars)
                XCTAssertEqual(cut.originalLines, written.originalLines)
                XCTAssertEqual(cut.lines, written.lines)
                XCTAssertEqual(cut.lines.map(\.decoded), written.lines.map(\.decoded))
                compared += cut.lines.count
            }
        }
        XCTAssertGreaterThan(compared, 1_000)
        // Scalars of every UTF-8 length around U+3000 (where ideographs and full-width marks are
        // passed three bytes at a time) and U+10000, between every kind of line break.
        let alphabet = ["a", "é", "\u{7FF}", "\u{800}", "\u{2029}", "\u{2FFF}", "\u{3000}", "政", "\u{FFFD}", "\u{FFFF}", "😀",
                        "\n", "\r", "\r\n", "\u{2028}", "\t", " ", "\u{200B}", "\u{FEFF}", "\u{A0}", "，", "x", "<", "[", "&"]
        var random = SeededRandom(seed: 0x11E5)
        for _ in 0..<2_000 {
            let variant = random.text(from: alphabet, maxLength: 20)
            let scalars = ScalarText.scalars(variant)
            let cut = Ingest.cleanLines(scalars: scalars, text: variant)
            let written = Ingest.cleanLines(scalars: scalars)
            XCTAssertEqual(cut.originalLines, written.originalLines, variant.debugDescription)
            XCTAssertEqual(cut.lines, written.lines, variant.debugDescription)
        }
    }

    /// A line cleaned of its spaces in one walk, its text cut from the written text in pieces
    /// (`LineCleaner.spacesCleaned`), is the full cleaning's: on 20,000 random lines of every kind
    /// of space (zero-width ones, runs of them alone, at either end, beside a tab, a wide
    /// character, ASCII, or a scalar of each UTF-8 length), cut from the middle of a longer text;
    /// and a line holding "<", "[" or "&" is left to the full cleaning.
    func testSpacesCleanedInOneWalkAreTheFullCleaning() {
        let alphabet = ["a", "é", "\u{7FF}", "\u{800}", "\u{2FFF}", "\u{3000}", "\u{3001}", "政", "，", "\u{FFFF}", "😀", "\t",
                        " ", "  ", "\u{A0}", "\u{2002}", "\u{200B}", "\u{FEFF}", "\u{0B}", "\u{0C}", "1", "<", "[", "&"]
        var random = SeededRandom(seed: 0x5BACE)
        var (cleaned, left) = (0, 0)
        for _ in 0..<20_000 {
            let before = random.text(from: alphabet, maxLength: 3), line = random.text(from: alphabet, maxLength: 24)
            let text = before + line + random.text(from: alphabet, maxLength: 3)
            let all = ScalarText.scalars(text), count = ScalarText.scalars(before).count
            let s = all[count..<(count + ScalarText.scalars(line).count)]
            guard let (written, scalars, wide) = LineCleaner.spacesCleaned(s, text: text, startByte: before.utf8.count) else {
                XCTAssertTrue(s.contains { $0 == "<" || $0 == "[" || $0 == "&" }, line.debugDescription)
                left += 1
                continue
            }
            let expected = LineCleaner.cleanScalars(Array(s))
            XCTAssertEqual(scalars, expected, line.debugDescription)
            XCTAssertEqual(Array(written.utf8), Array(ScalarText.string(expected).utf8), line.debugDescription)
            // The walk tells a line with a gap as the table reader finds its gaps (tabs aside, which end that search).
            if !s.contains("\t") { XCTAssertEqual(wide, !SpacedColumns.gaps(s).isEmpty, line.debugDescription) }
            cleaned += 1
        }
        XCTAssertGreaterThan(cleaned, 5_000)
        XCTAssertGreaterThan(left, 5_000)
    }

    /// Whether a line opens a closing line, read from its scalars, is the string reading: every
    /// corpus line and its variants (each with the closing words put before it), and each closing
    /// word followed by a combining mark, by a compatibility ideograph, by nothing, and spelt with a
    /// compatibility ideograph canonically equal to one of its characters where there is one.
    func testClosingLinesReadFromScalarsAreTheStringReading() throws {
        var lines = try lineVariants()
        for p in Lexicon.documentEndPrefixes + Lexicon.closingLinePrefixes {
            lines += [p, p + "\u{301}", p + "\u{F9D1}", "\u{F9D1}" + p, p + "工作", String(p.dropLast()), " " + p]
        }
        lines += ["\u{F9D1}件", "附\u{FA10}", "抄\u{20D7}送"]
        var opening = 0
        for line in lines {
            let canonical = Canonical.text(line)
            let byScalars = Lexicon.opensClosingLine(scalars: ScalarText.scalars(canonical))
            XCTAssertEqual(byScalars, Lexicon.opensClosingLine(canonical), line)
            if byScalars { opening += 1 }
        }
        XCTAssertGreaterThan(opening, 100)
    }
}

extension ParseFastPathTests {
    /// A node's citations, read from its text when asked (`Node.cites`), are those of the text the
    /// parser kept: a document cited inside a unit annotation the parser cut is not the node's, one
    /// cited in its own words is, in order and once; and a node citing nothing cites nothing.
    func testNodeCitationsAreThoseOfTheTextTheParserKept() throws {
        let text = """
        某区2021年政务公开工作要点
        一、重点任务
        （一）做好规章公开。按照《政府信息公开条例》（国务院令第711号）和国办发〔2021〕12号要求，再次落实《政府信息公开条例》。〔牵头单位：区司法局（依据区政办〔2020〕7号）〕
        （二）做好规划公开。及时公开各类规划。
        """
        let plan = PlanParser.parse(try Ingest.decode(bytes: Array(text.utf8), name: "x.txt"))
        let items = plan.items
        XCTAssertEqual(items.count, 2)
        XCTAssertFalse(items[0].node.text.contains("区政办"), "the annotation was cut from the text")
        XCTAssertEqual(items[0].node.cites, [Citation(title: "政府信息公开条例", number: "国务院令第711号"), Citation(title: nil, number: "国办发〔2021〕12号")])
        XCTAssertEqual(items[1].node.cites, [])
        // Every node of every corpus plan: its citations are the scan of its text, and some cite.
        var citing = 0
        for (_, source) in try corpusTexts() {
            var nodes = PlanParser.parse(source).nodes
            while let node = nodes.popLast() {
                nodes += node.children
                XCTAssertEqual(node.cites, CitationScanner.citations(in: ScalarText.scalars(node.text)))
                if !node.cites.isEmpty { citing += 1 }
            }
        }
        XCTAssertGreaterThan(citing, 5)
    }
}

extension ParseFastPathTests {
    /// The reflow's marker shape (`MarkerScanner.leadingShape`, no written form made) is the full
    /// reading's family and length, on every corpus line and its variants, with full-width digits
    /// and leading white space, and on every family's markers.
    func testMarkerShapesAreTheFullReadings() throws {
        var lines = try lineVariants()
        lines += ["一、总体要求", "（一）加强", "1. 做好", "１．做好", "（１）做好", "①做好", "1.2 做好", "1.2.3做好", "第一部分 重点", "第二章", "第三节",
                  "　　二、", "一、、", "（二十一）", "201. 做好", "2021年", "（三", "⑳项", "1、做好", "１、做好"]
        var found = 0
        for line in lines {
            let s = ScalarText.scalars(line, prefix: 16)
            let full = MarkerScanner.leading(s), shape = MarkerScanner.leadingShape(s)
            XCTAssertEqual(shape?.family, full?.numbering.family, line)
            XCTAssertEqual(shape?.length, full?.length, line)
            if full != nil { found += 1 }
        }
        XCTAssertGreaterThan(found, 100)
    }
}
