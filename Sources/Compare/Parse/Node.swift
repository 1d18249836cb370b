/// One node of a plan's tree: a part, section, item, sub-item or paragraph.
public struct Node: Hashable, Sendable {
    public var kind: NodeKind
    /// The marker as written and as a number; nil for unnumbered paragraphs.
    public var numbering: Numbering?
    /// The heading when the node opens with one ("做好各类规划主动公开"); a section paragraph's
    /// heading is its first sentence.
    public var heading: String?
    /// The node's own whole text (heading included, marker and unit annotations left out).
    public var text: String
    public var units: Units
    public var deadlines: [Deadline]
    /// Documents cited in the node's own text.
    public var cites: [Citation]
    /// Original lines the node's own text came from (1-based, inclusive).
    public var lines: ClosedRange<Int>
    public var children: [Node]

    public init(
        kind: NodeKind, numbering: Numbering? = nil, heading: String? = nil, text: String,
        units: Units = Units(), deadlines: [Deadline] = [], cites: [Citation] = [],
        lines: ClosedRange<Int>, children: [Node] = []
    ) {
        self.kind = kind
        self.numbering = numbering
        self.heading = heading
        self.text = text
        self.units = units
        self.deadlines = deadlines
        self.cites = cites
        self.lines = lines
        self.children = children
    }

    /// The last original line of the node and everything under it.
    public var lastLine: Int {
        children.map(\.lastLine).reduce(lines.upperBound, max)
    }
}
