/// Several plans side by side: who covers what, in whose words, and how much is their own.
///
/// Why one value for every format: the Markdown, JSON and CSV renderers read the same numbers, so a
/// supervisor reading the report and a script reading the CSV never disagree.
public struct Comparison: Hashable, Sendable {
    /// What the matrix rows are.
    public enum Rows: String, Hashable, Sendable {
        /// All plans share one reference: its sections, grouped under their first topic.
        case sections
        /// The plans follow different references (years): the topics that cross years.
        case topics
    }

    public var rows: Rows
    /// The references the plans were aligned to, by name, in the order plans first use them.
    public var references: [String]
    /// In the order the plans were given: the matrix's columns.
    public var plans: [ComparedPlan]
    /// Plan positions (into `plans`), least wrong first within each reference, unranked plans last.
    public var ranking: [Int]
    public var matrix: [MatrixRow]
    /// Every requirement of every reference in use, in reference then document order.
    public var requirements: [RequirementComparison]
    /// Some reference is a text given to the tool (`Reference.hasOwnNumbering`), not the bundled points.
    public var givenReference = false
    /// The files given that could not be read as plans: named below the comparison, which a
    /// missing column would otherwise mislead (a folder of submissions holds a cover letter).
    public var notCompared: [FileProblem] = []
}

/// One compared plan: what it is, what it reaches, and its own content.
public struct ComparedPlan: Hashable, Sendable {
    /// The file name.
    public var name: String
    public var title: String?
    public var locality: String?
    public var year: Int?
    /// The reference it was aligned to ("2021", or a national text's file name).
    public var reference: String
    /// 1 for the plan with the least wrong within its reference; 0 when it is not ranked (the
    /// reference's wording was drawn from it).
    public var rank: Int
    public var requirementsReached: Int
    public var requirementsTotal: Int
    public var sectionsCovered: Int
    public var sectionsPartial: Int
    public var sectionsMissing: Int
    /// Divergences `check` lists to fix or explain (warnings that are not a gap's evidence), and the notes.
    public var warnings: Int
    public var notes: Int
    public var localAdditions: [ItemEvidence]
    public var localisation: LocalisationIndex
    /// The taxonomy's wording for its reference was drawn from this plan (`drawn-from`): its
    /// coverage and its localisation index agree with the reference by construction.
    public var referenceDrawnFromIt = false
    /// Where the plan is from, so that a spreadsheet tells apart two places of one name (高新区).
    public var province: String? = nil
    public var level: Metadata.Level? = nil

    /// The share of its reference's requirements some item reaches: what the ranking sorts by.
    public var coverage: Double { requirementsTotal == 0 ? 0 : Double(requirementsReached) / Double(requirementsTotal) }
}

/// A row of the matrix: one national section, or one topic.
public struct MatrixRow: Hashable, Sendable {
    /// The section id, or the topic's key.
    public var id: String
    /// The section title, or the topic name.
    public var title: String
    /// The topic the row is listed under (a section row's first topic; a topic row's own name);
    /// nil for a section of a national text that gives none.
    public var topic: String?
    /// A section's further topics: it is listed once, under the first, and these are named beside it.
    public var otherTopics: [String]
    /// One per plan, in `Comparison.plans` order.
    public var cells: [MatrixCell]
}

/// How far one plan carries out one row.
public struct MatrixCell: Hashable, Sendable {
    public enum Mark: String, Hashable, Sendable {
        /// Every requirement reached.
        case covered
        /// Some item carries the row out, but not every requirement is reached.
        case partial
        /// No item carries it out.
        case missing
        /// A topic row the plan's reference has no section for: nothing was asked.
        case absent
    }

    public var mark: Mark
    public var requirementsReached: Int
    public var requirementsTotal: Int
    /// The aligner's best score among the items carrying the row out; nil when none does.
    public var bestScore: Double?
    /// The plan's reference sections behind the cell (one for a section row).
    public var sections: [SectionID]
    /// Item paths carrying them out, in document order.
    public var items: [ItemPath]
}

/// One requirement across the plans that follow its reference.
public struct RequirementComparison: Hashable, Sendable {
    /// Where the consensus wording comes from.
    public enum Source: String, Hashable, Sendable {
        /// The clause, among the plans carrying the requirement out, most like the others'.
        case plans
        /// Fewer than two plans carry it out: the reference's own wording line.
        case reference
    }

    public var reference: String
    public var section: SectionID
    public var sectionTitle: String
    public var requirement: RequirementID
    public var name: String
    public var consensus: String
    public var source: Source
    /// The plan whose clause is the consensus (`source == .plans`).
    public var consensusPlan: String?
    /// One per plan following `reference`, in `Comparison.plans` order.
    public var variants: [Variant]

    /// How many plans carry the requirement out.
    public var carriedBy: Int { variants.filter(\.isCarried).count }
    /// How many plans it binds (`Variant.binds`), and how many of them leave it out.
    public var bindsCount: Int { variants.filter(\.binds).count }
    public var leftOutBy: Int { variants.filter(\.isLeftOut).count }
}

/// One plan's wording of a requirement.
public struct Variant: Hashable, Sendable {
    /// Position of the plan in `Comparison.plans`.
    public var plan: Int
    /// The item whose clause is quoted; nil when no item reaches the requirement.
    public var path: ItemPath?
    public var line: Int?
    /// The clause nearest the consensus, as written.
    public var text: String?
    /// Character-pair (Dice) similarity of `text` to the consensus, 0 to 1.
    public var similarity: Double
    /// Consensus → variant, character by character; empty when the two are too far apart for a
    /// character diff to read (less than half the consensus kept in order).
    public var diff: [DiffSegment]
    /// What `check` found on this requirement in the plan.
    public var divergences: [VariantDivergence]
    /// Whether the requirement binds the plan's level (`SectionStatus.notApplicable`): one that
    /// does not (规章集中统一公开 for a county) is not left out by a plan that does not carry it.
    public var binds = true

    public var isCarried: Bool { text != nil }
    /// A requirement that binds the plan, and no item carries out.
    public var isLeftOut: Bool { binds && !isCarried }
}

/// A divergence as the comparison quotes it: what `check` said, where.
public struct VariantDivergence: Hashable, Sendable {
    public var kind: Finding.Kind
    public var severity: Finding.Severity
    public var note: String
    /// What the note says, as data: a report in another language words it from this.
    public var message: FindingNote
    public var quotesOnePlan: Bool
    public var path: ItemPath
    public var line: Int
    /// The reference's line the check compared the plan with (`Finding.reference`): the consensus
    /// shown is one clause, and a note may name a word of another line of the requirement
    /// (「六稳」「六保」 beside a consensus about 权威信息).
    public var reference: String = ""
    /// What the note names as left out (`Finding.missing`).
    public var missing: [String] = []
    /// The plan's own words the finding is about (`Finding.added`: a time limit it set, a slip, the
    /// members it wrote).
    public var added: [String] = []
    /// The plan's clause the finding was made on (`Finding.text`): the clause shown beside a variant
    /// is the one nearest the consensus, and may not be the one the finding is about.
    public var text: String = ""
}
