/// Splits logical lines at numbering markers that stand inside them.
///
/// Why: a web page or a table cell often carries several items on one line ("3. …。 4. …。
/// 5. …"), and some files arrive flattened onto a single line. A marker inside a line starts a
/// new segment only when it follows the end of a sentence and continues a count already open
/// (the next number of its family, or a 1 that opens a sub-list): "第6版" or "1.5" never split.
struct Segmenter {
    /// The last value seen per family, in document order; this is what "the next number" means.
    /// Indexed by `Family.ordinal`: asked at every marker candidate, so no hashing.
    private var lastValues = [Int?](repeating: nil, count: Numbering.Family.count)
    /// The family of the marker seen last.
    private(set) var lastFamily: Numbering.Family? = nil

    mutating func note(_ numbering: Numbering) {
        lastValues[numbering.family.ordinal] = numbering.value
        lastFamily = numbering.family
    }

    /// `mayStartMarker` as a table, from its definition's scalars, for the scan of every scalar of
    /// every line (a test holds the two equal on every scalar).
    static let markerStarts = ScalarSet(Array("0123456789（(十百〇零一二两三四五六七八九".unicodeScalars)
        + (UInt32(0x2460)...0x249B).compactMap(Unicode.Scalar.init))

    /// Markers start with a digit, a numeral, an opening parenthesis or a circled number.
    @inline(__always)
    static func mayStartMarker(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return (0x30...0x39).contains(v) || v == 0x28 }
        if v == 0xFF08 || (0x2460...0x249B).contains(v) { return true }
        return ChineseNumeral.numberStartBits & (1 << (v & 63)) != 0 && ChineseNumeral.isNumeralScalar(c)
    }

    /// Splits `text` (a line or a table cell) into pieces, each but possibly the first opening
    /// with a marker. `loose` also accepts a marker right after a non-terminal character when
    /// it is the exact next number of a family already seen (flattened headings, table cells).
    /// `flattened`: the whole document is a few lines, so headings run into each other
    /// without punctuation between them; a marker that opens a Chinese-numeral list may split too.
    /// One piece of a split line, with its scalars: the parser decodes each line once and every
    /// later reader (tree, metadata, node readers) takes them from here.
    struct Piece {
        var marker: MarkerScanner.Match?
        var text: String
        var scalars: [Unicode.Scalar]
    }

    /// `split` on a line already decoded (`scalars` are `text`'s).
    mutating func split(_ text: String, _ scalars: [Unicode.Scalar], loose: Bool, flattened: Bool = false) -> [Piece] {
        var pieces: [Piece] = []
        var start = 0
        var current = MarkerScanner.leading(Array(scalars.prefix(16)))
        if let m = current { note(m.numbering) }
        var i = (current?.length ?? 0) + 1
        let longLine = flattened || scalars.count > 300
        let markerStarts = Self.markerStarts
        while i < scalars.count {
            let c = scalars[i]
            guard markerStarts.contains(c) else { i += 1; continue }
            let prev = scalars[i - 1]
            if CJK.isASCIIDigit(prev) || ChineseNumeral.isNumeralScalar(prev) || prev == "第" || prev == "、" || prev == "条" || prev == "款" || prev.isASCII && prev.properties.isAlphabetic {
                i += 1
                continue
            }
            let afterSentence = CJK.isTerminal(prev) || prev == "”" && i >= 2 && CJK.isTerminal(scalars[i - 2])
                || prev == " "
            // Mid-sentence a marker can only split in loose or flattened text: skip the scan.
            if !afterSentence && !loose && !longLine { i += 1; continue }
            guard let m = MarkerScanner.leading(Array(scalars[i..<min(scalars.count, i + 16)])) else { i += 1; continue }
            let n = m.numbering
            let next = lastValues[n.family.ordinal].map { n.value == $0 + 1 } ?? false
            let opensList = n.value == 1
            var accept = false
            if afterSentence && (next || opensList) { accept = true }
            if !accept, loose || longLine, next { accept = true }
            // Flattened headings: "…深化政务公开（一）做好…" opens a new list under the heading before it.
            if !accept, longLine, opensList, n.family == .cjkComma || n.family == .cjkParen,
                lastValues[n.family.ordinal] == nil || lastFamily != n.family
            {
                accept = true
            }
            guard accept else { i += 1; continue }
            let piece = Array(scalars[start..<i])
            pieces.append(Piece(marker: current, text: ScalarText.string(piece), scalars: piece))
            start = i
            current = m
            note(n)
            i += m.length + 1
        }
        // Most lines are one piece: keep the line's own string rather than build it again.
        if start == 0 {
            pieces.append(Piece(marker: current, text: text, scalars: scalars))
        } else {
            let piece = Array(scalars[start...])
            pieces.append(Piece(marker: current, text: ScalarText.string(piece), scalars: piece))
        }
        return pieces
    }
}
