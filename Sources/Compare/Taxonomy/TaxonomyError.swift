import Foundation

/// Why the taxonomy or a reference could not be loaded. Each message names the file and line, says
/// what is wrong and what to write instead.
public enum TaxonomyError: Error, Equatable, LocalizedError, Sendable {
    case folderMissing(path: String)
    case unreadable(path: String, reason: String)
    /// A line that does not fit the format; `problem` says what is wrong and what to write.
    case syntax(path: String, line: Int, problem: String)
    /// A control character (NUL and the like) in a taxonomy file: no line of one holds such.
    case controlCharacter(path: String, line: Int, scalar: UInt32)
    case unknownTopic(path: String, line: Int, topic: String, known: [String])
    case noSuchYear(year: Int, available: [Int])
    /// `--reference YEAR` names a year the taxonomy does not hold.
    case yearNotInTaxonomy(year: Int, available: [Int])
    /// A user's reference text that has no sections to align to.
    case noSections(path: String)
    /// A national text passed in whose title gives no year: its section ids would be meaningless.
    case noYear(path: String)
    /// A reference text with two sections of one part numbered alike.
    case duplicateSection(path: String, line: Int, numbering: String, first: Int)

    public var errorDescription: String? {
        switch self {
        case let .folderMissing(path):
            return "\(path): no taxonomy folder here. Pass --taxonomy with a folder that holds topics.txt and the <year>.txt files, or leave it out to use the taxonomy built into compare-tool."
        case let .unreadable(path, reason):
            return "\(path): cannot be read (\(reason)). Check that the file exists and is UTF-8 text."
        case let .controlCharacter(path, line, scalar):
            return "\(path):\(line): holds the control character U+\(String(format: "%04X", scalar)), which no taxonomy line may hold. Remove it and save the file as plain UTF-8 text."
        case let .syntax(path, line, problem):
            return "\(path):\(line): \(problem). See Corpus/taxonomy/README.md for the format."
        case let .unknownTopic(path, line, topic, known):
            return "\(path):\(line): unknown topic '\(topic)'. Use one of \(known.joined(separator: "、")), or add it to topics.txt."
        case let .noSuchYear(year, available):
            let years = available.isEmpty ? "no year files" : available.map(String.init).joined(separator: ", ")
            return "no national key points for \(year) or any earlier year in the taxonomy (it has \(years)). Pass --reference with one of those years or a national text FILE."
        case let .yearNotInTaxonomy(year, available):
            let years = available.map(String.init).joined(separator: ", ")
            return "no national key points for \(year) in the taxonomy (it has \(years)). Pass --reference with one of those years, or the national text as a FILE."
        case let .noYear(path):
            return "\(path): no year found in the title (e.g. 2021年政务公开工作要点), so its sections cannot be given national ids. Put the title with its year on the first line."
        case let .duplicateSection(path, line, numbering, first):
            return "\(path):\(line): a second section numbered \(numbering) in the same part (the first is at line \(first)). The reference's sections are named by their numbering: renumber one, or join them."
        case let .noSections(path):
            return "\(path): no numbered sections found to use as a reference. Pass a national key points text whose sections are numbered (一、 （一） …)."
        }
    }
}
