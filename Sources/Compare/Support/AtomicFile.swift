import Foundation

/// Writes files so that a reader never sees half of one: the bytes go to a temporary file in the
/// same folder, which is then renamed over the target (rename is atomic within a file system).
public enum AtomicFile {
    public enum WriteError: Error, LocalizedError {
        case cannotWrite(path: String, reason: String)
        public var errorDescription: String? {
            switch self {
            case let .cannotWrite(path, reason):
                return "\(path): cannot write (\(reason)). Check that the folder exists and you may write to it."
            }
        }
    }

    public static func write(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let temp = folder.appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())")
            try Data(text.utf8).write(to: temp)
            if rename(temp.path, url.path) != 0 {
                let reason = String(cString: strerror(errno))
                try? FileManager.default.removeItem(at: temp)
                throw WriteError.cannotWrite(path: path, reason: reason)
            }
        } catch let error as WriteError {
            throw error
        } catch {
            throw WriteError.cannotWrite(path: path, reason: error.localizedDescription)
        }
    }
}
