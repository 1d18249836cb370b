/// Pairs the entries of two documents that are the same task, without numbering or order.
///
/// Every old entry is compared with every new one: character-bigram TF-IDF similarity of their
/// match texts (years masked, IDF over both documents' entries; see `SortedVector.similarity`),
/// moved by whether their topics agree.
/// Pairs are then taken best first, each entry at most once, above a threshold. Why this and not
/// alignment by position: plans renumber, reorder, merge and split their tasks every year, and the
/// national points renumber theirs; only what an entry says identifies it. Why greedy: the best
/// pairs are near-copies and unambiguous, and a greedy pass over a fixed order is easy to explain
/// and symmetric (see `pairs`).
enum ItemPairing {
    /// In units of similarity (0…1), round numbers rather than values fitted to the corpus: a pair
    /// must share about half of what it says when the topics agree, more when nothing says whether
    /// they do, and more still when they disagree. A false "carried over" hides a new task from the
    /// office; a false "new" only makes it read one more item, so the bar leans high.
    struct Weights {
        /// Added when the two entries share a topic, taken off when both have topics and share none.
        var topic = 0.1
        /// Similarity plus topic agreement a pair must reach.
        var threshold = 0.6
        /// Similarity a pair must reach whatever its topics: topics alone never make two tasks one.
        var minimumSimilarity = 0.45
        /// A second pass, over what the first left: entries that share a topic and are each other's
        /// most similar there pair at this lower similarity. Why: across years and localities a task
        /// is carried over in new words (2018's IPv6 改造 → 2021's 全部支持IPv6), and only being each
        /// other's best within one topic tells it from a neighbouring task. 1 turns the pass off.
        var mutualSimilarity = 0.2

        /// An unpaired entry continues in an entry of the other side that shares its topic, whatever
        /// their words: for sections, whose topic is what lasts.
        var continueByTopic = false

        /// For the national points' sections: a section is a heading over requirements rewritten
        /// each year, so what carries it across years is its topic; sections sharing a topic pair
        /// on any wording evidence, best first, and sections without one need a near-copy. A section
        /// left over continues in the section of its topic it is most like (用好“两微一端”新平台 in
        /// 完善政务公开平台, which asks for 政务新媒体), not dropped.
        static let sections = Weights(topic: 0.3, threshold: 0.35, minimumSimilarity: 0.05, mutualSimilarity: 1, continueByTopic: true)
    }

    struct Candidate: Hashable {
        var old: Int
        var new: Int
        var similarity: Double
        var score: Double
    }

    /// The review of one level: pairs with their changes, and what is left on each side.
    /// `compareUnits`: false for plans of two localities, whose units differ by name whatever they do.
    static func review(old: [ReviewEntry], new: [ReviewEntry], oldYear: Int?, newYear: Int?, compareUnits: Bool = true, weights: Weights = Weights(), lexicon: ObligationLexicon? = nil) -> EntryReview {
        let vectors = Vectors(old: old, new: new)
        // The lexicon's words read once for every pair (`LexiconWords`), not once a pair.
        let words = lexicon.map(LexiconWords.init)
        let pairs = self.pairs(old: old, new: new, vectors: vectors, weights: weights)
        let oldPaired = Set(pairs.map(\.old)), newPaired = Set(pairs.map(\.new))
        let (continued, oldContinued, newContinued) = continuations(old: old, new: new, vectors: vectors, oldPaired: oldPaired, newPaired: newPaired, weights: weights)
        return EntryReview(
            carriedOver: pairs.sorted { $0.new < $1.new }.map { p in
                ReviewPair(
                    old: old[p.old], new: new[p.new], similarity: p.similarity,
                    changes: PairChanges.changes(old[p.old], new[p.new], oldYear: oldYear, newYear: newYear, compareUnits: compareUnits, words: words),
                    close: p.similarity >= weights.minimumSimilarity)
            },
            added: new.indices.filter { !newPaired.contains($0) && !newContinued.contains($0) }.map { new[$0] },
            dropped: old.indices.filter { !oldPaired.contains($0) && !oldContinued.contains($0) }.map { old[$0] },
            continued: continued)
    }

    /// The share of an unpaired entry's words another entry must hold for it to continue there.
    static let continuedShare = 0.7
    /// Entries shorter than this (match scalars) are phrases every plan writes (加强组织领导): held
    /// anywhere, they continue nothing.
    static let shortestContinued = 12

    /// Unpaired entries whose words an entry of the other side holds (`continuedShare`, the best
    /// such entry, earlier on a tie): an old one inside a new one was merged into it, a new one inside
    /// an old one split off it. Topics must not disagree. In the new document's order, then the old.
    /// With the indices of the old entries merged and of the new ones split off (entries' ids may
    /// repeat: a plan can number two items alike).
    static func continuations(old: [ReviewEntry], new: [ReviewEntry], vectors: Vectors, oldPaired: Set<Int>, newPaired: Set<Int>, weights: Weights) -> (continued: [Continuation], merged: Set<Int>, split: Set<Int>) {
        let (oldTexts, newTexts, oldVectors, newVectors) = (vectors.oldTexts, vectors.newTexts, vectors.old, vectors.new)
        func best(_ v: SortedVector, _ topics: [String], in others: [SortedVector], _ otherEntries: [ReviewEntry]) -> (index: Int, share: Double, byTopic: Bool)? {
            var out: (Int, Double, Double, Bool)? = nil
            for k in others.indices where agreement(topics, otherEntries[k].topics) >= 0 {
                let share = v.containment(in: others[k])
                let byTopic = weights.continueByTopic && agreement(topics, otherEntries[k].topics) == 1
                guard share >= continuedShare || byTopic else { continue }
                let key = byTopic ? v.similarity(others[k]) : share
                if out == nil || key > out!.2 { out = (k, share, key, share < continuedShare) }
            }
            return out.map { ($0.0, $0.1, $0.3) }
        }
        var out: [Continuation] = []
        var merged = Set<Int>(), split = Set<Int>()
        let shortest = weights.continueByTopic ? 0 : shortestContinued
        for j in new.indices where !newPaired.contains(j) && newTexts[j].count >= shortest {
            if let (i, share, byTopic) = best(newVectors[j], new[j].topics, in: oldVectors, old) {
                out.append(Continuation(kind: .split, old: old[i], new: new[j], share: share, byTopic: byTopic))
                split.insert(j)
            }
        }
        for i in old.indices where !oldPaired.contains(i) && oldTexts[i].count >= shortest {
            if let (j, share, byTopic) = best(oldVectors[i], old[i].topics, in: newVectors, new) {
                out.append(Continuation(kind: .merged, old: old[i], new: new[j], share: share, byTopic: byTopic))
                merged.insert(i)
            }
        }
        return (out, merged, split)
    }

    /// Best pair first, each entry used once. Ties (equal scores) go to the pair whose earlier
    /// entry comes first in its document, then the later one: the same order whichever document is
    /// called old, so review(A, B) and review(B, A) make the same pairs.
    static func pairs(old: [ReviewEntry], new: [ReviewEntry], vectors: Vectors, weights: Weights = Weights()) -> [Candidate] {
        let (oldTexts, newTexts, oldVectors, newVectors) = (vectors.oldTexts, vectors.newTexts, vectors.old, vectors.new)
        var candidates: [Candidate] = []
        for i in old.indices {
            for j in new.indices {
                // Identical texts too short for a bigram are still the same task.
                let similarity = oldTexts[i] == newTexts[j] && !oldTexts[i].isEmpty ? 1 : oldVectors[i].similarity(newVectors[j])
                guard similarity >= weights.minimumSimilarity else { continue }
                let score = similarity + weights.topic * agreement(old[i].topics, new[j].topics)
                if score >= weights.threshold {
                    candidates.append(Candidate(old: i, new: j, similarity: similarity, score: score))
                }
            }
        }
        candidates.sort { a, b in
            if a.score != b.score { return a.score > b.score }
            let (a1, a2) = (min(a.old, a.new), max(a.old, a.new)), (b1, b2) = (min(b.old, b.new), max(b.old, b.new))
            return a1 != b1 ? a1 < b1 : a2 < b2
        }
        var usedOld = Set<Int>(), usedNew = Set<Int>()
        var out: [Candidate] = []
        for c in candidates where !usedOld.contains(c.old) && !usedNew.contains(c.new) {
            usedOld.insert(c.old)
            usedNew.insert(c.new)
            out.append(c)
        }
        guard weights.mutualSimilarity < 1 else { return out }
        // Mutual best within a shared topic, among what is left: ties broken by position, as above.
        var similar: [[Double]] = Array(repeating: Array(repeating: 0, count: new.count), count: old.count)
        for i in old.indices where !usedOld.contains(i) {
            for j in new.indices where !usedNew.contains(j) && agreement(old[i].topics, new[j].topics) == 1 {
                similar[i][j] = oldVectors[i].similarity(newVectors[j])
            }
        }
        func bestNew(_ i: Int) -> Int? {
            new.indices.filter { !usedNew.contains($0) && similar[i][$0] > 0 }.max { similar[i][$0] < similar[i][$1] || (similar[i][$0] == similar[i][$1] && $0 > $1) }
        }
        func bestOld(_ j: Int) -> Int? {
            old.indices.filter { !usedOld.contains($0) && similar[$0][j] > 0 }.max { similar[$0][j] < similar[$1][j] || (similar[$0][j] == similar[$1][j] && $0 > $1) }
        }
        for i in old.indices where !usedOld.contains(i) {
            guard let j = bestNew(i), bestOld(j) == i, similar[i][j] >= weights.mutualSimilarity else { continue }
            out.append(Candidate(old: i, new: j, similarity: similar[i][j], score: similar[i][j] + weights.topic))
        }
        return out
    }

    /// 1 when the entries share a topic, -1 when both have topics and share none, 0 when either has
    /// none (a local addition says nothing either way).
    static func agreement(_ a: [String], _ b: [String]) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        return a.contains(where: b.contains) ? 1 : -1
    }

    /// Both documents' entries as masked match texts and TF-IDF vectors (IDF over both), made once
    /// for the pairing and the continuations.
    struct Vectors {
        var oldTexts: [MatchText], newTexts: [MatchText]
        var old: [SortedVector], new: [SortedVector]

        init(old: [ReviewEntry], new: [ReviewEntry]) {
            oldTexts = old.map { ReviewText.masked($0.matchText) }
            newTexts = new.map { ReviewText.masked($0.matchText) }
            let idf = IDFTable(documents: oldTexts + newTexts)
            self.old = oldTexts.map { SortedVector($0, idf: idf) }
            self.new = newTexts.map { SortedVector($0, idf: idf) }
        }
    }

    /// A TF-IDF vector as (bigram, weight) sorted by bigram, so a similarity is one merge and is summed
    /// in the same order on every run and in both directions.
    struct SortedVector {
        var keys: [UInt64]
        var weights: [Double]

        init(_ text: MatchText, idf: IDFTable) {
            let pairs = BigramVector(text, idf: idf).weights.sorted { $0.key < $1.key }
            keys = pairs.map(\.key)
            weights = pairs.map(\.value)
        }

        /// The share of this vector's weight (its squared weights) that `other` holds too: how much of
        /// this entry stands inside the other.
        func containment(in other: SortedVector) -> Double {
            var shared = 0.0, total = 0.0
            var j = 0
            for i in keys.indices {
                total += weights[i] * weights[i]
                while j < other.keys.count && other.keys[j] < keys[i] { j += 1 }
                if j < other.keys.count && other.keys[j] == keys[i] { shared += weights[i] * weights[i] }
            }
            return total > 0 ? shared / total : 0
        }

        /// The mean of the cosine and of the containment: the larger share of either vector's
        /// weight (its squared weights) found in the other. Why not the cosine alone: a task
        /// carried over with a clause added ("…的信息公开" → "…的信息公开，大力开展健康科普宣传…")
        /// loses half its cosine to the added words, yet all of the old text is still there.
        func similarity(_ other: SortedVector) -> Double {
            var dot = 0.0, mine = 0.0, theirs = 0.0
            // Buffers, not arrays: every pair of entries is compared, and bounds checks would
            // dominate a debug build's test run.
            keys.withUnsafeBufferPointer { a in
                other.keys.withUnsafeBufferPointer { b in
                    weights.withUnsafeBufferPointer { wa in
                        other.weights.withUnsafeBufferPointer { wb in
                            var i = 0, j = 0
                            while i < a.count && j < b.count {
                                if a[i] == b[j] {
                                    dot += wa[i] * wb[j]
                                    mine += wa[i] * wa[i]
                                    theirs += wb[j] * wb[j]
                                    i += 1; j += 1
                                } else if a[i] < b[j] {
                                    i += 1
                                } else {
                                    j += 1
                                }
                            }
                        }
                    }
                }
            }
            return (dot + max(mine, theirs)) / 2
        }
    }
}
