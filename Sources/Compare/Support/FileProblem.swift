/// A file given as a plan that could not be read or checked: its path and why, in both languages
/// (`BilingualError`), kept so that a batch or a comparison names it and goes on with the others.
public struct FileProblem: Hashable, Sendable {
    public var path: String
    public var english: String
    public var chinese: String

    /// A message that does not open with the path (no key points of the plan's year) is given
    /// it: among a hundred plans, one must know which.
    public init(path: String, error: Error) {
        let (en, zh) = (ReportLanguage.en.message(error), ReportLanguage.zh.message(error))
        self.path = path
        // Standard input's messages name it in words, not as "-".
        let (nameEn, nameZh) = path == "-" ? ("(standard input)", "（标准输入）") : (path, path)
        english = en.hasPrefix(nameEn) ? en : nameEn + ": " + en
        chinese = zh.hasPrefix(nameZh) ? zh : nameZh + "：" + zh
    }

    /// As the lists name it: the path as given (two folders' 报送函.txt told apart), standard
    /// input in words.
    public func name(_ w: ReportLanguage) -> String { path == "-" ? w("(standard input)", "（标准输入）") : path }

    /// Why, without the name the message opens with (the list names the file).
    public func reason(_ w: ReportLanguage) -> String {
        let message = w(english, chinese)
        for opening in [name(w) + ": ", name(w) + "："] where message.hasPrefix(opening) { return String(message.dropFirst(opening.count)) }
        return message
    }
}
