/// The canonical spelling of plan text: ASCII ( ) : , ; ! ? written full-width where they stand in
/// Chinese text, full-width letters and digits written ASCII.
///
/// Why a 1:1 mapping: the text a plan writes is evidence and is kept as written (hand labels
/// quote it verbatim), yet comparisons and the tree dump must not care whether a plan typed
/// "牵头单位:" or "牵头单位：". Mapping scalar for scalar keeps every offset of the canonical form
/// valid in the original, so nothing needs an offset table.
public enum Canonical {
    public static func text(_ s: String) -> String {
        // Most text needs no change: find out on UTF-8 bytes before building anything.
        var copy = s
        let needs = copy.withUTF8(needsChange)
        if !needs { return s }
        let written = ScalarText.scalars(s)
        var out = ScalarString(capacity: s.utf8.count)
        for i in written.indices { out.append(scalar(at: i, in: written)) }
        return out.string
    }

    /// True when the bytes hold ASCII punctuation the canonical form may widen, or a full-width
    /// digit or letter (EF BC 90–99, EF BC A1–BA, EF BD 81–9A); a pointer loop, as `Reflow` asks
    /// it of every line.
    static func needsChange(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            i += 1
            if c < 0x80 {
                switch c {
                case 0x28, 0x29, 0x3A, 0x2C, 0x3B, 0x21, 0x3F: return true
                default: continue
                }
            }
            guard c == 0xEF, i + 1 < n else { continue }
            let b2 = b[i], b3 = b[i + 1]
            if b2 == 0xBC && ((0x90...0x99).contains(b3) || (0xA1...0xBA).contains(b3)) || b2 == 0xBD && (0x81...0x9A).contains(b3) {
                return true
            }
        }
        return false
    }

    public static func scalars(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        // Most text needs no change: copy only from the first scalar that does. The scalars no
        // respelling touches (all but ASCII punctuation and full-width letters and digits) are
        // passed over by their value alone, without asking `scalar(at:in:)` of each.
        let changed = s.withUnsafeBufferPointer { b -> Int? in
            var i = 0
            while i < b.count {
                let v = b[i].value
                // CJK ideographs and the hexagrams between them (U+3400–U+9FFF, most of a plan),
                // none of which is respelt: one comparison each, before the two ranges `mayChange`
                // tests.
                if v &- 0x3400 < 0x6C00 {
                    i &+= 1
                    continue
                }
                if mayChange(v) && scalar(at: i, in: s) != b[i] { return i }
                i &+= 1
            }
            return nil
        }
        guard let first = changed else { return s }
        var out = s
        for i in first..<out.count { out[i] = scalar(at: i, in: s) }
        return out
    }

    /// Whether any scalar of `s` is one `scalar(at:in:)` may respell (ASCII punctuation, full-width
    /// letters and digits): when none is, the canonical form is `s` itself.
    static func mayChange(_ s: ArraySlice<Unicode.Scalar>) -> Bool {
        s.contains { mayChange($0.value) }
    }

    /// Whether `scalar(at:in:)` may respell a scalar of value `v`: the values its first test
    /// does not pass straight back.
    @inline(__always)
    static func mayChange(_ v: UInt32) -> Bool {
        (0x21...0x3F).contains(v) || (0xFF10...0xFF5A).contains(v)
    }

    /// The canonical spelling of `s[i]`; its neighbours decide whether ASCII punctuation stands in
    /// Chinese text.
    @inline(__always)
    static func scalar(at i: Int, in s: [Unicode.Scalar]) -> Unicode.Scalar {
        let c = s[i]
        let v = c.value
        if !mayChange(v) { return c }
        if (0xFF10...0xFF19).contains(v) || (0xFF21...0xFF3A).contains(v) || (0xFF41...0xFF5A).contains(v) {
            return Unicode.Scalar(v - 0xFEE0) ?? c
        }
        let wide: Unicode.Scalar
        switch c {
        case "(": wide = "（"
        case ")": wide = "）"
        case ":": wide = "："
        case ",": wide = "，"
        case ";": wide = "；"
        case "!": wide = "！"
        case "?": wide = "？"
        default: return c
        }
        // "10:30", "http://", "1,000", "f(x)": both neighbours ASCII, leave as is.
        var p = i - 1
        while p >= 0, s[p] == " " { p -= 1 }
        var n = i + 1
        while n < s.count, s[n] == " " { n += 1 }
        let prevASCII = p >= 0 && s[p].value > 0x20 && s[p].value < 0x7F
        let nextASCII = n < s.count && s[n].value > 0x20 && s[n].value < 0x7F
        return prevASCII && nextASCII ? c : wide
    }
}
