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
        text = ""
        Self.append(header, to: &text)
        text += "|" + String(repeating: "---|", count: header.count) + "\n"
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

    var rendered: String { text }

    /// The row's line appended where it goes: a line made and then appended was a string built
    /// and copied once more for every row of every report.
    private static func append(_ cells: [String], to text: inout String) {
        text += "| "
        for (k, cell) in cells.enumerated() {
            if k > 0 { text += " | " }
            text += cell
        }
        text += " |\n"
    }
}
