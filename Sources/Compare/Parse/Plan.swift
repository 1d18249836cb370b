/// A parsed plan: what it says about itself and the tree of what it asks for.
public struct Plan: Sendable {
    /// The file name the plan was read from.
    public var name: String
    public var metadata: Metadata
    public var nodes: [Node]
    public var warnings: [ParseWarning]

    public init(name: String, metadata: Metadata, nodes: [Node], warnings: [ParseWarning] = []) {
        self.name = name
        self.metadata = metadata
        self.nodes = nodes
        self.warnings = warnings
    }
}

/// Where an item stands in its plan: the numbering of the item and its ancestors, canonical
/// spelling, joined by "/" ("一/（一）/1."); "#2" follows a number the plan repeats.
public typealias ItemPath = Identifier<PlanItem>

/// A leaf task unit of a plan, with where it sits: the shape later stages align and compare.
public struct PlanItem: Hashable, Sendable {
    /// Numbering of the node and its ancestors, canonical spelling, joined by "/" ("一/（一）/1.").
    public var path: ItemPath
    /// First original line of the item's text (1-based).
    public var line: Int
    public var node: Node
    /// Headings of the enclosing part and section, outermost first (context for alignment).
    public var context: [String]
    /// A section's or item's own text, with numbered items under it in the plan (`Plan.items`):
    /// checks that expect a unit to name its owners leave such a unit alone, as plans name them
    /// under its items. Known here, not from the next item's path: a number the plan repeats gives
    /// the unit a path of its own (「（三）#2」) that no item under it starts with.
    public var headsItems: Bool

    public init(path: ItemPath, line: Int, node: Node, context: [String], headsItems: Bool = false) {
        self.path = path
        self.line = line
        self.node = node
        self.context = context
        self.headsItems = headsItems
    }
}
