import XCTest
@testable import Compare

/// What the aligner reads of titles and headings through indexes (`HeadingTargets`,
/// `ReferenceIndex.titlesInText`), held to the merges and scans they replaced, to the bit.
final class HeadingTargetsTests: XCTestCase {
    /// For each bundled year: its index, and every corpus item's text followed by 2,000 texts made
    /// of pieces of its titles (`piece`: a title's scalars and a random source → the piece), then
    /// an empty text and one of one character.
    private func texts(seed: UInt64, piece: @escaping ([Character], inout SeededRandom) -> String, _ body: (ReferenceIndex, [String]) -> Void) throws {
        var random = SeededRandom(seed: seed)
        for year in [2018, 2021] {
            let index = ReferenceIndex(try Fixtures.taxonomy.reference(forPlanYear: year))
            var texts = try Fixtures.planNames.flatMap { try Fixtures.plan($0).items.map(\.node.text) }
            let titles = index.reference.sections.flatMap { [$0.title] + $0.variants } + index.reference.parts.flatMap { [$0.heading] + $0.variants }
            for _ in 0..<2_000 {
                texts.append((0..<(1 + random.next(3))).map { _ in piece(Array(titles[random.next(titles.count)]), &random) }.joined())
            }
            body(index, texts + ["", "一"])
        }
    }

    private func merged(_ set: ReferenceIndex.BigramSet, _ targets: [[ReferenceIndex.BigramSet]], _ index: ReferenceIndex) -> [Double] {
        targets.map { t in t.map { index.headingSimilarity(set, $0) }.max() ?? 0 }
    }

    /// Pieces of titles joined: headings that share much with several targets.
    func testEveryTextOfTheCorpusAndPiecesOfTitlesAreSimilarAsTheMergeSays() throws {
        var compared = 0
        try texts(seed: 67, piece: { title, random in
            let from = random.next(title.count)
            return String(title[from..<min(title.count, from + 2 + random.next(8))])
        }) { index, texts in
            for text in texts {
                let set = index.bigramSet(MatchText(text))
                XCTAssertEqual(index.titleTargets.similarities(set, weights: index.vocabularyWeight), merged(set, index.titles, index), text)
                XCTAssertEqual(index.partTargets.similarities(set, weights: index.vocabularyWeight), merged(set, index.partHeadings, index), text)
                compared += 1
            }
        }
        XCTAssertGreaterThan(compared, 4_000)
    }

    /// A heading's weight, read from the vocabulary's weights (and the unseen weight for a pair
    /// it lacks), is the IDF table's sum over the heading's distinct pairs in sorted order, to the
    /// bit: every text of the corpus, pieces of titles, and pairs no reference holds.
    func testAHeadingsWeightIsTheIDFTablesSum() throws {
        var compared = 0
        try texts(seed: 73, piece: { title, random in
            let from = random.next(title.count)
            return "𠀀" + String(title[from..<min(title.count, from + 1 + random.next(8))]) + "Qz"
        }) { index, texts in
            for text in texts {
                let m = MatchText(text)
                let set = index.bigramSet(m)
                let sum = PairSet(m).sorted.reduce(0.0) { $0 + index.idf.weight($1) }
                XCTAssertEqual(set.weight.bitPattern, sum.bitPattern, text)
                compared += 1
            }
        }
        XCTAssertGreaterThan(compared, 4_000)
    }

    /// Whether a text holds a section's title, looked up by the titles' first pairs, is what a
    /// scan of the text for every title answers; titles whole and cut.
    func testTitlesInTextAreTheScansAnswers() throws {
        var held = 0
        try texts(seed: 71, piece: { title, random in
            "各地区" + String(title[..<(random.next(3) == 0 ? random.next(title.count) : title.count)])
        }) { index, texts in
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
