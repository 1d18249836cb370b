import Foundation

/// Where the taxonomy's files come from: a folder the user names (or `Corpus/taxonomy`), or the
/// copy compiled into the library (`BuiltInTaxonomy`).
///
/// Why both: a checkout edits its taxonomy as files, while a copied binary must work with no
/// folder beside it. Both are read by the same parsers, so they cannot be read differently.
public enum TaxonomySource: Hashable, Sendable {
    case folder(String)
    case builtIn

    /// What error messages call a file of this source.
    public func path(_ name: String) -> String {
        switch self {
        case let .folder(directory): return (directory as NSString).appendingPathComponent(name)
        case .builtIn: return "(built-in taxonomy)/" + name
        }
    }

    /// The file names of the source, sorted.
    func names() throws(TaxonomyError) -> [String] {
        switch self {
        case let .folder(directory):
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: directory, isDirectory: &isFolder), isFolder.boolValue else {
                throw .folderMissing(path: directory)
            }
            do {
                return try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
            } catch {
                throw .unreadable(path: directory, reason: error.localizedDescription)
            }
        case .builtIn:
            return BuiltInTaxonomy.files.keys.sorted()
        }
    }

    func text(_ name: String) throws(TaxonomyError) -> String {
        switch self {
        case let .folder(directory):
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: directory, isDirectory: &isFolder), isFolder.boolValue else {
                throw .folderMissing(path: directory)
            }
            return try Taxonomy.read(path(name))
        case .builtIn:
            guard let text = BuiltInTaxonomy.files[name] else { throw .unreadable(path: path(name), reason: "no such file") }
            return text
        }
    }
}
