import Foundation
import XCTest

/// The stages of `Sources/Compare` depend one way: a folder may use what a folder of a lower rank declares,
/// never what a higher or a sibling folder declares. Swift has no import boundary inside one module, so
/// this test reads the sources: every top-level type and function each folder declares, then every
/// identifier each file uses outside comments and string literals. An arrow that runs back up fails it,
/// naming the file, the line and the name used.
final class DependencyDirectionTests: XCTestCase {
    /// Rank of each folder; equal ranks are siblings and may not use each other.
    static let ranks: [String: Int] = [
        "Support": 0, "Ingest": 1, "Parse": 2, "Taxonomy": 3, "Align": 4, "Diff": 5,
        "Matrix": 6, "Review": 6, "Evaluate": 7, "Report": 7, "Pipeline": 8,
    ]

    func testEveryFolderUsesOnlyLowerStages() throws {
        let sources = SourceTree.compareFolder
        let files = try SourceTree.swiftFiles(in: sources)
        XCTAssertGreaterThan(files.count, 50, "the test must see the library's sources")

        var declaredIn: [String: String] = [:]
        var parsed: [(folder: String, path: String, text: String)] = []
        for file in files {
            // The stage is the first folder under Sources/Compare (Support/Text is Support).
            let relative = file.path.dropFirst(sources.path.count + 1)
            let folder = String(relative.split(separator: "/").first ?? "")
            guard Self.ranks[folder] != nil else {
                XCTFail("\(file.path): folder \(folder) has no rank; add it to DependencyDirectionTests.ranks and ARCHITECTURE.md")
                continue
            }
            let text = SwiftSource.strippingCommentsAndStrings(try String(contentsOf: file, encoding: .utf8))
            parsed.append((folder, file.path, text))
            for name in SwiftSource.topLevelDeclarations(in: text) {
                if let other = declaredIn[name], other != folder {
                    XCTFail("\(name) is declared in both \(other) and \(folder)")
                }
                declaredIn[name] = folder
            }
        }
        XCTAssertNotNil(declaredIn["Plan"], "the scanner must find the library's types")

        var arrows: [String] = []
        for file in parsed {
            let rank = Self.ranks[file.folder]!
            // A type nested in this file with the same name as another folder's type is this file's own.
            let local = Set(SwiftSource.declarations(in: file.text, topLevelOnly: false))
            for (lineNumber, line) in file.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                for name in SwiftSource.identifiers(in: line) {
                    guard !local.contains(name), let owner = declaredIn[name], owner != file.folder, let ownerRank = Self.ranks[owner] else { continue }
                    if ownerRank >= rank {
                        arrows.append("\(file.path):\(lineNumber + 1): \(file.folder) uses \(name) from \(owner)")
                    }
                }
            }
        }
        XCTAssertEqual(arrows, [], "dependencies that run back up:\n" + arrows.joined(separator: "\n"))
    }

    /// The scanner itself: a use inside a comment or a string is not a use, a real one is.
    func testScannerSeesCodeOnly() {
        let source = """
            struct Kept {}
            private struct Hidden {}
            // Plan in a comment
            let a = "Plan in a string \\(Plan.self)"
            /* Plan in a block */ let b = Plan()
            let c = \"\"\"
                Plan in a multi-line string
                \"\"\"
            func helper() {}
            """
        let text = SwiftSource.strippingCommentsAndStrings(source)
        XCTAssertEqual(SwiftSource.topLevelDeclarations(in: text).sorted(), ["Kept", "helper"])
        let uses = text.split(separator: "\n", omittingEmptySubsequences: false).map { SwiftSource.identifiers(in: $0) }
        XCTAssertEqual(uses.map { $0.contains("Plan") }, [false, false, false, false, true, false, false, false, false])
    }
}

/// Reading Swift just well enough to find declarations and uses.
enum SwiftSource {
    /// Comments and string literals become spaces, so line numbers stay. Interpolations inside a
    /// string are blanked too: a rare use missed there is a cheaper error than a false arrow.
    static func strippingCommentsAndStrings(_ source: String) -> String {
        var out = String.UnicodeScalarView()
        let scalars = Array(source.unicodeScalars)
        var i = 0
        func blank(_ s: Unicode.Scalar) { out.append(s == "\n" ? "\n" : " ") }
        while i < scalars.count {
            let s = scalars[i]
            let next: Unicode.Scalar? = i + 1 < scalars.count ? scalars[i + 1] : nil
            if s == "/", next == "/" {
                while i < scalars.count, scalars[i] != "\n" { blank(scalars[i]); i += 1 }
            } else if s == "/", next == "*" {
                var depth = 0
                repeat {
                    if scalars[i] == "/", i + 1 < scalars.count, scalars[i + 1] == "*" { depth += 1; blank(" "); blank(" "); i += 2; continue }
                    if scalars[i] == "*", i + 1 < scalars.count, scalars[i + 1] == "/" { depth -= 1; blank(" "); blank(" "); i += 2; continue }
                    blank(scalars[i]); i += 1
                } while i < scalars.count && depth > 0
            } else if s == "\"" {
                let triple = i + 2 < scalars.count && scalars[i + 1] == "\"" && scalars[i + 2] == "\""
                let quote = triple ? 3 : 1
                for _ in 0..<quote { blank(" ") }
                i += quote
                while i < scalars.count {
                    if scalars[i] == "\\" { blank(" "); if i + 1 < scalars.count { blank(scalars[i + 1]) }; i += 2; continue }
                    if scalars[i] == "\"" {
                        if !triple { blank(" "); i += 1; break }
                        if i + 2 < scalars.count, scalars[i + 1] == "\"", scalars[i + 2] == "\"" {
                            blank(" "); blank(" "); blank(" "); i += 3; break
                        }
                    }
                    if !triple, scalars[i] == "\n" { break }
                    blank(scalars[i]); i += 1
                }
            } else {
                out.append(s); i += 1
            }
        }
        return String(out)
    }

    /// Types, protocols, type aliases and functions declared at the top level and visible to other files.
    static func topLevelDeclarations(in text: String) -> [String] {
        declarations(in: text, topLevelOnly: true)
    }

    static func declarations(in text: String, topLevelOnly: Bool) -> [String] {
        var names: [String] = []
        let keywords: Set<Substring> = ["struct", "enum", "class", "protocol", "typealias", "actor", "func"]
        for line in text.split(separator: "\n") {
            guard let first = line.unicodeScalars.first, first != "}" else { continue }
            if topLevelOnly, first == " " || first == "\t" { continue }
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "(" || $0 == "<" || $0 == ":" || $0 == "{" })
            var index = 0
            var hidden = false
            while index < words.count, ["public", "internal", "private", "fileprivate", "final", "indirect", "@MainActor", "nonisolated"].contains(words[index]) {
                if words[index] == "private" || words[index] == "fileprivate" { hidden = true }
                index += 1
            }
            guard index + 1 < words.count, keywords.contains(words[index]), !(hidden && topLevelOnly) else { continue }
            names.append(String(words[index + 1]))
        }
        return names
    }

    static func identifiers<S: StringProtocol>(in line: S) -> Set<String> {
        var found: Set<String> = []
        var current = String.UnicodeScalarView()
        var previous: Unicode.Scalar = " "
        var afterDot = false
        func flush() {
            if !current.isEmpty, !afterDot { found.insert(String(current)) }
            current.removeAll()
        }
        for s in line.unicodeScalars {
            let isWord = s == "_" || (s.isASCII && (s.properties.isAlphabetic || ("0"..."9").contains(s)))
            if isWord {
                if current.isEmpty { afterDot = previous == "." }
                current.append(s)
            } else {
                flush()
            }
            previous = s
        }
        flush()
        return found
    }
}

enum SourceTree {
    static var compareFolder: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/Compare")
    }

    static func swiftFiles(in folder: URL) throws -> [URL] {
        let keys: [URLResourceKey] = [.isRegularFileKey]
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: keys) else { return [] }
        var files: [URL] = []
        for case let url as URL in walker where url.pathExtension == "swift" { files.append(url) }
        return files.sorted { $0.path < $1.path }
    }
}
