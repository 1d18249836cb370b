/// Which of a plan's texts (its items, or all its clauses) hold each character pair: one table from
/// pair to a row of bits, a bit a text. Made once a plan, for the check's questions about a text's
/// pairs: whether it holds a word's first pair (before it is scanned for the word), and how many of
/// a reference clause's or wording line's pairs it holds (whether it copies it).
///
/// Why not a sorted pair set per text: an item's set was its clauses' sets merged one by one, and
/// every clause's set was sorted and kept, a twentieth of the check in sorting, merging and
/// allocating; one numbering of the plan's pairs is a single pass, and a question is a lookup.
///
/// A row of bits a pair costs the plan's pairs times its texts over 64: nothing for a plan of a few
/// hundred clauses, but a plan of megabytes (tens of thousands of clauses, hundreds of thousands of
/// pairs) would take gigabytes. Past a size linear in the plan's pairs, each row is a sorted list
/// of the texts holding the pair instead (`Layout`), and the questions read the lists.
struct PairHolders {
    private let table: BigramTable
    /// Words of 64 bits a row of bits takes (one for up to 64 texts).
    private let words: Int
    /// Row `g` (the pair numbered `g` by `table`), as bits: `bits[g * words ..< (g + 1) * words]`;
    /// or, as a list, `holders[starts[g] ..< starts[g + 1]]`, ascending.
    private let bits: [UInt64]
    private let starts: [Int32]
    private let holders: [Int32]
    /// Whether the rows are bits.
    let isDense: Bool
    /// Per text, how many distinct pairs it holds.
    let counts: [Int]

    /// How the rows are kept: rows of bits while they take at most `denseShare` words per pair of
    /// the plan (and always when they take a few thousand words at most), else lists; or one of
    /// the two, whatever the size (what a test compares them with).
    enum Layout { case bySize, dense, sparse }
    static let denseShare = 8

    /// `texts` in order; a text holds the pairs of adjacent scalars of its match text.
    init(_ texts: [MatchText], layout: Layout = .bySize) {
        let (pairs, owners) = Self.pairs(of: texts)
        let (table, numbers, distinct) = BigramTable.numbering(pairs)
        self.init(table: table, numbers: numbers, distinct: distinct, owners: owners, texts: texts.count, held: pairs.count, layout: layout)
    }

    /// The tables of a plan's clauses (numbered across the plan) and of its items, each item's
    /// match text being its clauses' end to end (`CheckContext.texts`): an item holds its clauses'
    /// pairs and those where one non-empty clause meets the next. One numbering serves both (a pair
    /// only clauses meet at has a row no clause holds).
    static func clausesAndItems(_ clauses: [[MatchText]], layout: Layout = .bySize) -> (clauses: PairHolders, items: PairHolders) {
        let total = clauses.reduce(0) { $0 + $1.reduce(0) { $0 + Swift.max($1.count - 1, 0) + 1 } }
        var (clauseOwners, itemOwners) = ([Int32](plain: 0, count: total), [Int32](plain: 0, count: total))
        var (n, c, held) = (0, 0, 0)
        // Written in place, text by text: the owners ascend, as the lists need (-1: a meeting pair,
        // no clause's).
        let pairs = [UInt64](unsafeUninitializedCapacity: total) { out, count in
            clauseOwners.withUnsafeMutableBufferPointer { clauseOwners in
                itemOwners.withUnsafeMutableBufferPointer { itemOwners in
                    for (i, parts) in clauses.enumerated() {
                        var previous: UInt32? = nil
                        for p in parts {
                            p.scalars.withUnsafeBufferPointer { s in
                                if let v = previous, let first = s.first {
                                    (out[n], clauseOwners[n], itemOwners[n]) = (MatchText.bigram(v, first), -1, Int32(i))
                                    n += 1
                                }
                                if s.count >= 2 {
                                    for k in 1..<s.count {
                                        (out[n], clauseOwners[n], itemOwners[n]) = (MatchText.bigram(s[k - 1], s[k]), Int32(c), Int32(i))
                                        n += 1
                                    }
                                    held += s.count - 1
                                }
                                if let last = s.last { previous = last }
                            }
                            c += 1
                        }
                    }
                }
            }
            count = n
        }
        let (table, numbers, distinct) = BigramTable.numbering(pairs)
        return (PairHolders(table: table, numbers: numbers, distinct: distinct, owners: clauseOwners, texts: c, held: held, layout: layout),
                PairHolders(table: table, numbers: numbers, distinct: distinct, owners: itemOwners, texts: clauses.count, held: n, layout: layout))
    }

    /// The table of the pairs `table` numbers (`numbers`, one an occurrence, `distinct` of them),
    /// each occurrence held by the text `owners` names (-1: none); the owners ascend. `held`: how
    /// many occurrences some text holds (what the rows' size is measured against).
    private init(table: BigramTable, numbers: [Int32], distinct: Int, owners: [Int32], texts: Int, held: Int, layout: Layout) {
        let words = Swift.max(1, (texts + 63) / 64)
        var counts = [Int](plain: 0, count: texts)
        let size = distinct.multipliedReportingOverflow(by: words)
        let dense: Bool
        switch layout {
        case .dense: dense = true
        case .sparse: dense = false
        case .bySize: dense = !size.overflow && size.partialValue <= Swift.max(4_096, Self.denseShare * held)
        }
        if dense {
            var bits = [UInt64](plain: 0, count: distinct * words)
            bits.withUnsafeMutableBufferPointer { bits in
                counts.withUnsafeMutableBufferPointer { counts in
                    for n in numbers.indices where owners[n] >= 0 {
                        let t = Int(owners[n])
                        // Wrapping arithmetic: a place in the rows, below their size.
                        let w = Int(numbers[n]) &* words &+ t >> 6, bit: UInt64 = 1 << UInt64(t & 63)
                        if bits[w] & bit == 0 {
                            bits[w] |= bit
                            counts[t] &+= 1
                        }
                    }
                }
            }
            (self.bits, self.starts, self.holders) = (bits, [], [])
        } else {
            // The pairs come text by text, so each row's texts are laid out ascending by a counting
            // sort on the pair's number; a text holding a pair twice is kept once (the row's last
            // text is the one just laid).
            var starts = [Int32](plain: 0, count: distinct + 1)
            var last = [Int32](plain: -1, count: distinct)
            for n in numbers.indices where owners[n] >= 0 && last[Int(numbers[n])] != owners[n] {
                last[Int(numbers[n])] = owners[n]
                starts[Int(numbers[n]) + 1] += 1
                counts[Int(owners[n])] += 1
            }
            for g in 0..<distinct { starts[g + 1] += starts[g] }
            var next = Array(starts.dropLast())
            var holders = [Int32](plain: 0, count: Int(starts[distinct]))
            last = [Int32](plain: -1, count: distinct)
            for n in numbers.indices where owners[n] >= 0 && last[Int(numbers[n])] != owners[n] {
                let g = Int(numbers[n])
                last[g] = owners[n]
                holders[Int(next[g])] = owners[n]
                next[g] += 1
            }
            (self.bits, self.starts, self.holders) = ([], starts, holders)
        }
        (self.table, self.words, self.isDense, self.counts) = (table, words, dense, counts)
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
        isDense ? bits[g &* words &+ t >> 6] >> UInt64(t & 63) & 1 != 0 : listHolds(row: g, in: t)
    }

    /// `holds(row:in:)` of rows kept as lists: a binary search of the row's texts. Not inlined: the
    /// searches that ask of every entry inline the bit test and must stay small.
    @inline(never)
    private func listHolds(row g: Int, in t: Int) -> Bool {
        var (low, high) = (Int(starts[g]), Int(starts[g + 1]))
        while low < high {
            let mid = (low + high) >> 1
            if Int(holders[mid]) < t { low = mid + 1 } else { high = mid }
        }
        return low < Int(starts[g + 1]) && Int(holders[low]) == t
    }

    /// The texts holding the pair of row `g`, ascending, when the rows are lists.
    @inline(__always)
    func texts(row g: Int) -> ArraySlice<Int32> {
        holders[Int(starts[g])..<Int(starts[g + 1])]
    }

    /// The row of `pair`, when some text holds it (or, in a table made with another's numbering,
    /// may: `clausesAndItems`).
    @inline(__always)
    func row(_ pair: UInt64) -> Int? { table[pair] }

    /// How many texts hold the pair of row `g`.
    func population(row g: Int) -> Int {
        guard isDense else { return Int(starts[g + 1] - starts[g]) }
        var n = 0
        for w in 0..<words { n += bits[g * words + w].nonzeroBitCount }
        return n
    }

    /// Elements the rows are kept in (bits' words, or list entries and starts): what a plan's size
    /// bounds.
    var storage: Int { bits.count + starts.count + holders.count }

    /// Words of 64 bits a bit a text takes (a row's, when the rows are bits).
    var rowWords: Int { words }

    /// Word `w` of row `g`, when the rows are bits: bit `t & 63` of word `t >> 6` is text `t`.
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
