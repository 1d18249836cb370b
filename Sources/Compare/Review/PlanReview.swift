/// The year-over-year review of two plans: one locality in two years, or any two plans.
///
/// Each plan is aligned to its own year's national points (a 2018 plan to 2018's, a 2021 plan to
/// 2021's) for its sections; its items' topics come from the topic layer (`TopicIndex`), which
/// holds across years, a year with no bundled points included. The items are then paired by what
/// they say (`ItemPairing`), never by number or position.
public enum PlanReview {
    /// With `lexicon`, a rewording is also named in the check's terms (`ReviewChange.effect`).
    /// Each side's alignment must carry its items' topics (`TopicIndex.assign`), as the pipeline's do.
    public static func run(old: ReviewInput, new: ReviewInput, taxonomy: Taxonomy, lexicon: ObligationLexicon? = nil) -> ReviewResult {
        let oldEntries = entries(old.alignment, reference: old.reference, taxonomy: taxonomy)
        let newEntries = entries(new.alignment, reference: new.reference, taxonomy: taxonomy)
        let (a, b) = (old.plan, new.plan)
        let (oldSide, newSide) = (side(a, reference: old.reference), side(b, reference: new.reference))
        return ReviewResult(
            kind: .plans,
            old: oldSide, new: newSide,
            entries: ItemPairing.review(old: oldEntries, new: newEntries, oldYear: a.metadata.year, newYear: b.metadata.year,
                                        compareUnits: oldSide.isSamePlace(as: newSide), lexicon: lexicon),
            topics: TopicChanges.topics(old: oldEntries, new: newEntries, oldReference: old.reference, newReference: new.reference, taxonomy: taxonomy))
    }

    static func entries(_ alignment: Alignment, reference: Reference, taxonomy: Taxonomy) -> [ReviewEntry] {
        alignment.items.map { a in
            let node = a.item.node
            return ReviewEntry(
                id: a.item.path.rawValue, line: a.item.line, text: node.text,
                topics: taxonomy.topics.map(\.name).filter(a.topics.contains), sections: a.sections,
                lead: node.units.lead, responsible: node.units.responsible, deadlines: node.deadlines)
        }
    }

    static func side(_ plan: Plan, reference: Reference) -> ReviewSide {
        var side = ReviewSide(name: plan.name, title: plan.metadata.title, year: plan.metadata.year, reference: reference.name)
        side.locality = plan.metadata.locality
        side.level = plan.metadata.level
        side.province = plan.metadata.province
        side.referenceDrawnFromIt = reference.isDrawnFrom(plan: plan.name, locality: plan.metadata.locality, province: plan.metadata.province, year: plan.metadata.year)
        return side
    }
}

/// One side of a review: a plan, the reference it follows and its items aligned, with topics.
public struct ReviewInput: Sendable {
    public var plan: Plan
    public var reference: Reference
    public var alignment: Alignment

    public init(plan: Plan, reference: Reference, alignment: Alignment) {
        self.plan = plan
        self.reference = reference
        self.alignment = alignment
    }
}
