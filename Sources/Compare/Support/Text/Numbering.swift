/// A numbering marker as a plan writes it (一、 （一） 1. 1、 （1） ①), read into a family and a value.
///
/// Why families and not levels: plans do not agree on which marker means which level (a plan may
/// write its parts "1、" and its sections "（1）"), so the parser infers levels from the order in
/// which families open; the family is only evidence.
public struct Numbering: Hashable, Sendable {
    public enum Family: String, Sendable, CaseIterable {
        /// 一、 二、 (Chinese numeral, enumeration comma)
        case cjkComma
        /// （一） (一) (Chinese numeral in parentheses, full-width or ASCII)
        case cjkParen
        /// 1. 1． (Arabic numeral, full stop)
        case arabicDot
        /// 1、 (Arabic numeral, enumeration comma)
        case arabicComma
        /// （1） (1) (Arabic numeral in parentheses)
        case arabicParen
        /// ① ② (circled numbers)
        case circled

        /// How a marker is closed: families of one shape continue each other's count ("（3）"
        /// after "（二）", "二、" after "1、"), families of different shapes never do.
        public enum Shape: Sendable { case enumerationComma, parentheses, fullStop, circled }

        public var shape: Shape {
            switch self {
            case .cjkComma, .arabicComma: return .enumerationComma
            case .cjkParen, .arabicParen: return .parentheses
            case .arabicDot: return .fullStop
            case .circled: return .circled
            }
        }
    }

    public var family: Family
    /// The number the marker stands for (一 → 1, 十二 → 12).
    public var value: Int
    /// The marker exactly as written, e.g. "(一) " or "1．".
    public var raw: String

    public init(family: Family, value: Int, raw: String) {
        self.family = family
        self.value = value
        self.raw = raw
    }

    /// The marker in one canonical spelling, so a plan renumbered with ASCII or full-width
    /// punctuation dumps the same: 一、 （一） 1. 1、 （1） ①.
    public var canonical: String {
        switch family {
        case .cjkComma: return ChineseNumeral.string(value) + "、"
        case .cjkParen: return "（" + ChineseNumeral.string(value) + "）"
        case .arabicDot: return "\(value)."
        case .arabicComma: return "\(value)、"
        case .arabicParen: return "（\(value)）"
        case .circled: return String(Character(Unicode.Scalar(0x2460 + UInt32(max(0, min(value, 20) - 1)))!))
        }
    }
}
