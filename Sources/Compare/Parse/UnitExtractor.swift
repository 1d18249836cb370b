/// Reads the units a plan assigns to a task out of the three places plans put them: a label line
/// under the item ("牵头单位：…"), an annotation at the end of the item ("〔牵头单位：…〕",
/// "（…负责落实）"), and the unit column of a table ("…牵头，各单位按职责分工落实").
///
/// Everything works on arrays of Unicode scalars: these functions run on every line of thousands
/// of plans, and the markers they look for are all single scalars or short fixed sequences.
public enum UnitExtractor {
    typealias Scalars = [Unicode.Scalar]

    // MARK: Public API

    /// A unit label line: "牵头单位:区发改委", "责任单位：区自然资源局", "牵头部门：区司法局",
    /// "责任部门：…", "配合单位：…", or both labels on one line ("牵头单位：A；责任单位：B").
    ///
    /// A line wholly enclosed in a bracket that carries a label ("〔牵头单位：A，责任单位：B〕") counts
    /// too. A label with nothing after it ("牵头单位：") still marks a label line: the result is then
    /// an empty `Units` (only `raw` set), so a caller can tell "a label line naming no one" from
    /// "not a label line" (nil). A text that merely mentions a label later on is not a label line.
    public static func labelLine(_ text: String) -> Units? {
        // Called on every line: reject most lines on their first visible scalar, before copying.
        guard let first = text.unicodeScalars.first(where: { !isSpace($0) }),
              first == "牵" || first == "责" || first == "配" || first == "协" || first == "<" || isOpen(first)
        else { return nil }
        let s = withoutTags(Scalars(text.unicodeScalars))
        var lo = 0, hi = s.count
        trim(s, &lo, &hi, spacesOnly: true)
        guard lo < hi else { return nil }
        let raw = [string(s[lo..<hi])]
        if labelAt(s, lo, hi) != nil {
            var units = parseLabelled(s, lo, hi)
            units.raw = raw
            return units
        }
        // "〔牵头单位：…〕" alone on a line (maybe followed by 。).
        if isOpen(s[lo]), let close = matchingClose(s, lo, hi) {
            var end = close + 1
            while end < hi, isSpace(s[end]) || isEndPunct(s[end]) { end += 1 }
            var inner = lo + 1
            while inner < close, isSpace(s[inner]) { inner += 1 }
            if end == hi, labelAt(s, inner, close) != nil {
                var units = parseLabelled(s, inner, close)
                units.raw = raw
                return units
            }
        }
        return nil
    }

    /// Unit annotations embedded in an item's text, removed from the text.
    ///
    /// Two kinds are recognised, and only these, because a plan's text is full of other brackets
    /// ("（试行）", "（国办发〔2021〕12号）", "（联系人：…）"): a bracket of any shape whose content
    /// opens with a unit label ("〔牵头单位：A，责任单位：B〕"), wherever it sits; and a parenthetical
    /// that closes the text (before an optional 。) and whose content ends in a unit verb tail
    /// ("（A、B负责落实）", "（A牵头落实）", "（A牵头，B负责落实）"). Mixed ASCII/full-width brackets
    /// are matched by nesting depth, not by pairing shapes, since plans mix them freely.
    ///
    /// - Returns: the text without the annotation (trimmed), and the units (empty if none).
    /// Characters every unit annotation holds one of (单位 部门 负责 牵头 落实 配合 协办 处室 责任):
    /// a text with none of them is returned untouched without building anything.
    static let annotationScalars: Set<Unicode.Scalar> = ["单", "部", "负", "牵", "落", "配", "协", "室", "责"]

    public static func extractInline(from text: String) -> (text: String, units: Units) {
        if !text.unicodeScalars.contains(where: annotationScalars.contains) {
            return (text.trimmingSpaces, Units())
        }
        let s = Scalars(text.unicodeScalars)
        // Most lines carry no bracket at all.
        if !s.contains(where: { isOpen($0) || isClose($0) }) {
            var lo = 0, hi = s.count
            trim(s, &lo, &hi, spacesOnly: true)
            return (string(s[lo..<hi]), Units())
        }
        var units = Units()
        var keep = [Bool](repeating: true, count: s.count)
        var found = false

        // 1. Labelled brackets, anywhere.
        var i = 0
        var depth = 0
        while i < s.count {
            let c = s[i]
            if isOpen(c) {
                if depth == 0 {
                    var inner = i + 1
                    while inner < s.count, isSpace(s[inner]) { inner += 1 }
                    if labelAt(s, inner, s.count) != nil {
                        // An unclosed annotation (a line cut short) runs to the end of the text.
                        let close = matchingClose(s, i, s.count)
                        let end = close ?? s.count
                        var parsed = parseLabelled(s, inner, end)
                        var rlo = inner, rhi = end
                        trim(s, &rlo, &rhi, spacesOnly: true)
                        parsed.raw = [string(s[rlo..<rhi])]
                        units.merge(parsed)
                        for k in i..<min(end + 1, s.count) { keep[k] = false }
                        found = true
                        i = end + 1
                        continue
                    }
                }
                depth += 1
            } else if isClose(c) {
                depth = max(0, depth - 1)
            }
            i += 1
        }

        var body: Scalars
        if found {
            body = joinKept(s, keep)
        } else {
            body = s
        }

        // 2. A trailing "（…负责落实）".
        if let (rest, parsed) = trailingAnnotation(body) {
            units.merge(parsed)
            body = rest
            found = true
        }

        guard found else {
            var lo = 0, hi = s.count
            trim(s, &lo, &hi, spacesOnly: true)
            return (string(s[lo..<hi]), Units())
        }
        var lo = 0, hi = body.count
        trim(body, &lo, &hi, spacesOnly: true)
        return (string(body[lo..<hi]), units)
    }

    /// A table's unit cell, e.g. "区党政办（文秘科、宣传科）牵头，各单位按职责分工落实".
    ///
    /// Clauses (split at ，；) that say 牵头 give lead units; every other clause, marked
    /// (负责落实, 按职责分工落实) or not, gives responsible units: a cell with no 牵头 names only
    /// units that carry the task out. A cell that uses labels ("牵头单位：…") is read as labels.
    /// A column header repeated on a new page ("牵头及责任单位", "责任单位") names no unit and gives
    /// empty `Units`; so does text left after removing HTML tags that is empty.
    public static func cell(_ text: String) -> Units {
        let s = withoutTags(Scalars(text.unicodeScalars))
        var lo = 0, hi = s.count
        trim(s, &lo, &hi, spacesOnly: true)
        guard lo < hi, !isColumnHeader(s, lo, hi) else { return Units() }
        var units: Units
        if firstLabel(s, lo, hi) != nil {
            units = parseLabelled(s, lo, hi)
        } else {
            units = parseRoles(s, lo, hi)
        }
        units.raw = [string(s[lo..<hi])]
        return units
    }

    /// Splits a unit enumeration into names.
    ///
    /// Splits at ，,；; and 、 outside brackets ("区党政办（文秘科、宣传科）" is one name). A piece of
    /// at most two characters is glued back onto the one before it: plans abbreviate a run of
    /// offices sharing a prefix ("市属各委、局、办", "各乡（镇）、场、街道、片区"), and such a tail is
    /// not a unit on its own. Spaces next to Chinese text and trailing 。； are dropped.
    public static func split(_ text: String) -> [String] {
        let s = Scalars(text.unicodeScalars)
        return splitNames(s, 0, s.count)
    }

    // MARK: Labels

    private struct Label: Sendable {
        let scalars: [Unicode.Scalar]
        let lead: Bool
    }

    /// 牵头… are lead units; the other roles all carry the task out.
    private static let labels: [Label] = {
        var out: [Label] = []
        for (role, lead) in [("牵头", true), ("责任", false), ("配合", false), ("协办", false), ("协助", false)] {
            for kind in ["单位", "部门", "处室", "科室"] {
                out.append(Label(scalars: Array((role + kind).unicodeScalars), lead: lead))
            }
        }
        return out
    }()

    /// A label followed by a colon at `i`: where its content starts, and its role.
    private static func labelAt(_ s: Scalars, _ i: Int, _ hi: Int) -> (contentStart: Int, lead: Bool)? {
        guard i < hi, s[i] == "牵" || s[i] == "责" || s[i] == "配" || s[i] == "协" else { return nil }
        for label in labels where hasPrefix(s, i, hi, label.scalars) {
            var k = i + label.scalars.count
            while k < hi, isSpace(s[k]) { k += 1 }
            guard k < hi, s[k] == "：" || s[k] == ":" else { continue }
            k += 1
            while k < hi, isSpace(s[k]) { k += 1 }
            return (k, label.lead)
        }
        return nil
    }

    private static func firstLabel(_ s: Scalars, _ lo: Int, _ hi: Int) -> Int? {
        var depth = 0
        for i in lo..<hi {
            if isOpen(s[i]) { depth += 1 } else if isClose(s[i]) { depth = max(0, depth - 1) }
            else if depth == 0, labelAt(s, i, hi) != nil { return i }
        }
        return nil
    }

    /// Reads "牵头单位：A，责任单位：B" (labels at bracket depth 0). Each label's content runs to the
    /// next label, so no separator is needed between them; a label with empty content is the
    /// repeated-label typo ("责任单位：责任单位：…") and is skipped. Text before the first label is
    /// not a unit statement and is ignored.
    private static func parseLabelled(_ s: Scalars, _ lo: Int, _ hi: Int) -> Units {
        var marks: [(start: Int, content: Int, lead: Bool)] = []
        var depth = 0
        var i = lo
        while i < hi {
            let c = s[i]
            if isOpen(c) { depth += 1 } else if isClose(c) { depth = max(0, depth - 1) }
            else if depth == 0, let (content, lead) = labelAt(s, i, hi) {
                marks.append((i, content, lead))
                i = content
                continue
            }
            i += 1
        }
        var units = Units()
        for (n, m) in marks.enumerated() {
            var end = n + 1 < marks.count ? marks[n + 1].start : hi
            end = otherField(s, m.content, end) ?? end
            guard m.content < end else { continue }
            let names = clauseNames(s, m.content, end)
            if m.lead { units.lead += names } else { units.responsible += names }
        }
        return promotingMarkedLeads(units)
    }

    /// Field names that may follow the units on the same line ("责任单位：区财政局 完成时限：…").
    private static let fieldWords: [Scalars] = ["完成时限", "完成时间", "完成期限", "时间要求", "时限要求", "时间节点", "时限"]
        .map { Array($0.unicodeScalars) }

    /// Where another "field：" starts inside a label's content. A unit name never holds a colon, so
    /// a colon ends the content: at a known field word, or else at the start of the word before the
    /// colon when a space or punctuation sets that word apart.
    private static func otherField(_ s: Scalars, _ lo: Int, _ hi: Int) -> Int? {
        var depth = 0
        var i = lo
        while i < hi {
            let c = s[i]
            if isOpen(c) { depth += 1 } else if isClose(c) { depth = max(0, depth - 1) }
            else if depth == 0 {
                for w in fieldWords where hasPrefix(s, i, hi, w) {
                    var k = i + w.count
                    while k < hi, isSpace(s[k]) { k += 1 }
                    if k < hi, s[k] == "：" || s[k] == ":" { return i }
                }
                if c == "：" || c == ":" {
                    var k = i
                    while k > lo, isSpace(s[k - 1]) { k -= 1 }
                    while k > lo, CJK.isIdeograph(s[k - 1]) { k -= 1 }
                    return k > lo ? k : nil
                }
            }
            i += 1
        }
        return nil
    }

    /// Names of a label's content: each clause loses its verb tail, then is split.
    private static func clauseNames(_ s: Scalars, _ lo: Int, _ hi: Int) -> [String] {
        var out: [String] = []
        for (a, b) in clauses(s, lo, hi) {
            let (x, y) = stripTails(s, a, b)
            out += splitNames(s, x, y)
        }
        return out
    }

    // MARK: Unlabelled statements

    /// Reads a statement made of "…牵头" / "…负责落实" / bare clauses.
    static func parseRoles(_ s: Scalars, _ lo: Int, _ hi: Int) -> Units {
        var units = Units()
        for (a, b) in clauses(s, lo, hi) {
            readClause(s, a, b, &units)
        }
        return promotingMarkedLeads(units)
    }

    private static let leadWord: Scalars = Array("牵头".unicodeScalars)

    /// A clause "A牵头" (or "A牵头落实", or "A牵头B负责" run together) gives A as lead; the rest of
    /// the clause, or the whole clause when there is no 牵头, gives responsible units.
    static func readClause(_ s: Scalars, _ lo: Int, _ hi: Int, _ units: inout Units) {
        var a = lo, b = hi
        trim(s, &a, &b, spacesOnly: false)
        guard a < b else { return }
        if let p = findDepth0(s, leadWord, a, b), p > a {
            let (x, y) = stripTails(s, a, p)
            units.lead += splitNames(s, x, y)
            var rest = p + leadWord.count
            for tail in [Array("落实".unicodeScalars), Array("负责".unicodeScalars)] where hasPrefix(s, rest, b, tail) {
                rest += tail.count
            }
            if rest < b { readClause(s, rest, b, &units) }
            return
        }
        let (x, y) = stripTails(s, a, b)
        units.responsible += splitNames(s, x, y)
    }

    private static let leadMarks: [Scalars] = ["（牵头）", "(牵头)", "（牵头)", "(牵头）", "（牵头单位）", "(牵头单位)"]
        .map { Array($0.unicodeScalars) }

    /// "区政府办公室（牵头）、区财政局" marks the lead inside a list: the name moves to `lead`,
    /// without the mark.
    private static func promotingMarkedLeads(_ units: Units) -> Units {
        var out = units
        out.lead = []
        out.responsible = []
        func unmarked(_ name: String) -> String? {
            let s = Scalars(name.unicodeScalars)
            for m in leadMarks where s.count > m.count && hasSuffix(s, 0, s.count, m) {
                return string(s[0..<(s.count - m.count)])
            }
            return nil
        }
        for name in units.lead { out.lead.append(unmarked(name) ?? name) }
        for name in units.responsible {
            if let n = unmarked(name) { out.lead.append(n) } else { out.responsible.append(name) }
        }
        return out
    }

    // MARK: Trailing annotation

    /// Content endings that make a closing parenthetical a unit statement. Deliberately few:
    /// "（试行）", "（2020年—2030年）", "（联系人：…）" must never match.
    static let annotationEnds: [Scalars] = [
        "负责落实", "牵头落实", "分工落实", "配合落实", "负责", "牵头", "配合",
    ].map { Array($0.unicodeScalars) }

    private static func trailingAnnotation(_ s: Scalars) -> (Scalars, Units)? {
        var hi = s.count
        while hi > 0, isSpace(s[hi - 1]) { hi -= 1 }
        let afterClose = hi  // end of what follows the parenthetical (its 。)
        var close = hi - 1
        while close >= 0, isSpace(s[close]) || isEndPunct(s[close]) { close -= 1 }
        guard close > 0, isClose(s[close]) else { return nil }
        // Find the matching open bracket by depth, scanning back.
        var depth = 0
        var open = -1
        var k = close
        while k >= 0 {
            if isClose(s[k]) { depth += 1 } else if isOpen(s[k]) {
                depth -= 1
                if depth == 0 { open = k; break }
            }
            k -= 1
        }
        guard open >= 0 else { return nil }
        var a = open + 1, b = close
        trim(s, &a, &b, spacesOnly: false)
        guard a < b, b - a <= 300 else { return nil }
        // A sentence or a "联系人：" note is not a unit list.
        for i in a..<b where s[i] == "。" || s[i] == "：" || s[i] == ":" { return nil }
        guard annotationEnds.contains(where: { hasSuffix(s, a, b, $0) }) else { return nil }
        var units = parseRoles(s, a, b)
        guard !units.isEmpty else { return nil }
        units.raw = [string(s[a..<b])]
        // Keep the sentence's own full stop when the annotation carried it.
        var rest = Scalars(s[0..<open])
        var t = rest.count
        while t > 0, isSpace(rest[t - 1]) { t -= 1 }
        rest.removeSubrange(t...)
        let tail = s[(close + 1)..<afterClose].filter { !isSpace($0) }
        if !tail.isEmpty, let last = rest.last, !isEndPunct(last) { rest += tail }
        return (rest, units)
    }

    // MARK: Tails and splitting

    /// Verb tails that follow unit names but are not part of them. Longest first.
    static let verbTails: [Scalars] = [
        "按照职责分工强化监管", "按职责分工强化监管", "按照职责分工落实", "按职责分工落实",
        "牵头负责", "牵头落实", "负责落实", "配合落实", "共同落实", "抓好落实", "具体落实",
        "负责", "落实", "牵头", "配合",
    ].map { Array($0.unicodeScalars) }

    /// Where a "by their duties" phrase begins, everything after it is a verb tail of any wording
    /// ("按照职责分工强化监管", "根据职责做好…").
    static let dutyStarts: [Scalars] = ["按照职责", "按职责", "根据职责", "依职责", "依照职责"]
        .map { Array($0.unicodeScalars) }

    private static let by: Unicode.Scalar = "由"

    static func stripTails(_ s: Scalars, _ lo: Int, _ hi: Int) -> (Int, Int) {
        var a = lo, b = hi
        trim(s, &a, &b, spacesOnly: false)
        if a < b, s[a] == by, b - a > 2 { a += 1 }  // "由A牵头"
        for start in dutyStarts {
            if let p = findDepth0(s, start, a, b), p > a { b = p; break }
        }
        var changed = true
        while changed && a < b {
            changed = false
            trim(s, &a, &b, spacesOnly: false)
            for tail in verbTails where b - a > tail.count && hasSuffix(s, a, b, tail) {
                b -= tail.count
                changed = true
                break
            }
        }
        trim(s, &a, &b, spacesOnly: false)
        return (a, b)
    }

    /// Clause boundaries (，,；; and line breaks outside brackets).
    static func clauses(_ s: Scalars, _ lo: Int, _ hi: Int) -> [(Int, Int)] {
        var out: [(Int, Int)] = []
        var depth = 0
        var start = lo
        for i in lo..<hi {
            let c = s[i]
            if isOpen(c) { depth += 1 } else if isClose(c) { depth = max(0, depth - 1) }
            else if depth == 0, isClauseSep(c) {
                if start < i { out.append((start, i)) }
                start = i + 1
            }
        }
        if start < hi { out.append((start, hi)) }
        return out
    }

    private static func splitNames(_ s: Scalars, _ lo: Int, _ hi: Int) -> [String] {
        var out: [Scalars] = []
        var depth = 0
        var start = lo
        var sep: Unicode.Scalar? = nil
        func flush(_ end: Int, next: Unicode.Scalar?) {
            var a = start, b = end
            trim(s, &a, &b, spacesOnly: false)
            if a < b {
                let piece = squeezeSpaces(s, a, b)
                if piece.count <= 2, !out.isEmpty {
                    if let sep { out[out.count - 1].append(sep) }
                    out[out.count - 1] += piece
                } else {
                    out.append(piece)
                }
            }
            sep = next
        }
        for i in lo..<hi {
            let c = s[i]
            if isOpen(c) { depth += 1 } else if isClose(c) { depth = max(0, depth - 1) }
            else if depth == 0, isClauseSep(c) || c == "、" {
                flush(i, next: c == "\n" || c == "\r" ? "、" : c)
                start = i + 1
            }
        }
        flush(hi, next: nil)
        return out.map { ScalarText.string($0) }
    }

    /// Removes spaces that touch Chinese text or brackets ("区党政办 (宣传科)"), keeping those
    /// between Latin words.
    private static func squeezeSpaces(_ s: Scalars, _ lo: Int, _ hi: Int) -> Scalars {
        var out = Scalars()
        out.reserveCapacity(hi - lo)
        var i = lo
        while i < hi {
            if isSpace(s[i]) {
                var j = i
                while j < hi, isSpace(s[j]) { j += 1 }
                let before = out.last
                let after: Unicode.Scalar? = j < hi ? s[j] : nil
                let wide = { (c: Unicode.Scalar?) -> Bool in
                    guard let c else { return true }
                    return CJK.isWide(c) || isOpen(c) || isClose(c)
                }
                if !(wide(before) || wide(after)) { out.append(" ") }
                i = j
            } else {
                out.append(s[i])
                i += 1
            }
        }
        return out
    }

    /// A table's column header: nothing but role words ("牵头及责任单位", "牵头单位/配合单位").
    private static func isColumnHeader(_ s: Scalars, _ lo: Int, _ hi: Int) -> Bool {
        guard hi - lo <= 20 else { return false }
        var i = lo
        var kinds = 0
        outer: while i < hi {
            let c = s[i]
            if isSpace(c) || isOpen(c) || isClose(c) || "及和与、/／".unicodeScalars.contains(c) {
                i += 1
                continue
            }
            for w in headerWords where hasPrefix(s, i, hi, w) {
                if w == headerWords[0] || w == headerWords[1] { kinds += 1 }
                i += w.count
                continue outer
            }
            return false
        }
        return kinds > 0
    }

    private static let headerWords: [Scalars] = ["单位", "部门", "牵头", "责任", "配合", "协办", "主责"]
        .map { Array($0.unicodeScalars) }

    /// Drops HTML tags ("<p>", "</p>", "<br/>") that survive in table cells of converted plans.
    static func withoutTags(_ s: Scalars) -> Scalars {
        guard s.contains("<") else { return s }
        var out = Scalars()
        out.reserveCapacity(s.count)
        var i = 0
        while i < s.count {
            if s[i] == "<", i + 1 < s.count, s[i + 1] == "/" || CJK.isASCIIAlnum(s[i + 1]) {
                var j = i + 1
                while j < s.count, j - i <= 64, s[j] != ">", s[j] != "<" { j += 1 }
                if j < s.count, s[j] == ">" {
                    i = j + 1
                    continue
                }
            }
            out.append(s[i])
            i += 1
        }
        return out
    }

    // MARK: Scalar helpers

    @inline(__always) static func isOpen(_ c: Unicode.Scalar) -> Bool { ScalarText.isOpenBracket(c) }

    @inline(__always) static func isClose(_ c: Unicode.Scalar) -> Bool { ScalarText.isCloseBracket(c) }

    @inline(__always) private static func isClauseSep(_ c: Unicode.Scalar) -> Bool {
        c == "，" || c == "," || c == "；" || c == ";" || c == "\n" || c == "\r"
    }

    @inline(__always) static func isSpace(_ c: Unicode.Scalar) -> Bool { ScalarText.isBlank(c) }

    @inline(__always) static func isEndPunct(_ c: Unicode.Scalar) -> Bool {
        c == "。" || c == "；" || c == ";" || c == "." || c == "！" || c == "？"
    }

    /// Trims spaces, and unless `spacesOnly`, list punctuation (，,；;、。．.) too.
    static func trim(_ s: Scalars, _ lo: inout Int, _ hi: inout Int, spacesOnly: Bool) {
        func drop(_ c: Unicode.Scalar) -> Bool {
            if isSpace(c) { return true }
            if spacesOnly { return false }
            return isClauseSep(c) || c == "、" || c == "。" || c == "．" || c == "."
        }
        while lo < hi, drop(s[lo]) { lo += 1 }
        while hi > lo, drop(s[hi - 1]) { hi -= 1 }
    }

    static func matchingClose(_ s: Scalars, _ open: Int, _ hi: Int) -> Int? {
        var depth = 0
        for i in open..<hi {
            if isOpen(s[i]) { depth += 1 } else if isClose(s[i]) {
                depth -= 1
                if depth == 0 { return i }
            }
        }
        return nil
    }

    private static func hasPrefix(_ s: Scalars, _ i: Int, _ hi: Int, _ p: Scalars) -> Bool {
        i + p.count <= hi && ScalarText.has(s, p, at: i)
    }

    static func hasSuffix(_ s: Scalars, _ lo: Int, _ hi: Int, _ p: Scalars) -> Bool {
        guard hi - lo >= p.count else { return false }
        return hasPrefix(s, hi - p.count, hi, p)
    }

    private static func findDepth0(_ s: Scalars, _ p: Scalars, _ lo: Int, _ hi: Int) -> Int? {
        var depth = 0
        var i = lo
        while i < hi {
            let c = s[i]
            if isOpen(c) { depth += 1 } else if isClose(c) { depth = max(0, depth - 1) }
            else if depth == 0, hasPrefix(s, i, hi, p) { return i }
            i += 1
        }
        return nil
    }

    private static func joinKept(_ s: Scalars, _ keep: [Bool]) -> Scalars {
        var out = Scalars()
        out.reserveCapacity(s.count)
        var i = 0
        while i < s.count {
            if keep[i] {
                out.append(s[i])
                i += 1
                continue
            }
            // A removed annotation: drop a lone full stop right after it when the text before
            // already ends a sentence ("…透明。〔…〕。").
            while i < s.count, !keep[i] { i += 1 }
            var j = i
            while j < s.count, isSpace(s[j]) { j += 1 }
            var t = out.count
            while t > 0, isSpace(out[t - 1]) { t -= 1 }
            if j < s.count, isEndPunct(s[j]), t > 0, isEndPunct(out[t - 1]) {
                out.removeSubrange(t...)
                i = j + 1
            }
        }
        return out
    }

    private static func string(_ s: ArraySlice<Unicode.Scalar>) -> String { ScalarText.string(s) }
}
