/// What a task table's header cell names: the words of 序号, 工作任务, 具体措施, 责任单位 and
/// 完成时限 columns. Shared by the reader that finds a table flattened with spaces (where a header
/// is what tells a table from text spaced by hand) and the parser that reads each column's role.
enum ColumnHeader {
    enum Role: Equatable {
        case number, section, task, units, deadline, other
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
    ]

    /// The most characters a header cell has: a longer cell is a row's text.
    static let longest = 12

    static func role(_ cell: String) -> Role {
        guard !cell.isEmpty, ScalarText.scalarCount(cell) <= longest else { return .other }
        if cell == "序号" || cell == "编号" { return .number }
        if ScalarText.characterSuffix(cell, "责任人") { return .units }
        for (role, words) in words where words.contains(where: { ScalarText.holds(cell, $0) }) { return role }
        return .other
    }
}
