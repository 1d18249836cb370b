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
        // Decisions read the canonical spelling, so "，" and "," count alike; the text joined is
        // the text as written.
        var lastCanonical = ""
        // The most cells a table row has had so far: a wrapped row with fewer is unfinished.
        var rowTabs = 0
        for line in lines {
            let canonical = Canonical.text(line.text)
            guard !out.isEmpty else {
                out.append(line)
                lastCanonical = canonical
                rowTabs = tabCount(canonical)
                continue
            }
            let full = width.map { out[out.count - 1].rawLength >= $0 - 1 } ?? false
            let lastTabs = tabCount(lastCanonical)
            let unfinishedRow = full && lastTabs > 0 && lastTabs + tabCount(canonical) <= rowTabs
            if unfinishedRow || shouldJoin(lastCanonical, canonical, previousIsFull: full) {
                lastCanonical += canonical
                out[out.count - 1].text += line.text
                // A tag or entity the wrap cut in two ("…<" / "p>…") is whole again: clean it.
                if line.text.unicodeScalars.contains(">") || line.text.unicodeScalars.contains(";") {
                    out[out.count - 1].text = LineCleaner.clean(Substring(out[out.count - 1].text))
                    lastCanonical = Canonical.text(out[out.count - 1].text)
                }
                out[out.count - 1].lastLine = line.lastLine
                out[out.count - 1].rawLength = line.rawLength
            } else {
                out.append(line)
                lastCanonical = canonical
            }
            rowTabs = max(rowTabs, tabCount(lastCanonical))
        }
        return out
    }

    static func tabCount(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { $0 + ($1 == "\t" ? 1 : 0) }
    }

    /// `previousIsFull`: the last original line of `a` reaches the text's wrap width.
    static func shouldJoin(_ a: String, _ b: String, previousIsFull: Bool) -> Bool {
        guard let first = b.unicodeScalars.first else { return false }
        let aScalars = a.unicodeScalars
        guard let lastScalar = aScalars.last else { return false }
        let opensNode = MarkerScanner.leading(b) != nil
        // Inside an open bracket or list ("〔牵头单位：…，" / "…教育局、"), even a label continues it.
        if first != "\t" && !opensNode && endsOpen(aScalars, last: lastScalar) && !aScalars.contains("\t") {
            return true
        }
        if first == "\t" || opensNode || opensLabel(b) || isWholeParenthetical(b) || Lexicon.opensClosingLine(b) {
            return false
        }
        if previousIsFull { return true }
        let aIsRow = aScalars.contains("\t")
        if b.unicodeScalars.contains("\t") || aIsRow { return false }
        if endsOpen(aScalars, last: lastScalar) { return true }
        if opensLabel(a) { return false }
        // A short line with no clause punctuation (a date, a signature, a title) stands alone.
        if b.unicodeScalars.count <= 40 && isHeadingShaped(b) { return false }
        if isTerminal(lastScalar) { return false }
        return !isHeadingShaped(a)
    }

    /// 、，（《“ at the end, or more opening than closing brackets: the sentence goes on.
    static func endsOpen(_ s: String.UnicodeScalarView, last: Unicode.Scalar) -> Bool {
        switch last {
        case "、", "，", "（", "《", "“", "〔", "【": return true
        default: break
        }
        var paren = 0, book = 0, square = 0
        for c in s {
            switch c {
            case "（": paren += 1
            case "）": paren -= 1
            case "《": book += 1
            case "》": book -= 1
            case "〔", "【", "[": square += 1
            case "〕", "】", "]": square -= 1
            default: break
            }
        }
        return paren > 0 || book > 0 || square > 0
    }

    static func isTerminal(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "。", "；", "！", "？", "：", "）", "〕", "】", "》", "」", "』", ".", "…": return true
        default: return false
        }
    }

    /// A title, heading, date or signature: no clause punctuation at all, and not an arabic-
    /// numbered item (items are sentences; a "1. …第十四" line without punctuation is one cut short).
    static func isHeadingShaped(_ a: String) -> Bool {
        for c in a.unicodeScalars {
            switch c {
            case "，", "。", "；", "：", "、": return false
            default: continue
            }
        }
        if let m = MarkerScanner.leading(a) {
            switch m.numbering.family {
            case .arabicDot, .arabicComma, .arabicParen, .circled: return false
            case .cjkComma, .cjkParen: return true
            }
        }
        return true
    }

    /// "牵头单位：", "责任部门：" and the like open a unit line.
    static func opensLabel(_ s: String) -> Bool {
        let head = s.unicodeScalars.prefix(8)
        guard let colon = head.firstIndex(where: { $0 == "：" || $0 == ":" }) else { return false }
        let label = String(String.UnicodeScalarView(head[head.startIndex..<colon]))
        return label.hasSuffix("单位") || label.hasSuffix("部门")
    }

    /// "（征求意见稿）", "（此件公开发布）": a line that is one parenthetical stands alone.
    static func isWholeParenthetical(_ s: String) -> Bool {
        guard let f = s.unicodeScalars.first, let l = s.unicodeScalars.last else { return false }
        return f == "（" && l == "）" && s.unicodeScalars.count <= 40
    }

    /// The width of a fixed-width wrap, when the text has one: the most common length of the
    /// longer lines, shared by at least half of them (a wrap may overrun its width where it must not break,
    /// so lines longer than the width also count as full).
    static func wrapWidth(_ lines: [SourceLine]) -> Int? {
        var counts: [Int: Int] = [:]
        var long = 0
        for line in lines {
            let n = line.rawLength
            if n >= 16 { counts[n, default: 0] += 1; long += 1 }
        }
        guard long >= 6 else { return nil }
        let mode = counts.max { a, b in a.value < b.value || a.value == b.value && a.key < b.key }!.key
        let atMode = (counts[mode] ?? 0) + (counts[mode - 1] ?? 0) + (counts[mode + 1] ?? 0)
        guard mode >= 20, atMode >= 5, atMode * 2 >= long else { return nil }
        return mode
    }
}
