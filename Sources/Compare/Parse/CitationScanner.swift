/// Finds the documents a plan cites: 《titles》, document numbers (国办发〔2021〕12号), or both.
///
/// Why one linear pass over scalars: plans are scanned by the tens of thousands, and a citation is
/// recognisable from a few scalars of local context (a 《 or a bracketed year followed by 号), so a
/// regular expression engine buys nothing but cost.
public enum CitationScanner {
    /// Documents cited in `text`, in order of first appearance, de-duplicated.
    ///
    /// What counts:
    /// - every document number (发文字号) "prefix〔YYYY〕N号", in any bracket spelling
    ///   (〔〕 [] 【】 （） () ［］), and decree numbers "…令第N号", with or without a title;
    /// - a 《title》 directly followed by a number in brackets gets that number;
    /// - a 《title》 without a number only when its last word names a kind of document
    ///   (通知, 意见, 办法, 条例, 法, 报告, 清单, …, after dropping a trailing （试行）-style note).
    ///   Periodicals, columns and programmes (《…公报》, 《今日关注》) name no document kind and
    ///   are left out.
    ///
    /// De-duplication: a number seen again, or a title seen again without a conflicting number,
    /// merges into the first entry (filling in whichever part was missing), so the same document
    /// cited once with its number and once by title alone is one citation.
    public static func citations(in text: String) -> [Citation] {
        let a = Array(text.unicodeScalars)
        var acc = Accumulator()
        var i = 0
        while i < a.count {
            let c = a[i]
            if c == "《", let (title, end) = bracketedTitle(a, at: i) {
                var next = end
                var number: String?
                if let (n, e) = parenthesisedNumber(a, at: end) {
                    number = n
                    next = e
                }
                if number != nil || isDocumentTitle(title) {
                    acc.add(title: String(String.UnicodeScalarView(title)), number: number)
                }
                i = next
                continue
            }
            if MetaScan.isOpenNumberBracket(c), let bn = MetaScan.bracketNumber(a, at: i),
                let start = MetaScan.prefixStart(a, before: i, limit: 10)
            {
                let prefix = MetaScan.compact(a[start..<i])
                acc.add(title: nil, number: MetaScan.formatNumber(prefix: prefix, year: bn.year, serial: bn.serial))
                i = bn.end
                continue
            }
            if c == "令", let (n, e) = MetaScan.decreeNumber(a, at: i, prefixLimit: 20) {
                acc.add(title: nil, number: n)
                i = e
                continue
            }
            i += 1
        }
        return acc.items
    }

    // MARK: - Titles

    /// The text of 《…》 starting at `i`: inner 〈〉/<>/nested 《》 marks and white space (including
    /// line breaks, since sources break lines mid-title) dropped. Nil when unclosed within 200
    /// scalars, so a stray 《 costs a bounded look-ahead and never swallows the text after it.
    static func bracketedTitle(_ a: [Unicode.Scalar], at i: Int) -> ([Unicode.Scalar], Int)? {
        guard i < a.count, a[i] == "《" else { return nil }
        var depth = 1
        var out: [Unicode.Scalar] = []
        var j = i + 1
        while j < a.count, j - i < 200 {
            let c = a[j]
            switch c {
            case "《":
                depth += 1
            case "》":
                depth -= 1
                if depth == 0 {
                    return out.isEmpty ? nil : (out, j + 1)
                }
            case "〈", "〉", "<", ">", "＜", "＞":
                break
            default:
                if !MetaScan.isBlank(c) { out.append(c) }
            }
            j += 1
        }
        return nil
    }

    /// "（国办发〔2021〕12号）" right after a title, with stray spaces allowed anywhere.
    static func parenthesisedNumber(_ a: [Unicode.Scalar], at i: Int) -> (String, Int)? {
        var j = MetaScan.skipBlanks(a, i)
        guard j < a.count, a[j] == "（" || a[j] == "(" else { return nil }
        j = MetaScan.skipBlanks(a, j + 1)
        guard let (number, end) = MetaScan.leadingNumber(a, at: j, prefixLimit: 20) else { return nil }
        let k = MetaScan.skipBlanks(a, end)
        guard k < a.count else { return (number, end) }
        if a[k] == "）" || a[k] == ")" { return (number, k + 1) }
        // "（国办发〔2021〕12号、…）": the first number still belongs to the title.
        if a[k] == "、" || a[k] == "，" || a[k] == "," || a[k] == "；" { return (number, end) }
        return nil
    }

    /// Last words that make a 《…》 a document rather than a periodical, column or slogan.
    /// Why a list: the title's final word is the document's kind in Chinese official naming
    /// (GB/T 9704), so it is a reliable, general test.
    static let documentKinds: [[Unicode.Scalar]] = [
        "通知", "意见", "办法", "方案", "规定", "条例", "要点", "细则", "指引", "规范", "决定", "批复",
        "函", "纲要", "报告", "清单", "法", "规则", "指南", "规划", "建议", "决议", "公告", "通告",
        "准则", "标准", "计划", "目录", "制度", "规程", "章程", "守则", "解释", "通报", "令", "纪要",
        "安排", "措施", "要求", "指导意见", "实施意见",
    ].map { Array($0.unicodeScalars) }

    static func isDocumentTitle(_ t: [Unicode.Scalar]) -> Bool {
        var end = t.count
        // Drop trailing notes such as （试行） （暂行） （2021年版） （征求意见稿）.
        while end > 0, t[end - 1] == "）" || t[end - 1] == ")" {
            var k = end - 2
            while k >= 0, t[k] != "（", t[k] != "(", end - k <= 12 { k -= 1 }
            guard k >= 0, t[k] == "（" || t[k] == "(" else { break }
            end = k
        }
        guard end >= 2 else { return false }
        let body = t[0..<end]
        for kind in documentKinds where MetaScan.hasSuffix(body, kind) { return true }
        return false
    }

    // MARK: - De-duplication

    struct Accumulator {
        var items: [Citation] = []
        var byNumber: [String: Int] = [:]
        var byTitle: [String: Int] = [:]

        mutating func add(title: String?, number: String?) {
            if let n = number, let idx = byNumber[n] {
                if items[idx].title == nil, let t = title {
                    items[idx].title = t
                    if byTitle[t] == nil { byTitle[t] = idx }
                }
                return
            }
            if let t = title, let idx = byTitle[t], number == nil || items[idx].number == nil {
                if items[idx].number == nil, let n = number {
                    items[idx].number = n
                    byNumber[n] = idx
                }
                return
            }
            items.append(Citation(title: title, number: number))
            let idx = items.count - 1
            if let n = number { byNumber[n] = idx }
            if let t = title, byTitle[t] == nil { byTitle[t] = idx }
        }
    }
}

/// Scalar-level helpers shared by the citation scanner and the metadata extractor.
enum MetaScan {
    typealias Scalars = [Unicode.Scalar]

    @inline(__always)
    static func isBlank(_ s: Unicode.Scalar) -> Bool {
        CJK.isSpace(s) || s == "\n" || s == "\r"
    }

    static func skipBlanks(_ a: Scalars, _ i: Int) -> Int {
        var j = max(i, 0)
        while j < a.count, isBlank(a[j]) { j += 1 }
        return j
    }

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
        if (0x30...0x39).contains(v) { return Int(v - 0x30) }
        if (0xFF10...0xFF19).contains(v) { return Int(v - 0xFF10) }
        return nil
    }

    @inline(__always)
    static func isOpenNumberBracket(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "〔", "[", "【", "（", "(", "［", "﹝", "〖": return true
        default: return false
        }
    }

    @inline(__always)
    static func isCloseNumberBracket(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "〕", "]", "】", "）", ")", "］", "﹞", "〗": return true
        default: return false
        }
    }

    /// The year-and-serial part of a document number from its opening bracket: "〔2021〕12 号",
    /// "[2021]12号", "（2021）第12号". Why years are bounded: "（2019）" after a word is also how
    /// plans write editions, so only a plausible year followed by a serial and 号 counts.
    static func bracketNumber(_ a: Scalars, at i: Int) -> (year: Int, serial: String, end: Int)? {
        guard i < a.count, isOpenNumberBracket(a[i]) else { return nil }
        var j = skipBlanks(a, i + 1)
        var year = 0
        var n = 0
        while j < a.count, n < 4, let d = digit(a[j]) {
            year = year * 10 + d
            n += 1
            j += 1
        }
        guard n == 4, (1949...2100).contains(year), j < a.count, digit(a[j]) == nil else { return nil }
        j = skipBlanks(a, j)
        guard j < a.count, isCloseNumberBracket(a[j]) else { return nil }
        j = skipBlanks(a, j + 1)
        var serial = String.UnicodeScalarView()
        if j < a.count, a[j] == "第" {
            serial.append("第")
            j = skipBlanks(a, j + 1)
        }
        var digits = 0
        while j < a.count, digits < 6, let d = digit(a[j]) {
            serial.append(Unicode.Scalar(UInt8(0x30 + d)))
            digits += 1
            j += 1
        }
        guard digits > 0 else { return nil }
        j = skipBlanks(a, j)
        guard j < a.count, a[j] == "号" else { return nil }
        return (year, String(serial), j + 1)
    }

    static func formatNumber(prefix: String, year: Int, serial: String) -> String {
        "\(prefix)〔\(year)〕\(serial)号"
    }

    static func compact(_ s: ArraySlice<Unicode.Scalar>) -> String {
        var out = String.UnicodeScalarView()
        for c in s where !isBlank(c) { out.append(c) }
        return String(out)
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
            for w in prefixStops where p + w.count <= k && has(a, w, at: p) {
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
    static func decreeTail(_ a: Scalars, at j0: Int) -> (String, Int)? {
        var j = skipBlanks(a, j0)
        guard j < a.count, a[j] == "第" else { return nil }
        j = skipBlanks(a, j + 1)
        var serial = String.UnicodeScalarView()
        while j < a.count, serial.count < 6, let d = digit(a[j]) {
            serial.append(Unicode.Scalar(UInt8(0x30 + d)))
            j += 1
        }
        guard !serial.isEmpty else { return nil }
        j = skipBlanks(a, j)
        guard j < a.count, a[j] == "号" else { return nil }
        return (String(serial), j + 1)
    }

    /// "…令第152号" in running text, `i` at 令: the issuer is walked back as for numbers.
    static func decreeNumber(_ a: Scalars, at i: Int, prefixLimit: Int) -> (String, Int)? {
        guard i < a.count, a[i] == "令", let (serial, end) = decreeTail(a, at: i + 1) else { return nil }
        var k = i
        while k > 0, CJK.isSpace(a[k - 1]) { k -= 1 }
        var s = k
        while s > 0, k - s < prefixLimit, CJK.isIdeograph(a[s - 1]) { s -= 1 }
        var cut = s
        var p = s
        while p < k {
            for w in decreeStops where p + w.count <= k && has(a, w, at: p) { cut = max(cut, p + w.count) }
            p += 1
        }
        guard k - cut >= 2 else { return nil }
        return (compact(a[cut..<k]) + "令第" + serial + "号", end)
    }

    /// A number that starts at `i` with its issuer code: "国办发〔2021〕12号" or "国务院令第711号".
    static func leadingNumber(_ a: Scalars, at i: Int, prefixLimit: Int) -> (String, Int)? {
        var j = i
        while j < a.count, j - i <= prefixLimit {
            let c = a[j]
            if j > i, isOpenNumberBracket(c) {
                guard let bn = bracketNumber(a, at: j) else { return nil }
                let prefix = compact(a[i..<j])
                guard !prefix.isEmpty else { return nil }
                return (formatNumber(prefix: prefix, year: bn.year, serial: bn.serial), bn.end)
            }
            if j >= i + 2, c == "令", let (serial, end) = decreeTail(a, at: j + 1) {
                return (compact(a[i..<j]) + "令第" + serial + "号", end)
            }
            guard CJK.isIdeograph(c) || CJK.isSpace(c) else { return nil }
            j += 1
        }
        return nil
    }
}
