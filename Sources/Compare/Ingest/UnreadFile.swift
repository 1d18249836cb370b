import Foundation

/// What a folder of plans holds besides plans and is not read: a document in a format this tool
/// does not read, a folder of plans of its own, a file that cannot be a plan (empty, a link to
/// nothing). Named where the folder is read, with what to do, never left out in silence.
public struct UnreadFile: Sendable, Equatable {
    public enum Format: String, Sendable, CaseIterable {
        case oldWord, pdf, ofd, rtf, openDocument, spreadsheet, singleFilePage, archive
        /// A folder holding plan files itself (an office files a county a folder).
        case folder
        /// A plan file of no bytes.
        case empty
        /// A link to a file that is not there.
        case brokenLink
        /// A file whose name is not UTF-8 (a GBK name from a Windows archive unpacked elsewhere):
        /// the system lists it by a name that opens nothing.
        case unreadableName

        /// By the file's extension, lower-cased; nil for anything a plan does not come as.
        init?(extension ext: String) {
            switch ext {
            case "doc", "dot", "wps", "wpt": self = .oldWord
            case "pdf": self = .pdf
            case "ofd": self = .ofd
            case "rtf": self = .rtf
            case "odt": self = .openDocument
            // A table saved as comma-separated values (.csv) too: read as text it was no plan
            // structure, and in a folder it was passed over unnamed.
            case "xls", "xlsx", "et", "ett", "csv": self = .spreadsheet
            case "mhtml", "mht": self = .singleFilePage
            case "zip", "rar", "7z": self = .archive
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
            case .singleFilePage: return "a web page saved as one file (.mhtml)"
            case .archive: return "an archive"
            case .folder: return "a folder"
            case .empty: return "an empty file"
            case .brokenLink: return "a link to a file that is not there"
            case .unreadableName: return "a file whose name is not in UTF-8"
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
            case .singleFilePage: return "单个文件网页（.mhtml）"
            case .archive: return "压缩文件"
            case .folder: return "文件夹"
            case .empty: return "空文件"
            case .brokenLink: return "指向不存在文件的链接"
            case .unreadableName: return "文件名不是 UTF-8 编码的文件"
            }
        }
    }

    public let path: String
    public let format: Format
    /// For a folder: the plan files in it.
    public var plans = 0

    public init(path: String, format: Format, plans: Int = 0) {
        (self.path, self.format, self.plans) = (path, format, plans)
    }

    /// As the lists name it: the folder is the one given or the corpus's, said above the list.
    public var name: String { (path as NSString).lastPathComponent }

    /// What to do, for the terminal and the English reports.
    public var advice: String {
        switch format {
        case .folder:
            return "a folder holding \(plans) plan \(plans == 1 ? "file" : "files"), which are not read with this folder's; pass that folder too, or move them here, to check them"
        case .empty: return "an empty file; put the plan's text in it, or take it out of the folder"
        case .brokenLink: return "a link to a file that is not there; link the plan itself, or take the link out"
        case .unreadableName: return "a file whose name is not in UTF-8 (often a name from a Windows archive unpacked elsewhere); rename it to include it"
        case .archive: return "an archive, which this tool does not open; unpack it into the folder to include its plans"
        case .singleFilePage: return "\(format.english), which this tool does not read; save the page as a web page, HTML only (.html), to include it"
        default: return "\(format.english), which this tool does not read; save it as a Word document (.docx) or as plain text (.txt) to include it"
        }
    }

    /// The same, for the Chinese reports.
    public var chineseAdvice: String {
        switch format {
        case .folder: return "文件夹，内有\(plans)个计划文件，不随本文件夹读取；如需检查，请一并指定该文件夹，或将文件移到本文件夹"
        case .empty: return "空文件；请填入计划文本，或将其移出该文件夹"
        case .brokenLink: return "指向不存在文件的链接；请改为链接计划文件本身，或将其删除"
        case .unreadableName: return "文件名不是 UTF-8 编码（常见于在其他系统上解压的 Windows 压缩包），请重命名后重新运行即可纳入"
        case .archive: return "压缩文件，本工具不能打开；解压到该文件夹后重新运行即可纳入"
        case .singleFilePage: return "\(format.chinese)，本工具不能读取，另存为“网页，仅HTML”（.html）后重新运行即可纳入"
        default: return "\(format.chinese)，本工具不能读取，另存为 Word 文档（.docx）或纯文本（.txt）后重新运行即可纳入"
        }
    }
}
