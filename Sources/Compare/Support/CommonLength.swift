/// The longest common subsequence's length against one fixed side, by the bit-parallel LCS of
/// Allison–Dix and Hyyrö: one word operation per scalar of the other side.
///
/// Why a type: a reference clause is compared with clause after clause of every plan, and
/// `TextDiff.common` built the clause's bit masks again for each (half of every comparison). Made
/// here once, they are only read. The length is `TextDiff.common`'s in every case: the LCS is the
/// same whichever side gives the masks, and a side over 64 scalars goes to `TextDiff.common`.
struct CommonLength: Sendable {
    let pattern: [UInt32]
    /// An open-addressing table of the pattern's scalars, each slot its key (`.max` when empty)
    /// beside its mask (`Layout`); empty when the pattern is empty or over 64 scalars.
    private let table: [UInt64]
    private let layout: Layout
    /// Bit `c & 63` for every scalar `c` of the pattern: a scalar whose bit is clear is not in the
    /// pattern, told without a probe (most of the other side's scalars, on a clause's few).
    private let filter: UInt64

    /// A table's size: a power of two, twice the pattern's length or more, so it never fills and
    /// a probe rarely steps on. Why sized to the pattern, with each key beside its mask: the
    /// reference's wording clauses keep a table each, read for clause after clause of every plan,
    /// and 128 keys then 128 masks (2 KB a clause, a key and its mask on two cache lines) were
    /// mostly cache misses: most clauses have a dozen or two scalars.
    struct Layout {
        let slots: Int
        /// The multiplicative hash keeps the product's top bits: as many as the slots need.
        let shift: UInt32

        init(patternCount: Int) {
            var bits = 3
            while 1 << bits < 2 * patternCount { bits += 1 }
            slots = 1 << bits
            shift = UInt32(32 - bits)
        }

        /// Words a table of this layout takes: a key and a mask a slot.
        var words: Int { 2 * slots }

        @inline(__always)
        func slot(_ c: UInt32, _ table: UnsafePointer<UInt64>) -> Int {
            // Wrapping arithmetic: a slot is below `slots`, a few dozen.
            var s = Int((c &* 0x9E37_79B1) >> shift)
            while table[2 &* s] != .max && table[2 &* s] != UInt64(c) { s = (s &+ 1) & (slots &- 1) }
            return s
        }
    }

    init(_ pattern: [UInt32]) {
        self.pattern = pattern
        layout = Layout(patternCount: pattern.count)
        guard !pattern.isEmpty, pattern.count <= 64 else {
            table = []
            filter = 0
            return
        }
        let layout = layout
        var filter: UInt64 = 0
        table = [UInt64](unsafeUninitializedCapacity: layout.words) { buffer, count in
            if let base = buffer.baseAddress { filter = Self.fill(base, layout, with: pattern) }
            count = layout.words
        }
        self.filter = filter
    }

    /// `TextDiff.common(pattern, text)`.
    func common(_ text: [UInt32]) -> Int {
        guard !table.isEmpty else { return TextDiff.common(pattern, text) }
        return table.withUnsafeBufferPointer { t in
            guard let base = t.baseAddress else { return 0 }
            return Self.length(base, layout, filter, patternCount: pattern.count, other: text)
        }
    }

    /// `common(first + second)`, the two read one after the other rather than joined: the clause
    /// search compares a reference clause with two adjacent plan clauses as one, and joining them
    /// was an array made and freed each time. The count reads the other side once, in order.
    func common(_ first: [UInt32], _ second: [UInt32]) -> Int {
        guard !table.isEmpty else { return TextDiff.common(pattern, first + second) }
        return table.withUnsafeBufferPointer { t in
            guard let base = t.baseAddress else { return 0 }
            return Self.length(base, layout, filter, patternCount: pattern.count, other: first, then: second)
        }
    }

    /// Bit i of a scalar's mask: the pattern holds that scalar at position i. A `Dictionary` hashed
    /// every scalar with the seeded hasher. Returns the pattern's filter (`filter`).
    static func fill(_ table: UnsafeMutablePointer<UInt64>, _ layout: Layout, with pattern: [UInt32]) -> UInt64 {
        for s in 0..<layout.slots {
            table[2 * s] = .max
            table[2 * s + 1] = 0
        }
        var filter: UInt64 = 0
        for (i, c) in pattern.enumerated() {
            let s = layout.slot(c, table)
            table[2 * s] = UInt64(c)
            table[2 * s + 1] |= 1 << UInt64(i)
            filter |= 1 << UInt64(c & 63)
        }
        return filter
    }

    /// The LCS length of a pattern of `patternCount` (1...64) scalars, whose masks `table` holds,
    /// and `other` followed by `more`.
    static func length(_ table: UnsafePointer<UInt64>, _ layout: Layout, _ filter: UInt64, patternCount: Int, other: [UInt32], then more: [UInt32] = []) -> Int {
        var v = UInt64.max
        for c in other where filter >> UInt64(c & 63) & 1 != 0 { step(&v, c, table, layout) }
        for c in more where filter >> UInt64(c & 63) & 1 != 0 { step(&v, c, table, layout) }
        let used = patternCount == 64 ? UInt64.max : (UInt64(1) << UInt64(patternCount)) - 1
        return patternCount - (v & used).nonzeroBitCount
    }

    /// One scalar of the other side read into the row `v`.
    @inline(__always)
    private static func step(_ v: inout UInt64, _ c: UInt32, _ table: UnsafePointer<UInt64>, _ layout: Layout) {
        let m = table[2 &* layout.slot(c, table) &+ 1]
        guard m != 0 else { return }
        let u = v & m
        v = (v &+ u) | (v &- u)
    }

    /// The LCS length of a pattern of any length and `other`, the pattern's masks in 64-bit words
    /// and the addition carried from word to word (Hyyrö's bit-vector LCS over blocks): what a
    /// Myers diff gave by building a whole edit script to count it, for the long wording lines a
    /// finding is told a copy of or not (a quarter of a million instructions a pair).
    static func blocks(_ pattern: [UInt32], _ other: [UInt32]) -> Int {
        guard !pattern.isEmpty, !other.isEmpty else { return 0 }
        let words = (pattern.count + 63) / 64
        // Each distinct scalar of the pattern numbered, its mask `words` words at its number.
        var slots = 16
        while slots < 2 * pattern.count { slots <<= 1 }
        let shift = UInt32(32 - slots.trailingZeroBitCount)
        var keys = [UInt32](plain: .max, count: slots)
        var numbers = [Int](plain: -1, count: slots)
        var masks: [UInt64] = []
        func slot(_ c: UInt32) -> Int {
            var s = Int((c &* 0x9E37_79B1) >> shift)
            while keys[s] != .max && keys[s] != c { s = (s + 1) & (slots - 1) }
            return s
        }
        for (i, c) in pattern.enumerated() {
            let s = slot(c)
            if keys[s] == .max {
                keys[s] = c
                numbers[s] = masks.count / words
                masks += [UInt64](plain: 0, count: words)
            }
            masks[numbers[s] * words + i / 64] |= 1 << UInt64(i % 64)
        }
        var v = [UInt64](plain: .max, count: words)
        for c in other {
            let s = slot(c)
            guard keys[s] == c else { continue }
            let base = numbers[s] * words
            var carry: UInt64 = 0
            for w in 0..<words {
                let u = v[w] & masks[base + w]
                let (sum, over) = v[w].addingReportingOverflow(u)
                let (total, overAgain) = sum.addingReportingOverflow(carry)
                carry = over || overAgain ? 1 : 0
                v[w] = total | (v[w] &- u)
            }
        }
        var kept = 0
        for w in 0..<words {
            let used = w == words - 1 && pattern.count % 64 != 0 ? (UInt64(1) << UInt64(pattern.count % 64)) - 1 : UInt64.max
            kept += (~v[w] & used).nonzeroBitCount
        }
        return kept
    }
}
