/// The one HTML escaper: text from a plan, a reference or a file name stays text in every page,
/// in an element or in a quoted attribute (`&`, `<`, `>`, `"` and `'` written as entities).
enum HTMLText {
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// A sentence of this tool's own words written for Markdown (`CheckWords`), as HTML: escaped,
    /// then its `**strong**` and `` `code` `` marks made elements, and its Markdown escapes dropped.
    /// Only for the tool's sentences, whose marks are its own: plan text goes through `escape`.
    static func sentence(_ markdown: String) -> String {
        var s = markdown
        for special in MarkdownText.special { s = s.replacingOccurrences(of: "\\" + String(special), with: String(special)) }
        var out = escape(s)
        out = replacePairs(out, "**", "<strong>", "</strong>")
        out = replacePairs(out, "`", "<code>", "</code>")
        return out
    }

    private static func replacePairs(_ s: String, _ mark: String, _ open: String, _ close: String) -> String {
        let parts = s.components(separatedBy: mark)
        guard parts.count >= 3, parts.count % 2 == 1 else { return s }
        var out = parts[0]
        for (k, part) in parts.enumerated().dropFirst() { out += (k % 2 == 1 ? open : close) + part }
        return out
    }
}
