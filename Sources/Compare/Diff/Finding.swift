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

    public var kind: Kind { get { fields.value.kind } _modify { yield &fields.value.kind } }
    public var severity: Severity { get { fields.value.severity } _modify { yield &fields.value.severity } }
    /// Nil for findings about the plan itself (a unit missing on a local item).
    public var section: SectionID? { get { fields.value.section } _modify { yield &fields.value.section } }
    public var requirement: RequirementID? { get { fields.value.requirement } _modify { yield &fields.value.requirement } }
    public var path: ItemPath { get { fields.value.path } _modify { yield &fields.value.path } }
    public var line: Int { get { fields.value.line } _modify { yield &fields.value.line } }
    /// The plan's words, quoted as written (the clause compared, or the item's text).
    public var text: String { get { fields.value.text } _modify { yield &fields.value.text } }
    /// The reference wording compared with, or the term or list expected.
    public var reference: String { get { fields.value.reference } _modify { yield &fields.value.reference } }
    public var missing: [String] { get { fields.value.missing } _modify { yield &fields.value.missing } }
    public var added: [String] { get { fields.value.added } _modify { yield &fields.value.added } }
    /// Reference → plan, character by character, coalesced into runs.
    public var diff: [DiffSegment] { get { fields.value.diff } _modify { yield &fields.value.diff } }
    /// What changed, as data; `note` says it in English.
    public var message: FindingNote { get { fields.value.message } _modify { yield &fields.value.message } }
    /// The reference wording quoted is one plan's, not confirmed as the national text.
    public var quotesOnePlan: Bool { get { fields.value.quotesOnePlan } _modify { yield &fields.value.quotesOnePlan } }
    /// One sentence saying what changed, for the report and the JSON.
    public var note: String {
        message.english + (quotesOnePlan ? " (the reference wording quoted is one plan's, not confirmed as the national text)" : "")
    }
    /// The requirement is carried out by no item: what the finding says is the gap's evidence (the
    /// nearest item, the words missing), and the report shows it once, among the gaps.
    public var gap: Bool { get { fields.value.gap } _modify { yield &fields.value.gap } }

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
