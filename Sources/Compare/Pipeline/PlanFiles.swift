import Foundation

/// Which files are plans, where a folder is given for plans.
public enum PlanFiles {
    /// The file kinds a plan is read from.
    static let kinds: Set<String> = ["txt", "docx", "html", "htm"]

    /// The plan files directly in `folder`, by name (nothing when it cannot be listed).
    public static func inFolder(_ folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { kinds.contains(($0 as NSString).pathExtension.lowercased()) }.sorted().map { folder + "/" + $0 }
    }

    /// The documents directly in `folder` that a plan may come as but this tool does not read
    /// (an old Word or WPS file, a PDF, an OFD, a spreadsheet…), by name: listed where a folder of
    /// plans is read, since a plan left out in silence looks like a corpus without it.
    public static func notRead(inFolder folder: String) -> [UnreadFile] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.sorted().compactMap { name in
            UnreadFile.Format(extension: (name as NSString).pathExtension.lowercased()).map { UnreadFile(path: folder + "/" + name, format: $0) }
        }
    }

    /// `notRead(inFolder:)` of each folder among `paths` (a file named on its own is read, or
    /// refused with its own error).
    public static func notRead(_ paths: [String]) -> [UnreadFile] {
        paths.flatMap { path -> [UnreadFile] in
            var isFolder: ObjCBool = false
            guard path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else { return [] }
            return notRead(inFolder: path)
        }
    }

    /// The folders directly in `folder` that hold plan files, by name: what an error about a
    /// folder of folders points to.
    static func subfolders(holdingPlans folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.sorted().filter { name in
            var isFolder: ObjCBool = false
            let path = folder + "/" + name
            return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue && !inFolder(path).isEmpty
        }
    }

    /// Each path as given, a folder replaced by the plan files in it. A folder with none is an
    /// error: the user meant plans to be there.
    public static func expand(_ paths: [String]) throws(InputError) -> [String] {
        var out: [String] = []
        for path in paths {
            var isFolder: ObjCBool = false
            if path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
                let files = inFolder(path)
                if files.isEmpty { throw .noPlansInFolder(path: path, subfolders: subfolders(holdingPlans: path)) }
                out += files
            } else {
                out.append(path)
            }
        }
        return out
    }
}
