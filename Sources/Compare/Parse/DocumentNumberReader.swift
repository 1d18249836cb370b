/// Document numbers as plans cite them: "国办发〔2021〕12号", "[2021]12号", "国务院令第711号", with
/// the issuer code walked back from the bracket or 令.
enum DocumentNumberReader {
    typealias Scalars = [Unicode.Scalar]

    /// The year and serial of "〔2021〕12号", and the index after 号.
    struct BracketNumber {
        var year: Int
        var serial: String
        var end: Int
    }

    /// The year-and-serial part of a document number from its opening bracket: "〔2021〕12 号",
    /// "[2021]12号", "（2021）第12号". Why years are bounded: "（2019）" after a word is also how
    /// plans write editions, so only a plausible year followed by a serial and 号 counts.
    static func bracketNumber(_ a: Scalars, at i: Int) -> BracketNumber? {
        guard i < a.count, ScalarText.isOpenBracket(a[i]) else { return nil }
        var j = ScalarText.skipBlanks(a, i + 1)
        var year = 0
        var n = 0
        while j < a.count, n < 4, let d = ScalarText.digit(a[j]) {
            year = year * 10 + d
            n += 1
            j += 1
        }
        guard n == 4, CalendarDate.plausibleYears.contains(year), j < a.count, ScalarText.digit(a[j]) == nil else { return nil }
        j = ScalarText.skipBlanks(a, j)
        guard j < a.count, ScalarText.isCloseBracket(a[j]) else { return nil }
        j = ScalarText.skipBlanks(a, j + 1)
        var serial = String.UnicodeScalarView()
        if j < a.count, a[j] == "第" {
            serial.append("第")
            j = ScalarText.skipBlanks(a, j + 1)
        }
        var digits = 0
        while j < a.count, digits < 6, let d = ScalarText.digit(a[j]) {
            serial.append(Unicode.Scalar(UInt8(0x30 + d)))
            digits += 1
            j += 1
        }
        guard digits > 0 else { return nil }
        j = ScalarText.skipBlanks(a, j)
        guard j < a.count, a[j] == "号" else { return nil }
        return BracketNumber(year: year, serial: String(serial), end: j + 1)
    }

    static func formatNumber(prefix: String, year: Int, serial: String) -> String {
        "\(prefix)〔\(year)〕\(serial)号"
    }

    static func compact(_ s: ArraySlice<Unicode.Scalar>) -> String {
        var out = ScalarString(capacity: s.count * 3)
        for c in s where !ScalarText.isBlank(c) { out.append(c) }
        return out.string
    }

    /// Words that end the running text before a number's issuer code: "严格落实国办公开办函〔2019〕60号"
    /// must yield 国办公开办函. Codes are short abbreviations (国办发, 新政办发, 财预) that never
    /// contain these words, so cutting after the last one is safe.
    static let prefixStops: [Scalars] = [
        "落实", "按照", "根据", "依据", "依照", "参照", "遵照", "对照", "执行", "贯彻", "印发", "转发",
        "结合", "要求", "精神", "规定", "文件", "通知", "以及", "办公厅", "办公室", "政府", "委员会",
        "领导小组", "国务院", "的", "和", "及", "与", "按", "见", "即", "由", "将", "在", "对", "为", "是",
        "了", "等", "或", "并", "照", "以", "从",
    ].map { Array($0.unicodeScalars) }

    /// Start of the issuer code that ends just before `i` (spaces between allowed), or nil when
    /// there is none: a run of at most `limit` ideographs, cut after the last stop word.
    static func prefixStart(_ a: Scalars, before i: Int, limit: Int) -> Int? {
        var k = i
        while k > 0, CJK.isSpace(a[k - 1]) { k -= 1 }
        var s = k
        while s > 0, k - s < limit, CJK.isIdeograph(a[s - 1]) { s -= 1 }
        guard s < k else { return nil }
        var cut = s
        var p = s
        while p < k {
            for w in prefixStops where p + w.count <= k && ScalarText.has(a, w, at: p) {
                cut = max(cut, p + w.count)
            }
            p += 1
        }
        guard cut < k else { return nil }
        return cut
    }

    /// Verbs and joiners that end running text before a decree's issuer ("根据国务院令第711号");
    /// the organ words of `prefixStops` are left out because a decree's issuer is an organ.
    static let decreeStops: [Scalars] = [
        "落实", "按照", "根据", "依据", "依照", "参照", "遵照", "对照", "执行", "贯彻", "印发", "转发",
        "结合", "以及", "的", "和", "及", "与", "等", "是", "即", "见",
    ].map { Array($0.unicodeScalars) }

    /// "第152号" after 令, `j` at 第: the serial and the end.
    static func decreeTail(_ a: Scalars, at j0: Int) -> Read<String>? {
        var j = ScalarText.skipBlanks(a, j0)
        guard j < a.count, a[j] == "第" else { return nil }
        j = ScalarText.skipBlanks(a, j + 1)
        var serial = String.UnicodeScalarView()
        while j < a.count, serial.count < 6, let d = ScalarText.digit(a[j]) {
            serial.append(Unicode.Scalar(UInt8(0x30 + d)))
            j += 1
        }
        guard !serial.isEmpty else { return nil }
        j = ScalarText.skipBlanks(a, j)
        guard j < a.count, a[j] == "号" else { return nil }
        return Read(value: String(serial), end: j + 1)
    }

    /// "…令第152号" in running text, `i` at 令: the issuer is walked back as for numbers.
    static func decreeNumber(_ a: Scalars, at i: Int, prefixLimit: Int) -> Read<String>? {
        guard i < a.count, a[i] == "令", let tail = decreeTail(a, at: i + 1) else { return nil }
        var k = i
        while k > 0, CJK.isSpace(a[k - 1]) { k -= 1 }
        var s = k
        while s > 0, k - s < prefixLimit, CJK.isIdeograph(a[s - 1]) { s -= 1 }
        var cut = s
        var p = s
        while p < k {
            for w in decreeStops where p + w.count <= k && ScalarText.has(a, w, at: p) { cut = max(cut, p + w.count) }
            p += 1
        }
        guard k - cut >= 2 else { return nil }
        return Read(value: compact(a[cut..<k]) + "令第" + tail.value + "号", end: tail.end)
    }

    /// A number that starts at `i` with its issuer code: "国办发〔2021〕12号" or "国务院令第711号".
    static func leadingNumber(_ a: Scalars, at i: Int, prefixLimit: Int) -> Read<String>? {
        var j = i
        while j < a.count, j - i <= prefixLimit {
            let c = a[j]
            if j > i, ScalarText.isOpenBracket(c) {
                guard let bn = bracketNumber(a, at: j) else { return nil }
                let prefix = compact(a[i..<j])
                guard !prefix.isEmpty else { return nil }
                return Read(value: formatNumber(prefix: prefix, year: bn.year, serial: bn.serial), end: bn.end)
            }
            if j >= i + 2, c == "令", let tail = decreeTail(a, at: j + 1) {
                return Read(value: compact(a[i..<j]) + "令第" + tail.value + "号", end: tail.end)
            }
            guard CJK.isIdeograph(c) || CJK.isSpace(c) else { return nil }
            j += 1
        }
        return nil
    }
}
