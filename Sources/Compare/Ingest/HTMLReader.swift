/// A web page as lines of text, the way the page shows them.
///
/// Why a reader of its own: plans and their 分工方案 are published as web pages, often on one
/// source line, with task tables as `<table>`. Stripping tags line by line glues a one-line page
/// into one line and a table's cells into one another. Here:
/// - block elements (`p`, `div`, `br`, `li`, `h1`–`h6`, `tr`, …) end lines, and the page's own line
///   breaks are spaces, as a browser treats them (except in `pre`);
/// - the cells of a row (`td`, `th`) are joined by tabs, the path tab-separated task tables take
///   (`TableLayout`), so units and time limits are read row by row; a block or break inside a cell
///   is `ScalarText.cellBreak` (names set one under another stay apart), and a table inside a cell
///   is read into that cell;
/// - `script`, `style`, `head`, navigation (`nav`, `role="navigation"`) and other non-text
///   elements are dropped with their content;
/// - entities are decoded in text only, after the tags are gone, so `&lt;script&gt;` stays
///   text and never becomes a tag.
///
/// Each line keeps the number of the source line its text starts on.
enum HTMLReader {
    /// True when the text opens with a tag or a doctype: a page, not a text with stray tags.
    static func looksLikeHTML(_ s: [Unicode.Scalar]) -> Bool {
        var i = 0
        while i < s.count, ScalarText.isBlank(s[i]) || s[i] == "\u{FEFF}" { i += 1 }
        guard i + 1 < s.count, s[i] == "<" else { return false }
        let next = s[i + 1]
        return next == "!" || next == "?" || (next.isASCII && next.properties.isAlphabetic)
    }

    /// Elements whose content is not text of the page.
    static let dropped: Set<String> = ["script", "style", "head", "nav", "noscript", "template", "svg", "iframe", "object", "select", "button", "textarea", "math"]
    static let blocks: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
        "section", "article", "header", "footer", "main", "aside", "blockquote", "pre", "hr", "address",
        "figure", "figcaption", "caption", "form", "fieldset", "center", "body", "html",
    ]

    struct Tag {
        var name: String
        var closing: Bool
        var selfClosing: Bool
        var attributes: String
        var end: Int
    }

    static func lines(_ s: [Unicode.Scalar]) -> [(text: String, line: Int)] {
        var out = Writer()
        var i = 0
        var line = 1
        var pre = 0
        var tableDepth = 0
        var cellDepth = 0
        var cellsInRow = 0
        var owedCells = 0
        // Cells of rows above that span down (`rowspan`): per column, the rows still to cover; the
        // row being read's next column; whether a row is open.
        var spans: [Int] = []
        var column = 0
        var rowOpen = false
        // A cell spanned from above, written where its column stands: `ScalarText.mergedAbove`.
        func spanned(_ line: Int) {
            // Before it, the tab that ends the cell before, and one a column passed over.
            let tabs = (cellsInRow > 0 ? 1 : 0) + owedCells
            for _ in 0..<tabs { out.tab(line) }
            owedCells = 0
            out.append(ScalarText.mergedAbove, line)
            cellsInRow += 1
            spans[column] -= 1
            column += 1
        }
        // The end of a row: the cells spanned into it after its own.
        func finishRow(_ line: Int) {
            while column < spans.count {
                if spans[column] > 0 {
                    spanned(line)
                } else {
                    // A column no cell fills: an empty cell, written only if a spanned one follows.
                    owedCells += 1
                    column += 1
                }
            }
        }
        var unclosed: Set<String> = []
        // Where each name's last end tag stands: an element whose name has none after it is never
        // closed, said without a search (`closeOf` can only end at such a tag). A page of unclosed
        // elements each of its own name was searched to its end for every one.
        let lastClose = lastEndTags(s)
        while i < s.count {
            let c = s[i]
            if c == "<" {
                if let end = commentEnd(s, from: i) {
                    line += newlines(s, i, end)
                    i = end
                    continue
                }
                if let tag = tag(s, from: i) {
                    line += newlines(s, i, tag.end)
                    // An element never closed drops nothing; one search per name says so, so a page
                    // of unclosed tags is not searched again at each.
                    if !tag.closing, !tag.selfClosing, dropped.contains(tag.name) || isNavigation(tag), !unclosed.contains(tag.name) {
                        if let last = lastClose[tag.name], last >= tag.end, let close = closeOf(tag.name, s, from: tag.end) {
                            line += newlines(s, tag.end, close)
                            i = close
                            continue
                        }
                        unclosed.insert(tag.name)
                    }
                    switch tag.name {
                    case "table":
                        if tag.closing, tableDepth == 1, rowOpen {
                            finishRow(line)
                            rowOpen = false
                        }
                        if tag.closing { tableDepth = max(0, tableDepth - 1) } else { tableDepth += 1 }
                        if tableDepth == 0 || (tableDepth == 1 && !tag.closing) {
                            out.endLine()
                            spans = []
                        } else {
                            out.space()
                        }
                    case "tr":
                        if tableDepth <= 1 {
                            if rowOpen { finishRow(line) }
                            out.endLine()
                            cellsInRow = 0
                            owedCells = 0
                            cellDepth = 0
                            column = 0
                            rowOpen = !tag.closing
                        } else {
                            out.space()
                        }
                    case "td", "th":
                        if tableDepth <= 1 {
                            if tag.closing {
                                cellDepth = max(0, cellDepth - 1)
                            } else {
                                while column < spans.count, spans[column] > 0 { spanned(line) }
                                // A cell spanning columns leaves empty cells after it.
                                if cellsInRow > 0 { for _ in 0..<(1 + owedCells) { out.tab(line) } }
                                let width = colspan(tag.attributes), down = span(tag.attributes, "rowspan")
                                owedCells = width - 1
                                if down > 1 {
                                    if spans.count < column + width { spans += Array(repeating: 0, count: column + width - spans.count) }
                                    for c in column..<(column + width) { spans[c] = down - 1 }
                                }
                                column += width
                                cellsInRow += 1
                                cellDepth += 1
                                rowOpen = true
                            }
                        } else {
                            out.space()
                        }
                    case "pre":
                        pre += tag.closing ? -1 : 1
                        pre = max(0, pre)
                        if cellDepth > 0 { out.space() } else { out.endLine() }
                    default:
                        if blocks.contains(tag.name) {
                            // Inside a cell a break keeps names set one under another apart; a table
                            // inside a cell is read into it, its blocks as spaces.
                            if tableDepth > 1 { out.space() } else if cellDepth > 0 { out.cellBreak() } else { out.endLine() }
                        }
                    }
                    i = tag.end
                    continue
                }
            }
            if c == "\n" {
                line += 1
                if pre > 0 && cellDepth == 0 { out.endLine() } else { out.space() }
                i += 1
                continue
            }
            if c == "\r" || c == " " || c == "\t" || c == "\u{0C}" {
                out.space()
                i += 1
                continue
            }
            if c == "&", let (decoded, end) = LineCleaner.entity(s, from: i) {
                out.append(decoded == "\t" ? " " : decoded, line)
                i = end + 1
                continue
            }
            out.append(c, line)
            i += 1
        }
        out.endLine()
        return out.lines
    }

    /// Collects lines: runs of white space become one space, and a line is only written when it
    /// holds more than white space.
    struct Writer {
        var lines: [(text: String, line: Int)] = []
        var current: [Unicode.Scalar] = []
        var start = 0
        var pendingSpace = false
        /// A block ended inside a cell: written as `ScalarText.cellBreak` if more of the cell follows.
        var pendingBreak = false

        mutating func append(_ c: Unicode.Scalar, _ line: Int) {
            if current.isEmpty { start = line }
            if let last = current.last, last != "\t", pendingBreak || pendingSpace {
                current.append(pendingBreak ? ScalarText.cellBreak : " ")
            }
            pendingSpace = false
            pendingBreak = false
            current.append(c)
        }

        mutating func space() { pendingSpace = true }

        mutating func cellBreak() { pendingBreak = true }

        mutating func tab(_ line: Int) {
            if current.isEmpty { start = line }
            pendingSpace = false
            pendingBreak = false
            current.append("\t")
        }

        mutating func endLine() {
            if current.contains(where: { $0 != "\t" && $0 != " " }) {
                lines.append((ScalarText.string(current), start))
            }
            current.removeAll(keepingCapacity: true)
            pendingSpace = false
            pendingBreak = false
        }
    }

    static func newlines(_ s: [Unicode.Scalar], _ from: Int, _ to: Int) -> Int {
        var n = 0
        for k in from..<min(to, s.count) where s[k] == "\n" { n += 1 }
        return n
    }

    /// `<!-- … -->`, `<!DOCTYPE …>`, `<? … ?>`: the index after it.
    static func commentEnd(_ s: [Unicode.Scalar], from i: Int) -> Int? {
        guard i + 1 < s.count, s[i + 1] == "!" || s[i + 1] == "?" else { return nil }
        if i + 3 < s.count, s[i + 2] == "-", s[i + 3] == "-" {
            var k = i + 4
            while k + 2 < s.count {
                if s[k] == "-", s[k + 1] == "-", s[k + 2] == ">" { return k + 3 }
                k += 1
            }
            return s.count
        }
        var k = i + 2
        while k < s.count, k - i < maxTag, s[k] != ">" { k += 1 }
        return k < s.count && s[k] == ">" ? k + 1 : nil
    }

    /// The longest a tag or a declaration may be: a "<" with no ">" within it is text, and no
    /// input makes the reader search the rest of the page at every "<".
    static let maxTag = 2_000

    /// A start or end tag at `i`: `<name …>` or `</name>`, attributes read past quoted `>`.
    static func tag(_ s: [Unicode.Scalar], from i: Int) -> Tag? {
        var j = i + 1
        let closing = j < s.count && s[j] == "/"
        if closing { j += 1 }
        guard j < s.count, s[j].isASCII, s[j].properties.isAlphabetic else { return nil }
        var name = ""
        while j < s.count, s[j].isASCII, s[j].properties.isAlphabetic || CJK.isASCIIDigit(s[j]) || s[j] == "-" || s[j] == ":" {
            name.unicodeScalars.append(s[j])
            j += 1
        }
        let attributesStart = j
        var quote: Unicode.Scalar?
        while j < s.count, j - i < maxTag {
            let c = s[j]
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == ">" {
                let selfClosing = j > attributesStart && s[j - 1] == "/"
                return Tag(name: name.lowercased(), closing: closing, selfClosing: selfClosing,
                           attributes: ScalarText.string(s[attributesStart..<j]), end: j + 1)
            } else if c == "<" && quote == nil {
                return nil
            }
            j += 1
        }
        return nil
    }

    static func isNavigation(_ tag: Tag) -> Bool {
        let a = tag.attributes.lowercased()
        return a.contains("role=\"navigation\"") || a.contains("role='navigation'") || a.contains("role=navigation")
    }

    /// Per name, the place of the last end tag (`</name…>`, as `tag` reads one) in `s`.
    static func lastEndTags(_ s: [Unicode.Scalar]) -> [String: Int] {
        var out: [String: Int] = [:]
        var k = 0
        while k + 1 < s.count {
            if s[k] == "<", s[k + 1] == "/", let t = tag(s, from: k), t.closing { out[t.name] = k }
            k += 1
        }
        return out
    }

    /// Where the element opened before `from` ends (after its matching end tag), counting nested
    /// elements of the same name; nil when it is never closed, so a stray open tag drops nothing.
    static func closeOf(_ name: String, _ s: [Unicode.Scalar], from: Int) -> Int? {
        var depth = 1
        var k = from
        let raw = name == "script" || name == "style" || name == "textarea"
        while k < s.count {
            if s[k] == "<" {
                if !raw, let end = commentEnd(s, from: k) {
                    k = end
                    continue
                }
                if let t = tag(s, from: k), t.name == name {
                    if t.closing {
                        depth -= 1
                        if depth == 0 { return t.end }
                    } else if !t.selfClosing, !raw {
                        depth += 1
                    }
                    k = t.end
                    continue
                }
            }
            k += 1
        }
        return nil
    }

    /// `colspan="3"`: how many columns a cell spans (1 when not said or not a number; 64 at most,
    /// as each is written).
    static func colspan(_ attributes: String) -> Int { span(attributes, "colspan", most: 64) }

    /// `colspan="3"`, `rowspan="2"`: how many columns or rows a cell spans (1 when not said or not a
    /// number). A row spanned costs one cell of a row that is there, whatever the number says.
    static func span(_ attributes: String, _ name: String, most: Int = 100_000) -> Int {
        let a = attributes.lowercased()
        guard let r = a.range(of: name) else { return 1 }
        let digits = a[r.upperBound...].drop { $0 == "=" || $0 == "\"" || $0 == "'" || $0 == " " }.prefix { $0.isASCII && $0.isNumber }
        return min(max(Int(digits.prefix(6)) ?? 1, 1), most)
    }
}
