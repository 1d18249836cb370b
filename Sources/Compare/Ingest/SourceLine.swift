/// One logical line of a plan after clean-up, with the span of original file lines it came from.
///
/// Why a span: clean-up may rejoin a sentence that the source broke over several lines, yet every
/// node and finding must still name a line a person can open in the original file. Line numbers
/// are 1-based and count the original file's lines (after CRLF/CR are read as one break).
public struct SourceLine: Hashable, Sendable {
    /// The cleaned text: debris removed, punctuation normalised, no leading or trailing space.
    public var text: String {
        didSet { decoded = nil }
    }
    /// First original line (1-based).
    public var line: Int
    /// Last original line (1-based); equal to `line` unless lines were rejoined.
    public var lastLine: Int
    /// Length in scalars of the last original line before clean-up: how a fixed-width wrap is
    /// recognised (clean-up removes spaces, so the cleaned length would hide a full line).
    var rawLength: Int = 0
    /// `text`'s scalars, when the reader that made the line had them decoded (`Reflow.join` does):
    /// the parser then reads them instead of decoding every line again. Nil once `text` changes.
    var decoded: [Unicode.Scalar]? = nil

    /// `text`'s scalars: the ones carried from ingest, or decoded now.
    var scalars: [Unicode.Scalar] { decoded ?? ScalarText.scalars(text) }

    public init(text: String, line: Int, lastLine: Int? = nil) {
        self.text = text
        self.line = line
        self.lastLine = lastLine ?? line
    }

    /// A line is its text and its place: the decoded copy of the text is not part of what it is.
    public static func == (a: SourceLine, b: SourceLine) -> Bool {
        a.text == b.text && a.line == b.line && a.lastLine == b.lastLine && a.rawLength == b.rawLength
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(text)
        hasher.combine(line)
        hasher.combine(lastLine)
        hasher.combine(rawLength)
    }
}
