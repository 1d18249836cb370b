/// Which of a plan's texts (its items, or all its clauses) hold each character pair: one table from
/// pair to a row of bits, a bit a text. Made once a plan, for the check's questions about a text's
/// pairs: whether it holds a word's first pair (before it is scanned for the word), and how many of
/// a reference clause's or wording line's pairs it holds (whether it copies it).
///
/// Why not a sorted pair set per text: an item's set was its clauses' sets merged one by one, and
/// every clause's set was sorted and kept, a twentieth of the check in sorting, merging and
/// allocating; one numbering of the plan's pairs is a single pass, and a question is a lookup.
struct PairHolders {
    private let table: BigramTable
    /// Words of 64 bits a pair's row takes (one for up to 64 texts).
    private let words: Int
    /// Row `g` (the pair numbered `g` by `table`) is `bits[g * words ..< (g + 1) * words]`.
    private let bits: [UInt64]
    /// Per text, how many distinct pairs it holds.
    let counts: [Int]

    /// `texts` in order; a text holds the pairs of adjacent scalars of its match text.
    init(_ texts: [MatchText]) {
        let (pairs, owners) = Self.pairs(of: texts)
        let (table, numbers, distinct) = BigramTable.numbering(pairs)
        let words = Swift.max(1, (texts.count + 63) / 64)
        var bits = [UInt64](plain: 0, count: distinct * words)
        var counts = [Int](plain: 0, count: texts.count)
        bits.withUnsafeMutableBufferPointer { bits in
            counts.withUnsafeMutableBufferPointer { counts in
                for n in numbers.indices {
                    let t = Int(owners[n])
                    let w = Int(numbers[n]) * words + t >> 6, bit: UInt64 = 1 << UInt64(t & 63)
                    if bits[w] & bit == 0 {
                        bits[w] |= bit
                        counts[t] += 1
                    }
                }
            }
        }
        (self.table, self.words, self.bits, self.counts) = (table, words, bits, counts)
    }

    /// Every text's pairs of adjacent scalars as they come (repeats kept), and the text each is
    /// of, written straight into two flat arrays: what a plan's pair tables are numbered from.
    static func pairs(of texts: [MatchText]) -> (pairs: [UInt64], owners: [Int32]) {
        let total = texts.reduce(0) { $0 + Swift.max($1.count - 1, 0) }
        var owners = [Int32](plain: 0, count: total)
        // Written in place (`plainCapacity` would copy a plan's worth of pairs from a scratch buffer;
        // the library's one storage-type lookup a plan costs less).
        let pairs = [UInt64](unsafeUninitializedCapacity: total) { out, count in
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
            count = n
        }
        return (pairs, owners)
    }

    /// Whether text `t` holds `pair`.
    @inline(__always)
    func holds(_ pair: UInt64, in t: Int) -> Bool {
        guard let g = table[pair] else { return false }
        return holds(row: g, in: t)
    }

    /// Whether text `t` holds the pair of row `g` (one of `rows(of:)`).
    @inline(__always)
    func holds(row g: Int, in t: Int) -> Bool {
        bits[g * words + t >> 6] >> UInt64(t & 63) & 1 != 0
    }

    /// The row of `pair`, when some text holds it.
    @inline(__always)
    func row(_ pair: UInt64) -> Int? { table[pair] }

    /// How many texts hold the pair of row `g`.
    func population(row g: Int) -> Int {
        var n = 0
        for w in 0..<words { n += bits[g * words + w].nonzeroBitCount }
        return n
    }

    /// Words of 64 bits a row takes.
    var rowWords: Int { words }

    /// Word `w` of row `g`: bit `t & 63` of word `t >> 6` is text `t`.
    @inline(__always)
    func word(row g: Int, _ w: Int) -> UInt64 { bits[g * words + w] }

    /// The rows of `set`'s pairs that some text holds (a pair no text holds is shared by none):
    /// looked up once for a set asked of text after text.
    func rows(of set: PairSet) -> [Int] {
        var out: [Int] = []
        out.reserveCapacity(set.count)
        for pair in set.sorted { if let g = table[pair] { out.append(g) } }
        return out
    }

    /// How many of `set`'s pairs text `t` holds: `set.sharedCount(the text's pair set)`.
    func sharedCount(_ set: PairSet, in t: Int) -> Int {
        var n = 0
        for pair in set.sorted where holds(pair, in: t) { n += 1 }
        return n
    }

    /// How many of the pairs of `rows` (`rows(of: set)`) text `t` holds: `sharedCount(set, in: t)`.
    func sharedCount(rows: [Int], in t: Int) -> Int {
        var n = 0
        for g in rows where holds(row: g, in: t) { n += 1 }
        return n
    }
}
