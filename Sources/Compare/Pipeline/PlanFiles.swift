import Foundation

/// Which files are plans, where a folder is given for plans.
public enum PlanFiles {
    /// The file kinds a plan is read from.
    static let kinds: Set<String> = ["txt", "docx", "html", "htm"]

    /// The plan files directly in `folder`, by name (nothing when it cannot be listed).
    public static func inFolder(_ folder: String) -> [String] { scan(folder).plans }

    /// What `folder` holds besides its plans and is not read (`scan`).
    public static func notRead(inFolder folder: String) -> [UnreadFile] { scan(folder).notRead }

    /// One reading of a folder, entry by entry in name order:
    /// - a file of a plan's kind (`kinds`) is a plan, unless it is empty or a link to nothing;
    /// - a document of a kind not read (`UnreadFile.Format`), a folder holding plan files, an
    ///   empty plan file and a link to nothing are listed as not read, with what to do;
    /// - a hidden file (`.x`, a Mac's `._x` beside each file it copies), Word's lock file of an open
    ///   document (`~$x.docx`), a folder of no plans and anything else are passed over: none is a
    ///   plan, and one of them stopped a check of dozens (a lock file read as a binary plan).
    static func scan(_ folder: String, depth: Int = 0) -> (plans: [String], notRead: [UnreadFile]) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        var plans: [String] = [], notRead: [UnreadFile] = []
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        for name in names.sorted() where !name.hasPrefix(".") && !name.hasPrefix("~$") {
            let path = prefix + name
            // One stat(2) an entry (`FileStatus`), links followed: a batch's folder holds thousands.
            let status = FileStatus(path)
            // A folder of this tool's own reports (`check --out` put inside the plans' folder) is
            // passed over: its pages are no plans, and "a folder holding plans" sent users to check them.
            if status == .folder, isReports(path) { continue }
            if status == .folder {
                // A folder's own plans, one level down: a folder of folders is not searched further.
                let inside = depth == 0 ? scan(path, depth: 1).plans.count : 0
                if inside > 0 { notRead.append(UnreadFile(path: path, format: .folder, plans: inside)) }
                continue
            }
            let ext = (name as NSString).pathExtension.lowercased()
            if kinds.contains(ext) {
                switch status {
                // A name the system could not give as UTF-8 comes repaired, and opens nothing.
                case .missing where name.unicodeScalars.contains("\u{FFFD}"): notRead.append(UnreadFile(path: path, format: .unreadableName))
                case .missing: notRead.append(UnreadFile(path: path, format: .brokenLink))
                case .regular(size: 0): notRead.append(UnreadFile(path: path, format: .empty))
                default: plans.append(path)
                }
            } else if let format = UnreadFile.Format(extension: ext) {
                notRead.append(UnreadFile(path: path, format: format))
            }
        }
        return (plans, notRead)
    }

    /// Whether `path` is a folder (links followed): a folder given is a batch, even of one plan.
    public static func isFolder(_ path: String) -> Bool { path != "-" && FileStatus(path) == .folder }

    /// Whether `folder` is one this tool wrote its reports into (`ReportFolder` leaves its list of
    /// what it wrote there).
    static func isReports(_ folder: String) -> Bool {
        if case .regular = FileStatus(folder + "/" + ReportFolder.manifest) { return true }
        return false
    }

    /// `notRead(inFolder:)` of each folder among `paths` (a file named on its own is read, or
    /// refused with its own error).
    public static func notRead(_ paths: [String]) -> [UnreadFile] {
        paths.flatMap { isFolder($0) ? notRead(inFolder: $0) : [] }
    }

    /// The folder among `folders` that `out` is, symbolic links and `..` resolved: reports written
    /// among plans are read as plans by the next run (a check's web pages were checked as ten
    /// plans of no year), so a command refuses such an `--out`.
    public static func folder(_ out: String, amongPlanFolders folders: [String]) -> String? {
        func resolved(_ path: String) -> String { URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path }
        let target = resolved(out)
        return folders.first { path in
            var isFolder: ObjCBool = false
            return path != "-" && FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue && resolved(path) == target
        }
    }

    /// The folders plans come from: each folder given, and the folder of each file given (a shell's
    /// `DIR/*.html` names files, and a check's pages written to DIR replaced the plans themselves).
    public static func foldersOf(_ paths: [String]) -> [String] {
        var out: [String] = []
        for path in paths where path != "-" {
            let folder = isFolder(path)
                ? path : ((path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent)
            if !out.contains(folder) { out.append(folder) }
        }
        return out
    }

    /// Each path as given, a folder replaced by the plan files in it. A folder with none is an
    /// error: the user meant plans to be there.
    public static func expand(_ paths: [String]) throws(InputError) -> [String] {
        try given(paths).plans
    }

    /// `expand(paths)`, and what the folders among them hold besides (`notRead(paths)`), from one
    /// reading of each folder: a batch's folder holds thousands of files, and it was read twice.
    /// A file named twice (a folder and a file in it, `./a.txt` and `a.txt`) is its first naming
    /// only: checked twice, it was reported twice, the second as `a-2`. A folder likewise, and a
    /// folder given is not named as not read in the folder above it.
    public static func given(_ paths: [String]) throws(InputError) -> (plans: [String], notRead: [UnreadFile]) {
        var plans: [String] = [], unread: [(file: UnreadFile, key: String)] = []
        // A path as one spelling (absolute, no `.` or `..`): Foundation's, some 40,000 instructions
        // a path, so made once for each path given, and a folder's entries keyed by its key and name.
        func key(_ path: String) -> String { URL(fileURLWithPath: path).standardizedFileURL.path }
        var seen = Set<String>(), folders = Set<String>(), listed = Set<String>()
        for path in paths {
            let base = path == "-" ? path : key(path)
            guard path == "-" || seen.insert(base).inserted else { continue }
            if isFolder(path) {
                folders.insert(base)
                if isReports(path) { throw .reportsFolder(path: path) }
                let scanned = scan(path)
                if scanned.plans.isEmpty {
                    let documents = scanned.notRead.filter { ![.folder, .empty, .brokenLink, .unreadableName].contains($0.format) }.map(\.name)
                    let subfolders = scanned.notRead.filter { $0.format == .folder }.map(\.name)
                    throw .noPlansInFolder(path: path, subfolders: subfolders, unread: documents)
                }
                // An entry is `path`, a "/" unless it ends with one, and its name (`scan`).
                let named = path.hasSuffix("/") ? path.count : path.count + 1
                func entry(_ p: String) -> String { base + "/" + p.dropFirst(named) }
                plans += scanned.plans.filter { seen.insert(entry($0)).inserted }
                unread += scanned.notRead.map { ($0, entry($0.path)) }.filter { listed.insert($0.1).inserted }
            } else {
                plans.append(path)
            }
        }
        // Not "not read": a folder given, or a file given on its own (it is read, or refused with
        // its own error), in either order.
        return (plans, unread.filter { !seen.contains($0.key) && ($0.file.format != .folder || !folders.contains($0.key)) }.map(\.file))
    }
}
