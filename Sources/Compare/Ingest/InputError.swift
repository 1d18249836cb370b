import Foundation

/// Why a file could not be read as a plan. Each message names the file, says what is wrong and
/// what to do, on one line, for a person who has only the terminal in front of them.
public enum InputError: Error, Equatable, BilingualError, Sendable {
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
    /// A folder this tool wrote its reports into (`--out`), given as plans.
    case reportsFolder(path: String)

    /// Standard input named as a reader of the message's language says it.
    public func message(_ w: ReportLanguage) -> String {
        let text = words(w)
        let stdin = "(standard input)"
        return w == .zh && text.hasPrefix(stdin) ? "（标准输入）" + text.dropFirst(stdin.count) : text
    }

    private func words(_ w: ReportLanguage) -> String {
        switch self {
        case let .notFound(path):
            return w("\(path): no such file. Check the path, or run from the folder that holds it.",
                     "\(path)：找不到该文件。请检查路径，或在存放该文件的文件夹中运行。")
        case let .unreadable(path, reason):
            return w("\(path): cannot be read (\(reason)). Check that it is a file you may read.",
                     "\(path)：无法读取（\(Self.chinese(reason))）。请确认这是您有权读取的文件。")
        case let .empty(path):
            return w("\(path): the file is empty. Pass the plan itself: its text, its Word file (.docx) or its web page.",
                     "\(path)：文件是空的。请指定计划本身：其文本、Word 文件（.docx）或网页。")
        case let .binary(path, offset):
            return w("\(path): this is a binary file, not text (byte \(offset) is a control byte). Convert it to plain text (UTF-8, UTF-16 or GB18030) and try again.",
                     "\(path)：这是二进制文件，不是文本（第 \(offset) 个字节是控制字符）。请转换为纯文本（UTF-8、UTF-16 或 GB18030）后重试。")
        case let .undecodable(path, line):
            return w("\(path):\(line): the text is neither UTF-8, UTF-16 nor GB18030 (bad bytes on line \(line)). Save the file again as UTF-8 and try again.",
                     "\(path):\(line)：文本既不是 UTF-8、UTF-16，也不是 GB18030（第 \(line) 行有无法识别的字节）。请将文件另存为 UTF-8 编码后重试。")
        case let .tooLarge(path, bytes, limit):
            return w("\(path): the file is \(megabytes(bytes)) MB, over the \(megabytes(limit)) MB this tool reads (a plan is rarely over 1 MB). Check that this is the right file; to read it anyway, set COMPARE_TOOL_MAX_MB to a larger number of megabytes.",
                     "\(path)：文件大小为 \(megabytes(bytes)) MB，超过本工具读取的上限 \(megabytes(limit)) MB（一份计划很少超过 1 MB）。请确认文件无误；如仍要读取，请将环境变量 COMPARE_TOOL_MAX_MB 设为更大的兆字节数。")
        case let .unreadableFormat(path, format):
            let chinese = UnreadFile.Format.allCases.first { $0.english == format }?.chinese ?? format
            return w("\(path): this is \(format), which this tool does not read. Open it and save it as a Word document (.docx) or as plain text (另存为 → .docx or .txt), then try again.",
                     "\(path)：\(chinese)，本工具不能读取。请打开后另存为 Word 文档（.docx）或纯文本（.txt），再重试。")
        case let .notWord(path, what):
            return w("\(path): a zip archive but not a Word document (\(what)). Copy the plan's text into a .docx or a text file and try again.",
                     "\(path)：这是 zip 压缩包，不是 Word 文档（\(Self.chinese(what))）。请将计划文本复制到 .docx 或文本文件中后重试。")
        case let .damagedWord(path, reason):
            return w("\(path): the Word file is damaged (\(reason)). Open it in Word or WPS and save it again as .docx, or save it as plain text, then try again.",
                     "\(path)：Word 文件已损坏（\(reason)）。请用 Word 或 WPS 打开后重新另存为 .docx，或另存为纯文本，再重试。")
        case let .noPlansInFolder(path, _, unread) where !unread.isEmpty:
            let named = unread.prefix(3).joined(separator: w(", ", "、")) + (unread.count > 3 ? w(" and \(unread.count - 3) more", "等 \(unread.count) 个文件") : "")
            return w("\(path): this folder holds no plan this tool reads; \(named) \(unread.count == 1 ? "is a document" : "are documents") of a kind it does not read (an old Word or WPS file, a PDF…). Save each as a Word document (.docx) or as plain text (.txt), then try again.",
                     "\(path)：该文件夹中没有本工具能读取的计划；\(named)是本工具不能读取的文件类型（旧版 Word 或 WPS 文件、PDF 等）。请将其逐一另存为 Word 文档（.docx）或纯文本（.txt）后重试。")
        case let .noPlansInFolder(path, subfolders, _) where !subfolders.isEmpty:
            let named = subfolders.prefix(3).joined(separator: w(", ", "、")) + (subfolders.count > 3 ? w(" and \(subfolders.count - 3) more", "等 \(subfolders.count) 个文件夹") : "")
            let given = subfolders.map { "\(path)/\($0)" }.joined(separator: " ")
            return w("\(path): this folder holds no plan itself (no .txt, .docx or .html file); its folders \(named) do. Pass those folders (\(given)), or the plan files themselves.",
                     "\(path)：该文件夹本身没有计划（没有 .txt、.docx 或 .html 文件），其下的文件夹\(named)中有。请指定这些文件夹（\(given)），或直接指定计划文件。")
        case let .noPlansInFolder(path, _, _):
            return w("\(path): this folder holds no plan (no .txt, .docx or .html file). Put the plans in it, or pass the plan files themselves.",
                     "\(path)：该文件夹中没有计划（没有 .txt、.docx 或 .html 文件）。请将计划放入其中，或直接指定计划文件。")
        case let .reportsFolder(path):
            return w("\(path): this folder holds compare-tool's own reports (written with --out), not plans. Pass the folder of the plans themselves.",
                     "\(path)：该文件夹存放的是 compare-tool 写出的检查报告（--out 的输出），不是计划。请指定存放计划本身的文件夹。")
        case let .noPlanStructure(path):
            return w("\(path): no plan structure found (no numbered parts, sections or items such as 一、 （一） 1.). Check that this is a 政务公开工作要点 plan, not another document.",
                     "\(path)：没有找到计划的结构（没有“一、”“（一）”“1.”这样编号的部分、节或条目）。请确认这是政务公开工作要点，而不是其他文件。")
        }
    }

    /// The few reasons and kinds this module writes in English itself, in Chinese; a system's own
    /// words (a reason from Foundation) as they are.
    static func chinese(_ english: String) -> String {
        switch english {
        case "it is a folder": return "这是文件夹"
        case "permission denied or I/O error": return "没有权限或读写出错"
        case "an Excel workbook": return "这是 Excel 工作簿"
        case "a PowerPoint presentation": return "这是 PowerPoint 演示文稿"
        case "an OpenDocument file": return "这是 OpenDocument 文件"
        case "no word/document.xml in it": return "其中没有 word/document.xml"
        default: return english
        }
    }

    private func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f", Double(bytes) / 1_048_576)
    }
}
