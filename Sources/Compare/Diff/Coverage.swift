/// How far a plan carries out each national section, requirement by requirement.
public struct SectionStatus: Hashable, Sendable {
    public enum Status: String, Hashable, Sendable {
        /// Every requirement of the section is carried out by some item.
        case covered
        /// Some of its requirements are carried out, not all.
        case partial
        /// None of its requirements is carried out (no item, or items that carry out none).
        case missing
        /// None of its requirements binds the plan's level.
        case notApplicable = "not-applicable"

        /// The one rule every report counts by: from the requirements that bind the plan.
        public init(reached: Int, total: Int) {
            self = total == 0 ? .notApplicable : reached == total ? .covered : reached == 0 ? .missing : .partial
        }
    }

    public var section: SectionID
    public var title: String
    public var status: Status
    /// Item paths carrying out the section, in document order.
    public var items: [ItemPath]
    /// Only the requirements that bind the plan's level.
    public var requirements: [RequirementStatus]
    /// Requirements of the section that do not bind the plan's level (`levels` in the taxonomy).
    public var notApplicable: [RequirementID] = []
}

public struct RequirementStatus: Hashable, Sendable {
    public var requirement: RequirementID
    public var name: String
    /// Item paths reaching the requirement (by its key terms, or by its wording).
    public var items: [ItemPath]
    public var isCovered: Bool { !items.isEmpty }
}

/// The evidence an item gives: where it is and what it says.
public struct ItemEvidence: Hashable, Sendable {
    public var path: ItemPath
    public var line: Int
    public var text: String
}

/// Everything `check` reports on one plan.
public struct CheckResult: Hashable, Sendable {
    public var plan: String
    /// The reference's name ("2021", or a national text's file name).
    public var reference: String
    public var coverage: [SectionStatus]
    /// In the order to fix them: by priority, then in the plan's order.
    public var findings: [Finding]
    public var localAdditions: [ItemEvidence]
    /// Every item, for looking up evidence by path.
    public var items: [ItemEvidence]
    /// How the reference fits the plan's year; the report opens with it when it is not the plan's.
    public var fit: ReferenceChoice.Fit = .exact
    /// The reference's wording was drawn from this plan (`Reference.isDrawnFrom`): it agrees by
    /// construction where it copies that wording.
    public var referenceDrawnFromIt = false
    /// Topic coverage (`TopicCoverage`); nil where the plan's topics were not read (no topic
    /// layer, or a report that does not show them: `Pipeline.TopicNeed`), so that a use of a
    /// result made for such a report finds nothing rather than a plan that speaks of no topic.
    public var topics: [TopicStatus]? = nil

    public var gaps: [SectionStatus] { coverage.filter(Self.isGap) }
    /// `gaps.count`, counted without copying the sections out (a summary row of every plan asks).
    public var gapCount: Int { coverage.count(where: Self.isGap) }
    static func isGap(_ s: SectionStatus) -> Bool { s.status == .partial || s.status == .missing }
    /// Requirements no item carries out: what every summary and index counts.
    public var requirementsNotCarriedOut: Int { coverage.reduce(0) { $0 + $1.requirements.count { !$0.isCovered } } }
    public var warnings: [Finding] { findings.filter(Self.isWarning) }
    /// Warnings that are not a gap's evidence: what the report lists as divergences to fix or explain.
    /// (One pass over the findings: a finding copied is a dozen strings and lists retained.)
    public var divergencesToFix: [Finding] { findings.filter(Self.isToFix) }
    /// Worth knowing, nothing that must be fixed: the plan doing more than asked, a clause left out
    /// that narrows a requirement, what one plan's wording finds.
    public var notes: [Finding] { findings.filter(Self.isNote) }
    /// How many `divergencesToFix` and `notes` there are, counted without making the lists (the
    /// batch's summary row of every plan).
    public var divergencesToFixCount: Int { findings.count(where: Self.isToFix) }
    public var notesCount: Int { findings.count(where: Self.isNote) }
    static func isWarning(_ f: Finding) -> Bool { f.severity == .warning }
    static func isToFix(_ f: Finding) -> Bool { isWarning(f) && !f.gap }
    /// A gap's evidence is shown and counted with its gap, whatever its severity (a clause left out
    /// that narrows, or a list from one plan's wording, is `info`).
    static func isNote(_ f: Finding) -> Bool { f.severity == .info && !f.gap }
    /// What `check` exits with: 0 nothing to fix, 1 gaps or warnings.
    /// (Asked without making the lists: the batch asks it of every plan.)
    public var isClean: Bool {
        !coverage.contains(where: Self.isGap) && !findings.contains(where: Self.isWarning)
    }

    /// No item carries out any section, partly or whole: what a plan of the key points never is,
    /// and a cover letter (报送函), a report or a notice read as a plan always is.
    public var coversNothing: Bool {
        coverage.contains { $0.status == .missing } && coverage.allSatisfy { $0.status == .missing || $0.status == .notApplicable }
    }

    public func item(_ path: ItemPath) -> ItemEvidence? { items.first { $0.path == path } }
}
