import Foundation

/// Topics for any item of any year, read straight from the topic layer.
///
/// Why not through the item's section: a year's sections are that year's structure, and a plan of
/// a year with no bundled reference (2022, 2030) has no sections to go through. A topic is what
/// lasts (规划公开, 财政, 政策解读…), so each topic's profile gathers its summary and everything
/// every bundled year says under it (section titles, requirement names, summaries, key terms and
/// wording), and an item takes the topics whose profile it is most like.
public struct TopicIndex: Sendable {
    struct Profile: Sendable {
        var name: String
        var vector: BigramVector
    }

    let idf: IDFTable
    let profiles: [Profile]
    /// Key terms said under some topic, each once, with the topics (by profile index) it is said
    /// under and its weight, by how few topics share it; sorted, so every run sums alike.
    let terms: [(text: MatchText, owners: [Int], weight: Double)]

    // Set on the visible labels with the layer built from the other year only (see `TopicScores`).

    /// Scores below this name no topic: the item speaks of nothing the layer knows.
    var floor = 0.2
    /// Further topics must reach this share of the best one's score.
    var share = 0.9
    /// What the TF-IDF cosine is worth against one key term found in the item.
    var cosineWeight = 30.0

    /// `references`: the years whose sections feed the profiles (all bundled years; a test leaves
    /// one out to measure a year the layer has not seen).
    public init(topics: [Topic], references: [Reference]) {
        var texts: [String: [String]] = [:]
        var termOwners: [MatchText: Set<String>] = [:]
        for t in topics { texts[t.name] = [t.name, t.summary] }
        for r in references {
            for s in r.sections {
                for name in s.topics {
                    texts[name, default: []].append(s.title)
                    for q in s.requirements {
                        texts[name, default: []] += [q.name, q.summary] + q.wording
                        for term in q.terms {
                            for spelling in term.spellings where MatchText(spelling).count >= 2 {
                                termOwners[MatchText(spelling), default: []].insert(name)
                            }
                        }
                    }
                }
            }
        }
        let names = topics.map(\.name)
        let documents = names.map { MatchText(texts[$0, default: []].joined(separator: "。")) }
        let idf = IDFTable(documents: documents)
        self.idf = idf
        profiles = zip(names, documents).map { name, doc in Profile(name: name, vector: BigramVector(doc, idf: idf)) }
        terms = termOwners.map { term, owners in
            (text: term, owners: names.indices.filter { owners.contains(names[$0]) }, weight: 1 / Double(owners.count))
        }.sorted { $0.text.scalars.lexicographicallyPrecedes($1.text.scalars) }
        // Terms by their first pair (every term has two scalars or more), and each bigram's
        // (profile, weight) entries: an item's pairs then find the terms that can start at each and
        // the profiles sharing each, where testing every term and every profile was most of the
        // topic layer's time.
        var starts: [UInt64: [Int32]] = [:]
        for (k, t) in terms.enumerated() { starts[MatchText.bigram(t.text.scalars[0], t.text.scalars[1]), default: []].append(Int32(k)) }
        let startKeys = starts.keys.sorted()
        startingTerms = FlatLists(startKeys.map { starts[$0]! })
        termScalars = FlatLists(terms.map(\.text.scalars))
        var postings: [UInt64: [(Int32, Double)]] = [:]
        for (k, p) in profiles.enumerated() {
            for b in p.vector.weights.keys.sorted() { postings[b, default: []].append((Int32(k), p.vector.weights[b]!)) }
        }
        let postingKeys = postings.keys.sorted()
        profileTable = BigramTable(postingKeys.enumerated().map { ($1, $0) })
        var postingStarts: [Int32] = [0]
        var entries: [(owner: Int32, weight: Double)] = []
        for key in postingKeys {
            entries += postings[key]!
            postingStarts.append(Int32(entries.count))
        }
        (profileStarts, profileEntries) = (postingStarts, entries)
        let idfKeys = idf.frequency.keys.sorted()
        idfTable = BigramTable(idfKeys.enumerated().map { ($1, $0) })
        unseenWeight = idf.weight(documentFrequency: 1)
        self.idfKeys = idfKeys
        let readKeys = Set(idfKeys).union(startKeys).sorted()
        let idfNumbers = Dictionary(uniqueKeysWithValues: idfKeys.enumerated().map { ($1, $0) })
        let startNumbers = Dictionary(uniqueKeysWithValues: startKeys.enumerated().map { ($1, $0) })
        readTable = PairReadTable(readKeys.map { ($0, Int32(idfNumbers[$0] ?? -1), Int32(startNumbers[$0] ?? -1)) })
        // Every pair of a profile is a pair of its document, so it has an idf number.
        var postingsByIdf = [Int](repeating: -1, count: idfKeys.count)
        for (g, key) in postingKeys.enumerated() {
            if let n = idfTable[key] { postingsByIdf[n] = g }
        }
        idfEntries = idfKeys.indices.map { n in
            let g = postingsByIdf[n]
            return IdfEntry(key: idfKeys[n], weight: idf.weight(idfKeys[n]),
                            postings: g < 0 ? 0..<0 : postingStarts[g]..<postingStarts[g + 1])
        }
    }

    /// A pair by its idf number: its key, its idf weight and its entries in `profileEntries`.
    struct IdfEntry {
        let key: UInt64
        let weight: Double
        let postings: Range<Int32>
    }

    /// `idf.weight` as a plain table: each bigram's weight made once, the same expression, found
    /// without the seeded hasher (an item's vector asked a `Dictionary` for every pair).
    let idfTable: BigramTable
    /// `idf.weight` of a bigram no profile has.
    let unseenWeight: Double
    /// The pairs by idf number, which is their rank in ascending order (a text's known pairs are
    /// put in order by setting bits, not sorted).
    let idfKeys: [UInt64]
    /// Per idf number, what a text's cosine reads of the pair, side by side: its key (where the
    /// unknown pairs merge in), its weight and where its profiles' entries stand. Three arrays
    /// and the entries' starts were four cache misses a pair.
    let idfEntries: [IdfEntry]
    /// Every pair the idf table knows or a term starts with: its idf number (`first`) and its list
    /// in `startingTerms` (`second`; -1: none). An item's pairs looked up once for both.
    let readTable: PairReadTable

    /// The terms by the pair each starts with, and every term's scalars, laid end to end: what
    /// `score` reads at every pair a term starts with.
    let startingTerms: FlatLists<Int32>
    let termScalars: FlatLists<UInt32>
    let profileTable: BigramTable
    /// Each bigram's (profile, weight) entries laid end to end, by its number in `profileTable`
    /// (`profileStarts[g]..<profileStarts[g + 1]`): an array of arrays was retained and released
    /// at every pair of every item. A profile beside its weight: one cache line for both.
    let profileStarts: [Int32]
    let profileEntries: [(owner: Int32, weight: Double)]

    /// The entries of bigram number `g`, in profile order.
    func profilePostings(_ g: Int) -> [(profile: Int32, weight: Double)] {
        (Int(profileStarts[g])..<Int(profileStarts[g + 1])).map { (profileEntries[$0].owner, profileEntries[$0].weight) }
    }

    /// Each topic's score for `text`: key terms found (each once, by weight) plus the TF-IDF cosine.
    func scores(_ text: String) -> [(name: String, score: Double)] {
        scores(MatchText(text))
    }

    func scores(_ m: MatchText) -> [(name: String, score: Double)] {
        let values = scoreValues(m)
        return profiles.indices.map { (profiles[$0].name, values[$0]) }
    }

    /// `scores` by profile number, without the names (an item's topics name only the few chosen).
    func scoreValues(_ m: MatchText, scratch: RankCounts? = nil) -> [Double] {
        let memory = Scratch(self, counts: scratch)
        score(m, into: memory)
        return memory.values
    }

    /// Working memory for scoring a plan's items one after another: the idf counts, the terms
    /// found, the unknown pairs, the vector and the sums, kept at their largest size rather than
    /// made for every item (seven arrays an item). One plan, one thread.
    final class Scratch {
        let counts: RankCounts
        var arrays = Arrays()
        /// The last text's score for each profile (`score(_:into:)`).
        var values: [Double] { arrays.values }

        init(_ index: TopicIndex, counts: RankCounts? = nil) {
            self.counts = counts ?? RankCounts(index.idfKeys.count)
        }
    }

    struct Arrays {
        var isFound: [Bool] = []
        var foundTerms: [Int] = []
        var unknown: [UInt64] = []
        var vector: [(postings: Range<Int32>, weight: Double)] = []
        var cosine: [Double] = []
        var values: [Double] = []
    }

    /// `scoreValues(m)`, left in `scratch.values`. The scratch's arrays are taken out into a local
    /// for the work and put back after: a class's array written in a loop is checked for
    /// exclusive access at every write.
    func score(_ m: MatchText, into scratch: Scratch) {
        // Each term is looked for once, however many topics it is said under: the terms that can
        // start at some pair of the item, tested there, then added in the terms' order (the found
        // ones sorted, not every term visited: an item finds a few of hundreds).
        //
        // One pass over the pairs for the terms and the cosine, each pair looked up once
        // (`readTable`): its idf number counted (`RankCounts`), and the terms starting with it tried.
        let counts = scratch.counts
        var a = Arrays()
        swap(&a, &scratch.arrays)
        defer { swap(&a, &scratch.arrays) }
        a.isFound.fill(false, count: terms.count)
        a.foundTerms.removeAll(keepingCapacity: true)
        a.unknown.removeAll(keepingCapacity: true)
        let s = m.scalars
        a.unknown.reserveCapacity(s.count)
        startingTerms.elements.withUnsafeBufferPointer { starting in
            termScalars.elements.withUnsafeBufferPointer { scalars in
                for i in 0..<Swift.max(s.count - 1, 0) {
                    let pair = MatchText.bigram(s[i], s[i + 1])
                    guard let (idf, start) = readTable[pair] else {
                        a.unknown.append(pair)
                        continue
                    }
                    if idf >= 0 { counts.add(Int(idf)) } else { a.unknown.append(pair) }
                    guard start >= 0 else { continue }
                    for e in startingTerms.range(Int(start)) {
                        let k = Int(starting[e])
                        guard !a.isFound[k] else { continue }
                        let span = termScalars.range(k)
                        let (from, count) = (span.lowerBound, span.count)
                        guard i + count <= s.count else { continue }
                        var j = 2
                        while j < count, s[i + j] == scalars[from + j] { j += 1 }
                        if j == count {
                            a.isFound[k] = true
                            a.foundTerms.append(k)
                        }
                    }
                }
            }
        }
        a.foundTerms.sort()
        a.values.fill(0, count: profiles.count)
        for k in a.foundTerms {
            let t = terms[k]
            for owner in t.owners { a.values[owner] += t.weight }
        }
        cosines(counted: counts, unknown: &a.unknown, capacity: s.count, vector: &a.vector, into: &a.cosine)
        for k in a.values.indices { a.values[k] += a.cosine[k] * cosineWeight }
    }

    /// The TF-IDF cosine of a text, given its pairs, with every profile at once, the pairs taken in
    /// ascending order (the sums must not depend on a Dictionary's seeded order). The text's vector
    /// is `BigramVector(text, idf:)` to the bit, made from the runs of equal pairs in that order: the
    /// same weights, summed into the norm in the same order, without its dictionaries (two thirds of
    /// the topic layer).
    func cosines(_ pairs: [UInt64]) -> [Double] {
        cosines(pairs, scratch: RankCounts(idfKeys.count))
    }

    /// `cosines` with working memory made once for many texts (an alignment's items).
    ///
    /// The pairs in ascending order without sorting them: the idf number of a pair the table
    /// knows is its rank (`RankCounts`); the few pairs no document has, sorted, are merged in where
    /// they fall (their weights join the norm at their place in the order, as they did when every
    /// pair was sorted).
    func cosines(_ pairs: [UInt64], scratch: RankCounts) -> [Double] {
        var unknown: [UInt64] = []
        unknown.reserveCapacity(pairs.count)
        for pair in pairs {
            if let g = idfTable[pair] { scratch.add(g) } else { unknown.append(pair) }
        }
        var vector: [(postings: Range<Int32>, weight: Double)] = []
        var cosine: [Double] = []
        cosines(counted: scratch, unknown: &unknown, capacity: pairs.count, vector: &vector, into: &cosine)
        return cosine
    }

    /// `cosines` of a text whose pairs the idf table knows are in `counts` and whose others are
    /// `unknown` (in any order): `counts` read back to zero. `capacity`: room for the vector;
    /// `vector`: working memory for it; `cosine`: where the cosines go (storage reused).
    func cosines(counted scratch: RankCounts, unknown: inout [UInt64], capacity: Int, vector: inout [(postings: Range<Int32>, weight: Double)], into cosine: inout [Double]) {
        RadixSort.sort(&unknown)
        // The known pairs' entries (by their number in `profileTable`) with their weights; the
        // unknown ones add to the norm only (no profile has them).
        vector.removeAll(keepingCapacity: true)
        vector.reserveCapacity(capacity)
        var norm = 0.0
        var u = 0
        idfEntries.withUnsafeBufferPointer { entries in
            scratch.drain { g, count in
                let entry = entries[g]
                while u < unknown.count && unknown[u] < entry.key { norm += unknownRun(unknown, &u) }
                let x = ReferenceIndex.termFrequency(count) * entry.weight
                if x > 0 {
                    vector.append((entry.postings, x))
                    norm += x * x
                }
            }
        }
        while u < unknown.count { norm += unknownRun(unknown, &u) }
        cosine.fill(0, count: profiles.count)
        let scale = norm > 0 ? 1 / norm.squareRoot() : 1
        cosine.withUnsafeMutableBufferPointer { cosine in
            profileEntries.withUnsafeBufferPointer { entries in
                for (postings, x) in vector {
                    let w = x * scale
                    for e in Int(postings.lowerBound)..<Int(postings.upperBound) { cosine[Int(entries[e].owner)] += w * entries[e].weight }
                }
            }
        }
    }

    /// The squared weight of the run of equal unknown pairs starting at `u` (zero when it
    /// weighs nothing), `u` moved past it.
    @inline(__always)
    private func unknownRun(_ unknown: [UInt64], _ u: inout Int) -> Double {
        var v = u + 1
        while v < unknown.count && unknown[v] == unknown[u] { v += 1 }
        let x = ReferenceIndex.termFrequency(v - u) * unseenWeight
        u = v
        return x > 0 ? x * x : 0
    }

    /// The topics of `text`, best first: the best one when it reaches `floor`, and any other within
    /// `share` of it.
    public func topics(for text: String) -> [String] {
        topics(for: MatchText(text))
    }

    func topics(for m: MatchText, scratch: Scratch? = nil) -> [String] {
        let memory = scratch ?? Scratch(self)
        score(m, into: memory)
        let scored = memory.values
        guard let best = scored.max(), best >= floor else { return [] }
        return scored.indices
            .filter { scored[$0] >= best * share }
            .sorted { scored[$0] != scored[$1] ? scored[$0] > scored[$1] : $0 < $1 }
            .map { profiles[$0].name }
    }

    /// An item's topics, from its text and the heading it stands under (「（三）做好财政信息公开」 says
    /// what a terse item under it is about).
    public func topics(of item: PlanItem) -> [String] {
        topics(of: item, text: MatchText(item.node.text), heading: item.context.last.map(MatchText.init), scratch: nil)
    }

    /// `text`, `heading`: the match texts of the item's text and of the heading it stands under.
    func topics(of item: PlanItem, text: MatchText, heading: MatchText?, scratch: Scratch?) -> [String] {
        // `MatchText(heading + "。" + text)` without the joined string: a match text keeps or drops
        // each scalar by itself, and 。 is dropped, so the two match texts end to end are the same.
        guard let heading else { return topics(for: text, scratch: scratch) }
        return topics(for: MatchText(scalars: heading.scalars + text.scalars), scratch: scratch)
    }

    /// `alignment` with each item's topics.
    public func assign(_ alignment: Alignment) -> Alignment {
        assign(alignment, texts: alignment.items.map { MatchText($0.item.node.text) })
    }

    /// `assign`, given each item's match text (`Aligner.alignReading`). Items under one heading
    /// follow each other, so a heading's match text is made once for them.
    func assign(_ alignment: Alignment, texts: [MatchText]) -> Alignment {
        var out = alignment
        let scratch = Scratch(self)
        var last: (heading: String, match: MatchText)? = nil
        for i in out.items.indices {
            let item = out.items[i].item
            var heading: MatchText? = nil
            if let h = item.context.last {
                if let l = last, ByteKey.sameBytes(l.heading, h) { heading = l.match } else {
                    heading = MatchText(h)
                    last = (h, heading!)
                }
            }
            out.items[i].topics = topics(of: item, text: texts[i], heading: heading, scratch: scratch)
        }
        return out
    }
}
