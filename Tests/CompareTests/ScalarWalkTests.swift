import Foundation
import XCTest
@testable import Compare

/// The character diff and the clause split walk scalars where every scalar stands alone; each is
/// held here to its walk by `Character`s, so any difference is a change of behaviour.
final class ScalarWalkTests: XCTestCase {
    /// Every clause of every corpus plan against every wording line of both references' first
    /// requirements it shares a character with, and each against itself cut and changed.
    func testDiffsOfTheCorpusAreTheCharacterDiffs() throws {
        let lines = Fixtures.taxonomy.references.flatMap { $0.sections.flatMap { $0.requirements.flatMap(\.wording) } }
        var compared = 0
        for name in Fixtures.planNames {
            let clauses = try Fixtures.plan(name).items.flatMap { TextDiff.clauses($0.node.text) }
            for (n, clause) in clauses.enumerated() where n % 3 == 0 {
                let line = lines[n % lines.count]
                for (a, b) in [(line, clause), (clause, line), (clause, String(clause.dropFirst(3)) + "和有关工作"), (clause, clause)] {
                    XCTAssertEqual(TextDiff.segments(from: a, to: b), TextDiff.characterSegments(Canonical.text(a), Canonical.text(b)), "\(a) → \(b)")
                    compared += 1
                }
            }
        }
        XCTAssertGreaterThan(compared, 1_000)
    }

    /// Random texts over scalars that stand alone and some that do not (a combining mark, U+F9D1
    /// which is 六, CR LF, a tab): the same runs either way.
    func testRandomDiffsAreTheCharacterDiffs() {
        let alphabet = ["六", "政", "务", "公", "开", "。", "，", ",", "“", "a", "1", " ", "Ａ", "（", "(", "\u{F9D1}", "e\u{301}", "\t", "\r\n", "\u{302A}"]
        var random = SeededRandom(seed: 41)
        var scalarPath = 0
        for _ in 0..<20_000 {
            let a = random.text(from: alphabet, maxLength: 14), b = random.text(from: alphabet, maxLength: 14)
            let (ca, cb) = (Canonical.text(a), Canonical.text(b))
            if ScalarText.standsAlone(ca) && ScalarText.standsAlone(cb) { scalarPath += 1 }
            XCTAssertEqual(TextDiff.segments(from: a, to: b), TextDiff.characterSegments(ca, cb), "\(a.debugDescription) → \(b.debugDescription)")
        }
        XCTAssertGreaterThan(scalarPath, 1_000)
    }

    private func same(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        func flat(_ cs: [Enumerations.Clause]) -> [String] {
            cs.map { c in c.text + " | " + c.quotes.map { "\($0.phrase)/\($0.adjacent)" }.joined(separator: " ") }
        }
        XCTAssertEqual(flat(Enumerations.clauses(text)), flat(Enumerations.characterClauses(text)), text.debugDescription, file: file, line: line)
    }

    /// Every scalar that stands alone, between quotes, after a quote, before a clause end: split
    /// as the characters split.
    func testEveryScalarThatStandsAloneIsSplitAsCharactersAre() {
        var checked = 0
        for v in UInt32(0)...0xFFFF {
            guard let c = Unicode.Scalar(v), ScalarText.standsAlone(v) else { continue }
            let s = String(c)
            same("公开\(s)“一网\(s)通办”\(s)“一网通查”，\(s)及\(s)\"好差评\"\(s)。")
            checked += 1
        }
        XCTAssertEqual(checked, 95 + 24 + 42 + 0x5200 + 94)
    }

    func testRandomTextsAreSplitAsCharactersAre() {
        let alphabet = ["“", "”", "\"", "‘", "’", "《", "》", "「", "」", "，", "。", "；", "：", ",", ";", ":", "！", "？", "（", "）", "(", ")", "\n",
                        "、", "和", "与", "及", "政", "务", "公开", "a", " ", "\u{301}", "\u{F9D1}", "\r\n", "\u{302A}"]
        var random = SeededRandom(seed: 43)
        var scalarPath = 0
        for _ in 0..<20_000 {
            let text = random.text(from: alphabet, maxLength: 20)
            if ScalarText.standsAlone(text) { scalarPath += 1 }
            same(text)
        }
        XCTAssertGreaterThan(scalarPath, 2_000)
    }

    /// A clause copied as a substring (`TextDiff.clause`) is the clause decoded from its bytes, as
    /// it was made before: every clause range of random texts of ideographs, punctuation that cuts
    /// clauses, combining marks, CR LF, a compatibility ideograph and a scalar past the plane.
    func testAClauseCopiedAsASubstringIsItsBytesDecoded() {
        let alphabet = ["，", "。", "；", "：", "！", "？", "\n", "\r\n", " ", "　", "政", "务", "a", "\u{301}", "\u{F9D1}", "\u{20000}", "“", "”"]
        var random = SeededRandom(seed: 61)
        var clauses = 0
        for _ in 0..<5_000 {
            var text = random.text(from: alphabet, maxLength: 24)
            let decoded = text.withUTF8 { b in TextDiff.clauseRanges(b).map { String(decoding: UnsafeBufferPointer(rebasing: b[$0]), as: UTF8.self) } }
            XCTAssertEqual(TextDiff.clauses(text), decoded, text)
            for (k, r) in TextDiff.clauseRanges(text).enumerated() {
                XCTAssertEqual(Array(TextDiff.clause(text, r).utf8), Array(decoded[k].utf8), text)
                clauses += 1
            }
        }
        XCTAssertGreaterThan(clauses, 5_000)
    }

    /// A clause's first piece cut after its lead words by scalars, as by characters: every
    /// standing-alone scalar around introducers and verbs, and random pieces of them.
    func testLeadWordsAreCutAsCharactersCutThem() {
        for v in UInt32(0)...0xFFFF {
            guard let c = Unicode.Scalar(v), ScalarText.standsAlone(v) else { continue }
            let s = String(c)
            for piece in ["重点围绕\(s)散发疫情", "做好\(s)加强", "\(s)做好推进公开信息", "涉及\(s)的", "\(s)进一步"] {
                XCTAssertEqual(Enumerations.afterLeadWords(piece), Enumerations.characterAfterLeadWords(piece), piece)
            }
        }
        let alphabet = Enumerations.introducers + Enumerations.leadVerbs + ["政", "务", "信息", "a", " ", "、", "\u{301}", "\u{F9D1}"]
        var random = SeededRandom(seed: 47)
        for _ in 0..<20_000 {
            let piece = random.text(from: alphabet, maxLength: 8)
            XCTAssertEqual(Enumerations.afterLeadWords(piece), Enumerations.characterAfterLeadWords(piece), piece)
        }
    }

    /// The sentence a time limit stands in, found from the limit's bytes, is the one the split finds:
    /// every dated item of the corpus with each of its time limits, and random texts of sentence
    /// marks, spaces (ASCII and ideographic), ideographs, a combining mark and a compatibility
    /// ideograph, asked for limits that stand in them, that do not, that hold a mark, that start or
    /// end with a space, and the empty one.
    func testTheSentenceOfATimeLimitIsTheSplitsSentence() throws {
        var cases: [(text: String, raw: String)] = []
        for name in Fixtures.planNames {
            for item in try Fixtures.plan(name).items {
                cases += item.node.deadlines.map { (item.node.text, $0.raw) }
            }
        }
        XCTAssertGreaterThan(cases.count, 10)
        let alone = ["。", "；", ";", "，", " ", "\u{3000}", "年", "底", "前", "2021", "完成", "公开"]
        let alphabet = alone + ["\u{301}", "\u{F9D1}", "\n"]
        let raws = ["年底前", "2021年", "底前。", " 年底", "年底\u{3000}", "", "完成", "前；完", "\u{F9D1}", "年底前\u{301}"]
        var random = SeededRandom(seed: 67)
        for k in 0..<20_000 { cases.append((random.text(from: k % 2 == 0 ? alone : alphabet, maxLength: 16), raws[random.next(raws.count)])) }
        var (byBytes, found) = (0, 0)
        for (text, raw) in cases {
            let expected = DeadlineCheck.splitSentence(of: text, saying: raw)
            XCTAssertEqual(DeadlineCheck.sentence(of: text, saying: raw), expected, "\(text) \(raw)")
            if DeadlineCheck.sentenceByBytes(of: text, saying: raw) != nil { byBytes += 1 }
            if expected != text { found += 1 }
        }
        XCTAssertGreaterThan(byBytes, 3_000)
        XCTAssertGreaterThan(found, 1_000)
    }

    /// Whether a time limit is for reporting upward, read by scalars, is the reading by characters:
    /// every dated corpus item's sentences, and random sentences of the reporting words and targets,
    /// 报, the marks that end the clause, ideographs, a combining mark and a compatibility ideograph.
    func testAReportingTimeLimitIsFoundAsByCharacters() throws {
        var cases: [(String, String)] = []
        for name in Fixtures.planNames {
            for item in try Fixtures.plan(name).items {
                cases += item.node.deadlines.map { (DeadlineCheck.sentence(of: item.node.text, saying: $0.raw), $0.raw) }
            }
        }
        let alphabet = DeadlineCheck.reportingWords + DeadlineCheck.reportingTargets + ["报", "报", "，", ",", "。", "；", ";", "年底前", "市", "将", " ", "\u{301}", "\u{F9D1}"]
        var random = SeededRandom(seed: 71)
        for _ in 0..<20_000 { cases.append((random.text(from: alphabet, maxLength: 10), "年底前")) }
        var reporting = 0
        for (sentence, raw) in cases {
            let expected = DeadlineCheck.characterIsReporting(sentence, deadline: raw)
            XCTAssertEqual(DeadlineCheck.isReporting(sentence, deadline: raw), expected, sentence)
            if expected { reporting += 1 }
        }
        XCTAssertGreaterThan(reporting, 1_000)
        XCTAssertGreaterThan(cases.count - reporting, 1_000)
    }

    /// Strings whose scalars all stand alone order by their bytes as `String` orders them, and the
    /// check's finding order compares its keys as a tuple of them compares: random words of ASCII,
    /// CJK marks, ideographs and full-width forms (prefixes of each other, equal, empty), and,
    /// for the keys, words with a combining mark or a compatibility ideograph in them too.
    func testTheFindingOrderIsTheTuplesOrder() {
        let alone = ["a", "B", "1", "-", "　", "、", "。", "公", "开", "政", "务", "Ａ", "１", "！", "—", "“"]
        let alphabet = alone + ["\u{301}", "\u{F9D1}", "六", "é", "e\u{301}"]
        var random = SeededRandom(seed: 73)
        var ordered = 0
        for _ in 0..<20_000 {
            let (a, b) = (random.text(from: alone, maxLength: 5), random.text(from: alone, maxLength: 5))
            let c = ScalarText.byteOrder(a, b)
            XCTAssertEqual(c < 0, a < b, "\(a) \(b)")
            XCTAssertEqual(c == 0, a == b, "\(a) \(b)")
            if c != 0 { ordered += 1 }
        }
        XCTAssertGreaterThan(ordered, 10_000)
        var alike = 0
        for k in 0..<20_000 {
            let words = k % 2 == 0 ? alone : alphabet
            func key() -> DraftCheck.OrderKey {
                DraftCheck.OrderKey(numbers: (random.next(2), random.next(2), random.next(2)),
                                    words: (random.text(from: words, maxLength: 2), random.text(from: words, maxLength: 2), random.text(from: words, maxLength: 2)))
            }
            let (x, y) = (key(), key())
            let (p, q) = (x.numbers, y.numbers)
            let tuples = (p.0, p.1, p.2, x.words.0, x.words.1, x.words.2) < (q.0, q.1, q.2, y.words.0, y.words.1, y.words.2)
            XCTAssertEqual(x.precedes(y), tuples, "\(x.words) \(y.words)")
            if x.numbers == y.numbers { alike += 1 }
        }
        XCTAssertGreaterThan(alike, 1_000)
    }

    /// What the byte readings of time limits and of the finding order assume of the scalars that
    /// stand alone, held on every one of them: none has a canonical decomposition (so a string of
    /// them is its own normal form, and its bytes order it as `String` does), and the only white
    /// space among them is U+0020 and U+3000 (the edges `sentenceByBytes` refuses). Widening
    /// `standsAlone` past these fails here first.
    func testTheScalarsThatStandAloneAreTheirOwnNormalFormAndTwoAreWhiteSpace() {
        var spaces: [UInt32] = []
        var alone = 0
        for v in UInt32(0)...0x10FFFF where ScalarText.standsAlone(v) {
            guard let c = Unicode.Scalar(v) else { continue }
            let s = String(c)
            XCTAssertEqual(Array(s.decomposedStringWithCanonicalMapping.unicodeScalars), [c], "U+\(String(v, radix: 16))")
            XCTAssertEqual(c.properties.canonicalCombiningClass, .notReordered, "U+\(String(v, radix: 16))")
            if CharacterSet.whitespaces.contains(c) { spaces.append(v) }
            alone += 1
        }
        XCTAssertEqual(spaces, [0x20, 0x3000])
        XCTAssertGreaterThan(alone, 20_000)
    }

    /// Whether a string's scalars all stand alone, read from its bytes with ideographs passed by
    /// their lead byte: the answer of every scalar's own test, on strings and substrings of scalars
    /// around each edge of the ranges (U+4DFF/4E00, U+4FFF/5000 where the lead byte changes,
    /// U+9FFF/A000, U+3029/302A, control characters, supplementary planes).
    func testAStringStandsAloneExactlyWhenEachOfItsScalarsDoes() {
        let edges: [UInt32] = [0x09, 0x1F, 0x20, 0x41, 0x7E, 0x7F, 0xE9, 0x301, 0x200F, 0x2010, 0x2027, 0x2028, 0x2FFF, 0x3000,
                               0x3029, 0x302A, 0x4DFF, 0x4E00, 0x4FFF, 0x5000, 0x6B21, 0x9FFF, 0xA000, 0xF9D1, 0xFF01, 0xFF5E, 0xFF5F, 0x1F600, 0x20000]
        var random = SeededRandom(seed: 0x5A1E)
        var (alone, not) = (0, 0)
        for _ in 0..<4_000 {
            let scalars = (0..<random.next(7)).map { _ in Unicode.Scalar(edges[random.next(edges.count)])! }
            var text = ""
            text.unicodeScalars.append(contentsOf: scalars)
            let expected = scalars.allSatisfy { ScalarText.standsAlone($0.value) }
            XCTAssertEqual(ScalarText.standsAlone(text), expected, "\(scalars)")
            let tail = text.dropFirst(text.isEmpty ? 0 : 1)
            XCTAssertEqual(ScalarText.standsAlone(tail), tail.unicodeScalars.allSatisfy { ScalarText.standsAlone($0.value) }, "\(scalars)")
            if expected { alone += 1 } else { not += 1 }
        }
        XCTAssertGreaterThan(alone, 300)
        XCTAssertGreaterThan(not, 300)
    }
}
