/// A spaced table's header on two lines: a column the first line names (责任单位) split on the next
/// into the columns under it (牵头单位, 配合单位), as a merged header cell prints. Read as one line,
/// the rows held a cell more than the header, and a task's lead and the units working with it were
/// joined into one unit's name (「县发改委县统计局」) or one was lost.
///
/// The second line is one when it directly follows the header and each of its cells, two or more,
/// names a column under a split one (`ColumnHeader.underSplit`: 牵头单位, 配合单位, 牵头, 配合,
/// 完成时间), not a first row of units (县直各部门). The column it splits is the header's one
/// cell naming what all of them name (units, time limits), or else the one standing over them (by
/// the columns the characters take, a Chinese character two), as the printed page sets them. Both
/// lines are written as a Word table's two header rows are, with empty cells where the merged cell
/// spans: 「序号⇥工作任务⇥责任单位⇥⇥完成时限」 over 「⇥⇥牵头单位⇥配合单位⇥」.
struct TwoLineHeader {
    /// The header line, the split column followed by an empty cell for each column more.
    var header: [Unicode.Scalar]
    /// The second line, under the split column.
    var under: [Unicode.Scalar]
    /// The cells a row has at most.
    var columns: Int

    init?(_ header: SpacedColumns.Line, under line: SpacedColumns.Line) {
        let top = SpacedColumns.cells(header), sub = SpacedColumns.cells(line)
        guard sub.count >= 2 else { return nil }
        var roles: [ColumnHeader.Role] = []
        for cell in sub {
            guard let role = ColumnHeader.underSplit(SpacedColumns.words(cell)) else { return nil }
            roles.append(role)
        }
        let topRoles = top.map { ColumnHeader.role(SpacedColumns.words($0)) }
        let parent: Int
        if let role = roles.first, roles.allSatisfy({ $0 == role }), topRoles.filter({ $0 == role }).count == 1,
           let named = topRoles.firstIndex(of: role) {
            parent = named
        } else {
            // The header cell whose middle is nearest the middle of the cells under it.
            let middle = (Self.column(of: sub[0].startIndex, in: line) + Self.column(of: sub[sub.count - 1].endIndex, in: line)) / 2
            let middles = top.map { (Self.column(of: $0.startIndex, in: header) + Self.column(of: $0.endIndex, in: header)) / 2 }
            parent = middles.indices.min { abs(middles[$0] - middle) < abs(middles[$1] - middle) } ?? 0
        }
        var written: [Unicode.Scalar] = []
        for (k, cell) in top.enumerated() {
            if k > 0 { written.append("\t") }
            written += cell
            if k == parent { written += Array(repeating: "\t", count: sub.count - 1) }
        }
        var below: [Unicode.Scalar] = Array(repeating: "\t", count: parent)
        for (k, cell) in sub.enumerated() {
            if k > 0 { below.append("\t") }
            below += cell
        }
        below += Array(repeating: "\t", count: top.count - parent - 1)
        (self.header, under, columns) = (written, below, top.count + sub.count - 1)
    }


    /// The column `index` of `line` starts at as printed: a Chinese character or a full-width mark
    /// takes two, a full-width space two, any other character one.
    static func column(of index: Int, in line: SpacedColumns.Line) -> Int {
        line.scalars[line.scalars.startIndex..<index].reduce(0) { $0 + CJK.columns($1) }
    }
}
