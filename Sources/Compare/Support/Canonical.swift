/// The canonical spelling of plan text: ASCII ( ) : , ; ! ? written full-width where they stand in
/// Chinese text, full-width letters and digits written ASCII.
///
/// Why a 1:1 mapping: the text a plan writes is evidence and is kept as written (hand labels
/// quote it verbatim), yet comparisons and the tree dump must not care whether a plan typed
/// "牵头单位:" or "牵头单位：". Mapping scalar for scalar keeps every offset of the canonical form
/// valid in the original, so nothing needs an offset table.
public enum Canonical {
    public static func text(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars(Array(s.unicodeScalars)))
        return String(out)
    }

    public static func scalars(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out = s
        for i in out.indices {
            let c = out[i]
            let v = c.value
            if (0xFF10...0xFF19).contains(v) || (0xFF21...0xFF3A).contains(v) || (0xFF41...0xFF5A).contains(v) {
                out[i] = Unicode.Scalar(v - 0xFEE0)!
                continue
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
            default: continue
            }
            // "10:30", "http://", "1,000", "f(x)": both neighbours ASCII, leave as is.
            var p = i - 1
            while p >= 0, s[p] == " " { p -= 1 }
            var n = i + 1
            while n < s.count, s[n] == " " { n += 1 }
            let prevASCII = p >= 0 && s[p].value > 0x20 && s[p].value < 0x7F
            let nextASCII = n < s.count && s[n].value > 0x20 && s[n].value < 0x7F
            if prevASCII && nextASCII { continue }
            out[i] = wide
        }
        return out
    }
}
