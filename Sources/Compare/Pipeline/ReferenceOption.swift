import Foundation

/// What `--reference` asked for, decided once: the plan's own year, a bundled year, or a text.
public enum ReferenceOption: Hashable, Sendable {
    /// No option: each plan follows its year's bundled key points (or the nearest earlier year).
    case planYear
    case year(Int)
    /// A national text or an upper-level plan the user has, parsed like a plan.
    case file(String)
    /// A reference already built (a caller holding one, such as a test).
    case given(Reference)

    /// An existing file wins over a year, so a file named "2021" is still a file.
    public init(_ argument: String?) throws(PipelineError) {
        guard let argument else {
            self = .planYear
            return
        }
        if FileManager.default.fileExists(atPath: argument) {
            self = .file(argument)
        } else if argument.count == 4, let year = Int(argument) {
            self = .year(year)
        } else {
            throw PipelineError.notAReference(argument)
        }
    }
}

/// Mistakes in what the user asked the pipeline for (not in the documents): the command line
/// reports them as usage errors.
public enum PipelineError: Error, BilingualError, Equatable {
    case notAReference(String)

    public func message(_ w: ReportLanguage) -> String {
        switch self {
        case let .notAReference(argument):
            return w("--reference takes a year of the taxonomy (such as 2021) or an existing FILE; '\(argument)' is neither",
                     "--reference 需要国家要点库中的年份（如 2021）或一个存在的文件；“\(argument)”两者都不是")
        }
    }
}
