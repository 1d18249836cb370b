import Foundation

/// Where the taxonomy is when the user names none: `Corpus/taxonomy` in the working folder, else
/// beside the checkout the executable was built in, so `.build/debug/compare-tool` works from any
/// folder. Why a search: a user checking a draft runs the tool from the draft's folder.
public enum TaxonomyLocation {
    public static let relative = "Corpus/taxonomy"

    public static func find(option: String?, executable: String) -> String {
        if let option { return option }
        let fm = FileManager.default
        if fm.fileExists(atPath: relative) { return relative }
        var url = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = url.appendingPathComponent(relative).path
            if fm.fileExists(atPath: candidate) { return candidate }
            url.deleteLastPathComponent()
        }
        return relative
    }
}
