import XCTest
@testable import Compare

/// `MatchText.firstOffset`, which looks for a needle's first pair eight places at a time, against
/// the plain search it replaced, on every start of random texts over a small alphabet (so pairs
/// repeat and overlap), with needles cut from the text and made up, of every length from one to
/// past the text's.
final class MatchTextSearchTests: XCTestCase {
    private func plainOffset(_ s: [UInt32], _ n: [UInt32], from start: Int) -> Int? {
        guard !n.isEmpty, n.count <= s.count, start >= 0, start <= s.count - n.count else { return nil }
        return (start...(s.count - n.count)).first { i in s[i..<(i + n.count)].elementsEqual(n) }
    }

    func testEveryStartFindsWhatThePlainSearchFinds() {
        var random = SeededRandom(seed: 16)
        let alphabet: [UInt32] = [0x516C, 0x653F, 0x5E9C, 0x31, 0x61]
        var found = 0, searched = 0
        for _ in 0..<400 {
            let text = (0..<random.next(40)).map { _ in alphabet[random.next(alphabet.count)] }
            let m = MatchText(scalars: text)
            for length in 1...12 {
                var needles = [(0..<length).map { _ in alphabet[random.next(alphabet.count)] }]
                if length <= text.count {
                    let at = random.next(text.count - length + 1)
                    needles.append(Array(text[at..<(at + length)]))
                }
                for n in needles {
                    for start in -1...(text.count + 1) {
                        let expected = plainOffset(text, n, from: start)
                        XCTAssertEqual(m.firstOffset(of: n, from: start), expected, "\(n) in \(text) from \(start)")
                        searched += 1
                        if expected != nil { found += 1 }
                    }
                }
            }
        }
        // Both answers are exercised: the texts are not all misses.
        XCTAssertGreaterThan(found, searched / 10)
        XCTAssertEqual(MatchText(scalars: []).firstOffset(of: [1]), nil)
        // A start past any text, near the largest Int, finds nothing and reads nothing.
        let long = MatchText(scalars: [UInt32](repeating: 1, count: 40))
        for start in [Int.max, Int.max - 3, Int.max - 8, 41, 40, 39] { XCTAssertNil(long.firstOffset(of: [1, 1], from: start), "\(start)") }
        XCTAssertEqual(MatchText(scalars: [1, 2]).firstOffset(of: []), nil)
    }
}
