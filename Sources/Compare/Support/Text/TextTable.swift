/// A table keyed by text (ids of sections and requirements, spellings, byte keys), for lookups made
/// thousands of times a plan, with the answers of a `Dictionary` with the same keys.
///
/// Why not `Dictionary`: it hashes every key with SipHash, and a `String` key after reading it for
/// canonical equivalence: some 350 instructions a lookup of a section id, over a thousand for a
/// spelling in Chinese; the check made about two thousand lookups a plan. Here a key's UTF-8 is
/// hashed (FNV-1a's steps, eight bytes at a time while they are printable ASCII) in the pass that
/// finds whether its scalars all stand alone (`ScalarText.standsAlone`), and a key is compared, by
/// its own equality, only with keys of the same hash.
///
/// Why that gives `Dictionary`'s answers: two strings whose scalars all stand alone are equal as
/// `String`s exactly when their bytes are, so equal keys hash alike. A key with another scalar (a
/// combining mark, a compatibility ideograph, U+212A, which equals K) may equal a key of other
/// bytes: asked for, it is compared with every key; stored, the table makes a `Dictionary` of its
/// keys and answers every question from it from then on. `ByteKey`s are equal by their bytes alone
/// and never need either.
struct TextTable<Key: TextTableKey, Value> {
    /// In the order first stored.
    private(set) var keys: [Key] = []
    private(set) var values: [Value] = []
    private var hashes: [UInt64] = []
    /// Positions in `keys`, open addressing; -1 for an empty slot.
    private var slots: [Int32]
    /// The keys by `Dictionary`, once a key that does not stand alone has been seen.
    private var exact: [Key: Int]?

    init(minimumCapacity: Int = 0) {
        var size = 8
        while size < 2 * minimumCapacity { size <<= 1 }
        slots = [Int32](plain: -1, count: size)
        keys.reserveCapacity(minimumCapacity)
        values.reserveCapacity(minimumCapacity)
        hashes.reserveCapacity(minimumCapacity)
    }

    var count: Int { keys.count }

    /// The position of `key` in `keys`, if stored.
    func position(of key: Key) -> Int? {
        if let exact { return exact[key] }
        guard let hash = Self.hash(key) else {
            // A key that does not stand alone, in a table of keys that all do: it may still equal one.
            return keys.firstIndex(of: key)
        }
        let mask = slots.count - 1
        var slot = Self.slot(hash, mask)
        while true {
            let k = Int(slots[slot])
            if k < 0 { return nil }
            if hashes[k] == hash && keys[k] == key { return k }
            slot = (slot + 1) & mask
        }
    }

    subscript(key: Key) -> Value? {
        get { position(of: key).map { values[$0] } }
        set {
            guard let newValue else {
                if let k = position(of: key) { remove(at: k) }
                return
            }
            if let k = position(of: key) { values[k] = newValue } else { append(key, newValue) }
        }
    }

    subscript(key: Key, default value: @autoclosure () -> Value) -> Value {
        get { self[key] ?? value() }
        _modify {
            let k: Int
            if let found = position(of: key) {
                k = found
            } else {
                append(key, value())
                k = keys.count - 1
            }
            yield &values[k]
        }
    }

    func mapValues<T>(_ transform: (Value) throws -> T) rethrows -> TextTable<Key, T> {
        var out = TextTable<Key, T>(minimumCapacity: 0)
        out.keys = keys
        out.values = try values.map(transform)
        out.hashes = hashes
        out.slots = slots
        out.exact = exact
        return out
    }

    private mutating func append(_ key: Key, _ value: Value) {
        keys.append(key)
        values.append(value)
        let hash = Self.hash(key)
        hashes.append(hash ?? 0)
        if exact == nil, hash == nil {
            exact = Dictionary(uniqueKeysWithValues: zip(keys.dropLast(), keys.indices))
        }
        if exact != nil {
            exact![key] = keys.count - 1
            return
        }
        let placed = 2 * keys.count > slots.count ? rebuild(size: 2 * slots.count) : place(keys.count - 1)
        if !placed { answerByDictionary() }
    }

    /// From now on, every question answered by a `Dictionary` of the keys (whose hash is seeded):
    /// for keys that do not stand alone, and for keys made to crowd the table (`longestRun`).
    /// The keys are distinct (by bytes, so as `Key`s too), as the dictionary needs.
    private mutating func answerByDictionary() {
        exact = Dictionary(uniqueKeysWithValues: zip(keys, keys.indices))
    }

    /// Whether the table answers by a `Dictionary` (`answerByDictionary`): what a test asks.
    var answersByDictionary: Bool { exact != nil }

    /// The longest run of filled slots the table keeps, so no question probes more than this. The
    /// hash has no secret seed: a plan's author could choose headings whose slots follow one
    /// another (20,000 such keys took 0.76 s to store and look up in a release build, each probe
    /// walking the run; 0.01 s now); a longer run sends the table to a `Dictionary`. Random keys
    /// never did, in tables of up to a million.
    static var longestRun: Int { 64 }

    private mutating func remove(at k: Int) {
        keys.remove(at: k)
        values.remove(at: k)
        hashes.remove(at: k)
        if exact != nil || !rebuild(size: slots.count) { answerByDictionary() }
    }

    /// False when a run of filled slots grew past `longestRun`.
    private mutating func rebuild(size: Int) -> Bool {
        slots = [Int32](plain: -1, count: size)
        for k in keys.indices where !place(k) { return false }
        return true
    }

    /// Key `k` in the first free slot from its own; false when the run of filled slots it joins
    /// is longer than `longestRun` (each run is measured when it grows, so none is longer before).
    private mutating func place(_ k: Int) -> Bool {
        let mask = slots.count - 1
        var slot = Self.slot(hashes[k], mask)
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(k)
        var run = 1
        var s = (slot - 1) & mask
        while slots[s] >= 0 && run <= Self.longestRun {
            run += 1
            s = (s - 1) & mask
        }
        s = (slot + 1) & mask
        while slots[s] >= 0 && run <= Self.longestRun {
            run += 1
            s = (s + 1) & mask
        }
        return run <= Self.longestRun
    }

    /// A hash's first slot: its high bits, which every byte of the key reaches (a multiplication
    /// carries a byte's bits only upwards, so the low bits of ids alike but for a middle character
    /// were alike, and the probes ran long).
    @inline(__always)
    static func slot(_ hash: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: ((hash ^ hash >> 32) &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
    }

    /// A hash of the key's UTF-8, or nil when a scalar of it does not stand alone and the key is
    /// not compared by bytes (`TextTableKey.byBytes`): eight bytes at a time while they are
    /// printable ASCII (an id: one step and a byte), then scalar by scalar. The steps depend on
    /// the bytes alone, so equal bytes hash alike.
    static func hash(_ key: Key) -> UInt64? {
        let text = key.tableText
        if let hashed = text.utf8.withContiguousStorageIfAvailable({ digest($0) }) { return hashed }
        // No contiguous UTF-8 (a bridged string): its bytes copied out and read the same way.
        return Array(text.utf8).withUnsafeBufferPointer { digest($0) }
    }

    @inline(__always)
    private static func digest(_ b: UnsafeBufferPointer<UInt8>) -> UInt64? {
        let n = b.count
        var h: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(n)
        guard let p = b.baseAddress else { return h }
        var i = 0
        while i + 8 <= n {
            let w = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)
            if !Key.byBytes {
                // Any byte of 0x80 or more, under 0x20, or 0x7F (each test exact when the one
                // before it passed): read scalar by scalar from here.
                let low = (w &- 0x2020_2020_2020_2020) & ~w
                let del = w ^ 0x7F7F_7F7F_7F7F_7F7F
                guard (w | low | ((del &- 0x0101_0101_0101_0101) & ~del)) & 0x8080_8080_8080_8080 == 0 else { break }
            }
            h = (h ^ w) &* 0x100_0000_01B3
            i += 8
        }
        while i < n {
            let byte = p[i]
            if byte < 0x80 || Key.byBytes {
                guard Key.byBytes || (0x20..<0x7F).contains(byte) else { return nil }
                h = (h ^ UInt64(byte)) &* 0x100_0000_01B3
                i += 1
                continue
            }
            let (v, length) = ScalarText.utf8Scalar(b, at: i)
            guard ScalarText.standsAlone(v) else { return nil }
            h = (h ^ UInt64(v)) &* 0x100_0000_01B3
            i += length
        }
        return h
    }
}

/// What `TextTable` keys by: a text, compared as `String` compares it or by its bytes.
protocol TextTableKey: Hashable {
    var tableText: String { get }
    /// Keys equal only when their bytes are (`ByteKey`).
    static var byBytes: Bool { get }
}

extension TextTableKey {
    static var byBytes: Bool { false }
}

extension String: TextTableKey {
    var tableText: String { self }
}

extension Identifier: TextTableKey {
    var tableText: String { rawValue }
}

extension ByteKey: TextTableKey {
    var tableText: String { text }
    static var byBytes: Bool { true }
}

extension TextTable: Sendable where Key: Sendable, Value: Sendable {}
