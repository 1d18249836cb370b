import XCTest
@testable import Compare

/// The typo check takes only the windows where a term of the window's length starts and ends as
/// it does (`TypoCheck.windows`); held here to the pass per length it replaced: the same windows
/// holding terms, in the same order, on every corpus item and on random texts made of terms, with
/// terms of 62 to 70 characters (lengths from 63 share one bit) and terms past the plane.
final class TypoWindowTests: XCTestCase {
    /// The former scan: per length, longest first, every place that starts and ends some term.
    private func passes(_ t: [UInt32], _ p: CheckReference) -> [[Int]] {
        let starts = t.map { $0 >= 0x1_0000 || p.typoStarts.contains(value: $0) }
        let ends = t.map { $0 >= 0x1_0000 || p.typoEnds.contains(value: $0) }
        var out: [[Int]] = []
        for n in p.typoLengths where t.count >= n {
            for start in 0...(t.count - n) where starts[start] && ends[start + n - 1] {
                if p.typoTerms(first: t[start], last: t[start + n - 1], length: n) != nil { out.append([n, start]) }
            }
        }
        return out
    }

    private func windows(_ t: [UInt32], _ p: CheckReference) -> [[Int]] {
        TypoCheck.windows(t, p).filter { p.typoTerms(first: t[$0.start], last: t[$0.start + $0.length - 1], length: $0.length) != nil }.map { [$0.length, $0.start] }
    }

    func testTheWindowsAreThePassesWindows() throws {
        var lexicon = try ObligationLexicon.load(directory: Fixtures.taxonomyFolder)
        let ideographs = (0..<70).map { String(UnicodeScalar(0x4E00 + 37 * $0 % 0x5000)!) }
        let long = [62, 63, 64, 70].map { ideographs.prefix($0).joined() }
        let pastPlane = ["\u{20000}政务公开工作", "政务公开\u{2A6D6}要点", "\u{20001}\u{20002}\u{20003}\u{20004}\u{20005}"]
        lexicon.glossary += long + pastPlane
        var random = SeededRandom(seed: 61)
        var found = 0
        for year in [2018, 2021] {
            let prepared = CheckReference(index: ReferenceIndex(try Fixtures.taxonomy.reference(forPlanYear: year)), lexicon: lexicon)
            XCTAssertTrue(prepared.typoLengths.contains(70) && prepared.typoLengths.contains(63))
            for name in Fixtures.planNames {
                for item in try Fixtures.plan(name).items {
                    let t = MatchText(item.node.text).scalars
                    XCTAssertEqual(windows(t, prepared), passes(t, prepared), name)
                }
            }
            // Texts of terms, some with one inner character changed, between ideographs and
            // scalars past the plane.
            let terms = TypoCheck.glossary(reference: prepared.index.reference, lexicon: lexicon).map(\.scalars)
            for _ in 0..<3_000 {
                var t: [UInt32] = []
                for _ in 0..<(1 + random.next(4)) {
                    switch random.next(4) {
                    case 0: t += [UInt32(0x4E00 + random.next(0x5200)), 0x20000 + UInt32(random.next(6))]
                    default:
                        var term = terms[random.next(terms.count)]
                        if random.next(2) == 0, term.count > 2 { term[1 + random.next(term.count - 2)] = UInt32(0x4E00 + random.next(0x5200)) }
                        t += term
                    }
                }
                let expected = passes(t, prepared)
                XCTAssertEqual(windows(t, prepared), expected)
                found += expected.count
            }
        }
        XCTAssertGreaterThan(found, 5_000)
    }

    /// The lengths by scalar read from the plane's table are the hashed table's, and the map's they
    /// were made from: every scalar of the plane and past it that a term of a random glossary
    /// starts, and every scalar around them that none does.
    func testThePlanesLengthsAreTheHashedTablesAndTheMaps() {
        var random = SeededRandom(seed: 0x7390)
        for _ in 0..<20 {
            var byScalar: [UInt32: UInt64] = [:]
            for _ in 0..<(1 + random.next(400)) {
                let scalar = random.next(4) == 0 ? UInt32(0x2_0000 + random.next(0x100)) : UInt32(0x4E00 + random.next(0x5200))
                byScalar[scalar, default: 0] |= CheckReference.lengthBit(2 + random.next(70))
            }
            let (plane, hashed) = (TypoLengths(byScalar), TypoLengths(byScalar, plane: false))
            var asked = Set(byScalar.keys)
            for s in byScalar.keys { asked.formUnion([s &- 1, s &+ 1]) }
            asked.formUnion([0, 0x41, 0x4DFF, 0xFFFF, 0x1_0000, 0x10_FFFF])
            for s in asked {
                XCTAssertEqual(plane.mask(s), byScalar[s] ?? 0, "\(s)")
                XCTAssertEqual(hashed.mask(s), byScalar[s] ?? 0, "\(s)")
            }
        }
    }
}
