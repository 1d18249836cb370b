/// One place where a plan says less than, or other than, what the reference asks: what an official
/// fixing a draft reads, with the evidence to check it without opening the plan.
///
/// Its fields are held in one shared box (`CopiedOnWrite`), copied only when a copy is changed.
/// Why: a finding is a dozen strings and lists, and the check hands each one on some twenty times
/// (collected, filtered, kept once, sorted, summed up, rendered); copied field by field, those
/// copies were an eightieth of every plan's instructions. A copy is now one reference.
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

    /// What a finding holds, compared and hashed field by field as the finding is.
    private struct Fields: Hashable {
        var kind: Kind
        var severity: Severity
        var section: SectionID?
        var requirement: RequirementID?
        var path: ItemPath
        var line: Int
        var text: String
        var reference: String
        var missing: [String]
        var added: [String]
        var diff: [DiffSegment]
        var message: FindingNote
        var quotesOnePlan = false
        var gap = false
    }

    private var fields: CopiedOnWrite<Fields>

    public var kind: Kind { get { fields.value.kind } set { fields.value.kind = newValue } }
    public var severity: Severity { get { fields.value.severity } set { fields.value.severity = newValue } }
    /// Nil for findings about the plan itself (a unit missing on a local item).
    public var section: SectionID? { get { fields.value.section } set { fields.value.section = newValue } }
    public var requirement: RequirementID? { get { fields.value.requirement } set { fields.value.requirement = newValue } }
    public var path: ItemPath { get { fields.value.path } set { fields.value.path = newValue } }
    public var line: Int { get { fields.value.line } set { fields.value.line = newValue } }
    /// The plan's words, quoted as written (the clause compared, or the item's text).
    public var text: String { get { fields.value.text } set { fields.value.text = newValue } }
    /// The reference wording compared with, or the term or list expected.
    public var reference: String { get { fields.value.reference } set { fields.value.reference = newValue } }
    public var missing: [String] { get { fields.value.missing } set { fields.value.missing = newValue } }
    public var added: [String] { get { fields.value.added } set { fields.value.added = newValue } }
    /// Reference → plan, character by character, coalesced into runs.
    public var diff: [DiffSegment] { get { fields.value.diff } set { fields.value.diff = newValue } }
    /// What changed, as data; `note` says it in English.
    public var message: FindingNote { get { fields.value.message } set { fields.value.message = newValue } }
    /// The reference wording quoted is one plan's, not confirmed as the national text.
    public var quotesOnePlan: Bool { get { fields.value.quotesOnePlan } set { fields.value.quotesOnePlan = newValue } }
    /// One sentence saying what changed, for the report and the JSON.
    public var note: String {
        message.english + (quotesOnePlan ? " (the reference wording quoted is one plan's, not confirmed as the national text)" : "")
    }
    /// The requirement is carried out by no item: what the finding says is the gap's evidence (the
    /// nearest item, the words missing), and the report shows it once, among the gaps.
    public var gap: Bool { get { fields.value.gap } set { fields.value.gap = newValue } }

    public init(
        kind: Kind, severity: Severity, section: SectionID?, requirement: RequirementID?, path: ItemPath, line: Int,
        text: String, reference: String, missing: [String] = [], added: [String] = [], diff: [DiffSegment] = [],
        message: FindingNote
    ) {
        fields = CopiedOnWrite(Fields(
            kind: kind, severity: severity, section: section, requirement: requirement, path: path, line: line,
            text: text, reference: reference, missing: missing, added: added, diff: diff, message: message))
    }
}
