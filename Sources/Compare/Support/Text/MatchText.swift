/// Text reduced to what matching looks at: ideographs, ASCII letters (lower case) and digits, with
/// white space and punctuation gone and full-width digits and letters made ASCII.
///
/// Why: plans copy the national wording with their own punctuation, spacing and line breaks
/// ("第 6 版", "“六稳”“六保”", "村(居)务"); a term or a bigram must match through all of it.
/// Stored as scalar values so bigrams are two integers and term search is integer comparison.
public struct MatchText: Hashable, Sendable {
    public var scalars: [UInt32]

    public init(_ text: String) {
        if let read = text.utf8.withContiguousStorageIfAvailable(Self.read) {
            scalars = read
            return
        }
        var out: [UInt32] = []
        out.reserveCapacity(text.utf8.count / 3 + 4)
        for s in text.unicodeScalars {
            if let v = Self.kept(s.value) { out.append(v) }
        }
        scalars = out
    }

    /// What a scalar becomes here, or nil when matching ignores it: full-width digits and letters
    /// made ASCII, ASCII letters lower case, ideographs and ASCII letters and digits kept.
    @inline(__always)
    static func kept(_ value: UInt32) -> UInt32? {
        // The basic ideographs first: most of any plan's scalars.
        if value >= 0x4E00 && value <= 0x9FFF { return value }
        var v = value
        if (0xFF10...0xFF19).contains(v) || (0xFF21...0xFF3A).contains(v) || (0xFF41...0xFF5A).contains(v) {
            v -= 0xFEE0
        }
        if (0x41...0x5A).contains(v) { v += 0x20 }
        guard let scalar = Unicode.Scalar(v), CJK.isIdeograph(scalar) || CJK.isASCIIAlnum(scalar) else { return nil }
        return v
    }

    /// The kept scalars read from UTF-8 in one pass into the array's storage: every check and the
    /// aligner make match texts of every clause, and the scalar view's iterator with an `append`
    /// a scalar was a twentieth of the check (`ScalarText.utf8Scalar` steps the bytes).
    static func read(_ b: UnsafeBufferPointer<UInt8>) -> [UInt32] {
        [UInt32](plainCapacity: b.count) { out in
            var i = 0, k = 0
            let n = b.count
            // Where a three-byte sequence may still start.
            let limit = n &- 2
            while i < n {
                // A run of basic ideographs by their lead bytes (`startsBasicIdeograph`), kept as
                // they are, in a loop of its own.
                while i < limit && ScalarText.isBasicIdeographLead(b[i]) {
                    out[k] = ScalarText.threeByteValue(b, at: i)
                    k &+= 1
                    i &+= 3
                }
                guard i < n else { break }
                let (v, length) = ScalarText.utf8Scalar(b, at: i)
                i &+= length
                if let kept = kept(v) {
                    out[k] = kept
                    k &+= 1
                }
            }
            return k
        }
    }

    init(scalars: [UInt32]) {
        self.scalars = scalars
    }

    public var count: Int { scalars.count }

    /// Match scalars back as a string (for quoting a run of a diff or a window of a text).
    /// Encoded as UTF-8 bytes and decoded once (`ScalarString`): the scalar view built from an
    /// array of scalars transcoded each through a generic path. A value no scalar has is dropped.
    static func string<S: Sequence>(_ scalars: S) -> String where S.Element == UInt32 {
        var out = ScalarString(capacity: scalars.underestimatedCount * 3)
        for v in scalars {
            if let s = Unicode.Scalar(v) { out.append(s) }
        }
        return out.string
    }
    public var isEmpty: Bool { scalars.isEmpty }

    /// Adjacent pairs as one key each, in order (repeats kept: counts are term frequencies).
    public var bigrams: [UInt64] {
        guard scalars.count >= 2 else { return [] }
        var out: [UInt64] = []
        out.reserveCapacity(scalars.count - 1)
        for i in 1..<scalars.count {
            out.append(MatchText.bigram(scalars[i - 1], scalars[i]))
        }
        return out
    }

    @inline(__always)
    static func bigram(_ a: UInt32, _ b: UInt32) -> UInt64 {
        UInt64(a) << 32 | UInt64(b)
    }

    /// A 64-bit digest of `scalars` (FNV-1a, one step a scalar), continuing from `seed`: the digest
    /// of two texts end to end is the second's continued from the first's, so a plan's joined
    /// clauses are digested without joining them. Equal texts have equal digests; a digest found
    /// is a text to compare, never taken for it.
    static func digest(_ scalars: [UInt32], continuing seed: UInt64 = digestSeed) -> UInt64 {
        scalars.withUnsafeBufferPointer { s in
            var h = seed
            for v in s { h = (h ^ UInt64(v)) &* 0x0000_0100_0000_01B3 }
            return h
        }
    }

    /// The digest of no scalars.
    static let digestSeed: UInt64 = 0xCBF2_9CE4_8422_2325

    /// Whether `needle` occurs anywhere.
    public func contains(_ needle: MatchText) -> Bool {
        firstOffset(of: needle.scalars) != nil
    }

    /// Read through buffer pointers: the checks search every item for every spelling, and the
    /// array subscripts' bounds checks were half the cost of the scan. A needle of two scalars or
    /// more is looked for eight places at a time by its first two scalars (`pairStarts`): a plan's
    /// common first characters (公, 政) start many places, its first pairs few.
    func firstOffset(of needle: [UInt32], from start: Int = 0) -> Int? {
        guard !needle.isEmpty, needle.count <= scalars.count, start >= 0 else { return nil }
        return scalars.withUnsafeBufferPointer { s -> Int? in
            needle.withUnsafeBufferPointer { n -> Int? in
                guard let sp = s.baseAddress, let np = n.baseAddress else { return nil }
                let first = np[0], m = n.count
                let last = s.count - m
                var i = start
                if m >= 2 {
                    // Eight starts at a time while the eight pairs lie inside the text: a start at
                    // i + 7 reads up to i + 8, at most `last` + 1 < s.count. Bounded by `last` − 7
                    // (`last` ≥ 0, so no wrap), not by i + 7, which a start near Int.max wraps.
                    let firsts = SIMD8<UInt32>(repeating: first), seconds = SIMD8<UInt32>(repeating: np[1])
                    let raw = UnsafeRawPointer(sp)
                    while i <= last &- 7 {
                        var hits = Self.pairStarts(raw, i, firsts, seconds)
                        while hits != 0 {
                            let at = i &+ hits.trailingZeroBitCount
                            var j = 2
                            while j < m && sp[at &+ j] == np[j] { j &+= 1 }
                            if j == m { return at }
                            hits &= hits &- 1
                        }
                        i &+= 8
                    }
                }
                while i <= last {
                    if sp[i] == first {
                        var j = 1
                        while j < m && sp[i + j] == np[j] { j += 1 }
                        if j == m { return i }
                    }
                    i += 1
                }
                return nil
            }
        }
    }

    /// Which of the eight places from `i` start the pair (`firsts`, `seconds`), as bits (place
    /// i + k at bit k). The text must hold scalars up to i + 8.
    @inline(__always)
    static func pairStarts(_ raw: UnsafeRawPointer, _ i: Int, _ firsts: SIMD8<UInt32>, _ seconds: SIMD8<UInt32>) -> UInt32 {
        let stride = MemoryLayout<UInt32>.stride
        let a = raw.loadUnaligned(fromByteOffset: i &* stride, as: SIMD8<UInt32>.self)
        let b = raw.loadUnaligned(fromByteOffset: (i &+ 1) &* stride, as: SIMD8<UInt32>.self)
        let both = unsafeBitCast((a .== firsts) .& (b .== seconds), to: SIMD8<UInt32>.self)
        // Most places start no pair: asked of the lanes or'ed together (a few instructions on
        // SSE2), before the lanes are read one by one into bits.
        let halves = unsafeBitCast(both.lowHalf | both.highHalf, to: SIMD2<UInt64>.self)
        guard halves[0] | halves[1] != 0 else { return 0 }
        var out: UInt32 = 0
        for k in 0..<8 where both[k] != 0 { out |= 1 << UInt32(k) }
        return out
    }

    /// Whether the text holds each of `needles` (`contains`). Many needles against a long text are
    /// read in one pass over the text for each length the needles have, each window's hash kept
    /// with its first place: searched for one by one, an enumeration of 100,000 members against
    /// its new text took 54 s in review, and a reference of such a list 13 s to index. A hash found
    /// is confirmed on that window, else by the search, so the answers are the search's.
    func holds(each needles: [MatchText]) -> [Bool] {
        let s = scalars
        guard needles.count > 64, needles.count * s.count > 1 << 22 else { return needles.map(contains) }
        var out = [Bool](repeating: false, count: needles.count)
        let lengths = Dictionary(grouping: needles.indices.filter { !needles[$0].isEmpty && needles[$0].count <= s.count }) { needles[$0].count }
        let base: UInt64 = 0x100_0000_01B3
        for (length, indices) in lengths {
            var power: UInt64 = 1
            for _ in 1..<length { power = power &* base }
            var first: [UInt64: Int] = [:]
            first.reserveCapacity(s.count)
            var h: UInt64 = 0
            for i in s.indices {
                if i >= length { h = h &- UInt64(s[i - length]) &* power }
                h = h &* base &+ UInt64(s[i])
                if i >= length - 1, first[h] == nil { first[h] = i - length + 1 }
            }
            for k in indices {
                let n = needles[k].scalars
                var hn: UInt64 = 0
                for v in n { hn = hn &* base &+ UInt64(v) }
                if let p = first[hn] { out[k] = s[p..<(p + length)].elementsEqual(n) || contains(needles[k]) }
            }
        }
        return out
    }

    /// Whether a stretch as long as `needle` differs from it in exactly one inner character (its
    /// first and last kept), and `accept` takes it (the stretch and the changed position): the shape
    /// of a misspelling.
    func containsNearly(_ needle: MatchText, where accept: ([UInt32], Int) -> Bool = { _, _ in true }) -> Bool {
        let m = needle.scalars, n = m.count
        guard n >= 3, n <= scalars.count else { return false }
        for start in 0...(scalars.count - n) where scalars[start] == m[0] && scalars[start + n - 1] == m[n - 1] {
            var differing = 0, at = 0
            for k in 1..<(n - 1) where scalars[start + k] != m[k] {
                differing += 1
                at = k
                if differing > 1 { break }
            }
            if differing == 1 && accept(Array(scalars[start..<(start + n)]), at) { return true }
        }
        return false
    }
}

extension Set where Element == UInt64 {
    /// How many pairs both sets hold, without building the intersection: the checks ask this for
    /// every clause against every reference clause.
    func sharedCount(_ other: Set<UInt64>) -> Int {
        let (small, large) = count <= other.count ? (self, other) : (other, self)
        var n = 0
        for x in small where large.contains(x) { n += 1 }
        return n
    }
}
