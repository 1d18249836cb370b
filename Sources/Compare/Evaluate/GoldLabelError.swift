import Foundation

/// Why the gold labels could not be read. Each message names the file or folder, says what is wrong
/// and what to do, on one line.
public enum GoldLabelError: Error, Equatable, LocalizedError, Sendable {
    case directoryUnreadable(path: String, reason: String)
    case noLabels(directory: String)
    case unreadable(file: String, reason: String)
    /// The file is not JSON, or not in the shape FORMAT.md describes; `problem` says where.
    case malformed(file: String, problem: String)
    /// Two files label the same plan: its items would be counted twice in the micro averages.
    case duplicatePlan(plan: String, files: [String])
    /// A label names key points the taxonomy does not hold: every item would be scored against a
    /// reference the analyzer cannot have chosen.
    case unknownReference(directory: String, plan: String, reference: Int, years: [Int])

    public var errorDescription: String? {
        switch self {
        case let .directoryUnreadable(path, reason):
            return "\(path): cannot list the gold labels folder (\(reason)). Pass the folder that holds the *.json label files (Corpus/gold)."
        case let .noLabels(directory):
            return "\(directory): no *.json gold label files here. Pass the folder that holds them (Corpus/gold)."
        case let .unreadable(file, reason):
            return "\(file): cannot be read (\(reason)). Check that it is a file you may read."
        case let .malformed(file, problem):
            return "\(file): not a valid gold label file: \(problem). Fix it to match Corpus/gold/FORMAT.md."
        case let .duplicatePlan(plan, files):
            return "\(files.joined(separator: " and ")) both label \(plan). Keep one file per plan."
        case let .unknownReference(directory, plan, reference, years):
            let held = years.map(String.init).joined(separator: ", ")
            return "\(directory): the label of \(plan) names reference \(reference), key points the taxonomy does not hold (it holds \(held)). Set \"reference\" to the year of the national key points the plan implements."
        }
    }
}
