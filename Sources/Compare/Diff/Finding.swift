/// One place where a plan says less than, or other than, what the reference asks: what an official
/// fixing a draft reads, with the evidence to check it without opening the plan.
public struct Finding: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case listOmission = "list-omission"
        case deadlineChange = "deadline-change"
        case weakened
        case strengthened
        case typo
        case unitMissing = "unit-missing"
        case scopeChange = "scope-change"
        /// The plan takes on a requirement that binds other administrative levels only (a county
        /// publishing its 规章, which only provinces and prefecture-level cities make).
        case beyondLevel = "beyond-level"
    }

    /// `warning` asks for a fix or a reason (it fails `check`); `info` is worth knowing (a plan doing
    /// more than asked).
    public enum Severity: String, Hashable, Sendable {
        case warning
        case info
    }

    public var kind: Kind
    public var severity: Severity
    /// Nil for findings about the plan itself (a unit missing on a local item).
    public var section: SectionID?
    public var requirement: RequirementID?
    public var path: ItemPath
    public var line: Int
    /// The plan's words, quoted as written (the clause compared, or the item's text).
    public var text: String
    /// The reference wording compared with, or the term or list expected.
    public var reference: String
    public var missing: [String]
    public var added: [String]
    /// Reference → plan, character by character, coalesced into runs.
    public var diff: [DiffSegment]
    /// What changed, as data; `note` says it in English.
    public var message: FindingNote
    /// The reference wording quoted is one plan's, not confirmed as the national text.
    public var quotesOnePlan = false
    /// One sentence saying what changed, for the report and the JSON.
    public var note: String {
        message.english + (quotesOnePlan ? " (the reference wording quoted is one plan's, not confirmed as the national text)" : "")
    }
    /// The requirement is carried out by no item: what the finding says is the gap's evidence (the
    /// nearest item, the words missing), and the report shows it once, among the gaps.
    public var gap: Bool = false

    public init(
        kind: Kind, severity: Severity, section: SectionID?, requirement: RequirementID?, path: ItemPath, line: Int,
        text: String, reference: String, missing: [String] = [], added: [String] = [], diff: [DiffSegment] = [],
        message: FindingNote
    ) {
        self.kind = kind
        self.severity = severity
        self.section = section
        self.requirement = requirement
        self.path = path
        self.line = line
        self.text = text
        self.reference = reference
        self.missing = missing
        self.added = added
        self.diff = diff
        self.message = message
    }
}
