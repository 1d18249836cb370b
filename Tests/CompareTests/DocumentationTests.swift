import Foundation
import XCTest

/// `ARCHITECTURE.md` says it names every file of each stage; a file added without a line there would
/// make that untrue without anyone noticing, so the list is checked against the source tree.
final class DocumentationTests: XCTestCase {
    func testArchitectureNamesEverySourceFileOfTheLibrary() throws {
        let sources = SourceTree.compareFolder
        let architecture = sources.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("ARCHITECTURE.md")
        let text = try String(contentsOf: architecture, encoding: .utf8)
        let files = try SourceTree.swiftFiles(in: sources)
        XCTAssertGreaterThan(files.count, 50, "the test must see the library's sources")
        for file in files {
            let name = file.deletingPathExtension().lastPathComponent
            XCTAssertTrue(text.contains("`\(name)`"), "ARCHITECTURE.md does not name \(file.path): add it to its stage's line")
        }
    }
}
