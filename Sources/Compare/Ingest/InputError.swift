import Foundation

/// Why a file could not be read as a plan. Each message names the file, says what is wrong and
/// what to do, on one line, for a person who has only the terminal in front of them.
public enum InputError: Error, Equatable, LocalizedError, Sendable {
    case notFound(path: String)
    case unreadable(path: String, reason: String)
    case empty(path: String)
    case binary(path: String, offset: Int)
    case undecodable(path: String, line: Int)
    case noPlanStructure(path: String)

    public var errorDescription: String? {
        switch self {
        case let .notFound(path):
            return "\(path): no such file. Check the path, or run from the folder that holds it."
        case let .unreadable(path, reason):
            return "\(path): cannot be read (\(reason)). Check that it is a file you may read."
        case let .empty(path):
            return "\(path): the file is empty. Pass the plan's text; if it came from a web page or a Word file, save it again as text."
        case let .binary(path, offset):
            return "\(path): this is a binary file, not text (byte \(offset) is a control byte). Convert it to plain text (UTF-8, UTF-16 or GB18030) and try again."
        case let .undecodable(path, line):
            return "\(path):\(line): the text is neither UTF-8, UTF-16 nor GB18030 (bad bytes on line \(line)). Save the file again as UTF-8 and try again."
        case let .noPlanStructure(path):
            return "\(path): no plan structure found (no numbered parts, sections or items such as 一、 （一） 1.). Check that this is a 政务公开工作要点 plan, not another document."
        }
    }
}
