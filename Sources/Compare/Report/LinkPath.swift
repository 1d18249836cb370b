/// A report's relative path written as a link's target, in Markdown (`[…](target)`) and in a web
/// page's `href`.
///
/// Why: report files are named after the plans' files, and plans come as they were downloaded:
/// 「2021年工作要点 (1).docx」, 「方案#2.txt」, 「50%.txt」. Written raw, a space ends a Markdown link's
/// target, a `#` starts a fragment, a `%` starts an escape and a `|` ends a table's cell, so the
/// link opens nothing or another file. Those bytes are percent-encoded; every other character is
/// kept as it is, Chinese included (browsers and Markdown viewers read it), so the target stays
/// readable in the Markdown source. A path is encoded once, where a link is written.
enum LinkPath {
    static func encode(_ path: String) -> String {
        guard path.unicodeScalars.contains(where: needsEncoding) else { return path }
        var out = ""
        out.reserveCapacity(path.utf8.count + 8)
        for c in path.unicodeScalars {
            guard needsEncoding(c) else {
                out.unicodeScalars.append(c)
                continue
            }
            for byte in String(c).utf8 { out += "%" + hex(byte >> 4) + hex(byte & 0xF) }
        }
        return out
    }

    /// ASCII that a URL or a Markdown link target reads as syntax, or that cannot stand in one
    /// (controls, white space of any script). `/` stays: it parts the path.
    static func needsEncoding(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 {
            if c.value <= 0x20 || c.value == 0x7F { return true }
            // & too: Markdown reads an entity in a link's target (x&copy;.md opened x©.md).
            return "\"#%&<>?[\\]^`{|}()'".unicodeScalars.contains(c)
        }
        switch c.properties.generalCategory {
        case .control, .format, .spaceSeparator, .lineSeparator, .paragraphSeparator, .surrogate, .unassigned: return true
        default: return false
        }
    }

    private static func hex(_ n: UInt8) -> String {
        String(UnicodeScalar(n < 10 ? 0x30 + n : 0x41 + n - 10))
    }
}
