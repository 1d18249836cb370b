/// A run of a character diff.
public struct DiffSegment: Hashable, Sendable {
    public enum Operation: String, Hashable, Sendable {
        case same, removed, added
    }

    public var operation: Operation
    public var text: String

    public init(_ operation: Operation, _ text: String) {
        self.operation = operation
        self.text = text
    }
}
