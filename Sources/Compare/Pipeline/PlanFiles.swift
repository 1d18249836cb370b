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

    /// Each path as given, a folder replaced by the plan files in it. A folder with none is an
    /// error: the user meant plans to be there.
    public static func expand(_ paths: [String]) throws(InputError) -> [String] {
        var out: [String] = []
        for path in paths {
            var isFolder: ObjCBool = false
            if path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
                let files = inFolder(path)
                if files.isEmpty { throw .noPlansInFolder(path: path) }
                out += files
            } else {
                out.append(path)
            }
        }
        return out
    }
}
