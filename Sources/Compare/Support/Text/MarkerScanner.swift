/// Reads numbering markers (一、 （一） 1. 1、 （1） ①) off the front of a text.
///
/// A hand scanner over Unicode scalars: markers are checked on every line of every plan, so this
/// is a hot path, and the shapes are simple enough that a regex buys nothing.
public enum MarkerScanner {
    /// A marker found at the start of a text: the numbering and how many scalars it takes,
    /// including white space after it.
    public struct Match: Sendable {
        public var numbering: Numbering
        public var length: Int
    }

    /// The marker that opens `text`, if any (leading white space is skipped).
    public static func leading(_ text: Substring) -> Match? {
        leading(Array(text.unicodeScalars.prefix(16)))
    }

    public static func leading(_ text: String) -> Match? {
        leading(Array(text.unicodeScalars.prefix(16)))
    }

    /// Scalars form: `s` needs only the first 16 scalars of the text.
    static func leading(_ written: [Unicode.Scalar]) -> Match? {
        // Full-width digits read as ASCII ones; `raw` keeps what was written.
        var s = written
        for k in s.indices where (0xFF10...0xFF19).contains(s[k].value) { s[k] = Unicode.Scalar(s[k].value - 0xFEE0)! }
        guard var match = scan(s) else { return nil }
        let start = written.firstIndex { !CJK.isSpace($0) } ?? 0
        match.numbering.raw = ScalarText.string(written[start..<(start + match.numbering.raw.unicodeScalars.count)])
        return match
    }

    private static func scan(_ s: [Unicode.Scalar]) -> Match? {
        var i = 0
        while i < s.count, CJK.isSpace(s[i]) { i += 1 }
        let start = i
        guard i < s.count else { return nil }
        let first = s[i]
        // Parenthesised: （一） (1) （ 1 ）
        if first == "（" || first == "(" {
            i += 1
            while i < s.count, CJK.isSpace(s[i]) { i += 1 }
            let numStart = i
            while i < s.count, CJK.isASCIIDigit(s[i]) || ChineseNumeral.isNumeralScalar(s[i]) { i += 1 }
            let digits = s[numStart..<i]
            while i < s.count, CJK.isSpace(s[i]) { i += 1 }
            guard !digits.isEmpty, i < s.count, s[i] == "）" || s[i] == ")" else { return nil }
            i += 1
            let family: Numbering.Family
            let value: Int
            if digits.allSatisfy(CJK.isASCIIDigit) {
                guard digits.count <= 3, let v = Int(ScalarText.string(digits)), v > 0 else { return nil }
                family = .arabicParen
                value = v
            } else {
                guard let v = ChineseNumeral.value(digits) else { return nil }
                family = .cjkParen
                value = v
            }
            return finish(s, start: start, end: i, family: family, value: value)
        }
        // Enclosed numbers: ① … ⑳, ⑴ … ⒇, ⒈ … ⒛
        let v = first.value
        if (0x2460...0x2473).contains(v) {
            return finish(s, start: start, end: i + 1, family: .circled, value: Int(v - 0x2460) + 1)
        }
        if (0x2474...0x2487).contains(v) {
            return finish(s, start: start, end: i + 1, family: .arabicParen, value: Int(v - 0x2474) + 1)
        }
        if (0x2488...0x249B).contains(v) {
            return finish(s, start: start, end: i + 1, family: .arabicDot, value: Int(v - 0x2488) + 1)
        }
        // Arabic: 1. 1． 1、
        if CJK.isASCIIDigit(first) {
            while i < s.count, CJK.isASCIIDigit(s[i]) { i += 1 }
            let count = i - start
            guard count <= 3, i < s.count else { return nil }
            let sep = s[i]
            let family: Numbering.Family
            switch sep {
            case ".", "．": family = .arabicDot
            case "、": family = .arabicComma
            case "）", ")": family = .arabicParen
            default: return nil
            }
            // "1.5" is a number, "1.1" a sub-clause number we do not treat as a marker; but
            // "31.2021年底前…" is item 31 whose text opens with a year.
            if i + 1 < s.count, CJK.isASCIIDigit(s[i + 1]), !opensWithYear(s, i + 1) { return nil }
            guard let value = Int(ScalarText.string(s[start..<i])), value > 0 else { return nil }
            return finish(s, start: start, end: i + 1, family: family, value: value)
        }
        // Chinese numeral with 、 (or ．): 一、 十二、
        if ChineseNumeral.isNumeralScalar(first) {
            while i < s.count, ChineseNumeral.isNumeralScalar(s[i]), i - start < 4 { i += 1 }
            guard i < s.count, s[i] == "、" || s[i] == "．" else { return nil }
            guard let value = ChineseNumeral.value(s[start..<i]) else { return nil }
            return finish(s, start: start, end: i + 1, family: .cjkComma, value: value)
        }
        return nil
    }

    /// Four digits of a year (19xx, 20xx) and 年 at `k`.
    static func opensWithYear(_ s: [Unicode.Scalar], _ k: Int) -> Bool {
        guard k + 4 < s.count, s[k + 4] == "年", s[k] == "1" && s[k + 1] == "9" || s[k] == "2" && s[k + 1] == "0" else { return false }
        return (k..<(k + 4)).allSatisfy { CJK.isASCIIDigit(s[$0]) }
    }

    private static func finish(_ s: [Unicode.Scalar], start: Int, end: Int, family: Numbering.Family, value: Int) -> Match? {
        guard value <= 200 else { return nil }
        // A marker followed by another enumeration comma ("一、、") or nothing but a closing
        // bracket is not a marker.
        var j = end
        while j < s.count, CJK.isSpace(s[j]) { j += 1 }
        if j < s.count, s[j] == "、" { return nil }
        let raw = ScalarText.string(s[start..<end])
        return Match(numbering: Numbering(family: family, value: value, raw: raw), length: j)
    }
}
