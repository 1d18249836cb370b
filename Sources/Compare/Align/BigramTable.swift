/// A read-only hash table from bigram keys to small integers, with open addressing and a
/// multiplicative hash.
///
/// Why not `Dictionary`: aligning looks up every bigram of every item, and the standard library's
/// seeded hasher costs more than the rest of the lookup; keys here are fixed once the reference is
/// indexed, so a plain table with a cheap hash is safe.
struct BigramTable: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private let shift: UInt64
    private let mask: Int

    /// `entries` must not repeat a key.
    init(_ entries: [(UInt64, Int)]) {
        var bits: UInt64 = 4
        while (1 << bits) < entries.count * 2 { bits += 1 }
        let capacity = 1 << Int(bits)
        keys = [UInt64](repeating: 0, count: capacity)
        values = [Int32](repeating: -1, count: capacity)
        shift = 64 - bits
        mask = capacity - 1
        for (key, value) in entries {
            var slot = Self.hash(key, shift)
            while values[slot] >= 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = Int32(value)
        }
    }

    @inline(__always)
    private static func hash(_ key: UInt64, _ shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    @inline(__always)
    subscript(key: UInt64) -> Int? {
        var slot = Self.hash(key, shift)
        while true {
            let v = values[slot]
            if v < 0 { return nil }
            if keys[slot] == key { return Int(v) }
            slot = (slot + 1) & mask
        }
    }
}
