import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest
@testable import Compare

/// A batch written as web pages has an `index.html`: well-formed, a row a plan in the summary's
/// order, each plan's name opening its own page, the summary's notes below.
extension BatchCheckTests {
    /// The links of a page, which must parse as XML.
    private func pageLinks(_ page: String) -> [String] {
        final class Collector: NSObject, XMLParserDelegate {
            var links: [String] = []
            func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
                if let href = attributes["href"] { links.append(href) }
            }
        }
        let collector = Collector()
        let parser = XMLParser(data: Data(page.replacingOccurrences(of: "<!DOCTYPE html>", with: "").utf8))
        parser.delegate = collector
        XCTAssertTrue(parser.parse(), "not well-formed: \(String(describing: parser.parserError))")
        return collector.links
    }

    /// The corpus plans, one of them again as index.txt (its page must not take the index's name)
    /// and one under a name a link must encode: in both languages, the index links each plan's
    /// page, in the order of the Markdown summary's rows, and says what the summary's notes say.
    func testTheIndexOpensEveryPlansPageInTheSummarysOrder() throws {
        var paths = Fixtures.planNames.map { Fixtures.corpus.appendingPathComponent($0).path }
        for (name, source) in [("index.txt", paths[1]), ("a b#1.txt", paths[2])] {
            let copy = tmp.appendingPathComponent(name).path
            try FileManager.default.copyItem(atPath: source, toPath: copy)
            paths.append(copy)
        }
        for language in ReportLanguage.allCases {
            let out = tmp.appendingPathComponent("out-\(language.rawValue)").path
            let outcome = try BatchCheck.run(Pipeline(taxonomyFolder: Fixtures.taxonomyFolder), paths: paths, format: .html,
                                             language: language, out: out) { _ in }
            let written = Set(try FileManager.default.contentsOfDirectory(atPath: out))
            XCTAssertTrue(written.contains("index.html") && written.contains("index-2.html"), "\(written)")
            let page = try String(contentsOfFile: out + "/index.html", encoding: .utf8)
            let found = pageLinks(page)
            XCTAssertEqual(found.count, outcome.rows.count, "a link a plan")
            for link in found {
                let file = try XCTUnwrap(link.removingPercentEncoding)
                XCTAssertTrue(written.contains(file), link)
                XCTAssertNotEqual(link, "index.html")
                // And back: each plan's page opens with a link to the index.
                let back = pageLinks(try String(contentsOfFile: out + "/" + file, encoding: .utf8))
                XCTAssertEqual(back.first, "index.html", file)
            }
            // The rows' order: the README's links, the same pages in the same order.
            let readme = try String(contentsOfFile: out + "/README.md", encoding: .utf8)
            let readmeLinks = readme.matches(of: #/\]\(([^)]+\.html)\)/#).map { String($0.output.1) }
            XCTAssertEqual(found, Array(readmeLinks.prefix(found.count)))
            XCTAssertTrue(page.contains(language == .zh ? "内容相同的文件" : "Same plan twice"), "the notes")
            XCTAssertEqual(outcome.filesWritten, written.count - 1, "the pages, README.md and index.html (not the tool's list)")
        }
    }
}
