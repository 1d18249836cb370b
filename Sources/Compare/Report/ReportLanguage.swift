/// The language a report is written in. Chinese is what the offices acting on a report read;
/// English is the default because the figures, labels and tests of this project were first
/// written in it and every golden file holds it.
public enum ReportLanguage: String, Sendable, CaseIterable {
    case en
    case zh
}
