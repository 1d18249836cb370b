import Foundation

/// A text's pairs counted by their number in a vocabulary numbered in ascending pair order, and read
/// back in that order: what a TF-IDF vector's weights are summed from, in a fixed order, without
/// sorting the text's pairs (sorting every item's pairs was a twentieth of aligning and topics).
///
/// Working memory of a bit and a count per vocabulary number, all zero again once read back: made
/// once for many texts (a plan's items, one after another), never shared between threads.
final class RankCounts {
    private let bits: UnsafeMutablePointer<UInt64>
    private let counts: UnsafeMutablePointer<UInt32>
    private let words: Int
    /// The words of `bits` holding any bit, so a read visits only those.
    private var low = Int.max, high = -1

    /// `size`: how many numbers the vocabulary has.
    /// Zeroed by the allocator (`calloc`), not element by element: three a plan, for vocabularies
    /// of thousands of pairs.
    init(_ size: Int) {
        words = Swift.max(1, (size + 63) / 64)
        guard let b = calloc(words, MemoryLayout<UInt64>.stride), let c = calloc(Swift.max(1, size), MemoryLayout<UInt32>.stride) else {
            fatalError("out of memory for \(size) pair counts")
        }
        bits = b.bindMemory(to: UInt64.self, capacity: words)
        counts = c.bindMemory(to: UInt32.self, capacity: Swift.max(1, size))
    }

    deinit {
        free(bits)
        free(counts)
    }

    /// One more occurrence of number `n` (below the size).
    @inline(__always)
    func add(_ n: Int) {
        counts[n] &+= 1
        bits[n >> 6] |= 1 << UInt64(n & 63)
        low = Swift.min(low, n >> 6)
        high = Swift.max(high, n >> 6)
    }

    /// `body` with every number added since the last read and its count, ascending; everything is
    /// back at zero after.
    @inline(__always)
    func drain(_ body: (_ n: Int, _ count: Int) -> Void) {
        guard high >= 0 else { return }
        for w in low...high {
            var word = bits[w]
            bits[w] = 0
            while word != 0 {
                let n = w &<< 6 &+ word.trailingZeroBitCount
                word &= word &- 1
                let count = Int(counts[n])
                counts[n] = 0
                body(n, count)
            }
        }
        (low, high) = (Int.max, -1)
    }
}
