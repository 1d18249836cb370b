import XCTest
@testable import Compare

final class ScratchTests: XCTestCase {
    func testWordingOnlyMisses() throws {
        let lexicon = try ObligationLexicon.load(directory: Fixtures.taxonomyFolder)
        var out = ""
        for gold in try GoldLabels.load(directory: Fixtures.root.appendingPathComponent("Corpus/gold").path) {
            let plan = try Fixtures.plan(gold.plan)
            let ref = ReferenceCompiler.compile(try Fixtures.taxonomy.reference(forPlanYear: plan.metadata.year), curated: false)
            let index = ReferenceIndex(ref)
            let check = DraftCheck.run(Aligner().align(plan, to: index), index: index, lexicon: lexicon)
            let s = Scorer.score(plan: plan, gold: gold, check: check)
            for m in s.misses where m.isDivergenceOnly { out += "\(gold.plan) \(m.anchor) \(m.problems)\n" }
            for f in check.findings { out += "   F \(f.kind.rawValue) \(f.path) \(f.missing) \(f.added) \(f.note)\n" }
        }
        try out.write(toFile: "/tmp/misses.txt", atomically: true, encoding: .utf8)
    }
}
