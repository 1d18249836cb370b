@testable import Compare
import XCTest

/// The items a requirement no aligned item reaches is found in by its key terms (`reaching`), held
/// to the plain reading: every item whose match text holds one of the terms' match texts. Every
/// section of every corpus plan with items, against both references, asked with each of its own
/// requirements' terms and with made terms meeting every case of the search: one character,
/// stretches of the plan's own items (held), the same with the last character changed (the first
/// pair held, the term not), pairs no item holds, and several spellings at once.
final class CheckReachingTests: XCTestCase {
    func testTheItemsATermReachesAreThoseSayingIt() throws {
        let lexicon = try ObligationLexicon.load(directory: Fixtures.taxonomyFolder)
        var random = SeededRandom(seed: 53)
        var (asked, reached) = (0, 0)
        for year in [2018, 2021] {
            let prepared = CheckReference(index: ReferenceIndex(try Fixtures.taxonomy.reference(forPlanYear: year)), lexicon: lexicon)
            for name in Fixtures.planNames {
                let ctx = CheckContext(alignment: Aligner().align(try Fixtures.plan(name), to: prepared.index), prepared: prepared)
                let texts = ctx.texts.map { MatchText.string($0.scalars) }.filter { $0.count >= 8 }
                for section in prepared.index.reference.sections where ctx.bySection[section.id] != nil {
                    var termSets: [[Term]] = section.requirements.map(\.terms)
                    for _ in 0..<4 {
                        let text = Array(texts[random.next(texts.count)])
                        let start = random.next(text.count - 6)
                        let held = String(text[start..<(start + 2 + random.next(5))])
                        var changed = Array(held)
                        changed[changed.count - 1] = "鑫"
                        termSets.append([Term([String(text[start])])])
                        termSets.append([Term([held])])
                        termSets.append([Term([String(changed)])])
                        termSets.append([Term(["鑫鑫鑫"]), Term([String(changed), held])])
                    }
                    for (k, terms) in termSets.enumerated() {
                        // An id no item reaches, so that the terms decide.
                        let r = Requirement(id: RequirementID("probe-\(section.id.rawValue)-\(k)"), name: "probe", summary: "", terms: terms, source: "test")
                        let needles = terms.flatMap(\.spellings).map { prepared.match($0) }.filter { !$0.isEmpty }
                        let expected = ctx.texts.indices.filter { i in needles.contains { ctx.texts[i].contains($0) } }
                        XCTAssertEqual(ctx.reaching(section: section, requirement: r), expected, "\(name) \(section.id) \(terms)")
                        asked += 1
                        if !expected.isEmpty { reached += 1 }
                    }
                }
            }
        }
        XCTAssertGreaterThan(asked, 1_000)
        XCTAssertGreaterThan(reached, 500)
    }
}
