/// A Markdown table built row by row, so no renderer counts `|---|` by hand and every row has the
/// header's number of cells.
///
/// Cells are Markdown already: text from a plan goes through `MarkdownText.escape` (or `lines`) first,
/// while links and the report's own marks (●, †) are written as they are. A row with too few cells is
/// padded with empty ones and one with too many has its extra cells joined into the last, so a table
/// never loses its columns, whatever a caller hands in.
struct MarkdownTable {
    let columns: Int
    private var text: String

    init(_ header: [String]) {
        columns = header.count
        text = Self.line(header) + "|" + String(repeating: "---|", count: header.count) + "\n"
    }

    mutating func row(_ cells: [String]) {
        var cells = cells
        if cells.count < columns { cells += Array(repeating: "", count: columns - cells.count) }
        if cells.count > columns, columns > 0 {
            let extra = cells[(columns - 1)...].joined(separator: " ")
            cells = Array(cells[..<(columns - 1)]) + [extra]
        }
        text += Self.line(cells)
    }

    var rendered: String { text }

    private static func line(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |\n"
    }
}
