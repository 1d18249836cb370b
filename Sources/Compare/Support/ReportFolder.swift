import Foundation

/// Replaces a folder of generated reports all at once: every file is written into a staging folder
/// beside it, which then takes the folder's place. A write that fails part-way leaves the previous
/// folder as it was, never an index linking to pages that were not written.
///
/// Files the job did not write (a note someone keeps beside the reports) are carried over; files it
/// wrote before and no longer writes (the pages of a plan taken out of the corpus) are not. What the
/// job wrote is listed in `manifest` inside the folder.
public enum ReportFolder {
    public static let manifest = ".compare-tool-files"

    public enum WriteError: Error, BilingualError {
        case cannotWrite(path: String, reason: String)
        case notAFolder(path: String)
        public func message(_ w: ReportLanguage) -> String {
            switch self {
            case let .notAFolder(path):
                return w("\(path): it is a file, not a folder. Give a folder path for the reports (it is made if missing), or move the file away; nothing was written.",
                         "\(path)：这是文件，不是文件夹。请为报告指定一个文件夹路径（不存在时会新建），或将该文件移走；未写入任何内容。")
            case let .cannotWrite(path, reason):
                return w("\(path): cannot write (\(reason)). Check that the folder exists, that you may write to it and that the disk is not full; the previous reports were left as they were.",
                         "\(path)：无法写入（\(reason)）。请确认文件夹存在、您有写入权限且磁盘未满；原有报告保持不变。")
            }
        }
    }

    public static func replace(_ out: String, with files: [(name: String, text: String)]) throws {
        let staged = try Staged(out)
        for (name, text) in files { try staged.write(name, text) }
        try staged.commit()
    }

    /// A replacement written a file at a time, so a run over thousands of plans never holds every
    /// report at once: the files go into the staging folder as they are made, and the folder takes
    /// the target's place only at `commit()`. Dropped without a commit (an error part-way), the
    /// staging folder is removed and the target is as it was.
    ///
    /// The files are written in the order given on a thread of their own, while the caller goes
    /// on: making a file is a wait on the disk (300 µs a report on this project's machine), and a
    /// batch that wrote each chunk's reports itself left every core idle meanwhile (a fifth of a
    /// 1,000-plan run). A failed write is thrown by the next `write`, by `commit`, or by
    /// `failure()`, the same error it threw when it was made at once; the writes after it are not
    /// made.
    public final class Staged: @unchecked Sendable {
        private let fm = FileManager.default
        private let target, staging, old: URL
        private var names: [String] = []
        private var done = false
        /// Only the writing thread reads and changes these.
        private var madeFolders: Set<String> = []
        private let writer = DispatchQueue(label: "compare-tool.staged-writes")
        /// Files given and not yet written, at most this many: a disk slower than the checks must
        /// not let a country's reports pile up in memory.
        private let backlog = DispatchSemaphore(value: 512)
        /// The first write that failed (the report's path and the system's reason), under `lock`.
        private var failed: (path: String, reason: String)?
        private let lock = NSLock()

        public init(_ out: String) throws {
            target = URL(fileURLWithPath: out).standardizedFileURL
            let parent = target.deletingLastPathComponent()
            let stem = target.lastPathComponent
            // Unique to this folder: two replacements of one target in one process keep apart.
            let tag = "\(getpid())-\(UUID().uuidString.prefix(8))"
            staging = parent.appendingPathComponent(".\(stem).staging-\(tag)")
            old = parent.appendingPathComponent(".\(stem).old-\(tag)")
            // A file where the folder should be is said before any work, not after the whole run.
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: target.path, isDirectory: &isFolder), !isFolder.boolValue {
                done = true
                throw WriteError.notAFolder(path: out)
            }
            do {
                try fm.createDirectory(at: parent, withIntermediateDirectories: true)
                try? fm.removeItem(at: staging)
                try fm.createDirectory(at: staging, withIntermediateDirectories: true)
            } catch {
                done = true
                throw WriteError.cannotWrite(path: parent.path, reason: error.localizedDescription)
            }
        }

        // The writing thread's blocks hold the folder, so none is left when this runs.
        deinit { if !done { try? fm.removeItem(at: staging) } }

        private func fail(_ path: String, _ reason: String) -> WriteError {
            try? fm.removeItem(at: staging)
            done = true
            return .cannotWrite(path: path, reason: reason)
        }

        public func write(_ name: String, _ text: String) throws {
            try write(name, bytes: Array(text.utf8))
        }

        /// `write` of a report built as bytes.
        public func write(_ name: String, bytes text: [UInt8]) throws {
            if let error = reported() { throw error }
            names.append(name)
            backlog.wait()
            writer.async { [self] in
                defer { backlog.signal() }
                guard lock.withLock({ failed == nil }) else { return }
                if let reason = writeNow(name, text) {
                    lock.withLock { failed = (target.appendingPathComponent(name).path, reason) }
                }
            }
        }

        /// The first write that failed, or nil, once every write given so far has been tried (the
        /// staging folder is removed when one failed). A batch asks it before reporting an error of
        /// its own: a report that could not be written came before any later plan's error.
        public func failure() -> WriteError? {
            writer.sync {}
            return reported()
        }

        /// The first write known to have failed (without waiting for those still queued).
        private func reported() -> WriteError? {
            guard let (path, reason) = lock.withLock({ failed }) else { return nil }
            writer.sync {}
            return done ? .cannotWrite(path: path, reason: reason) : fail(path, reason)
        }

        /// On the writing thread: the system's reason when the file could not be written.
        private func writeNow(_ name: String, _ text: [UInt8]) -> String? {
            let url = staging.appendingPathComponent(name)
            do {
                // Each folder made once: a batch writes a thousand reports into one folder, and
                // asking for it again each time was a third of the writing.
                let folder = url.deletingLastPathComponent()
                if !madeFolders.contains(folder.path) {
                    try fm.createDirectory(at: folder, withIntermediateDirectories: true)
                    madeFolders.insert(folder.path)
                }
                try FileStatus.write(bytes: text, to: url.path)
            } catch let error as FileStatus.SystemError {
                return error.reason
            } catch {
                return error.localizedDescription
            }
            return nil
        }

        /// Carries over the files the job did not write, lists what it wrote, and swaps the folders.
        public func commit() throws {
            if let error = failure() { throw error }
            var isFolder: ObjCBool = false
            let exists = fm.fileExists(atPath: target.path, isDirectory: &isFolder)
            if exists && !isFolder.boolValue {
                try? fm.removeItem(at: staging)
                done = true
                throw WriteError.notAFolder(path: target.path)
            }
            if exists {
                let written = Set(names)
                let before = previousManifest(target)
                for name in try fileNames(in: target) where name != manifest && !written.contains(name) && !(before?.contains(name) ?? ownedByName(name)) {
                    let to = staging.appendingPathComponent(name)
                    do {
                        try fm.createDirectory(at: to.deletingLastPathComponent(), withIntermediateDirectories: true)
                        try fm.copyItem(at: target.appendingPathComponent(name), to: to)
                    } catch {
                        throw fail(target.appendingPathComponent(name).path, "could not keep it: \(error.localizedDescription)")
                    }
                }
            }
            let list = "# The files compare-tool wrote here; it replaces or removes these, and keeps any other.\n"
                + names.sorted().joined(separator: "\n") + "\n"
            do { try Data(list.utf8).write(to: staging.appendingPathComponent(manifest)) } catch {
                throw fail(target.appendingPathComponent(manifest).path, error.localizedDescription)
            }
            if exists {
                try? fm.removeItem(at: old)
                guard rename(target.path, old.path) == 0 else { throw fail(target.path, String(cString: strerror(errno))) }
            }
            guard rename(staging.path, target.path) == 0 else {
                let reason = String(cString: strerror(errno))
                if exists { _ = rename(old.path, target.path) }
                throw fail(target.path, reason)
            }
            done = true
            if exists { try? fm.removeItem(at: old) }
        }
    }

    /// The names the job listed when it last wrote the folder, or nil when it left no list.
    static func previousManifest(_ folder: URL) -> Set<String>? {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(manifest).path) else { return nil }
        return Set(String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") })
    }

    /// Before any list was kept: the names the job gives its files.
    static func ownedByName(_ name: String) -> Bool {
        if name == "README.md" { return true }
        if name.hasPrefix("compare") && (name.hasSuffix(".md") || name.hasSuffix(".csv")) && !name.contains("/") { return true }
        return ["check/", "plans/", "review/"].contains { name.hasPrefix($0) && name.hasSuffix(".md") && !name.dropFirst($0.count).contains("/") }
    }

    /// Every regular file under `folder`, as paths relative to it, sorted.
    static func fileNames(in folder: URL) throws -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var out: [String] = []
        while let name = walker.nextObject() as? String {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path, isDirectory: &isFolder), !isFolder.boolValue {
                out.append(name)
            }
        }
        return out.sorted()
    }
}
