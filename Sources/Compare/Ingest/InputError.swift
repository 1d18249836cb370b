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
    /// Larger than `Ingest.maxBytes`: refused before reading, so no input makes a run take hours.
    case tooLarge(path: String, bytes: Int, limit: Int)
    /// A PDF, or a Word 97–2003 / WPS file: formats of pages or of old binaries, not read here.
    case unreadableFormat(path: String, format: String)
    /// A zip archive that is not a Word document.
    case notWord(path: String, what: String)
    /// A .docx whose archive or XML is broken.
    case damagedWord(path: String, reason: String)
    /// A folder given where plans were expected, holding none; `subfolders`: those of its folders
    /// (by name) that hold plans, where an office keeps a folder a county.
    /// `unread`: the documents in it of kinds this tool does not read (an office's folder of .doc
    /// files), by name.
    case noPlansInFolder(path: String, subfolders: [String] = [], unread: [String] = [])

    public var errorDescription: String? {
        switch self {
        case let .notFound(path):
            return "\(path): no such file. Check the path, or run from the folder that holds it."
        case let .unreadable(path, reason):
            return "\(path): cannot be read (\(reason)). Check that it is a file you may read."
        case let .empty(path):
            return "\(path): the file is empty. Pass the plan itself: its text, its Word file (.docx) or its web page."
        case let .binary(path, offset):
            return "\(path): this is a binary file, not text (byte \(offset) is a control byte). Convert it to plain text (UTF-8, UTF-16 or GB18030) and try again."
        case let .undecodable(path, line):
            return "\(path):\(line): the text is neither UTF-8, UTF-16 nor GB18030 (bad bytes on line \(line)). Save the file again as UTF-8 and try again."
        case let .tooLarge(path, bytes, limit):
            return "\(path): the file is \(megabytes(bytes)) MB, over the \(megabytes(limit)) MB this tool reads (a plan is rarely over 1 MB). Check that this is the right file; to read it anyway, set COMPARE_TOOL_MAX_MB to a larger number of megabytes."
        case let .unreadableFormat(path, format):
            return "\(path): this is \(format), which this tool does not read. Open it and save it as a Word document (.docx) or as plain text (另存为 → .docx or .txt), then try again."
        case let .notWord(path, what):
            return "\(path): a zip archive but not a Word document (\(what)). Copy the plan's text into a .docx or a text file and try again."
        case let .damagedWord(path, reason):
            return "\(path): the Word file is damaged (\(reason)). Open it in Word or WPS and save it again as .docx, or save it as plain text, then try again."
        case let .noPlansInFolder(path, _, unread) where !unread.isEmpty:
            let named = unread.prefix(3).joined(separator: ", ") + (unread.count > 3 ? " and \(unread.count - 3) more" : "")
            return "\(path): this folder holds no plan this tool reads; \(named) \(unread.count == 1 ? "is a document" : "are documents") of a kind it does not read (an old Word or WPS file, a PDF…). Save each as a Word document (.docx) or as plain text (.txt), then try again."
        case let .noPlansInFolder(path, subfolders, _) where !subfolders.isEmpty:
            let named = subfolders.prefix(3).joined(separator: ", ") + (subfolders.count > 3 ? " and \(subfolders.count - 3) more" : "")
            let given = subfolders.map { "\(path)/\($0)" }.joined(separator: " ")
            return "\(path): this folder holds no plan itself (no .txt, .docx or .html file); its folders \(named) do. Pass those folders (\(given)), or the plan files themselves."
        case let .noPlansInFolder(path, _, _):
            return "\(path): this folder holds no plan (no .txt, .docx or .html file). Put the plans in it, or pass the plan files themselves."
        case let .noPlanStructure(path):
            return "\(path): no plan structure found (no numbered parts, sections or items such as 一、 （一） 1.). Check that this is a 政务公开工作要点 plan, not another document."
        }
    }

    private func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f", Double(bytes) / 1_048_576)
    }
}
