/// A reviewer's comment left in a draft (「【修改意见：建议完成时限改为2021年9月底前】」, 「【批注：…】」):
/// the reviewer's words, not the plan's, so no part of a task's text. Its dates were read as the
/// task's time limits.
///
/// What tells one: a 【】 bracket whose words open with a comment's label and its colon. A 【牵头单位】
/// label, or a 【】 around a plan's own words, is no comment.
enum ReviewerComment {
    /// Labels a comment opens with.
    static let labels: [[Unicode.Scalar]] = ["修改意见", "审核意见", "审改意见", "审查意见", "征求意见", "意见", "批注", "建议", "编者按", "按", "注"]
        .map { Array($0.unicodeScalars) }

    /// `scalars` (and `text`, written from them) without the comments they hold; the same when they
    /// hold none (most: no 【 at all).
    static func removed(_ scalars: [Unicode.Scalar], text: String) -> (scalars: [Unicode.Scalar], text: String) {
        guard scalars.contains("【") else { return (scalars, text) }
        var keep = [Bool](repeating: true, count: scalars.count)
        var found = false
        var i = 0
        while i < scalars.count {
            guard scalars[i] == "【", let close = scalars[(i + 1)...].firstIndex(of: "】"), opensComment(scalars, i + 1, close) else {
                i += 1
                continue
            }
            for k in i...close { keep[k] = false }
            found = true
            i = close + 1
        }
        guard found else { return (scalars, text) }
        let kept = scalars.indices.filter { keep[$0] }.map { scalars[$0] }
        return (kept, ScalarText.string(kept))
    }

    /// Whether `s[a..<b]` opens with a label (spaces before it looked through) and its colon.
    static func opensComment(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> Bool {
        var i = a
        while i < b, CJK.isSpace(s[i]) { i += 1 }
        for label in labels where i + label.count < b && s[i..<(i + label.count)].elementsEqual(label) {
            var k = i + label.count
            while k < b, CJK.isSpace(s[k]) { k += 1 }
            if k < b, s[k] == "：" || s[k] == ":" { return true }
        }
        return false
    }
}
