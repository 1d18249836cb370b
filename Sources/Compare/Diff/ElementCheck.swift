/// `weakened` and `scope-change` by omission: a duty, caution, subject or channel the requirement
/// names (its `requires` and `scope` lines) that no item of the plan says. Where no item carries the
/// requirement out at all, the finding is marked `gap`: it is the gap's evidence (the nearest item,
/// the words it lacks), and the report shows it with the gaps, once.
///
/// Why the whole plan and not the section: plans move sentences between sections, and an official
/// should not be told that a plan leaves out what it says two pages later.
enum ElementCheck {
    static func run(_ ctx: CheckContext, section: ReferenceSection, requirement r: Requirement) -> [Finding] {
        var out: [Finding] = []
        let gap = ctx.reaching(section: section, requirement: r).isEmpty
        for role in [RequirementElement.Role.duty, .scope] {
            let missing = r.elements.filter { $0.role == role && !ctx.says(element: $0) }
            guard !missing.isEmpty, let target = ctx.target(section: section.id, requirement: r.id) else { continue }
            let reference = wording(r, saying: missing.flatMap(\.spellings))
            // Each element named as the wording quoted beside it spells it, where it does: 「动态更新」
            // said missing beside a wording that reads 动态调整 (another spelling of it) read as the
            // report contradicting its own quote.
            let names = missing.map { e in e.spellings.first { ScalarText.contains(reference, word: $0) } ?? e.name }
            // Written only inside another requirement's phrase (台账 in 舆情回应台账): say so, or the
            // official finds the word in the plan and distrusts the report.
            let written = missing.flatMap(\.spellings).flatMap { s in
                (ctx.prepared.elementShadows[s] ?? []).map(\.phrase).filter { p in ctx.texts.contains { $0.contains(p) } }
            }
            var distinct: [MatchText] = []
            for p in written where !distinct.contains(p) { distinct.append(p) }
            let inside = distinct.filter { p in !distinct.contains { $0.count > p.count && $0.contains(p) } }
                .map { MatchText.string($0.scalars) }
            var finding = ctx.finding(role == .duty ? .weakened : .scopeChange, .warning, item: target,
                                      section: section.id, requirement: r.id,
                                      text: nearestClause(ctx, item: target, to: reference), reference: reference,
                                      missing: names, message: .wordsSaidNowhere(requirement: r.id, name: r.name, words: names, inside: inside, gap: gap),
                                      // A diff against the tool's own summary would read as national wording the plan changed.
                                      diff: r.wording.contains(reference))
            finding.gap = gap
            out.append(finding)
        }
        return out
    }

    /// The wording line that says one of `spellings`, else the summary: the words the plan lacks.
    static func wording(_ r: Requirement, saying spellings: [String]) -> String {
        let needles = spellings.map(MatchText.init)
        return r.wording.first { w in needles.contains { MatchText(w).contains($0) } } ?? r.summary
    }

    /// The clause of the item sharing most character pairs with `reference`; the item's own heading
    /// only when it has nothing else (a heading restates the section title, not the duty).
    static func nearestClause(_ ctx: CheckContext, item i: Int, to reference: String) -> String {
        var kept = Array(ctx.clauseRanges[i].indices)
        if let heading = ctx.item(i).node.heading {
            let h = MatchText(heading)
            let body = kept.filter { ctx.clauseMatches[i][$0] != h }
            if !body.isEmpty { kept = body }
        }
        // The reference's pairs looked up in the plan's table once, not once a clause.
        let rows = ctx.clausePairs.rows(of: ctx.prepared.linePairs[ByteKey(reference)] ?? PairSet(MatchText(reference).bigrams))
        // A clause sharing fewer than three character pairs is not evidence of anything: quote none.
        var best: Int? = nil
        var bestShared = 2
        for k in kept {
            let shared = ctx.clausePairs.sharedCount(rows: rows, in: ctx.clause(i, k))
            if shared > bestShared { best = k; bestShared = shared }
        }
        return best.map { ctx.clauseText(i, $0) } ?? ""
    }

    /// The wording line (else the summary) closest to the item, to quote beside it.
    static func nearestWording(_ r: Requirement, to text: MatchText) -> String {
        let lines = r.wording.isEmpty ? [r.summary] : r.wording
        let bigrams = Set(text.bigrams)
        return lines.max { a, b in
            let x = MatchText(a).bigrams.filter(bigrams.contains).count
            let y = MatchText(b).bigrams.filter(bigrams.contains).count
            return x < y
        } ?? r.summary
    }
}
