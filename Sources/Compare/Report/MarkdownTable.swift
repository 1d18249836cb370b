/// A Markdown table built row by row, so no renderer counts `|---|` by hand and every row has the
/// header's number of cells.
///
/// Cells are Markdown already: text from a plan goes through `MarkdownText.escape` (or `lines`) first,
/// while links and the report's own marks (●, †) are written as they are. A row with too few cells is
/// padded with empty ones and one with too many has its extra cells joined into the last, so a table
/// never loses its columns, whatever a caller hands in.
struct MarkdownTable {
    let columns: Int
    /// As bytes (`ReportText`): a table of a plan's sections was a few hundred appends.
    private var text = ReportText(capacity: 1024)

    init(_ header: [String]) {
        columns = header.count
        Self.append(header, to: &text)
        text += "|"
        for _ in 0..<header.count { text += "---|" }
        text += "\n"
    }

    mutating func row(_ cells: [String]) {
        var cells = cells
        if cells.count < columns { cells += Array(repeating: "", count: columns - cells.count) }
        if cells.count > columns, columns > 0 {
            let extra = cells[(columns - 1)...].joined(separator: " ")
            cells = Array(cells[..<(columns - 1)]) + [extra]
        }
        Self.append(cells, to: &text)
    }

    var rendered: String { text.string }

    /// The table written at the end of `report`, not made a String first.
    func render(into report: inout ReportText) { report.append(bytes: text) }

    /// The row's line appended where it goes: a line made and then appended was a string built
    /// and copied once more for every row of every report.
    private static func append(_ cells: [String], to text: inout ReportText) {
        text += "| "
        for (k, cell) in cells.enumerated() {
            if k > 0 { text += " | " }
            text += cell
        }
        text += " |\n"
    }
}
