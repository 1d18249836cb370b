/// A hash table from bigram keys to small integers, with open addressing and a
/// multiplicative hash.
///
/// Why not `Dictionary`: aligning looks up every bigram of every item, and the standard library's
/// seeded hasher costs more than the rest of the lookup; keys here are fixed once the reference is
/// indexed (or, for a plan's clause index, come from the plan's own text and never leave the run),
/// so a plain table with a cheap hash is safe.
///
/// A slot holds its key and its value side by side: a lookup in a reference's tables (hundreds of
/// kilobytes, past the first-level cache) then reads one cache line, where a key array and a value
/// array beside it cost two misses a pair.
struct BigramTable: Sendable {
    struct Slot {
        var key: UInt64
        /// The key's value, or −1 for an empty slot.
        var value: Int32
    }

    private var slots: [Slot]
    private var shift: UInt64
    private var mask: Int

    /// `entries` must not repeat a key.
    init(_ entries: [(UInt64, Int)]) {
        var bits: UInt64 = 4
        while (1 << bits) < entries.count * 2 { bits += 1 }
        let capacity = 1 << Int(bits)
        slots = [Slot](repeating: Slot(key: 0, value: -1), count: capacity)
        shift = 64 - bits
        mask = capacity - 1
        for (key, value) in entries {
            var slot = Self.hash(key, shift)
            while slots[slot].value >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Slot(key: key, value: Int32(value))
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
        table.slots = [Slot](repeating: Slot(key: 0, value: -1), count: capacity)
        table.shift = 64 - bits
        table.mask = capacity - 1
        var numbers = [Int32](repeating: 0, count: keys.count)
        var distinct: Int32 = 0
        let shift = table.shift, mask = table.mask
        table.slots.withUnsafeMutableBufferPointer { slots in
            numbers.withUnsafeMutableBufferPointer { out in
                keys.withUnsafeBufferPointer { input in
                    for n in 0..<input.count {
                        let key = input[n]
                        var slot = hash(key, shift)
                        while true {
                            let v = slots[slot].value
                            if v < 0 {
                                slots[slot] = Slot(key: key, value: distinct)
                                out[n] = distinct
                                distinct &+= 1
                                break
                            }
                            if slots[slot].key == key {
                                out[n] = v
                                break
                            }
                            slot = (slot &+ 1) & mask
                        }
                    }
                }
            }
        }
        return (table, numbers, Int(distinct))
    }

    @inline(__always)
    static func hash(_ key: UInt64, _ shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    @inline(__always)
    subscript(key: UInt64) -> Int? {
        slots.withUnsafeBufferPointer { slots in
            var slot = Self.hash(key, shift)
            while true {
                let entry = slots[slot]
                if entry.value < 0 { return nil }
                if entry.key == key { return Int(entry.value) }
                slot = (slot &+ 1) & mask
            }
        }
    }
}
