/// A time limit said as a field beside the units (「完成时限：2021年9月底前」): on a line of its own
/// under a task, after the units on a label line (「牵头单位：A；完成时限：B」), or inside a task's
/// labelled bracket (「（牵头单位：A；完成时限：B）」).
///
/// Why: such a line was read as a task of its own (aligned to whatever its words resembled), and
/// a time field beside units was cut from the task with them and lost, so the check saw no time
/// limit where the plan set one. The field words are `UnitExtractor.fieldWords`, the ones that
/// already end a label's units.
extension UnitExtractor {
    /// The content of the first time field of `text` at bracket depth 0 (or, for a line that is
    /// one bracket, inside it): what follows the field word and its colon, up to a 「；」, 「。」, a
    /// unit label or another field; nil when there is none or it is empty.
    static func timeField(_ text: String) -> String? {
        // Every field word holds 时 or 限 (完成时限, 时间要求, 完成期限…): most texts are passed at once,
        // by their bytes (时 is E6 97 B6, 限 E9 99 90 in UTF-8; a unit statement is asked this).
        guard Self.mayHoldFieldWord(text) else { return nil }
        let s = ScalarText.scalars(text)
        var lo = 0, hi = s.count
        trim(s, &lo, &hi, spacesOnly: true)
        if lo < hi, isOpen(s[lo]), matchingClose(s, lo, hi) == hi - 1 { (lo, hi) = (lo + 1, hi - 1) }
        var depth = 0
        var i = lo
        while i < hi {
            let c = s[i]
            if isOpen(c) { depth += 1 } else if isClose(c) { depth = max(0, depth - 1) }
            else if depth == 0, let start = fieldContent(s, i, hi) {
                var end = start
                while end < hi, !isFieldEnd(s[end]), labelAt(s, end, hi) == nil, fieldContent(s, end, hi) == nil { end += 1 }
                var (a, b) = (start, end)
                trim(s, &a, &b, spacesOnly: true)
                while b > a, isEndPunct(s[b - 1]) { b -= 1 }
                return a < b ? string(s[a..<b]) : nil
            }
            i += 1
        }
        return nil
    }

    /// A line that is a time field and nothing else (「完成时限：2021年9月底前」, 「（时间要求：长期坚持）」):
    /// its content. Such a line belongs to the task before it, as a unit line does. A line that
    /// goes on past the field (「时间节点：2021年6月底前完成梳理；2021年12月底前全面完成。」, 「时间要求：
    /// …报送。逾期未报送的予以通报」) is the task's text, read as text.
    static func timeLine(_ written: Scalars) -> String? {
        var lo = 0, hi = written.count
        trim(written, &lo, &hi, spacesOnly: true)
        while hi > lo, isEndPunct(written[hi - 1]) { hi -= 1 }
        if lo < hi, isOpen(written[lo]), matchingClose(written, lo, hi) == hi - 1 { (lo, hi) = (lo + 1, hi - 1) }
        while lo < hi, isSpace(written[lo]) { lo += 1 }
        guard lo < hi, written[lo] == "完" || written[lo] == "时", let start = fieldContent(written, lo, hi) else { return nil }
        // Nothing after the field's content but its closing punctuation.
        guard !written[start..<hi].contains(where: isFieldEnd) else { return nil }
        return timeField(string(written[lo..<hi]))
    }

    /// Where a field's content starts when a field word and its colon stand at `i`.
    static func fieldContent(_ s: Scalars, _ i: Int, _ hi: Int) -> Int? {
        guard s[i] == "完" || s[i] == "时" else { return nil }
        for w in fieldWords where hasPrefix(s, i, hi, w) {
            var k = i + w.count
            while k < hi, isSpace(s[k]) { k += 1 }
            if k < hi, s[k] == "：" || s[k] == ":" { return k + 1 }
        }
        return nil
    }

    /// False when `text` holds neither 时 nor 限: their last two UTF-8 bytes appear nowhere.
    static func mayHoldFieldWord(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for b in text.utf8 {
            if (previous == 0x97 && b == 0xB6) || (previous == 0x99 && b == 0x90) { return true }
            previous = b
        }
        return false
    }

    @inline(__always)
    static func isFieldEnd(_ c: Unicode.Scalar) -> Bool {
        c == "；" || c == ";" || c == "。" || isOpen(c) || isClose(c)
    }

    /// Words that say only when, and nothing else (「2021年12月底前完成。」, 「长期坚持」): the time
    /// limit they set, without their end punctuation; nil for words that say anything more
    /// (「各单位于12月10日前报送落实情况」 says who must do what by then). Said under a task, as a
    /// note or a line of their own after its units, they are that task's time limit.
    static func onlyTimeLimit(_ words: [Unicode.Scalar]) -> String? {
        var (lo, hi) = (0, words.count)
        while lo < hi, isSpace(words[lo]) { lo += 1 }
        while hi > lo, isSpace(words[hi - 1]) || isEndPunct(words[hi - 1]) { hi -= 1 }
        let text = Array(words[lo..<hi])
        guard !text.isEmpty, text.count <= 24, !text.contains(where: isClauseSep) else { return nil }
        if let d = DeadlineExtractor.deadlines(in: text, planYear: nil).first {
            let raw = ScalarText.scalars(d.raw)
            guard text.starts(with: raw), completionTails.contains(string(text[raw.count...])) else { return nil }
            return ScalarText.string(text)
        }
        let words = ScalarText.string(text)
        return text.count <= 6 && CellContent.isTimeLimit(words, scalars: text) ? words : nil
    }

    /// What may follow a time limit in words that say only when: how the work is to be done by
    /// then, in the words plans use.
    static let completionTails: Set<String> = ["", "完成", "前完成", "内完成", "底前完成", "全部完成", "全面完成", "完成任务", "落实到位", "完成到位"]
}
