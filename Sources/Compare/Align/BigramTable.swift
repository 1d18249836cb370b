/// A hash table from bigram keys to small integers, with open addressing and a
/// multiplicative hash.
///
/// Why not `Dictionary`: aligning looks up every bigram of every item, and the standard library's
/// seeded hasher costs more than the rest of the lookup; keys here are fixed once the reference is
/// indexed (or, for a plan's clause index, come from the plan's own text and never leave the run),
/// so a plain table with a cheap hash is safe.
struct BigramTable: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var shift: UInt64
    private var mask: Int

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

    /// Every key numbered where it first appears (0, 1, …), and the table from key to number.
    /// One pass over pointers (a table filled key by key through the arrays checked their
    /// uniqueness at every write); the table has twice as many slots as `keys` has keys, so it
    /// never fills.
    static func numbering(_ keys: [UInt64]) -> (table: BigramTable, numbers: [Int32], distinct: Int) {
        var table = BigramTable([])
        var bits: UInt64 = 4
        while (1 << bits) < keys.count * 2 { bits += 1 }
        let capacity = 1 << Int(bits)
        // A slot's key is read only once its value says the slot is taken (`values` ≥ 0), so the
        // keys are left as the allocator gives them: zeroing them was most of the clause index's
        // memset, a table twice the size of the plan's pairs.
        table.keys = [UInt64](unsafeUninitializedCapacity: capacity) { _, count in count = capacity }
        table.values = [Int32](repeating: -1, count: capacity)
        table.shift = 64 - bits
        table.mask = capacity - 1
        var numbers = [Int32](repeating: 0, count: keys.count)
        var distinct: Int32 = 0
        let shift = table.shift, mask = table.mask
        table.keys.withUnsafeMutableBufferPointer { slotKeys in
            table.values.withUnsafeMutableBufferPointer { slotValues in
                numbers.withUnsafeMutableBufferPointer { out in
                    keys.withUnsafeBufferPointer { input in
                        for n in 0..<input.count {
                            let key = input[n]
                            var slot = hash(key, shift)
                            while true {
                                let v = slotValues[slot]
                                if v < 0 {
                                    slotKeys[slot] = key
                                    slotValues[slot] = distinct
                                    out[n] = distinct
                                    distinct += 1
                                    break
                                }
                                if slotKeys[slot] == key {
                                    out[n] = v
                                    break
                                }
                                slot = (slot + 1) & mask
                            }
                        }
                    }
                }
            }
        }
        return (table, numbers, Int(distinct))
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
