/// What the header readers return: named values in place of positional tuples, so a reader's
/// caller cannot swap a year for an end index.
extension MetadataExtractor {
    /// What the opening says about the plan, and the line of its own title (nil when the title is
    /// known only from the notice, the opening being cut off before the plan).
    public struct Reading: Sendable {
        public var metadata: Metadata
        public var titleLine: Int?
    }

    /// A document number as the header prints it ("乌政办〔2018〕158号"), with its year.
    struct NumberText {
        var text: String
        var year: Int
    }

    /// "X关于印发Y的通知" and what follows it on its line.
    struct Notice {
        var issuer: String?
        var subject: String?
        var draft: Bool
        var end: Int
        var trailer: Trailer
    }

    /// Y of a notice, without its draft marker.
    struct Subject {
        var text: String?
        var draft: Bool
    }

    /// A title with a trailing draft marker removed.
    struct Undrafted {
        var text: Scalars
        var draft: Bool
    }

    /// A signature date with the organ signing, when the line names it.
    struct Signature {
        var date: CalendarDate
        var org: String?
        var end: Int
    }

    /// A plan title read at an index.
    struct TitleRead {
        var text: String
        var draft: Bool
        var end: Int
        /// Read after 「附件：」: an annex's name, which the plan's own title line gives way to.
        var annex = false
    }

    /// A plan title found on a line of the opening.
    struct TitleAt {
        var text: String
        var line: Int
        var draft: Bool
        var annex = false
    }

    /// The date of issue (and who signed) when the header gives none.
    struct DateOfIssue {
        var date: CalendarDate?
        var org: String? = nil
    }

    /// Number, issuer and date from a web page's labelled fields.
    struct Fields {
        var number: NumberText?
        var issuer: String? = nil
        var date: CalendarDate? = nil
    }

    /// Header elements read from one line, or from a line joined with the short lines after it.
    struct LineRead {
        var tokens: Tokens
        var lineCount: Int
    }
}
