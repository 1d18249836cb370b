import Foundation

/// GB18030 text made of ASCII and two-byte codes (every GBK character: all a Chinese plan usually
/// holds), decoded from a table of what Foundation makes of each code.
///
/// Why: Foundation decodes GB18030 into an NSString and then transcodes it into a String, about
/// 165 instructions a byte (more than reading and parsing the plan). A GB18030 encoding is
/// stateless, so a text of such codes decodes to the codes' decodings one after the other; the
/// table holds Foundation's own answer for each of the 23,940 codes (an undefined one included:
/// Foundation gives it a private-use scalar), made in one call the first time it is needed (about
/// what decoding one plan costs). Anything else (a four-byte code, a lone 0x80, a byte no code
/// starts with, a code cut off at the end) is left to Foundation, whatever it makes of it.
enum GB18030Table {
    /// Lead bytes 0x81–0xFE, each with 190 trail bytes: 0x40–0x7E, then 0x80–0xFE.
    static let trails = 190

    /// The code's number in the table, or nil when the two bytes are not a two-byte code.
    @inline(__always)
    static func number(lead: UInt8, trail: UInt8) -> Int? {
        guard lead >= 0x81, lead <= 0xFE else { return nil }
        let row = Int(lead - 0x81) * trails
        if trail >= 0x40 && trail <= 0x7E { return row + Int(trail - 0x40) }
        if trail >= 0x80 && trail <= 0xFE { return row + 63 + Int(trail - 0x80) }
        return nil
    }

    /// Per code, the one scalar Foundation decodes it to, or 0 where it does not give exactly one
    /// (none is known to; such a code sends its text to Foundation). Made once, for `byBytes`, and
    /// not kept: 96 KB that nothing reads afterwards.
    static func foundationScalars() -> [UInt32] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(126 * trails * 3)
        for lead in UInt8(0x81)...0xFE {
            for trail in Array(UInt8(0x40)...0x7E) + Array(UInt8(0x80)...0xFE) { bytes += [lead, trail, 0x0A] }
        }
        var out = [UInt32](plain: 0, count: 126 * trails)
        // Each code is followed by a line feed, so the decoding splits back into the codes'.
        guard let text = String(data: Data(bytes), encoding: Decoder.gb18030) else { return out }
        // Code k's piece: the scalars before the k-th line feed; one scalar, or the code stays 0.
        var decoded = [UInt32](plain: 0, count: out.count)
        var k = 0, length = 0
        for s in text.unicodeScalars {
            if s == "\n" {
                guard k < out.count else { return [UInt32](plain: 0, count: out.count) }
                if length == 1 { out[k] = decoded[k] }
                k += 1
                length = 0
            } else {
                if k < out.count { decoded[k] = s.value }
                length += 1
            }
        }
        guard k == out.count, length == 0 else { return [UInt32](plain: 0, count: out.count) }
        return out
    }

    /// `foundationScalars` by the two bytes themselves (lead × 256 + trail), 0 where they are no
    /// two-byte code or where the code's scalar is past the plane or a surrogate: one load a code,
    /// where finding its number took two range tests, a multiplication and a third of the decoding.
    static let byBytes: [UInt16] = {
        var out = [UInt16](plain: 0, count: 0x1_0000)
        let table = foundationScalars()
        for lead in UInt8(0x81)...0xFE {
            for trail in UInt8(0x40)...0xFE {
                // A surrogate (none is known) would be written as bytes the string repairs into
                // another number of scalars than the one read: left to Foundation instead.
                guard let k = number(lead: lead, trail: trail), table[k] < 0x1_0000, table[k] & 0xF800 != 0xD800 else { continue }
                out[Int(lead) << 8 | Int(trail)] = UInt16(table[k])
            }
        }
        return out
    }()

    /// The text of `bytes` and its scalars, or nil when it holds anything but ASCII and two-byte
    /// codes the table knows (then Foundation decodes it). Both in the same pass: the reader needs both, and
    /// decoding the string it had just written was a seventh of reading a GB18030 plan. The text is
    /// written as UTF-8 straight into the string's storage: a two-byte code is a scalar of the basic
    /// plane, three bytes at most (written from the scalars afterwards, the string cost twice as
    /// much: the count, the writing and the library's validation each a pass of their own).
    static func decodeWithScalars(_ bytes: [UInt8]) -> (text: String, scalars: [Unicode.Scalar])? {
        let table = byBytes
        guard table.count == 0x1_0000 else { return nil }
        var covered = true
        var text = ""
        let decoded = bytes.withUnsafeBufferPointer { b in
            table.withUnsafeBufferPointer { table in
                [Unicode.Scalar](unsafeUninitializedCapacity: b.count) { scalars, count in
                    var k = 0
                    text = String(unsafeUninitializedCapacity: b.count / 2 * 3 + 1) { out in
                        // Wrapping arithmetic: each place stays below its buffer's size (a byte
                        // gives one scalar at most, two bytes three bytes of UTF-8 at most).
                        var i = 0, o = 0
                        let n = b.count
                        while i < n {
                            let lead = b[i]
                            if lead < 0x80 {
                                out[o] = lead
                                scalars[k] = Unicode.Scalar(lead)
                                o &+= 1
                                k &+= 1
                                i &+= 1
                                continue
                            }
                            guard i &+ 1 < n else {
                                covered = false
                                return 0
                            }
                            let v = UInt32(table[Int(lead) &<< 8 | Int(b[i &+ 1])])
                            if v >= 0x800 && v < 0x1_0000 {
                                out[o] = UInt8(truncatingIfNeeded: 0xE0 | v >> 12)
                                out[o &+ 1] = UInt8(truncatingIfNeeded: 0x80 | v >> 6 & 0x3F)
                                out[o &+ 2] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
                                o &+= 3
                            } else if v >= 0x80 && v < 0x800 {
                                out[o] = UInt8(truncatingIfNeeded: 0xC0 | v >> 6)
                                out[o &+ 1] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
                                o &+= 2
                            } else {
                                // 0 (not known), or a scalar no two-byte code has.
                                covered = false
                                return 0
                            }
                            // `byBytes` holds no surrogate.
                            scalars[k] = Unicode.Scalar(v) ?? "\u{FFFD}"
                            k &+= 1
                            i &+= 2
                        }
                        return o
                    }
                    count = covered ? k : 0
                }
            }
        }
        return covered ? (text, decoded) : nil
    }
}
