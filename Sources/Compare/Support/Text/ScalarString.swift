/// A String built scalar by scalar, as UTF-8 bytes.
///
/// Why not `String.UnicodeScalarView`: its `append(contentsOf:)` maps the scalars to UTF-32 through an
/// unspecialised generic path and transcodes them again, and its `append(_:)` grows the string's storage
/// one scalar at a time. Together they were half of parse's instructions (callgrind, `compare-bench 2
/// parse`). Bytes appended to an array and decoded once do the same work in a few instructions a scalar.
struct ScalarString {
    private var bytes: [UInt8] = []

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    var isEmpty: Bool { bytes.isEmpty }

    /// Empty again, its room kept for the next text written into it.
    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
    }

    @inline(__always)
    mutating func append(_ c: Unicode.Scalar) {
        let v = c.value
        if v < 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v))
        } else if v < 0x800 {
            bytes.append(UInt8(truncatingIfNeeded: 0xC0 | v >> 6))
            bytes.append(UInt8(truncatingIfNeeded: 0x80 | v & 0x3F))
        } else if v < 0x1_0000 {
            bytes.append(UInt8(truncatingIfNeeded: 0xE0 | v >> 12))
            bytes.append(UInt8(truncatingIfNeeded: 0x80 | v >> 6 & 0x3F))
            bytes.append(UInt8(truncatingIfNeeded: 0x80 | v & 0x3F))
        } else {
            bytes.append(UInt8(truncatingIfNeeded: 0xF0 | v >> 18))
            bytes.append(UInt8(truncatingIfNeeded: 0x80 | v >> 12 & 0x3F))
            bytes.append(UInt8(truncatingIfNeeded: 0x80 | v >> 6 & 0x3F))
            bytes.append(UInt8(truncatingIfNeeded: 0x80 | v & 0x3F))
        }
    }

    mutating func append<S: Sequence>(contentsOf scalars: S) where S.Element == Unicode.Scalar {
        for c in scalars { append(c) }
    }

    /// The bytes are valid UTF-8 by construction (a `Unicode.Scalar` is never a surrogate), so decoding
    /// never repairs anything.
    var string: String { String(decoding: bytes, as: UTF8.self) }
}
