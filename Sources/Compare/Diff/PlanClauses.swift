/// Every clause of every item of a plan, and every two adjacent clauses joined (a plan may put a
/// comma inside a copied clause), with their match texts and an index by character pair: what the
/// checks look a reference clause or list up in. Made once per plan.
struct PlanClauses {
    /// Per entry: the item, and which of its clauses (one, or two adjacent).
    var items: [Int] = []
    var spans: [ClosedRange<Int>] = []
    var matches: [MatchText] = []
    /// Per item, its text and where its clauses stand in it (`CheckContext.clauseRanges`): a
    /// clause's string is made when a finding quotes it.
    private var texts: [String] = []
    private var ranges: [[Range<Int>]] = []
    /// Per character pair, the entries holding it (each once, in order): a reference clause is
    /// compared only with the entries sharing a third of its pairs, found without touching the rest.
    /// One table from pair to run and one flat list of runs: a `Dictionary` of arrays built here
    /// was a tenth of the check.
    private var pairTable = BigramTable([])
    private var runStarts: [Int32] = []
    private var runEntries: [Int32] = []
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
        for i in ctx.alignment.items.indices {
            let ms = ctx.clauseMatches[i]
            for k in ms.indices {
                add(i, k...k, ms[k])
                singles.append((i, k, ms[k], items.count - 1))
                if k + 1 < ms.count { add(i, k...(k + 1), MatchText(scalars: ms[k].scalars + ms[k + 1].scalars)) }
            }
        }
        let (pairs, entryOf) = PairHolders.pairs(of: matches)
        (pairTable, runStarts, runEntries) = Self.postings(pairs, entryOf)
        scratch = Scratch(matches.count)
    }

    /// Each distinct pair's entries, each once and ascending, as a table from pair to run number,
    /// the runs' starts (one more than runs) and the runs laid end to end. `entries` must be
    /// ascending, as entries are added. A pair is numbered where it first appears, its entries
    /// counted (an entry's repeat of a pair is seen by the last entry counted for it), then placed
    /// by a counting sort on the number, which keeps them in order: no sort by pair at all
    /// (sorting every posting by (pair, entry), then each entry's pairs, was most of this index).
    static func postings(_ pairs: [UInt64], _ entries: [Int32]) -> (BigramTable, [Int32], [Int32]) {
        let (table, numbers, distinct) = BigramTable.numbering(pairs)
        var starts = [Int32](plain: 0, count: distinct + 1)
        var laid: [Int32] = []
        // Pointers throughout: the arrays' uniqueness checks at every write cost as much as the work.
        starts.withUnsafeMutableBufferPointer { starts in
            numbers.withUnsafeBufferPointer { numbers in
                entries.withUnsafeBufferPointer { entries in
                    var lastEntry = [Int32](plain: -1, count: distinct)
                    var counted = [Bool](plain: false, count: numbers.count)
                    lastEntry.withUnsafeMutableBufferPointer { lastEntry in
                        counted.withUnsafeMutableBufferPointer { counted in
                            for n in 0..<numbers.count {
                                let g = Int(numbers[n])
                                guard lastEntry[g] != entries[n] else { continue }
                                lastEntry[g] = entries[n]
                                starts[g + 1] += 1
                                counted[n] = true
                            }
                        }
                    }
                    for g in 0..<distinct { starts[g + 1] += starts[g] }
                    var next = Array(starts.dropLast())
                    laid = [Int32](plain: 0, count: Int(starts[distinct]))
                    laid.withUnsafeMutableBufferPointer { laid in
                        next.withUnsafeMutableBufferPointer { next in
                            for n in 0..<numbers.count where counted[n] {
                                let g = Int(numbers[n])
                                laid[Int(next[g])] = entries[n]
                                next[g] += 1
                            }
                        }
                    }
                }
            }
        }
        return (table, starts, laid)
    }

    /// The entries holding `pair`, in order.
    func entries(_ pair: UInt64) -> ArraySlice<Int32> {
        guard let g = pairTable[pair] else { return [] }
        return runEntries[Int(runStarts[g])..<Int(runStarts[g + 1])]
    }

    mutating func add(_ i: Int, _ span: ClosedRange<Int>, _ m: MatchText) {
        items.append(i)
        spans.append(span)
        matches.append(m)
    }

    /// The single clauses (not the joined pairs), in document order, with their items, their
    /// places among the item's clauses (`clauseText`) and match texts: what a list is looked for in.
    /// `entry`: the clause's own entry in the index.
    private(set) var singles: [(item: Int, clause: Int, match: MatchText, entry: Int)] = []

    /// Clause `k` of item `i` as written.
    func clauseText(_ i: Int, _ k: Int) -> String {
        TextDiff.clause(texts[i], ranges[i][k])
    }

    /// Per entry, whether it may hold `needle`: it holds the needle's first pair (every entry, for
    /// a needle shorter than two). What a search of every clause for a word looks up first.
    func mayHold(_ needle: MatchText) -> [Bool] {
        guard needle.count >= 2 else { return [Bool](plain: true, count: items.count) }
        var out = [Bool](plain: false, count: items.count)
        for e in entries(MatchText.bigram(needle.scalars[0], needle.scalars[1])) { out[Int(e)] = true }
        return out
    }

    /// The plan clause keeping most of `clause` in order (the shorter on a tie), and the share
    /// it keeps.
    func best(_ clause: CheckReference.WordingClause) -> (index: Int, share: Double)? {
        // Pairs shared, counted in a flat array through pointers (a `Dictionary` here was a tenth
        // of the check). Only the entries sharing a third of the pairs are compared, in the plan's
        // order, which breaks ties: the entries touched are noted as the counts are made, those
        // sharing enough picked out and sorted (a few), and the counts put back to zero, so a
        // search costs what the clause's pairs reach, not a pass over every entry of the plan.
        let need = clause.bigrams.count
        guard !matches.isEmpty else { return nil }
        let (counts, touched, candidates) = (scratch.counts, scratch.touched, scratch.candidates)
        var reached = 0
        runEntries.withUnsafeBufferPointer { runs in
            for pair in clause.bigrams {
                guard let g = pairTable[pair] else { continue }
                for k in Int(runStarts[g])..<Int(runStarts[g + 1]) {
                    let e = Int(runs[k])
                    if counts[e] == 0 {
                        touched[reached] = Int32(e)
                        reached += 1
                    }
                    counts[e] += 1
                }
            }
        }
        var found = 0
        for t in 0..<reached {
            let e = Int(touched[t])
            if Int(counts[e]) * 3 >= need {
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
                let bound = Swift.min(matches[k].count, length)
                if bound < b.kept || (bound == b.kept && matches[k].count >= matches[b.index].count) { continue }
            }
            let kept = clause.common.common(matches[k].scalars)
            guard kept > 0 else { continue }
            if best == nil || kept > best!.kept || (kept == best!.kept && matches[k].count < matches[best!.index].count) {
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

