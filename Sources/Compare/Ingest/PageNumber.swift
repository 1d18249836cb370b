/// A line that is a printed page's number, which a copy of a printed plan (a PDF's text, a
/// converted file) carries between two pages' text: it is no wording of the plan, and left in it
/// stood as an item of its own or was joined into the sentence the page break cut
/// (「向农村和社区—2—延伸」).
///
/// The forms are those the rules for official documents print and the conversions leave of them:
/// GB/T 9704 sets the number between two 一字线 (「— 1 —」), written by conversions as any dash
/// (—, ―, –, ‒, ‐, -, －, −, ─) or as 一, one or two each side, with or without spaces; web and
/// Word footers write 「第1页」 or 「第 1 页 共 12 页」 (also 「第1页，共12页」, 「第1页/共12页」 and
/// 「第1/12页」), and a converter's English one 「Page 1 of 12」. The
/// number is one to four digits, ASCII or full-width. A number alone on a line is not taken: a
/// table copied cell by cell has such lines (its 序号), and nothing tells them from a page's.
enum PageNumber {
    /// The most scalars such a line has once spaces are out: 「Page1234of1234」 is 14.
    static let longest = 14

    /// Whether `line` (a cleaned or raw line's scalars) is a page number and nothing else.
    static func isPageNumber<C: Collection>(_ line: C) -> Bool where C.Element == Unicode.Scalar {
        // Most lines are passed over at their first scalar that is not a space.
        guard let first = line.first(where: { !CJK.isSpace($0) }), isDash(first) || first == "第" || first == "P" || first == "p" else { return false }
        var s: [Unicode.Scalar] = []
        s.reserveCapacity(longest + 1)
        for c in line where !CJK.isSpace(c) {
            s.append(c)
            if s.count > longest { return false }
        }
        return first == "第" ? isFooter(s) : isDash(first) ? isBetweenDashes(s) : isEnglishFooter(s)
    }

    /// 「Page 3」, 「Page 3 of 12」 (a converter's English footer), spaces gone.
    static func isEnglishFooter(_ s: [Unicode.Scalar]) -> Bool {
        guard s.count > 4, String(String.UnicodeScalarView(s[0..<4])).lowercased() == "page" else { return false }
        let page = digitRun(s, from: 4)
        guard page > 0 else { return false }
        var i = 4 + page
        if i == s.count { return true }
        guard i + 2 < s.count, s[i] == "o" || s[i] == "O", s[i + 1] == "f" || s[i + 1] == "F" else { return false }
        i += 2
        let total = digitRun(s, from: i)
        return total > 0 && i + total == s.count
    }

    /// 「—1—」: one or two dashes, the number, as many dashes (two each side or one each side).
    static func isBetweenDashes(_ s: [Unicode.Scalar]) -> Bool {
        var i = 0
        while i < s.count, isDash(s[i]) { i += 1 }
        let lead = i
        let digits = digitRun(s, from: i)
        guard (1...2).contains(lead), digits > 0 else { return false }
        i += digits
        var trail = 0
        while i < s.count, isDash(s[i]) { i += 1; trail += 1 }
        return i == s.count && trail == lead
    }

    /// 「第1页」, 「第1页共12页」, 「第1页，共12页」, 「第1/12页」.
    static func isFooter(_ s: [Unicode.Scalar]) -> Bool {
        var i = 1
        let page = digitRun(s, from: i)
        guard page > 0 else { return false }
        i += page
        if i < s.count, s[i] == "/" || s[i] == "／" {
            let total = digitRun(s, from: i + 1)
            guard total > 0 else { return false }
            i += 1 + total
        }
        guard i < s.count, s[i] == "页" else { return false }
        i += 1
        if i == s.count { return true }
        if s[i] == "，" || s[i] == "," || s[i] == "、" || s[i] == "/" || s[i] == "／" { i += 1 }
        guard i < s.count, s[i] == "共" else { return false }
        let total = digitRun(s, from: i + 1)
        guard total > 0 else { return false }
        i += 1 + total
        return i + 1 == s.count && s[i] == "页"
    }

    /// How many digits (ASCII or full-width, at most four) stand at `start`; 0 past four.
    static func digitRun(_ s: [Unicode.Scalar], from start: Int) -> Int {
        var i = start
        while i < s.count, ScalarText.digit(s[i]) != nil { i += 1 }
        return i - start <= 4 ? i - start : 0
    }

    /// A dash a page number is set between: the 一字线 as printed, typed or converted.
    static func isDash(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x2D, 0x2010...0x2015, 0x2212, 0x2500, 0x2501, 0xFF0D, 0x4E00: return true
        default: return false
        }
    }
}
