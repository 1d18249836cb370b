/// A text's distinct character pairs (`MatchText.bigrams`), sorted: what the checks count shared
/// pairs of, clause against clause.
///
/// Why not `Set<UInt64>`: counting what two sets share asked the seeded hasher of every pair of
/// the smaller, and the checks ask it of every clause of an item against every reference clause
/// (a tenth of the check in hashing). Two sorted arrays are counted by one merge, with no hashing.
struct PairSet: Sequence {
    /// Ascending, each pair once.
    let sorted: [UInt64]

    init<S: Sequence>(_ pairs: S) where S.Element == UInt64 {
        var all = Array(pairs)
        RadixSort.sort(&all)
        // Repeats dropped in place: the sorted array becomes the set, with no second array (a
        // check makes one for every clause of every item).
        Self.dedupe(&all)
        sorted = all
    }

    /// `PairSet(text.bigrams)`: the pairs written straight from the scalars into the array that
    /// becomes the set (the checks make one for every clause of every item, and the pairs' own
    /// array and its copy were two allocations each).
    init(_ text: MatchText) {
        let s = text.scalars
        var all = [UInt64](plainCapacity: Swift.max(s.count - 1, 0)) { out in
            s.withUnsafeBufferPointer { s in
                guard s.count >= 2 else { return 0 }
                for k in 1..<s.count { out[k - 1] = MatchText.bigram(s[k - 1], s[k]) }
                return s.count - 1
            }
        }
        RadixSort.sort(&all)
        Self.dedupe(&all)
        sorted = all
    }

    /// `all`, ascending, with each repeat dropped in place.
    private static func dedupe(_ all: inout [UInt64]) {
        var n = 0
        all.withUnsafeMutableBufferPointer { b in
            for k in 0..<b.count where n == 0 || b[n - 1] != b[k] {
                b[n] = b[k]
                n += 1
            }
        }
        all.removeLast(all.count - n)
    }

    var count: Int { sorted.count }
    var isEmpty: Bool { sorted.isEmpty }

    func makeIterator() -> IndexingIterator<[UInt64]> { sorted.makeIterator() }

    /// How many pairs both hold: `Set`'s intersection count, by one merge of the two sorted lists.
    func sharedCount(_ other: PairSet) -> Int {
        let a = sorted, b = other.sorted
        var i = 0, j = 0, n = 0
        while i < a.count && j < b.count {
            if a[i] < b[j] {
                i += 1
            } else if a[i] > b[j] {
                j += 1
            } else {
                n += 1
                i += 1
                j += 1
            }
        }
        return n
    }
}
