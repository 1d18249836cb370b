/// Which topics each side's entries fall under, and which one side has and the other lacks.
///
/// Why topics: the national sections of 2018 and 2021 are different lists, but topics (财政, 平台…)
/// cross years, so "the 2021 plan says nothing on 主动公开 any more" can be said across structures.
enum TopicChanges {
    static func topics(old: [ReviewEntry], new: [ReviewEntry], oldReference: Reference, newReference: Reference, taxonomy: Taxonomy) -> [TopicChange] {
        taxonomy.topics.compactMap { topic in
            let o = old.filter { $0.topics.contains(topic.name) }.map(\.id)
            let n = new.filter { $0.topics.contains(topic.name) }.map(\.id)
            guard !o.isEmpty || !n.isEmpty else { return nil }
            return TopicChange(
                topic: topic.name, key: topic.key, status: o.isEmpty ? .gained : n.isEmpty ? .lost : .kept, old: o, new: n,
                inOldReference: oldReference.sections.contains { $0.topics.contains(topic.name) },
                inNewReference: newReference.sections.contains { $0.topics.contains(topic.name) })
        }
    }

    /// The topics of `sections` of `reference`, in the taxonomy's order.
    static func of(sections: [SectionID], in reference: Reference, taxonomy: Taxonomy) -> [String] {
        let names = Set(sections.flatMap { reference.section(id: $0)?.topics ?? [] })
        return taxonomy.topics.map(\.name).filter(names.contains)
    }
}
