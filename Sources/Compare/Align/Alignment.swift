/// What the aligner found for one plan against one reference.
public struct Alignment: Hashable, Sendable {
    public var plan: String
    /// The reference's name ("2021", or a national text's file name).
    public var reference: String
    public var year: Int
    /// One per `Plan.items`, in document order.
    public var items: [ItemAlignment]
    /// One per reference section, in the reference's order.
    public var coverage: [SectionCoverage]
    /// The plan's administrative level, which decides the requirements that bind it.
    public var level: Metadata.Level? = nil
    /// The plan's own year, when its text gives one: a time limit past it runs beyond the plan.
    public var planYear: Int? = nil
    /// The plan's place (`Metadata.locality`): whether the reference was drawn from it.
    public var locality: String? = nil
    /// The plan's province (`Metadata.province`), with its place.
    public var province: String? = nil

    public init(plan: String, reference: String, year: Int, items: [ItemAlignment], coverage: [SectionCoverage]) {
        self.plan = plan
        self.reference = reference
        self.year = year
        self.items = items
        self.coverage = coverage
    }

    /// Items that carry out no national section.
    public var localAdditions: [ItemAlignment] { items.filter(\.isLocal) }
}

/// One leaf item and the sections it carries out.
public struct ItemAlignment: Hashable, Sendable {
    public var item: PlanItem
    /// Best first; empty when the item is local content.
    public var matches: [SectionMatch]
    /// The best section's score (0 when local): the sum of the weighted evidence in `reasons`.
    public var score: Double
    /// What the item is about, from the topic layer (`TopicIndex.assign`), best first; not from
    /// its sections, so it holds in a year with no bundled reference.
    public var topics: [String] = []

    public init(item: PlanItem, matches: [SectionMatch], score: Double) {
        self.item = item
        self.matches = matches
        self.score = score
    }

    public var isLocal: Bool { matches.isEmpty }
    public var sections: [SectionID] { matches.map(\.section) }
    public var requirements: [RequirementID] { matches.flatMap(\.requirements) }
}

/// An item carrying out one section, and why the aligner thinks so.
public struct SectionMatch: Hashable, Sendable {
    public var section: SectionID
    /// Requirements of the section whose key terms or wording the item shares, best first.
    public var requirements: [RequirementID]
    public var score: Double
    /// Strongest first.
    public var reasons: [Reason]

    public init(section: SectionID, requirements: [RequirementID], score: Double, reasons: [Reason]) {
        self.section = section
        self.requirements = requirements
        self.score = score
        self.reasons = reasons
    }
}

/// One piece of evidence, with the weight it added to the score.
public struct Reason: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        /// A key term of a requirement found in the item's text.
        case term
        /// The heading the item sits under (or its own heading) resembles the section title.
        case heading
        /// The item's own text contains the section title ("完善政务公开平台。"): a plan that writes
        /// its task as the national heading.
        case title
        /// The item's part heading resembles the section's part heading.
        case part
        /// Character-bigram similarity of the item's text to the section's wording.
        case wording
    }

    public var kind: Kind
    /// The shared term, or the heading or text compared.
    public var text: String
    /// The requirement a term belongs to.
    public var requirement: RequirementID?
    public var weight: Double

    public init(kind: Kind, text: String, requirement: RequirementID? = nil, weight: Double) {
        self.kind = kind
        self.text = text
        self.requirement = requirement
        self.weight = weight
    }
}

/// Which items carry out a section, and which of its requirements they reach.
public struct SectionCoverage: Hashable, Sendable {
    public var section: SectionID
    /// Item paths, in document order.
    public var items: [ItemPath]
    /// Requirements some item reaches, in the reference's order.
    public var requirementsReached: [RequirementID]
    public var requirementsTotal: Int

    public init(section: SectionID, items: [ItemPath], requirementsReached: [RequirementID], requirementsTotal: Int) {
        self.section = section
        self.items = items
        self.requirementsReached = requirementsReached
        self.requirementsTotal = requirementsTotal
    }

    public var isCovered: Bool { !items.isEmpty }
}
