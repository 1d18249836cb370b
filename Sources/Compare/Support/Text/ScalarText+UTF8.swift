/// The conversions between a String's UTF-8 and its scalars, in both directions, written for the
/// shapes plans have (ideographs and full-width marks, three bytes each): decoding every line once,
/// counting and taking prefixes without decoding, building Strings straight into their storage.
extension ScalarText {
    /// Scalars to a String, from their storage when they are in memory (arrays and slices are).
    static func string<S: Sequence>(_ s: S) -> String where S.Element == Unicode.Scalar {
        if let built = s.withContiguousStorageIfAvailable(string(contiguous:)) { return built }
        var out = ScalarString(capacity: s.underestimatedCount * 3)
        out.append(contentsOf: s)
        return out.string
    }

    /// Scalars in memory (an array or a slice of one, as every reader holds them) to a String:
    /// the UTF-8 length counted first, then the bytes written straight into the string's storage,
    /// with no byte array in between.
    static func string(contiguous s: UnsafeBufferPointer<Unicode.Scalar>) -> String {
        var length = 0
        for c in s {
            let v = c.value
            length &+= v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x1_0000 ? 3 : 4
        }
        guard length > 0 else { return "" }
        return String(unsafeUninitializedCapacity: length) { out in
            var k = 0
            for c in s {
                let v = c.value
                if v < 0x80 {
                    out[k] = UInt8(truncatingIfNeeded: v)
                    k &+= 1
                } else if v < 0x800 {
                    out[k] = UInt8(truncatingIfNeeded: 0xC0 | v >> 6)
                    out[k &+ 1] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
                    k &+= 2
                } else if v < 0x1_0000 {
                    out[k] = UInt8(truncatingIfNeeded: 0xE0 | v >> 12)
                    out[k &+ 1] = UInt8(truncatingIfNeeded: 0x80 | v >> 6 & 0x3F)
                    out[k &+ 2] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
                    k &+= 3
                } else {
                    out[k] = UInt8(truncatingIfNeeded: 0xF0 | v >> 18)
                    out[k &+ 1] = UInt8(truncatingIfNeeded: 0x80 | v >> 12 & 0x3F)
                    out[k &+ 2] = UInt8(truncatingIfNeeded: 0x80 | v >> 6 & 0x3F)
                    out[k &+ 3] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
                    k &+= 4
                }
            }
            return k
        }
    }

    /// The scalars of `x`, decoded from its UTF-8 in one pass.
    ///
    /// Why not `Array(x.unicodeScalars)`: that walks the string twice (once to count, once to copy),
    /// decoding each scalar through the generic iterator; it was a tenth of ingest and parse.
    static func scalars(_ x: String) -> Scalars {
        if let decoded = x.utf8.withContiguousStorageIfAvailable(decode) { return decoded }
        return Array(x.unicodeScalars)
    }

    /// `x.unicodeScalars.count`, from the UTF-8 bytes: every scalar has exactly one byte that is
    /// not a continuation byte (10xxxxxx). Why: the scalar view counts by decoding each scalar
    /// through the generic index, at tens of instructions a scalar, for cells and lines that are
    /// counted only to be compared with a length limit.
    static func scalarCount(_ x: String) -> Int {
        if let counted = x.utf8.withContiguousStorageIfAvailable({ b -> Int in
            var n = 0
            for byte in b where byte & 0xC0 != 0x80 { n += 1 }
            return n
        }) {
            return counted
        }
        return x.unicodeScalars.count
    }

    /// The first `n` scalars of `x` (all of them when it has fewer), decoded from its UTF-8: what
    /// `Array(x.unicodeScalars.prefix(n))` gives, without the generic iterator.
    static func scalars(_ x: String, prefix n: Int) -> Scalars {
        if let decoded = x.utf8.withContiguousStorageIfAvailable({ b -> Scalars in
            var out = Scalars()
            out.reserveCapacity(min(n, b.count))
            var i = 0
            while i < b.count, out.count < n {
                let (v, length) = utf8Scalar(b, at: i)
                out.append(Unicode.Scalar(v) ?? "\u{FFFD}")
                i += length
            }
            return out
        }) {
            return decoded
        }
        return Array(x.unicodeScalars.prefix(n))
    }

    /// The value of the three-byte sequence at `i` (`i + 2 < b.count`): what `utf8Scalar` reads
    /// there, for readers that know the length from the lead byte (`startsBasicIdeograph`).
    @inline(__always)
    static func threeByteValue(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> UInt32 {
        (UInt32(b[i]) & 0x0F) << 12 | UInt32(b[i &+ 1] & 0x3F) << 6 | UInt32(b[i &+ 2] & 0x3F)
    }

    /// The UTF-8 sequence at `i` of `b`: its scalar value and its length in bytes, for the readers
    /// that walk a string's bytes without building its scalars (match texts, clause cuts). A Swift
    /// string's bytes are valid UTF-8; a sequence cut short by the end is read as far as it goes,
    /// never past it.
    @inline(__always)
    static func utf8Scalar(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (value: UInt32, length: Int) {
        let lead = UInt32(b[i])
        if lead < 0x80 { return (lead, 1) }
        // Three bytes first: every ideograph and full-width mark.
        if lead >= 0xE0 && lead < 0xF0 && i + 2 < b.count {
            return (threeByteValue(b, at: i), 3)
        }
        let length = min(lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4, b.count - i)
        var v = lead & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<length { v = v << 6 | UInt32(b[i + k] & 0x3F) }
        return (v, length)
    }

    /// UTF-8 bytes to scalars. A Swift string's bytes are valid UTF-8; anything else (a sequence cut
    /// short, a value no scalar has) becomes U+FFFD rather than a trap.
    static func decode(_ b: UnsafeBufferPointer<UInt8>) -> Scalars {
        // At most one scalar per byte: write into the array's storage directly, with no capacity
        // or uniqueness check per scalar (`append` made this loop a tenth of ingest and parse).
        // Runs of three-byte sequences (every ideograph and full-width mark) are read in a loop of
        // their own (32 instructions an ideograph in the one loop, 22 in their own), then ASCII
        // is tested first. A Swift string's bytes are valid UTF-8, so the checks only keep bad
        // bytes from trapping, and each branch builds its scalar without `Unicode.Scalar(_:)`'s
        // validation where the bit pattern already rules out surrogates and values past U+10FFFF.
        // The places count with wrapping arithmetic: each stays below the buffer's length, so none
        // can overflow, and the overflow tests of `+` were a sixth of the loop's instructions.
        Scalars(plainCapacity: b.count) { out in
            guard let base = b.baseAddress, let dest = out.baseAddress else { return 0 }
            var i = 0, k = 0
            let n = b.count
            // Where a three-byte sequence may still start (n - 2, or less than 0 for a short text).
            let limit = n &- 2
            while i < n {
                while i < limit {
                    let lead = base[i]
                    if lead & 0xF0 != 0xE0 { break }
                    let v = (UInt32(lead) & 0x0F) << 12 | UInt32(base[i &+ 1] & 0x3F) << 6 | UInt32(base[i &+ 2] & 0x3F)
                    // Below 0x10000: a scalar unless a surrogate (D800–DFFF), which becomes U+FFFD.
                    dest[k] = unsafeBitCast(v & 0xF800 == 0xD800 ? 0xFFFD : v, to: Unicode.Scalar.self)
                    i &+= 3
                    k &+= 1
                }
                guard i < n else { break }
                let lead = UInt32(base[i])
                if lead < 0x80 {
                    dest[k] = Unicode.Scalar(UInt8(truncatingIfNeeded: lead))
                    i &+= 1
                } else {
                    // (A three-byte sequence reaches here only when cut short by the end.)
                    let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                    guard i + length <= n else {
                        dest[k] = "\u{FFFD}"
                        k += 1
                        break
                    }
                    let v: UInt32
                    if length == 2 {
                        v = (lead & 0x1F) << 6 | UInt32(base[i + 1] & 0x3F)
                    } else if length == 3 {
                        v = (lead & 0x0F) << 12 | UInt32(base[i + 1] & 0x3F) << 6 | UInt32(base[i + 2] & 0x3F)
                    } else {
                        v = (lead & 0x07) << 18 | UInt32(base[i + 1] & 0x3F) << 12 | UInt32(base[i + 2] & 0x3F) << 6
                            | UInt32(base[i + 3] & 0x3F)
                    }
                    dest[k] = Unicode.Scalar(v) ?? "\u{FFFD}"
                    i &+= length
                }
                k &+= 1
            }
            return k
        }
    }
}
