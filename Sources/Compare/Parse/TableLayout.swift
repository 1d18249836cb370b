/// The columns of a task table flattened to tab-separated text, and what each cell of a row is.
///
/// Why roles and not positions: the same table comes with or without a 序号 column, a header
/// repeated at every page break, continuation rows that leave the first cell empty, and cells
/// shifted by a conversion error. The header's words give each column a role; a cell's content
/// overrides the role when the two disagree (a cell opening with "38." is a task wherever it is).
struct TableLayout {
    typealias Role = ColumnHeader.Role

    var roles: [Role]
    /// Per column, what its header says of the units under it: lead (牵头单位) or not (配合单位,
    /// 协办单位), or nil (责任单位, 牵头及责任单位, no header). A plan that splits its units into a
    /// 牵头单位 column and a 配合单位 column names the lead by the column alone: read as any units
    /// cell, every lead was read as a unit carrying the task out.
    var leads: [Bool?] = []

    /// Reads a header row ("工作任务\t具体任务\t牵头及责任单位"); nil when the row is not one.
    ///
    /// A header's cells are labels: none is numbered or a row's number, none holds a sentence's
    /// punctuation. A task row whose short section cell says 工作 (做好政务信息管理工作) and whose
    /// units cell says 单位 was read as a new header, and its task was lost; its task cell held
    /// an ASCII comma, its number cell 「25」.
    ///
    /// A cell merged from the header row above (a two-row header: 责任单位 over 牵头单位 and
    /// 配合单位) counts as empty.
    static func header(_ cells: [String]) -> TableLayout? {
        var roles: [Role] = []
        var leads: [Bool?] = []
        var named = 0, filled = 0
        for cell in cells {
            if isMerged(cell) || cell.isEmpty {
                roles.append(.other)
                leads.append(nil)
                continue
            }
            if MarkerScanner.leading(cell) != nil || CellContent.isRowNumber(ScalarText.scalars(cell)) { return nil }
            if ["、", "，", ",", "。", "；", ";"].contains(where: { ScalarText.holds(cell, $0) }) { return nil }
            let role = Self.headerRole(cell)
            if role != .other { named += 1 }
            filled += 1
            roles.append(role)
            leads.append(role == .units ? Self.leadOf(header: cell) : nil)
        }
        guard named >= 2, named * 2 >= filled else { return nil }
        return TableLayout(roles: roles, leads: leads)
    }

    /// Whether a units column's header names lead units (牵头单位, 主办单位) or others (配合单位,
    /// 责任单位), by the roles unit labels name (`UnitExtractor.roles`); nil when it names both
    /// (牵头及责任单位) or none.
    static func leadOf(header cell: String) -> Bool? {
        let named = Set(UnitExtractor.roles.filter { ScalarText.holds(cell, $0.0) }.map(\.1))
        return named.count == 1 ? named.first : nil
    }

    /// This header with a second header row under it (责任单位 split into 牵头单位 | 配合单位): the
    /// second row's roles and leads where it names one, this one's elsewhere.
    func refined(by sub: TableLayout) -> TableLayout {
        let n = Swift.max(roles.count, sub.roles.count)
        let roles = (0..<n).map { c in c < sub.roles.count && sub.roles[c] != .other ? sub.roles[c] : c < self.roles.count ? self.roles[c] : .other }
        let leads = (0..<n).map { c in (c < sub.leads.count ? sub.leads[c] : nil) ?? (c < self.leads.count ? self.leads[c] : nil) }
        return TableLayout(roles: roles, leads: leads)
    }

    /// A header cell's words, by the role they name (`ColumnHeader.words`).
    static var headerWords: [(role: Role, words: [String])] { ColumnHeader.words }

    static func headerRole(_ cell: String) -> Role { ColumnHeader.role(cell) }

    /// Default when a table has no header: section, task, units, deadline.
    static let assumed = TableLayout(roles: [.section, .task, .units, .deadline])

    static let order: [Role] = [.number, .section, .task, .units, .deadline, .other, .remark]

    /// The role more than half of `cells`' filled cells show (`role` of each), or nil when none does.
    ///
    /// Why it stops early: a role past half the filled cells is the answer whatever the rest show,
    /// and once no role can get there the answer is nil; each cell read is decoded and tried as a
    /// marker, a time limit and units, and a column of a plan's tasks was read whole (a fifth of
    /// parsing a plan written as a table). The answer is the full count's (`TableLayoutTests`).
    static func columnRole(_ cells: [String], role: (String) -> Role?) -> Role? {
        let filled = cells.count(where: { !$0.isEmpty })
        var votes: [Role: Int] = [:]
        var (left, lead) = (filled, 0)
        for cell in cells where !cell.isEmpty {
            left -= 1
            if let r = role(cell) {
                let n = votes[r, default: 0] + 1
                if n * 2 > filled { return r }
                votes[r] = n
                lead = max(lead, n)
            }
            if (lead + left) * 2 <= filled { return nil }
        }
        return nil
    }

    /// The columns of a table from its header (nil when it has none) and its rows: per column, the
    /// role most of its filled cells show (`CellContent`) when more than half agree; else the
    /// header's word; else the assumed order. Rows as wide as the table vote first; a column they
    /// leave undecided (its cells empty on those rows) is then decided by the shorter rows, each
    /// fitted to the columns decided so far (a merged cell a conversion dropped shifts a row).
    static func infer(header: TableLayout?, rows: [[String]], memo: UnitMemo? = nil) -> TableLayout {
        let width = max(header?.roles.count ?? 0, rows.map(\.count).max() ?? 0)
        let full = rows.filter { $0.count == width }
        func majority(_ cells: [[String]]) -> [Role?] {
            (0..<width).map { c in columnRole(cells[c]) { CellContent.role($0, memo: memo) } }
        }
        var byColumn = Array(repeating: [String](), count: width)
        for row in full.isEmpty ? rows : full {
            for (c, cell) in row.enumerated() where c < width { byColumn[c].append(cell) }
        }
        var decided = majority(byColumn)
        if decided.contains(where: { $0 == nil }) {
            var shifted = Array(repeating: [String](), count: width)
            for row in rows where row.count < width {
                for (cell, c) in zip(row, fit(row, to: decided)) { shifted[c].append(cell) }
            }
            let more = majority(shifted)
            for c in 0..<width where decided[c] == nil { decided[c] = more[c] }
        }
        var roles: [Role] = []
        for c in 0..<width {
            if let h = header, c < h.roles.count, h.roles[c] == .remark, decided[c] != .deadline {
                // What the header says the column holds, whatever its cells look like, but time
                // limits (a 备注 column may hold them: they are the tasks').
                roles.append(.remark)
            } else if let r = decided[c] {
                roles.append(r)
            } else if let h = header, c < h.roles.count, h.roles[c] != .other {
                roles.append(h.roles[c])
            } else if header == nil, let r = assumed.roles.first(where: { r in !roles.contains(r) && !decided.contains(r) }) {
                // The first of the assumed roles no column has taken, in order: a 序号 column
                // before them shifts them all (a section column of short titles after it, which
                // nothing in its cells decides, was taken for a second task column).
                roles.append(r)
            } else {
                roles.append(.other)
            }
        }
        // Two columns read as tasks and none as sections: the one of fewer distinct texts holds
        // the section titles (each spans several rows: written once, merged or repeated), which,
        // short and unpunctuated, nothing in their cells told apart from tasks.
        let tasks = roles.indices.filter { roles[$0] == .task }
        if tasks.count >= 2, !roles.contains(.section) {
            let texts = tasks.map { c in Set(rows.compactMap { c < $0.count && !$0[c].isEmpty ? $0[c] : nil }) }
            // Titles are short and end no sentence; a column of requirements repeated over rows is tasks.
            let titles = texts.map { $0.allSatisfy { t in ScalarText.scalarCount(t) <= 30 && !ScalarText.holds(t, "。") } }
            let distinct = texts.map(\.count)
            if let fewest = distinct.min(), distinct.filter({ $0 == fewest }).count == 1, let k = distinct.firstIndex(of: fewest), titles[k] {
                roles[tasks[k]] = .section
            }
        }
        return TableLayout(roles: roles, leads: header?.leads ?? [])
    }

    /// The column each cell of a row stands in. A row as wide as the table keeps its positions; a
    /// shorter one (merged cells dropped in conversion) is fitted to the columns in order.
    func columns(of cells: [String]) -> [Role] {
        columnIndices(of: cells).map { $0 < roles.count ? roles[$0] : .other }
    }

    /// The column each cell stands in (past the table's last for cells beyond it).
    func columnIndices(of cells: [String]) -> [Int] {
        cells.count < roles.count && cells.count > 0 ? Self.fit(cells, to: roles, leads: leads) : Array(cells.indices)
    }

    /// The widest table whose short rows are fitted to its columns.
    static let widestFit = 64

    /// How many segments after a header decide a table's columns.
    static let rowsRead = 400

    /// The column index of each cell of a row shorter than the table, in order: each cell where
    /// its content fits best, the missing cells taken from the left (where merged section cells
    /// are) when nothing says otherwise. A nil column takes any cell. Of a 牵头单位 column and a
    /// 配合单位 column (`leads`), a row's one units cell stands in the lead's: a task names its lead
    /// before any unit it works with, and a conversion drops the empty cells (at the row's end, or
    /// an empty 配合单位 cell), so that placed by position the lead was read as working with it.
    static func fit(_ cells: [String], to roles: [Role?], leads: [Bool?] = []) -> [Int] {
        let n = cells.count, m = roles.count
        // Fitting costs cells × columns per row: past `widestFit` columns (a task table has a
        // handful; the fuzzer's rows of thousands of tabs are no table) the cells keep their places,
        // so that a row costs what its length does.
        guard n < m, n > 0, m <= widestFit else { return Array(cells.indices) }
        let shown = cells.map { $0.isEmpty ? nil : CellContent.role($0) }
        func score(_ i: Int, _ j: Int) -> Int {
            guard let r = shown[i], let column = roles[j] else { return 0 }
            guard r == column else { return -1 }
            return r == .units && j < leads.count && leads[j] == true ? 3 : 2
        }
        // best[i][j]: the best score placing the first i cells in the first j columns.
        let none = Int.min / 2
        var best = Array(repeating: Array(repeating: none, count: m + 1), count: n + 1)
        for j in 0...m { best[0][j] = 0 }
        for i in 1...n {
            for j in i...m {
                best[i][j] = max(best[i - 1][j - 1] + score(i - 1, j - 1), best[i][j - 1])
            }
        }
        var out = Array(repeating: 0, count: n)
        var i = n, j = m
        while i > 0 {
            // Taking the cell here wins ties: cells sit as far right as they can.
            if best[i][j] == best[i - 1][j - 1] + score(i - 1, j - 1) {
                out[i - 1] = j - 1
                i -= 1
            }
            j -= 1
        }
        return out
    }

    /// One row's cells sorted by what they hold.
    struct Row {
        var section: String?
        var tasks: [String] = []
        var units: [String] = []
        /// Per entry of `units`, its column's `leads`.
        var unitLeads: [Bool?] = []
        var deadlines: [String] = []
        /// The row's number (序号), which numbers its task when the task cell has none.
        var number: Int?
        /// The number as written, where it is an item's marker (「（1）」): the task is numbered so.
        var numbering: Numbering?
        /// Long unnumbered text in the section column with nothing else: a paragraph.
        var paragraph: String?
    }

    /// A row's cells with each merged with the one above (`ScalarText.mergedAbove`) given that
    /// one's text where the column names units or a time limit (a units cell spanning the rows of
    /// the tasks it serves gives each its units), and left empty elsewhere (a section's cell spanning
    /// its tasks opens the section once). `above`: the row before, resolved.
    func resolvingMerged(_ cells: [String], above: [String]) -> [String] {
        guard cells.contains(where: Self.isMerged) else { return cells }
        // A row of nothing but cells spanned from above says nothing the row above did not.
        if cells.allSatisfy({ $0.isEmpty || Self.isMerged($0) }) { return cells.map { _ in "" } }
        let placed = columns(of: Self.withoutMerged(cells))
        return cells.indices.map { k in
            guard Self.isMerged(cells[k]) else { return cells[k] }
            guard placed[k] == .units || placed[k] == .deadline, k < above.count else { return "" }
            return above[k]
        }
    }

    /// A Chinese numeral alone (「一」, 「十二」): in a task table, a part's number.
    /// Asked of every cell of every row: a cell is passed at its first scalar unless that is a
    /// numeral, and at its fourth at most.
    static func isBareNumeral(_ cell: String) -> Bool {
        var count = 0
        for c in cell.unicodeScalars {
            count += 1
            guard count <= 3, ChineseNumeral.isNumeralScalar(c) else { return false }
        }
        return count > 0 && ChineseNumeral.value(cell.unicodeScalars) != nil
    }

    /// A task's sentence rather than a title: a 「。」 or 「；」 before its end, or clauses (「，」)
    /// closed by one. A title may end with 「。」 or hold a 「，」, not both.
    static func isSentence(_ cell: String) -> Bool {
        var body = Substring(cell).unicodeScalars
        let closed = body.last == "。" || body.last == "；"
        if closed { body.removeLast() }
        return body.contains { $0 == "。" || $0 == "；" } || closed && body.contains("，")
    }

    /// Whether a cell is the readers' mark of one merged with the cell above, alone: a cell is
    /// trimmed before it is asked, and no text of a plan holds the mark.
    static func isMerged(_ cell: String) -> Bool {
        var it = cell.unicodeScalars.makeIterator()
        let first = it.next()
        if first == "同" { return isSameAsAbove(cell) }
        return first == ScalarText.mergedAbove && it.next() == nil
    }

    /// 「同上」 alone in a cell: what the cell above says, where a table typed by hand writes it and
    /// Word's merges the cells (the units were one named 同上).
    static func isSameAsAbove(_ cell: String) -> Bool {
        let words = Array(cell.unicodeScalars.lazy.filter { !CJK.isSpace($0) && $0 != "。" && $0 != "." }.prefix(3))
        return words == ["同", "上"]
    }

    /// The cells with those merged from above empty: what a column's role is voted from.
    static func withoutMerged(_ cells: [String]) -> [String] {
        cells.contains(where: isMerged) ? cells.map { isMerged($0) ? "" : $0 } : cells
    }

    func read(_ cells: [String]) -> Row {
        // A Chinese numeral alone in its cell (「一」 in a 序号 column) is a part's number, as
        // 「一、」 is: read as text, the part's row was an item of no number and its tasks its items.
        let cells = cells.contains(where: Self.isBareNumeral) ? cells.map { Self.isBareNumeral($0) ? $0 + "、" : $0 } : cells
        var row = Row()
        // A heading row: a part's or section's number alone in its cell (「一、」「（一）」 in a 序号
        // column) and its title, nothing else, wherever the title stands (spanned over the other
        // columns, or in the task's). Read cell by cell, the number opened a heading of no words
        // and the title went to another column.
        // Only a title (「深化重点领域信息公开。」, 「聚焦重点领域，深化政务公开」), not a task's
        // sentence (「做好规划公开工作，加大规划公开力度。」): that is the row's task, under the
        // number's heading as in the rows that name units.
        let filled = cells.filter { !$0.isEmpty && !Self.isMerged($0) }
        if filled.count == 2, let m = MarkerScanner.leading(filled[0]), !m.numbering.family.isArabicItem,
           m.length >= ScalarText.scalarCount(filled[0]), MarkerScanner.leading(filled[1]) == nil, ScalarText.scalarCount(filled[1]) <= 60,
           !Self.isSentence(filled[1]) {
            row.section = filled[0] + CellContent.spaced(filled[1])
            return row
        }
        // Each cell's column, fitted once: its role, and for units its column's lead.
        let column = columnIndices(of: cells)
        let placed = column.map { $0 < roles.count ? roles[$0] : .other }
        func unitsCell(_ written: String, _ index: Int) {
            row.units.append(written)
            row.unitLeads.append(index < column.count && column[index] < leads.count ? leads[column[index]] : nil)
        }
        for (index, written) in cells.enumerated() where !written.isEmpty {
            let role = placed[index]
            // A leader's or a remark's cell: nothing the plan asks (`ColumnHeader.Role.remark`).
            if role == .remark { continue }
            // Breaks inside a cell separate unit names; elsewhere they are spaces.
            let cell = CellContent.spaced(written)
            let marker = MarkerScanner.leading(cell)
            let family = marker?.numbering.family
            let isItemMarker = family?.isArabicItem == true
            let isSectionMarker = family.map { !$0.isArabicItem } == true
            let length = ScalarText.scalarCount(cell)
            if isItemMarker, let m = marker, m.length >= length {
                // An item's number alone in its cell (「1.」「（1）」「①」 in a 序号 column) is the
                // row's number, not a task of no text: read as one, a five-column table's rows
                // opened an empty item before each task. A second one (Word's numbering left in
                // an empty cell of another column) says nothing.
                if row.number == nil { (row.number, row.numbering) = (m.numbering.value, m.numbering) }
                continue
            } else if isItemMarker {
                row.tasks.append(cell)
            } else if role == .number {
                // A section's number alone in a 序号 column (「一、」 on every row) numbers the row's
                // task as an item's does: dropped, the task had no number.
                if isSectionMarker, let m = marker, m.length >= length {
                    (row.number, row.numbering) = (m.numbering.value, m.numbering)
                } else {
                    row.number = CellContent.rowNumber(cell)
                }
                continue
            } else if isSectionMarker && row.section == nil && (row.tasks.isEmpty || role == .section) && length <= 60 {
                row.section = cell
            } else if role == .section && row.section == nil && (row.tasks.isEmpty || length <= 60) {
                // The section column may stand after the task's (the row opens its section first).
                if length > 60 { row.paragraph = cell } else { row.section = cell }
            } else if role == .deadline {
                row.deadlines.append(cell)
            } else if role == .units || !row.tasks.isEmpty && Self.looksLikeUnits(cell) {
                unitsCell(written, index)
            } else if role == .task || row.tasks.isEmpty {
                row.tasks.append(cell)
            } else {
                unitsCell(written, index)
            }
        }
        if row.paragraph != nil, !row.tasks.isEmpty {
            row.tasks.insert(row.paragraph!, at: 0)
            row.paragraph = nil
        }
        // A numbered row with units or a time limit and no task cell but the section column's: that
        // cell is its task. A 序号 | 工作任务 | 责任单位 | 完成时限 table whose tasks are short, as
        // section titles are (做好财政信息公开), read each row as a section holding an item of no
        // text, and aligned none of them. (A row numbered with nothing to carry out, a category
        // over the rows below, still opens a section.)
        if row.tasks.isEmpty, let section = row.section, MarkerScanner.leading(section) == nil,
           row.number != nil, !row.units.isEmpty || !row.deadlines.isEmpty {
            row.tasks = [section]
            row.section = nil
        }
        return row
    }

    /// Unit cells name offices and say who carries out: short, ending in 单位/部门/局/办… or 落实/牵头.
    static func looksLikeUnits(_ cell: String) -> Bool {
        guard ScalarText.scalarCount(cell) <= 200 else { return false }
        for word in ["单位", "部门", "局", "办", "委", "政府", "中心", "落实", "牵头", "负责"] where cell.contains(word) {
            return true
        }
        return false
    }
}
