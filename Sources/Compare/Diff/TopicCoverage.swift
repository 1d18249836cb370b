/// Which topics of the topic layer a plan's items speak of: the check a plan gets first when no
/// bundled key points are of its year, since topics are what outlive each year's structure.
public struct TopicStatus: Hashable, Sendable {
    public var topic: String
    public var key: String
    /// Paths of the items about this topic, in document order.
    public var items: [ItemPath]

    public init(topic: String, key: String, items: [ItemPath]) {
        self.topic = topic
        self.key = key
        self.items = items
    }
}

public enum TopicCoverage {
    /// One status per topic of the layer, in the layer's order, from the items' topics.
    public static func statuses(_ alignment: Alignment, topics: [Topic]) -> [TopicStatus] {
        topics.map { t in
            TopicStatus(topic: t.name, key: t.key, items: alignment.items.filter { $0.topics.contains(t.name) }.map(\.item.path))
        }
    }
}
