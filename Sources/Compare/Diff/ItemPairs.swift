/// Which items of a plan hold each character pair: one table from pair to a row of bits, a bit an
/// item. Made once a plan, for the check's two questions about an item's pairs: whether it holds a
/// word's first pair (before its text is scanned for the word), and how many of a wording line's
/// pairs it holds (whether it copies the line).
///
/// Why not a sorted pair set per item: each item's set was its clauses' sets merged one by one,
/// a fiftieth of the batch in merging and allocating; one numbering of the plan's pairs is a
/// single pass, and a question is a lookup.
struct ItemPairs {
    private let table: BigramTable
    /// Words of 64 bits a pair's row takes (one for plans of up to 64 items).
    private let words: Int
    /// Row `g` (the pair numbered `g` by `table`) is `bits[g * words ..< (g + 1) * words]`.
    private let bits: [UInt64]

    /// `texts`: the items' match texts, in order; an item holds the pairs of adjacent scalars of
    /// its text.
    init(_ texts: [MatchText]) {
        let total = texts.reduce(0) { $0 + Swift.max($1.count - 1, 0) }
        var owners = [Int32](plain: 0, count: total)
        let pairs = [UInt64](plainCapacity: total) { out in
            var n = 0
            owners.withUnsafeMutableBufferPointer { owners in
                for (i, t) in texts.enumerated() {
                    t.scalars.withUnsafeBufferPointer { s in
                        guard s.count >= 2 else { return }
                        for k in 1..<s.count {
                            out[n] = MatchText.bigram(s[k - 1], s[k])
                            owners[n] = Int32(i)
                            n += 1
                        }
                    }
                }
            }
            return n
        }
        let (table, numbers, distinct) = BigramTable.numbering(pairs)
        let words = Swift.max(1, (texts.count + 63) / 64)
        var bits = [UInt64](plain: 0, count: distinct * words)
        bits.withUnsafeMutableBufferPointer { bits in
            for n in numbers.indices {
                let i = Int(owners[n])
                bits[Int(numbers[n]) * words + i >> 6] |= 1 << UInt64(i & 63)
            }
        }
        (self.table, self.words, self.bits) = (table, words, bits)
    }

    /// Whether item `i` holds `pair`.
    @inline(__always)
    func holds(_ pair: UInt64, item i: Int) -> Bool {
        guard let g = table[pair] else { return false }
        return bits[g * words + i >> 6] >> UInt64(i & 63) & 1 != 0
    }

    /// How many of `set`'s pairs item `i` holds: `set.sharedCount(the item's pair set)`.
    func sharedCount(_ set: PairSet, item i: Int) -> Int {
        var n = 0
        for pair in set.sorted where holds(pair, item: i) { n += 1 }
        return n
    }
}
