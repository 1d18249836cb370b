/// What a node of the plan tree is. Parts hold sections, sections hold items, items may hold
/// sub-items; a paragraph is unnumbered text that is not a task (the preamble).
public enum NodeKind: String, Sendable, CaseIterable {
    case part
    case section
    case item
    case subItem = "sub-item"
    case paragraph
}
