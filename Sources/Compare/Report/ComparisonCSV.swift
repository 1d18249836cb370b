/// The matrix for a spreadsheet: one row per matrix row and plan ("long" form), UTF-8 with a byte
/// order mark, RFC 4180 quoting and CRLF line ends.
///
/// Why long and not wide: every row has the same columns however many plans are compared, a pivot
/// table makes the wide matrix back in one step, and each cell keeps its numbers in their own
/// columns rather than packed into one text. Why the BOM: without it Excel and WPS read UTF-8 as the
/// system code page and the Chinese comes out garbled.
public enum ComparisonCSV {
    public static let header = [
        "rows", "topic", "id", "title", "other_topics", "plan", "locality", "year", "reference",
        "mark", "requirements_reached", "requirements_total", "best_score", "sections", "items",
    ]

    public static func render(_ c: Comparison) -> String {
        var out = "\u{FEFF}" + line(header)
        for row in c.matrix {
            for (p, cell) in zip(c.plans, row.cells) {
                out += line([
                    c.rows.rawValue, row.topic ?? "", row.id, row.title, row.otherTopics.joined(separator: "、"),
                    p.name, p.locality ?? "", p.year.map(String.init) ?? "", p.reference,
                    cell.mark.rawValue, String(cell.requirementsReached), String(cell.requirementsTotal),
                    cell.bestScore.map(JSONValue.number) ?? "", cell.sections.joined(separator: "; "), cell.items.joined(separator: "; "),
                ])
            }
        }
        return out
    }

    static func line(_ fields: [String]) -> String {
        fields.map(quoted).joined(separator: ",") + "\r\n"
    }

    /// RFC 4180: a field holding a comma, a double quote or a line break is quoted, its quotes doubled.
    /// A text field that a spreadsheet would run as a formula (opening with =, +, -, @, a tab or a
    /// carriage return) gets a leading ' first, so Excel and WPS show it as text; numbers are left as
    /// they are.
    static func quoted(_ field: String) -> String {
        var field = field
        if let first = field.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), Double(field) == nil {
            field = "'" + field
        }
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
