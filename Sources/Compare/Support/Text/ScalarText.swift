import Foundation

/// The small readings every extractor makes on a line's scalars, with one rule each: a word at an
/// index, a digit, a bracket, a blank. Why one place: the metadata, citation, unit and deadline
/// readers each had their own copies, and copies drift (a letter O was a year digit in one reader
/// and not in another).
public enum ScalarText {
    public typealias Scalars = [Unicode.Scalar]

    /// A line break inside a table cell of a Word file or a web page (「县发改局<br>县统计局」): the
    /// readers write it as U+001F (the ASCII unit separator), since a real break would end the
    /// row's line. Parse reads it as a name separator in unit cells and as a space everywhere else.
    static let cellBreak: Unicode.Scalar = "\u{1F}"

    /// A table cell merged with the one above it (Word's `vMerge`, a web page's `rowspan`): the
    /// readers write the continuation cell as this scalar alone (U+001E, the ASCII record
    /// separator), so that its column keeps its place; parse gives it the text above where that
    /// names the units or time limit of every row the cell spans (`TableLayout.resolvingMerged`).
    static let mergedAbove: Unicode.Scalar = "\u{1E}"

    /// False for scalars Unicode's White_Space (a closed list, 0x09–0x0D … U+3000) cannot hold:
    /// printable ASCII and everything past U+3000, ideographs and full-width marks among them. A
    /// property lookup, or Foundation, is then asked only of the rest (a test holds this to the
    /// property and to `CharacterSet.whitespaces` on every scalar).
    @inline(__always)
    static func mayBeWhitespace(_ v: UInt32) -> Bool {
        !(v > 0x20 && v < 0x7F) && v <= 0x3000
    }

    /// The first control character of `s` that no line of text holds (C0 controls other than tab,
    /// line feed and carriage return, and DEL), with its line (1-based), or nil. Why: Foundation's
    /// search traps on a word that ends in NUL ("中".range(of: "中\u{0}")), so a hand-written file
    /// holding one is refused when read, not left to fail in a check. Lines are counted as the
    /// taxonomy's reader breaks them (`TaxonomyFile.lines`, Foundation's `enumerateLines`): at LF,
    /// CR, CR LF (one break), NEL, U+2028 and U+2029. Read from the bytes: every byte of a scalar of
    /// two bytes or more is 0x80 or above, so a byte below 0x80 is the scalar itself.
    static func firstControl(_ s: String) -> (line: Int, scalar: Unicode.Scalar)? {
        var line = 1
        var afterCR = false
        var u = s
        return u.withUTF8 { b -> (line: Int, scalar: Unicode.Scalar)? in
            var i = 0
            while i < b.count {
                let byte = b[i]
                defer { i += 1 }
                if byte == 0x0A {
                    if !afterCR { line += 1 }
                    afterCR = false
                    continue
                }
                afterCR = byte == 0x0D
                if afterCR { line += 1; continue }
                if (byte < 0x20 && byte != 0x09) || byte == 0x7F { return (line, Unicode.Scalar(byte)) }
                // NEL (C2 85), U+2028 and U+2029 (E2 80 A8, E2 80 A9).
                if byte == 0xC2, i + 1 < b.count, b[i + 1] == 0x85 { line += 1 }
                if byte == 0xE2, i + 2 < b.count, b[i + 1] == 0x80, b[i + 2] == 0xA8 || b[i + 2] == 0xA9 { line += 1 }
            }
            return nil
        }
    }

    /// `s.trimmingCharacters(in: .whitespaces)`: Foundation is asked only when an end of `s` may be
    /// white space; most pieces of a plan end in an ideograph or a mark.
    static func trimmingSpaces<S: StringProtocol>(_ s: S) -> String {
        let u = s.unicodeScalars
        guard let first = u.first, let last = u.last else { return String(s) }
        if !mayBeWhitespace(first.value) && !mayBeWhitespace(last.value) { return String(s) }
        // Of the scalars that stand alone, only U+0020 and U+3000 are white space (a test holds it
        // on every one): such a text is trimmed of those two without asking Foundation.
        guard standsAlone(s) else { return s.trimmingCharacters(in: .whitespaces) }
        var (lo, hi) = (u.startIndex, u.endIndex)
        while lo < hi, u[lo] == " " || u[lo] == "\u{3000}" { lo = u.index(after: lo) }
        while hi > lo {
            let before = u.index(before: hi)
            guard u[before] == " " || u[before] == "\u{3000}" else { break }
            hi = before
        }
        // Every scalar a character: a scalar's place is a character's, in `s` as in its scalars.
        return String(s[lo..<hi])
    }

    /// White space (including U+3000 and no-break space) and line breaks.
    @inline(__always)
    static func isBlank(_ s: Unicode.Scalar) -> Bool {
        CJK.isSpace(s) || s == "\n" || s == "\r"
    }

    static func skipBlanks(_ a: Scalars, _ i: Int) -> Int {
        var j = max(i, 0)
        while j < a.count, isBlank(a[j]) { j += 1 }
        return j
    }

    /// `w` is at `i` in `a` (false when `i` is outside `a`).
    @inline(__always)
    static func has(_ a: Scalars, _ w: Scalars, at i: Int) -> Bool {
        guard i >= 0, i + w.count <= a.count else { return false }
        var k = 0
        while k < w.count {
            if a[i + k] != w[k] { return false }
            k += 1
        }
        return true
    }

    /// `part` as a String cut from `text`, when `text` decoded (`scalars`) holds `part` whole after
    /// its leading blanks (what a reader that trims and cuts off a tail leaves); nil otherwise.
    /// Why: a cut copies bytes already known to be UTF-8, where building the String again from
    /// the scalars encodes and validates every one.
    static func cut(_ part: Scalars, from text: String, scalars: Scalars) -> String? {
        var lo = 0
        while lo < scalars.count, isBlank(scalars[lo]) { lo += 1 }
        let dropped = scalars.count - lo - part.count
        guard dropped >= 0, !part.isEmpty else { return nil }
        let same = scalars.withUnsafeBufferPointer { s in
            part.withUnsafeBufferPointer { p in
                memcmp(s.baseAddress! + lo, p.baseAddress!, part.count * MemoryLayout<Unicode.Scalar>.stride) == 0
            }
        }
        guard same else { return nil }
        let view = text.unicodeScalars
        // The tail is short (an annotation, trailing blanks): walk back from the end, not forward.
        return String(view[view.index(view.startIndex, offsetBy: lo)..<view.index(view.endIndex, offsetBy: -dropped)])
    }

    static func hasSuffix(_ a: ArraySlice<Unicode.Scalar>, _ w: Scalars) -> Bool {
        guard a.count >= w.count else { return false }
        var i = a.endIndex - w.count
        for s in w {
            if a[i] != s { return false }
            i += 1
        }
        return true
    }

    static func contains(_ a: ArraySlice<Unicode.Scalar>, _ w: Scalars) -> Bool {
        guard !w.isEmpty, a.count >= w.count else { return false }
        var i = a.startIndex
        while i + w.count <= a.endIndex {
            if a[i] == w[0] {
                var k = 1
                while k < w.count, a[i + k] == w[k] { k += 1 }
                if k == w.count { return true }
            }
            i += 1
        }
        return false
    }

    /// ASCII or full-width digit value.
    @inline(__always)
    static func digit(_ s: Unicode.Scalar) -> Int? {
        let v = s.value
        if v >= 0x30 && v <= 0x39 { return Int(v - 0x30) }
        if v >= 0xFF10 && v <= 0xFF19 { return Int(v - 0xFF10) }
        return nil
    }

    /// A digit of a year written digit by digit: 二〇二一, 二○二一, and 二O二一 / 二0二一, where the
    /// zero was typed as a letter O or a digit (both are seen in published plans).
    @inline(__always)
    static func yearDigit(_ s: Unicode.Scalar) -> Int? {
        switch s {
        case "○", "〇", "O", "o", "Ｏ", "零", "0", "０": return 0
        case "两": return nil
        default: return ChineseNumeral.digit(s)
        }
    }

    /// Brackets a document number's year sits in (〔2021〕, [2021], 【2021】…), in either width.
    /// The ideographs (most of any plan, asked of scalar after scalar) lie between the CJK brackets
    /// and the small and full-width ones (`betweenBrackets`): one test tells them, before the cases.
    @inline(__always)
    static func isOpenBracket(_ s: Unicode.Scalar) -> Bool {
        if betweenBrackets(s.value) { return false }
        switch s {
        case "〔", "[", "【", "（", "(", "［", "﹝", "〖": return true
        default: return false
        }
    }

    @inline(__always)
    static func isCloseBracket(_ s: Unicode.Scalar) -> Bool {
        if betweenBrackets(s.value) { return false }
        switch s {
        case "〕", "]", "】", "）", ")", "］", "﹞", "〗": return true
        default: return false
        }
    }

    /// U+3020 to U+FE5C, where no bracket of either kind stands (〖〗 end at U+3017, ﹝ is U+FE5D),
    /// by one comparison of the value moved to start at zero.
    @inline(__always)
    static func betweenBrackets(_ v: UInt32) -> Bool {
        v &- 0x3020 < 0xFE5D - 0x3020
    }

    /// Sentence and clause punctuation of a normalised (full-width) line.
    @inline(__always)
    static func isSentencePunct(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "。", "，", "；", "：", "！", "？", "、": return true
        default: return false
        }
    }

    /// Whether `text` begins with `prefix`, byte for byte.
    ///
    /// Why not `String.hasPrefix`: that compares under Unicode canonical equivalence, normalising
    /// both sides, at several times the cost, for words (lexicon entries, all plain ideographs) that
    /// have one spelling. The difference: a decomposed or compatibility-ideograph spelling of such a
    /// word is not the word here.
    static func hasPrefix(_ text: String, _ prefix: String) -> Bool {
        bytesMatch(text, prefix, fromEnd: false)
    }

    /// Whether `word`'s bytes stand at the start (or end) of `text`'s: one `memcmp` over contiguous
    /// storage, where comparing the two UTF-8 views stepped a byte at a time, generically.
    private static func bytesMatch(_ text: String, _ word: String, fromEnd: Bool) -> Bool {
        let n = text.utf8.count, m = word.utf8.count
        guard n >= m else { return false }
        guard m > 0 else { return true }
        var (text, word) = (text, word)
        return text.withUTF8 { t in
            word.withUTF8 { w in
                guard let tb = t.baseAddress, let wb = w.baseAddress else { return false }
                return memcmp(tb + (fromEnd ? n - m : 0), wb, m) == 0
            }
        }
    }

    /// `text` cut at every tab, found by its byte. A tab is a grapheme cluster of its own (a control
    /// character breaks on both sides), so this is `split(separator: "\t")` without walking the
    /// text's Characters, which cost a table row more than reading its cells.
    /// The tabs are found by `memchr` over the bytes and the cells cut at their offsets (a native
    /// string's UTF-8 offset is an index in constant time), where stepping the UTF-8 view an index
    /// at a time cost tens of instructions a byte.
    static func tabCells(_ text: String) -> [String] {
        var copy = text
        let tabs: [Int] = copy.withUTF8 { b in
            var found: [Int] = []
            guard let base = b.baseAddress else { return found }
            var i = 0
            while i < b.count, let hit = memchr(base + i, 0x09, b.count - i) {
                let k = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                found.append(k)
                i = k + 1
            }
            return found
        }
        let u = text.utf8
        var cells: [String] = []
        cells.reserveCapacity(tabs.count + 1)
        var start = u.startIndex
        for k in tabs {
            let tab = u.index(u.startIndex, offsetBy: k)
            cells.append(String(text[start..<tab]))
            start = u.index(after: tab)
        }
        cells.append(String(text[start..<u.endIndex]))
        return cells
    }

    /// Whether `text` holds the scalar `c`, found by its UTF-8 bytes without decoding `text`.
    /// UTF-8 is self-synchronising: a scalar's whole encoding can match only where a scalar starts.
    static func contains(_ text: String, _ c: Unicode.Scalar) -> Bool {
        var text = text
        return withUTF8(of: c) { w in text.withUTF8 { t in byteOffset(of: w, in: t, from: 0) != nil } }
    }

    /// `c`'s UTF-8 bytes, on the stack: a String made of one scalar to search for cost more than
    /// the search in a line that does not hold it.
    @inline(__always)
    static func withUTF8<R>(of c: Unicode.Scalar, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        var bytes: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &bytes) { raw in
            UTF8.encode(c) { unit in
                raw[count] = unit
                count += 1
            }
        }
        return withUnsafeBytes(of: &bytes) { raw in
            body(UnsafeBufferPointer(start: raw.baseAddress?.assumingMemoryBound(to: UInt8.self), count: count))
        }
    }

    /// Whether `text` holds each of `marks` in turn (年, then 月 after it, then 日 after that), found by
    /// their UTF-8 bytes in one pass without decoding `text`.
    static func containsInOrder(_ text: String, _ marks: [Unicode.Scalar]) -> Bool {
        var text = text
        return text.withUTF8 { t -> Bool in
            var from = 0
            for mark in marks {
                guard let end = withUTF8(of: mark, { w in byteOffset(of: w, in: t, from: from).map { $0 + w.count } }) else { return false }
                from = end
            }
            return true
        }
    }

    /// Whether `text` holds `word`, byte for byte, as `hasPrefix` compares (and for its reason:
    /// Foundation's search, which `String.contains` is on Linux, normalises both sides at many
    /// times the cost, for words with one spelling). An empty word is in every text.
    static func contains(_ text: String, word: String) -> Bool {
        var (text, word) = (text, word)
        return text.withUTF8 { t in word.withUTF8 { w in byteOffset(of: w, in: t, from: 0) != nil } }
    }

    /// Where `word` first (or, `backwards`, last) stands in `text`, within `range` when given,
    /// found by its bytes: `range(of:)` without Foundation's normalising search. Nil for an empty
    /// word, as Foundation's. A match always starts and ends on scalar boundaries (UTF-8 cannot
    /// match part-way into a scalar), though not always on a character's (和 before a variation
    /// selector). The difference from Foundation, as for `contains(_:word:)`: two spellings of one
    /// character (a compatibility ideograph U+F967 for 不) are two words here.
    static func range(of word: String, in text: String, backwards: Bool = false, within range: Range<String.Index>? = nil) -> Range<String.Index>? {
        let utf8 = text.utf8
        let lo = range.map { utf8.distance(from: utf8.startIndex, to: $0.lowerBound) } ?? 0
        let hi = range.map { utf8.distance(from: utf8.startIndex, to: $0.upperBound) } ?? utf8.count
        var (t, w) = (text, word)
        let found: Int? = t.withUTF8 { tb in
            w.withUTF8 { wb -> Int? in
                guard !wb.isEmpty, hi - lo >= wb.count else { return nil }
                let window = UnsafeBufferPointer(rebasing: tb[lo..<hi])
                guard backwards else { return byteOffset(of: wb, in: window, from: 0).map { $0 + lo } }
                var i = window.count - wb.count
                while i >= 0 {
                    if window[i] == wb[0] {
                        var k = 1
                        while k < wb.count, window[i + k] == wb[k] { k += 1 }
                        if k == wb.count { return i + lo }
                    }
                    i -= 1
                }
                return nil
            }
        }
        guard let found else { return nil }
        let start = utf8.index(utf8.startIndex, offsetBy: found)
        return start..<utf8.index(start, offsetBy: word.utf8.count)
    }

    /// Where the bytes `w` first stand in `t` at or after `from`; `from` itself for no bytes.
    /// The first byte is found with `memchr` (vectorised in the C library: most lines hold no tab,
    /// no 附, and are read whole for nothing), the rest compared where it matches.
    static func byteOffset(of w: UnsafeBufferPointer<UInt8>, in t: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard let first = w.first else { return from }
        guard let base = t.baseAddress else { return nil }
        var i = from
        let last = t.count - w.count
        while i <= last {
            guard let hit = memchr(base + i, Int32(first), last - i + 1) else { return nil }
            i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            var k = 1
            while k < w.count, t[i + k] == w[k] { k += 1 }
            if k == w.count { return i }
            i += 1
        }
        return nil
    }

    /// `hasPrefix`'s counterpart at the end of `text`.
    static func hasSuffix(_ text: String, _ suffix: String) -> Bool {
        bytesMatch(text, suffix, fromEnd: true)
    }
}
