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

    public init(path: ItemPath, line: Int, node: Node, context: [String]) {
        self.path = path
        self.line = line
        self.node = node
        self.context = context
    }
}
