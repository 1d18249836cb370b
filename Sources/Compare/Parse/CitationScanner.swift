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
        citations(in: ScalarText.scalars(text))
    }

    /// `citations(in:)` on text already decoded, as the parser shares it between readers.
    static func citations(in a: [Unicode.Scalar]) -> [Citation] {
        var acc = Accumulator()
        // Read once: a static's every use checks that it was initialised.
        let opens = Self.opens
        var i = 0
        while i < a.count {
            // Nearly every scalar opens nothing read here: one bit of a table, to the next one that may.
            i = opens.firstIndex(in: a, from: i)
            guard i < a.count else { break }
            let c = a[i]
            if c == "《", let title = bracketedTitle(a, at: i) {
                var next = title.end
                var number: String?
                if let n = parenthesisedNumber(a, at: title.end) {
                    number = n.value
                    next = n.end
                }
                if number != nil || isDocumentTitle(title.value) {
                    acc.add(title: ScalarText.string(title.value), number: number)
                }
                i = next
                continue
            }
            if ScalarText.isOpenBracket(c), let bn = DocumentNumberReader.bracketNumber(a, at: i),
                let start = DocumentNumberReader.prefixStart(a, before: i, limit: 10)
            {
                let prefix = DocumentNumberReader.compact(a[start..<i])
                acc.add(title: nil, number: DocumentNumberReader.formatNumber(prefix: prefix, year: bn.year, serial: bn.serial))
                i = bn.end
                continue
            }
            if c == "令", let decree = DocumentNumberReader.decreeNumber(a, at: i, prefixLimit: 20) {
                acc.add(title: nil, number: decree.value)
                i = decree.end
                continue
            }
            i += 1
        }
        return acc.items
    }

    /// What a citation read here opens with: 《 (a title), a bracket (a document number's year),
    /// 令 (a decree number). A test holds it to `ScalarText.isOpenBracket`.
    static let opens = ScalarSet("《令〔[【（(［﹝〖".unicodeScalars)

    // MARK: - Titles

    /// The text of 《…》 starting at `i`: inner 〈〉/<>/nested 《》 marks and white space (including
    /// line breaks, since sources break lines mid-title) dropped. Nil when unclosed within 200
    /// scalars, so a stray 《 costs a bounded look-ahead and never swallows the text after it.
    static func bracketedTitle(_ a: [Unicode.Scalar], at i: Int) -> Read<[Unicode.Scalar]>? {
        guard i < a.count, a[i] == "《" else { return nil }
        var depth = 1
        var out: [Unicode.Scalar] = []
        // Titles run to a few dozen scalars: one allocation instead of one per doubling.
        out.reserveCapacity(48)
        var j = i + 1
        while j < a.count, j - i < 200 {
            let c = a[j]
            switch c {
            case "《":
                depth += 1
            case "》":
                depth -= 1
                if depth == 0 {
                    return out.isEmpty ? nil : Read(value: out, end: j + 1)
                }
            case "〈", "〉", "<", ">", "＜", "＞":
                break
            default:
                if !ScalarText.isBlank(c) { out.append(c) }
            }
            j += 1
        }
        return nil
    }

    /// "（国办发〔2021〕12号）" right after a title, with stray spaces allowed anywhere.
    static func parenthesisedNumber(_ a: [Unicode.Scalar], at i: Int) -> Read<String>? {
        var j = ScalarText.skipBlanks(a, i)
        guard j < a.count, a[j] == "（" || a[j] == "(" else { return nil }
        j = ScalarText.skipBlanks(a, j + 1)
        guard let read = DocumentNumberReader.leadingNumber(a, at: j, prefixLimit: 20) else { return nil }
        let k = ScalarText.skipBlanks(a, read.end)
        guard k < a.count else { return read }
        if a[k] == "）" || a[k] == ")" { return Read(value: read.value, end: k + 1) }
        // "（国办发〔2021〕12号、…）": the first number still belongs to the title.
        if a[k] == "、" || a[k] == "，" || a[k] == "," || a[k] == "；" { return read }
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
        for kind in documentKinds where ScalarText.hasSuffix(body, kind) { return true }
        return false
    }

    // MARK: - De-duplication

    struct Accumulator {
        var items: [Citation] = []
        var byNumber = KeyTable()
        var byTitle = KeyTable()

        mutating func add(title: String?, number: String?) {
            if let n = number, let idx = byNumber[n] {
                if items[idx].title == nil, let t = title {
                    items[idx].title = t
                    byTitle.register(t, idx)
                }
                return
            }
            if let t = title, let idx = byTitle[t], number == nil || items[idx].number == nil {
                if items[idx].number == nil, let n = number {
                    items[idx].number = n
                    byNumber.register(n, idx)
                }
                return
            }
            items.append(Citation(title: title, number: number))
            let idx = items.count - 1
            if let n = number { byNumber.register(n, idx) }
            if let t = title { byTitle.register(t, idx) }
        }
    }

    /// Text → the index it was first registered with, compared by bytes (see `ByteKey`).
    ///
    /// Why not a dictionary from the start: a text cites a handful of documents, and a dictionary's
    /// storage (its generic metadata looked up, its buckets allocated) cost more than the scan of a
    /// few keys; past `scanned` keys (a text of hundreds of citations) it becomes one, so the cost
    /// stays linear.
    struct KeyTable {
        static let scanned = 24
        private var keys: [String] = []
        private var values: [Int] = []
        private var table: [ByteKey: Int]? = nil

        subscript(key: String) -> Int? {
            if let table { return table[ByteKey(key)] }
            return keys.firstIndex { ByteKey.sameBytes($0, key) }.map { values[$0] }
        }

        /// Keeps the first index registered for `key`.
        mutating func register(_ key: String, _ value: Int) {
            guard self[key] == nil else { return }
            if table != nil {
                table?[ByteKey(key)] = value
                return
            }
            keys.append(key)
            values.append(value)
            if keys.count > Self.scanned {
                table = Dictionary(zip(keys.map(ByteKey.init), values), uniquingKeysWith: { first, _ in first })
                keys = []
                values = []
            }
        }
    }
}
