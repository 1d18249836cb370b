/// A table row a spreadsheet wrote over several lines: a cell holding a line break (Alt+Enter in
/// Excel, a title over a task's sentence) is written between double quotes, an inner quote
/// doubled, when the table is copied or saved as text. Read line by line, the row broke at the
/// cell's break: its first half stood as a row whose task ended in mid-cell, its second as a row
/// of the wrong cells.
///
/// A quoted cell opens with 「"」 right at a cell's start after a tab (a table's row; its first
/// cell is its number), and closes at a 「"」 followed by a tab or the line's end; a lone 「"」
/// anywhere else in it (a spreadsheet doubles those; 「"六稳”」 typed with two input modes) says
/// the cell was the text's own, not quoted, and nothing is joined. A row whose last cell opens so
/// and does not close is joined with the lines after it until it closes (at most `longestCell`
/// lines; past that, or at the text's end, the quote was the text's own and nothing is joined),
/// and each cell of the joined row that is quoted loses its quotes and has its doubled ones
/// single. The line break inside the cell is a break between a cell's paragraphs as a Word or
/// web page's table has it (`ScalarText.cellBreak`): units named one under another stay apart.
/// A row on one line loses a cell's quotes only where one doubles the quotes inside it, as only
/// a spreadsheet writes (「"扩大""公众""参与"」): a cell may open with a quote of its own
/// (「"六稳"工作」, 「"做好规划公开"」).
enum QuotedCells {
    /// The most lines one quoted cell spans.
    static let longestCell = 30

    static func joined(_ lines: [SourceLine]) -> [SourceLine] {
        // Most texts: no row opens a quoted cell it does not close, nor doubles a quote in one.
        guard lines.contains(where: { state(of: $0.scalars, inside: false) == .open || doublesQuotes($0.scalars) }) else { return lines }
        var out: [SourceLine] = []
        out.reserveCapacity(lines.count)
        var i = 0
        while i < lines.count {
            guard state(of: lines[i].scalars, inside: false) == .open, let end = closing(lines, from: i) else {
                var line = lines[i]
                // A row on one line a spreadsheet quoted: a cell holding a quote (「"扩大""公众""参与"」).
                if doublesQuotes(line.scalars) {
                    let cells = unquoted(line.scalars)
                    line.text = ScalarText.string(cells)
                    line.decoded = cells
                }
                out.append(line)
                i += 1
                continue
            }
            var scalars = lines[i].scalars
            for k in (i + 1)...end {
                scalars.append(ScalarText.cellBreak)
                scalars += lines[k].scalars
            }
            let cells = unquoted(scalars)
            var line = SourceLine(text: ScalarText.string(cells), line: lines[i].line, lastLine: lines[end].lastLine)
            line.rawLength = lines[end].rawLength
            line.decoded = cells
            out.append(line)
            i = end + 1
        }
        return out
    }

    /// How a line stands with a quoted cell: none open at its end, one open at its end, or a lone
    /// quote inside the cell (no spreadsheet's: it doubles those) that says there was none.
    enum State { case closed, open, broken }

    /// A quoted cell read from `k`, the place after its opening quote: its closing quote (before a
    /// tab or the line's end; nil when the line ends inside it), whether it doubles a quote, and
    /// whether a lone quote stands in it elsewhere.
    struct Cell {
        var close: Int?
        var doubled = false
        var lone = false
    }

    static func cell(_ s: [Unicode.Scalar], from k: Int) -> Cell {
        var j = k
        var cell = Cell()
        while j < s.count {
            if s[j] == "\"" {
                if j + 1 < s.count, s[j + 1] == "\"" { cell.doubled = true; j += 2; continue }
                if j + 1 == s.count || s[j + 1] == "\t" { cell.close = j } else { cell.lone = true }
                return cell
            }
            j += 1
        }
        return cell
    }

    /// The place of the tab that ends the cell at `k`, or the line's end.
    static func cellEnd(_ s: [Unicode.Scalar], from k: Int) -> Int {
        var j = k
        while j < s.count, s[j] != "\t" { j += 1 }
        return j
    }

    /// Whether `s` ends inside a quoted cell; `inside`: it starts inside one (a line after the
    /// row's first). A cell opens only after a tab on the row's first line: a row's first cell is
    /// its number.
    static func state(of s: [Unicode.Scalar], inside: Bool) -> State {
        var k = 0
        if inside {
            let first = cell(s, from: 0)
            if first.lone { return .broken }
            guard let close = first.close else { return .open }
            k = close + 1
        } else {
            k = cellEnd(s, from: 0)
        }
        // `k` is at a tab (the next cell starts after it) or the line's end.
        while k < s.count {
            k += 1
            if k < s.count, s[k] == "\"" {
                let next = cell(s, from: k + 1)
                if next.lone { k = cellEnd(s, from: k); continue }
                guard let close = next.close else { return .open }
                k = close + 1
                continue
            }
            k = cellEnd(s, from: k)
        }
        return .closed
    }

    /// Whether a row on one line holds a cell a spreadsheet quoted because it holds a quote: it
    /// opens with 「"」 at a cell's start, doubles each quote inside, and closes before a tab or the
    /// line's end (a cell typed in quotes, 「"做好规划公开"」, doubles none and is left as written).
    static func doublesQuotes(_ s: [Unicode.Scalar]) -> Bool {
        guard s.contains("\t") else { return false }
        var k = 0
        while k < s.count {
            if s[k] == "\"" {
                let quoted = cell(s, from: k + 1)
                if quoted.doubled, !quoted.lone, quoted.close != nil { return true }
            }
            k = cellEnd(s, from: k) + 1
        }
        return false
    }

    /// The line at which the quoted cell opened at line `i` closes, or nil when it does not close
    /// within `longestCell` lines, or a lone quote says it was none (the quote is the text's own).
    static func closing(_ lines: [SourceLine], from i: Int) -> Int? {
        var k = i + 1
        while k < lines.count, k - i < longestCell {
            switch state(of: lines[k].scalars, inside: true) {
            case .closed: return k
            case .broken: return nil
            case .open: k += 1
            }
        }
        return nil
    }

    /// A joined row with each quoted cell's quotes gone and its doubled ones single.
    static func unquoted(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(s.count)
        var k = 0
        while true {
            if k < s.count, s[k] == "\"", case let quoted = cell(s, from: k + 1), !quoted.lone, let close = quoted.close {
                var j = k + 1
                while j < close {
                    out.append(s[j])
                    j += s[j] == "\"" ? 2 : 1
                }
                k = close + 1
            } else {
                let end = cellEnd(s, from: k)
                out += s[k..<end]
                k = end
            }
            guard k < s.count else { return out }
            out.append("\t")
            k += 1
        }
    }
}
