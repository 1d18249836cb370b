/// What a table cell holds, read from its words alone: the evidence `TableLayout` weighs against
/// the header when it decides what a column is.
///
/// Why content: tables come with a 序号 column or without, with columns in any order, with no
/// header, or with a header whose words say one thing (工作任务) where the cells hold another (the
/// task's number). A cell's own words say what it is more reliably than its position.
enum CellContent {
    /// `cell` with its breaks (`ScalarText.cellBreak`) read as the spaces they were before: what a
    /// task, section, time limit or header cell says, spaced as a line is (none next to Chinese
    /// text). Only unit cells read the breaks, as separators between names.
    static func spaced(_ cell: String) -> String {
        guard ScalarText.contains(cell, ScalarText.cellBreak) else { return cell }
        let scalars = ScalarText.scalars(cell).map { $0 == ScalarText.cellBreak ? " " : $0 }
        return LineCleaner.normaliseSpacing(scalars)
    }

    /// The role `cell` shows by itself, or nil when it shows none clearly (empty, or short
    /// words that could be a title or a name).
    static func role(_ cell: String, memo: UnitMemo? = nil) -> TableLayout.Role? {
        guard !cell.isEmpty else { return nil }
        // Decoded once: every test below reads the scalars (a String's scalar view counts and
        // searches at several times the cost).
        let written = ScalarText.scalars(cell)
        if isRowNumber(written) { return .number }
        // Canonical spelling maps scalar for scalar: the marker test reads the first 16 canonical
        // scalars (each spelt with its neighbours in the whole cell), and a cell a marker opens
        // (most task cells, often long) is not respelt whole.
        let count = written.count
        let head = (0..<min(16, count)).map { Canonical.scalar(at: $0, in: written) }
        if let m = MarkerScanner.leading(head) {
            return !m.numbering.family.isArabicItem && count <= 60 ? .section : .task
        }
        let scalars = Canonical.scalars(written)
        // The same scalars are the same text.
        let text = scalars == written ? cell : ScalarText.string(scalars)
        // The readers below take the canonical scalars themselves: `text` decoded again is `scalars`.
        if count <= 40, isTimeLimit(text, scalars: scalars) { return .deadline }
        if UnitExtractor.unitLine(scalars, memo: memo) != nil || namesBodiesOnly(text, scalars: scalars) { return .units }
        if count > 40 || scalars.contains("。") { return .task }
        if scalars.contains("，") || scalars.contains("；") { return .task }
        return nil
    }

    /// 「1」, 「12.」, 「3、」, 「一」, 「１」 (full-width): a row number and nothing else.
    static func isRowNumber(_ s: [Unicode.Scalar]) -> Bool {
        // At most four scalars: look at no more (cells are often long).
        var body = Array(s.prefix(5))
        guard body.count <= 4 else { return false }
        if let last = body.last, last == "." || last == "、" || last == "．" { body.removeLast() }
        guard !body.isEmpty, body.count <= 3 else { return false }
        return body.allSatisfy { ScalarText.digit($0) != nil } || body.allSatisfy(ChineseNumeral.isNumeralScalar)
    }

    /// The number a row-number cell's digits make (「１２.」 is 12); nil when it has none.
    static func rowNumber(_ cell: String) -> Int? {
        let digits = cell.unicodeScalars.compactMap(ScalarText.digit)
        guard !digits.isEmpty, digits.count <= 9 else { return nil }
        return digits.reduce(0) { $0 * 10 + $1 }
    }

    /// Words a time-limit cell holds when it names no date.
    static let timeWords = ["长期", "持续", "常态", "全年", "每年", "每半年", "每季度", "每月", "年底前", "月底前", "即时"]

    /// 「2021年底前」, 「2021年6月」, 「长期坚持」, 「每季度」: a short cell that sets when, and says
    /// little else (「2021年底前完成规划专栏建设」 is a task).
    /// `scalars` is `text` decoded, as `role` holds it.
    static func isTimeLimit(_ text: String, scalars: [Unicode.Scalar]) -> Bool {
        let count = scalars.count
        let found = DeadlineExtractor.deadlines(in: scalars, planYear: 2000)
        if found.contains(where: { ScalarText.scalarCount($0.raw) * 2 >= count }) { return true }
        // Foundation's answer, by bytes where that is exact (`ScalarText.holds`).
        if count <= 8, timeWords.contains(where: { ScalarText.holds(text, $0) }) { return true }
        // 「2021年12月」 with no 前 or 底.
        let s = scalars
        return s.contains("年") && s.filter(CJK.isASCIIDigit).count >= 4 && !s.contains("，")
    }

    /// A cell of unit names with no role word: 「区财政局、区发改委」.
    /// `scalars` is `text` decoded, as `role` holds it.
    static func namesBodiesOnly(_ text: String, scalars: [Unicode.Scalar]) -> Bool {
        guard scalars.count <= 200, !ScalarText.holds(text, "。") else { return false }
        let names = UnitExtractor.splitNames(scalars, 0, scalars.count)
        return !names.isEmpty && names.allSatisfy(UnitExtractor.isBodyName)
    }
}
