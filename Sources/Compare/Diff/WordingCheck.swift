/// `weakened` / `strengthened` by wording: where an item copies a clause of the reference wording,
/// the words the copy adds or drops are looked up in the obligation lexicon.
///
/// Why only copies: a plan that rewrites a requirement in its own words cannot be read word by word
/// against it; one that copies a clause and changes one word has changed it on purpose.
enum WordingCheck {
    /// The share of a reference clause an item clause must keep, in order, to count as its copy.
    static let copyShare = 0.7
    /// Reference clauses shorter than this (match scalars) are too short to say who copied whom.
    static let shortestClause = 6

    /// The item's clauses, their match texts and which hold each pair come from the context, made
    /// once for every check (`CheckContext.clauseMatches`, `clausePairs`).
    static func run(_ ctx: CheckContext, item i: Int) -> [Finding] {
        let a = ctx.alignment.items[i]
        guard !a.isLocal else { return [] }
        let itemClauses = ctx.clauseMatches[i].indices.map { k in (k, ctx.clauseMatches[i][k], ctx.clause(i, k)) }
        var out: [Finding] = []
        for match in a.matches {
            guard let section = ctx.reference.section(id: match.section) else { continue }
            for id in match.requirements {
                guard let r = section.requirements.first(where: { $0.id == id }) else { continue }
                out += compare(ctx, item: i, clauses: itemClauses, section: section, requirement: r)
            }
        }
        return out
    }

    /// `clauses`: the item's clauses, each by its place among them (`CheckContext.clauseText`), its
    /// match text and its number among the plan's clauses (`CheckContext.clause`).
    static func compare(_ ctx: CheckContext, item i: Int, clauses: [(Int, MatchText, Int)], section: ReferenceSection, requirement r: Requirement) -> [Finding] {
        /// The first clause pair that weakens, and the first that strengthens.
        struct Change {
            var text: String, reference: String, missing: [String], added: [String], note: FindingNote
        }
        var weakened: Change? = nil
        var strengthened: Change? = nil
        var narrowed: Change? = nil
        let holders = ctx.clausePairs
        let pairCounts = holders.counts
        for wording in ctx.prepared.wordingClauses[r.id] ?? [] {
            let refClause = wording.text, ref = wording.match, need = wording.bigrams.count
            var best: (n: Int, kept: Int)? = nil
            // The reference clause's pairs looked up in the plan's table once, when a clause of the
            // item first needs them. The clauses by position, each read only once it passes: a
            // copy of every entry was a count of references taken and given back.
            var rows: [Int]? = nil
            // A clause that is the reference clause itself (its digest, then its text) keeps all of
            // it and passes every test below: no clause after it can be kept more, and one before it
            // is the best only by keeping all of it too, which a shorter one cannot.
            let whole = clauses.firstIndex { ctx.clauseDigests[$0.2] == wording.digest && $0.1.scalars == ref.scalars }
            for n in 0..<(whole.map { $0 + 1 } ?? clauses.count) {
                if n == whole {
                    // It keeps all of the clause, so it passes the share; it wins unless one before kept all.
                    if ref.count > (best?.kept ?? 0) { best = (n, ref.count) }
                    break
                }
                if whole != nil, clauses[n].1.count < ref.count { continue }
                let c = clauses[n].2
                // A clause shares at most its own pairs: one with fewer than half the reference's
                // is passed over without counting.
                guard pairCounts[c] * 2 >= need else { continue }
                if rows == nil { rows = holders.rows(of: wording.bigrams) }
                guard holders.sharedCount(rows: rows!, in: c) * 2 >= need else { continue }
                let kept = wording.common.common(clauses[n].1.scalars)
                if Double(kept) >= copyShare * Double(ref.count), kept > (best?.kept ?? 0) { best = (n, kept) }
            }
            guard let n = best?.n, clauses[n].1.scalars != ref.scalars else { continue }
            let (k, t) = (clauses[n].0, clauses[n].1)
            // The clause as written, made only for a change found in it.
            let text = { ctx.clauseText(i, k) }
            let refString = wording.matchString, textString = MatchText.string(t.scalars)
            let words = ctx.prepared.lexiconWords
            // Diffed only when a lexicon word stands on one side and not the other (most copies
            // differ by their locality's names, and then nothing can weaken or strengthen).
            if weakened == nil || strengthened == nil, words.mayChange(reference: wording.lexiconPresence ?? words.presence(in: refString), text: textString) {
                let (allRemoved, added, replacements) = TextDiff.runs(ref.scalars, t.scalars)
                // A run that is a list member dropped whole (全面实施乡村振兴战略) is the list check's
                // omission, not a firm word dropped.
                let members = wording.memberMatches
                let removed = allRemoved.filter { run in !members.contains { MatchText(run).contains($0) } }
                if weakened == nil, let why = weakening(removed: removed, added: added, replacements: replacements, reference: refString, text: textString, words: words) {
                    weakened = Change(text: text(), reference: refClause, missing: why.missing, added: why.added, note: why.note)
                }
                if strengthened == nil, let why = strengthening(removed: removed, text: textString, words: words) {
                    strengthened = Change(text: text(), reference: refClause, missing: why.missing, added: [], note: why.note)
                }
            }
            // A clause holding no wider word cannot be narrowed (`narrowing` asks that first, of
            // `refString`, the clause's `matchString`, with the context's lexicon, which is the one
            // the reference read `holdsWider` with: `CheckContext` takes `prepared.lexicon`).
            if narrowed == nil, wording.holdsWider != false, let why = narrowing(reference: refString, text: textString, members: wording.members, lexicon: ctx.lexicon) {
                narrowed = Change(text: text(), reference: refClause, missing: why.missing, added: why.added, note: why.note)
            }
        }
        var out: [Finding] = []
        if let n = narrowed {
            out.append(ctx.finding(.scopeChange, .info, item: i, section: section.id, requirement: r.id,
                                   text: n.text, reference: n.reference, missing: n.missing, added: n.added, message: n.note))
        }
        if let w = weakened {
            // What one plan's words find is worth knowing, not a fault to fix.
            return out + [ctx.finding(.weakened, r.isOnePlan(w.reference) ? .info : .warning, item: i, section: section.id, requirement: r.id,
                                      text: w.text, reference: w.reference, missing: w.missing, added: w.added, message: w.note)]
        }
        if let s = strengthened {
            return out + [ctx.finding(.strengthened, .info, item: i, section: section.id, requirement: r.id,
                                      text: s.text, reference: s.reference, missing: s.missing, message: s.note)]
        }
        return out
    }

    /// A copied clause that no longer names the country or its government the reference names, and
    /// names a locality the reference does not (全国统一的 → 全区统一的): where the requirement applies
    /// is narrower. Worth knowing, since a plan rightly localises most of what it copies: a note, not a
    /// warning. A word inside a list member is the list check's (创新型国家 → 创新型城市).
    static func narrowing(reference: String, text: String, members: [String], lexicon: ObligationLexicon) -> Why? {
        for wide in lexicon.wider where ScalarText.contains(reference, word: wide) && !ScalarText.contains(text, word: wide) && !members.contains(where: { ScalarText.contains($0, word: wide) }) {
            guard let narrow = lexicon.narrower.first(where: { ScalarText.contains(text, word: $0) && !ScalarText.contains(reference, word: $0) }) else { continue }
            return ([wide], [narrow], .narrower(wide: wide, narrow: narrow))
        }
        return nil
    }

    typealias Why = (missing: [String], added: [String], note: FindingNote)

    static func weakening(removed: [String], added: [String], replacements: [(String, String)], reference: String, text: String, words: LexiconWords) -> Why? {
        for k in words.strong.words.indices {
            let strong = words.strong.words[k], weak = words.weak.words[k]
            for (r, a) in replacements where words.strong.matches(k, in: r) && words.weak.matches(k, in: a) && !ScalarText.contains(reference, word: weak) {
                return ([strong], [weak], .replaced(strong: strong, weak: weak))
            }
        }
        for run in added {
            if let w = words.deferrals.first(in: run, where: { !ScalarText.contains(reference, word: $0) }) {
                return ([], [run], .addsDeferral(run: run, word: w))
            }
            if let w = words.hedges.first(in: run, where: { !ScalarText.contains(reference, word: $0) }) {
                return ([], [run], .addsHedge(w))
            }
        }
        for run in removed {
            if let w = words.firm.first(in: run, where: { !ScalarText.contains(text, word: $0) }) {
                return ([w], [], .dropsFirm(w))
            }
        }
        return nil
    }

    static func strengthening(removed: [String], text: String, words: LexiconWords) -> Why? {
        for run in removed {
            if let w = words.hedges.first(in: run, where: { !ScalarText.contains(text, word: $0) }) {
                return ([w], [], .dropsHedge(w))
            }
        }
        return nil
    }

    /// A one-character word counts only as a whole run (可 in 可以 or 可视化 is not a hedge).
    static func matches(_ word: String, in run: String) -> Bool {
        ScalarText.isOneCharacter(word) ? run == word || run == word + "以" : ScalarText.contains(run, word: word)
    }
}
