/// Labelled unit statements: 责任单位：…, 牵头单位：… 配合单位：…, and the fields that end them.
extension UnitExtractor {
    // MARK: Labels

    struct Label: Sendable {
        let scalars: [Unicode.Scalar]
        let lead: Bool
    }

    /// The roles a label or a units column's header names, and whether each leads.
    static let roles = [("牵头", true), ("主责", true), ("主办", true), ("责任", false), ("配合", false), ("协办", false), ("协助", false),
                        ("参与", false), ("落实", false)]

    /// 牵头… (主责…, 主办…: the unit that holds the task) are lead units; the other roles all carry
    /// the task out. Besides role and kind (牵头单位, 配合部门), 责任主体, and a role alone
    /// before its colon (「牵头：A 配合：B」 in a cell).
    static let labels: [Label] = {
        var out: [Label] = []
        for (role, lead) in roles {
            for kind in ["单位", "部门", "处室", "科室"] {
                out.append(Label(scalars: Array((role + kind).unicodeScalars), lead: lead))
            }
        }
        out.append(Label(scalars: Array("责任主体".unicodeScalars), lead: false))
        // Last, so that a longer label at the same place is found first.
        for (role, lead) in [("牵头", true), ("配合", false), ("协办", false)] { out.append(Label(scalars: Array(role.unicodeScalars), lead: lead)) }
        return out
    }()

    /// What a label can open with: its first character, or 【 around it.
    static let labelOpeners = ScalarSet("牵责配协主参落【".unicodeScalars)

    /// A label followed by a colon at `i`, or a label in 【】 (「【牵头单位】A」, a colon after it or
    /// not): where its content starts, and its role.
    static func labelAt(_ s: Scalars, _ i: Int, _ hi: Int) -> (contentStart: Int, lead: Bool)? {
        guard i < hi, labelOpeners.contains(s[i]) else { return nil }
        if s[i] == "【" {
            for label in labels where hasPrefix(s, i + 1, hi, label.scalars) {
                var k = i + 1 + label.scalars.count
                guard k < hi, s[k] == "】" else { continue }
                k += 1
                // Right after a name and before the next name or the end (「县政务服务中心【牵头】、
                // 县大数据局」), it marks that name's role (`promotingMarkedLeads`): read as a label,
                // the name before it became a unit of the label before and the next name the lead.
                if isMark(s, before: i, after: k, hi) { return nil }
                while k < hi, isSpace(s[k]) || s[k] == "：" || s[k] == ":" { k += 1 }
                return (k, label.lead)
            }
            return nil
        }
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

    /// Whether a bracket closing at `after - 1` and opening at `before` stands as a name's role mark:
    /// a name's character just before it, and after it a separator of names, a clause's end or
    /// nothing more.
    static func isMark(_ s: Scalars, before i: Int, after k: Int, _ hi: Int) -> Bool {
        guard i > 0, CJK.isIdeograph(s[i - 1]) || CJK.isASCIIAlnum(s[i - 1]) || isClose(s[i - 1]) && s[i - 1] != "】" else { return false }
        var n = k
        while n < hi, isSpace(s[n]) { n += 1 }
        return n == hi || isClauseSep(s[n]) || s[n] == "、" || isEndPunct(s[n]) || isClose(s[n])
    }

    static func firstLabel(_ s: Scalars, _ lo: Int, _ hi: Int) -> Int? {
        var depth = 0
        for i in lo..<hi {
            if depth == 0, s[i] == "【", labelAt(s, i, hi) != nil { return i }
            if isOpen(s[i]) { depth += 1 } else if isClose(s[i]) { depth = max(0, depth - 1) }
            else if depth == 0, labelAt(s, i, hi) != nil { return i }
        }
        return nil
    }

    /// Reads "牵头单位：A，责任单位：B" (labels at bracket depth 0). Each label's content runs to the
    /// next label, so no separator is needed between them; a label with empty content is the
    /// repeated-label typo ("责任单位：责任单位：…") and is skipped. Text before the first label is
    /// not a unit statement and is ignored.
    static func parseLabelled(_ s: Scalars, _ lo: Int, _ hi: Int, memo: UnitMemo? = nil) -> Units {
        guard let memo else { return readLabelled(s, lo, hi) }
        return memo.labelled(s[lo..<hi]) { readLabelled(s, lo, hi) }
    }

    /// `parseLabelled` without a memo: reads `s[lo..<hi]` and nothing outside it.
    private static func readLabelled(_ s: Scalars, _ lo: Int, _ hi: Int) -> Units {
        var marks: [(start: Int, content: Int, lead: Bool)] = []
        var depth = 0
        var i = lo
        while i < hi {
            let c = s[i]
            // 【牵头单位】 is a label, not a bracket: its content follows it.
            if depth == 0, c == "【", let (content, lead) = labelAt(s, i, hi) {
                marks.append((i, content, lead))
                i = content
                continue
            }
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
            // A label's last clause that says when (「牵头单位：县统计局，2021年底前完成」, 「…，持续推进」)
            // is the bracket's time limit, read as one (`NodeFinisher`), not a unit's name.
            end = timeClauseStart(s, m.content, end) ?? end
            guard m.content < end else { continue }
            let names = clauseNames(s, m.content, end)
            if m.lead { units.lead += names } else { units.responsible += names }
        }
        return promotingMarkedLeads(units)
    }

    /// Labelled units after the last sentence of `s`, at bracket depth 0 and to its end
    /// (「…及时公开落实举措。责任单位：A、B。」): the text before them, and the units. A label must
    /// follow a 。 or ；, so a sentence that speaks of a 牵头部门 keeps its words.
    static func trailingLabels(_ s: Scalars, memo: UnitMemo? = nil) -> (rest: Scalars, units: Units)? {
        // Every label ends at a colon or a 】: a text with neither (most tasks) is passed in one
        // comparison a scalar.
        guard s.contains(where: { $0 == "：" || $0 == ":" || $0 == "】" }) else { return nil }
        var depth = 0
        var start: Int? = nil
        for i in s.indices {
            let c = s[i]
            if depth == 0, i > 0, s[i - 1] == "。" || s[i - 1] == "；", isFullLabel(s, i) { start = start ?? i }
            if isOpen(c) { depth += 1 } else if isClose(c) { depth = max(0, depth - 1) }
            // A sentence after the labels (not another label): they were no trailing labels.
            if let st = start, i > st, c == "。" || c == "；", let next = s[(i + 1)...].firstIndex(where: { !isSpace($0) && !isEndPunct($0) }),
               labelAt(s, next, s.count) == nil {
                start = nil
            }
        }
        guard let start else { return nil }
        var (lo, hi) = (start, s.count)
        trim(s, &lo, &hi, spacesOnly: true)
        while hi > lo, isEndPunct(s[hi - 1]) { hi -= 1 }
        var units = parseLabelled(s, lo, hi, memo: memo)
        // Only names of bodies: after a sentence, 「主办单位：市政府办公室，具体由各区承办」 or
        // 「责任主体：各级行政机关是…的责任主体」 is a sentence, not units (as a bare statement line
        // must leave names of bodies only, and no name of a body holds 由, 要, 请, 是, 将 or 把).
        guard !units.isEmpty, (units.lead + units.responsible).allSatisfy(isPlainBodyName) else { return nil }
        units.raw = [string(s[lo..<hi])]
        return (Scalars(s[..<start]), units)
    }

    /// A body's name holding no word of a sentence: what units said after a sentence or in a note
    /// must all be.
    static func isPlainBodyName(_ name: String) -> Bool {
        isBodyName(name) && !name.unicodeScalars.contains(where: sentenceWords.contains)
    }

    /// Words of a sentence that no name of a body holds.
    static let sentenceWords: Set<Unicode.Scalar> = Set("由要请是将把".unicodeScalars)

    /// A label of a role and a kind, or in 【】, at `i`: a role alone before its colon (牵头：) is a
    /// label in a cell or on a label line, but after a sentence too often the sentence's own words.
    static func isFullLabel(_ s: Scalars, _ i: Int) -> Bool {
        guard labelAt(s, i, s.count) != nil else { return false }
        return s[i] == "【" || !(i + 2 < s.count && (s[i + 2] == "：" || s[i + 2] == ":" || isSpace(s[i + 2])))
    }

    /// Field names that may follow the units on the same line ("责任单位：区财政局 完成时限：…").
    static let fieldWords: [Scalars] = ["完成时限", "完成时间", "完成期限", "时间要求", "时限要求", "时间节点", "时限"]
        .map { Array($0.unicodeScalars) }

    /// Where another "field：" starts inside a label's content. A unit name never holds a colon, so
    /// a colon ends the content: at a known field word, or else at the start of the word before the
    /// colon when a space or punctuation sets that word apart.
    static func otherField(_ s: Scalars, _ lo: Int, _ hi: Int) -> Int? {
        var depth = 0
        var i = lo
        while i < hi {
            let c = s[i]
            if isOpen(c) { depth += 1 } else if isClose(c) { depth = max(0, depth - 1) }
            else if depth == 0 {
                // Every field word opens with 完 or 时: test the words only there.
                for w in fieldWords where (c == "完" || c == "时") && hasPrefix(s, i, hi, w) {
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
    static func clauseNames(_ s: Scalars, _ lo: Int, _ hi: Int) -> [String] {
        var out: [String] = []
        for (a, b) in clauses(s, lo, hi) {
            let (x, y) = stripTails(s, a, b)
            out += splitNames(s, x, y)
        }
        return out
    }
}
