/// Per character pair, the two numbers a reader of a reference or of the topics needs of it, held
/// in the pair's slot of an open-addressing table (`BigramTable`'s hash and probing).
///
/// Why the numbers in the slot: an item is read by looking up each of its pairs once, in a table
/// larger than the first-level cache. With a pair's number in the table and its numbers in arrays
/// beside it, each pair cost a cache miss in the table and one in each array; here the slot's
/// sixteen bytes hold the key and both numbers.
struct PairReadTable: Sendable {
    struct Slot {
        /// `.max` for an empty slot: no pair of scalars has that key.
        var key: UInt64
        var first: Int32
        var second: Int32
    }

    private var slots: [Slot]
    private let shift: UInt64
    private let mask: Int

    /// `entries` must not repeat a key.
    init(_ entries: [(key: UInt64, first: Int32, second: Int32)]) {
        var bits: UInt64 = 4
        while (1 << bits) < entries.count * 2 { bits += 1 }
        let capacity = 1 << Int(bits)
        var slots = [Slot](repeating: Slot(key: .max, first: -1, second: -1), count: capacity)
        shift = 64 - bits
        mask = capacity - 1
        for e in entries {
            var slot = BigramTable.hash(e.key, shift)
            while slots[slot].key != .max { slot = (slot + 1) & mask }
            slots[slot] = Slot(key: e.key, first: e.first, second: e.second)
        }
        self.slots = slots
    }

    /// The pair's two numbers, or nil when the table does not hold it.
    @inline(__always)
    subscript(key: UInt64) -> (first: Int32, second: Int32)? {
        slots.withUnsafeBufferPointer { slots in
            var slot = BigramTable.hash(key, shift)
            while true {
                let entry = slots[slot]
                if entry.key == key { return (entry.first, entry.second) }
                if entry.key == .max { return nil }
                slot = (slot &+ 1) & mask
            }
        }
    }
}
