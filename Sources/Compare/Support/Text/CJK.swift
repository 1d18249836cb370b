/// Character classes for Chinese text, on Unicode scalars (fast, and exact where `Character`
/// properties are too broad).
public enum CJK {
    /// Whether `v` is a scalar of ASCII, general punctuation's dashes and quotes (U+2010–2027), CJK
    /// marks (U+3000–303F), the basic ideographs or the full-width forms: blocks without a canonical
    /// decomposition, so that two characters of one such scalar each are equal as `Character`s
    /// only if they are one scalar (a test holds this on every scalar). The blocks do hold marks
    /// that join the character before them (U+302A–302F): callers ask this of one-scalar characters.
    @inline(__always)
    static func isInert(_ v: UInt32) -> Bool {
        v < 0x80 || (0x2010...0x2027).contains(v) || (0x3000...0x303F).contains(v) || (0x4E00...0x9FFF).contains(v)
            || (0xFF00...0xFFEF).contains(v)
    }

    /// CJK ideographs (basic block and extension A, compatibility ideographs) and 〇.
    @inline(__always)
    public static func isIdeograph(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v)
            || (0xF900...0xFAFF).contains(v) || v == 0x3007 || (0x20000...0x2FA1F).contains(v)
    }

    /// Full-width punctuation and CJK symbols: 、。，；：？！（）《》〈〉〔〕【】“”‘’…—·．
    @inline(__always)
    public static func isWidePunctuation(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (0x3000...0x303F).contains(v) || (0xFF01...0xFF0F).contains(v)
            || (0xFF1A...0xFF20).contains(v) || (0xFF3B...0xFF40).contains(v)
            || (0xFF5B...0xFF65).contains(v) || (0x2018...0x201F).contains(v)
            || v == 0x2026 || v == 0x2014 || v == 0x2015 || v == 0x00B7
    }

    /// The columns a scalar takes as a fixed-width text prints it: a Chinese character, a
    /// full-width mark or space two, a zero-width space or byte-order mark none, any other one.
    /// How a spaced table's cells line up, and a terminal table's.
    @inline(__always)
    public static func columns(_ s: Unicode.Scalar) -> Int { s.value == 0x200B || s.value == 0xFEFF ? 0 : isWide(s) ? 2 : 1 }

    /// Ideograph or full-width punctuation: text in which spaces carry no meaning.
    @inline(__always)
    public static func isWide(_ s: Unicode.Scalar) -> Bool {
        isIdeograph(s) || isWidePunctuation(s)
    }

    /// White space including the ideographic space U+3000 and no-break space.
    ///
    /// Past U+3000 (every ideograph, most of any plan's scalars) only the byte-order mark is, told
    /// by one comparison before the cases: asked of nearly every scalar of every line, the cases'
    /// tests were nearly a hundredth of a plan's work.
    @inline(__always)
    public static func isSpace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v > 0x3000 { return v == 0xFEFF }
        switch v {
        case 0x20, 0x09, 0x0B, 0x0C, 0xA0, 0x3000, 0x2002...0x200B: return true
        default: return false
        }
    }

    @inline(__always)
    public static func isASCIIAlnum(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (0x30...0x39).contains(v) || (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v)
    }

    @inline(__always)
    public static func isASCIIDigit(_ s: Unicode.Scalar) -> Bool {
        (0x30...0x39).contains(s.value)
    }

    /// Punctuation that ends a sentence or clause in a plan: 。；！？ (and their ASCII forms).
    @inline(__always)
    public static func isTerminal(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "。", "；", "！", "？", ";", "!", "?": return true
        default: return false
        }
    }

    /// Removes all white space: the comparison form that gold anchors and unit texts use.
    public static func removingSpaces(_ text: String) -> String {
        // Most text has none: keep it rather than copy it.
        guard text.unicodeScalars.contains(where: { isSpace($0) || $0 == "\n" || $0 == "\r" }) else { return text }
        var out = ScalarString(capacity: text.utf8.count)
        for s in text.unicodeScalars where !isSpace(s) && s != "\n" && s != "\r" { out.append(s) }
        return out.string
    }
}
