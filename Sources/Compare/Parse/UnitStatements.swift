/// Unlabelled unit statements (X牵头，Y配合) and the annotation closing an item ("（市发改委牵头）").
extension UnitExtractor {
    // MARK: Unlabelled statements

    /// Reads a statement made of "…牵头" / "…负责落实" / bare clauses.
    static func parseRoles(_ s: Scalars, _ lo: Int, _ hi: Int, memo: UnitMemo? = nil) -> Units {
        guard let memo else { return readRoles(s, lo, hi) }
        return memo.roles(s[lo..<hi]) { readRoles(s, lo, hi) }
    }

    /// `parseRoles` without a memo: reads `s[lo..<hi]` and nothing outside it.
    private static func readRoles(_ s: Scalars, _ lo: Int, _ hi: Int) -> Units {
        var units = Units()
        for (a, b) in clauses(s, lo, hi) {
            readClause(s, a, b, &units)
        }
        return promotingMarkedLeads(units)
    }

    static let leadWord: Scalars = Array("牵头".unicodeScalars)

    /// What may follow 牵头 in one clause before the next units: 「A牵头落实」, 「A牵头负责」.
    static let leadTails: [Scalars] = [Array("落实".unicodeScalars), Array("负责".unicodeScalars)]

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
            for tail in leadTails where hasPrefix(s, rest, b, tail) {
                rest += tail.count
            }
            if rest < b { readClause(s, rest, b, &units) }
            return
        }
        let (x, y) = stripTails(s, a, b)
        units.responsible += splitNames(s, x, y)
    }

    /// What a lead's mark says inside its brackets.
    static let leadMarks: [Scalars] = ["牵头", "牵头单位"].map { Array($0.unicodeScalars) }

    /// What a helping unit's mark says inside its brackets (「县住建局（配合）」): the role the name
    /// already has among the responsible units; the mark is no part of the name.
    static let helpMarks: [Scalars] = ["配合", "配合单位", "协办", "协助", "参与"].map { Array($0.unicodeScalars) }

    /// "区政府办公室（牵头）、区财政局" marks the lead inside a list: the name moves to `lead`,
    /// without the mark, in brackets of any shape (（牵头） (牵头) 〔牵头〕 【牵头】 ［牵头单位］). A
    /// helper's mark (（配合）) is taken off its name, which stays responsible.
    static func promotingMarkedLeads(_ units: Units) -> Units {
        var out = units
        out.lead = []
        out.responsible = []
        for name in units.lead { out.lead.append(unmarked(name, leadMarks) ?? unmarked(name, helpMarks) ?? name) }
        for name in units.responsible {
            if let n = unmarked(name, leadMarks) { out.lead.append(n) } else { out.responsible.append(unmarked(name, helpMarks) ?? name) }
        }
        return out
    }

    /// `name` without a closing bracket holding one of `marks`, when it ends so; else nil.
    private static func unmarked(_ name: String, _ marks: [Scalars]) -> String? {
        // Every mark closes a bracket: a name ending otherwise (nearly all) is not decoded.
        guard let last = name.unicodeScalars.last, isClose(last) else { return nil }
        let s = ScalarText.scalars(name)
        for m in marks where s.count > m.count + 2 && isOpen(s[s.count - m.count - 2]) && hasSuffix(s, 0, s.count - 1, m) {
            return string(s[0..<(s.count - m.count - 2)])
        }
        return nil
    }

    // MARK: Trailing annotation

    /// Content endings that make a closing parenthetical a unit statement. Deliberately few:
    /// "（试行）", "（2020年—2030年）", "（联系人：…）" must never match.
    static let annotationEnds: [Scalars] = [
        "负责落实", "牵头落实", "分工落实", "配合落实", "负责", "牵头", "配合",
    ].map { Array($0.unicodeScalars) }

    /// Where the last clause of `s[a..<b]` starts (after its last ， or ；) when that clause is a
    /// short time limit: the comma's place; else nil. A time limit as a sentence says it
    /// (「2021年9月底前完成」), or as a time-limit cell or field writes it (「2022年7月15日」,
    /// 「2022.10.31前」, 「2022年第三季度」, 「每季度更新」, 「即时」: `NodeFinisher.limits`,
    /// `CellContent.isTimeLimit`): read as none, the whole bracket stayed the task's text and its
    /// units were lost.
    static func timeClauseStart(_ s: Scalars, _ a: Int, _ b: Int) -> Int? {
        guard let comma = lastClauseStart(s, a, b) else { return nil }
        let clause = Array(s[(comma + 1)..<b])
        if !DeadlineExtractor.deadlines(in: clause, planYear: nil).isEmpty { return comma }
        let text = ScalarText.string(clause)
        return CellContent.isTimeLimit(text, scalars: clause) || !NodeFinisher.limits(text, planYear: nil).isEmpty ? comma : nil
    }

    /// The place of the ， or ； before the last clause of `s[a..<b]`, when that clause is short
    /// enough to be a time limit (20 scalars): where a units bracket's time limit may start.
    static func lastClauseStart(_ s: Scalars, _ a: Int, _ b: Int) -> Int? {
        guard let comma = (a..<b).last(where: { s[$0] == "，" || s[$0] == "," || s[$0] == "；" || s[$0] == ";" }), b - comma - 1 <= 20 else { return nil }
        return comma
    }

    /// Whether the line `s` ends with its task's units: a bracket of them, labelled
    /// (「…。（牵头单位：县发改局）」) or not (「（县发改局牵头）」), or labels after its last sentence.
    /// Such a line closes its task as a unit line under it does, so a paragraph after it is the
    /// next task: tasks written 一是… 二是…, 第一，…, ●… or ——… one a line, each with its units,
    /// were one task holding every line's units.
    static func closesWithUnits(_ s: Scalars, memo: UnitMemo? = nil) -> Bool {
        var hi = s.count
        while hi > 0, isSpace(s[hi - 1]) || isEndPunct(s[hi - 1]) { hi -= 1 }
        guard hi > 0 else { return false }
        guard isClose(s[hi - 1]) else { return trailingLabels(s, memo: memo) != nil }
        var (depth, open) = (0, hi - 1)
        while open >= 0 {
            if isClose(s[open]) { depth += 1 } else if isOpen(s[open]) {
                depth -= 1
                if depth == 0 { break }
            }
            open -= 1
        }
        guard open >= 0 else { return false }
        var inner = open + 1
        while inner < hi - 1, isSpace(s[inner]) { inner += 1 }
        // A label with a name after it: its units are read with the task's text (`NodeFinisher`);
        // read here as well, they added a twentieth to parsing (the plan's memo of them missed).
        if let (content, _) = labelAt(s, inner, hi - 1) { return (content..<(hi - 1)).contains { CJK.isIdeograph(s[$0]) } }
        return trailingAnnotation(s, memo: memo) != nil
    }

    static func trailingAnnotation(_ s: Scalars, memo: UnitMemo? = nil) -> (rest: Scalars, units: Units)? {
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
        // The units end before a time limit that closes the annotation (「A牵头，B配合，2021年9月底前
        // 完成」), read from the annotation's words with it (`NodeFinisher`).
        let end = annotationEnds.contains(where: { hasSuffix(s, a, b, $0) }) ? b : timeClauseStart(s, a, b) ?? b
        guard annotationEnds.contains(where: { hasSuffix(s, a, end, $0) }) else { return nil }
        var units = parseRoles(s, a, end, memo: memo)
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
}
