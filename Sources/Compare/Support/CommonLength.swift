/// The longest common subsequence's length against one fixed side, by the bit-parallel LCS of
/// Allison–Dix and Hyyrö: one word operation per scalar of the other side.
///
/// Why a type: a reference clause is compared with clause after clause of every plan, and
/// `TextDiff.common` built the clause's bit masks again for each (half of every comparison). Made
/// here once, they are only read. The length is `TextDiff.common`'s in every case: the LCS is the
/// same whichever side gives the masks, and a side over 64 scalars goes to `TextDiff.common`.
struct CommonLength: Sendable {
    let pattern: [UInt32]
    /// `slots` keys, then their `slots` masks; empty when the pattern is empty or over 64 scalars.
    private let table: [UInt64]

    static let slots = 128
    static let shift: UInt32 = 25

    init(_ pattern: [UInt32]) {
        self.pattern = pattern
        guard !pattern.isEmpty, pattern.count <= 64 else {
            table = []
            return
        }
        table = [UInt64](unsafeUninitializedCapacity: 2 * Self.slots) { buffer, count in
            if let base = buffer.baseAddress { Self.fill(base, with: pattern) }
            count = 2 * Self.slots
        }
    }

    /// `TextDiff.common(pattern, text)`.
    func common(_ text: [UInt32]) -> Int {
        guard !table.isEmpty else { return TextDiff.common(pattern, text) }
        return table.withUnsafeBufferPointer { t in
            guard let base = t.baseAddress else { return 0 }
            return Self.length(base, patternCount: pattern.count, other: text)
        }
    }

    /// Bit i of a scalar's mask: the pattern holds that scalar at position i. `table` holds `slots`
    /// keys then their masks: an open-addressing table (at most 64 scalars, so never full) with a
    /// multiplicative hash; a `Dictionary` hashed every scalar with the seeded hasher.
    static func fill(_ table: UnsafeMutablePointer<UInt64>, with pattern: [UInt32]) {
        let masks = table + slots
        for s in 0..<slots {
            table[s] = .max
            masks[s] = 0
        }
        for (i, c) in pattern.enumerated() {
            var s = Int((c &* 0x9E37_79B1) >> shift)
            while table[s] != .max && table[s] != UInt64(c) { s = (s + 1) & (slots - 1) }
            table[s] = UInt64(c)
            masks[s] |= 1 << UInt64(i)
        }
    }

    /// The LCS length of a pattern of `patternCount` (1...64) scalars, whose masks `table` holds,
    /// and `other`.
    static func length(_ table: UnsafePointer<UInt64>, patternCount: Int, other: [UInt32]) -> Int {
        let masks = table + slots
        var v = UInt64.max
        for c in other {
            var s = Int((c &* 0x9E37_79B1) >> shift)
            while table[s] != .max && table[s] != UInt64(c) { s = (s + 1) & (slots - 1) }
            let m = masks[s]
            guard m != 0 else { continue }
            let u = v & m
            v = (v &+ u) | (v &- u)
        }
        let used = patternCount == 64 ? UInt64.max : (UInt64(1) << UInt64(patternCount)) - 1
        return patternCount - (v & used).nonzeroBitCount
    }
}
