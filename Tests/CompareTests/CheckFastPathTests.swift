import XCTest
@testable import Compare

/// The check's fast paths against the plain readings they replaced: any difference here would
/// change a finding.
final class CheckFastPathTests: XCTestCase {
    /// The clause index's grouping gives each pair the entries the sort by (pair, entry) gave it,
    /// in the same order, with equal pairs side by side: on postings as they arrive (entry by entry),
    /// with common and rare pairs, pairs of every scalar range, and inputs of every size up to
    /// tens of thousands (where buckets hold several pairs).
    func testGroupedPostingsEqualTheSortedOnes() {
        var seed: UInt64 = 7
        func next(_ n: UInt64) -> UInt64 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return (seed >> 33) % n
        }
        let halves: [UInt64] = [0, 1, 0x30, 0x4E00, 0x9FFF, 0x2_0000, 0x10_FFFF]
        for round in 0..<300 {
            var pending: [(pair: UInt64, entry: Int32)] = []
            let entries = round % 30 == 29 ? 4_000 : Int(next(120))
            let alphabet = [3, 40, 3_000][round % 3]
            for e in 0..<entries {
                var pairs = Set<UInt64>()
                for _ in 0..<Int(next(12)) {
                    let a = next(6) == 0 ? halves[Int(next(UInt64(halves.count)))] : 0x4E00 + next(UInt64(alphabet))
                    let b = next(6) == 0 ? halves[Int(next(UInt64(halves.count)))] : 0x4E00 + next(UInt64(alphabet))
                    pairs.insert(a << 32 | b)
                }
                for p in pairs.sorted() { pending.append((p, Int32(e))) }
            }
            var grouped = pending
            PlanClauses.groupByPair(&grouped)
            XCTAssertEqual(grouped.count, pending.count)
            var runs: [UInt64: [Int32]] = [:]
            var seen = Set<UInt64>()
            for (k, p) in grouped.enumerated() {
                if k == 0 || grouped[k - 1].pair != p.pair {
                    XCTAssertTrue(seen.insert(p.pair).inserted, "pair \(p.pair) split in two runs")
                }
                runs[p.pair, default: []].append(p.entry)
            }
            var expected: [UInt64: [Int32]] = [:]
            for p in pending.sorted(by: { ($0.pair, $0.entry) < ($1.pair, $1.entry) }) { expected[p.pair, default: []].append(p.entry) }
            XCTAssertEqual(runs, expected)
        }
    }

    /// Shared pairs counted by one merge of two sorted lists equal the count of the two sets'
    /// intersection, on random lists with repeats and on every corpus line against the next.
    func testPairSetCountsWhatTheSetsShare() throws {
        var seed: UInt64 = 11
        func next(_ n: UInt64) -> UInt64 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return (seed >> 33) % n
        }
        for _ in 0..<2000 {
            let a = (0..<Int(next(60))).map { _ in next(40) }, b = (0..<Int(next(60))).map { _ in next(40) }
            XCTAssertEqual(PairSet(a).sharedCount(PairSet(b)), Set(a).intersection(Set(b)).count)
            XCTAssertEqual(PairSet(a).count, Set(a).count)
            XCTAssertEqual(Array(PairSet(a)), Set(a).sorted())
        }
        let root = URL(fileURLWithPath: "\(#filePath)").deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let dir = root.appendingPathComponent("Corpus/local")
        var lines: [MatchText] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: dir.path).filter({ $0.hasSuffix(".txt") }).sorted() {
            let text = try Ingest.decode(bytes: [UInt8](Data(contentsOf: dir.appendingPathComponent(name))), name: name)
            lines += text.lines.map { MatchText($0.text) }
        }
        var shared = 0
        for (a, b) in zip(lines, lines.dropFirst()) {
            let n = PairSet(a.bigrams).sharedCount(PairSet(b.bigrams))
            XCTAssertEqual(n, Set(a.bigrams).sharedCount(Set(b.bigrams)))
            shared += n
        }
        XCTAssertGreaterThan(shared, 100)
    }

    /// The typo scan skips windows whose first scalar starts no term: every term of both years'
    /// references starts on a scalar the table holds (or past the plane, where nothing is skipped).
    func testTypoStartsHoldEveryTermsFirstScalar() throws {
        let lexicon = try ObligationLexicon.load(directory: Fixtures.taxonomyFolder)
        for year in [2018, 2021] {
            let prepared = CheckReference(index: ReferenceIndex(try Fixtures.taxonomy.reference(forPlanYear: year)), lexicon: lexicon)
            let terms = prepared.typoGroups.joined()
            XCTAssertGreaterThan(terms.count, 20)
            for term in terms {
                let first = term.scalars[0]
                XCTAssertTrue(first >= 0x1_0000 || prepared.typoStarts.contains(value: first), MatchText.string(term.scalars))
            }
            XCTAssertFalse(prepared.typoStarts.contains(value: 0x0041))
        }
    }
}
