/// Character diffs of short aligned texts, and the clause splitting they run on.
///
/// Why the standard library's `difference(from:)`: it is Myers' algorithm, fast when two texts are
/// close, which is the only case diffed here (a clause and the reference wording it copies).
enum TextDiff {
    /// Reference → text, in `Canonical` spelling so that ASCII and full-width punctuation do not show
    /// as changes; runs of one operation joined.
    static func segments(from reference: String, to text: String) -> [DiffSegment] {
        let old = Array(Canonical.text(reference))
        let new = Array(Canonical.text(text))
        let changes = new.difference(from: old)
        var removed = Set<Int>()
        var inserted = Set<Int>()
        for change in changes {
            switch change {
            case let .remove(offset, _, _): removed.insert(offset)
            case let .insert(offset, _, _): inserted.insert(offset)
            }
        }
        var out: [DiffSegment] = []
        func push(_ op: DiffSegment.Operation, _ c: Character) {
            if let last = out.last, last.operation == op {
                out[out.count - 1].text.append(c)
            } else {
                out.append(DiffSegment(op, String(c)))
            }
        }
        var i = 0, j = 0
        while i < old.count || j < new.count {
            if i < old.count && removed.contains(i) {
                push(.removed, old[i]); i += 1
            } else if j < new.count && inserted.contains(j) {
                push(.added, new[j]); j += 1
            } else if i < old.count && j < new.count {
                push(.same, new[j]); i += 1; j += 1
            } else if i < old.count {
                push(.removed, old[i]); i += 1
            } else {
                push(.added, new[j]); j += 1
            }
        }
        return out
    }

    /// How many scalars of `reference` survive in `text` in order (the longest common subsequence).
    static func common(_ reference: [UInt32], _ text: [UInt32]) -> Int {
        let changes = text.difference(from: reference)
        return reference.count - changes.removals.count
    }

    /// Runs of scalars removed from `reference` and added in `text`, each as a string, with whether an
    /// added run directly follows a removed one (a replacement).
    static func runs(_ reference: [UInt32], _ text: [UInt32]) -> (removed: [String], added: [String], replacements: [(String, String)]) {
        let changes = text.difference(from: reference)
        var removedAt = Set<Int>(), insertedAt = Set<Int>()
        for change in changes {
            switch change {
            case let .remove(offset, _, _): removedAt.insert(offset)
            case let .insert(offset, _, _): insertedAt.insert(offset)
            }
        }
        var removed: [String] = [], added: [String] = [], replacements: [(String, String)] = []
        var i = 0, j = 0
        var lastRemoved: String? = nil
        while i < reference.count || j < text.count {
            if i < reference.count && removedAt.contains(i) {
                var run: [UInt32] = []
                while i < reference.count && removedAt.contains(i) { run.append(reference[i]); i += 1 }
                lastRemoved = MatchText.string(run)
                removed.append(lastRemoved!)
            } else if j < text.count && insertedAt.contains(j) {
                var run: [UInt32] = []
                while j < text.count && insertedAt.contains(j) { run.append(text[j]); j += 1 }
                let s = MatchText.string(run)
                added.append(s)
                if let r = lastRemoved { replacements.append((r, s)) }
                lastRemoved = nil
            } else {
                i += 1; j += 1
                lastRemoved = nil
            }
        }
        return (removed, added, replacements)
    }

    /// Clauses: the pieces between ，。；：！？ and line breaks (a 、 list stays whole).
    static func clauses(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        for ch in text {
            if "，。；：！？,;:!?\n".contains(ch) {
                let t = current.trimmingCharacters(in: .whitespaces)
                if !t.isEmpty { out.append(t) }
                current = ""
            } else {
                current.append(ch)
            }
        }
        let t = current.trimmingCharacters(in: .whitespaces)
        if !t.isEmpty { out.append(t) }
        return out
    }
}
