/// Every clause of every item of a plan, and every two adjacent clauses joined (a plan may put a
/// comma inside a copied clause), with their match texts and an index by character pair: what the
/// checks look a reference clause or list up in. Made once per plan.
struct PlanClauses {
    /// Per entry: the item, and which of its clauses (one, or two adjacent).
    var items: [Int] = []
    var spans: [ClosedRange<Int>] = []
    var matches: [MatchText] = []
    /// Per item, its clauses as written.
    var clauses: [[String]] = []
    /// Per item, its clauses' match texts (made here once for every check that compares them).
    var clauseMatches: [[MatchText]] = []
    /// Per character pair, the entries holding it (each once, in order): a reference clause is
    /// compared only with the entries sharing a third of its pairs, found without touching the rest.
    /// One table from pair to run and one flat list of runs, made once all entries are in: a
    /// `Dictionary` of arrays built here was a tenth of the check.
    private var pairTable = BigramTable([])
    private var runStarts: [Int32] = []
    private var runEntries: [Int32] = []
    /// (pair, entry) for every entry's distinct pairs, until the table is made.
    private var pending: [(pair: UInt64, entry: Int32)] = []

    init(_ ctx: CheckContext) {
        for i in ctx.alignment.items.indices {
            let written = TextDiff.clauses(ctx.item(i).node.text)
            clauses.append(written)
            let ms = written.map(MatchText.init)
            clauseMatches.append(ms)
            for k in written.indices {
                add(i, k...k, ms[k])
                singles.append((i, written[k], ms[k]))
                if k + 1 < written.count { add(i, k...(k + 1), MatchText(scalars: ms[k].scalars + ms[k + 1].scalars)) }
            }
        }
        Self.groupByPair(&pending)
        var keys: [(UInt64, Int)] = []
        for (n, p) in pending.enumerated() {
            if n == 0 || pending[n - 1].pair != p.pair {
                keys.append((p.pair, keys.count))
                runStarts.append(Int32(n))
            }
            runEntries.append(p.entry)
        }
        runStarts.append(Int32(pending.count))
        pairTable = BigramTable(keys)
        pending = []
    }

    /// The postings grouped by pair, each pair's entries in ascending order: all the index needs
    /// (a pair's run is found through the table, so the runs may come in any order). The postings
    /// arrive in entry order, so a stable counting sort by a hash of the pair keeps each pair's
    /// entries ascending; a bucket is then ordered by pair (a few postings, or one pair's many)
    /// so that equal pairs stand together. Sorting every posting by (pair, entry) was the largest
    /// part of making this index.
    static func groupByPair(_ pending: inout [(pair: UInt64, entry: Int32)]) {
        let n = pending.count
        guard n > 1 else { return }
        var bits = 4
        while 1 << bits < n, bits < 20 { bits += 1 }
        let shift = UInt64(64 - bits)
        func bucket(_ pair: UInt64) -> Int { Int((pair &* 0x9E37_79B9_7F4A_7C15) >> shift) }
        var starts = [Int](repeating: 0, count: (1 << bits) + 1)
        for p in pending { starts[bucket(p.pair) + 1] += 1 }
        for b in 0..<(1 << bits) { starts[b + 1] += starts[b] }
        var next = starts
        var grouped = pending
        for p in pending {
            let b = bucket(p.pair)
            grouped[next[b]] = p
            next[b] += 1
        }
        for b in 0..<(1 << bits) where starts[b + 1] - starts[b] > 1 {
            let range = starts[b]..<starts[b + 1]
            // Already ascending by entry: only pairs need ordering, and a stable sort keeps the entries' order.
            if grouped[range].dropFirst().allSatisfy({ $0.pair == grouped[range.lowerBound].pair }) { continue }
            grouped[range].sort { ($0.pair, $0.entry) < ($1.pair, $1.entry) }
        }
        pending = grouped
    }

    /// The entries holding `pair`, in order.
    func entries(_ pair: UInt64) -> ArraySlice<Int32> {
        guard let g = pairTable[pair] else { return [] }
        return runEntries[Int(runStarts[g])..<Int(runStarts[g + 1])]
    }

    mutating func add(_ i: Int, _ span: ClosedRange<Int>, _ m: MatchText) {
        let entry = items.count
        items.append(i)
        spans.append(span)
        matches.append(m)
        // Each pair once: sorted and deduplicated, cheaper than a `Set` (a seeded hash a pair).
        var pairs = m.bigrams
        pairs.sort()
        var last: UInt64?
        for pair in pairs where pair != last {
            pending.append((pair, Int32(entry)))
            last = pair
        }
    }

    /// The single clauses (not the joined pairs), in document order, with their items and match
    /// texts: what a list is looked for in.
    private(set) var singles: [(item: Int, text: String, match: MatchText)] = []

    /// The plan clause keeping most of `clause` in order (the shorter on a tie), and the share
    /// it keeps.
    func best(_ clause: CheckReference.WordingClause) -> (index: Int, share: Double)? {
        // Pairs shared, counted in a flat array (a `Dictionary` here was a tenth of the check).
        var shared = [Int32](repeating: 0, count: matches.count)
        var touched: [Int] = []
        for pair in clause.bigrams {
            for e in entries(pair) {
                let k = Int(e)
                if shared[k] == 0 { touched.append(k) }
                shared[k] += 1
            }
        }
        // Only the entries sharing a third of the pairs are compared: those are sorted (into the
        // plans' order, which breaks ties), not every entry touched.
        var candidates = touched.filter { Int(shared[$0]) * 3 >= clause.bigrams.count }
        candidates.sort()
        var best: (index: Int, kept: Int)? = nil
        for k in candidates {
            let kept = TextDiff.common(clause.match.scalars, matches[k].scalars)
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
        return clauses[i][lower...upper].joined(separator: "，")
    }
}

