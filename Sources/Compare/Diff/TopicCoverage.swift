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
        // Each item's topics read once into lists by name (a Dictionary's key equality is String's,
        // as `contains` asked it): asking every item for every topic compared topic names, which
        // are not ASCII, through the library's slow path 500 times a plan.
        var byName: [String: [Int]] = [:]
        for (i, a) in alignment.items.enumerated() {
            for name in a.topics where byName[name]?.last != i { byName[name, default: []].append(i) }
        }
        return topics.map { t in
            TopicStatus(topic: t.name, key: t.key, items: (byName[t.name] ?? []).map { alignment.items[$0].item.path })
        }
    }
}
