/// How `Enumerations` splits a text into clauses: at clause punctuation and brackets, quotes kept
/// out of the split and set aside as the clause's quoted phrases (a list may hold “一网通查”、“一网通办”).
extension Enumerations {
    /// One clause: its text without quote marks, and its quoted phrases.
    struct Clause {
        var text = ""
        var quotes: [(phrase: String, adjacent: Bool)] = []
    }

    static let clauseEnds: Set<Character> = ["，", "。", "；", "：", ",", ";", ":", "！", "？", "（", "）", "(", ")", "\n"]
    static let openQuotes: Set<Character> = ["“", "‘", "《", "「"]
    static let closeQuotes: Set<Character> = ["”", "’", "》", "」"]

    /// What a character is to the clause split.
    enum Mark { case end, open, close, straightQuote, other }

    private static let endScalars = ScalarSet(clauseEnds.flatMap(\.unicodeScalars))
    private static let openScalars = ScalarSet(openQuotes.flatMap(\.unicodeScalars))
    private static let closeScalars = ScalarSet(closeQuotes.flatMap(\.unicodeScalars))

    /// The sets' answer for `ch`, by its scalar when it is one inert scalar (`CJK.isInert`:
    /// ASCII, dashes and quotes, CJK marks, ideographs, full-width forms), as every member is:
    /// between two of them `Character` equality is scalar equality, and
    /// hashing every character of every clause into three `Set`s was a third of the list reading.
    /// Anything else asks the sets. A test holds this to the sets on every scalar.
    static func mark(_ ch: Character) -> Mark {
        let u = ch.unicodeScalars
        if let first = u.first, u.index(after: u.startIndex) == u.endIndex, CJK.isInert(first.value) {
            return mark(scalar: first.value)
        }
        if clauseEnds.contains(ch) { return .end }
        if openQuotes.contains(ch) { return .open }
        if closeQuotes.contains(ch) { return .close }
        return ch == "\"" ? .straightQuote : .other
    }

    /// `mark` of the character that is the one inert scalar `v`.
    @inline(__always)
    static func mark(scalar v: UInt32) -> Mark {
        if endScalars.contains(value: v) { return .end }
        if openScalars.contains(value: v) { return .open }
        if closeScalars.contains(value: v) { return .close }
        return v == 0x22 ? .straightQuote : .other
    }

    /// Pieces between clause punctuation and brackets, quotes excluded from splitting (a list may
    /// hold “一网通查”、“一网通办”) and set aside as the clause's quoted phrases.
    ///
    /// A text whose every scalar stands alone (`ScalarText.standsAlone`: each a character, and each
    /// inert, so `mark` answers by its scalar) is walked by scalars into UTF-8: walking it by
    /// `Character`s, appended one by one, was most of the list reading.
    static func clauses(_ text: String) -> [Clause] {
        guard ScalarText.standsAlone(text) else { return characterClauses(text) }
        return scalarClauses(ScalarText.scalars(text))
    }

    /// The split of `clauses` on scalars that all stand alone, in one walk over them, with what the
    /// split builds up kept as places (a quoted phrase runs unbroken from its opening mark: any
    /// mark inside it would close it, open another or end the clause) or as a count and a first
    /// scalar (what stands since the last quote is asked only whether it is nothing or one joiner).
    /// Building each up scalar by scalar through closures was most of the list reading.
    private static func scalarClauses(_ s: [Unicode.Scalar]) -> [Clause] {
        var out: [Clause] = []
        var current: [Unicode.Scalar] = []
        current.reserveCapacity(s.count)
        var quotes: [(phrase: String, adjacent: Bool)] = []
        // The open quote's first scalar, if a quote is open.
        var quote: Int? = nil
        // Since the last quote closed: how many scalars, and the first; nil before any.
        var since: (count: Int, first: Unicode.Scalar?)? = nil
        func close() {
            if !current.isEmpty { out.append(Clause(text: ScalarText.string(current), quotes: quotes)) }
            current.removeAll(keepingCapacity: true)
            quotes = []
        }
        for i in s.indices {
            let c = s[i]
            switch mark(scalar: c.value) {
            case .end:
                close()
                (quote, since) = (nil, nil)
            case .open:
                quote = i + 1
            case .straightQuote where quote == nil:
                quote = i + 1
            case .close, .straightQuote:
                if let q = quote {
                    let adjacent = since.map { $0.count == 0 || $0.count == 1 && joiners.contains($0.first!) } ?? false
                    quotes.append((ScalarText.string(s[q..<i]), adjacent))
                    since = (0, nil)
                }
                quote = nil
            case .other:
                current.append(c)
                if quote == nil, let n = since { since = (n.count + 1, n.first ?? c) }
            }
        }
        close()
        return out
    }

    /// What may stand alone between two quoted phrases of one run (“一网通查”、“一网通办”).
    private static let joiners: [Unicode.Scalar] = ["、", "和", "与", "及"]

    /// `clauses` by characters: any text, and the reading the scalar walk is held to.
    static func characterClauses(_ text: String) -> [Clause] {
        var out: [Clause] = []
        var current = ""
        var quotes: [(phrase: String, adjacent: Bool)] = []
        var quote: String? = nil
        var sinceLastQuote: String? = nil
        func close() {
            if !current.isEmpty { out.append(Clause(text: current, quotes: quotes)) }
            (current, quotes) = ("", [])
        }
        for ch in text {
            let mark = mark(ch)
            if mark == .end {
                close()
                quote = nil
                sinceLastQuote = nil
                continue
            }
            if mark == .open || (mark == .straightQuote && quote == nil) {
                quote = ""
                continue
            }
            if mark == .close || mark == .straightQuote {
                if let q = quote {
                    let adjacent = sinceLastQuote.map { since in since.isEmpty || joiners.contains { String($0) == since } } ?? false
                    quotes.append((q, adjacent))
                    sinceLastQuote = ""
                }
                quote = nil
                continue
            }
            current.append(ch)
            if quote != nil { quote!.append(ch) } else if sinceLastQuote != nil { sinceLastQuote!.append(ch) }
        }
        close()
        return out
    }
}
