import XCTest
@testable import Compare

/// `ShortestEdit` against the standard library's `difference(from:)`, whose choices it must make:
/// every pair of short sequences over two and three symbols (where equally short edits abound),
/// random pairs of every size the check diffs, and the corpus's own lines against each other and
/// against changed copies of themselves. Any difference here would change a report's diff.
final class ShortestEditTests: XCTestCase {
    private func standardMarks(_ old: [UInt32], _ new: [UInt32]) -> (removed: [Bool], inserted: [Bool]) {
        var removed = [Bool](repeating: false, count: old.count), inserted = [Bool](repeating: false, count: new.count)
        for change in new.difference(from: old) {
            switch change {
            case let .remove(offset, _, _): removed[offset] = true
            case let .insert(offset, _, _): inserted[offset] = true
            }
        }
        return (removed, inserted)
    }

    private func assertSame(_ old: [UInt32], _ new: [UInt32], file: StaticString = #filePath, line: UInt = #line) {
        let mine = ShortestEdit.marks(from: old, to: new), theirs = standardMarks(old, new)
        if mine.removed != theirs.removed || mine.inserted != theirs.inserted {
            XCTFail("\(old) → \(new)", file: file, line: line)
        }
    }

    /// Every sequence over `symbols` of length 0 … `length`.
    private func all(_ symbols: UInt32, upTo length: Int) -> [[UInt32]] {
        var out: [[UInt32]] = [[]]
        var level: [[UInt32]] = [[]]
        for _ in 0..<length {
            level = level.flatMap { s in (0..<symbols).map { s + [$0] } }
            out += level
        }
        return out
    }

    func testEveryShortPairOverTwoAndThreeSymbols() {
        for (symbols, length) in [(UInt32(2), 6), (3, 4)] {
            let sequences = all(symbols, upTo: length)
            for old in sequences {
                for new in sequences { assertSame(old, new) }
            }
        }
    }

    func testRandomPairsOfEverySize() {
        var random = SeededRandom(seed: 0x2021)
        for round in 0..<3000 {
            let symbols = [2, 4, 8, 30, 500][round % 5]
            let old = (0..<random.next(120)).map { _ in UInt32(random.next(symbols)) }
            // A changed copy (as a plan changes the reference wording), or an unrelated sequence.
            var new = old
            if round % 4 == 3 {
                new = (0..<random.next(120)).map { _ in UInt32(random.next(symbols)) }
            } else {
                for _ in 0..<random.next(12) {
                    let at = random.next(new.count + 1)
                    switch random.next(3) {
                    case 0 where at < new.count: new.remove(at: at)
                    case 1: new.insert(UInt32(random.next(symbols)), at: at)
                    default: if at < new.count { new[at] = UInt32(random.next(symbols)) }
                    }
                }
            }
            assertSame(old, new)
            assertSame(new, old)
        }
    }

    func testCorpusLinesAgainstEachOtherAndChangedCopies() throws {
        let root = URL(fileURLWithPath: "\(#filePath)").deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let dir = root.appendingPathComponent("Corpus/local")
        var pairs = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: dir.path).filter({ $0.hasSuffix(".txt") }).sorted() {
            let text = try Ingest.decode(bytes: [UInt8](Data(contentsOf: dir.appendingPathComponent(name))), name: name)
            let lines = text.lines.map { $0.text.unicodeScalars.map(\.value) }.filter { !$0.isEmpty }
            for (k, line) in lines.enumerated() {
                if k + 1 < lines.count { assertSame(line, lines[k + 1]) }
                // Dropped words, a moved clause, an added phrase.
                let cut = Array(line.prefix(line.count / 3) + line.suffix(line.count / 2))
                assertSame(line, cut)
                assertSame(line, Array(line.suffix(line.count / 2) + line.prefix(line.count / 2)))
                assertSame(line, Array(line.prefix(line.count / 2)) + "按要求及时".unicodeScalars.map(\.value) + Array(line.suffix(line.count - line.count / 2)))
                pairs += 4
            }
        }
        XCTAssertGreaterThan(pairs, 1000)
    }
}
