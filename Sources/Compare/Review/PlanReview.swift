/// The year-over-year review of two plans: one locality in two years, or any two plans.
///
/// Each plan is aligned to its own year's national points (a 2018 plan to 2018's, a 2021 plan to
/// 2021's) for its sections; its items' topics come from the topic layer (`TopicIndex`), which
/// holds across years, a year with no bundled points included. The items are then paired by what
/// they say (`ItemPairing`), never by number or position.
public enum PlanReview {
    /// With `lexicon`, a rewording is also named in the check's terms (`ReviewChange.effect`).
    public static func run(old: Plan, new: Plan, taxonomy: Taxonomy, lexicon: ObligationLexicon? = nil) throws -> ReviewResult {
        let oldReference = try taxonomy.reference(forPlanYear: old.metadata.year)
        let newReference = try taxonomy.reference(forPlanYear: new.metadata.year)
        let oldIndex = ReferenceIndex(oldReference)
        let newIndex = newReference.year == oldReference.year ? oldIndex : ReferenceIndex(newReference)
        let topics = TopicIndex(topics: taxonomy.topics, references: taxonomy.references)
        let oldEntries = entries(topics.assign(Aligner().align(old, to: oldIndex)), reference: oldReference, taxonomy: taxonomy)
        let newEntries = entries(topics.assign(Aligner().align(new, to: newIndex)), reference: newReference, taxonomy: taxonomy)
        return ReviewResult(
            kind: .plans,
            old: side(old, reference: oldReference), new: side(new, reference: newReference),
            entries: ItemPairing.review(old: oldEntries, new: newEntries, oldYear: old.metadata.year, newYear: new.metadata.year,
                                        compareUnits: old.metadata.locality != nil && old.metadata.locality == new.metadata.locality, lexicon: lexicon),
            topics: TopicChanges.topics(old: oldEntries, new: newEntries, oldReference: oldReference, newReference: newReference, taxonomy: taxonomy))
    }

    static func entries(_ alignment: Alignment, reference: Reference, taxonomy: Taxonomy) -> [ReviewEntry] {
        alignment.items.map { a in
            let node = a.item.node
            return ReviewEntry(
                id: a.item.path, line: a.item.line, text: node.text,
                topics: taxonomy.topics.map(\.name).filter(a.topics.contains), sections: a.sections,
                lead: node.units.lead, responsible: node.units.responsible, deadlines: node.deadlines)
        }
    }

    static func side(_ plan: Plan, reference: Reference) -> ReviewSide {
        var side = ReviewSide(name: plan.name, title: plan.metadata.title, year: plan.metadata.year, reference: reference.name)
        side.locality = plan.metadata.locality
        side.level = plan.metadata.level
        side.referenceDrawnFromIt = reference.drawnFrom.contains(plan.name)
        return side
    }
}
