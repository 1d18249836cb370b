import XCTest
@testable import Compare

/// The shared text layer, and that every reader built on it reads a year, a date and a digit alike.
final class ScalarTextTests: XCTestCase {
    private func s(_ x: String) -> [Unicode.Scalar] { Array(x.unicodeScalars) }

    /// Every spelling of zero in a year written digit by digit, in every reader that reads years:
    /// the metadata (title year, signature date) and the deadlines.
    func testEveryZeroSpellingIsAYearDigitInEveryReader() {
        for zero in ["〇", "○", "零", "O", "o", "Ｏ", "0", "０"] {
            let year = "二\(zero)二一年"
            XCTAssertEqual(ScalarText.year(s(year), at: 0)?.value, 2021, year)
            XCTAssertEqual(ScalarText.date(s(year + "七月一日"), at: 0)?.value, CalendarDate(year: 2021, month: 7, day: 1), year)

            let found = DeadlineExtractor.deadlines(in: "\(year)底前完成目录编制", planYear: nil)
            XCTAssertEqual(found.map(\.value), [.date(year: 2021, month: 12, day: 31)], year)

            let lines = ["某县\(year)政务公开工作要点", "某县人民政府办公室", "\(year)七月一日", "一、总体要求"]
                .enumerated().map { SourceLine(text: $0.element, line: $0.offset + 1) }
            let meta = MetadataExtractor.extract(lines: lines, bodyStart: 3).metadata
            XCTAssertEqual(meta.year, 2021, year)
            XCTAssertEqual(meta.date?.iso, "2021-07-01", year)
        }
    }

    func testYearIsNotReadFromInsideANumber() {
        XCTAssertNil(ScalarText.year(s("12021年"), at: 1))
        XCTAssertEqual(ScalarText.year(s("12021年"), at: 0)?.value, nil)
        XCTAssertNil(ScalarText.year(s("1948年"), at: 0), "before 1949 is no plan's year")
        XCTAssertNil(ScalarText.year(s("2021"), at: 0), "a year needs its 年")
        // A signature date may follow a page number once white space is gone.
        XCTAssertEqual(ScalarText.date(s("12021年7月1日"), at: 1)?.value.iso, "2021-07-01")
    }

    func testDates() {
        let cases: [(String, String?)] = [
            ("2018年7月12日", "2018-07-12"), ("二〇二一年七月三十日", "2021-07-30"), ("2021年12月31号", "2021-12-31"),
            ("2021年13月1日", nil), ("2021年7月32日", nil), ("2021年7月", nil), ("2021年123月1日", nil),
        ]
        for (text, iso) in cases {
            XCTAssertEqual(ScalarText.date(s(text), at: 0)?.value.iso, iso, text)
        }
        XCTAssertEqual(ScalarText.numericDate(s("2020-05-06"), at: 0)?.iso, "2020-05-06")
        XCTAssertEqual(ScalarText.numericDate(s("2020.5.6"), at: 0)?.iso, "2020-05-06")
        XCTAssertEqual(ScalarText.numericDate(s("2020／05／06"), at: 0)?.iso, "2020-05-06")
        XCTAssertNil(ScalarText.numericDate(s("2020-13-06"), at: 0))
        XCTAssertNil(ScalarText.numericDate(s("20-05-06"), at: 0))
    }

    func testWordsAndDigits() {
        let a = s("关于印发通知")
        XCTAssertTrue(ScalarText.has(a, s("印发"), at: 2))
        XCTAssertFalse(ScalarText.has(a, s("印发"), at: 5), "past the end")
        XCTAssertFalse(ScalarText.has(a, s("关于"), at: -1))
        XCTAssertTrue(ScalarText.hasSuffix(a[...], s("通知")))
        XCTAssertTrue(ScalarText.contains(a[1...], s("于印")))
        XCTAssertFalse(ScalarText.contains(a[3...], s("于印")))
        for (c, v) in [("7", 7), ("７", 7), ("0", 0), ("０", 0)] {
            XCTAssertEqual(ScalarText.digit(c.unicodeScalars.first!), v, c)
        }
        XCTAssertNil(ScalarText.digit("七"))
        XCTAssertNil(ScalarText.yearDigit("两"), "两 counts things, it is no year digit")
        for open in "〔[【（(［﹝〖".unicodeScalars { XCTAssertTrue(ScalarText.isOpenBracket(open), "\(open)") }
        for close in "〕]】）)］﹞〗".unicodeScalars { XCTAssertTrue(ScalarText.isCloseBracket(close), "\(close)") }
    }

    /// Every UTF-8 length (1 to 4 bytes) and every boundary between them, then random scalars of every
    /// plane: the byte builder must give the string the standard library's scalar view gives.
    func testScalarStringEqualsTheScalarViewForEveryEncodedLength() {
        let boundaries: [UInt32] = [0x0, 0x7F, 0x80, 0x7FF, 0x800, 0xD7FF, 0xE000, 0xFFFF, 0x1_0000, 0x10_FFFF, 0x4E2D, 0x3000]
        var scalars = boundaries.compactMap(Unicode.Scalar.init)
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        while scalars.count < 5_000 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            if let c = Unicode.Scalar(UInt32(truncatingIfNeeded: seed >> 33) % 0x11_0000) { scalars.append(c) }
        }
        var built = ScalarString()
        built.append(contentsOf: scalars)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        XCTAssertEqual(built.string, String(view))
        XCTAssertEqual(Array(built.string.unicodeScalars), scalars)
        XCTAssertEqual(ScalarText.string(scalars[3..<9]), String(String.UnicodeScalarView(scalars[3..<9])))
        XCTAssertTrue(ScalarString().string.isEmpty)
        // Arrays and slices are written straight into the string; other sequences go through bytes.
        XCTAssertEqual(ScalarText.string(scalars), String(view))
        XCTAssertEqual(ScalarText.string(view), String(view))
        XCTAssertEqual(ScalarText.string([Unicode.Scalar]()), "")
        for end in 0...boundaries.count {
            let slice = scalars[0..<end]
            XCTAssertEqual(ScalarText.string(slice), String(String.UnicodeScalarView(slice)), "first \(end) scalars")
        }
    }

    /// The one-pass decoder gives the standard library's scalars for text of every UTF-8 length, and
    /// bytes cut short or out of range end in U+FFFD, never a trap.
    func testScalarsDecodeLikeTheStandardLibrary() {
        var seed: UInt64 = 0x2545_F491_4F6C_DD1D
        var text = "政务公开 a\tb\r\n𠀀é\u{0}"
        while text.unicodeScalars.count < 5_000 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            if let c = Unicode.Scalar(UInt32(truncatingIfNeeded: seed >> 33) % 0x11_0000) { text.unicodeScalars.append(c) }
        }
        XCTAssertEqual(ScalarText.scalars(text), Array(text.unicodeScalars))
        XCTAssertEqual(ScalarText.scalars(""), [])
        for bytes: [UInt8] in [[0xE6, 0x94], [0x41, 0xF0, 0x9F], [0xC3], [0xF4, 0x90, 0x80, 0x80], [0xED, 0xA0, 0x80]] {
            let decoded = bytes.withUnsafeBufferPointer(ScalarText.decode)
            XCTAssertEqual(decoded.last, "\u{FFFD}", "\(bytes)")
        }
        // Every three-byte sequence, well formed or not (continuation bytes of every value): the
        // scalar its bits make, U+FFFD for a surrogate's, as the validating reading gives.
        var bytes: [UInt8] = []
        var expected: [Unicode.Scalar] = []
        for lead in UInt8(0xE0)...0xEF {
            for second in UInt8(0x00)...0xFF where second % 3 == 0 || (0x7F...0x81).contains(second) || (0xBE...0xC0).contains(second) {
                for third: UInt8 in [0x00, 0x41, 0x7F, 0x80, 0x81, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF] {
                    bytes += [lead, second, third]
                    let v = UInt32(lead & 0x0F) << 12 | UInt32(second & 0x3F) << 6 | UInt32(third & 0x3F)
                    expected.append(Unicode.Scalar(v) ?? "\u{FFFD}")
                }
            }
        }
        XCTAssertEqual(bytes.withUnsafeBufferPointer(ScalarText.decode), expected)
        XCTAssertTrue(expected.contains("\u{FFFD}") && expected.contains("\u{D7FF}") && expected.contains("\u{E000}"))
    }

    /// Every order of 年, 月, 日 in a line, with each missing in turn and with text between: only 年
    /// then 月 then 日 holds a date; marks of other widths (ASCII, four-byte) are found as well.
    func testContainsInOrderFindsMarksOnlyInTheirOrder() {
        let marks: [Unicode.Scalar] = ["年", "月", "日"]
        func permutations(_ a: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
            a.count <= 1 ? [a] : a.indices.flatMap { i in permutations(a.enumerated().filter { $0.offset != i }.map(\.element)).map { [a[i]] + $0 } }
        }
        for order in permutations(marks) {
            let line = "2021" + order.map { "\($0)12" }.joined() + "前"
            XCTAssertEqual(ScalarText.containsInOrder(line, marks), order == marks, line)
            for dropped in order.indices {
                var fewer = order
                fewer.remove(at: dropped)
                XCTAssertFalse(ScalarText.containsInOrder(fewer.map(String.init).joined(), marks))
            }
        }
        XCTAssertTrue(ScalarText.containsInOrder("a𠀀b", ["a", "𠀀", "b"]))
        XCTAssertFalse(ScalarText.containsInOrder("", ["a"]))
        XCTAssertTrue(ScalarText.containsInOrder("x", []))
    }

    /// The byte search agrees with the standard library's on every window of a mixed text: each
    /// substring is found, at every position, and a word changed in one scalar is not.
    func testContainsWordFindsEverySubstringByItsBytes() {
        let text = "做好政务公开a1（一）𠀀工作，年底前完成。"
        let scalars = Array(text.unicodeScalars)
        for start in 0..<scalars.count {
            for end in (start + 1)...scalars.count {
                let word = String(String.UnicodeScalarView(scalars[start..<end]))
                XCTAssertTrue(ScalarText.contains(text, word: word), word)
                var changed = Array(word.unicodeScalars)
                changed[changed.count - 1] = "侬"
                let other = String(String.UnicodeScalarView(changed))
                XCTAssertEqual(ScalarText.contains(text, word: other), text.unicodeScalars.map(String.init).joined().contains(other), other)
            }
        }
        XCTAssertTrue(ScalarText.contains(text, word: ""))
        XCTAssertFalse(ScalarText.contains("", word: "政"))
        XCTAssertFalse(ScalarText.contains("政务", word: "政务公开"))
    }

    /// The byte `range(of:)` gives Foundation's range for every word of a mixed text with repeats
    /// (first and last place), inside every window of it, and nil where Foundation finds nothing.
    func testRangeOfAWordIsFoundationsRange() {
        let text = "和政务公开和a1（一）𠀀工作和，及年底前和完成。"
        let scalars = Array(text.unicodeScalars)
        let indices = Array(text.unicodeScalars.indices) + [text.endIndex]
        var words: Set<String> = ["", "侬", "和和", "工作和，及"]
        for start in 0..<scalars.count {
            for end in (start + 1)...min(scalars.count, start + 4) { words.insert(String(String.UnicodeScalarView(scalars[start..<end]))) }
        }
        for word in words {
            for backwards in [false, true] {
                for (lo, hi) in [(0, scalars.count), (1, scalars.count - 2), (3, 9), (5, 5)] {
                    let window = indices[lo]..<indices[hi]
                    let expected = text.range(of: word, options: backwards ? .backwards : [], range: window)
                    XCTAssertEqual(ScalarText.range(of: word, in: text, backwards: backwards, within: window), expected, "\(word) \(backwards) \(lo)..<\(hi)")
                }
                XCTAssertEqual(ScalarText.range(of: word, in: text, backwards: backwards), text.range(of: word, options: backwards ? .backwards : []), word)
            }
        }
    }

    /// Byte keys: equal exactly when the bytes are, hashing alike then; canonically equivalent but
    /// differently spelled text is two keys (the documented difference from String).
    func testByteKeysCompareBytes() {
        XCTAssertEqual(ByteKey("政务公开"), ByteKey(String("政务公开".unicodeScalars)))
        XCTAssertEqual(Set([ByteKey("政务"), ByteKey("政务"), ByteKey("公开")]).count, 2)
        XCTAssertEqual("é", "e\u{301}")
        XCTAssertNotEqual(ByteKey("é"), ByteKey("e\u{301}"))
    }

    /// Each ASCII mark the canonical form widens, between Chinese text and between ASCII text; every
    /// full-width digit and letter; and full-width marks left as written. Offsets never move.
    func testCanonicalWidensMarksInChineseTextOnly() {
        for (ascii, wide) in zip("():,;!?".unicodeScalars, "（）：，；！？".unicodeScalars) {
            XCTAssertEqual(Canonical.text("公开\(ascii)政务"), "公开\(wide)政务")
            XCTAssertEqual(Canonical.text("公开 \(ascii) 政务"), "公开 \(wide) 政务", "spaces around the mark")
            XCTAssertEqual(Canonical.text("a\(ascii)b"), "a\(ascii)b", "between ASCII it stays")
            XCTAssertEqual(Canonical.text("\(ascii)"), "\(wide)", "alone")
        }
        for v: UInt32 in 0xFF10...0xFF5A {
            let c = Unicode.Scalar(v)!
            let expected = (0xFF10...0xFF19).contains(v) || (0xFF21...0xFF3A).contains(v) || (0xFF41...0xFF5A).contains(v)
                ? String(Unicode.Scalar(v - 0xFEE0)!) : String(c)
            XCTAssertEqual(Canonical.text("第\(c)条"), "第\(expected)条", "U+\(String(v, radix: 16))")
        }
        let mixed = "（一）依法公开:2021年10:30前,ＡＢＣ１２３;完成!"
        XCTAssertEqual(Canonical.text(mixed).unicodeScalars.count, mixed.unicodeScalars.count)
        XCTAssertEqual(Array(Canonical.text(mixed).unicodeScalars), Canonical.scalars(Array(mixed.unicodeScalars)))
        XCTAssertEqual(Canonical.text(mixed), "（一）依法公开：2021年10:30前，ABC123；完成！")
    }

    /// Cutting at tab bytes gives what cutting at tab Characters gives, for every scalar on either
    /// side of a tab (combining marks, joiners, CR LF, other tabs) and at the ends.
    func testTabCellsAreTheCharacterSplitForEveryNeighbour() {
        func characterSplit(_ x: String) -> [String] { x.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        let neighbours: [String] = ["", "\t", "a", "政", "\u{301}", "\u{200D}", "\r\n", "\r", "\n", "👍🏽", "🇨🇳", "\u{FE0F}", "\u{1100}", "\u{1161}", " "]
        for before in neighbours {
            for after in neighbours {
                for text in ["\(before)\t\(after)", "牵头\(before)\t\(after)单位\t", "\t\(before)\t\(after)\t"] {
                    XCTAssertEqual(ScalarText.tabCells(text), characterSplit(text), text.debugDescription)
                }
            }
        }
        XCTAssertEqual(ScalarText.tabCells(""), [""])
    }

    /// The byte test that lets `Canonical.text` return its input untouched says "may change" for
    /// exactly the scalars whose canonical form differs when they stand alone, for every scalar
    /// there is, alone and between Chinese characters.
    func testCanonicalByteTestAgreesWithTheScalarMappingOnEveryScalar() {
        var changing = 0
        for v in UInt32(0)...0x10FFFF {
            guard let c = Unicode.Scalar(v) else { continue }
            let changes = Canonical.scalar(at: 0, in: [c]) != c
            if changes { changing += 1 }
            for text in [String(c), "第\(c)条"] {
                var bytes = Array(text.utf8)
                let said = bytes.withUnsafeMutableBufferPointer { Canonical.needsChange(UnsafeBufferPointer($0)) }
                if said != changes { XCTFail("U+\(String(v, radix: 16)) in '\(text)': byte test says \(said)") }
            }
        }
        XCTAssertEqual(changing, 7 + 10 + 26 + 26, "( ) : , ; ! ? and the full-width digits and letters")
    }

    /// The bit test before the time-limit reader's switches only rejects early: for every scalar
    /// there is, it says what the full test says.
    func testTheNumberStartBitTestAgreesWithTheFullTestOnEveryScalar() {
        var starts = 0
        for v in UInt32(0)...0x10FFFF {
            guard let s = Unicode.Scalar(v) else { continue }
            let full = ScalarText.digit(s) != nil || ChineseNumeral.isNumeralScalar(s) || s == "○"
            if full { starts += 1 }
            if ChineseNumeral.mayStartNumber(s) != full { XCTFail("U+\(String(v, radix: 16)): bit test and full test differ") }
        }
        XCTAssertEqual(starts, ChineseNumeral.numberStarts.count)
    }

    /// Removing spaces from text without any returns the same text; with any, none is left.
    func testRemovingSpacesKeepsTextWithoutSpacesAndRemovesEveryKind() {
        for text in ["做好政务公开", "abc", ""] { XCTAssertEqual(CJK.removingSpaces(text), text) }
        for space in [" ", "\t", "\u{0B}", "\u{0C}", "\u{A0}", "\u{3000}", "\u{2002}", "\u{200B}", "\u{FEFF}", "\n", "\r"] {
            XCTAssertEqual(CJK.removingSpaces("做好\(space)政务\(space)公开"), "做好政务公开", "U+\(String(space.unicodeScalars.first!.value, radix: 16))")
        }
    }

    /// The byte search finds a scalar exactly where the scalar view does, for scalars of every
    /// UTF-8 length, at the start, the end and nowhere, and never inside another scalar's bytes.
    func testContainsFindsAScalarByItsBytesAsTheScalarViewDoes() {
        let texts = ["", "a", "附件：1.任务清单", "政务公开\t牵头单位", "é𠀀x", "件附", "\u{9644}", "今年"]
        let probes: [Unicode.Scalar] = ["附", "件", "\t", "a", "é", "𠀀", "x", "今", "\u{8644}", "\u{E4}", "\u{80}"]
        for text in texts {
            for c in probes {
                XCTAssertEqual(ScalarText.contains(text, c), text.unicodeScalars.contains(c), "\(text) \(c)")
            }
        }
    }
}

extension ScalarTextTests {
    /// `CJK.isSpace` with its early answer past U+3000 is the list of spaces it names, on every
    /// scalar of every plane.
    func testTheSpaceTestIsItsListOnEveryScalar() {
        var spaces = 0
        for v in UInt32(0)...0x10_FFFF {
            guard let c = Unicode.Scalar(v) else { continue }
            let listed: Bool
            switch v {
            case 0x20, 0x09, 0x0B, 0x0C, 0xA0, 0x3000, 0x2002...0x200B, 0xFEFF: listed = true
            default: listed = false
            }
            if CJK.isSpace(c) != listed { XCTFail("U+\(String(v, radix: 16))") }
            if listed { spaces += 1 }
        }
        XCTAssertEqual(spaces, 17)
    }

    /// The bracket tests, which pass over the values between the CJK brackets and the small and
    /// full-width ones by one comparison, answer as their lists on every scalar of every plane.
    func testBracketsAreTheirListsOnEveryScalar() {
        let opens = Set("〔[【（(［﹝〖".unicodeScalars), closes = Set("〕]】）)］﹞〗".unicodeScalars)
        var checked = 0
        for v in UInt32(0)...0x10_FFFF {
            guard let c = Unicode.Scalar(v) else { continue }
            XCTAssertEqual(ScalarText.isOpenBracket(c), opens.contains(c), "\(v)")
            XCTAssertEqual(ScalarText.isCloseBracket(c), closes.contains(c), "\(v)")
            checked += 1
        }
        XCTAssertEqual(checked, 0x11_0000 - 0x800)
    }
}
