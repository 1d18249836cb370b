/// Lines a printed page repeats at its head or foot (the issuer, the plan's title, 「某县人民政府办公室
/// 文件」): in a text converted from a PDF or a WPS print, each stood where a page break cut a task
/// and was read as the task's words (or split a sentence the reflow would have joined).
///
/// What tells one: a short line with no clause punctuation and no number opening it, written the
/// same three times or more, each time at least a page's few lines after the last (`apart`); and
/// not a unit line, which plans repeat under task after task (「区政府各部门负责」) and whose role
/// word it would end in. One among the text's first lines is kept: that is the plan's own title or
/// issuer, which the pages after the first repeat.
enum RunningHeader {
    /// The most scalars a running header has.
    static let longest = 40
    /// How often a line must be written to be one.
    static let repeats = 3
    /// The fewest lines between two of them: a page holds more (a table typed a cell a line repeats
    /// a unit's name every few lines).
    static let apart = 10
    /// The text's first lines, where the line a page header repeats is the plan's own.
    static let opening = 5

    /// `lines` without the running headers (one among the first `opening` lines kept).
    static func removed(_ lines: [SourceLine]) -> [SourceLine] {
        var seen: [String: [Int]] = [:]
        for (k, line) in lines.enumerated() where isCandidate(line.scalars) {
            seen[line.text, default: []].append(k)
        }
        var drop: Set<Int> = []
        for places in seen.values where places.count >= repeats {
            let gaps = zip(places, places.dropFirst()).map { lines[$1].line - lines[$0].line }
            if gaps.allSatisfy({ $0 >= apart }) { drop.formUnion(places[0] < opening ? places.dropFirst() : places[...]) }
        }
        guard !drop.isEmpty else { return lines }
        return lines.indices.filter { !drop.contains($0) }.map { lines[$0] }
    }

    /// Seven to forty scalars, no clause punctuation or bracket, no tab, no marker, no role word or
    /// time limit's ending, no month. (The last piece of a wrapped unit statement, 「落实）」, a unit's
    /// name alone, 「县司法局」, and a time limit, 「持续推进」, repeat under task after task.)
    static func isCandidate(_ s: [Unicode.Scalar]) -> Bool {
        guard (7...longest).contains(s.count), !s.contains(where: { isClausePunctuation($0) || ScalarText.isOpenBracket($0) || ScalarText.isCloseBracket($0) }) else { return false }
        guard MarkerScanner.leadingShape(s) == nil, !s.contains("月") else { return false }
        return !(Reflow.roleTails + timeTails).contains { s.count > $0.count && s.suffix($0.count).elementsEqual($0) }
    }

    /// How a time limit written alone ends (2021年底前, 持续推进, 长期坚持): such a line repeats under
    /// task after task of a table typed a cell a line, and is no page's header; nor is one naming a month.
    static let timeTails: [[Unicode.Scalar]] = ["前", "底", "完成", "推进", "坚持", "开展", "办结", "实施", "更新"].map { Array($0.unicodeScalars) }

    /// ，。；：、 and their ASCII forms, and a tab: a line holding one is a sentence, a label, a list
    /// or a table's row.
    static func isClausePunctuation(_ c: Unicode.Scalar) -> Bool {
        c == "，" || c == "。" || c == "；" || c == "：" || c == "、" || c == "," || c == ";" || c == ":" || c == "\t"
    }
}
