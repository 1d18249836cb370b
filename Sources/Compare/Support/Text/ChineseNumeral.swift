/// Chinese numerals as plans use them in markers: 一 … 九十九 (and 〇/零, 两).
///
/// Why not `Character.isNumber`: it is true for 一 and for full-width digits alike, and says
/// nothing of the value. An explicit table is exact.
public enum ChineseNumeral {
    static func digit(_ s: Unicode.Scalar) -> Int? {
        switch s {
        case "〇", "零": return 0
        case "一": return 1
        case "二", "两": return 2
        case "三": return 3
        case "四": return 4
        case "五": return 5
        case "六": return 6
        case "七": return 7
        case "八": return 8
        case "九": return 9
        default: return nil
        }
    }

    static func isNumeralScalar(_ s: Unicode.Scalar) -> Bool {
        s == "十" || s == "百" || digit(s) != nil
    }

    /// The scalars a number can start with: ASCII and full-width digits, the numerals, and ○ (a
    /// zero in years typed as a circle).
    static let numberStarts: [Unicode.Scalar] = Array("0123456789０１２３４５６７８９〇零一二两三四五六七八九十百○".unicodeScalars)

    /// One bit per value of the low six bits of a scalar of `numberStarts`: a scalar whose bit is
    /// clear starts no number, decided in two instructions instead of a switch of twenty cases.
    /// A literal, so that reading it costs no lazy-initialisation check in the loops that ask it of
    /// every scalar; a test holds it equal to the bits of `numberStarts`.
    static let numberStartBits: UInt64 = 0x43FF_2810_2BFF_1A8B

    /// Whether a number (`digit`, `isNumeralScalar`, ○) can start at `s`; exact, the bit only
    /// rejects early.
    @inline(__always)
    static func mayStartNumber(_ s: Unicode.Scalar) -> Bool {
        guard numberStartBits & (1 << (s.value & 63)) != 0 else { return false }
        return ScalarText.digit(s) != nil || isNumeralScalar(s) || s == "○"
    }

    /// The value of a numeral such as 三, 十二, 二十, 二十一, 一百零五; nil if it is not one.
    public static func value<S: Collection>(_ scalars: S) -> Int? where S.Element == Unicode.Scalar {
        if scalars.isEmpty { return nil }
        var total = 0
        var current = -1
        for s in scalars {
            if let d = digit(s) {
                if current >= 0 { return nil }  // two digits in a row: not a marker numeral
                current = d
            } else if s == "十" {
                total += (current < 0 ? 1 : current) * 10
                current = -1
            } else if s == "百" {
                if current < 0 { return nil }
                total += current * 100
                current = -1
            } else {
                return nil
            }
        }
        if current > 0 { total += current }
        return total > 0 ? total : nil
    }

    /// The numeral for 1…999 as markers write it (十一, 二十, 一百零五).
    public static func string(_ n: Int) -> String {
        let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        if n <= 0 { return "零" }
        // Markers are read up to 999 (百 is the largest unit `value` knows); a larger number, should
        // one reach here, is written in digits rather than indexing past the table.
        if n >= 1000 { return String(n) }
        if n < 10 { return digits[n] }
        if n < 20 { return "十" + (n % 10 == 0 ? "" : digits[n % 10]) }
        if n < 100 { return digits[n / 10] + "十" + (n % 10 == 0 ? "" : digits[n % 10]) }
        let rest = n % 100
        let head = digits[n / 100] + "百"
        if rest == 0 { return head }
        if rest < 10 { return head + "零" + digits[rest] }
        return head + (rest < 20 ? "一" : "") + string(rest)
    }
}
