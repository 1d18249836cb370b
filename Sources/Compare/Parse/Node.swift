/// One node of a plan's tree: a part, section, item, sub-item or paragraph.
///
/// Its fields are held in one shared box (`CopiedOnWrite`), copied only when a copy is changed.
/// Why: a node is a dozen strings and lists, and each is copied out of the tree into its item, out
/// of the item into its alignment, and out of arrays at every stage that reads one; field by field,
/// those copies were about a hundredth of every plan's instructions.
public struct Node: Hashable, Sendable {
    /// What a node holds, compared and hashed field by field as the node is.
    private struct Fields: Hashable, Sendable {
        var kind: NodeKind
        var numbering: Numbering?
        var heading: String?
        var text: String
        var units: Units
        var deadlines: [Deadline]
        var lines: ClosedRange<Int>
        var children: [Node]
    }

    private var fields: CopiedOnWrite<Fields>

    public var kind: NodeKind { get { fields.value.kind } set { fields.value.kind = newValue } }
    /// The marker as written and as a number; nil for unnumbered paragraphs.
    public var numbering: Numbering? { get { fields.value.numbering } set { fields.value.numbering = newValue } }
    /// The heading when the node opens with one ("做好各类规划主动公开"); a section paragraph's
    /// heading is its first sentence.
    public var heading: String? { get { fields.value.heading } set { fields.value.heading = newValue } }
    /// The node's own whole text (heading included, marker and unit annotations left out).
    public var text: String { get { fields.value.text } set { fields.value.text = newValue } }
    public var units: Units { get { fields.value.units } set { fields.value.units = newValue } }
    public var deadlines: [Deadline] { get { fields.value.deadlines } set { fields.value.deadlines = newValue } }
    /// Documents cited in the node's own text, read from it when asked.
    ///
    /// Why not read when the node is made, as its time limits are: only the parse's JSON shows a
    /// node's citations, and reading them for every node of every plan a batch checks was a
    /// hundredth of a plan's work. Read from `text`, they are what the parser read from the same
    /// scalars (the node's text is its scalars once the unit annotations are cut).
    public var cites: [Citation] { CitationScanner.citations(in: text) }
    /// Original lines the node's own text came from (1-based, inclusive).
    public var lines: ClosedRange<Int> { get { fields.value.lines } set { fields.value.lines = newValue } }
    public var children: [Node] { get { fields.value.children } set { fields.value.children = newValue } }

    public init(
        kind: NodeKind, numbering: Numbering? = nil, heading: String? = nil, text: String,
        units: Units = Units(), deadlines: [Deadline] = [],
        lines: ClosedRange<Int>, children: [Node] = []
    ) {
        fields = CopiedOnWrite(Fields(
            kind: kind, numbering: numbering, heading: heading, text: text, units: units, deadlines: deadlines,
            lines: lines, children: children))
    }

    /// The last original line of the node and everything under it.
    public var lastLine: Int {
        children.map(\.lastLine).reduce(lines.upperBound, max)
    }
}
