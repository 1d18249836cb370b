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
        //
        // Keyed by bytes where every name's scalars stand alone (`ScalarText.standsAlone`): no name
        // then has another canonical spelling, so equal bytes are equal names, and hashing a
        // `String` normalised it first (most of this count). Any other name, by `String`.
        let alone = topics.allSatisfy { ScalarText.standsAlone($0.name) }
            && alignment.items.indices.allSatisfy { i in alignment.items[i].topics.allSatisfy { ScalarText.standsAlone($0) } }
        return alone ? statuses(alignment, topics: topics, key: ByteKey.init) : statuses(alignment, topics: topics, key: { $0 })
    }

    private static func statuses<Key: Hashable>(_ alignment: Alignment, topics: [Topic], key: (String) -> Key) -> [TopicStatus] {
        var byName: [Key: [Int]] = [:]
        for i in alignment.items.indices {
            for name in alignment.items[i].topics {
                let k = key(name)
                if byName[k]?.last != i { byName[k, default: []].append(i) }
            }
        }
        return topics.map { t in
            TopicStatus(topic: t.name, key: t.key, items: (byName[key(t.name)] ?? []).map { alignment.items[$0].item.path })
        }
    }
}
