@testable import Compare
import XCTest

/// What the check finds said in a plan by searching only the items that hold a needle's pairs,
/// held to the plain reading of every item.
///
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
                        // Whether any item says a spelling reads the same items.
                        for spelling in terms.flatMap(\.spellings) {
                            let needle = prepared.match(spelling)
                            XCTAssertEqual(ctx.saysAnywhere(spelling), !needle.isEmpty && ctx.texts.contains { $0.contains(needle) }, spelling)
                        }
                        asked += 1
                        if !expected.isEmpty { reached += 1 }
                    }
                }
            }
        }
        XCTAssertGreaterThan(asked, 1_000)
        XCTAssertGreaterThan(reached, 500)
    }

    /// Whether a plan says an element (`says(element:)`) is the plain reading: some item holds one
    /// of its needles (a spelling or a variant) outside its shadows, or one of five characters or
    /// more with an inner character slipped into pairs the reference never uses. Every element of
    /// every requirement of both references against every corpus plan, and made elements: one
    /// character, stretches of the plan's items, the same with an inner character changed (a
    /// slip), with the last changed, and with pairs no item holds.
    func testAnElementIsSaidWhereSomeItemSaysIt() throws {
        let lexicon = try ObligationLexicon.load(directory: Fixtures.taxonomyFolder)
        var random = SeededRandom(seed: 59)
        var (asked, said, slipped) = (0, 0, 0)
        for year in [2018, 2021] {
            let prepared = CheckReference(index: ReferenceIndex(try Fixtures.taxonomy.reference(forPlanYear: year)), lexicon: lexicon)
            let elements = prepared.index.reference.sections.flatMap { $0.requirements.flatMap(\.elements) }
            for name in Fixtures.planNames {
                let ctx = CheckContext(alignment: Aligner().align(try Fixtures.plan(name), to: prepared.index), prepared: prepared)
                let texts = ctx.texts.map { MatchText.string($0.scalars) }.filter { $0.count >= 10 }
                var made: [RequirementElement] = []
                for _ in 0..<60 {
                    let text = Array(texts[random.next(texts.count)])
                    let start = random.next(text.count - 8)
                    let held = Array(text[start..<(start + 5 + random.next(4))])
                    var inner = held, last = held
                    inner[1 + random.next(held.count - 2)] = "鑫"
                    last[last.count - 1] = "鑫"
                    made.append(RequirementElement([String(held[0])], role: .duty))
                    made.append(RequirementElement([String(held)], role: .scope))
                    made.append(RequirementElement([String(inner)], role: .duty))
                    made.append(RequirementElement(["鑫鑫鑫鑫鑫", String(last)], role: .scope))
                }
                let slip: ([UInt32], Int) -> Bool = { w, k in TypoCheck.isForeign(w, at: k, ctx: ctx) }
                for e in elements + made {
                    let expected = e.spellings.contains { spelling in
                        let needles = (prepared.elementVariants[spelling] ?? [MatchText(spelling)]).filter { !$0.isEmpty }
                        let shadows = prepared.elementShadows[spelling] ?? []
                        return ctx.texts.contains { t in needles.contains { t.contains($0, outside: shadows) } }
                            || needles.contains { n in n.count >= TypoCheck.shortestTerm && ctx.texts.contains { $0.containsNearly(n, where: slip) } }
                    }
                    XCTAssertEqual(ctx.says(element: e), expected, "\(name) \(e.spellings)")
                    asked += 1
                    if expected { said += 1 }
                    if expected && !e.spellings.contains(where: { s in ctx.texts.contains { $0.contains(MatchText(s)) } }) { slipped += 1 }
                }
            }
        }
        XCTAssertGreaterThan(asked, 1_000)
        XCTAssertGreaterThan(said, 500)
        XCTAssertGreaterThan(asked - said, 500)
        print("says(element:): \(asked) asked, \(said) said, \(slipped) only with a variant or a slip")
        XCTAssertGreaterThan(slipped, 10)
        // The slip search passes over an item lacking both a needle's first and last pair: sound
        // only for needles of four scalars or more, which the shortest term keeps them.
        XCTAssertGreaterThanOrEqual(TypoCheck.shortestTerm, 4)
    }
}
