/// The one Markdown escaper every renderer uses for text that comes from a plan, a reference or a
/// file name: whatever the text holds, it stays text. A table keeps its columns (`|` and line
/// breaks), no tag goes live (`<script>`), and nothing starts emphasis, code, strike-through or a
/// link (`*`, `_`, `` ` ``, `~`, `[`, `]`), including a backslash the text already has (`\|`).
enum MarkdownText {
    static let special: Set<Character> = ["\\", "*", "_", "~", "`", "[", "]", "<", ">", "#", "|"]

    static func escape(_ s: String) -> String {
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

    /// A table cell of several lines: each escaped, joined by `<br>`.
    static func lines(_ pieces: [String]) -> String {
        pieces.map(escape).joined(separator: "<br>")
    }
}
