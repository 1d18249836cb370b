/// Rejoins lines that the source broke inside a sentence.
///
/// Word exports and web pages break a sentence across lines ("…第十四" / blank / "个五年规划纲要…"),
/// and fixed-width text wraps every long paragraph. A join must never glue a heading, a title or
/// a unit line to the text around it, so a line is joined to the next only when the next does not
/// open anything (no marker, no unit label, no table row) and the line itself shows it goes on:
/// it ends in 、，（《 or an open bracket; or it is a full line of a fixed-width wrap; or it ends
/// without closing punctuation and is not heading-shaped.
enum Reflow {
    static func join(_ lines: [SourceLine]) -> [SourceLine] {
        guard lines.count > 1 else { return lines }
        let width = wrapWidth(lines)
        var out: [SourceLine] = []
        out.reserveCapacity(lines.count)
        // What the decisions need to know of the line built so far, kept as it grows (rescanning
        // the joined text at every join would be quadratic in a long paragraph).
        var tail = Tail()
        // The most cells a table row has had so far: a wrapped row with fewer is unfinished.
        var rowTabs = 0
        // The most cells of the rows of this table before the line being built (0 outside a table,
        // and for its first row): a table ends at a line without tabs.
        var earlierRowTabs = 0
        for line in lines {
            // Decoded once: the canonical spelling maps scalar for scalar, so the line's own text
            // stands for it when no scalar changes (what `Canonical.text` returns), and the tail
            // reads the same scalars.
            let written = line.scalars
            // A line indented by tabs after running text (not after a table's row) is read, and
            // joined, as its text without them.
            let indent = out.isEmpty || tail.tabs > 0 ? 0 : Self.indentingTabs(written)
            let next = Tail(scalars: indent == 0 ? Canonical.scalars(written) : Array(Canonical.scalars(written).dropFirst(indent)))
            guard !out.isEmpty else {
                out.append(line)
                out[out.count - 1].decoded = written
                tail = next
                rowTabs = tail.tabs
                continue
            }
            let full = width.map { out[out.count - 1].rawLength >= $0 - 1 } ?? false
            // A heading after a full row (二、 under a table) opens the next part, not the row's rest.
            let unfinishedRow = full && tail.tabs > 0 && tail.tabs + next.tabs <= rowTabs && !(next.tabs == 0 && next.isChineseHeading)
            // A row with as many cells as a row of its table before it is whole: a row after it is
            // the next row, whatever their lengths (a table's rows all of a length read as a
            // fixed-width wrap and were joined into one). The table's first row has none before it,
            // and may be wrapped.
            let wholeRow = tail.tabs > 0 && next.tabs > 0 && earlierRowTabs > 0 && tail.tabs >= earlierRowTabs
            if unfinishedRow || !wholeRow && shouldJoin(tail, next, previousIsFull: full) {
                let cutTag = tail.endsInsideTagOrEntity
                // A sentence's next line indented by tabs (pasted from a web page) goes on without
                // them: joined as they were, they parted the sentence into a table's cells.
                let (text, written) = indent == 0 || unfinishedRow ? (line.text, written)
                    : (String(line.text.unicodeScalars.dropFirst(indent)), Array(written.dropFirst(indent)))
                // The joined scalars are the two lines' decoded scalars one after the other (taken
                // out first, so that the append extends the one copy).
                var joined = out[out.count - 1].decoded
                out[out.count - 1].decoded = nil
                joined?.append(contentsOf: written)
                out[out.count - 1].text += text
                out[out.count - 1].decoded = joined
                out[out.count - 1].lastLine = line.lastLine
                out[out.count - 1].rawLength = line.rawLength
                tail.merge(next)
                // A tag or entity the wrap cut in two ("…<" / "p>…") is whole again: clean it.
                if cutTag {
                    out[out.count - 1].text = LineCleaner.clean(Substring(out[out.count - 1].text))
                    tail = Tail(Canonical.text(out[out.count - 1].text))
                }
            } else {
                earlierRowTabs = tail.tabs > 0 && next.tabs > 0 ? max(earlierRowTabs, tail.tabs) : 0
                out.append(line)
                out[out.count - 1].decoded = written
                tail = next
            }
            rowTabs = max(rowTabs, tail.tabs)
        }
        return out
    }

    /// How many tabs open `scalars` when they are its only tabs (text indented, not a table's row
    /// of cells); 0 otherwise.
    static func indentingTabs(_ scalars: [Unicode.Scalar]) -> Int {
        let n = scalars.prefix { $0 == "\t" }.count
        return n > 0 && !scalars.dropFirst(n).contains("\t") ? n : 0
    }

    /// Running facts about a (canonical) logical line under construction.
    struct Tail {
        /// The canonical scalars of the line the tail was started from (what `shouldJoin` reads of
        /// a next line): its string is never needed.
        var scalars: [Unicode.Scalar] = []
        /// Their text (for tests and reading).
        var text: String { ScalarText.string(scalars) }
        var last: Unicode.Scalar? = nil
        var tabs = 0
        var paren = 0, book = 0, square = 0
        /// Holds a 。: a sentence, not a heading or a unit line.
        var sentence = false
        var opensLabel = false
        var markerLength = 0
        var isArabicItem = false
        var isChineseHeading = false
        /// Last scalars, to see a tag or entity cut at the end ("…<", "…&nb").
        var recent: [Unicode.Scalar] = []
        var scalarCount = 0
        /// Position (1-based, in scalars read) of the last clause punctuation, 0 for none: kept as a
        /// position so that a joined line's tail can be merged, not read again.
        var lastClause = 0

        /// Clause punctuation after the marker (the last one stands after it if any does).
        var clausePunctuation: Bool { lastClause > markerLength }

        init() {}

        init(_ canonical: String) {
            self.init(scalars: ScalarText.scalars(canonical))
        }

        /// `scalars`: a canonical line's, decoded once for the label, the marker and the counts
        /// (each walked the string's scalar view again: a third of ingest).
        init(scalars: [Unicode.Scalar]) {
            self.scalars = scalars
            opensLabel = Reflow.opensLabel(scalars)
            if let m = MarkerScanner.leadingShape(Array(scalars.prefix(16))) {
                markerLength = m.length
                if m.family.isArabicItem { isArabicItem = true } else { isChineseHeading = true }
            }
            append(scalars)
        }

        mutating func append(_ canonical: String) {
            append(ScalarText.scalars(canonical))
        }

        mutating func append(_ scalars: [Unicode.Scalar]) {
            for c in scalars {
                scalarCount += 1
                // Most scalars are ideographs, none of which is counted below.
                if (0x4E00...0x9FFF).contains(c.value) {
                    last = c
                    continue
                }
                switch c {
                case "\t": tabs += 1
                case "（": paren += 1
                case "）": paren -= 1
                case "《": book += 1
                case "》": book -= 1
                case "〔", "【", "[": square += 1
                case "〕", "】", "]": square -= 1
                case "，", "。", "；", "：", "、":
                    lastClause = scalarCount
                    if c == "。" { sentence = true }
                default: break
                }
                last = c
            }
            // Only the last 24 scalars are ever read: copy those, not every scalar of the line.
            recent.append(contentsOf: scalars.suffix(24))
            if recent.count > 24 { recent.removeFirst(recent.count - 24) }
        }

        /// The tail after `next`'s line is joined on: what `append` of that line would give, from
        /// what reading it once as `next` found (the merged tail keeps this line's marker and label).
        mutating func merge(_ next: Tail) {
            tabs += next.tabs
            paren += next.paren
            book += next.book
            square += next.square
            if next.lastClause > 0 { lastClause = scalarCount + next.lastClause }
            sentence = sentence || next.sentence
            last = next.last ?? last
            recent.append(contentsOf: next.recent)
            if recent.count > 24 { recent.removeFirst(recent.count - 24) }
            scalarCount += next.scalarCount
        }

        var isOpen: Bool {
            guard let last else { return false }
            switch last {
            case "、", "，", "（", "《", "“", "〔", "【": return true
            default: return paren > 0 || book > 0 || square > 0
            }
        }

        /// 「市司法局牵头，各部门配合」: a short line with no sentence in it that ends in a role word
        /// says who carries out the task above, and the next line starts something else. So does
        /// one in brackets (「（市委编办（审改办）牵头，…各区（县）人民政府负责落实）」), of any length:
        /// past forty scalars (`isWholeParenthetical`) it was joined to a note or time field above
        /// it, and its units were lost with the note or read as the task's words.
        var endsLikeUnitLine: Bool {
            guard scalarCount <= 300, !sentence else { return false }
            var body = recent[...]
            if let close = body.last, close == "）" || close == ")", let open = scalars.first, open == "（" || open == "(" { body = body.dropLast() }
            return Reflow.roleTails.contains { tail in body.count >= tail.count && body.suffix(tail.count).elementsEqual(tail) }
        }

        /// A title, heading, date or signature: no clause punctuation after its marker, and not an
        /// arabic-numbered item (items are sentences; a "1. …第十四" line cut short is not a heading).
        var isHeadingShaped: Bool { !clausePunctuation && !isArabicItem }

        /// "…<" / "…</p" / "…&nbs" at the very end: a tag or entity the wrap cut (an "&" or "<"
        /// followed by ordinary text is just text).
        var endsInsideTagOrEntity: Bool {
            func nameLike(_ c: Unicode.Scalar) -> Bool { c.isASCII && (c.properties.isAlphabetic || CJK.isASCIIDigit(c) || c == "#" || c == "/") }
            if let lt = recent.lastIndex(of: "<"), recent[(lt + 1)...].allSatisfy(nameLike) { return true }
            if let amp = recent.lastIndex(of: "&"), recent[(amp + 1)...].allSatisfy(nameLike) { return true }
            return false
        }
    }

    /// `previousIsFull`: the last original line of `a` reaches the text's wrap width.
    static func shouldJoin(_ a: Tail, _ next: Tail, previousIsFull: Bool) -> Bool {
        let b = next.scalars
        guard let first = b.first, let lastScalar = a.last else { return false }
        let opensNode = next.markerLength > 0
        // A table's row opening with an empty cell, or one merged with the cell above, is a row.
        let opensRow = first == "\t" || first == ScalarText.mergedAbove
        // Inside an open bracket or list ("〔牵头单位：…，" / "…教育局、"), even a label continues it.
        if !opensRow && !opensNode && a.isOpen && a.tabs == 0 {
            return true
        }
        if opensRow || opensNode || next.opensLabel || isWholeParenthetical(b) || Lexicon.opensClosingLine(scalars: b) || Lexicon.opensNote(scalars: b) {
            return false
        }
        if previousIsFull { return true }
        // 「市发改委牵头，各区政府负责落实」 under a task whose line ends without punctuation.
        if next.endsLikeUnitLine { return false }
        if next.tabs > 0 || a.tabs > 0 { return false }
        if a.opensLabel || a.endsLikeUnitLine { return false }
        // A short line with no clause punctuation (a date, a signature, a title) stands alone.
        if next.scalarCount <= 40 && next.isHeadingShaped { return false }
        if isTerminal(lastScalar) { return false }
        // 「二、聚焦民生热点，加大公开力度」: a heading numbered as one, short and with no full stop, stands
        // alone though a comma parts its words (its paragraph, or 「一是…」, was joined to it).
        if a.isChineseHeading && a.scalarCount <= 40 && !a.sentence { return false }
        return !a.isHeadingShaped
    }

    /// Words a unit line ends in (牵头落实, 负责, 配合…): the role the units take.
    static let roleTails: [[Unicode.Scalar]] = ["牵头", "负责", "配合", "落实"].map { Array($0.unicodeScalars) }

    static func isTerminal(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "。", "；", "！", "？", "：", "）", "〕", "】", "》", "」", "』", ".", "…": return true
        default: return false
        }
    }

    /// "牵头单位：", "责任部门：" and the like open a unit line.
    static func opensLabel(_ scalars: [Unicode.Scalar]) -> Bool {
        // A note's words that open with a label (「备注：牵头单位：县发改局」) are a label line too.
        if Lexicon.mayOpenNote(scalars), let start = Lexicon.noteWordsStart(Canonical.scalars(scalars)), start < scalars.count {
            return opensLabel(Array(scalars[start...]))
        }
        let head = scalars.prefix(8)
        guard let colon = head.firstIndex(where: { $0 == "：" || $0 == ":" }) else { return false }
        let label = ScalarText.string(head[head.startIndex..<colon])
        return ScalarText.characterSuffix(label, "单位") || ScalarText.characterSuffix(label, "部门")
    }

    /// "（征求意见稿）", "（此件公开发布）": a line that is one parenthetical stands alone.
    static func isWholeParenthetical(_ s: String) -> Bool {
        isWholeParenthetical(ScalarText.scalars(s))
    }

    static func isWholeParenthetical(_ s: [Unicode.Scalar]) -> Bool {
        guard let f = s.first, let l = s.last else { return false }
        return f == "（" && l == "）" && s.count <= 40
    }

    /// The width of a fixed-width wrap, when the text has one: the most common length of the
    /// longer lines, shared by at least half of them (a wrap may overrun its width where it must not break,
    /// so lines longer than the width also count as full).
    ///
    /// A line said again and again, complete (a note or a time field under every task), counts
    /// once: a wrap's lines differ, and sixty copies of one 24-scalar note made a width that joined
    /// a plan's title to the table header under it. Counted again without repeats only when a
    /// width is found.
    static func wrapWidth(_ lines: [SourceLine]) -> Int? {
        guard wrapWidth(lines, distinct: false) != nil else { return nil }
        return wrapWidth(lines, distinct: true)
    }

    /// Whether `line` ends where it stands: its last scalar closes a clause, the text ends, or
    /// `next` opens a numbered line, a bracket, a label, a note or a unit line.
    static func isComplete(_ line: SourceLine, before next: SourceLine?) -> Bool {
        if let last = line.text.unicodeScalars.last, isTerminal(last) { return true }
        guard let next else { return true }
        let s = next.scalars
        guard let first = s.first else { return true }
        return first == "（" || first == "(" || MarkerScanner.leadingShape(Array(s.prefix(16))) != nil || opensLabel(s)
            || Lexicon.opensNote(scalars: s) || roleTails.contains { s.count >= $0.count && s.suffix($0.count).elementsEqual($0) }
    }

    private static func wrapWidth(_ lines: [SourceLine], distinct: Bool) -> Int? {
        var counts: [Int: Int] = [:]
        var long = 0
        var seen = Set<ByteKey>()
        for (k, line) in lines.enumerated() {
            let n = line.rawLength
            guard n >= 16 else { continue }
            // Only a line complete in itself repeats as a note or field does: its last scalar closes
            // a clause, or the next line opens something of its own. A line a wrap cut (「责任单位：…
            // 县自然」 over 「资源局」 under every task) is the wrap's, each time.
            if distinct, !seen.insert(ByteKey(line.text)).inserted, isComplete(line, before: k + 1 < lines.count ? lines[k + 1] : nil) { continue }
            counts[n, default: 0] += 1
            long += 1
        }
        guard long >= 6 else { return nil }
        let mode = counts.max { a, b in a.value < b.value || a.value == b.value && a.key < b.key }!.key
        let atMode = (counts[mode] ?? 0) + (counts[mode - 1] ?? 0) + (counts[mode + 1] ?? 0)
        guard mode >= 20, atMode >= 5, atMode * 2 >= long else { return nil }
        return mode
    }
}
