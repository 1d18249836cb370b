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

    /// The pairs of the match texts `parts` written one after another, from the parts' own sets
    /// (`sets[k]` is `PairSet(parts[k])`): every part's pairs and each pair where one non-empty part
    /// meets the next, merged. An item's match text is its clauses' end to end (what splits them
    /// and trims them is never kept in a match text), so its set is its clauses' sets merged: the
    /// item's pairs, sorted again, were a twentieth of the check.
    init(joining parts: [MatchText], sets: [PairSet]) {
        var junctions: [UInt64] = []
        var last: UInt32? = nil
        for p in parts where !p.isEmpty {
            if let l = last { junctions.append(MatchText.bigram(l, p.scalars[0])) }
            last = p.scalars[p.count - 1]
        }
        junctions.sort()
        Self.dedupe(&junctions)
        var merged = junctions
        for set in sets { merged = Self.union(merged, set.sorted) }
        sorted = merged
    }

    /// Two ascending lists without repeats, merged into one.
    private static func union(_ a: [UInt64], _ b: [UInt64]) -> [UInt64] {
        if a.isEmpty { return b }
        if b.isEmpty { return a }
        return [UInt64](plainCapacity: a.count + b.count) { out in
            a.withUnsafeBufferPointer { a in
                b.withUnsafeBufferPointer { b in
                    var i = 0, j = 0, n = 0
                    while i < a.count && j < b.count {
                        let x = a[i], y = b[j]
                        if x < y {
                            out[n] = x
                            i += 1
                        } else if y < x {
                            out[n] = y
                            j += 1
                        } else {
                            out[n] = x
                            i += 1
                            j += 1
                        }
                        n += 1
                    }
                    while i < a.count { out[n] = a[i]; i += 1; n += 1 }
                    while j < b.count { out[n] = b[j]; j += 1; n += 1 }
                    return n
                }
            }
        }
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

    /// Whether `pair` is one of them: a binary search.
    func contains(_ pair: UInt64) -> Bool {
        var lo = 0, hi = sorted.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if sorted[mid] < pair { lo = mid + 1 } else { hi = mid }
        }
        return lo < sorted.count && sorted[lo] == pair
    }

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
