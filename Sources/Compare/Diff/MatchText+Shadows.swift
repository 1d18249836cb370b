/// The check's own search: a phrase said only inside a longer phrase of another requirement is not
/// said (台账 inside 舆情回应台账). It lives with the check, which owns `CheckReference.Shadow`, so the
/// text layer below knows nothing of the check.
extension MatchText {
    /// Whether `needle` occurs somewhere that is not inside one of `shadows` (a longer phrase holding
    /// it at a known offset).
    func contains(_ needle: MatchText, outside shadows: [CheckReference.Shadow]) -> Bool {
        guard !shadows.isEmpty else { return contains(needle) }
        var from = 0
        while let p = firstOffset(of: needle.scalars, from: from) {
            let shadowed = shadows.contains { s in
                let start = p - s.offset
                return start >= 0 && start + s.phrase.count <= scalars.count
                    && scalars[start..<(start + s.phrase.count)].elementsEqual(s.phrase.scalars)
            }
            if !shadowed { return true }
            from = p + 1
        }
        return false
    }
}
