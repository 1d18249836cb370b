import XCTest
@testable import Compare

/// A heading's similarity to every section's targets, from the index by vocabulary number
/// (`HeadingTargets`), held to the merge of the heading with each target it replaced, to the bit.
final class HeadingTargetsTests: XCTestCase {
    private func merged(_ set: ReferenceIndex.BigramSet, _ targets: [[ReferenceIndex.BigramSet]], _ index: ReferenceIndex) -> [Double] {
        targets.map { t in t.map { index.headingSimilarity(set, $0) }.max() ?? 0 }
    }

    func testEveryTextOfTheCorpusAndPiecesOfTitlesAreSimilarAsTheMergeSays() throws {
        var random = SeededRandom(seed: 67)
        var compared = 0
        for year in [2018, 2021] {
            let index = ReferenceIndex(try Fixtures.taxonomy.reference(forPlanYear: year))
            var texts = try Fixtures.planNames.flatMap { try Fixtures.plan($0).items.map(\.node.text) }
            let titles = index.reference.sections.flatMap { [$0.title] + $0.variants } + index.reference.parts.flatMap { [$0.heading] + $0.variants }
            // Pieces of titles joined: headings that share much with several targets.
            for _ in 0..<2_000 {
                texts.append((0..<(1 + random.next(3))).map { _ in
                    let title = Array(titles[random.next(titles.count)])
                    let from = random.next(title.count)
                    return String(title[from..<min(title.count, from + 2 + random.next(8))])
                }.joined())
            }
            texts += ["", "一", "公开"]
            for text in texts {
                let set = index.bigramSet(MatchText(text))
                XCTAssertEqual(index.titleTargets.similarities(set, weights: index.vocabularyWeight), merged(set, index.titles, index), text)
                XCTAssertEqual(index.partTargets.similarities(set, weights: index.vocabularyWeight), merged(set, index.partHeadings, index), text)
                compared += 1
            }
        }
        XCTAssertGreaterThan(compared, 4_000)
    }

    /// Whether a text holds a section's title, looked up by the titles' first pairs, is what a
    /// scan of the text for every title answers: on every corpus text and on texts made of titles,
    /// whole and cut.
    func testTitlesInTextAreTheScansAnswers() throws {
        var random = SeededRandom(seed: 71)
        var held = 0
        for year in [2018, 2021] {
            let index = ReferenceIndex(try Fixtures.taxonomy.reference(forPlanYear: year))
            var texts = try Fixtures.planNames.flatMap { try Fixtures.plan($0).items.map(\.node.text) }
            let titles = index.reference.sections.flatMap { [$0.title] + $0.variants }
            for _ in 0..<3_000 {
                texts.append((0..<(1 + random.next(3))).map { _ in
                    let title = Array(titles[random.next(titles.count)])
                    let cut = random.next(3) == 0 ? random.next(title.count) : title.count
                    return "各地区" + String(title[..<cut])
                }.joined())
            }
            texts += ["", "一"]
            for text in texts {
                let m = MatchText(text)
                let scanned = index.titleTexts.map { ts in ts.contains { m.firstOffset(of: $0) != nil } }
                XCTAssertEqual(index.titlesInText(m), scanned, text)
                held += scanned.filter { $0 }.count
            }
        }
        XCTAssertGreaterThan(held, 2_000)
    }
}
