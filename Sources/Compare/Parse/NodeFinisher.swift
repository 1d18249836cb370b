/// Turns a draft's collected lines into a node's fields: text, heading, units, deadlines (its
/// citations are read from its text when asked: `Node.cites`).
enum NodeFinisher {
    /// Headings that introduce a plan rather than assign a task.
    static let preambleHeadings: Set<ByteKey> = Set(["总体要求", "指导思想", "基本原则", "工作目标", "主要目标", "总体目标", "目标任务"].map(ByteKey.init))

    /// A node's parts as one text. After a heading on a line of its own (`headingLine`: 「一、总体要求」
    /// above its paragraph) the line break stays: every clause split cuts there
    /// (`TextDiff.clauseEnds`), and the views show it as a space. Joined with nothing,
    /// 「…推进决策公开」 and 「严格落实…」 were one clause, and a check could read a word across the
    /// two lines. Other parts are pieces of one text the reflow left apart (a line of a wrap that
    /// holds only 「。」): a space only where two ASCII words would otherwise run together. The
    /// String is joined from the parts' Strings (bytes copied, not encoded and checked again).
    static func joined(_ parts: [TreeBuilder.Part], headingLine: Bool) -> (scalars: [Unicode.Scalar], text: String) {
        let filled = parts.filter { !$0.scalars.isEmpty }
        if filled.count == 1 { return (filled[0].scalars, filled[0].text) }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(filled.reduce(0) { $0 + $1.scalars.count + 1 })
        var text = ""
        for (k, part) in filled.enumerated() {
            if let last = out.last, let join = join(after: last, before: part.scalars[0], headingLine: k == 1 && headingLine) {
                out.append(join)
                text.unicodeScalars.append(join)
            }
            out.append(contentsOf: part.scalars)
            text += part.text
        }
        return (out, text)
    }

    /// What stands between two parts of a node, `last` ending one and `first` opening the next: a
    /// line break after a heading's line, a space between two ASCII words, else nothing.
    static func join(after last: Unicode.Scalar, before first: Unicode.Scalar, headingLine: Bool) -> Unicode.Scalar? {
        if headingLine { return "\n" }
        return CJK.isASCIIAlnum(last) && CJK.isASCIIAlnum(first) ? " " : nil
    }

    /// The most scalars a heading holds.
    static let longestHeading = 40

    /// The first sentence as a heading when it reads as one: short, no comma, and either more
    /// text follows or the whole text is that phrase. `written` is decoded once by `finish` for all
    /// its readers; `text` is the same as a String, and the heading is cut from its bytes.
    static func heading(of written: [Unicode.Scalar], text: String) -> String? {
        // A heading is at most `longestHeading` scalars: canonicalise only what could be one (with
        // the stop after it and one scalar past), and only when some scalar of it may change (most
        // headings are ideographs and full-width marks).
        let window = written.prefix(longestHeading + 2)
        let scalars = Canonical.mayChange(window) ? Canonical.scalars(Array(window))[...] : window
        var end = scalars.endIndex
        var hasMore = false
        if let stop = scalars.firstIndex(where: { $0 == "。" || $0 == "；" }) {
            end = stop
            hasMore = scalars.index(after: stop) < scalars.endIndex
        }
        let first = scalars[scalars.startIndex..<end]
        guard !first.isEmpty, first.count <= longestHeading, !first.contains("，") else { return nil }
        // The whole text is the phrase only when nothing was cut off beyond the prefix.
        if end == scalars.endIndex && !hasMore && written.count > scalars.count { return nil }
        // Canonical and written text align scalar for scalar: cut the written one.
        return String(text.unicodeScalars.prefix(first.count))
    }

    /// A heading on a line of its own: short, no comma, not ending a sentence.
    static func isBareHeading(_ written: String) -> Bool {
        let first = Canonical.text(written)
        guard !first.isEmpty, first.unicodeScalars.count <= longestHeading, let last = first.unicodeScalars.last else { return false }
        return !Reflow.isTerminal(last) && !first.contains("，")
    }

    /// A heading line, with or without the full stop some plans give it (「（一）围绕建设法治政府
    /// 全面推进政务公开。」): one short sentence with no comma.
    /// `commas`: a comma may part the heading's words (「聚焦民生热点，加大公开力度」), as it may on a
    /// line numbered as a heading (一、, （一）), not on a task's.
    static func isHeadingLine(_ written: String, commas: Bool = false) -> Bool {
        var scalars = Canonical.text(written).unicodeScalars
        if let last = scalars.last, last == "。" || last == "；" { scalars.removeLast() }
        guard !scalars.isEmpty, scalars.count <= longestHeading, let last = scalars.last else { return false }
        return !scalars.contains { (commas ? "。；" : "，。；").unicodeScalars.contains($0) } && !"！？：…".unicodeScalars.contains(last)
    }

    /// The time limits of a time-limit cell or field: what such text says is a time limit whatever
    /// its words, so a bare date (2021年12月, 2021年6月30日, 第三季度, 2021年内) is the date it is due
    /// by, read and quoted as the same words followed by 前, or by 完成, would be (三季度 for 第三季度). In a
    /// sentence a bare date is no time limit (「2021年12月召开会议」), so this is only for text a
    /// column or a label says is one.
    ///
    /// Forms only such text writes (2021.6, 上半年, 下半年: `TimeCellDates`) are read in a
    /// sentence's words, and quoted as the cell writes them.
    static func limits(_ text: String, planYear: Int?) -> [Deadline] {
        let read = sentenceLimits(text, planYear: planYear)
        guard read.isEmpty, let rewritten = TimeCellDates.rewritten(text, planYear: planYear) else { return read }
        let written = text.trimmingSpaces
        return sentenceLimits(rewritten, planYear: planYear).map { Deadline(raw: written, value: $0.value) }
    }

    static func sentenceLimits(_ text: String, planYear: Int?) -> [Deadline] {
        let said = DeadlineExtractor.deadlines(in: text, planYear: planYear)
        guard said.isEmpty else { return said }
        for tail in ["前", "完成"] {
            let read = DeadlineExtractor.deadlines(in: text + tail, planYear: planYear).compactMap { d -> Deadline? in
                guard d.raw.hasSuffix(tail) else { return d }
                let written = String(d.raw.dropLast(tail.count))
                return written.isEmpty ? nil : Deadline(raw: written, value: d.value)
            }
            if !read.isEmpty { return read }
        }
        return []
    }

    /// `borrowing`: the draft is read where it lies in the builder's list, not copied out of it.
    static func finish(_ draft: borrowing TreeBuilder.Draft, kind: NodeKind, planYear: Int?, children: [Node], memo: UnitMemo? = nil) -> Node {
        // The parts' scalars, decoded once by the segmenter, for the unit annotations and the readers below.
        // 「一、总体要求」 on a line of its own, its paragraph below: the first line is the heading.
        let headingLine = draft.parts.count > 1 && !draft.parts[0].scalars.isEmpty && isBareHeading(draft.parts[0].text)
        let (written, writtenText) = joined(draft.parts, headingLine: headingLine)
        let (rawScalars, raw) = ReviewerComment.removed(written, text: writtenText)
        let (scalars, inlineUnits) = UnitExtractor.extractInline(rawScalars, memo: memo)
        let text = scalars.count == rawScalars.count
            ? raw : ScalarText.cut(scalars, from: raw, scalars: rawScalars) ?? ScalarText.string(scalars)
        var units = inlineUnits
        units.merge(draft.units)
        var deadlines = DeadlineExtractor.deadlines(in: scalars, planYear: planYear)
        // A time field beside the units (「牵头单位：A；完成时限：B」 on a label line or in the task's
        // bracket) went with the units' wording, cut from the text.
        for extra in draft.extraDeadlines + units.raw.compactMap(UnitExtractor.timeField) {
            for d in limits(extra, planYear: planYear) where !deadlines.contains(d) {
                deadlines.append(d)
            }
        }
        // A time limit inside a bracket of units cut from the text (「（A牵头，B配合，2021年9月底前完成）」).
        // Its last clause may write the time limit as a cell or a field does (「（A负责，2022年7月15日）」,
        // 「2022.10.31前」): read so when the sentence's reading finds none, and the clause holds what
        // any date does (a digit, 年, 月, 日 or 季; most brackets end in 负责落实 and hold none).
        // By scalars: a search over the raw text's Characters cost an eighth of parsing.
        for raw in inlineUnits.raw {
            let rawScalars = ScalarText.scalars(raw)
            var read = DeadlineExtractor.deadlines(in: rawScalars, planYear: planYear)
            if read.isEmpty, let comma = UnitExtractor.lastClauseStart(rawScalars, 0, rawScalars.count) {
                let clause = rawScalars[(comma + 1)...]
                // Not a time field's clause (「；完成时限：2021.10」): read above, and read here again it
                // was a second time limit, its raw the field's words.
                if clause.contains(where: { ScalarText.digit($0) != nil || $0 == "年" || $0 == "月" || $0 == "日" || $0 == "季" }),
                   UnitExtractor.timeField(raw) == nil {
                    read = limits(ScalarText.string(clause), planYear: planYear)
                }
            }
            for d in read where !deadlines.contains(d) {
                deadlines.append(d)
            }
        }
        var head = heading(of: scalars, text: text)
        if headingLine { head = draft.parts[0].text }
        var finalKind = kind
        if draft.isParagraph { finalKind = .paragraph }
        if children.isEmpty, let h = head, preambleHeadings.contains(ByteKey(h)) { finalKind = .paragraph }
        return Node(
            kind: finalKind, numbering: draft.numbering, heading: head, text: text, units: units,
            deadlines: deadlines,
            lines: draft.firstLine...max(draft.firstLine, draft.lastLine), children: children)
    }

    /// A heading's units handed down to the tasks under it that name none of their own
    /// (「（一）做好规划公开（牵头单位：县发改局）」 over 「1.…」 「2.…」): plans name a section's units once,
    /// and its tasks had none. Paragraphs take none.
    static func handingDownUnits(_ node: Node) -> Node {
        // Nearly every plan hands none down: then no node is written (each write copies a node).
        guard handsDown(node) else { return node }
        let give = !node.units.lead.isEmpty || !node.units.responsible.isEmpty
        var out = node
        out.children = node.children.map { child in
            var c = child
            if give, c.kind != .paragraph, c.units.lead.isEmpty, c.units.responsible.isEmpty {
                c.units.lead = node.units.lead
                c.units.responsible = node.units.responsible
            }
            return handingDownUnits(c)
        }
        return out
    }

    /// Whether `handingDownUnits` changes anything under `node`.
    static func handsDown(_ node: Node) -> Bool {
        let give = !node.units.lead.isEmpty || !node.units.responsible.isEmpty
        for c in node.children {
            if give, c.kind != .paragraph, c.units.lead.isEmpty, c.units.responsible.isEmpty { return true }
            if !c.children.isEmpty, handsDown(c) { return true }
        }
        return false
    }
}
