/// Every clause of every item of a plan, and every two adjacent clauses joined (a plan may put a
/// comma inside a copied clause): what the checks look a reference clause or list up in. Made once
/// per plan, on the context's table of which clauses hold each character pair (`PairHolders`).
///
/// The entries come in the order the items and their clauses do: clause 0 of an item, clauses 0
/// and 1 joined, clause 1, … An entry that joins two clauses holds both clauses' pairs and the pair
/// where they meet; which entries hold a pair is read from the clauses' bits (a clause, or either
/// of two adjacent ones) and from a short table of the meeting pairs, not from a second index of
/// every entry's pairs (which was two fifths of the plan's preparation for the check).
struct PlanClauses {
    /// Per entry: the item, and which of its clauses (one, or two adjacent).
    private(set) var items: [Int] = []
    private(set) var spans: [ClosedRange<Int>] = []
    /// Per entry, the length of its match text (a joined entry's is its two clauses' together).
    private var lengths: [Int] = []
    /// Per item, its text and where its clauses stand in it (`CheckContext.clauseRanges`): a
    /// clause's string is made when a finding quotes it.
    private var texts: [String] = []
    private var ranges: [[Range<Int>]] = []
    /// Per item, its clauses' match texts (`CheckContext.clauseMatches`).
    private var clauseMatches: [[MatchText]] = []
    /// Which of the plan's clauses (numbered across the plan) hold each pair.
    private var holders = PairHolders([])
    /// Per clause of the plan, its entry (`singles[c].entry`, kept flat for the search); the
    /// entry joining it to the next clause of its item, when it has one, is the next entry.
    private var singleEntry: [Int32] = []
    /// Per clause, whether the next clause of the plan is of the same item (the joined entries'
    /// bits: a clause's bit or the next one's).
    private var joinsNext: [UInt64] = []
    /// The pairs where two joined clauses meet, numbered, and per number the joined entries (by
    /// the clause they start at) that meet there.
    private var junctionTable = BigramTable([])
    private var junctionStarts: [Int32] = []
    private var junctionClauses: [Int32] = []
    /// Per entry, its (first) clause of the plan times two, plus one for an entry joining two; and
    /// per clause joining the next, the pair where they meet: whether an entry holds a pair, asked
    /// of the few entries a search has reached (`entry(_:holds:row:)`).
    private var entryClauses: [Int32] = []
    private var meetingPairs: [UInt64?] = []
    /// Every entry's digest (`MatchText.digest`) numbered, and per number the first entry with it:
    /// a reference clause the plan copies whole is found in one lookup. About half the searches of
    /// a plan written from the reference's wording end there.
    private var digestTable = BigramTable([])
    private var firstWithDigest: [Int32] = []
    /// `best`'s working memory, made once a plan: every count back at zero between searches.
    private var scratch = Scratch(0)

    /// A count per entry (zero between uses), and room for the entries a search touches and for
    /// its candidates. Only the search that owns the plan's clauses uses it, one search at a time.
    private final class Scratch {
        let counts: UnsafeMutablePointer<Int32>
        let touched: UnsafeMutablePointer<Int32>
        let candidates: UnsafeMutablePointer<Int32>

        init(_ n: Int) {
            counts = .allocate(capacity: max(n, 1))
            counts.initialize(repeating: 0, count: max(n, 1))
            touched = .allocate(capacity: max(n, 1))
            candidates = .allocate(capacity: max(n, 1))
        }

        deinit {
            counts.deallocate()
            touched.deallocate()
            candidates.deallocate()
        }
    }

    init(_ ctx: CheckContext) {
        texts = ctx.alignment.items.map(\.item.node.text)
        ranges = ctx.clauseRanges
        clauseMatches = ctx.clauseMatches
        holders = ctx.clausePairs
        var junctions: [UInt64] = []
        var junctionOwners: [Int32] = []
        var digests: [UInt64] = []
        // Sized up front: a plan's clauses are known, and its entries are at most twice as many
        // (each clause, and each joined to the next); grown from empty, the lists were reallocated
        // a dozen times a plan each.
        let clauses = ctx.clauseMatches.reduce(0) { $0 + $1.count }
        singleEntry.reserveCapacity(clauses)
        singles.reserveCapacity(clauses)
        junctions.reserveCapacity(clauses)
        junctionOwners.reserveCapacity(clauses)
        items.reserveCapacity(2 * clauses)
        spans.reserveCapacity(2 * clauses)
        lengths.reserveCapacity(2 * clauses)
        entryClauses.reserveCapacity(2 * clauses)
        digests.reserveCapacity(2 * clauses)
        joinsNext = [UInt64](plain: 0, count: holders.rowWords)
        meetingPairs = [UInt64?](repeating: nil, count: ctx.clausePairs.counts.count)
        for i in ctx.alignment.items.indices {
            let ms = ctx.clauseMatches[i]
            for k in ms.indices {
                let c = ctx.clause(i, k)
                singleEntry.append(Int32(items.count))
                entryClauses.append(Int32(c << 1))
                add(i, k...k, ms[k].count)
                singles.append((i, k, ms[k], items.count - 1))
                let digest = ctx.clauseDigests[c]
                digests.append(digest)
                if k + 1 < ms.count {
                    joinsNext[c >> 6] |= 1 << UInt64(c & 63)
                    entryClauses.append(Int32(c << 1 | 1))
                    add(i, k...(k + 1), ms[k].count + ms[k + 1].count)
                    digests.append(MatchText.digest(ms[k + 1].scalars, continuing: digest))
                    if let last = ms[k].scalars.last, let first = ms[k + 1].scalars.first {
                        junctions.append(MatchText.bigram(last, first))
                        junctionOwners.append(Int32(c))
                        meetingPairs[c] = MatchText.bigram(last, first)
                    }
                }
            }
        }
        let (table, numbers, distinct) = BigramTable.numbering(junctions)
        var starts = [Int32](plain: 0, count: distinct + 1)
        for g in numbers { starts[Int(g) + 1] += 1 }
        for g in 0..<distinct { starts[g + 1] += starts[g] }
        var next = Array(starts.dropLast())
        var laid = [Int32](plain: 0, count: junctions.count)
        for (n, g) in numbers.enumerated() {
            laid[Int(next[Int(g)])] = junctionOwners[n]
            next[Int(g)] += 1
        }
        (junctionTable, junctionStarts, junctionClauses) = (table, starts, laid)
        let numbered = BigramTable.numbering(digests)
        var first = [Int32](plain: -1, count: numbered.distinct)
        for (e, n) in numbered.numbers.enumerated() where first[Int(n)] < 0 { first[Int(n)] = Int32(e) }
        (digestTable, firstWithDigest) = (numbered.table, first)
        scratch = Scratch(items.count)
    }

    mutating func add(_ i: Int, _ span: ClosedRange<Int>, _ length: Int) {
        items.append(i)
        spans.append(span)
        lengths.append(length)
    }

    /// The single clauses (not the joined pairs), in document order, with their items, their
    /// places among the item's clauses (`clauseText`) and match texts: what a list is looked for in.
    /// `entry`: the clause's own entry in the index.
    private(set) var singles: [(item: Int, clause: Int, match: MatchText, entry: Int)] = []

    /// Entry `e`'s match text: its clause's, or its two clauses' end to end.
    func match(_ e: Int) -> MatchText {
        let (i, span) = (items[e], spans[e])
        let ms = clauseMatches[i]
        return span.count == 1 ? ms[span.lowerBound] : MatchText(scalars: ms[span.lowerBound].scalars + ms[span.upperBound].scalars)
    }

    /// How much of the pattern `common` entry `e` keeps in order: `common.common(match(e).scalars)`,
    /// a joined entry's two clauses read one after the other rather than joined into a new array.
    func kept(of common: CommonLength, entry e: Int) -> Int {
        let (i, span) = (items[e], spans[e])
        let ms = clauseMatches[i]
        return span.count == 1 ? common.common(ms[span.lowerBound].scalars) : common.common(ms[span.lowerBound].scalars, ms[span.upperBound].scalars)
    }

    /// Every entry's match text, in order.
    var matches: [MatchText] { items.indices.map(match) }

    /// The first entry, in the plan's order, whose match text is `clause`'s: what `best` returns
    /// for a clause copied whole (it keeps all of the clause, and no entry keeping all is shorter).
    /// Nil when there is none, or when the first entry with its digest holds another text.
    func copy(of clause: CheckReference.WordingClause) -> Int? {
        guard let n = digestTable[clause.digest] else { return nil }
        let e = Int(firstWithDigest[n])
        let s = clause.match.scalars
        guard lengths[e] == s.count else { return nil }
        let (i, span) = (items[e], spans[e])
        let ms = clauseMatches[i]
        if span.count == 1 { return ms[span.lowerBound].scalars == s ? e : nil }
        let (a, b) = (ms[span.lowerBound].scalars, ms[span.upperBound].scalars)
        return s[..<a.count].elementsEqual(a) && s[a.count...].elementsEqual(b) ? e : nil
    }

    /// Clause `k` of item `i` as written.
    func clauseText(_ i: Int, _ k: Int) -> String {
        TextDiff.clause(texts[i], ranges[i][k])
    }

    /// Calls `body` with every entry holding `pair`, once each: the entries of the clauses
    /// holding it, those joining a clause holding it to the next, and those whose two clauses
    /// meet at it. `body` may see them out of order.
    @inline(__always)
    private func forEachEntry(holding pair: UInt64, _ body: (Int) -> Void) {
        forEachEntry(holding: pair, row: holders.row(pair) ?? -1, body)
    }

    /// `forEachEntry(holding:)` with the pair's row looked up already (-1: no clause holds it).
    @inline(__always)
    private func forEachEntry(holding pair: UInt64, row: Int, _ body: (Int) -> Void) {
        let g = row >= 0 ? row : nil
        if let g, !holders.isDense {
            // The row's clauses ascending: a joined entry at c holds the pair when c or c + 1
            // does, visited at c, or at c + 1 when c does not hold it.
            var previous = -2
            for t in holders.texts(row: g) {
                let c = Int(t)
                body(Int(singleEntry[c]))
                if c > 0, previous != c - 1, joins(c - 1) { body(Int(singleEntry[c - 1]) + 1) }
                if joins(c) { body(Int(singleEntry[c]) + 1) }
                previous = c
            }
        } else if let g {
            for w in 0..<holders.rowWords {
                let word = holders.word(row: g, w)
                var single = word
                while single != 0 {
                    let c = w &<< 6 &+ single.trailingZeroBitCount
                    single &= single &- 1
                    body(Int(singleEntry[c]))
                }
                // A joined entry at clause c holds the pair when clause c or c + 1 does: the
                // word's bits or the next clause's moved down one, where c joins the next.
                let nextWord = w + 1 < holders.rowWords ? holders.word(row: g, w + 1) : 0
                var joined = (word | (word >> 1) | (nextWord << 63)) & joinsNext[w]
                while joined != 0 {
                    let c = w &<< 6 &+ joined.trailingZeroBitCount
                    joined &= joined &- 1
                    body(Int(singleEntry[c]) + 1)
                }
            }
        }
        guard let j = junctionTable[pair] else { return }
        for n in Int(junctionStarts[j])..<Int(junctionStarts[j + 1]) {
            let c = Int(junctionClauses[n])
            // Counted above when either clause holds the pair itself.
            if let g, holders.holds(row: g, in: c) || holders.holds(row: g, in: c + 1) { continue }
            body(Int(singleEntry[c]) + 1)
        }
    }

    /// Whether clause `c` of the plan is joined to the next (has a joined entry).
    @inline(__always)
    private func joins(_ c: Int) -> Bool { joinsNext[c >> 6] >> UInt64(c & 63) & 1 != 0 }

    /// Whether entry `e` holds `pair`, whose row in the clauses' table is `row` (-1 when no clause
    /// holds it): its clause does, or, for an entry joining two, the second clause does or the two
    /// meet at it. What `forEachEntry(holding:)` visits, asked of one entry.
    @inline(__always)
    private func entry(_ e: Int, holds pair: UInt64, row: Int) -> Bool {
        let g = row >= 0 ? row : nil
        let code = Int(entryClauses[e])
        let c = code >> 1
        if let g, holders.holds(row: g, in: c) { return true }
        guard code & 1 == 1 else { return false }
        if let g, holders.holds(row: g, in: c + 1) { return true }
        return meetingPairs[c] == pair
    }

    /// Whether entry `e` holds `pair`: `entry(_:holds:row:)` with the row looked up.
    func entry(_ e: Int, holds pair: UInt64) -> Bool {
        entry(e, holds: pair, row: holders.row(pair) ?? -1)
    }

    /// Per entry, whether it may hold `needle`: it holds the needle's first pair (every entry, for
    /// a needle shorter than two). `mayHold(any:)` asks it of many needles at once; this one is
    /// what the tests hold that to.
    func mayHold(_ needle: MatchText) -> [Bool] {
        guard needle.count >= 2 else { return [Bool](plain: true, count: items.count) }
        var out = [Bool](plain: false, count: items.count)
        forEachEntry(holding: MatchText.bigram(needle.scalars[0], needle.scalars[1])) { out[$0] = true }
        return out
    }

    /// Per entry, which of `needles` it may hold (`mayHold` of each at once, in one array): needle
    /// `k` is bit `k & 63` of word `e * words + k >> 6` for entry `e`.
    func mayHold(any needles: [MatchText]) -> (bits: [UInt64], words: Int) {
        let words = (needles.count + 63) / 64
        var out = [UInt64](plain: 0, count: items.count * words)
        for (k, needle) in needles.enumerated() {
            let (w, bit) = (k >> 6, UInt64(1) << UInt64(k & 63))
            if needle.count < 2 {
                for e in items.indices { out[e * words + w] |= bit }
            } else {
                forEachEntry(holding: MatchText.bigram(needle.scalars[0], needle.scalars[1])) { out[$0 * words + w] |= bit }
            }
        }
        return (out, words)
    }

    /// The plan clause keeping most of `clause` in order (the shorter on a tie), and the share
    /// it keeps.
    func best(_ clause: CheckReference.WordingClause) -> (index: Int, share: Double)? {
        // Pairs shared, counted in a flat array through pointers (a `Dictionary` here was a tenth
        // of the check). Only the entries sharing a third of the pairs are compared, in the plan's
        // order, which breaks ties: the entries touched are noted as the counts are made, those
        // sharing enough picked out and sorted (a few), and the counts put back to zero, so a
        // search costs what the clause's pairs reach, not a pass over every entry of the plan.
        //
        // An entry sharing a third of the pairs (`least`, rounded up) shares at least one of any
        // `need - least + 1` of them: so those are looked up first, the ones fewest of the
        // reference's wording clauses hold (`searchOrder`), and only the entries they reach are
        // counted on for the `least - 1` commonest (信息, 公开, held by half a plan's clauses): an
        // entry reached by none of the rare ones cannot pass. Any order gives the same answer.
        let pairs = clause.searchOrder
        let need = pairs.count
        guard !items.isEmpty, need > 0 else { return nil }
        if let e = copy(of: clause) { return (e, 1) }
        let (counts, touched, candidates) = (scratch.counts, scratch.touched, scratch.candidates)
        let least = (need + 2) / 3
        let rare = need - Swift.max(least - 1, 0)
        var reached = 0
        for n in 0..<rare {
            forEachEntry(holding: pairs[n]) { e in
                if counts[e] == 0 {
                    touched[reached] = Int32(e)
                    reached &+= 1
                }
                counts[e] &+= 1
            }
        }
        if reached > 0 {
            for n in rare..<need {
                let pair = pairs[n]
                let g = holders.row(pair) ?? -1
                // Each reached entry asked, or, where the rare pairs reached many, the pair's own
                // entries visited and only the reached ones counted: whichever visits fewer.
                if reached <= 16 || g < 0 || reached <= 2 * holders.population(row: g) {
                    for t in 0..<reached {
                        let e = Int(touched[t])
                        if entry(e, holds: pair, row: g) { counts[e] &+= 1 }
                    }
                } else {
                    forEachEntry(holding: pair, row: g) { e in
                        if counts[e] > 0 { counts[e] &+= 1 }
                    }
                }
            }
        }
        var found = 0
        for t in 0..<reached {
            let e = Int(touched[t])
            if Int(counts[e]) >= least {
                candidates[found] = Int32(e)
                found += 1
            }
            counts[e] = 0
        }
        var picked = UnsafeMutableBufferPointer(start: candidates, count: found)
        picked.sort()
        var best: (index: Int, kept: Int)? = nil
        let length = clause.match.count
        for c in 0..<found {
            let k = Int(candidates[c])
            // An entry keeps at most its own length of the clause: one that cannot pass the best
            // so far (more kept, or as much and shorter) is not compared.
            if let b = best {
                let bound = Swift.min(lengths[k], length)
                if bound < b.kept || (bound == b.kept && lengths[k] >= lengths[b.index]) { continue }
            }
            let kept = kept(of: clause.common, entry: k)
            guard kept > 0 else { continue }
            if best == nil || kept > best!.kept || (kept == best!.kept && lengths[k] < lengths[best!.index]) {
                best = (k, kept)
            }
        }
        return best.map { ($0.index, Double($0.kept) / Double(clause.match.count)) }
    }

    /// The clauses of item `i` from the first to the last of `entries`, as written.
    func quote(item i: Int, entries: [Int]) -> String {
        let spans = entries.map { self.spans[$0] }
        guard let lower = spans.map(\.lowerBound).min(), let upper = spans.map(\.upperBound).max() else { return "" }
        return (lower...upper).map { clauseText(i, $0) }.joined(separator: "，")
    }
}
