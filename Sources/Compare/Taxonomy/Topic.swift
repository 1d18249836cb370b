/// A subject that outlives each year's structure (规划公开, 财政, …): how plans of different years meet.
public struct Topic: Hashable, Sendable {
    /// The Chinese name sections refer to ("财政").
    public var name: String
    /// A short ASCII key for JSON and CSV ("fiscal").
    public var key: String
    public var summary: String

    public init(name: String, key: String, summary: String) {
        self.name = name
        self.key = key
        self.summary = summary
    }
}
