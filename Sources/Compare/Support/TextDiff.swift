/// Character diffs of short aligned texts, and the clause splitting they run on.
///
/// Why Myers' algorithm (`ShortestEdit`, the standard library's `difference(from:)` specialised to
/// numbers): it is fast when two texts are close, which is the only case diffed here (a clause and
/// the reference wording it copies).
enum TextDiff {
    /// Reference → text, in `Canonical` spelling so that ASCII and full-width punctuation do not show
    /// as changes; runs of one operation joined.
    static func segments(from reference: String, to text: String) -> [DiffSegment] {
        // Past `longestDiffed` characters (a text without stops: a clause is one sentence), no diff:
        // none so long is read, and finding one grows with the square of the length.
        guard ScalarText.scalarCount(reference) + ScalarText.scalarCount(text) <= longestDiffed else { return [] }
        let (oldText, newText) = (Canonical.text(reference), Canonical.text(text))
        // Texts whose every scalar stands alone (`ScalarText.standsAlone`) are diffed scalar by
        // scalar: each scalar is a character, and two are equal characters only if they are one
        // scalar, so the scalars are the characters' numbers and no `Character` is made (making
        // them was a fiftieth of the check).
        if ScalarText.standsAlone(oldText) && ScalarText.standsAlone(newText) {
            // Decoded in one pass each (`ScalarText.scalars`): the scalar view's iterator cost a
            // tenth of the diff.
            let old = ScalarText.scalars(oldText).map(\.value), new = ScalarText.scalars(newText).map(\.value)
            let (removed, inserted) = ShortestEdit.marks(from: old, to: new)
            // One buffer for every run, made a segment when the operation changes: a buffer a run,
            // grown from empty, took several allocations a run.
            var out: [DiffSegment] = []
            var run = ScalarString(capacity: 3 * (old.count + new.count))
            var current: DiffSegment.Operation? = nil
            walk(old.count, new.count, removed, inserted) { op, fromOld, k in
                let v = fromOld ? old[k] : new[k]
                guard let c = Unicode.Scalar(v) else { return }
                if op != current {
                    if let current { out.append(DiffSegment(current, run.string)) }
                    run.removeAll()
                    current = op
                }
                run.append(c)
            }
            if let current { out.append(DiffSegment(current, run.string)) }
            return out
        }
        return characterSegments(oldText, newText)
    }

    /// `segments` by characters: any text, and the reading the scalar path is held to.
    static func characterSegments(_ oldText: String, _ newText: String) -> [DiffSegment] {
        let old = ScalarText.characters(oldText)
        let new = ScalarText.characters(newText)
        // Diffed as numbers, one per distinct character (equal characters, by Character's own
        // equality, get one number): the same edit script as diffing the characters, without a
        // string comparison at every step of the search (that was a sixth of the check). A
        // character of one scalar is numbered through a flat table keyed by the scalar, so the
        // `Character` dictionary (hashing a normalised copy of each) is asked once per distinct
        // scalar, and for characters of several scalars: it alone decides which are equal (U+F9D1
        // is 六), the table only remembers its answers. When every character is one scalar of a
        // block where no other character is canonically equal to it (`isInert`), equal characters
        // are equal scalars and the dictionary is not needed at all.
        let inert = old.allSatisfy(Self.isInert) && new.allSatisfy(Self.isInert)
        var numbers: [Character: UInt32] = [:]
        var slots = 16
        while slots < 2 * (old.count + new.count) { slots <<= 1 }
        var keys = [UInt32](plain: .max, count: slots)
        var values = [UInt32](plain: 0, count: slots)
        let shift = UInt32(32 - slots.trailingZeroBitCount)
        var next: UInt32 = 0
        func classNumber(_ c: Character) -> UInt32 {
            if inert {
                next += 1
                return next - 1
            }
            if let n = numbers[c] { return n }
            let n = UInt32(numbers.count)
            numbers[c] = n
            return n
        }
        func numbered(_ cs: [Character]) -> [UInt32] {
            var out: [UInt32] = []
            out.reserveCapacity(cs.count)
            for c in cs {
                let u = c.unicodeScalars
                guard let first = u.first, u.index(after: u.startIndex) == u.endIndex else {
                    out.append(classNumber(c))
                    continue
                }
                var slot = Int((first.value &* 0x9E37_79B1) >> shift)
                while keys[slot] != .max && keys[slot] != first.value { slot = (slot + 1) & (slots - 1) }
                if keys[slot] == .max {
                    keys[slot] = first.value
                    values[slot] = classNumber(c)
                }
                out.append(values[slot])
            }
            return out
        }
        let oldNumbers = numbered(old)
        let (removed, inserted) = ShortestEdit.marks(from: oldNumbers, to: numbered(new))
        var out: [DiffSegment] = []
        func push(_ op: DiffSegment.Operation, _ c: Character) {
            if let last = out.last, last.operation == op {
                out[out.count - 1].text.append(c)
            } else {
                out.append(DiffSegment(op, String(c)))
            }
        }
        walk(old.count, new.count, removed, inserted) { op, fromOld, k in push(op, fromOld ? old[k] : new[k]) }
        return out
    }

    /// The edit script as runs, in order: each character of the old text removed or kept (as the
    /// new text's), each of the new added, removals first where both are marked.
    private static func walk(_ oldCount: Int, _ newCount: Int, _ removed: [Bool], _ inserted: [Bool], _ visit: (DiffSegment.Operation, Bool, Int) -> Void) {
        var i = 0, j = 0
        while i < oldCount || j < newCount {
            if i < oldCount && removed[i] {
                visit(.removed, true, i); i += 1
            } else if j < newCount && inserted[j] {
                visit(.added, false, j); j += 1
            } else if i < oldCount && j < newCount {
                visit(.same, false, j); i += 1; j += 1
            } else if i < oldCount {
                visit(.removed, true, i); i += 1
            } else {
                visit(.added, false, j); j += 1
            }
        }
    }

    /// Whether `c` is one scalar for which `CJK.isInert` holds: two such characters are equal as
    /// `Character`s only if they are one scalar (a test holds this on every scalar). A character
    /// outside may still equal one inside (U+F9D1 is 六).
    static func isInert(_ c: Character) -> Bool {
        let u = c.unicodeScalars
        guard let first = u.first, u.index(after: u.startIndex) == u.endIndex else { return false }
        return CJK.isInert(first.value)
    }

    /// How many scalars of `reference` survive in `text` in order (the longest common subsequence).
    ///
    /// When either side has at most 64 scalars (every clause a check compares), the length comes from
    /// the bit-parallel LCS of Allison–Dix and Hyyrö: one word operation per scalar of the other side,
    /// where a Myers diff builds an edit script only to count it. Longer pairs take the same over
    /// blocks of 64 (`CommonLength.blocks`).
    static func common(_ reference: [UInt32], _ text: [UInt32]) -> Int {
        let (pattern, other) = reference.count <= text.count ? (reference, text) : (text, reference)
        guard pattern.count <= 64 else { return CommonLength.blocks(pattern, other) }
        guard !pattern.isEmpty else { return 0 }
        // The masks on the stack (`CommonLength` keeps them for a side compared again and again).
        let layout = CommonLength.Layout(patternCount: pattern.count)
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: layout.words) { table -> Int in
            guard let base = table.baseAddress else { return 0 }
            let filter = CommonLength.fill(base, layout, with: pattern)
            return CommonLength.length(base, layout, filter, patternCount: pattern.count, other: other)
        }
    }

    /// The most scalars, both texts together, that `segments` and `runs` diff: the longest sentence
    /// of the bundled plans and references is a few hundred; a diff's search takes time growing with
    /// the product of the texts' length and their difference, and a crafted text of 300,000
    /// characters without a stop took minutes a finding.
    static let longestDiffed = 4000

    /// Runs of scalars removed from `reference` and added in `text`, each as a string, with whether an
    /// added run directly follows a removed one (a replacement); none past `longestDiffed`.
    static func runs(_ reference: [UInt32], _ text: [UInt32]) -> (removed: [String], added: [String], replacements: [(String, String)]) {
        guard reference.count + text.count <= longestDiffed else { return ([], [], []) }
        let (removedAt, insertedAt) = ShortestEdit.marks(from: reference, to: text)
        var removed: [String] = [], added: [String] = [], replacements: [(String, String)] = []
        var i = 0, j = 0
        var lastRemoved: String? = nil
        while i < reference.count || j < text.count {
            if i < reference.count && removedAt[i] {
                var run: [UInt32] = []
                while i < reference.count && removedAt[i] { run.append(reference[i]); i += 1 }
                lastRemoved = MatchText.string(run)
                removed.append(lastRemoved!)
            } else if j < text.count && insertedAt[j] {
                var run: [UInt32] = []
                while j < text.count && insertedAt[j] { run.append(text[j]); j += 1 }
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

    /// A bit a scalar (`ScalarSet`): asked of every scalar of every clause split, where hashing each
    /// into a `Set` cost more than the rest of the split.
    static let clauseEnds = ScalarSet("，。；：！？,;:!?\n".unicodeScalars)

    /// Clauses: the pieces between ，。；：！？ and line breaks (a 、 list stays whole), trimmed of
    /// white space. One pass over the UTF-8 bytes, each piece cut from them whole: every check
    /// splits every item and every wording line, so this is on the check's hot path (walking the
    /// unicode scalar view's indices cost more than the rest of the clause index).
    static func clauses(_ text: String) -> [String] {
        clauseRanges(text).map { clause(text, $0) }
    }

    /// The clause of `text` at `range` (one of its `clauseRanges`, which start and end on scalars),
    /// as `clauses` gives it: copied as a substring of the string, whose bytes are known to be UTF-8,
    /// not decoded from them again (checking the bytes of every clause a finding quotes was a
    /// fifth of making its string).
    static func clause(_ text: String, _ range: Range<Int>) -> String {
        let u = text.utf8
        // A clause range is in bounds and on scalars by how `clauseRanges` cuts; a range that is not
        // stops a debug build here rather than coming back rounded or empty.
        assert(range.lowerBound >= 0 && range.upperBound <= u.count, "clause range \(range) outside \(u.count) bytes")
        guard range.lowerBound >= 0, range.upperBound <= u.count else { return "" }
        let start = u.index(u.startIndex, offsetBy: range.lowerBound)
        return String(text[start..<u.index(start, offsetBy: range.count)])
    }

    /// Where `clauses` cuts: each clause's bytes in the text's UTF-8, in order. The check keeps
    /// these and makes a clause's string only when a finding quotes it (making every clause's
    /// string up front was most of splitting the items).
    static func clauseRanges(_ text: String) -> [Range<Int>] {
        var copy = text
        return copy.withUTF8(clauseRanges)
    }

    /// `clauseRanges(b)` and each clause's match text (`MatchText.read` of its bytes) in one pass
    /// over the scalars, the match texts end to end in `scalars` with clause `k`'s at
    /// `ends[k - 1]..<ends[k]` (from 0): the item's match text and its clauses' at once. What a
    /// clause is trimmed of (white space) and cut at is never kept in a match text, so a clause's
    /// match text is that of all the bytes since the last cut. The check reads every item so; split
    /// first and read after, each scalar was decoded twice.
    static func clauseMatches(_ b: UnsafeBufferPointer<UInt8>) -> (ranges: [Range<Int>], scalars: [UInt32], ends: [Int]) {
        var ranges: [Range<Int>] = []
        var ends: [Int] = []
        // Room for the clauses of most items at once: grown from empty, the two lists took six
        // allocations an item.
        ranges.reserveCapacity(8)
        ends.reserveCapacity(8)
        let clauseEnds = Self.clauseEnds
        let scalars = [UInt32](plainCapacity: b.count) { out in
            var k = 0
            // The clause's first and last scalars that are not white space, and where its match
            // text starts in `out`.
            var first = -1, last = 0, from = 0
            var i = 0
            // Where a three-byte sequence may still start.
            let limit = b.count &- 2
            // The end of the text cuts as a clause end does; no nested function does the cut, as
            // one capturing these counters kept them in boxes checked at every access.
            while true {
                // A run of basic ideographs by their lead bytes (`isBasicIdeographLead`, three bytes
                // known to follow below `limit`), in a loop of its own: no clause end, each kept as
                // it is, none white space.
                if i < limit, ScalarText.isBasicIdeographLead(b[i]) {
                    if first < 0 { first = i }
                    repeat {
                        out[k] = ScalarText.threeByteValue(b, at: i)
                        k &+= 1
                        i &+= 3
                    } while i < limit && ScalarText.isBasicIdeographLead(b[i])
                    last = i
                    continue
                }
                let atEnd = i == b.count
                let (v, length) = atEnd ? (0, 0) : ScalarText.utf8Scalar(b, at: i)
                if atEnd || clauseEnds.contains(value: v) {
                    if first >= 0 {
                        ranges.append(first..<last)
                        ends.append(k)
                    } else {
                        k = from
                    }
                    (first, from) = (-1, k)
                    if atEnd { break }
                } else {
                    if let kept = MatchText.kept(v) {
                        out[k] = kept
                        k &+= 1
                    }
                    if !ScalarText.mayBeWhitespace(v) || !(Unicode.Scalar(v)?.properties.isWhitespace ?? false) {
                        if first < 0 { first = i }
                        last = i + length
                    }
                }
                i &+= length
            }
            return k
        }
        return (ranges, scalars, ends)
    }

    static func clauseRanges(_ b: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        let n = b.count
        func isWhitespace(at i: Int) -> Bool {
            let v = ScalarText.utf8Scalar(b, at: i).value
            return ScalarText.mayBeWhitespace(v) && (Unicode.Scalar(v)?.properties.isWhitespace ?? false)
        }
        let clauseEnds = Self.clauseEnds
        var start = 0
        func add(_ end: Int) {
            var a = start, z = end
            while a < z, isWhitespace(at: a) { a += ScalarText.utf8Scalar(b, at: a).length }
            while z > a {
                var last = z - 1
                while last > a, b[last] & 0xC0 == 0x80 { last -= 1 }
                guard isWhitespace(at: last) else { break }
                z = last
            }
            if a < z { out.append(a..<z) }
        }
        var i = 0
        while i < n {
            let (v, len) = ScalarText.utf8Scalar(b, at: i)
            if clauseEnds.contains(value: v) {
                add(i)
                start = i + len
            }
            i += len
        }
        add(n)
        return out
    }
}
