import XCTest
@testable import Compare

/// `RadixSort` gives `sort()`'s order on every length and every spread of values: pairs of
/// ideographs, pairs past the plane, vocabulary numbers, values differing in one byte or in all,
/// all equal, negative numbers (which go to the comparison sort).
final class RadixSortTests: XCTestCase {
    func testEveryLengthAndSpreadSortsAsTheComparisonSort() {
        var random = SeededRandom(seed: 57)
        let spreads: [(inout SeededRandom) -> UInt64] = [
            { r in MatchText.bigram(UInt32(0x4E00 + r.next(0x5200)), UInt32(0x4E00 + r.next(0x5200))) },
            { r in MatchText.bigram(UInt32(0x20000 + r.next(0x10000)), UInt32(r.next(0x80))) },
            { r in UInt64(r.next(12_000)) },
            { r in UInt64(r.next(4)) << 56 | UInt64(r.next(3)) },
            { r in UInt64(r.next(Int.max)) &* 0x9E37_79B9_7F4A_7C15 },
            { _ in 42 },
        ]
        var checked = 0
        for spread in spreads {
            for length in Array(0...130) + [200, 500, 1_000, 5_000] {
                var values = (0..<length).map { _ in spread(&random) }
                let expected = values.sorted()
                RadixSort.sort(&values)
                XCTAssertEqual(values, expected, "length \(length)")
                let ints = expected.map { Int(truncatingIfNeeded: $0 >> 1) }
                var shuffled = ints.reversed() as [Int]
                RadixSort.sort(&shuffled)
                XCTAssertEqual(shuffled, ints.sorted(), "length \(length)")
                checked += 1
            }
        }
        let mixed = (0..<300).map { $0 % 2 == 0 ? -$0 : $0 * 1_000 }
        var negative = mixed
        RadixSort.sort(&negative)
        XCTAssertEqual(negative, mixed.sorted())
        XCTAssertEqual(checked, 6 * 135)
    }
}
