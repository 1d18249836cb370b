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
}
