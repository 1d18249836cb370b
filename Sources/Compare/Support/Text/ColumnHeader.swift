/// What a task table's header cell names: the words of 序号, 工作任务, 具体措施, 责任单位 and
/// 完成时限 columns. Shared by the reader that finds a table flattened with spaces (where a header
/// is what tells a table from text spaced by hand) and the parser that reads each column's role.
enum ColumnHeader {
    enum Role: Equatable {
        case number, section, task, units, deadline, other
        /// A column the header names as holding no task, unit or time limit of the plan: the leader
        /// answering for a task (责任领导, 分管领导), remarks (备注), whom to call (联系人). Its cells,
        /// short names as units are (张三, 李副县长, 县政府办督办), were read as units.
        case remark
    }

    /// A header cell's words, by the role they name, in the order they are tried. Found as whole
    /// characters (`String.contains`: a word followed by a combining mark or a variation selector is
    /// not the word), which a test holds; asked once a cell, not of every scalar, by bytes where that
    /// answers the same (`ScalarText.holds`): every row of a table is asked whether it is a header.
    static let words: [(role: Role, words: [String])] = [
        (.units, ["单位", "部门"]),
        (.deadline, ["时限", "时间", "期限"]),
        (.task, ["具体", "内容", "措施", "举措"]),
        (.section, ["任务", "事项", "项目", "类别", "工作"]),
        (.remark, ["领导", "备注", "说明", "联系人", "联系方式", "联系电话"]),
    ]

    /// What a cell under a split header cell (责任单位 over 牵头单位 | 配合单位) names, when it is
    /// such a cell: a role's word (牵头, 配合, 责任, 主办, 协办, 完成, 开始…) alone or before 单位,
    /// 部门, 人, 领导, 时间 or 时限. A row of units (「县直各部门」, 「各有关单位」) names a unit, not
    /// a column: it opens with a place or 各, not a role.
    static func underSplit(_ words: String) -> Role? {
        for stem in unitStems where words.hasPrefix(stem) {
            let rest = words.dropFirst(stem.count)
            if rest.isEmpty || ["单位", "部门", "人", "领导", "处室", "科室"].contains(String(rest)) { return .units }
        }
        for stem in timeStems where words.hasPrefix(stem) {
            let rest = words.dropFirst(stem.count)
            if rest.isEmpty || ["时间", "时限", "日期"].contains(String(rest)) { return .deadline }
        }
        return nil
    }

    static let unitStems = ["牵头", "配合", "责任", "主办", "协办", "主责", "协助", "参与", "承办", "主管", "分管"]
    static let timeStems = ["完成", "开始", "办结", "启动", "截止"]

    /// The most characters a header cell has: a longer cell is a row's text.
    static let longest = 12

    static func role(_ cell: String) -> Role {
        guard !cell.isEmpty, ScalarText.scalarCount(cell) <= longest else { return .other }
        if cell == "序号" || cell == "编号" { return .number }
        // A units column split under 责任单位 may name its parts by their role alone (牵头 | 配合).
        if unitStems.contains(cell) { return .units }
        if ScalarText.characterSuffix(cell, "责任人") { return .units }
        for (role, words) in words where words.contains(where: { ScalarText.holds(cell, $0) }) { return role }
        return .other
    }
}
