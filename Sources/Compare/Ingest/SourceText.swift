/// A decoded, cleaned plan text: the input of the parser.
///
/// Blank lines are dropped, but each kept line remembers its original line numbers, so nothing
/// downstream needs the raw bytes again.
public struct SourceText: Sendable {
    /// The file name (not the path) the text came from, used in messages and reports.
    public var name: String
    public var encoding: TextEncoding
    public var lines: [SourceLine]
    /// Number of lines in the original file.
    public var originalLineCount: Int

    public init(name: String, encoding: TextEncoding, lines: [SourceLine], originalLineCount: Int) {
        self.name = name
        self.encoding = encoding
        self.lines = lines
        self.originalLineCount = originalLineCount
    }
}
