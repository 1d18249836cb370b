import XCTest
@testable import Compare

/// Foundation's search and `Character` splits answered by bytes and scalars (`CharacterSearch`)
/// against Foundation and `Character` themselves: any difference is a change of behaviour.
final class CharacterSearchTests: XCTestCase {
    private func offsets(_ r: Range<String.Index>?, in text: String) -> [Int]? {
        r.map { [text.utf8.distance(from: text.startIndex, to: $0.lowerBound), text.utf8.distance(from: text.startIndex, to: $0.upperBound)] }
    }

    /// Every scalar that stands alone, before, inside and after words of each kind the checks
    /// search for (ideographs, marks, quotes, ASCII and full-width letters): the byte search finds
    /// what Foundation finds, where Foundation finds it.
    func testEveryScalarThatStandsAloneIsFoundAsFoundationFindsIt() {
        let words = ["报送", "年底前", "。", "a", "“", "Ａ", "政府办公室"]
        var alone = 0
        for v in UInt32(0)...0xFFFF {
            guard let c = Unicode.Scalar(v), ScalarText.standsAlone(v) else { continue }
            alone += 1
            for word in words {
                let w = Array(word.unicodeScalars)
                let places = (0x4E00...0x9FFF).contains(v) ? [0, w.count] : Array(0...w.count)
                for k in places {
                    var s = w
                    s.insert(c, at: k)
                    let text = ScalarText.string(s)
                    XCTAssertEqual(offsets(ScalarText.characterRange(of: word, in: text), in: text), offsets(text.range(of: word), in: text),
                                   "U+\(String(v, radix: 16)) at \(k) in \(word)")
                }
            }
        }
        XCTAssertEqual(alone, 95 + 24 + 42 + 0x5200 + 94)
    }

    /// Random texts of scalars that stand alone and of scalars that do not (a compatibility
    /// ideograph equal to 六, a combining mark, a tab, CR LF), searched for words cut from them
    /// and for their canonical twins, whole and as slices, and each word replaced by another
    /// random text: the same answers as Foundation's.
    func testRandomTextsAreSearchedAsFoundationSearchesThem() {
        let alphabet = ["六", "政", "府", "报", "送", "。", "；", ";", "“", "”", "a", "1", " ", "Ａ", "（", "\u{F9D1}", "e\u{301}", "\t", "\r\n", "\u{302A}"]
        var random = SeededRandom(seed: 33)
        var found = 0, viaBytes = 0
        for _ in 0..<20_000 {
            let text = random.text(from: alphabet, maxLength: 16)
            let scalars = Array(text.unicodeScalars)
            var word = random.text(from: alphabet, maxLength: 4)
            if !scalars.isEmpty, random.next(2) == 0 {
                let a = random.next(scalars.count), b = min(scalars.count, a + 1 + random.next(4))
                word = ScalarText.string(scalars[a..<b])
            }
            if ScalarText.standsAlone(text) && ScalarText.standsAlone(word) { viaBytes += 1 }
            let mine = offsets(ScalarText.characterRange(of: word, in: text), in: text)
            XCTAssertEqual(mine, offsets(text.range(of: word), in: text), "\(text) / \(word)")
            XCTAssertEqual(ScalarText.holds(text, word), text.contains(word), "\(text) / \(word)")
            if mine != nil { found += 1 }
            let cut = text.dropFirst(text.count / 3)
            XCTAssertEqual(ScalarText.characterRange(of: word, in: cut), cut.range(of: word), "\(cut) / \(word)")
            XCTAssertEqual(ScalarText.holds(cut, word), cut.contains(word), "\(cut) / \(word)")
            let by = random.text(from: alphabet, maxLength: 3)
            XCTAssertEqual(ScalarText.replacing(word, with: by, in: text), text.replacingOccurrences(of: word, with: by), "\(text) / \(word) / \(by)")
        }
        XCTAssertGreaterThan(found, 3_000)
        XCTAssertGreaterThan(viaBytes, 3_000)
    }

    /// The sentence that says a time limit, split by scalars where every scalar stands alone,
    /// equals the one split by characters: on every corpus item with each of its deadlines, and
    /// on random texts with words cut from them.
    func testSentencesSplitByScalarsEqualSentencesSplitByCharacters() throws {
        func byCharacters(_ text: String, _ raw: String) -> String {
            let sentences = text.split(whereSeparator: { $0 == "。" || $0 == "；" || $0 == ";" }).map(ScalarText.trimmingSpaces)
            return sentences.first { $0.contains(raw) } ?? text
        }
        var asked = 0
        for name in Fixtures.planNames {
            for item in try Fixtures.plan(name).items {
                for d in item.node.deadlines {
                    XCTAssertEqual(DeadlineCheck.sentence(of: item.node.text, saying: d.raw), byCharacters(item.node.text, d.raw))
                    asked += 1
                }
            }
        }
        XCTAssertGreaterThan(asked, 10)
        let alphabet = ["年", "底", "前", "。", "；", ";", " ", "a", "\u{F9D1}", "六", "e\u{301}", "。\u{301}"]
        var random = SeededRandom(seed: 34)
        for _ in 0..<5_000 {
            let text = random.text(from: alphabet, maxLength: 20)
            let raw = random.text(from: alphabet, maxLength: 3)
            XCTAssertEqual(DeadlineCheck.sentence(of: text, saying: raw), byCharacters(text, raw), "\(text) / \(raw)")
        }
    }

    /// One character or not, as `count` says: every scalar alone and after each kind of
    /// neighbour (one that stands alone, a combining mark, CR before LF), and random strings.
    func testOneCharacterAsCountSaysIt() {
        for v in UInt32(0)...0x10FFFF {
            guard let c = Unicode.Scalar(v) else { continue }
            for text in ["\(c)", "a\(c)", "政\(c)", "\(c)\u{301}", "\r\(c)"] {
                XCTAssertEqual(ScalarText.isOneCharacter(text), text.count == 1, "U+\(String(v, radix: 16)) in \(text.unicodeScalars.map(\.value))")
            }
        }
        var random = SeededRandom(seed: 35)
        let alphabet = ["可", "以", "a", "\u{301}", "\r", "\n", "\u{200D}", "👍", "🏽", "\u{FE0F}", "ᄀ", "ᅡ", "ᆨ"]
        for _ in 0..<20_000 {
            let text = random.text(from: alphabet, maxLength: 5)
            XCTAssertEqual(ScalarText.isOneCharacter(text), text.count == 1, "\(text.unicodeScalars.map(\.value))")
        }
        XCTAssertFalse(ScalarText.isOneCharacter(""))
    }

    /// The characters of a string, by scalars where they all stand alone: the same array as the
    /// string's own characters, for random strings of scalars that do and do not stand alone.
    func testCharactersByScalarsEqualTheStringsCharacters() {
        var random = SeededRandom(seed: 36)
        let alphabet = ["政", "。", "a", " ", "“", "Ａ", "\u{301}", "\r\n", "\u{F9D1}", "\u{302A}", "👍🏽", "\t"]
        var alone = 0
        for _ in 0..<20_000 {
            let text = random.text(from: alphabet, maxLength: 12)
            if ScalarText.standsAlone(text) { alone += 1 }
            XCTAssertEqual(ScalarText.characters(text), Array(text), "\(text.unicodeScalars.map(\.value))")
        }
        XCTAssertGreaterThan(alone, 500)
    }

    /// Counts, cuts and splits by scalars equal the character ones, on random strings of scalars
    /// that do and do not stand alone, at every length asked.
    func testCountsCutsAndSplitsByScalarsEqualTheCharacterOnes() {
        var random = SeededRandom(seed: 37)
        let alphabet = ["政", "、", "a", " ", "等", "Ａ", "\u{301}", "\r\n", "\u{F9D1}", "\u{302A}", "、\u{301}", "👍🏽"]
        for _ in 0..<20_000 {
            let text = random.text(from: alphabet, maxLength: 12)
            XCTAssertEqual(ScalarText.characterCount(text), text.count, "\(text.unicodeScalars.map(\.value))")
            let cut = text.dropFirst(1)
            XCTAssertEqual(ScalarText.characterCount(cut), cut.count)
            for n in [0, 1, 3, 20] {
                XCTAssertEqual(ScalarText.characters(text, first: n), String(text.prefix(n)))
                XCTAssertEqual(ScalarText.characters(text, first: n, fromEnd: true), String(text.suffix(n)))
            }
            XCTAssertEqual(ScalarText.pieces(text, at: "、"), text.split(separator: "、", omittingEmptySubsequences: false).map(String.init))
        }
    }

    /// The first 等, a suffix and the last characters dropped, by scalars and bytes, equal the
    /// character ones: on random strings of scalars that do and do not stand alone (a compatibility
    /// ideograph canonically equal to 六, combining marks after 等 and after a head noun, CR LF), and
    /// with every scalar that stands alone before, after and in place of the suffix's last one.
    func testFirstIndexSuffixAndDropByScalarsEqualTheCharacterOnes() {
        var random = SeededRandom(seed: 38)
        let alphabet = ["政", "等", "信", "息", "六", "\u{F9D1}", "等\u{301}", "息\u{302A}", "a", "\r\n", "Ａ", "、"]
        let suffixes = ["信息", "六", "\u{F9D1}", "息", "等"]
        for _ in 0..<20_000 {
            let text = random.text(from: alphabet, maxLength: 10)
            XCTAssertEqual(ScalarText.characterIndex(of: "等", in: text).map { text.utf8.distance(from: text.startIndex, to: $0) },
                           text.firstIndex(of: "等").map { text.utf8.distance(from: text.startIndex, to: $0) }, "\(text.unicodeScalars.map(\.value))")
            for suffix in suffixes { XCTAssertEqual(ScalarText.characterSuffix(text, suffix), text.hasSuffix(suffix), "\(text) \(suffix)") }
            for n in [0, 1, 2, 11] { XCTAssertEqual(ScalarText.droppingLast(n, of: text), String(text.dropLast(n))) }
        }
        for v in UInt32(0)...0xFFFF {
            guard let c = Unicode.Scalar(v), ScalarText.standsAlone(v) else { continue }
            for text in ["信息" + String(c), String(c) + "信息", "信" + String(c), "政" + String(c) + "等"] {
                XCTAssertEqual(ScalarText.characterSuffix(text, "信息"), text.hasSuffix("信息"), "U+\(String(v, radix: 16))")
                XCTAssertEqual(ScalarText.characterIndex(of: "等", in: text) == nil, text.firstIndex(of: "等") == nil)
            }
        }
    }

    /// A member is split at a joiner only where it holds one: the shortcut for members without
    /// 以, 和, 及 or 与 gives what searching for each joiner gives, on random members.
    func testAMemberWithoutAJoinerIsWhole() {
        var random = SeededRandom(seed: 39)
        let alphabet = ["政", "务", "公", "开", "和", "及", "与", "以", "时", "其", "\u{F9D1}", "和\u{301}", "a", "、"]
        for _ in 0..<20_000 {
            let member = random.text(from: alphabet, maxLength: 12)
            var searched = [member]
            for joiner in Enumerations.innerJoiners {
                guard let r = Enumerations.joinerRange(joiner, in: member) else { continue }
                let a = String(member[..<r.lowerBound]), b = String(member[r.upperBound...])
                if ScalarText.characterCount(a) >= 4 && ScalarText.characterCount(b) >= 4 { searched = [a, b]; break }
            }
            XCTAssertEqual(Enumerations.splitJoined(member), searched, member)
        }
    }

    /// Whether every scalar of a text stands alone, read from its bytes with runs of basic
    /// ideographs passed three bytes at a time, is the scalar-by-scalar answer: 20,000 random texts
    /// of ideographs and symbols at each lead byte's edges (E4, E5, E9, EA), CJK marks, ASCII, a
    /// combining mark, a compatibility ideograph and a scalar past the plane, at every place.
    func testStandingAloneReadByBytesIsTheScalarsAnswer() {
        let alphabet = ["\u{4DFF}", "\u{4E00}", "\u{4FFF}", "\u{5000}", "\u{9FFF}", "\u{A000}", "政务", "。", "a", " ", "\u{301}", "\u{F9D1}", "\u{20000}", "\u{3029}", "\u{302A}"]
        var random = SeededRandom(seed: 0xA10E)
        var (alone, not) = (0, 0)
        for _ in 0..<20_000 {
            let text = random.text(from: alphabet, maxLength: 12)
            let expected = text.unicodeScalars.allSatisfy { ScalarText.standsAlone($0.value) }
            XCTAssertEqual(ScalarText.standsAlone(text), expected, text.debugDescription)
            if expected { alone += 1 } else { not += 1 }
        }
        XCTAssertGreaterThan(alone, 1_000)
        XCTAssertGreaterThan(not, 1_000)
    }
}
