@testable import Compare
import XCTest

/// A word list answers as `WordingCheck.matches` does, word by word, for every lexicon word against
/// every run the check can meet: the corpus's clauses and pieces of them, each word alone, with 以,
/// inside longer text, and a one-character word written as its compatibility ideograph.
final class WordListTests: XCTestCase {
    func testAListMatchesAsTheWordingCheckReadsARun() throws {
        let lexicon = try ObligationLexicon.load(directory: Fixtures.taxonomyFolder)
        let words = lexicon.pairs.flatMap { [$0.strong, $0.weak] } + lexicon.deferrals + lexicon.hedges + lexicon.firm + ["不", "", "a"]
        let list = WordList(words)
        var runs = ["", "以", "不", "\u{F967}", "\u{F967}以", "可以", "可能", "不得", "全面推进"]
        for name in Fixtures.planNames {
            for item in try Fixtures.plan(name).items {
                for clause in TextDiff.clauses(item.node.text) {
                    runs.append(clause)
                    runs.append(String(clause.prefix(2)))
                    runs.append(String(clause.suffix(3)))
                }
            }
        }
        for w in words { runs += [w, w + "以", w + "以后", "在" + w, w + w] }
        var found = 0
        for run in runs {
            for k in words.indices {
                let expected = WordingCheck.matches(words[k], in: run)
                XCTAssertEqual(list.matches(k, in: run), expected, "\(words[k]) in \(run)")
                if expected { found += 1 }
            }
            let first = words.first { WordingCheck.matches($0, in: run) && $0 != "可" }
            XCTAssertEqual(list.first(in: run, where: { $0 != "可" }), first, run)
        }
        XCTAssertGreaterThan(found, 1_000)
    }
}
