/// Builds the node tree from markers in document order, inferring levels from the order in which
/// marker families open.
///
/// The national key points number parts 一、 sections （一） items 1., but local plans bend this:
/// a plan may write its parts "1、" and its sections "（1）" or mix "（一）" and "（2）" in one list.
/// So levels are a stack: a marker continues the open level of its own family if there is one
/// (deepest first); else it continues a level of the same shape ("（3）" after "（二）", "二、" after
/// "1、", never "3." after "二、") when its number is the next; else it opens a new level below.
struct TreeBuilder {
    /// What identifies a level: a marker family, or a table's unnumbered section or task cells.
    enum LevelKey: Hashable {
        case family(Numbering.Family)
        case tableSection
        case tableItem
        /// An unnumbered task paragraph that a unit line closed (「……。」 then 「市发改委牵头落实」).
        case paragraphItem
        case paragraph
    }

    /// A piece of a node's text with its scalars, decoded once by the segmenter and read by
    /// every node reader after it.
    struct Part: Equatable {
        var text: String
        var scalars: [Unicode.Scalar]

        init(_ text: String, _ scalars: [Unicode.Scalar]) {
            self.text = text
            self.scalars = scalars
        }

        init(_ text: String) {
            self.init(text, ScalarText.scalars(text))
        }

        static func == (a: Part, b: Part) -> Bool { a.text == b.text }
    }

    struct Draft {
        var numbering: Numbering?
        var key: LevelKey
        var parts: [Part]
        /// The first line of each part.
        var partLines: [Int] = []
        var units = Units()
        var extraDeadlines: [String] = []
        var firstLine: Int
        var lastLine: Int
        var parent: Int?
        var depth: Int
        var children: [Int] = []
        var isParagraph = false
    }

    private(set) var drafts: [Draft] = []
    private(set) var roots: [Int] = []
    private(set) var warnings: [ParseWarning] = []
    /// Open nodes, outermost first.
    private(set) var stack: [Int] = []

    var current: Int? { stack.last }

    /// The node a unit line closed last, while nothing else has been read since: a paragraph that
    /// follows it is the next task, not more of this one.
    private(set) var closedByUnits: Int? = nil
    /// The depth each marker family was last opened at.
    private var familyDepth = [Int?](repeating: nil, count: Numbering.Family.count)

    /// Places a numbered node and makes it current. Returns its index. When the marker repeats
    /// the open node of its level with the same heading (a table's section cell repeated across a
    /// page break), that node is reopened instead of duplicated.
    mutating func open(_ numbering: Numbering, text: Part, lines: ClosedRange<Int>) -> Int {
        let key = LevelKey.family(numbering.family)
        closedByUnits = nil
        // Unnumbered task paragraphs hold no numbered levels: a marker after them is their sibling.
        while let last = stack.last, drafts[last].key == .paragraphItem { stack.removeLast() }
        let depth = placement(for: numbering)
        if depth < stack.count {
            // The open node's fields read in place: a copy of the whole draft retains every array it holds.
            let open = stack[depth]
            if drafts[open].numbering?.value == numbering.value, drafts[open].key == key, drafts[open].parts.first == text {
                stack.removeSubrange((depth + 1)...)
                return stack[depth]
            }
            if let prev = drafts[open].numbering, drafts[open].key == key {
                if numbering.value > prev.value + 1 {
                    warn(.numberingSkip, lines.lowerBound, "numbering skips from \(prev.canonical) to \(numbering.canonical)", numbers: [prev.canonical, numbering.canonical])
                } else if numbering.value == prev.value {
                    warn(.numberingRestart, lines.lowerBound, "numbering repeats \(numbering.canonical)", numbers: [numbering.canonical])
                } else if numbering.value < prev.value {
                    warn(.numberingRestart, lines.lowerBound, "numbering goes back from \(prev.canonical) to \(numbering.canonical)", numbers: [prev.canonical, numbering.canonical])
                }
            }
            stack.removeSubrange(depth...)
        }
        var d = Draft(numbering: numbering, key: key, parts: [text], firstLine: lines.lowerBound, lastLine: lines.upperBound, parent: stack.last, depth: stack.count)
        d.partLines = [lines.lowerBound]
        return push(d)
    }

    /// Whether `n` is the next number of an open level of its family.
    func goesOn(_ n: Numbering) -> Bool {
        stack.contains { drafts[$0].key == .family(n.family) && drafts[$0].numbering.map { $0.value + 1 == n.value } ?? false }
    }

    /// Places an unnumbered table cell node (section or task) under the nearest open level of
    /// the right kind.
    mutating func openUnnumbered(_ key: LevelKey, text: Part, lines: ClosedRange<Int>) -> Int {
        closedByUnits = nil
        if let level = stack.lastIndex(where: { drafts[$0].key == key }) {
            if key == .tableSection, drafts[stack[level]].parts.first == text {
                stack.removeSubrange((level + 1)...)
                return stack[level]
            }
            stack.removeSubrange(level...)
        } else if key == .tableItem, let section = stack.lastIndex(where: { isSectionLike(drafts[$0].key) }) {
            stack.removeSubrange((section + 1)...)
        } else if key == .tableSection {
            // Under the heading line the table follows (「一、…」 alone above it, one table a part),
            // not beside it: at the root, the table's sections closed the part, and the part's next
            // heading (二、) was read as an item of the last row. A heading with words below its line
            // (its paragraph, 「附件：…」) is not the table's: a task-division table after 「二、加强
            // 组织保障」 and its paragraph is the plan's annex, at the root, as a table under no heading.
            if let heading = stack.lastIndex(where: { drafts[$0].numbering.map { !$0.family.isArabicItem } ?? false }),
               drafts[stack[heading]].parts.count == 1, drafts[stack[heading]].parts[0].scalars.count <= NodeFinisher.longestHeading,
               stack[heading] == stack.last || drafts[stack[heading]].children.allSatisfy({ drafts[$0].key == .tableSection }) {
                stack.removeSubrange((heading + 1)...)
            } else {
                stack.removeAll()
            }
        }
        var d = Draft(numbering: nil, key: key, parts: [text], firstLine: lines.lowerBound, lastLine: lines.upperBound, parent: stack.last, depth: stack.count)
        d.partLines = [lines.lowerBound]
        return push(d)
    }

    /// A 附件 line: what follows is an annex, under no heading or task of the plan's body (an
    /// annex table after a part's heading line stood under that heading, and an annex's first
    /// words were the last task's).
    mutating func closeAll() {
        stack.removeAll()
        closedByUnits = nil
    }

    /// Adds a root paragraph (preamble or unplaced text before any marker).
    mutating func paragraph(_ text: Part, lines: ClosedRange<Int>) {
        if let last = roots.last, drafts[last].isParagraph, stack.isEmpty {
            append(text, lines: lines, to: last)
            return
        }
        var d = Draft(numbering: nil, key: .paragraph, parts: [text], firstLine: lines.lowerBound, lastLine: lines.upperBound, parent: nil, depth: 0)
        d.partLines = [lines.lowerBound]
        d.isParagraph = true
        drafts.append(d)
        roots.append(drafts.count - 1)
    }

    /// Appends unnumbered text to the current node (a continuation line or paragraph).
    mutating func append(_ text: Part, lines: ClosedRange<Int>, to index: Int? = nil) {
        guard let target = index ?? current else {
            paragraph(text, lines: lines)
            return
        }
        closedByUnits = nil
        drafts[target].parts.append(text)
        drafts[target].partLines.append(lines.lowerBound)
        drafts[target].lastLine = max(drafts[target].lastLine, lines.upperBound)
    }

    mutating func attach(_ units: Units, to index: Int) {
        drafts[index].units.merge(units)
    }

    /// A unit line under the current node: its units, and the node is closed to further paragraphs.
    mutating func attachUnitLine(_ units: Units) {
        guard let target = current else { return }
        drafts[target].units.merge(units)
        closedByUnits = target
    }

    /// A unit line said of the tasks above it (「以上任务由县财政局牵头，各乡镇配合」): its units go to
    /// every task of the current one's level that names none of its own (`namesNone`), and the
    /// current task is closed as by any unit line. They were the last task's alone.
    /// Only tasks' (numbered items, task paragraphs, table rows): after a section's own paragraph
    /// (「（三）…」 then 「以上工作由县人社局负责」) the line is that section's, not its sibling sections'.
    /// After a sub-list (「3.…」 「（1）…」 「（2）…」, then the line) it is said of the outer list, the
    /// tasks of the outermost task holding the current one (its sub-items take the units from it,
    /// `NodeFinisher.handingDownUnits`): given to the sub-items alone, they missed tasks 1 and 2.
    /// A line counting its tasks (「以上两项…」, `count`) is said of the list that many long.
    mutating func attachUnitLineAbove(_ units: Units, count: Int? = nil, namesNone: (Draft) -> Bool) {
        guard let target = current else { return }
        guard isTask(target), var parent = drafts[target].parent else {
            attachUnitLine(units)
            return
        }
        var outer = target
        while isTask(parent), let up = drafts[parent].parent, drafts[parent].children.count != count { (outer, parent) = (parent, up) }
        for task in drafts[parent].children where task == outer || namesNone(drafts[task]) {
            drafts[task].units.merge(units)
        }
        closedByUnits = target
    }

    /// Whether draft `d` is a task: a numbered item, a task paragraph or a table's row.
    private func isTask(_ d: Int) -> Bool {
        switch drafts[d].key {
        case .family(let f): return f.isArabicItem
        case .paragraphItem, .tableItem: return true
        case .tableSection, .paragraph: return false
        }
    }

    /// Whether the last thing read closed the current task by its units, so that a paragraph now
    /// is the next task (`nextTaskParagraph`).
    var afterClosedTask: Bool {
        guard let closed = closedByUnits, closed == current else { return false }
        return drafts[closed].children.isEmpty
    }

    /// A line that ends with its task's units (`UnitExtractor.closesWithUnits`): the current node
    /// is closed to further paragraphs, as by a unit line under it.
    mutating func closeByInlineUnits() {
        if let target = current { closedByUnits = target }
    }

    /// A time-limit field line (「完成时限：…」) under a task: the task's, as a unit line is, and what
    /// follows it is the next task as after a unit line. `words`: the line, kept in the task's
    /// text (a field that sets no date, 长期坚持).
    mutating func attachTimeLine(_ limit: String, words: Part?, lines: ClosedRange<Int>) {
        guard let target = current else {
            if let words { paragraph(words, lines: lines) }
            return
        }
        drafts[target].extraDeadlines.append(limit)
        if let words {
            // The task's units at its line's end stay read: after the words they stand mid-text.
            if closedByUnits == target { takeInlineUnits(target) }
            append(words, lines: lines, to: target)
        }
        closedByUnits = target
    }

    /// Units draft `d`'s last part ends with, taken off its words and made its units (before a
    /// unit line's under it, in the order they are written): words appended after them leave them
    /// mid-text, where only labelled ones are read (「（区政府办公室牵头）」 was lost).
    private mutating func takeInlineUnits(_ d: Int) {
        guard let last = drafts[d].parts.indices.last else { return }
        let read = UnitExtractor.extractInline(drafts[d].parts[last].scalars)
        guard !read.units.isEmpty else { return }
        drafts[d].parts[last] = Part(ScalarText.string(read.text), read.text)
        var units = read.units
        units.merge(drafts[d].units)
        drafts[d].units = units
    }

    /// A paragraph after a unit line: the next task. Under a bare heading (「二、加强政策解读」 on a
    /// line of its own, with or without its 。) the paragraphs become the heading's unnumbered items, the first one taking
    /// the heading's paragraph and units; after a task that carries its own text (a numbered item,
    /// a section line with its task, an earlier paragraph item) it is that task's sibling.
    /// Returns false (nothing done) when the last thing read was not a unit line.
    mutating func nextTaskParagraph(_ text: Part, lines: ClosedRange<Int>) -> Bool {
        guard let closed = closedByUnits, closed == current, drafts[closed].children.isEmpty else { return false }
        // A paragraph that opens by going on (「同时，…」, 「此外，…」) is more of the task before it.
        if Self.continuations.contains(where: { text.scalars.starts(with: $0) }) { return false }
        let node = drafts[closed]
        // A heading line that ends with its units (「（二）深化财政信息公开。（牵头单位：县财政局）」) is
        // a heading as it is without them.
        var numberedAsHeading = false
        if case .family(let f) = node.key { numberedAsHeading = !f.isArabicItem }
        let headingLine = NodeFinisher.isHeadingLine(UnitExtractor.extractInline(from: node.parts[0].text).text, commas: numberedAsHeading)
        if node.key != .paragraphItem, node.parts.count >= 2, headingLine {
            var first = Draft(numbering: nil, key: .paragraphItem, parts: Array(node.parts.dropFirst()),
                              firstLine: node.partLines.dropFirst().first ?? node.firstLine, lastLine: node.lastLine,
                              parent: closed, depth: node.depth + 1)
            first.partLines = Array(node.partLines.dropFirst())
            first.units = node.units
            first.extraDeadlines = node.extraDeadlines
            drafts[closed].parts = [node.parts[0]]
            drafts[closed].partLines = Array(node.partLines.prefix(1))
            drafts[closed].lastLine = (node.partLines.dropFirst().first ?? node.firstLine + 1) - 1
            drafts[closed].units = Units()
            drafts[closed].extraDeadlines = []
            _ = push(first)
        } else if node.parts.count < 2 && node.key != .paragraphItem && headingLine {
            // A heading, its units, then its paragraph: the paragraph is the heading's task. Units
            // its line ends with are the task's, taken off the line now: in the whole text they
            // stand mid-text, where only labelled ones are read (「（区政府办公室牵头）」 was lost).
            takeInlineUnits(closed)
            return false
        }
        // The sibling of the closed task (or of the first paragraph item just made).
        stack.removeLast()
        closedByUnits = nil
        var d = Draft(numbering: nil, key: .paragraphItem, parts: [text], firstLine: lines.lowerBound, lastLine: lines.upperBound, parent: stack.last, depth: stack.count)
        d.partLines = [lines.lowerBound]
        _ = push(d)
        return true
    }

    /// Words a paragraph opens with when it goes on with the task before it.
    static let continuations: [[Unicode.Scalar]] = ["同时", "此外", "另外", "并且", "与此同时"].map { Array($0.unicodeScalars) }

    mutating func attachDeadlineText(_ text: String, to index: Int) {
        drafts[index].extraDeadlines.append(text)
    }

    mutating func warn(_ kind: ParseWarning.Kind, _ line: Int, _ message: String, subject: String? = nil, numbers: [String] = []) {
        warnings.append(ParseWarning(kind: kind, line: line, message: message, subject: subject, numbers: numbers))
    }

    private func isSectionLike(_ key: LevelKey) -> Bool {
        switch key {
        case .tableSection: return true
        case .family(let f): return !f.isArabicItem
        case .tableItem, .paragraphItem, .paragraph: return false
        }
    }

    /// The depth at which a new marker belongs: the depth of the level it continues, or the
    /// depth below the current node when it opens a new level.
    private func placement(for n: Numbering) -> Int {
        let key = LevelKey.family(n.family)
        if let same = stack.lastIndex(where: { drafts[$0].key == key }) { return same }
        for depth in stack.indices.reversed() {
            guard let open = drafts[stack[depth]].numbering else { continue }
            // A family the plan has used below this level stays there: 「（3）」 after 「（二）」 is the
            // next item of a plan that numbers its items （1） on through its sections.
            if let below = familyDepth[n.family.ordinal], below > depth { continue }
            if open.family.shape == n.family.shape && n.value == open.value + 1 { return depth }
        }
        // A part's marker (一、, 第一部分, 第一章) does not open a level below numbered sections and
        // items alone: official documents rank 一、 above （一）, 1. and （1） (GB/T 9704). A plan
        // whose first part lost its heading (「（1）…（5）」, then 「二、」) keeps its later parts
        // at the top, not under its last item. Only a part's: one that goes on from a number the
        // plan never opened (二、 with no 一、 before it), or one of a family the plan opened at
        // the top. 「一、二、三、」 listed inside an item (「做好以下工作：」) starts at 一、 and stays
        // there; under a part of its own, or in a table, a marker nests as before.
        let f = n.family.ordinal
        if n.family.ranksAsPart, !stack.isEmpty, familyDepth[f] == 0 || (familyDepth[f] == nil && n.value > 1),
           stack.allSatisfy({ drafts[$0].numbering.map { !$0.family.ranksAsPart } ?? false }) {
            return 0
        }
        return stack.count
    }

    private mutating func push(_ draft: consuming Draft) -> Int {
        if let f = draft.numbering?.family { familyDepth[f.ordinal] = draft.depth }
        let parent = draft.parent
        // Moved into the list, not copied (a copy retains every array a draft holds).
        drafts.append(draft)
        let index = drafts.count - 1
        if let parent { drafts[parent].children.append(index) } else { roots.append(index) }
        stack.append(index)
        return index
    }
}
