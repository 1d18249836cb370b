/// Word's automatic numbering, rendered as the reader of the document sees it.
///
/// Why: an auto-numbered plan has no 一、 or （一） in its text; Word draws them from
/// `numbering.xml`. Without them the plan has no outline, so the labels are written into the
/// lines, as a text export by Word or WPS writes them.
///
/// The rules followed (ECMA-376 17.9, and what Word does where the standard leaves room):
/// - a paragraph's list and level come from its own `numPr`, else from its style's (`basedOn`
///   followed);
/// - lists (`num`) that share an abstract definition share its counters, as in Word, unless a
///   list restarts a level with `startOverride`;
/// - a level counts from its `start`; numbering a level restarts every deeper level;
/// - `lvlText` such as `（%1）` or `%1.%2` is filled with each level's number in that level's
///   format (`isLgl` writes the other levels in digits).
struct WordNumbering {
    struct Level: Equatable {
        var start = 1
        var format = "decimal"
        var text = "%1."
        var suffix = "tab"
        var legal = false
    }

    struct StyleNumbering {
        var numID: String?
        var level: Int?
        var basedOn: String?
    }

    var abstracts: [String: [Int: Level]] = [:]
    /// numId → its abstract definition and the levels it restarts.
    var lists: [String: (abstract: String, overrides: [Int: Int])] = [:]
    var styles: [String: StyleNumbering] = [:]
    /// Per abstract definition: the current number of each level, nil before its first use.
    private var counters: [String: [Int?]] = [:]
    private var started: Set<String> = []

    init() {}

    init(numbering: DocxElement?, styles: DocxElement?) {
        for abstract in numbering?.children("abstractNum") ?? [] {
            guard let id = abstract.attributes["abstractNumId"] else { continue }
            var levels: [Int: Level] = [:]
            for lvl in abstract.children("lvl") {
                guard let k = lvl.attributes["ilvl"].flatMap(Int.init), (0...8).contains(k) else { continue }
                var level = Level()
                if let start = lvl.value(of: "start").flatMap(Int.init) { level.start = Self.bounded(start) }
                if let format = lvl.value(of: "numFmt") { level.format = format }
                if let text = lvl.child("lvlText")?.attributes["val"] { level.text = text }
                if let suffix = lvl.value(of: "suff") { level.suffix = suffix }
                if let legal = lvl.child("isLgl") { level.legal = legal.attributes["val"].map { $0 != "0" && $0 != "false" } ?? true }
                levels[k] = level
            }
            abstracts[id] = levels
        }
        for num in numbering?.children("num") ?? [] {
            guard let id = num.attributes["numId"], let abstract = num.value(of: "abstractNumId") else { continue }
            var overrides: [Int: Int] = [:]
            for o in num.children("lvlOverride") {
                if let k = o.attributes["ilvl"].flatMap(Int.init), let start = o.value(of: "startOverride").flatMap(Int.init) {
                    overrides[k] = Self.bounded(start)
                }
            }
            lists[id] = (abstract, overrides)
        }
        for style in styles?.children("style") ?? [] {
            guard let id = style.attributes["styleId"] else { continue }
            let numPr = style.child("pPr")?.child("numPr")
            self.styles[id] = StyleNumbering(
                numID: numPr?.value(of: "numId"), level: numPr?.value(of: "ilvl").flatMap(Int.init),
                basedOn: style.value(of: "basedOn"))
        }
    }

    /// The numbers a list may start from: Word's own dialog takes 0 to 32,767, and a file saying
    /// more (9223372036854775807) or less is read at that bound. Why: counting on from the
    /// largest integer overflowed, and a letter label of such a number was petabytes long.
    static let starts = 0...32_767

    static func bounded(_ start: Int) -> Int { min(max(start, starts.lowerBound), starts.upperBound) }

    /// The longest label a paragraph is given, in scalars: a label longer than this (a level text
    /// of thousands of "%1", a letter label past 256 letters) is no number a reader sees, and the
    /// paragraph is read unnumbered, rather than made megabytes long, paragraph after paragraph.
    static let longestLabel = 256

    /// The list and level of a paragraph: its own `numPr` first, then its style chain.
    func listAndLevel(numID: String?, level: Int?, style: String?) -> (list: String, level: Int)? {
        var numID = numID, level = level
        var next = style
        var seen = 0
        while numID == nil || level == nil, let id = next, seen < 16, let s = styles[id] {
            numID = numID ?? s.numID
            level = level ?? s.level
            next = s.basedOn
            seen += 1
        }
        guard let list = numID, list != "0", lists[list] != nil else { return nil }
        return (list, min(max(level ?? 0, 0), 8))
    }

    /// Counts a paragraph of `list` at `level` and returns its label with the separator Word puts
    /// after it; nil for a bullet, an unnumbered level, or a list the file does not define.
    mutating func label(list: String, level: Int) -> String? {
        guard let (abstract, overrides) = lists[list], let levels = abstracts[abstract] else { return nil }
        var values = counters[abstract] ?? [Int?](repeating: nil, count: 9)
        if !started.contains(list) {
            started.insert(list)
            for (k, start) in overrides where (0...8).contains(k) { values[k] = start - 1 }
        }
        let own = levels[level] ?? Level()
        values[level] = (values[level] ?? (own.start - 1)) + 1
        for deeper in (level + 1)..<9 { values[deeper] = nil }
        counters[abstract] = values
        guard own.format != "bullet", own.format != "none" else { return nil }

        var out = ""
        var length = 0
        var scalars = Array(own.text.unicodeScalars)[...]
        while let c = scalars.popFirst() {
            if c == "%", let d = scalars.first, let k = Int(String(d)), (1...9).contains(k) {
                scalars.removeFirst()
                let l = levels[k - 1] ?? Level()
                let n = values[k - 1] ?? l.start
                guard let number = Self.format(n, own.legal ? "decimal" : l.format, longest: Self.longestLabel - length) else { return nil }
                out += number
                length += number.unicodeScalars.count
            } else {
                out.unicodeScalars.append(c)
                length += 1
            }
            if length > Self.longestLabel { return nil }
        }
        guard !out.isEmpty else { return nil }
        // A tab or space after a label ending in a digit or letter ("1.1", "%1") keeps it apart from
        // the text; after 、 ） or a full stop Chinese text follows directly, as plans write it.
        if own.suffix != "nothing", let last = out.unicodeScalars.last, last.isASCII, last.properties.isAlphabetic || ("0"..."9").contains(last) {
            out += " "
        }
        return out
    }

    /// `longest`: nil when the number would be longer than this (only a letter label can be).
    static func format(_ n: Int, _ format: String, longest: Int) -> String? {
        if format == "upperLetter" || format == "lowerLetter", n > 0, (n - 1) / 26 + 1 > longest { return nil }
        return self.format(n, format)
    }

    static func format(_ n: Int, _ format: String) -> String {
        switch format {
        case "chineseCounting", "chineseCountingThousand", "taiwaneseCounting", "taiwaneseCountingThousand",
            "japaneseCounting", "koreanCounting":
            return n > 0 && n < 1000 ? ChineseNumeral.string(n) : "\(n)"
        case "chineseLegalSimplified":
            guard n > 0 && n < 1000 else { return "\(n)" }
            let capital: [Character: Character] = [
                "一": "壹", "二": "贰", "三": "叁", "四": "肆", "五": "伍", "六": "陆", "七": "柒", "八": "捌", "九": "玖",
                "十": "拾", "百": "佰",
            ]
            return String(ChineseNumeral.string(n).map { capital[$0] ?? $0 })
        case "ideographDigital", "taiwaneseDigital":
            let digits = Array("〇一二三四五六七八九")
            return String("\(n)".compactMap { $0.wholeNumberValue.map { digits[$0] } })
        case "ideographTraditional":
            let stems = Array("甲乙丙丁戊己庚辛壬癸")
            return n >= 1 && n <= 10 ? String(stems[n - 1]) : "\(n)"
        case "ideographZodiac":
            let branches = Array("子丑寅卯辰巳午未申酉戌亥")
            return n >= 1 && n <= 12 ? String(branches[n - 1]) : "\(n)"
        case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
            return n >= 1 && n <= 20 ? String(Unicode.Scalar(0x2460 + UInt32(n - 1))!) : "\(n)"
        case "decimalEnclosedParen":
            return n >= 1 && n <= 20 ? String(Unicode.Scalar(0x2474 + UInt32(n - 1))!) : "(\(n))"
        case "decimalEnclosedFullstop":
            return n >= 1 && n <= 20 ? String(Unicode.Scalar(0x2488 + UInt32(n - 1))!) : "\(n)."
        case "decimalFullWidth", "decimalFullWidth2":
            return String(String.UnicodeScalarView("\(n)".unicodeScalars.map { Unicode.Scalar($0.value + 0xFEE0)! }))
        case "decimalZero":
            return n >= 0 && n < 10 ? "0\(n)" : "\(n)"
        case "upperLetter", "lowerLetter":
            guard n > 0 else { return "\(n)" }
            let letter = Unicode.Scalar(UInt32((n - 1) % 26) + (format == "upperLetter" ? 65 : 97))!
            return String(repeating: String(letter), count: (n - 1) / 26 + 1)
        case "upperRoman", "lowerRoman":
            guard n > 0 && n < 4000 else { return "\(n)" }
            let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
            var rest = n, out = ""
            for (value, numeral) in table {
                while rest >= value { out += numeral; rest -= value }
            }
            return format == "upperRoman" ? out : out.lowercased()
        default:
            return "\(n)"
        }
    }
}
