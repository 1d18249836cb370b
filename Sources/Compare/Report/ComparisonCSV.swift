/// The matrix for a spreadsheet: one row per matrix row and plan ("long" form), UTF-8 with a byte
/// order mark, RFC 4180 quoting and CRLF line ends.
///
/// Why long and not wide: every row has the same columns however many plans are compared, a pivot
/// table makes the wide matrix back in one step, and each cell keeps its numbers in their own
/// columns rather than packed into one text. Why the BOM: without it Excel and WPS read UTF-8 as the
/// system code page and the Chinese comes out garbled.
public enum ComparisonCSV {
    public static let header = [
        "rows", "topic", "id", "title", "other_topics", "plan", "locality", "province", "level", "year", "reference",
        "mark", "requirements_reached", "requirements_total", "best_score", "sections", "items",
    ]

    /// The same columns for the Chinese index's readers: a spreadsheet an office opens should not
    /// need the English (the researcher's trial found covered/partial/missing under English heads).
    public static let chineseHeader = [
        "行类型", "主题", "编号", "标题", "其他主题", "计划文件", "地方", "省份", "层级", "年度", "参考要点",
        "覆盖情况", "已落实的要求数", "适用的要求数", "最高匹配分", "对应国家要点各条", "对应条目",
    ]

    public static func render(_ c: Comparison, language: ReportLanguage = .en) -> String {
        let zh = language == .zh
        // Against a text given as the reference, the sections are the text's own.
        let heads = zh ? chineseHeader.map { $0 == "对应国家要点各条" ? "对应\(ComparisonMarkdown.points(c))各条" : $0 } : header
        var out = "\u{FEFF}" + line(heads)
        let rows = zh ? (c.rows == .topics ? "主题" : "条") : c.rows.rawValue
        // Two folders' files of one name are two plans (`BatchCheckMarkdown.numbered`).
        let names = BatchCheckMarkdown.numbered(c.plans.map(\.name))
        for row in c.matrix {
            for ((p, name), cell) in zip(zip(c.plans, names), row.cells) {
                out += line([
                    // A topic row's id is its English key: the Chinese sheet names the topic by its title.
                    rows, row.topic ?? "", zh && c.rows == .topics ? row.title : row.id, row.title, row.otherTopics.joined(separator: "、"),
                    name, p.locality ?? "", p.province ?? "", p.level.map { zh ? ChineseTerms.level($0) : $0.rawValue } ?? "",
                    p.year.map(String.init) ?? "", p.reference,
                    zh ? mark(cell.mark) : cell.mark.rawValue, String(cell.requirementsReached), String(cell.requirementsTotal),
                    cell.bestScore.map(JSONValue.number) ?? "", cell.sections.joined(separator: "; "), cell.items.joined(separator: "; "),
                ])
            }
        }
        return out
    }

    /// A cell's mark in the words of every Chinese view (`ChineseTerms.mark`).
    static func mark(_ m: MatrixCell.Mark) -> String {
        ChineseTerms.mark(m)
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
