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
        case paragraph
    }

    struct Draft {
        var numbering: Numbering?
        var key: LevelKey
        var parts: [String]
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

    /// Places a numbered node and makes it current. Returns its index. When the marker repeats
    /// the open node of its level with the same heading (a table's section cell repeated across a
    /// page break), that node is reopened instead of duplicated.
    mutating func open(_ numbering: Numbering, text: String, lines: ClosedRange<Int>) -> Int {
        let key = LevelKey.family(numbering.family)
        let depth = placement(for: numbering)
        if depth < stack.count {
            let open = drafts[stack[depth]]
            if open.numbering?.value == numbering.value, open.key == key, open.parts.first == text {
                stack.removeSubrange((depth + 1)...)
                return stack[depth]
            }
            if let prev = open.numbering, open.key == key {
                if numbering.value > prev.value + 1 {
                    warn(.numberingSkip, lines.lowerBound, "numbering skips from \(prev.canonical) to \(numbering.canonical)")
                } else if numbering.value == prev.value {
                    warn(.numberingRestart, lines.lowerBound, "numbering repeats \(numbering.canonical)")
                } else if numbering.value < prev.value {
                    warn(.numberingRestart, lines.lowerBound, "numbering goes back from \(prev.canonical) to \(numbering.canonical)")
                }
            }
            stack.removeSubrange(depth...)
        }
        return push(Draft(numbering: numbering, key: key, parts: [text], firstLine: lines.lowerBound, lastLine: lines.upperBound, parent: stack.last, depth: stack.count))
    }

    /// Places an unnumbered table cell node (section or task) under the nearest open level of
    /// the right kind.
    mutating func openUnnumbered(_ key: LevelKey, text: String, lines: ClosedRange<Int>) -> Int {
        if let level = stack.lastIndex(where: { drafts[$0].key == key }) {
            let open = drafts[stack[level]]
            if key == .tableSection, open.parts.first == text {
                stack.removeSubrange((level + 1)...)
                return stack[level]
            }
            stack.removeSubrange(level...)
        } else if key == .tableItem, let section = stack.lastIndex(where: { isSectionLike(drafts[$0].key) }) {
            stack.removeSubrange((section + 1)...)
        } else if key == .tableSection {
            stack.removeAll()
        }
        return push(Draft(numbering: nil, key: key, parts: [text], firstLine: lines.lowerBound, lastLine: lines.upperBound, parent: stack.last, depth: stack.count))
    }

    /// Adds a root paragraph (preamble or unplaced text before any marker).
    mutating func paragraph(_ text: String, lines: ClosedRange<Int>) {
        if let last = roots.last, drafts[last].isParagraph, stack.isEmpty {
            append(text, lines: lines, to: last)
            return
        }
        var d = Draft(numbering: nil, key: .paragraph, parts: [text], firstLine: lines.lowerBound, lastLine: lines.upperBound, parent: nil, depth: 0)
        d.isParagraph = true
        drafts.append(d)
        roots.append(drafts.count - 1)
    }

    /// Appends unnumbered text to the current node (a continuation line or paragraph).
    mutating func append(_ text: String, lines: ClosedRange<Int>, to index: Int? = nil) {
        guard let target = index ?? current else {
            paragraph(text, lines: lines)
            return
        }
        drafts[target].parts.append(text)
        drafts[target].lastLine = max(drafts[target].lastLine, lines.upperBound)
    }

    mutating func attach(_ units: Units, to index: Int) {
        drafts[index].units.merge(units)
    }

    mutating func attachDeadlineText(_ text: String, to index: Int) {
        drafts[index].extraDeadlines.append(text)
    }

    mutating func warn(_ kind: ParseWarning.Kind, _ line: Int, _ message: String) {
        warnings.append(ParseWarning(kind: kind, line: line, message: message))
    }

    private func isSectionLike(_ key: LevelKey) -> Bool {
        switch key {
        case .tableSection: return true
        case .family(let f): return f == .cjkParen || f == .cjkComma
        case .tableItem, .paragraph: return false
        }
    }

    /// The depth at which a new marker belongs: the depth of the level it continues, or the
    /// depth below the current node when it opens a new level.
    private func placement(for n: Numbering) -> Int {
        let key = LevelKey.family(n.family)
        if let same = stack.lastIndex(where: { drafts[$0].key == key }) { return same }
        for depth in stack.indices.reversed() {
            guard let open = drafts[stack[depth]].numbering else { continue }
            if open.family.shape == n.family.shape && n.value == open.value + 1 { return depth }
        }
        return stack.count
    }

    private mutating func push(_ draft: Draft) -> Int {
        drafts.append(draft)
        let index = drafts.count - 1
        if let parent = draft.parent { drafts[parent].children.append(index) } else { roots.append(index) }
        stack.append(index)
        return index
    }
}
