import Foundation

/// A document in a folder of plans that this tool does not read, and what to save it as.
public struct UnreadFile: Sendable, Equatable {
    public enum Format: String, Sendable, CaseIterable {
        case oldWord, pdf, ofd, rtf, openDocument, spreadsheet

        /// By the file's extension, lower-cased; nil for anything a plan does not come as.
        init?(extension ext: String) {
            switch ext {
            case "doc", "dot", "wps", "wpt": self = .oldWord
            case "pdf": self = .pdf
            case "ofd": self = .ofd
            case "rtf": self = .rtf
            case "odt": self = .openDocument
            case "xls", "xlsx", "et", "ett": self = .spreadsheet
            default: return nil
            }
        }

        /// What the file is, as a sentence names it (the reader's own words for a PDF or an old Word
        /// file, as `InputError.unreadableFormat` says them).
        public var english: String {
            switch self {
            case .oldWord: return "a Word 97–2003 (.doc) or WPS (.wps) file"
            case .pdf: return "a PDF"
            case .ofd: return "an OFD document"
            case .rtf: return "a Rich Text (.rtf) file"
            case .openDocument: return "an OpenDocument text (.odt)"
            case .spreadsheet: return "a spreadsheet"
            }
        }

        public var chinese: String {
            switch self {
            case .oldWord: return "Word 97–2003（.doc）或 WPS（.wps）文件"
            case .pdf: return "PDF 文件"
            case .ofd: return "OFD 版式文件"
            case .rtf: return "RTF 文件"
            case .openDocument: return "OpenDocument 文本（.odt）"
            case .spreadsheet: return "电子表格"
            }
        }
    }

    public let path: String
    public let format: Format

    public var name: String { (path as NSString).lastPathComponent }

    /// What to do, for the terminal and the English index.
    public var advice: String {
        "\(format.english), which this tool does not read; save it as a Word document (.docx) or as plain text (.txt) to include it"
    }

    /// The same, for the Chinese index.
    public var chineseAdvice: String {
        "\(format.chinese)，本工具不能读取，另存为 Word 文档（.docx）或纯文本（.txt）后重新运行即可纳入"
    }
}
