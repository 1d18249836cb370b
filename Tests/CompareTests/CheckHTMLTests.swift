import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest
@testable import Compare

/// The check as a web page: well-formed, every finding shown, every strip cell linking to a row,
/// and a plan's hostile text inert.
final class CheckHTMLTests: XCTestCase {
    private func checked(_ plan: Plan) throws -> (CheckResult, Reference) {
        let reference = try Fixtures.taxonomy.reference(forPlanYear: plan.metadata.year)
        let index = ReferenceIndex(reference)
        let lexicon = try ObligationLexicon.load(directory: Fixtures.taxonomyFolder)
        return (DraftCheck.run(Aligner().align(plan, to: index), index: index, lexicon: lexicon), reference)
    }

    /// Parses the page as XML (the view writes XHTML-compatible markup) and returns its elements'
    /// names and ids.
    private func elements(_ page: String, file: StaticString = #filePath, line: UInt = #line) -> (names: [String], ids: Set<String>, links: [String]) {
        final class Collector: NSObject, XMLParserDelegate {
            var names: [String] = [], ids: Set<String> = [], links: [String] = []
            func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
                names.append(name)
                if let id = attributes["id"] { ids.insert(id) }
                if let href = attributes["href"] { links.append(href) }
            }
        }
        let collector = Collector()
        let parser = XMLParser(data: Data(page.replacingOccurrences(of: "<!DOCTYPE html>", with: "").utf8))
        parser.delegate = collector
        XCTAssertTrue(parser.parse(), "not well-formed: \(String(describing: parser.parserError)) at line \(parser.lineNumber)", file: file, line: line)
        return (collector.names, collector.ids, collector.links)
    }

    func testEveryCorpusCheckPageIsWellFormedAndShowsEveryFinding() throws {
        for name in Fixtures.planNames {
            let plan = try Fixtures.plan(name)
            let (result, reference) = try checked(plan)
            for language in ReportLanguage.allCases {
                let page = CheckHTML.render(result, reference: reference, warnings: plan.warnings, language: language)
                let (names, ids, links) = elements(page)
                XCTAssertFalse(names.contains("script"), name)
                XCTAssertEqual(page.components(separatedBy: "class=\"finding ").count - 1, result.divergencesToFix.count + result.notes.count, name)
                XCTAssertEqual(names.filter { $0 == "rect" }.count, result.coverage.count, name)
                for link in links { XCTAssertTrue(ids.contains(String(link.dropFirst())), "\(name): \(link) points nowhere") }
                XCTAssertEqual(page, CheckHTML.render(result, reference: reference, warnings: plan.warnings, language: language), "same bytes")
            }
        }
    }

    /// A plan whose items hold markup, quotes and entities: the page still parses, no element or
    /// attribute comes from the plan, and the text reads as written.
    func testHostileTextStaysText() throws {
        let hostile = #"<script>alert(1)</script>" onmouseover="x" &amp; <img src=x onerror=alert(2)> ]]> <!-- "#
        // From a Word file: its text is not cleaned of what looks like markup, so all of it reaches the page.
        let docx = DocxBuilder.docx(body: ["某县2021年政务公开工作要点", "一、做好规划公开", "1.主动公开各类规划\(hostile)。", "2.做好政策解读\(hostile)工作。"].map { DocxBuilder.paragraph($0) })
        let plan = try Fixtures.parse(bytes: docx, name: "hostile\"<b>.docx")
        let (result, reference) = try checked(plan)
        for language in ReportLanguage.allCases {
            let page = CheckHTML.render(result, reference: reference, language: language)
            let (names, _, _) = elements(page)
            XCTAssertFalse(names.contains("script") || names.contains("img"), "an element from the plan")
            XCTAssertFalse(page.contains("<script") || page.contains("<img") || page.contains("onmouseover=\"x\""))
            XCTAssertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the text reads as written")
        }
    }

    /// Every page the main job writes parses, and every link of every page (a heatmap cell, a strip
    /// cell) reaches a page it wrote and an id that page has.
    func testEveryLinkOfTheMainJobsPagesResolves() throws {
        let files = Dictionary(try CorpusReport.generate(corpus: Fixtures.root.appendingPathComponent("Corpus").path), uniquingKeysWith: { a, _ in a })
        let pages = files.filter { $0.key.hasSuffix(".html") }
        XCTAssertGreaterThanOrEqual(pages.count, 14)
        let parsed = pages.mapValues { elements($0) }
        var checked = 0
        for (name, page) in parsed {
            let folder = (name as NSString).deletingLastPathComponent
            for link in page.links {
                let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                var components: [Substring] = []
                for c in ((folder.isEmpty ? "" : folder + "/") + parts[0]).split(separator: "/") {
                    if c == ".." { _ = components.popLast() } else { components.append(c) }
                }
                let target = parts[0].isEmpty ? name : components.joined(separator: "/")
                guard let other = parsed[target] else { XCTFail("\(name): \(link) names no page written"); continue }
                if parts.count == 2 { XCTAssertTrue(other.ids.contains(parts[1]), "\(name): \(link) names no id of \(target)") }
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 500)
        let heatmap = parsed["compare-2021.html"]!
        let comparison = files["compare-2021.md"]!
        XCTAssertTrue(comparison.contains("# Comparison of 4 plans"))
        XCTAssertEqual(heatmap.names.filter { $0 == "rect" }.count, 4 * 16, "one cell per plan and national section")
    }

    func testTheEscaperCoversElementAndAttributeText() {
        XCTAssertEqual(HTMLText.escape(#"<a href="x">'&'</a>"#), "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
        XCTAssertEqual(HTMLText.sentence("**Needs attention**: `--reference FILE` \\*"), "<strong>Needs attention</strong>: <code>--reference FILE</code> *")
    }

    /// Grouping by item, on random sequences of findings over a few items: each item's findings
    /// are contiguous, items come in the order of their first finding, and within an item the
    /// check's order is kept; nothing is lost or added.
    func testFindingsAreGroupedByItemKeepingTheChecksOrder() {
        var random = SeededRandom(seed: 42)
        for length in 0...30 {
            let list = (0..<length).map { k in
                Finding(kind: .weakened, severity: .warning, section: nil, requirement: nil, path: ItemPath("一、/（\(random.next(4) + 1)）"), line: k,
                        text: "", reference: "", missing: [], added: [], diff: [], message: .addsHedge("逐步"))
            }
            let grouped = CheckMarkdown.byItem(list)
            XCTAssertEqual(grouped.map(\.line).sorted(), list.map(\.line), "the same findings")
            let firstSeen = list.map(\.path).reduce(into: [ItemPath]()) { if !$0.contains($1) { $0.append($1) } }
            XCTAssertEqual(grouped.map(\.path).reduce(into: [ItemPath]()) { if $0.last != $1 { $0.append($1) } }, firstSeen, "contiguous, in first-seen order")
            for path in firstSeen {
                let lines = grouped.filter { $0.path == path }.map(\.line)
                XCTAssertEqual(lines, lines.sorted(), "the check's order within an item")
            }
        }
    }
}

/// A plan that carries out every requirement but has divergences is told so, not of 0 requirements
/// in 0 sections; the Chinese said it so already.
final class NeedsAttentionWordsTests: XCTestCase {
    func testEveryCorpusPlansSummarySaysItsRequirementsInWords() throws {
        var allCarried = 0
        for name in Fixtures.planNames {
            let plan = try Fixtures.plan(name)
            let reference = try Fixtures.taxonomy.reference(forPlanYear: plan.metadata.year)
            let index = ReferenceIndex(reference)
            let lexicon = try ObligationLexicon.load(directory: Fixtures.taxonomyFolder)
            let result = DraftCheck.run(Aligner().align(plan, to: index), index: index, lexicon: lexicon)
            let en = CheckMarkdown.render(result, reference: reference), zh = CheckMarkdown.render(result, reference: reference, language: .zh)
            XCTAssertFalse(en.contains("0 requirements not carried out"), name)
            guard result.requirementsNotCarriedOut == 0, !result.isClean else { continue }
            allCarried += 1
            XCTAssertTrue(en.contains("**Needs attention**: every requirement is carried out; "), name)
            XCTAssertTrue(zh.contains("**需要处理**：各项要求均已落实，"), name)
        }
        XCTAssertGreaterThan(allCarried, 0, "a corpus plan carries out every requirement and has divergences")
    }
}
