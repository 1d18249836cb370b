import Foundation

/// Texts kept on disk between being made and being printed, in an order known only at the end.
///
/// Why: a batch check prints its summary (plans most in need first) before the plans' reports, and
/// the order is known only once every plan is checked. Holding 30,000 reports in memory until then
/// would make memory grow with the corpus; a temporary file does not. The file is removed when the
/// spool goes.
public final class ReportSpool {
    public enum SpoolError: Error, BilingualError, Equatable {
        case cannotSpool(path: String, reason: String)
        public func message(_ w: ReportLanguage) -> String {
            switch self {
            case let .cannotSpool(path, reason):
                return w("\(path): cannot keep the reports there while the plans are checked (\(reason)). Set TMPDIR to a folder with free space that you may write to, or write the reports to a folder with --out DIR.",
                         "\(path)：检查期间无法在此暂存报告（\(reason)）。请将 TMPDIR 设为有空间且可写入的文件夹，或用 --out DIR 将报告写入文件夹。")
            }
        }
    }

    private let path: String
    private let handle: FileHandle
    private var spans: [(offset: UInt64, length: Int)] = []
    private var end: UInt64 = 0

    /// A new, empty spool in the system's temporary folder (TMPDIR). The file is made readable by
    /// this user alone (drafts can be confidential) and unlinked at once: only the open descriptor
    /// keeps it, so a run ended by Ctrl-C or a closed pipe leaves nothing behind.
    public init() throws(SpoolError) {
        let folder = FileManager.default.temporaryDirectory
        var template = Array(folder.appendingPathComponent("compare-tool-spool-XXXXXX").path.utf8CString)
        let fd = mkstemp(&template)
        guard fd >= 0 else { throw .cannotSpool(path: folder.path, reason: String(cString: strerror(errno))) }
        path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        unlink(path)
        handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
    }

    deinit { try? handle.close() }

    public var count: Int { spans.count }

    /// Keeps `text`; it is text number `count - 1` from now on.
    public func append(_ text: String) throws(SpoolError) {
        try append(bytes: Array(text.utf8))
    }

    /// `append` of a text built as bytes.
    public func append(bytes: [UInt8]) throws(SpoolError) {
        let data = Data(bytes)
        do { try handle.write(contentsOf: data) } catch {
            throw .cannotSpool(path: path, reason: error.localizedDescription)
        }
        spans.append((end, data.count))
        end += UInt64(data.count)
    }

    /// Text number `i`, as it was appended.
    public func text(_ i: Int) throws(SpoolError) -> String {
        let (offset, length) = spans[i]
        do {
            try handle.seek(toOffset: offset)
            let data = try handle.read(upToCount: length) ?? Data()
            guard data.count == length else { throw SpoolError.cannotSpool(path: path, reason: "the file was cut short") }
            try handle.seek(toOffset: end)
            return String(decoding: data, as: UTF8.self)
        } catch let error as SpoolError {
            throw error
        } catch {
            throw .cannotSpool(path: path, reason: error.localizedDescription)
        }
    }
}
