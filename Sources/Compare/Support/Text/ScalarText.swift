/// The small readings every extractor makes on a line's scalars, with one rule each: a word at an
/// index, a digit, a bracket, a blank. Why one place: the metadata, citation, unit and deadline
/// readers each had their own copies, and copies drift (a letter O was a year digit in one reader
/// and not in another).
public enum ScalarText {
    public typealias Scalars = [Unicode.Scalar]

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
    @inline(__always)
    static func isOpenBracket(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "〔", "[", "【", "（", "(", "［", "﹝", "〖": return true
        default: return false
        }
    }

    @inline(__always)
    static func isCloseBracket(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "〕", "]", "】", "）", ")", "］", "﹞", "〗": return true
        default: return false
        }
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
        text.utf8.starts(with: prefix.utf8)
    }

    /// `hasPrefix`'s counterpart at the end of `text`.
    static func hasSuffix(_ text: String, _ suffix: String) -> Bool {
        let t = text.utf8, s = suffix.utf8
        return t.count >= s.count && t.suffix(s.count).elementsEqual(s)
    }

    static func string<S: Sequence>(_ s: S) -> String where S.Element == Unicode.Scalar {
        var out = ScalarString(capacity: s.underestimatedCount * 3)
        out.append(contentsOf: s)
        return out.string
    }

    /// The scalars of `x`, decoded from its UTF-8 in one pass.
    ///
    /// Why not `Array(x.unicodeScalars)`: that walks the string twice (once to count, once to copy),
    /// decoding each scalar through the generic iterator; it was a tenth of ingest and parse.
    static func scalars(_ x: String) -> Scalars {
        if let decoded = x.utf8.withContiguousStorageIfAvailable(decode) { return decoded }
        return Array(x.unicodeScalars)
    }

    /// UTF-8 bytes to scalars. A Swift string's bytes are valid UTF-8; anything else (a sequence cut
    /// short, a value no scalar has) becomes U+FFFD rather than a trap.
    static func decode(_ b: UnsafeBufferPointer<UInt8>) -> Scalars {
        var out = Scalars()
        out.reserveCapacity(b.count)
        var i = 0
        let n = b.count
        while i < n {
            let lead = UInt32(b[i])
            let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            guard i + length <= n else {
                out.append("\u{FFFD}")
                break
            }
            var v: UInt32
            switch length {
            case 1: v = lead
            case 2: v = (lead & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F)
            case 3: v = (lead & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F)
            default:
                v = (lead & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6
                    | UInt32(b[i + 3] & 0x3F)
            }
            out.append(Unicode.Scalar(v) ?? "\u{FFFD}")
            i += length
        }
        return out
    }
}
