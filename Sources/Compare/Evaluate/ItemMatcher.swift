/// Finds a gold item in a parsed plan and compares what the plan says about it with the labels,
/// by the rules of Corpus/gold/FORMAT.md.
public struct ItemMatcher: Sendable {
    /// Where a gold anchor landed.
    public enum Location: Hashable, Sendable {
        /// On one of `Plan.items`, the task units: the item was found.
        case item(PlanItem)
        /// On a node that is not a task unit (a heading above items, a preamble paragraph):
        /// the parser grouped or classified the text differently from the labels.
        case otherNode(Node)
        /// No node's text contains the anchor: the text was lost, split across nodes, or misread.
        case nowhere
    }

    private struct Entry: Sendable {
        var text: String
        var depth: Int
        var node: Node
    }

    private let entries: [Entry]
    private let items: [PlanItem]

    /// Flattens the tree once, so each anchor is a scan of prepared texts.
    public init(plan: Plan) {
        var entries: [Entry] = []
        func walk(_ node: Node, depth: Int) {
            entries.append(Entry(text: Self.compact(node.text), depth: depth, node: node))
            for child in node.children { walk(child, depth: depth + 1) }
        }
        for node in plan.nodes { walk(node, depth: 0) }
        self.entries = entries
        self.items = plan.items
    }

    /// The deepest node, anywhere in the tree and of any kind, whose text contains the anchor, once
    /// white space is deleted from both. Why deepest: a parent may repeat its children's wording (a
    /// section paragraph that sums up its items), and the task is the most specific holder. Two nodes
    /// at the same depth: the first in document order, which is stable.
    ///
    /// The found node counts as an item only when it is one of `Plan.items`, compared by its first
    /// line, its lines and its text, which together identify a node in one tree (not by its whole
    /// value: the unit of a section with items under it holds the section without them).
    public func locate(anchor: String) -> Location {
        let needle = Self.compact(anchor)
        guard !needle.isEmpty else { return .nowhere }
        var best: Entry?
        // Foundation's answer, by bytes where that is exact (`ScalarText.holds`): every label item is
        // looked for in every node.
        for entry in entries where ScalarText.holds(entry.text, needle) {
            if best.map({ entry.depth > $0.depth }) ?? true { best = entry }
        }
        guard let found = best?.node else { return .nowhere }
        if let item = items.first(where: { $0.line == found.lines.lowerBound && $0.node.lines == found.lines && $0.node.text == found.text }) {
            return .item(item)
        }
        return .otherNode(found)
    }

    // MARK: Comparison forms

    /// White space deleted: how anchors, node texts and deadlines are compared.
    public static func compact(_ text: String) -> String {
        CJK.removingSpaces(text)
    }

    /// A list of units as one string, with white space and the separators 、，,；;：: deleted, so
    /// only the text is compared and not how it was split ("市发改委、商务局" = ["市发改委", "商务局"]).
    public static func unitText(_ units: [String]) -> String {
        var out = String.UnicodeScalarView()
        for scalar in CJK.removingSpaces(units.joined()).unicodeScalars {
            switch scalar {
            case "、", "，", ",", "；", ";", "：", ":": continue
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// Same units text after normalising both sides.
    public static func unitsMatch(gold: [String], parsed: [String]) -> Bool {
        unitText(gold) == unitText(parsed)
    }

    /// Each gold deadline must be contained in some reported one, and each reported deadline must
    /// contain some gold one, white space deleted on both sides.
    ///
    /// The second half is stricter than FORMAT.md's wording on purpose: FORMAT.md only asks that gold
    /// deadlines be found, which would score an item labelled `[]` as right whatever the analyzer
    /// reports. A deadline the plan does not state for the item is as wrong as a missing one.
    public static func deadlinesMatch(gold: [String], parsed: [Deadline]) -> Bool {
        let g = gold.map(compact)
        let p = parsed.map { compact($0.raw) }
        return g.allSatisfy { want in p.contains { $0.contains(want) } }
            && p.allSatisfy { got in g.contains { got.contains($0) } }
    }
}
