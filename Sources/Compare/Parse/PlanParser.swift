/// Clean text → `Plan`: the second stage of the pipeline.
///
/// Parsing never fails on a layout: an unrecognised line joins the current node, odd numbering
/// becomes a warning. Only a text with no structure at all is refused, by `PlanLoader`.
public enum PlanParser {
    /// One piece of a line: a marker-led segment, a plain text, or a table row.
    struct Segment {
        var text: String
        /// `text` decoded, once, for every reader after segmentation.
        var scalars: [Unicode.Scalar]
        var lines: ClosedRange<Int>
        var marker: MarkerScanner.Match?
        var cells: [String]?
        /// Units set before the number (`UnitPrefix`).
        var units: Units? = nil
    }

    /// The first segment of the plan's body: the first numbered line or table row, past a notice's
    /// list of annexes (「附件：1．…分工表」 and 「2．…责任清单」 on the line below), whose numbers
    /// opened the body there, so that the notice was the plan and the annex's name its title.
    static func bodyStart(_ segments: [Segment]) -> Int {
        var annexNext: Int? = nil
        for (k, s) in segments.enumerated() {
            if s.cells != nil { return k }
            guard let m = s.marker else {
                annexNext = TailLine.opensAttachment(s.scalars) ? TailLine.annexListStart(s.scalars) : nil
                continue
            }
            if TailLine.continuesAnnexList(m.numbering, text: s.text, next: annexNext) {
                annexNext = m.numbering.value + 1
                continue
            }
            return k
        }
        return segments.count
    }

    public static func parse(_ source: SourceText) -> Plan {
        var lineSegmenter = Segmenter()
        // One plan's unit statements, read once each however often the plan repeats them.
        let memo = UnitMemo()
        let segments = segment(source.lines, with: &lineSegmenter)
        var bodyStart = bodyStart(segments)
        let headerLines = segments.map { SourceLine(text: $0.text, line: $0.lines.lowerBound, lastLine: $0.lines.upperBound) }
        var header = MetadataExtractor.extract(lines: headerLines, bodyStart: bodyStart, scalars: segments.map(\.scalars))
        // A notice's own numbered points before the plan: the plan starts after its title line.
        if let start = TailLine.planAfterNotice(segments, from: bodyStart, title: header.metadata.title) {
            bodyStart = start
            header = MetadataExtractor.extract(lines: headerLines, bodyStart: bodyStart, scalars: segments.map(\.scalars))
        }
        let (metadata, titleLine) = (header.metadata, header.titleLine)

        var builder = TreeBuilder()
        if let title = titleLine, title + 1 < bodyStart {
            for s in segments[(title + 1)..<bodyStart] where isPreamble(s.text) {
                builder.paragraph(.init(s.text, s.scalars), lines: s.lines)
            }
        }
        var table: TableLayout? = nil
        var tableHeader: [String]? = nil
        // The header read on the row before, while no other row came after it.
        var headerJustRead: TableLayout? = nil
        // The table's row before, as read: what a cell merged with the one above takes.
        var above: [String] = []
        // Table cells count their own numbers ("3. … 4. …" in one cell).
        var cellSegmenter = Segmenter()
        var lastLine = bodyStart
        var ended = false
        // The next number of a list of annexes a 附件 line began (「附件：1.重点任务分工表」, 「2.联系人
        // 名单」 on the line below): the list's lines are no tasks.
        var annexList: Int? = nil
        // The next number of a note's own list (「注：1.…」, 「2.…」 below), and whether a note's label
        // stood alone on the line before (its words are on this one): note lines are no tasks.
        var (noteList, noteWords): (NoteLine.List?, Bool) = (nil, false)
        var footnotes = Footnotes()
        for index in bodyStart..<segments.count where !ended {
            let s = segments[index]
            lastLine = index
            let justRead = headerJustRead
            headerJustRead = nil
            if let cells = s.cells {
                // The first row sets the columns, from the header it may be and what the rows
                // hold; later the header's repeats (page breaks) are skipped, and another header
                // starts another table.
                let newHeader = table != nil && cells != tableHeader ? TableLayout.header(cells) : nil
                if table == nil || newHeader != nil {
                    var header = newHeader ?? TableLayout.header(cells)
                    // A second header row right under the first refines it (责任单位 over 牵头单位 | 配合单位).
                    if let sub = header, let first = justRead { header = first.refined(by: sub) }
                    // The columns are decided from the rows that follow, up to `TableLayout.rowsRead`
                    // segments: plenty for a vote, and a text whose every row looks like a new header
                    // does not read the rest of itself again at each one.
                    let start = header == nil ? index : index + 1
                    // Only this table's rows: another header starts another table (an annex's
                    // table after the first, whose wider rows decided the first one's columns and
                    // made its rows paragraphs).
                    let window = segments[start..<min(segments.count, start + TableLayout.rowsRead)]
                    var rows: [[String]] = []
                    for row in window.lazy.compactMap(\.cells) where row != cells {
                        if header != nil, TableLayout.header(row) != nil { break }
                        rows.append(TableLayout.withoutMerged(row))
                    }
                    table = TableLayout.infer(header: header, rows: header == nil ? [TableLayout.withoutMerged(cells)] + rows : rows, memo: memo)
                    above = []
                    if let header {
                        tableHeader = cells
                        headerJustRead = header
                        continue
                    }
                } else if cells == tableHeader {
                    continue
                }
                let layout = table ?? .assumed
                above = layout.resolvingMerged(cells, above: above)
                readRow(above, layout: layout, lines: s.lines, into: &builder, segmenter: &cellSegmenter, planYear: metadata.year, memo: memo)
                continue
            }
            let afterNoteLabel = noteWords
            // A note a line cited (「①…」 under 「…起草①。」): no task's words.
            if footnotes.isNote(s.scalars, s.marker?.numbering) {
                noteWords = footnotes.atTheEnd
                continue
            }
            if let m = s.marker {
                noteWords = false
                if TailLine.continuesAnnexList(m.numbering, text: s.text, next: annexList) {
                    annexList = m.numbering.value + 1
                    continue
                }
                annexList = nil
                if NoteLine.continues(noteList, m.numbering, planGoesOn: builder.goesOn(m.numbering)) {
                    noteList = NoteLine.List(next: m.numbering.value + 1, family: m.numbering.family)
                    continue
                }
                noteList = nil
                let opened = builder.open(m.numbering, text: afterMarker(m, s.text, s.scalars), lines: s.lines)
                if let units = s.units { builder.attach(units, to: opened) }
                if UnitExtractor.closesWithUnits(s.scalars, memo: memo) { builder.closeByInlineUnits() }
                continue
            }
            annexList = nil
            switch TailLine.classify(s.scalars) {
            case .end?: ended = true; continue
            case .skip?:
                footnotes.sign()
                if TailLine.opensAttachment(s.scalars) {
                    builder.closeAll()
                    annexList = TailLine.annexListStart(s.scalars)
                }
                continue
            case nil: break
            }
            if let note = NoteLine.read(s.scalars) {
                (noteList, noteWords) = (note.listNext, note.labelOnly)
                note.giveWords(to: &builder, lines: s.lines, planYear: metadata.year, memo: memo)
                continue
            }
            // The words of a note whose label stood alone, to the next numbered line, unless they are
            // units or a time limit; a line of nothing but a reviewer's comments.
            if afterNoteLabel, UnitExtractor.unitLine(s.scalars, memo: memo) == nil, UnitExtractor.timeLine(s.scalars) == nil { continue }
            noteWords = false
            if s.scalars.first == "【", ReviewerComment.removed(s.scalars, text: s.text).scalars.allSatisfy(CJK.isSpace) { continue }
            // A unit line belongs to the task before it, whatever its wording; it never opens a node.
            if let units = UnitExtractor.unitLine(s.scalars, memo: memo) {
                if UnitExtractor.speaksOfAbove(s.scalars) {
                    builder.attachUnitLineAbove(units, count: UnitExtractor.aboveCount(s.scalars)) { task in
                        task.units.isEmpty && task.parts.allSatisfy { UnitExtractor.extractInline($0.scalars, memo: memo).units.isEmpty }
                    }
                } else {
                    builder.attachUnitLine(units)
                }
                continue
            }
            // So does a time limit said as a field (「完成时限：2021年9月底前」); a label line's own
            // time field is read from its units' wording (`NodeFinisher`).
            if let limit = UnitExtractor.timeLine(s.scalars) {
                // One that sets no date (「完成时限：长期坚持」) keeps its words in the task's text.
                let dated = !NodeFinisher.limits(limit, planYear: metadata.year).isEmpty
                builder.attachTimeLine(limit, words: dated ? nil : TreeBuilder.Part(s.text, s.scalars), lines: s.lines)
                continue
            }
            let part = TreeBuilder.Part(s.text, s.scalars)
            // Words saying only when after a task's units (「2021年12月底前完成。」) are its time limit,
            // as a time field is: they were the next task.
            if builder.afterClosedTask, let limit = UnitExtractor.onlyTimeLimit(s.scalars), closesItself(index, segments) {
                builder.attachTimeLine(limit, words: NodeFinisher.limits(limit, planYear: metadata.year).isEmpty ? part : nil, lines: s.lines)
                continue
            }
            if !builder.nextTaskParagraph(part, lines: s.lines) { builder.append(part, lines: s.lines) }
            if UnitExtractor.closesWithUnits(s.scalars, memo: memo) { builder.closeByInlineUnits() }
        }
        // A text that ends with its signature or date (落款: the issuer's name, the date) was not
        // cut off, whatever the line before them ends with.
        if !ended, lastLine == segments.count - 1, let last = segments.last, last.cells == nil, TailLine.classify(last.scalars) == nil,
           endsMidSentence(last.text), UnitExtractor.unitLine(last.scalars, memo: memo) == nil, UnitExtractor.timeLine(last.scalars) == nil {
            builder.warn(.truncated, last.lines.upperBound, "the text ends mid-sentence: the file may be cut off")
        }
        if metadata.title == nil {
            builder.warn(.noTitle, segments.first?.lines.lowerBound ?? 1, "no plan title found")
        }
        for (line, title) in missingAttachments(source.lines) {
            builder.warn(.attachmentMissing, line, "the plan names the attachment 「\(title)」, which the file does not hold: the tasks, units and time limits it assigns are not read; add it to the file or check it separately", subject: title)
        }
        let nodes = assemble(builder, planYear: metadata.year, memo: memo)
        return Plan(name: source.name, metadata: metadata, nodes: nodes, warnings: builder.warnings)
    }

    /// Lines to segments: table rows whole, other lines split at inline markers.
    static func segment(_ lines: [SourceLine], with segmenter: inout Segmenter) -> [Segment] {
        var out: [Segment] = []
        out.reserveCapacity(lines.count + 8)
        // A document of a few long lines was flattened (HTML without breaks, a pasted opening).
        let flattened = lines.count <= 5 && lines.contains { ScalarText.scalarCount($0.text) > 120 }
        // Whether the line before was a table's row: a line of one cell after empty ones (a task
        // whose section cell above spans it) continues a table, but outside one it is text indented
        // by tabs (pasted from a web page), and read as a row it made a draft mark a table.
        var inTable = false
        for line in lines {
            let range = line.line...line.lastLine
            // A table's row of nothing but cells spanned from above (a page's last <tr> under a
            // rowspan) holds no text of its own.
            if line.scalars.allSatisfy({ $0 == ScalarText.mergedAbove || $0 == "\t" || $0 == " " }) { continue }
            if ScalarText.contains(line.text, "\t") {
                let cells = ScalarText.tabCells(line.text).map(\.trimmingSpaces)
                let filled = cells.filter { !$0.isEmpty }.count
                // A cell spanned from above (`ScalarText.mergedAbove`) is a table's, whatever else the line holds.
                if filled >= 2 || cells.first?.isEmpty == true && (inTable || filled == 0 || cells.last?.isEmpty == true)
                    || cells.contains(where: TableLayout.isMerged) {
                    inTable = true
                    let text = CellContent.spaced(line.text)
                    // `spaced` returns the line itself when it holds no cell break.
                    let scalars = ScalarText.contains(line.text, ScalarText.cellBreak) ? ScalarText.scalars(text) : line.scalars
                    out.append(Segment(text: text, scalars: scalars, lines: range, marker: nil, cells: cells))
                    continue
                }
                inTable = false
                let single = CellContent.spaced(cells.first { !$0.isEmpty } ?? "")
                for piece in segmenter.split(single, ScalarText.scalars(single), loose: false) {
                    out.append(Segment(text: piece.text, scalars: piece.scalars, lines: range, marker: piece.marker, cells: nil))
                }
                continue
            }
            inTable = false
            let prefix = UnitPrefix.read(line.scalars)
            let (text, scalars) = prefix.map { p in (ScalarText.string(line.scalars[p.rest...]), Array(line.scalars[p.rest...])) } ?? (line.text, line.scalars)
            for (k, piece) in segmenter.split(text, scalars, loose: false, flattened: flattened).enumerated() {
                out.append(Segment(text: piece.text, scalars: piece.scalars, lines: range, marker: piece.marker, cells: nil, units: k == 0 ? prefix?.units : nil))
            }
        }
        return out
    }

    /// One table row: its section cell opens (or reopens) a section, its task cells open items,
    /// its unit and deadline cells apply to the items of this row.
    static func readRow(_ cells: [String], layout: TableLayout, lines: ClosedRange<Int>, into builder: inout TreeBuilder, segmenter: inout Segmenter,
                        planYear: Int? = nil, memo: UnitMemo? = nil) {
        let row = layout.read(cells)
        if let paragraph = row.paragraph, row.section == nil, row.tasks.isEmpty {
            let part = TreeBuilder.Part(paragraph)
            if builder.current == nil { builder.paragraph(part, lines: lines) } else { builder.append(part, lines: lines) }
            return
        }
        var sectionIndex: Int? = nil
        if let section = row.section {
            if let m = MarkerScanner.leading(section) {
                segmenter.note(m.numbering)
                sectionIndex = builder.open(m.numbering, text: afterMarker(m, section, ScalarText.scalars(section)), lines: lines)
            } else {
                sectionIndex = builder.openUnnumbered(.tableSection, text: .init(section), lines: lines)
            }
        }
        var items: [Int] = []
        for cell in row.tasks {
            for piece in segmenter.split(cell, ScalarText.scalars(cell), loose: true) {
                if let m = piece.marker {
                    items.append(builder.open(m.numbering, text: afterMarker(m, piece.text, piece.scalars), lines: lines))
                } else if !piece.text.isEmpty, let n = row.number, row.tasks.count == 1 {
                    // 「1⇥task⇥units」: the row number numbers the task, as its marker when it is one.
                    items.append(builder.open(row.numbering ?? Numbering(family: .arabicDot, value: n, raw: "\(n)"), text: .init(piece.text, piece.scalars), lines: lines))
                } else if !piece.text.isEmpty {
                    items.append(builder.openUnnumbered(.tableItem, text: .init(piece.text, piece.scalars), lines: lines))
                }
            }
        }
        var units = Units()
        units.merge(contentsOf: zip(row.units, row.unitLeads).map { text, lead in
            // A 牵头单位 column's cell names the lead, whatever its words say.
            var read = UnitExtractor.cell(text, memo: memo)
            if lead == true, read.lead.isEmpty { (read.lead, read.responsible) = (read.responsible, []) }
            return read
        })
        let targets = !items.isEmpty ? items : (sectionIndex.map { [$0] } ?? (builder.current.map { [$0] } ?? []))
        // A time-limit cell that sets no date (「持续推进」, 「长期坚持」, 「每半年」) keeps its words in
        // the task's text, as a time line does (「完成时限：长期坚持」): dropped, the plan's answer to
        // when was lost. Only words that say when (`CellContent.isTimeLimit`): a cell the layout
        // put in the column by mistake (a section's title where a conversion dropped cells) is
        // not made the task's words, and a placeholder (「—」, 「无」) says nothing.
        let undated = row.deadlines.filter { d in
            let scalars = ScalarText.scalars(d)
            return CellContent.isTimeLimit(d, scalars: scalars) && NodeFinisher.limits(d, planYear: planYear).isEmpty
        }
        for t in targets {
            if !units.isEmpty || !units.raw.isEmpty { builder.attach(units, to: t) }
            for d in row.deadlines { builder.attachDeadlineText(d, to: t) }
            for d in undated { builder.append(.init(d), lines: lines, to: t) }
        }
    }

    /// What follows the marker `m` that opens `scalars`.
    /// The String is cut from `text` (a copy of its bytes), not built again from the scalars.
    static func afterMarker(_ m: MarkerScanner.Match, _ text: String, _ scalars: [Unicode.Scalar]) -> TreeBuilder.Part {
        TreeBuilder.Part(String(text.unicodeScalars.dropFirst(m.length)), Array(scalars.dropFirst(m.length)))
    }

    /// Text between the title and the first part: the preamble, minus draft marks and dates.
    /// Whether segment `k` stands as a line of its own: it ends a clause (。；！), or the text
    /// ends, or the next line opens something (a number, a table's row, a list's lead, a unit or
    /// time line, a note, a closing line). 「2021年底前完成」 over 「全县…目录的编制和公开。」 is one
    /// sentence broken after its date.
    static func closesItself(_ k: Int, _ segments: [Segment]) -> Bool {
        if let last = segments[k].scalars.last(where: { !CJK.isSpace($0) }), last == "。" || last == "；" || last == "！" { return true }
        guard k + 1 < segments.count else { return true }
        let next = segments[k + 1]
        return next.marker != nil || next.cells != nil || Lexicon.opensListLead(next.scalars) || Lexicon.opensNote(scalars: next.scalars)
            || UnitExtractor.unitLine(next.scalars) != nil || UnitExtractor.timeLine(next.scalars) != nil || TailLine.classify(next.scalars) != nil
    }

    static func isPreamble(_ text: String) -> Bool {
        if Reflow.isWholeParenthetical(Canonical.text(text)) { return false }
        return TailLine.classify(text) == nil
    }

    static func endsMidSentence(_ text: String) -> Bool {
        guard let last = Canonical.text(text).unicodeScalars.last else { return false }
        return !(Reflow.isTerminal(last) || last == "”" || last == "」")
    }

    /// Drafts to nodes, children first, with kinds per depth.
    static func assemble(_ builder: TreeBuilder, planYear: Int?, memo: UnitMemo? = nil) -> [Node] {
        let drafts = builder.drafts
        let kinds = KindAssigner.kinds(drafts)
        func build(_ index: Int) -> Node {
            // Fields read in place and the draft passed borrowed: a copy would retain every array it holds.
            let children = drafts[index].children.map(build)
            let kind = drafts[index].isParagraph ? NodeKind.paragraph : kinds[min(drafts[index].depth, max(0, kinds.count - 1))]
            return NodeFinisher.finish(drafts[index], kind: kind, planYear: planYear, children: children, memo: memo)
        }
        return builder.roots.map { NodeFinisher.handingDownUnits(build($0)) }
    }
}

extension String {
    /// Trims spaces (not Foundation's `trimmingCharacters`, which is slow on Linux).
    var trimmingSpaces: String {
        let s = unicodeScalars
        // Most text has nothing to trim: keep it rather than copy it.
        if let head = s.first, let tail = s.last, !CJK.isSpace(head), !CJK.isSpace(tail) { return self }
        guard let first = s.firstIndex(where: { !CJK.isSpace($0) }) else { return "" }
        let last = s.lastIndex(where: { !CJK.isSpace($0) })!
        return String(s[first...last])
    }
}
