/// What changed between an old entry and the new entry it was paired with.
///
/// Each kind is compared on its own so that a report can say "the deadline moved" rather than
/// "the text differs": wording without punctuation, years and deadlines (`ReviewText`); deadlines
/// with dates counted from each side's year, so "2018年底前" in a 2018 plan and "2021年底前" in a
/// 2021 plan are the same limit (the end of the plan's year); units and list members as sets.
enum PairChanges {
    static func changes(_ old: ReviewEntry, _ new: ReviewEntry, oldYear: Int?, newYear: Int?) -> [ReviewChange] {
        var out: [ReviewChange] = []
        if ReviewText.masked(old.text, without: old.deadlines.map(\.raw)) != ReviewText.masked(new.text, without: new.deadlines.map(\.raw)) {
            out.append(ReviewChange(kind: .wording, diff: TextDiff.segments(from: old.text, to: new.text)))
        }
        let oldKeys = old.deadlines.map { key($0, year: oldYear) }, newKeys = new.deadlines.map { key($0, year: newYear) }
        if Set(oldKeys) != Set(newKeys) {
            out.append(ReviewChange(
                kind: .deadline,
                removed: zip(old.deadlines, oldKeys).filter { !newKeys.contains($0.1) }.map(\.0.raw),
                added: zip(new.deadlines, newKeys).filter { !oldKeys.contains($0.1) }.map(\.0.raw)))
        }
        for (kind, a, b) in [(ReviewChange.Kind.lead, old.lead, new.lead), (.responsible, old.responsible, new.responsible), (.members, old.members, new.members)] {
            let removed = a.filter { !b.contains($0) }, added = b.filter { !a.contains($0) }
            if !removed.isEmpty || !added.isEmpty {
                out.append(ReviewChange(kind: kind, removed: removed, added: added))
            }
        }
        return out
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
