/// The consensus wording of a requirement, and the clauses of a plan that carry it.
///
/// Why clauses and not whole items: an item often carries several requirements in one paragraph,
/// and the wording worth comparing is the stretch of it that says this requirement. A stretch is a
/// run of consecutive clauses within one sentence, so it quotes the plan as written and never joins
/// two sentences. Why the most central clause: the national text shows through the copies, so the
/// clause most like the other plans' is the one the plans agree on; with two plans each is as
/// like the other, and the one nearer the reference wording wins. Why a vote on top (`voted`): the
/// most central clause can still carry one plan's slip, and a consensus is what plans share.
enum Consensus {
    /// A stretch of an item's text: where it is and what it says.
    struct Passage: Hashable {
        var path: ItemPath
        var line: Int
        var text: String
        var bigrams: Set<UInt64>
    }

    /// Sentences end at 。；！？ or a line break; clauses at ，： inside them.
    static let sentenceEnds: Set<Character> = ["。", "；", "！", "？", ";", "!", "?", "\n"]
    static let clauseEnds: Set<Character> = ["，", "：", ",", ":"]

    /// An item's sentences, each as its clauses (each with the mark that ends it) and their match
    /// scalars: every passage of the item, read only when asked (`nearest`).
    ///
    /// Why not the passages themselves: a sentence of n clauses has n(n + 1)/2 of them, each with its
    /// text and pairs, so one sentence of 300 clauses took 1.3 GB; read when asked, with each start's
    /// pairs grown a clause at a time, an item takes what its text takes.
    struct Stretches {
        let path: ItemPath
        let line: Int
        let sentences: [[(text: String, scalars: [UInt32])]]

        init(_ item: ItemEvidence) {
            (path, line) = (item.path, item.line)
            sentences = split(item.text, at: sentenceEnds).map { sentence in
                split(sentence, at: clauseEnds, keepingSeparators: true).map { ($0, MatchText($0).scalars) }
            }
        }
    }

    /// `nearest(_:to:)` of the items' passages (`passages(of:)`, item after item), without making
    /// them: a passage's pairs are its clauses' match texts end to end (what `trimmed` cuts is never
    /// kept in a match text), so each start's pairs and the counts it shares with each target grow
    /// a clause at a time, and only the passage found is made. The same similarities, to the bit,
    /// and the same passage on ties (the earlier).
    static func nearest(_ items: [Stretches], to targets: [Set<UInt64>]) -> (passage: Passage, similarity: Double)? {
        var best: (item: Int, sentence: Int, start: Int, end: Int, similarity: Double)? = nil
        for (n, item) in items.enumerated() {
            for (k, clauses) in item.sentences.enumerated() {
                for start in clauses.indices {
                    var pairs = Set<UInt64>()
                    var shared = [Int](repeating: 0, count: targets.count)
                    var last: UInt32? = nil
                    for end in start..<clauses.count {
                        for v in clauses[end].scalars {
                            if let l = last {
                                let pair = MatchText.bigram(l, v)
                                if pairs.insert(pair).inserted {
                                    for t in targets.indices where targets[t].contains(pair) { shared[t] += 1 }
                                }
                            }
                            last = v
                        }
                        guard !pairs.isEmpty else { continue }
                        let s = targets.indices.map { 2 * Double(shared[$0]) / Double(pairs.count + targets[$0].count) }.max() ?? 0
                        if s > (best?.similarity ?? -1) { best = (n, k, start, end, s) }
                    }
                }
            }
        }
        return best.map { b in
            let text = trimmed(items[b.item].sentences[b.sentence][b.start...b.end].map(\.text).joined())
            return (Passage(path: items[b.item].path, line: items[b.item].line, text: text, bigrams: Set(MatchText(text).bigrams)), b.similarity)
        }
    }

    /// Every run of consecutive clauses within a sentence of `text`, trimmed of its end punctuation:
    /// what `nearest(_:to:)` of the stretches reads without making, and is held to.
    static func passages(of item: ItemEvidence) -> [Passage] {
        var out: [Passage] = []
        for sentence in split(item.text, at: sentenceEnds) {
            let clauses = split(sentence, at: clauseEnds, keepingSeparators: true)
            for start in clauses.indices {
                var text = ""
                for end in start..<clauses.count {
                    text += clauses[end]
                    let quoted = trimmed(text)
                    let bigrams = Set(MatchText(quoted).bigrams)
                    if !bigrams.isEmpty { out.append(Passage(path: item.path, line: item.line, text: quoted, bigrams: bigrams)) }
                }
            }
        }
        return out
    }

    /// The pieces of `text` between separators; with `keepingSeparators`, each piece keeps the
    /// separator that ends it, so that joining pieces gives the text back.
    static func split(_ text: String, at separators: Set<Character>, keepingSeparators: Bool = false) -> [String] {
        var out: [String] = []
        var current = ""
        for c in text {
            if separators.contains(c) {
                if keepingSeparators { current.append(c) }
                if !trimmed(current).isEmpty { out.append(current) }
                current = ""
            } else {
                current.append(c)
            }
        }
        if !trimmed(current).isEmpty { out.append(current) }
        return out
    }

    static func trimmed(_ s: String) -> String {
        var t = Substring(s)
        while let c = t.last, c.isWhitespace || clauseEnds.contains(c) || sentenceEnds.contains(c) { t.removeLast() }
        while let c = t.first, c.isWhitespace { t.removeFirst() }
        return String(t)
    }

    /// Dice similarity of two sets of character pairs.
    static func similarity(_ a: Set<UInt64>, _ b: Set<UInt64>) -> Double {
        guard !a.isEmpty || !b.isEmpty else { return 0 }
        return 2 * Double(a.sharedCount(b)) / Double(a.count + b.count)
    }

    /// The passage most like any of `targets`; ties go to the earlier passage (document order).
    static func nearest(_ passages: [Passage], to targets: [Set<UInt64>]) -> (passage: Passage, similarity: Double)? {
        var best: (passage: Passage, similarity: Double)? = nil
        for p in passages {
            let s = targets.map { similarity(p.bigrams, $0) }.max() ?? 0
            if s > (best?.similarity ?? -1) { best = (p, s) }
        }
        return best
    }

    /// Of one candidate passage per plan (plan name, passage), the indices, the one most like the rest
    /// and the reference wording together first: by the sum of its mean similarity to the others and
    /// its similarity to the wording, then by the smallest plan name and text, so that the order plans
    /// are given in changes nothing. Why the sum: with few plans, one plan's rewrite can be as like
    /// the others as a copy of the national text is; the wording breaks that tie for the copy.
    static func ranked(_ candidates: [(plan: String, passage: Passage)], reference: [Set<UInt64>]) -> [Int] {
        // Plans that copy the same words have the same pairs: each distinct set is compared with
        // each other once, and its similarities counted as often as plans have it (a thousand plans
        // copying the national text would otherwise be a million comparisons a requirement).
        var groupOf: [Set<UInt64>: Int] = [:]
        var sets: [Set<UInt64>] = [], counts: [Int] = []
        let group = candidates.map { c -> Int in
            if let g = groupOf[c.passage.bigrams] {
                counts[g] += 1
                return g
            }
            groupOf[c.passage.bigrams] = sets.count
            sets.append(c.passage.bigrams)
            counts.append(1)
            return sets.count - 1
        }
        let groupKeys = sets.indices.map { g -> (Double, Double) in
            // (similarity, how many others have it), summed in sorted order, each as often as it
            // occurs: the same sum, bit for bit, as over the plans one by one, whatever their order.
            let others = sets.indices.compactMap { h -> (Double, Int)? in
                let n = counts[h] - (h == g ? 1 : 0)
                return n > 0 ? (similarity(sets[g], sets[h]), n) : nil
            }.sorted { $0.0 < $1.0 }
            var sum = 0.0, total = 0
            for (value, n) in others {
                for _ in 0..<n { sum += value }
                total += n
            }
            let mean = sum / Double(max(total, 1))
            let national = reference.map { similarity(sets[g], $0) }.max() ?? 0
            return (mean, national)
        }
        let keys = group.map { groupKeys[$0] }
        return candidates.indices.sorted { a, b in
            let x = keys[a].0 + keys[a].1, y = keys[b].0 + keys[b].1
            if x != y { return x > y }
            return (candidates[a].plan, candidates[a].passage.text) < (candidates[b].plan, candidates[b].passage.text)
        }
    }

    /// The first candidate, in `ranked` order, every character pair of which another plan's
    /// candidate or the reference wording also has: a consensus is what plans share, so a word
    /// only one plan writes (its typo 门口网站, its own 区发改委) keeps its passage out. Nil when none
    /// is so supported: then the reference wording stands.
    static func voted(_ candidates: [(plan: String, passage: Passage)], reference: [Set<UInt64>]) -> Int? {
        let wording = reference.reduce(into: Set<UInt64>()) { $0.formUnion($1) }
        // How many candidates have each pair: another has it when two do (the candidate is one).
        var having: [UInt64: Int] = [:]
        for c in candidates { for pair in c.passage.bigrams { having[pair, default: 0] += 1 } }
        return ranked(candidates, reference: reference).first { i in
            candidates[i].passage.bigrams.allSatisfy { wording.contains($0) || having[$0, default: 0] >= 2 }
        }
    }
}
