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
        // Every field word holds 时 or 限 (完成时限, 时间要求, 完成期限…): most texts are passed at once.
        guard text.unicodeScalars.contains(where: { $0 == "时" || $0 == "限" }) else { return nil }
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
    /// its content. Such a line belongs to the task before it, as a unit line does.
    static func timeLine(_ written: Scalars) -> String? {
        var lo = 0, hi = written.count
        trim(written, &lo, &hi, spacesOnly: true)
        if lo < hi, isOpen(written[lo]), matchingClose(written, lo, hi) == hi - 1 { (lo, hi) = (lo + 1, hi - 1) }
        while lo < hi, isSpace(written[lo]) { lo += 1 }
        guard lo < hi, written[lo] == "完" || written[lo] == "时", fieldContent(written, lo, hi) != nil else { return nil }
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

    @inline(__always)
    static func isFieldEnd(_ c: Unicode.Scalar) -> Bool {
        c == "；" || c == ";" || c == "。" || isOpen(c) || isClose(c)
    }
}
