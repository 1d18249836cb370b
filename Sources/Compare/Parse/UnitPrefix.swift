/// Units set before a task's number in 【】 (「【县发改局】3.做好规划公开工作。」, 「【县财政局、县审计局】
/// （二）…」): the task's responsible units, as at its line's end.
///
/// Why: the number did not open the line, so the task was no task: its words and the next
/// heading's were joined to the task above.
enum UnitPrefix {
    /// The units a line opens with and where the rest of it starts (its number), or nil when the
    /// line opens with no 【】 of names of bodies followed by a number.
    static func read(_ scalars: [Unicode.Scalar]) -> (units: Units, rest: Int)? {
        guard scalars.first == "【", let close = scalars.firstIndex(of: "】"), close > 1, close <= 60 else { return nil }
        var rest = close + 1
        while rest < scalars.count, CJK.isSpace(scalars[rest]) { rest += 1 }
        guard rest < scalars.count, MarkerScanner.leading(Array(scalars[rest...])) != nil else { return nil }
        let inside = Array(scalars[1..<close])
        let text = ScalarText.string(inside)
        guard CellContent.namesBodiesOnly(text, scalars: inside) else { return nil }
        return (UnitExtractor.cell(text), rest)
    }
}
