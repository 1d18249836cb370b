/// Cleans one physical line: conversion debris and meaningless spaces out.
///
/// Word/HTML exports leave tags, bookmarks and spaces inside words ("做好 各类规划主 动公开");
/// these are debris, not wording. Punctuation is left as written (see `Canonical`). Tabs are
/// kept: they separate the cells of a flattened table.
enum LineCleaner {
    // The spacing rules, asked by each walk below (`isClean`, `stripDebris` with
    // `spacingNormalised`, and `spacesCleaned`, which does both in one pass), so that a change to a
    // rule is made once.

    /// A space the cleaning acts on: every kind but the tab, which separates a table's cells.
    @inline(__always)
    static func isCleanedSpace(_ c: Unicode.Scalar) -> Bool { c != "\t" && CJK.isSpace(c) }

    /// A zero-width space or byte-order mark: dropped, where other spaces become " ".
    @inline(__always)
    static func vanishes(_ c: Unicode.Scalar) -> Bool { c.value == 0x200B || c.value == 0xFEFF }

    /// How many columns a space is wide where a table's cells are set apart (`SpacedColumns`): a
    /// full-width space two, one that vanishes none, any other one.
    @inline(__always)
    static func columns(_ space: Unicode.Scalar) -> Int { CJK.columns(space) }

    /// Whether a run of spaces between `before` and `next` (nil at the line's ends) stays, as one
    /// " ": not at an end, beside a tab, or beside a wide character (Chinese text or full-width
    /// punctuation, where a space carries no meaning and comes from cell wrapping).
    @inline(__always)
    static func spaceStays(between before: Unicode.Scalar?, and next: Unicode.Scalar?) -> Bool {
        guard let before, let next else { return false }
        return before != "\t" && next != "\t" && !CJK.isWide(before) && !CJK.isWide(next)
    }

    static func clean(_ line: Substring) -> String {
        clean(scalars: ScalarText.scalars(String(line)))
    }

    /// `debris`: the line comes from a text file, which may hold what a conversion left (tags,
    /// entities, field codes); a line a Word or HTML reader wrote holds none, and its "<b>" or
    /// "[注]" is the plan's own text.
    static func clean(scalars line: [Unicode.Scalar], debris: Bool = true) -> String {
        ScalarText.string(cleanScalars(line, debris: debris))
    }

    /// Whether `clean` leaves `line` as it is: it holds no space of any kind but the tab (all the
    /// spacing rules and the space mapping act on) and, with `debris`, no "<", "[" or "&" (where a
    /// tag, a field code or an entity starts). Most lines of a plan are so: the reader then keeps
    /// the line's own text instead of cleaning a copy and writing its string again.
    static func isClean<S: Sequence>(_ line: S, debris: Bool = true) -> Bool where S.Element == Unicode.Scalar {
        for c in line {
            if isCleanedSpace(c) { return false }
            if debris && (c == "<" || c == "[" || c == "&") { return false }
        }
        return true
    }

    /// `cleanScalars` of a line that holds spaces but nothing a tag, field code or entity opens
    /// with ("<", "[", "&"): most lines `isClean` turns away (indented or spaced paragraphs), in one
    /// pass, with the cleaned line's text cut from `text`, the written text the line was decoded
    /// from (`s` starts at its byte `startByte`), piece by piece between the spaces that go. Writing
    /// the string again from the cleaned scalars, which the library then validates, cost more than
    /// the cleaning. Nil for a line holding a debris opener.
    ///
    /// The same rules in one walk: a run of spaces (`isCleanedSpace`; those that `vanishes` do not
    /// count) becomes one " " where `spaceStays`. `wide`: whether a run between two characters is
    /// two columns wide or more (a full-width space is two), which may set a table's cells apart
    /// (`SpacedColumns`): the same walk tells, so the reader looks for gaps only in such lines.
    static func spacesCleaned(_ s: ArraySlice<Unicode.Scalar>, text: String, startByte: Int) -> (text: String, scalars: [Unicode.Scalar], wide: Bool)? {
        // The written bytes kept, as ranges `pieces[2p]..<pieces[2p + 1]`; an empty range at -1
        // stands for a space put in.
        var pieces: [Int] = []
        pieces.reserveCapacity(16)
        var debris = false, wide = false
        // Written into the array's storage: at most one scalar a scalar read. The places count with
        // wrapping arithmetic, each bounded by the line's length or its bytes.
        let out = s.withUnsafeBufferPointer { s in
            [Unicode.Scalar](unsafeUninitializedCapacity: s.count) { out, count in
                var lastKept: Unicode.Scalar? = nil
                var i = 0, k = 0
                let n = s.count
                // Where the bytes not yet taken start, and where `s[i]` starts.
                var pieceStart = startByte, byte = startByte
                while i < n {
                    let c = s[i]
                    let v = c.value
                    // Ideographs and full-width marks first: none is a space but the byte-order mark.
                    if v > 0x3000 && v < 0x1_0000 && v != 0xFEFF {
                        out[k] = c
                        k &+= 1
                        lastKept = c
                        byte &+= 3
                        i &+= 1
                        continue
                    }
                    if c == "<" || c == "[" || c == "&" {
                        debris = true
                        break
                    }
                    guard isCleanedSpace(c) else {
                        out[k] = c
                        k &+= 1
                        lastKept = c
                        byte &+= utf8Length(c)
                        i &+= 1
                        continue
                    }
                    if byte > pieceStart {
                        pieces.append(pieceStart)
                        pieces.append(byte)
                    }
                    var visible = false
                    var width = 0
                    while i < n, isCleanedSpace(s[i]) {
                        if !vanishes(s[i]) { visible = true }
                        width &+= columns(s[i])
                        byte &+= utf8Length(s[i])
                        i &+= 1
                    }
                    if width >= 2, lastKept != nil, i < n { wide = true }
                    pieceStart = byte
                    guard visible, spaceStays(between: lastKept, and: i < n ? s[i] : nil) else { continue }
                    out[k] = " "
                    k &+= 1
                    pieces.append(-1)
                    pieces.append(-1)
                }
                if byte > pieceStart {
                    pieces.append(pieceStart)
                    pieces.append(byte)
                }
                count = k
            }
        }
        guard !debris else { return nil }
        let utf8 = text.utf8
        var written = ""
        // Room for the line at three bytes a scalar (every ideograph's): a piece grows the string
        // only where scalars past the plane take four.
        written.reserveCapacity(out.count * 3)
        for p in stride(from: 0, to: pieces.count, by: 2) {
            if pieces[p] < 0 {
                written += " "
            } else {
                written += text[utf8.index(utf8.startIndex, offsetBy: pieces[p])..<utf8.index(utf8.startIndex, offsetBy: pieces[p + 1])]
            }
        }
        return (written, out, wide)
    }

    @inline(__always)
    private static func utf8Length(_ c: Unicode.Scalar) -> Int {
        let v = c.value
        return v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x1_0000 ? 3 : 4
    }

    /// `clean(scalars:debris:)` as scalars: the reader keeps them with the line, so the reflow and
    /// the parser read them rather than decoding the cleaned text again.
    static func cleanScalars(_ line: [Unicode.Scalar], debris: Bool = true) -> [Unicode.Scalar] {
        spacingNormalised(stripDebris(line, debris: debris))
    }

    /// Drops HTML tags, entities and Word field debris such as "[bookmark: _GoBack]" (when
    /// `debris`); maps every kind of space but the tab to " ".
    static func stripDebris(_ s: [Unicode.Scalar], debris: Bool = true) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(s.count)
        var i = 0
        while i < s.count {
            let c = s[i]
            if debris, c == "<", let end = tagEnd(s, from: i) {
                if isBlockTag(s, from: i) { out.append(" ") }
                i = end + 1
                continue
            }
            if debris, c == "[", let end = fieldEnd(s, from: i) {
                i = end + 1
                continue
            }
            if debris, c == "&", let (decoded, end) = entity(s, from: i) {
                out.append(decoded)
                i = end + 1
                continue
            }
            if isCleanedSpace(c) {
                if !vanishes(c) { out.append(" ") }
            } else {
                out.append(c)
            }
            i += 1
        }
        return out
    }

    /// "<p>", "</p>", "<br/>", "<span style=…>": a "<" followed by a letter or "/letter", closed
    /// within the line. "<新疆…要点>" (a title in angle brackets) is not a tag.
    private static func tagEnd(_ s: [Unicode.Scalar], from i: Int) -> Int? {
        var j = i + 1
        if j < s.count, s[j] == "/" { j += 1 }
        guard j < s.count, s[j].isASCII, s[j].properties.isAlphabetic else { return nil }
        var k = j
        while k < s.count, k - i < 400 {
            if s[k] == ">" { return k }
            if s[k] == "<" { return nil }
            k += 1
        }
        return nil
    }

    private static func isBlockTag(_ s: [Unicode.Scalar], from i: Int) -> Bool {
        var j = i + 1
        if j < s.count, s[j] == "/" { j += 1 }
        var name = ""
        while j < s.count, s[j].isASCII, s[j].properties.isAlphabetic || CJK.isASCIIDigit(s[j]) {
            name.unicodeScalars.append(s[j])
            j += 1
        }
        switch name.lowercased() {
        case "p", "br", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol":
            return true
        default:
            return false
        }
    }

    /// Word's field codes exported as text: "[bookmark: _GoBack]", "[image: …]", "[comment]".
    private static func fieldEnd(_ s: [Unicode.Scalar], from i: Int) -> Int? {
        var j = i + 1
        while j < s.count, s[j].isASCII, s[j].properties.isLowercase { j += 1 }
        guard j - i >= 4, j < s.count, s[j] == ":" || s[j] == "：" || s[j] == "]" else { return nil }
        var k = j
        while k < s.count, k - i < 200 {
            if s[k] == "]" { return k }
            if CJK.isIdeograph(s[k]) { return nil }
            k += 1
        }
        return nil
    }

    static func entity(_ s: [Unicode.Scalar], from i: Int) -> (scalar: Unicode.Scalar, end: Int)? {
        var j = i + 1
        var name = ""
        while j < s.count, j - i <= 10, s[j] != ";" {
            guard s[j].isASCII else { return nil }
            name.unicodeScalars.append(s[j])
            j += 1
        }
        guard j < s.count, s[j] == ";", !name.isEmpty else { return nil }
        let scalar: Unicode.Scalar?
        switch name {
        case "nbsp", "ensp", "emsp", "thinsp": scalar = " "
        case "amp": scalar = "&"
        case "lt": scalar = "<"
        case "gt": scalar = ">"
        case "quot": scalar = "\""
        case "apos": scalar = "'"
        case "ldquo": scalar = "“"
        case "rdquo": scalar = "”"
        case "mdash": scalar = "—"
        case "hellip": scalar = "…"
        default:
            if let v = HTMLEntities.byName[name] {
                scalar = Unicode.Scalar(v)
            } else if name.hasPrefix("#x") || name.hasPrefix("#X"), let v = UInt32(name.dropFirst(2), radix: 16) {
                scalar = Unicode.Scalar(v)
            } else if name.hasPrefix("#"), let v = UInt32(name.dropFirst()) {
                scalar = Unicode.Scalar(v)
            } else {
                scalar = nil
            }
        }
        guard let decoded = scalar, decoded.value >= 0x20 || decoded == "\t" else { return nil }
        return (decoded == "\u{A0}" ? " " : decoded, j)
    }

    /// Collapses each run of " " to one where `spaceStays`, and removes it elsewhere.
    static func normaliseSpacing(_ s: [Unicode.Scalar]) -> String {
        ScalarText.string(spacingNormalised(s))
    }

    /// `normaliseSpacing` as scalars.
    static func spacingNormalised(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(s.count)
        var i = 0
        var lastKept: Unicode.Scalar? = nil
        while i < s.count {
            let c = s[i]
            if c == " " {
                var j = i
                while j < s.count, s[j] == " " { j += 1 }
                if spaceStays(between: lastKept, and: j < s.count ? s[j] : nil) { out.append(" ") }
                i = j
                continue
            }
            out.append(c)
            lastKept = c
            i += 1
        }
        return out
    }
}
