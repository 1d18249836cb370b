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
        // Called on every line: reject most lines on their first visible scalar, before decoding.
        guard let first = text.unicodeScalars.first(where: { !isSpace($0) }), mayOpenLabelLine(first) else { return nil }
        return labelLine(ScalarText.scalars(text))
    }

    /// `labelLine` on a line already decoded.
    static func labelLine(_ written: Scalars, memo: UnitMemo? = nil) -> Units? {
        guard let first = written.first(where: { !isSpace($0) }), mayOpenLabelLine(first) else { return nil }
        let s = withoutTags(written)
        var lo = 0, hi = s.count
        trim(s, &lo, &hi, spacesOnly: true)
        guard lo < hi else { return nil }
        let raw = [string(s[lo..<hi])]
        if labelAt(s, lo, hi) != nil {
            var units = parseLabelled(s, lo, hi, memo: memo)
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
                var units = parseLabelled(s, inner, close, memo: memo)
                units.raw = raw
                return units
            }
        }
        return nil
    }

    /// What a label line can open with: a label's first character, a tag, a bracket.
    @inline(__always)
    static func mayOpenLabelLine(_ c: Unicode.Scalar) -> Bool {
        labelOpeners.contains(c) || c == "<" || isOpen(c)
    }

    /// Characters every unit annotation holds one of (单位 部门 负责 牵头 落实 配合 协办 处室 责任):
    /// a text with none of them is returned untouched without building anything.
    /// A bit table, not a `Set`: it is asked of every scalar of every node, and hashing a scalar
    /// costs more than the whole comparison (a test holds the table to the switch below).
    static let annotationScalars = ScalarSet("单部负牵落配协室责".unicodeScalars)

    @inline(__always)
    static func isAnnotationScalar(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "单", "部", "负", "牵", "落", "配", "协", "室", "责": return true
        default: return false
        }
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
    public static func extractInline(from text: String) -> (text: String, units: Units) {
        let s = ScalarText.scalars(text)
        let read = extractInline(s)
        return (read.text.count == s.count ? text : ScalarText.string(read.text), read.units)
    }

    /// `extractInline(from:)` on text already decoded, as `NodeFinisher` shares the scalars with
    /// the other readers. The text returned only ever loses scalars: the same count means the
    /// same text.
    static func extractInline(_ s: Scalars, memo: UnitMemo? = nil) -> (text: Scalars, units: Units) {
        // Most lines carry no annotation, or no bracket at all.
        let annotation = annotationScalars
        guard s.contains(where: { annotation.contains($0) }) else {
            var lo = 0, hi = s.count
            while lo < hi, CJK.isSpace(s[lo]) { lo += 1 }
            while hi > lo, CJK.isSpace(s[hi - 1]) { hi -= 1 }
            return (lo == 0 && hi == s.count ? s : Scalars(s[lo..<hi]), Units())
        }
        guard s.contains(where: { isOpen($0) || isClose($0) }) else {
            // No bracket: only labels after the last sentence can be units (step 3 below).
            let (body, units) = trailingLabels(s, memo: memo) ?? (s, Units())
            var lo = 0, hi = body.count
            trim(body, &lo, &hi, spacesOnly: true)
            return (lo == 0 && hi == body.count ? body : Scalars(body[lo..<hi]), units)
        }
        var units = Units()
        // Each bracket's units, merged at the end in one pass (`Units.merge(contentsOf:)`): merged
        // one by one, a text of thousands of labelled brackets compared every name with every
        // name before it.
        var labelled: [Units] = []
        var keep = [Bool](plain: true, count: s.count)
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
                        var parsed = parseLabelled(s, inner, end, memo: memo)
                        var rlo = inner, rhi = end
                        trim(s, &rlo, &rhi, spacesOnly: true)
                        parsed.raw = [string(s[rlo..<rhi])]
                        labelled.append(parsed)
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

        units.merge(contentsOf: labelled)
        var body = found ? joinKept(s, keep) : s

        // 2. A trailing "（…负责落实）".
        if let (rest, parsed) = trailingAnnotation(body, memo: memo) {
            units.merge(parsed)
            body = rest
            found = true
        }

        // 3. Labels after the task's last sentence, to its end (「…举措。责任单位：A、B。」).
        if let (rest, parsed) = trailingLabels(body, memo: memo) {
            units.merge(parsed)
            body = rest
        }

        var lo = 0, hi = body.count
        trim(body, &lo, &hi, spacesOnly: true)
        return (lo == 0 && hi == body.count ? body : Scalars(body[lo..<hi]), units)
    }

    /// A table's unit cell, e.g. "区党政办（文秘科、宣传科）牵头，各单位按职责分工落实".
    ///
    /// Clauses (split at ，；) that say 牵头 give lead units; every other clause, marked
    /// (负责落实, 按职责分工落实) or not, gives responsible units: a cell with no 牵头 names only
    /// units that carry the task out. A cell that uses labels ("牵头单位：…") is read as labels.
    /// A column header repeated on a new page ("牵头及责任单位", "责任单位") names no unit and gives
    /// empty `Units`; so does text left after removing HTML tags that is empty.
    public static func cell(_ text: String) -> Units {
        cell(text, memo: nil)
    }

    /// `cell` with the plan's memo of statements already read.
    static func cell(_ text: String, memo: UnitMemo?) -> Units {
        let s = withoutTags(ScalarText.scalars(text))
        var lo = 0, hi = s.count
        trim(s, &lo, &hi, spacesOnly: true)
        guard lo < hi, !isColumnHeader(s, lo, hi), !isPlaceholder(s[lo..<hi]) else { return Units() }
        var units: Units
        if firstLabel(s, lo, hi) != nil {
            units = parseLabelled(s, lo, hi, memo: memo)
        } else {
            units = parseRoles(s, lo, hi, memo: memo)
        }
        units.raw = [CellContent.spaced(string(s[lo..<hi]))]
        return units
    }

    /// A cell that names no unit: a dash, a slash or 无 where a table has nothing to say
    /// (「—」 in an empty 配合单位 cell was read as a unit named 「—」), or a number alone (a row's
    /// number a conversion or Word's numbering left in the cell).
    static func isPlaceholder(_ cell: ArraySlice<Unicode.Scalar>) -> Bool {
        if cell.allSatisfy({ "—–-－―/／\\、…·.．无".unicodeScalars.contains($0) || CJK.isSpace($0) }) { return true }
        if cell.allSatisfy({ CJK.isASCIIDigit($0) || ("０"..."９").contains($0) }) { return true }
        return MarkerScanner.leading(Array(cell)).map { $0.length >= cell.count } ?? false
    }

    /// Splits a unit enumeration into names.
    ///
    /// Splits at ，,；; and 、 outside brackets ("区党政办（文秘科、宣传科）" is one name). A piece of
    /// at most two characters is glued back onto the one before it: plans abbreviate a run of
    /// offices sharing a prefix ("市属各委、局、办", "各乡（镇）、场、街道、片区"), and such a tail is
    /// not a unit on its own. Spaces next to Chinese text and trailing 。； are dropped.
    public static func split(_ text: String) -> [String] {
        let s = ScalarText.scalars(text)
        return splitNames(s, 0, s.count)
    }
}
