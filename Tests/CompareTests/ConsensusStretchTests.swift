@testable import Compare
import XCTest

/// The passage nearest to a wording, read from an item's clauses when asked (`Consensus.Stretches`),
/// is the one the list of every passage gives (`Consensus.passages(of:)`), with the same similarity
/// to the bit: every corpus item against every wording line of both references, and random items
/// of clause and sentence marks, spaces of every kind, empty clauses, clauses of marks only, a
/// combining mark and a compatibility ideograph, several items at once, against targets made from
/// their own clauses and from nothing.
final class ConsensusStretchTests: XCTestCase {
    func testTheNearestStretchIsTheNearestPassage() throws {
        var items: [ItemEvidence] = []
        for name in Fixtures.planNames { items += try Fixtures.plan(name).items.map { ItemEvidence(path: $0.path, line: $0.line, text: $0.node.text) } }
        let lines = Fixtures.taxonomy.references.flatMap { $0.sections.flatMap { $0.requirements.flatMap(\.wording) } }
        var random = SeededRandom(seed: 79)
        var compared = 0
        for item in items {
            let targets = (0..<3).map { _ in Set(MatchText(lines[random.next(lines.count)]).bigrams) }
            try same([item], targets)
            compared += 1
        }
        let alphabet = ["公开", "政务", "信息", "，", "：", ",", ":", "。", "；", "！", "？", ";", "!", "?", "\n", " ", "\u{3000}", "\u{A0}", "\t",
                        "a", "9", "Ａ", "\u{301}", "\u{F9D1}", "六", "、"]
        for k in 0..<3_000 {
            let group = (0..<(1 + random.next(3))).map { n in
                ItemEvidence(path: ItemPath("\(k)/\(n)"), line: n, text: random.text(from: alphabet, maxLength: 24))
            }
            let own = Set(MatchText(group[0].text).bigrams.prefix(random.next(6)))
            let targets: [Set<UInt64>] = [[], [own], [own, Set(MatchText(lines[random.next(lines.count)]).bigrams)]][random.next(3)]
            try same(group, targets)
            compared += 1
        }
        XCTAssertGreaterThan(compared, 3_000)
    }

    private func same(_ items: [ItemEvidence], _ targets: [Set<UInt64>]) throws {
        let expected = Consensus.nearest(items.flatMap(Consensus.passages(of:)), to: targets)
        let got = Consensus.nearest(items.map(Consensus.Stretches.init), to: targets)
        XCTAssertEqual(got?.passage, expected?.passage, items.map(\.text).joined(separator: " | "))
        XCTAssertEqual(got?.similarity.bitPattern, expected?.similarity.bitPattern, items.map(\.text).joined(separator: " | "))
    }

    /// One sentence of 300 clauses, whose passages took 1.3 GB as a list, is read in what its text
    /// takes: held by the answer, not by a clock (the benchmark measures time and memory).
    func testASentenceOfManyClausesIsReadWithoutItsPassages() {
        let text = (0..<300).map { "加强政务公开平台建设第\($0)项" }.joined(separator: "，") + "。"
        let stretches = Consensus.Stretches(ItemEvidence(path: "1.", line: 1, text: text))
        XCTAssertEqual(stretches.sentences.count, 1)
        XCTAssertEqual(stretches.sentences[0].count, 300)
        let target = Set(MatchText("加强政务公开平台建设第7项").bigrams)
        let found = Consensus.nearest([stretches], to: [target])
        XCTAssertEqual(found?.passage.text, "加强政务公开平台建设第7项")
        XCTAssertEqual(found?.similarity, 1)
    }
}
