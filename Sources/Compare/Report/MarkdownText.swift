/// The one Markdown escaper every renderer uses for text that comes from a plan, a reference or a
/// file name: whatever the text holds, it stays text. A table keeps its columns (`|` and line
/// breaks), no tag goes live (`<script>`), and nothing starts emphasis, code, strike-through or a
/// link (`*`, `_`, `` ` ``, `~`, `[`, `]`), including a backslash the text already has (`\|`).
enum MarkdownText {
    static let special: Set<Character> = ["\\", "*", "_", "~", "`", "[", "]", "<", ">", "#", "|"]

    /// The escape is a matter of characters (a `*` that a combining mark follows is another
    /// character, and U+1FEF is canonically `` ` ``), but a report escapes every finding's texts,
    /// and breaking them into characters was a fifth of a batch check. Where every scalar is ASCII
    /// or stands alone (`ScalarText.standsAlone`), each scalar is one character but CR LF, which
    /// is one: the bytes answer, and only other texts are broken into characters.
    static func escape(_ s: String) -> String {
        switch s.utf8.withContiguousStorageIfAvailable(escapeBytes) {
        // Most texts need nothing: the string itself, not a copy of its bytes made and checked.
        case .same?: return s
        case let .escaped(out)?: return out
        case .characters?, nil: return escapeCharacters(s)
        }
    }

    /// What the byte reading found: nothing to change, the escaped text, or a scalar that does not
    /// stand alone (the characters must answer).
    private enum ByteReading {
        case same
        case escaped(String)
        case characters
    }

    /// What `escape` does, a character at a time: the reading the byte path is held to.
    static func escapeCharacters(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s {
            if c == "\n" || c == "\r" || c == "\r\n" {
                out.append(" ")
                continue
            }
            if special.contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }

    /// `.characters` when a scalar beyond ASCII does not stand alone. ASCII controls are characters
    /// of their own (the grapheme rules break around them), CR LF excepted.
    private static func escapeBytes(_ b: UnsafeBufferPointer<UInt8>) -> ByteReading {
        // The places count with wrapping arithmetic: none can pass the text's length.
        var i = 0, extra = 0, breaks = false
        while i < b.count {
            let byte = b[i]
            if byte < 0x80 {
                if isSpecial(byte) { extra &+= 1 }
                if byte == 0x0A || byte == 0x0D { breaks = true }
                i &+= 1
                continue
            }
            if ScalarText.startsBasicIdeograph(b, at: i) {
                i &+= 3
                continue
            }
            let (v, length) = ScalarText.utf8Scalar(b, at: i)
            guard ScalarText.standsAlone(v) else { return .characters }
            i &+= length
        }
        if extra == 0 && !breaks { return .same }
        return .escaped(String(unsafeUninitializedCapacity: b.count + extra) { out in
            var i = 0, n = 0
            while i < b.count {
                let byte = b[i]
                i += 1
                if byte == 0x0A || byte == 0x0D {
                    if byte == 0x0D && i < b.count && b[i] == 0x0A { i += 1 }
                    out[n] = 0x20
                    n += 1
                    continue
                }
                if isSpecial(byte) {
                    out[n] = 0x5C
                    n += 1
                }
                out[n] = byte
                n += 1
            }
            return n
        })
    }

    @inline(__always)
    private static func isSpecial(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x5C, 0x2A, 0x5F, 0x7E, 0x60, 0x5B, 0x5D, 0x3C, 0x3E, 0x23, 0x7C: return true
        default: return false
        }
    }

    /// A table cell of several lines: each escaped, joined by `<br>`.
    static func lines(_ pieces: [String]) -> String {
        pieces.map(escape).joined(separator: "<br>")
    }
}
