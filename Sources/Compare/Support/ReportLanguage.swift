import Foundation

/// The language a report is written in. Chinese is what the offices acting on a report read;
/// English is the default because the figures, labels and tests of this project were first
/// written in it and every golden file holds it.
public enum ReportLanguage: String, Sendable, CaseIterable {
    case en
    case zh
}

extension ReportLanguage {
    /// The sentence in this language: `w("Summary", "概况")`. Both are written side by side where the
    /// report lays itself out, so the two languages say the same things in the same order; only the
    /// one asked for is built.
    func callAsFunction(_ en: @autoclosure () -> String, _ zh: @autoclosure () -> String) -> String {
        self == .zh ? zh() : en()
    }

    /// What a plan read from standard input is named in reports: "stdin", which a Chinese report
    /// says as 标准输入 (an office reading 「检查：stdin」 did not know what it named). A file named
    /// exactly "stdin" is shown the same way.
    public static let standardInputName = "stdin"

    /// A plan's name as this language shows it (`standardInputName` in Chinese).
    func planName(_ name: String) -> String {
        self == .zh && name == Self.standardInputName ? "标准输入" : name
    }
}

/// An error told in the language the user asked the reports in: an office that reads its checks in
/// Chinese reads why a plan could not be read, or a folder written, in Chinese too (on standard
/// error, and in a batch summary's rows). English stays the `errorDescription`, as tests and
/// scripts read it.
public protocol BilingualError: LocalizedError {
    func message(_ language: ReportLanguage) -> String
}

extension BilingualError {
    public var errorDescription: String? { message(.en) }
}

extension ReportLanguage {
    /// `error`'s message in this language where it has one (`BilingualError`), else its English.
    public func message(_ error: Error) -> String {
        if let e = error as? BilingualError { return e.message(self) }
        return (error as? LocalizedError)?.errorDescription ?? "\(error)"
    }
}
