/// Reads numbering markers (一、 （一） 1. 1、 （1） ①, 1.1 and 1.1.1, 第一部分 第一章 第一节) off the front of a text.
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
        leading(ScalarText.scalars(text, prefix: 16))
    }

    /// Scalars form: `s` needs only the first 16 scalars of the text.
    static func leading(_ written: [Unicode.Scalar]) -> Match? {
        guard let f = found(written) else { return nil }
        // `raw` keeps what was written: folding full-width digits keeps every scalar's place.
        return Match(numbering: Numbering(family: f.family, value: f.value, raw: ScalarText.string(written[f.written])), length: f.length)
    }

    /// The family and length of the marker `written` opens with, without its written form: what
    /// the reflow asks of every line, where making the written form for each was a marker
    /// string made and thrown away a line.
    static func leadingShape(_ written: [Unicode.Scalar]) -> (family: Numbering.Family, length: Int)? {
        found(written).map { ($0.family, $0.length) }
    }

    /// A marker as the scan finds it: its number, where it is written, and how many scalars it
    /// takes with the white space after it.
    private struct Found {
        let family: Numbering.Family
        let value: Int
        let written: Range<Int>
        let length: Int
    }

    private static func found(_ written: [Unicode.Scalar]) -> Found? {
        // Full-width digits read as ASCII ones. Nearly every text has none to fold: then it is
        // scanned as it is (no copy).
        guard written.contains(where: { (0xFF10...0xFF19).contains($0.value) }) else { return scan(written) }
        var s = written
        for k in s.indices where (0xFF10...0xFF19).contains(s[k].value) { s[k] = Unicode.Scalar(s[k].value - 0xFEE0)! }
        return scan(s)
    }

    private static func scan(_ s: [Unicode.Scalar]) -> Found? {
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
                guard digits.count <= 3, let v = asciiValue(digits), v > 0 else { return nil }
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
        if first == "第", let ordinal = ordinalWord(s, from: i) {
            return finish(s, start: start, end: ordinal.end, family: ordinal.family, value: ordinal.value)
        }
        if CJK.isASCIIDigit(first), let path = dottedNumber(s, from: i) {
            return finish(s, start: start, end: path.end, family: path.family, value: path.value)
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
            // "1.5万" is a number ("1.1" was read above as a dotted marker); but "31.2021年底前…"
            // is item 31 whose text opens with a year.
            if i + 1 < s.count, CJK.isASCIIDigit(s[i + 1]), !opensWithYear(s, i + 1) { return nil }
            guard let value = asciiValue(s[start..<i]), value > 0 else { return nil }
            return finish(s, start: start, end: i + 1, family: family, value: value)
        }
        // Chinese numeral with 、 (or a full stop, full-width or ASCII, as a 、 typed in a hurry
        // or a conversion leaves it): 一、 十二、 一． 一.
        if ChineseNumeral.isNumeralScalar(first) {
            while i < s.count, ChineseNumeral.isNumeralScalar(s[i]), i - start < 4 { i += 1 }
            guard i < s.count, s[i] == "、" || s[i] == "．" || s[i] == "." else { return nil }
            guard let value = ChineseNumeral.value(s[start..<i]) else { return nil }
            return finish(s, start: start, end: i + 1, family: .cjkComma, value: value)
        }
        return nil
    }

    /// Words a number is counted in: after them "1.5" is a quantity, not a clause number.
    static let measureWords: Set<Unicode.Scalar> = Set("万亿千百元倍个%％年月日时分秒米吨亩人次户件项名家".unicodeScalars)

    /// Words a range of numbers or a date is counted in besides those ("3-5天", "1-2季度", "2-3批",
    /// "1-2场", "3-5篇", "6-12岁", "6-30前"): after a hyphen's two numbers they make a range or a day,
    /// where after a dot's they open a title (1.2批准…). Not the first characters of titles a
    /// 分工方案 writes (所有, 本级, 处理, 门户, 部署, 台账).
    static let rangeWords: Set<Unicode.Scalar> = Set("天季周期批轮场篇岁条份张册辆座级类小前后底号内止起".unicodeScalars)

    /// "1.1", "2.3.1", "1.1.1.1" (at most three digits each, none zero or written with a
    /// leading zero), closed by a dot, an enumeration comma, white space or text; not a quantity
    /// ("1.5万元", "2.5倍"). Plans do not cite version numbers, so "1.10.2" is read as a marker.
    /// The parts may be set apart by hyphens instead ("1-1", "2-3-1", a 分工方案's numbering; one
    /// kind throughout): read as "1.1", where "1-1" was the row number 11 and a line opening with
    /// it no marker at all. A range is no marker: "1-6月", "3-5家", as "1.5万元" is not.
    static func dottedNumber(_ s: [Unicode.Scalar], from start: Int) -> (family: Numbering.Family, value: Int, end: Int)? {
        // Asked of every digit that may open a marker: count the parts and keep the last, no array.
        var parts = 0, value = 0
        var i = start
        // Whether the parts are set apart by hyphens (fixed by the first separator).
        var hyphens: Bool? = nil
        while true {
            let digitsStart = i
            value = 0
            while i < s.count, i - digitsStart < 4, CJK.isASCIIDigit(s[i]) {
                value = value * 10 + Int(s[i].value - 0x30)
                i += 1
            }
            let count = i - digitsStart
            guard count >= 1, count <= 3, s[digitsStart] != "0" else { return nil }
            parts += 1
            guard i + 1 < s.count, CJK.isASCIIDigit(s[i + 1]) else { break }
            let hyphen = isHyphen(s[i])
            guard hyphen || s[i] == "." || s[i] == "．", hyphens.map({ $0 == hyphen }) ?? true else { break }
            hyphens = hyphen
            i += 1
        }
        guard let family = Numbering.Family.dotted(parts) else { return nil }
        var end = i
        if end < s.count, s[end] == "." || s[end] == "．" || s[end] == "、" { end += 1 }
        // Clean-up removes the space between a marker and Chinese text ("1.2日常指导"), so a
        // measure word only tells a quantity from a marker in two parts: "1.5万元" is never
        // written with two dots.
        if end < s.count, CJK.isASCIIDigit(s[end]) || parts == 2 && measureWords.contains(s[end]) { return nil }
        // "1-1-", "1-2～3", "3-5天": a range or a number cut short, not a marker.
        if hyphens == true, end < s.count, isHyphen(s[end]) || s[end] == "～" || s[end] == "~" || parts == 2 && rangeWords.contains(s[end]) { return nil }
        return (family, value, end)
    }

    /// A hyphen between a dotted number's parts: ASCII or full-width.
    @inline(__always)
    static func isHyphen(_ c: Unicode.Scalar) -> Bool { c == "-" || c == "－" }

    /// "第一部分", "第2章", "第三节", "第四条": an ordinal heading.
    static func ordinalWord(_ s: [Unicode.Scalar], from start: Int) -> (family: Numbering.Family, value: Int, end: Int)? {
        var i = start + 1
        let numberStart = i
        while i < s.count, i - numberStart < 4, CJK.isASCIIDigit(s[i]) || ChineseNumeral.isNumeralScalar(s[i]) { i += 1 }
        guard i > numberStart, i < s.count else { return nil }
        let number = s[numberStart..<i]
        let value = number.allSatisfy(CJK.isASCIIDigit) ? asciiValue(number) : ChineseNumeral.value(number)
        guard let value, value > 0 else { return nil }
        if s[i] == "章" { return (.chapterWord, value, i + 1) }
        if s[i] == "节" { return (.sectionWord, value, i + 1) }
        // Not a word that opens with 条 (第二条款 is a clause of an article, 第三条例 no marker at
        // all), nor a cited law's article said to provide (第十三条规定…).
        if s[i] == "条" {
            let next = i + 1 < s.count ? s[i + 1] : " "
            let says = next == "规" && i + 2 < s.count && s[i + 2] == "定"
            return "款例件线目文约".unicodeScalars.contains(next) || says ? nil : (.articleWord, value, i + 1)
        }
        if s[i] == "部", i + 1 < s.count, s[i + 1] == "分" { return (.partWord, value, i + 2) }
        return nil
    }

    /// The value of a run of at most four ASCII digits (as `Int(String)` reads it, without the
    /// String); nil for an empty run or any other scalar.
    static func asciiValue(_ digits: ArraySlice<Unicode.Scalar>) -> Int? {
        guard !digits.isEmpty, digits.count <= 4 else { return digits.isEmpty ? nil : Int(ScalarText.string(digits)) }
        var v = 0
        for d in digits {
            guard CJK.isASCIIDigit(d) else { return nil }
            v = v * 10 + Int(d.value - 0x30)
        }
        return v
    }

    /// Four digits of a year (19xx, 20xx) and 年 at `k`.
    static func opensWithYear(_ s: [Unicode.Scalar], _ k: Int) -> Bool {
        guard k + 4 < s.count, s[k + 4] == "年", s[k] == "1" && s[k + 1] == "9" || s[k] == "2" && s[k + 1] == "0" else { return false }
        return (k..<(k + 4)).allSatisfy { CJK.isASCIIDigit(s[$0]) }
    }

    private static func finish(_ s: [Unicode.Scalar], start: Int, end: Int, family: Numbering.Family, value: Int) -> Found? {
        guard value <= 200 else { return nil }
        // A marker followed by another enumeration comma ("一、、") or nothing but a closing
        // bracket is not a marker.
        var j = end
        while j < s.count, CJK.isSpace(s[j]) { j += 1 }
        if j < s.count, s[j] == "、" { return nil }
        return Found(family: family, value: value, written: start..<end, length: j)
    }
}
