/// The columns of a task table flattened to tab-separated text, and what each cell of a row is.
///
/// Why roles and not positions: the same table comes with or without a 序号 column, a header
/// repeated at every page break, continuation rows that leave the first cell empty, and cells
/// shifted by a conversion error. The header's words give each column a role; a cell's content
/// overrides the role when the two disagree (a cell opening with "38." is a task wherever it is).
struct TableLayout {
    enum Role: Equatable {
        case number, section, task, units, deadline, other
    }

    var roles: [Role]

    /// Reads a header row ("工作任务\t具体任务\t牵头及责任单位"); nil when the row is not one.
    static func header(_ cells: [String]) -> TableLayout? {
        var roles: [Role] = []
        var named = 0
        for cell in cells {
            if MarkerScanner.leading(cell) != nil || cell.contains("、") || cell.contains("，") { return nil }
            let role = Self.headerRole(cell)
            if role != .other { named += 1 }
            roles.append(role)
        }
        guard named >= 2, named * 2 >= cells.filter({ !$0.isEmpty }).count else { return nil }
        return TableLayout(roles: roles)
    }

    static func headerRole(_ cell: String) -> Role {
        let t = cell
        guard !t.isEmpty, t.unicodeScalars.count <= 12 else { return .other }
        if t == "序号" || t == "编号" { return .number }
        if t.contains("单位") || t.contains("部门") || t.hasSuffix("责任人") { return .units }
        if t.contains("时限") || t.contains("时间") || t.contains("期限") { return .deadline }
        if t.contains("具体") || t.contains("内容") || t.contains("措施") || t.contains("举措") { return .task }
        if t.contains("任务") || t.contains("事项") || t.contains("项目") || t.contains("类别") || t.contains("工作") {
            return .section
        }
        return .other
    }

    /// Default when a table has no header: section, task, units, deadline.
    static let assumed = TableLayout(roles: [.section, .task, .units, .deadline])

    /// One row's cells sorted by what they hold.
    struct Row {
        var section: String?
        var tasks: [String] = []
        var units: [String] = []
        var deadlines: [String] = []
        /// Long unnumbered text in the section column with nothing else: a paragraph.
        var paragraph: String?
    }

    func read(_ cells: [String]) -> Row {
        var row = Row()
        for (index, cell) in cells.enumerated() where !cell.isEmpty {
            let role = index < roles.count ? roles[index] : .other
            let marker = MarkerScanner.leading(cell)
            let family = marker?.numbering.family
            let isItemMarker = family == .arabicDot || family == .arabicComma || family == .arabicParen || family == .circled
            let isSectionMarker = family == .cjkParen || family == .cjkComma
            if isItemMarker {
                row.tasks.append(cell)
            } else if role == .number {
                continue
            } else if isSectionMarker && row.section == nil && row.tasks.isEmpty && cell.unicodeScalars.count <= 60 {
                row.section = cell
            } else if role == .section && row.section == nil && row.tasks.isEmpty {
                if cell.unicodeScalars.count > 60 { row.paragraph = cell } else { row.section = cell }
            } else if role == .deadline {
                row.deadlines.append(cell)
            } else if role == .units || !row.tasks.isEmpty && Self.looksLikeUnits(cell) {
                row.units.append(cell)
            } else if role == .task || row.tasks.isEmpty {
                row.tasks.append(cell)
            } else {
                row.units.append(cell)
            }
        }
        if row.paragraph != nil, !row.tasks.isEmpty {
            row.tasks.insert(row.paragraph!, at: 0)
            row.paragraph = nil
        }
        return row
    }

    /// Unit cells name offices and say who carries out: short, ending in 单位/部门/局/办… or 落实/牵头.
    static func looksLikeUnits(_ cell: String) -> Bool {
        guard cell.unicodeScalars.count <= 200 else { return false }
        for word in ["单位", "部门", "局", "办", "委", "政府", "中心", "落实", "牵头", "负责"] where cell.contains(word) {
            return true
        }
        return false
    }
}
