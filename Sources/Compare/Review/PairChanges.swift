/// What changed between an old entry and the new entry it was paired with.
///
/// Each kind is compared on its own so that a report can say "the deadline moved" rather than
/// "the text differs": wording without punctuation, years and deadlines (`ReviewText`); deadlines
/// with dates counted from each side's year, so "2018年底前" in a 2018 plan and "2021年底前" in a
/// 2021 plan are the same limit (the end of the plan's year); units and list members as sets.
enum PairChanges {
    static func changes(_ old: ReviewEntry, _ new: ReviewEntry, oldYear: Int?, newYear: Int?, compareUnits: Bool = true, words: LexiconWords? = nil) -> [ReviewChange] {
        var out: [ReviewChange] = []
        let a = ReviewText.masked(old.text, without: old.deadlines.map(\.raw)), b = ReviewText.masked(new.text, without: new.deadlines.map(\.raw))
        if a != b {
            // A character diff reads only where the new text keeps half of the longer one in order;
            // a rewrite is reported as reworded, the two texts side by side. Past the texts a diff
            // is made for (`TextDiff.longestDiffed`) there is none to read, and the count of what is
            // kept (growing with the product of the lengths) is not made.
            let readable = a.count + b.count <= TextDiff.longestDiffed && TextDiff.common(a.scalars, b.scalars) * 2 >= max(a.count, b.count)
            var change = ReviewChange(kind: .wording, diff: readable ? TextDiff.segments(from: old.text, to: new.text) : [])
            (change.effect, change.message) = effect(old.text, new.text, a, b, words: words)
            out.append(change)
        }
        let oldKeys = old.deadlines.map { key($0, year: oldYear) }, newKeys = new.deadlines.map { key($0, year: newYear) }
        if Set(oldKeys) != Set(newKeys) {
            out.append(ReviewChange(
                kind: .deadline,
                removed: zip(old.deadlines, absent(oldKeys, from: newKeys)).filter(\.1).map(\.0.raw),
                added: zip(new.deadlines, absent(newKeys, from: oldKeys)).filter(\.1).map(\.0.raw),
                effect: .deadlineChange))
        }
        var compared: [(ReviewChange.Kind, [String], [String])] = compareUnits ? [(.lead, old.lead, new.lead), (.responsible, old.responsible, new.responsible)] : []
        // Members only where both sides have a list: one that has none did not drop them.
        if !old.members.isEmpty && !new.members.isEmpty { compared.append((.members, old.members, new.members)) }
        for (kind, a, b) in compared {
            let removed = zip(a, absent(a, from: b)).filter(\.1).map(\.0), added = zip(b, absent(b, from: a)).filter(\.1).map(\.0)
            if !removed.isEmpty || !added.isEmpty {
                out.append(ReviewChange(kind: kind, removed: removed, added: added, effect: kind == .members && !removed.isEmpty ? .listOmission : nil))
            }
        }
        return out
    }

    /// What a rewording does, in the check's terms: an enumeration of the old text that the new one
    /// keeps in part (two members or more) lost the rest (`list-omission`); else, where the new text
    /// keeps half the old in order, the obligation lexicon decides, as the check's wording rule does
    /// for a copied clause (a hedge or deferral added, a firm word dropped, a strong word weakened:
    /// `weakened`; a hedge dropped: `strengthened`). A rewrite is not read word by word.
    static func effect(_ oldText: String, _ newText: String, _ a: MatchText, _ b: MatchText, words: LexiconWords?) -> (effect: Finding.Kind?, message: FindingNote?) {
        // Members against the new text as written: the masked one has its years taken out.
        let written = MatchText(newText)
        for list in Enumerations.extract(oldText) {
            let said = written.holds(each: list.map(MatchText.init))
            let kept = said.count { $0 }
            let lost = zip(list, said).filter { !$0.1 }.map(\.0)
            if kept >= 2, !lost.isEmpty {
                return (.listOmission, .membersNoLongerSaid(lost: lost, of: list.count))
            }
        }
        // Past `TextDiff.longestDiffed` there are no runs to read (`TextDiff.runs`), so nothing weakens.
        guard let words, a.count + b.count <= TextDiff.longestDiffed, TextDiff.common(a.scalars, b.scalars) * 2 >= a.count else { return (nil, nil) }
        let (removed, added, replacements) = TextDiff.runs(a.scalars, b.scalars)
        let old = MatchText.string(a.scalars), new = MatchText.string(b.scalars)
        if let why = WordingCheck.weakening(removed: removed, added: added, replacements: replacements, reference: old, text: new, words: words) {
            return (.weakened, why.note)
        }
        if let why = WordingCheck.strengthening(removed: removed, text: new, words: words) {
            return (.strengthened, why.note)
        }
        return (nil, nil)
    }

    /// For each of `values`, whether `others` lacks it (`!others.contains`). Long lists are looked
    /// up in a set, which keeps `String`'s equality: a table read as one item's 1,870 responsible
    /// units a row, against a changed copy, made 280 million comparisons (2.4 s at 250 rows, 59 s
    /// at 500).
    static func absent(_ values: [String], from others: [String]) -> [Bool] {
        guard values.count * others.count > 256 else { return values.map { !others.contains($0) } }
        let held = Set(others)
        return values.map { !held.contains($0) }
    }

    /// A deadline as a comparable key: a date as years after the side's own year, month and day;
    /// anything else as its normalised form, else as written with its years masked.
    static func key(_ deadline: Deadline, year: Int?) -> String {
        if case let .date(y, m, d) = deadline.value, let year {
            return "year+\(y - year)-\(m)-\(d)"
        }
        return deadline.normalized ?? MatchText.string(ReviewText.masked(deadline.raw).scalars)
    }
}
