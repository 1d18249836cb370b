extension UnitExtractor {
    /// A line that only says who carries out the task before it, in any of the wordings plans use:
    /// labels (「牵头单位：市发改委」), a whole-line parenthetical (「（市教育局负责落实）」), or a bare
    /// statement (「市发改委牵头落实」, 「市司法局牵头，各部门配合」, 「由区政府办公室负责」).
    ///
    /// Why so strict on the bare form: a task sentence also ends in 负责 or 落实 (「各部门要加强配合」).
    /// A unit line is short, has no sentence inside it, says its role with a verb tail, and what is
    /// left once the tails are cut is nothing but names of bodies: each ends in a word such bodies
    /// end in (局, 委, 办, 政府, 部门, 单位, 街道…).
    public static func unitLine(_ text: String) -> Units? {
        if let first = text.unicodeScalars.first, isDash(first) { return unitLine(ScalarText.scalars(text)) }
        if let labelled = labelLine(text) { return labelled }
        // Called on every line: most end in neither a role word nor a bracket; tell from the end.
        guard endsLikeStatement(text.unicodeScalars) else { return nil }
        return statementLine(ScalarText.scalars(text))
    }

    /// `unitLine` on a line already decoded (the parser's segments carry their scalars).
    static func unitLine(_ written: Scalars, memo: UnitMemo? = nil) -> Units? {
        // 「——县发改局牵头」, 「—— 牵头单位：县政府办」: a dash leads the line in, as it leads a list's
        // lines; it is no part of a name (the units were 「——县发改局」, or none).
        if let first = written.first, isDash(first) {
            let rest = Scalars(written.drop { isDash($0) || isSpace($0) })
            return rest.isEmpty ? nil : unitLine(rest, memo: memo)
        }
        if let labelled = labelLine(written, memo: memo) { return labelled }
        guard endsLikeStatement(written) else { return nil }
        return statementLine(written, memo: memo)
    }

    /// Whether a unit line is said of the tasks above it: it opens (after a dash or spaces) with
    /// 以上 or 上述 (「以上任务由县财政局牵头」).
    static func speaksOfAbove(_ written: Scalars) -> Bool {
        let start = written.firstIndex { !isDash($0) && !isSpace($0) } ?? written.count
        return aboveWords.contains { hasPrefix(written, start, written.count, $0) }
    }

    /// How many tasks a line said of the tasks above counts (「以上两项由…」, 「上述3项任务由…」): the
    /// number after 以上 or 上述, before 项, 条 or 个; nil when it names none.
    static func aboveCount(_ written: Scalars) -> Int? {
        let start = written.firstIndex { !isDash($0) && !isSpace($0) } ?? written.count
        guard aboveWords.contains(where: { hasPrefix(written, start, written.count, $0) }) else { return nil }
        var k = start + 2
        let digits = k
        while k < written.count, ScalarText.digit(written[k]) != nil || ChineseNumeral.isNumeralScalar(written[k]) || written[k] == "两" { k += 1 }
        // Four places at most: a longer run is no count of tasks (and would overflow).
        guard k > digits, k - digits <= 4, k < written.count, written[k] == "项" || written[k] == "条" || written[k] == "个" else { return nil }
        let number = written[digits..<k]
        if number.allSatisfy({ ScalarText.digit($0) != nil }) { return number.reduce(0) { $0 * 10 + ScalarText.digit($1)! } }
        return number == ["两"] ? 2 : ChineseNumeral.value(number)
    }

    /// A dash as a line's lead-in: em dash, horizontal bar, box-drawing line, full-width and ASCII
    /// hyphen-minus, en dash.
    static func isDash(_ c: Unicode.Scalar) -> Bool {
        c == "—" || c == "―" || c == "─" || c == "－" || c == "-" || c == "–"
    }

    /// The bare and bracketed forms, once the line is known to end like a statement.
    private static func statementLine(_ written: Scalars, memo: UnitMemo? = nil) -> Units? {
        let s = withoutTags(written)
        var lo = 0, hi = s.count
        trim(s, &lo, &hi, spacesOnly: true)
        while hi > lo, isEndPunct(s[hi - 1]) { hi -= 1 }
        guard hi - lo >= 3, hi - lo <= 300 else { return nil }
        // 「（市教育局负责落实）」: the bracket holds the whole line.
        if isOpen(s[lo]), matchingClose(s, lo, hi) == hi - 1 {
            lo += 1
            hi -= 1
            trim(s, &lo, &hi, spacesOnly: true)
            guard lo < hi, annotationEnds.contains(where: { hasSuffix(s, lo, hi, $0) }) else { return nil }
        }
        guard !s[lo..<hi].contains(where: { $0 == "。" || $0 == "：" || $0 == ":" || $0 == "？" || $0 == "！" }) else { return nil }
        var said = false
        for (a, b) in clauses(s, lo, hi) {
            let (x, y) = stripTails(s, a, b)
            if y < b || x > a { said = true }
        }
        guard said else { return nil }
        var units = parseRoles(s, lo, hi, memo: memo)
        let names = units.lead + units.responsible
        guard !names.isEmpty, names.allSatisfy(isBodyName) else { return nil }
        units.raw = [ScalarText.string(s[lo..<hi])]
        return units
    }

    /// Whether the text, trailing spaces and end punctuation aside, ends in a role word (牵头, 负责,
    /// 配合, 落实) or a closing bracket, and is short enough to be a unit line.
    static func endsLikeStatement<C: BidirectionalCollection>(_ s: C) -> Bool where C.Element == Unicode.Scalar {
        var end = s.endIndex
        var seen = 0
        while end > s.startIndex {
            let prev = s.index(before: end)
            guard isSpace(s[prev]) || isEndPunct(s[prev]) || s[prev] == ">" else { break }
            end = prev
            seen += 1
            if seen > 40 { return false }
        }
        guard end > s.startIndex else { return false }
        let last = s[s.index(before: end)]
        if isClose(last) || last == ">" { return true }
        guard end > s.index(after: s.startIndex) else { return false }
        let pair = (s[s.index(before: s.index(before: end))], last)
        return pair == ("牵", "头") || pair == ("负", "责") || pair == ("配", "合") || pair == ("落", "实")
    }

    /// Last characters of the names of bodies that carry out tasks: offices, governments and their
    /// parts, townships and streets, working groups. A bracketed department after the name
    /// (区党政办（文秘科、宣传科）) is looked through.
    static let bodyEndings: Set<Unicode.Scalar> = Set("局办府门位委室厅道部心组构班区司院会所站队处科馆镇乡署行社团台校关".unicodeScalars)

    static func isBodyName(_ name: String) -> Bool {
        var s = ScalarText.scalars(name)
        while let last = s.last, isClose(last), let open = s.lastIndex(where: isOpen) {
            s.removeSubrange(open...)
        }
        guard s.count >= 2, s.count <= 40, let last = s.last else { return false }
        return bodyEndings.contains(last)
    }
}
