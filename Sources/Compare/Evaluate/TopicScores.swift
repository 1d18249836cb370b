/// How well the topic layer names what each labelled item is about: the item's topics
/// (`TopicIndex`) against the topics of the sections its label names.
///
/// Why two layers: built from every bundled year, the layer holds the plan's own year's words, so
/// it flatters; built from the other years only, it is what a plan of a year with no bundled
/// reference gets (2022, 2030), which is what the topic layer is for.
public struct TopicScores: Hashable, Sendable {
    /// Labelled items that have labelled sections (local additions name no topic to agree with).
    public var items = 0
    /// Sums of the Jaccard overlap of the two topic sets, per layer.
    public var overlap = 0.0
    public var overlapOtherYears = 0.0
    /// Items sharing at least one topic with their label, per layer.
    public var sharing = 0
    public var sharingOtherYears = 0

    public init() {}

    public static func + (a: TopicScores, b: TopicScores) -> TopicScores {
        var out = a
        out.items += b.items
        out.overlap += b.overlap
        out.overlapOtherYears += b.overlapOtherYears
        out.sharing += b.sharing
        out.sharingOtherYears += b.sharingOtherYears
        return out
    }

    public var meanOverlap: Double { items == 0 ? .nan : overlap / Double(items) }
    public var meanOverlapOtherYears: Double { items == 0 ? .nan : overlapOtherYears / Double(items) }

    /// Scores `plan` against `gold`, whose sections are those of `taxonomy`'s reference of the
    /// labels' year.
    static func score(plan: Plan, gold: GoldPlan, matcher: ItemMatcher, taxonomy: Taxonomy) -> TopicScores? {
        guard let reference = taxonomy.reference(year: gold.reference) else { return nil }
        let all = TopicIndex(topics: taxonomy.topics, references: taxonomy.references)
        let others = TopicIndex(topics: taxonomy.topics, references: taxonomy.references.filter { $0.year != gold.reference })
        var out = TopicScores()
        for item in gold.items where !item.sections.isEmpty {
            guard case let .item(found) = matcher.locate(anchor: item.anchor) else { continue }
            let labelled = Set(item.sections.flatMap { id in reference.sections.first { $0.id.rawValue == id }?.topics ?? [] })
            guard !labelled.isEmpty else { continue }
            out.items += 1
            let a = Set(all.topics(of: found)), b = Set(others.topics(of: found))
            out.overlap += jaccard(a, labelled)
            out.overlapOtherYears += jaccard(b, labelled)
            if !a.isDisjoint(with: labelled) { out.sharing += 1 }
            if !b.isDisjoint(with: labelled) { out.sharingOtherYears += 1 }
        }
        return out
    }

    static func jaccard(_ a: Set<String>, _ b: Set<String>) -> Double {
        let union = a.union(b).count
        return union == 0 ? 1 : Double(a.intersection(b).count) / Double(union)
    }
}
