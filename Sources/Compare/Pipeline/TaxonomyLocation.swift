import Foundation

/// Where the taxonomy is when the user names none: `Corpus/taxonomy` in the working folder, else
/// beside the checkout the executable was built in, else the copy compiled into the binary. Why
/// this order: a checkout's files are what its user edits and tests, and a copied binary still
/// works from any folder (a user checking a draft runs the tool from the draft's folder).
public enum TaxonomyLocation {
    public static let relative = "Corpus/taxonomy"

    public static func find(option: String?, executable: String) -> TaxonomySource {
        if let option { return .folder(option) }
        let fm = FileManager.default
        if fm.fileExists(atPath: relative) { return .folder(relative) }
        var url = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = url.appendingPathComponent(relative).path
            if fm.fileExists(atPath: candidate) { return .folder(candidate) }
            url.deleteLastPathComponent()
        }
        return .builtIn
    }

    /// The main job's taxonomy: `--taxonomy`, else the corpus's own folder, else the built-in one.
    public static func forCorpus(_ corpus: String, option: String?) -> TaxonomySource {
        if let option { return .folder(option) }
        let own = corpus + "/taxonomy"
        return FileManager.default.fileExists(atPath: own) ? .folder(own) : .builtIn
    }
}
