/// Something odd the parser read past: a file that parses, but not cleanly.
///
/// Parsing never fails on a layout; it records what it could not make sense of, so a user sees
/// why a plan might be misread (truncated text, numbering that skips) without losing the rest.
public struct ParseWarning: Hashable, Sendable {
    public enum Kind: String, Sendable {
        case numberingSkip = "numbering-skip"
        case numberingRestart = "numbering-restart"
        case truncated
        case noTitle = "no-title"
        case unplacedText = "unplaced-text"
        case tableCell = "table-cell"
        /// The plan names an attachment (附件：…任务台账) the file does not hold: what it assigns is
        /// not read.
        case attachmentMissing = "attachment-missing"
    }

    public var kind: Kind
    /// Original line (1-based).
    public var line: Int
    public var message: String
    /// What the warning is about, for a report that says it in another language: the title of a
    /// missing attachment.
    public var subject: String?
    /// The numbers a numbering warning names, in the plan's canonical spelling (from, to), for the
    /// same reason.
    public var numbers: [String]

    public init(kind: Kind, line: Int, message: String, subject: String? = nil, numbers: [String] = []) {
        self.kind = kind
        self.line = line
        self.message = message
        self.subject = subject
        self.numbers = numbers
    }
}
