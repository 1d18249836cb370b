/// A numbering marker as a plan writes it (一、 （一） 1. 1、 （1） ① 1.1 第一部分), read into a family and a value.
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
        /// 1.1 2.3 (two Arabic numbers joined by a dot; the value is the last)
        case dottedTwo
        /// 1.1.1
        case dottedThree
        /// 1.1.1.1
        case dottedFour
        /// 第一部分 第2部分
        case partWord
        /// 第一章
        case chapterWord
        /// 第一节
        case sectionWord
        /// 第一条: the articles of a plan written as a regulation's are, numbered on through its
        /// parts; a rank of headings as 第一节 is.
        case articleWord

        /// How a marker is closed: families of one shape continue each other's count ("（3）"
        /// after "（二）", "二、" after "1、"), families of different shapes never do. A dotted
        /// number and an ordinal word each count only themselves.
        public enum Shape: Sendable {
            case enumerationComma, parentheses, fullStop, circled
            case dottedTwo, dottedThree, dottedFour, partWord, chapterWord, sectionWord, articleWord
        }

        public var shape: Shape {
            switch self {
            case .cjkComma, .arabicComma: return .enumerationComma
            case .cjkParen, .arabicParen: return .parentheses
            case .arabicDot: return .fullStop
            case .circled: return .circled
            case .dottedTwo: return .dottedTwo
            case .dottedThree: return .dottedThree
            case .dottedFour: return .dottedFour
            case .partWord: return .partWord
            case .chapterWord: return .chapterWord
            case .sectionWord: return .sectionWord
            case .articleWord: return .articleWord
            }
        }

        /// The family's place in `allCases`: a table per family is an array of `Family.count`, read
        /// without hashing (the segmenter and tree builder ask at every marker).
        @inline(__always)
        public var ordinal: Int {
            switch self {
            case .cjkComma: return 0
            case .cjkParen: return 1
            case .arabicDot: return 2
            case .arabicComma: return 3
            case .arabicParen: return 4
            case .circled: return 5
            case .dottedTwo: return 6
            case .dottedThree: return 7
            case .dottedFour: return 8
            case .partWord: return 9
            case .chapterWord: return 10
            case .sectionWord: return 11
            case .articleWord: return 12
            }
        }

        public static let count = 13

        /// The dotted family of a number with `parts` numbers (2…4).
        static func dotted(_ parts: Int) -> Family? {
            switch parts {
            case 2: return .dottedTwo
            case 3: return .dottedThree
            case 4: return .dottedFour
            default: return nil
            }
        }

        /// Markers of a document's parts (一、 第一部分 第一章): the first rank of an outline that
        /// uses one of them (第一部分 holds 一、 where a plan uses both; the tree builder's rule
        /// for parts treats the three alike).
        public var ranksAsPart: Bool {
            self == .cjkComma || self == .partWord || self == .chapterWord
        }

        /// Markers that number items (1. 1、 （1） ① 1.1), as against headings (一、 （一） 第一部分).
        public var isArabicItem: Bool {
            switch self {
            case .arabicDot, .arabicComma, .arabicParen, .circled, .dottedTwo, .dottedThree, .dottedFour: return true
            case .cjkComma, .cjkParen, .partWord, .chapterWord, .sectionWord, .articleWord: return false
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
    /// punctuation dumps the same: 一、 （一） 1. 1、 （1） ① 1.2.3 第一部分 第一章 第一节 第一条.
    public var canonical: String {
        switch family {
        case .dottedTwo, .dottedThree, .dottedFour:
            // The numbers as written, in ASCII digits and dots (a hyphen between them a dot: "1-1"
            // is "1.1"), without a closing mark.
            var out = ""
            for c in raw.unicodeScalars {
                if CJK.isASCIIDigit(c) { out.unicodeScalars.append(c) }
                else if (0xFF10...0xFF19).contains(c.value) { out.unicodeScalars.append(Unicode.Scalar(c.value - 0xFEE0)!) }
                else if c == "." || c == "．" || MarkerScanner.isHyphen(c), let last = out.unicodeScalars.last, CJK.isASCIIDigit(last) { out += "." }
            }
            while out.hasSuffix(".") { out.removeLast() }
            return out
        default:
            let spelt = Self.spelt[family.ordinal]
            return spelt.indices.contains(value) ? spelt[value] : Self.spelling(family, value) ?? ""
        }
    }

    /// `canonical` of a marker of `family` numbered `value`, written out from the number; nil for the
    /// dotted families, which are spelt from the marker as written.
    private static func spelling(_ family: Family, _ value: Int) -> String? {
        switch family {
        case .partWord: return "第" + ChineseNumeral.string(value) + "部分"
        case .chapterWord: return "第" + ChineseNumeral.string(value) + "章"
        case .sectionWord: return "第" + ChineseNumeral.string(value) + "节"
        case .articleWord: return "第" + ChineseNumeral.string(value) + "条"
        case .cjkComma: return ChineseNumeral.string(value) + "、"
        case .cjkParen: return "（" + ChineseNumeral.string(value) + "）"
        case .arabicDot: return "\(value)."
        case .arabicComma: return "\(value)、"
        case .arabicParen: return "（\(value)）"
        case .circled: return String(Character(Unicode.Scalar(0x2460 + UInt32(max(0, min(value, 20) - 1)))!))
        case .dottedTwo, .dottedThree, .dottedFour: return nil
        }
    }

    /// `spelling` of the numbers 0 to 99, by the family's `ordinal`, written once: every plan item's
    /// path is its markers' spellings, and spelling each again was a fiftieth of listing a plan's
    /// items. (The dotted families' rows are empty: they are spelt from the marker as written.)
    private static let spelt: [[String]] = {
        var out = [[String]](repeating: [], count: Family.count)
        for family in Family.allCases {
            let row = (0..<100).compactMap { spelling(family, $0) }
            if row.count == 100 { out[family.ordinal] = row }
        }
        return out
    }()
}
