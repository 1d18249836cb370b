/// A task table flattened with runs of spaces between its cells instead of tabs (text copied from
/// a PDF, or a table typed by hand): its gaps become tabs, so that the parser reads the table it
/// is. Cleaning drops the spaces between Chinese characters, so left as it came the cells ran
/// into one another and a whole table was read as one item.
///
/// - A gap is a run of spaces at least two columns wide (a full-width space is two) between two
///   characters of a line; spaces at its ends are indentation.
/// - A table is known by its header: a line of at least three short cells set apart by gaps, most
///   naming a column as a header row does (序号, 工作任务, 责任单位, 完成时限), its words
///   letter-spaced or not (「序 号」, 「序　号」: `header`). Without one
///   nothing tells a table from text spaced by hand (a title set out by a conversion), so
///   nothing is changed.
/// - The table goes on over the lines after its header that hold a gap, and over up to
///   `longestBreak` lines without one when a line after them holds one (titles spanning the
///   table); a sentence set out with spaces among them is no row (`isRow`), and a print line
///   ends it; another header starts another table. A cell left empty is lost with its spaces:
///   the parser reads the cells that are there by what they hold. A row of more cells than its
///   header holds spaces inside a cell, and the gaps that least set cells apart go (`fitted`).
enum SpacedColumns {
    static let longestHeaderCell = ColumnHeader.longest
    /// The most lines without a gap a table goes on over: a part's heading, its section's title
    /// and a paragraph of the part's own between rows.
    static let longestBreak = 3

    /// A line of text as read, with its gaps (ranges of indices into `scalars`).
    struct Line {
        var index: Int
        var scalars: ArraySlice<Unicode.Scalar>
        var gaps: [Range<Int>]
        /// The line as written with tabs, where its gaps alone do not say it: a two-line header's
        /// lines, whose cells stand over and under each other (`TwoLineHeader`).
        var written: [Unicode.Scalar]? = nil
    }

    /// The gaps of `line`; empty at once for a line holding a tab (its cells are set apart
    /// already) or fewer than two spaces.
    static func gaps(_ line: ArraySlice<Unicode.Scalar>) -> [Range<Int>] {
        var first = line.startIndex, last = line.endIndex
        while first < last, CJK.isSpace(line[first]) { first += 1 }
        while last > first, CJK.isSpace(line[last - 1]) { last -= 1 }
        var out: [Range<Int>] = []
        var i = first
        while i < last {
            let c = line[i]
            if c == "\t" { return [] }
            guard CJK.isSpace(c) else { i += 1; continue }
            var j = i, width = 0
            while j < last, CJK.isSpace(line[j]) {
                if line[j] == "\t" { return [] }
                width += LineCleaner.columns(line[j])
                j += 1
            }
            if width >= 2 { out.append(i..<j) }
            i = j
        }
        return out
    }

    /// The cells of `line` between its gaps.
    static func cells(_ line: Line) -> [ArraySlice<Unicode.Scalar>] {
        var out: [ArraySlice<Unicode.Scalar>] = []
        var start = line.scalars.startIndex
        for gap in line.gaps {
            out.append(line.scalars[start..<gap.lowerBound])
            start = gap.upperBound
        }
        out.append(line.scalars[start...])
        return out.map { cell in
            var cell = cell
            while let c = cell.first, CJK.isSpace(c) { cell.removeFirst() }
            while let c = cell.last, CJK.isSpace(c) { cell.removeLast() }
            return cell
        }
    }

    /// Whether `line` reads as a header: three cells or more, labels (no digit, no sentence
    /// punctuation, at most `longestHeaderCell` characters), at least two of them and half of all
    /// naming a column (序号, 工作任务, 责任单位, 完成时限: `ColumnHeader`), as the parser asks of a
    /// header row.
    static func isHeader(_ line: Line) -> Bool {
        guard line.gaps.count >= 2 else { return false }
        var named = 0
        let cells = cells(line)
        for cell in cells {
            let words = words(cell)
            guard !words.isEmpty, words.unicodeScalars.count <= longestHeaderCell,
                  !cell.contains(where: { ScalarText.digit($0) != nil || headerPunctuation.contains($0) })
            else { return false }
            if ColumnHeader.role(words) != .other { named += 1 }
        }
        return named >= 2 && named * 2 >= cells.count
    }

    /// What a sentence or a list holds and a column's name does not.
    static let headerPunctuation = Set("、，,。；;：:".unicodeScalars)

    /// A header cell's words without the spaces a letter-spaced header sets between its
    /// characters (「序 号」, 「工 作 任 务」).
    static func words(_ cell: ArraySlice<Unicode.Scalar>) -> String {
        ScalarText.string(cell.filter { !CJK.isSpace($0) })
    }

    /// `line` as a table's header, when it reads as one once its letters are joined: a header set
    /// out with a full-width space between the characters of a word (「序　号　　　工　作　任　务」, as
    /// typesetting pads a column's name) has a gap between each. A gap between two cells of one
    /// character each is such a space when it is as narrow as the line's narrowest gap and some gap
    /// is wider (the columns' edges, however unequal).
    static func header(_ line: Line) -> Line? {
        if isHeader(line) { return line }
        let cells = cells(line)
        let widths = line.gaps.map { gap in line.scalars[gap].reduce(0) { $0 + LineCleaner.columns($1) } }
        guard let narrowest = widths.min(), let widest = widths.max(), narrowest < widest else { return nil }
        var joined = line
        joined.gaps = line.gaps.indices.filter { k in !(cells[k].count == 1 && cells[k + 1].count == 1 && widths[k] == narrowest) }.map { line.gaps[$0] }
        return joined.gaps.count < line.gaps.count && isHeader(joined) ? joined : nil
    }

    /// `line` with each gap a tab.
    static func tabbed(_ line: Line) -> [Unicode.Scalar] {
        if let written = line.written { return written }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(line.scalars.count)
        var start = line.scalars.startIndex
        for gap in line.gaps {
            out += line.scalars[start..<gap.lowerBound]
            out.append("\t")
            start = gap.upperBound
        }
        out += line.scalars[start...]
        return out
    }

    /// The lines, of `spaced` (every line read that holds a gap, in order, by its index among the
    /// lines read), that are a spaced table's header or rows.
    static func rows(_ spaced: [Line]) -> [Line] { tables(spaced).flatMap { $0 } }

    /// Each spaced table among `spaced`: its header, then its rows, each fitted to the header.
    static func tables(_ spaced: [Line]) -> [[Line]] {
        var out: [[Line]] = []
        var k = 0
        while k < spaced.count {
            guard var header = Self.header(spaced[k]) else { k += 1; continue }
            var table = [header]
            var last = header.index
            // The cells a row has at most: the header's, or the two lines' of a two-line header.
            var columns = header.gaps.count + 1
            k += 1
            if k < spaced.count, spaced[k].index == last + 1, let two = TwoLineHeader(header, under: spaced[k]) {
                (header.written, table[0].written, columns) = (two.header, two.header, two.columns)
                var under = spaced[k]
                under.written = two.under
                table.append(under)
                last = under.index
                k += 1
            }
            // Another header starts another table.
            while k < spaced.count, spaced[k].index - last - 1 <= longestBreak, !isPrintLine(spaced[k]), Self.header(spaced[k]) == nil {
                if isRow(spaced[k]) {
                    table.append(fitted(spaced[k], to: header, columns: columns))
                    last = spaced[k].index
                }
                k += 1
            }
            out.append(table)
        }
        return out
    }

    /// `row` with no more cells than its header's `columns`: a row of more holds spaces inside a cell
    /// (「加强规划公开专栏建设　并链接自治区专栏」), and the gaps that least set cells apart are
    /// dropped: first those of another kind than the header's (a full-width space in a table set
    /// out with ASCII spaces, or the other way), then the narrowest, then those between Chinese
    /// characters (a number or a date beside a gap is a cell's edge), then the leftmost but the
    /// first (a task's long text stands left of its units and time limit).
    static func fitted(_ row: Line, to header: Line, columns: Int) -> Line {
        let extra = row.gaps.count - (columns - 1)
        guard extra > 0 else { return row }
        let headerKinds = Set(header.gaps.map { fullWidth(header.scalars[$0]) })
        func key(_ k: Int) -> (Int, Int, Int, Int) {
            let gap = row.gaps[k]
            let kind = headerKinds.contains(fullWidth(row.scalars[gap])) ? 1 : 0
            let width = row.scalars[gap].reduce(0) { $0 + LineCleaner.columns($1) }
            let between = gap.lowerBound > row.scalars.startIndex && gap.upperBound < row.scalars.endIndex
                && CJK.isIdeograph(row.scalars[gap.lowerBound - 1]) && CJK.isIdeograph(row.scalars[gap.upperBound])
            return (kind, width, between ? 0 : 1, k == 0 ? row.gaps.count : k)
        }
        let dropped = Set(row.gaps.indices.sorted { key($0) < key($1) }.prefix(extra))
        var fitted = row
        fitted.gaps = row.gaps.indices.filter { !dropped.contains($0) }.map { row.gaps[$0] }
        return fitted
    }

    /// Whether a gap holds a full-width space.
    static func fullWidth(_ gap: ArraySlice<Unicode.Scalar>) -> Bool { gap.contains("\u{3000}") }

    /// Whether `line`, among a table's rows, is one: two gaps or more, or one (a row whose other
    /// cells were left empty) after a row's number or a section's title, or before a unit or a
    /// date; not a sentence set out with spaces (「（一）做好政策解读。各部门要加强解读，　　确保解读
    /// 到位。」 under a part's heading after the table).
    static func isRow(_ line: Line) -> Bool {
        guard line.gaps.count < 2 else { return true }
        let cells = cells(line)
        guard let first = cells.first, let final = cells.last else { return false }
        if !final.contains("。") { return true }
        if first.allSatisfy({ ScalarText.digit($0) != nil }) { return true }
        if MarkerScanner.leading(String(String.UnicodeScalarView(first))).map({ $0.length >= first.count }) ?? false { return true }
        // A title: short, no sentence's punctuation.
        return first.count <= longestTitle && !first.contains { "。；，".unicodeScalars.contains($0) }
    }

    /// The longest section title a row opens with, as a heading (`NodeFinisher.longestHeading`).
    static let longestTitle = 40

    /// A print line (「某县人民政府办公室　　2021年4月2日印发」) closes the document, and the table.
    static func isPrintLine(_ line: Line) -> Bool {
        guard let final = cells(line).last else { return false }
        return printEnds.contains { ScalarText.hasSuffix(final, $0) }
    }

    /// A print line's last words (「2021年4月2日印发」).
    static let printEnds = Lexicon.printLineSuffixes.map { Array($0.unicodeScalars) }
}

extension SpacedColumns {
    /// Writes the rows of every spaced table among `spaced` into `lines` (read from the same text,
    /// cleaned as `debris` says) with tabs between their cells.
    static func apply(_ spaced: [Line], to lines: inout [SourceLine], debris: Bool) {
        guard spaced.count >= 2, spaced.contains(where: { header($0) != nil }) else { return }
        for row in rows(spaced) where lines.indices.contains(row.index) {
            // A dropped gap's spaces are a cell's own: cleaned as any.
            let cleaned = LineCleaner.cleanScalars(tabbed(row), debris: debris)
            lines[row.index].text = ScalarText.string(cleaned)
            lines[row.index].decoded = cleaned
        }
    }
}
