/// The plan's own title: on its line, flattened into running text, or quoted in a notice body.
extension MetadataExtractor {
    /// The plan's own title starting at `i`, up to its last word (要点, 分工方案, …), and a draft
    /// marker right after it. When several endings qualify, the one that ends the line wins (a
    /// title line), else the first (a flattened line, where the preamble follows the title).
    static func planTitle(_ a: Scalars, at i: Int) -> TitleRead? {
        guard i < a.count else { return nil }
        var start = i
        let annex = ScalarText.has(a, W.attachment, at: start)
        if annex {
            start += 2
            while start < a.count, ScalarText.digit(a[start]) != nil || a[start] == "：" || a[start] == "、" || a[start] == "." || a[start] == "．" { start += 1 }
        }
        guard start < a.count, startsLikeTitle(a, start) else { return nil }
        var first: (title: Int, line: Int, draft: Bool)?
        var j = start
        let limit = min(a.count, start + 90)
        while j < limit {
            let c = a[j]
            if (isSentencePunct(c) && c != "、") || c == "〔" || c == "【" { break }
            for w in W.titleEndings where ScalarText.has(a, w, at: j) {
                var e = extendTitle(a, end: j + w.count, start: start)
                if validTitle(a, start, e) {
                    var end = e
                    var draft = false
                    if let d = draftMarker(a, at: end) {
                        end = d
                        draft = true
                    }
                    // A short note closing the title line ("（试行）", "（2021年）") belongs to it.
                    if end < a.count, let n = closingNote(a, at: end), n == a.count {
                        if end == e { e = n }
                        end = n
                    }
                    if end < a.count, let d = draftMarker(a, at: end), d == a.count {
                        end = d
                        draft = true
                    }
                    if end == a.count { return TitleRead(text: ScalarText.string(a[start..<e]), draft: draft, end: end, annex: annex) }
                    if first == nil { first = (e, end, draft) }
                }
                break
            }
            j += 1
        }
        guard let first else { return nil }
        return TitleRead(text: ScalarText.string(a[start..<first.title]), draft: first.draft, end: first.line, annex: annex)
    }

    /// "（试行）" at `i`: a bracketed note of at most 12 scalars that is no draft marker.
    static func closingNote(_ a: Scalars, at i: Int) -> Int? {
        guard i < a.count, a[i] == "（", draftMarker(a, at: i) == nil else { return nil }
        var j = i + 1
        while j < a.count, j - i <= 13 {
            if a[j] == "）" { return j > i + 1 ? j + 1 : nil }
            if a[j] == "（" || isSentencePunct(a[j]) { return nil }
            j += 1
        }
        return nil
    }

    /// Takes in a following ending: "要点" + "分工方案", "要点" + "的实施方案", "重点任务" + "分解表".
    static func extendTitle(_ a: Scalars, end e0: Int, start: Int) -> Int {
        var e = e0
        var changed = true
        while changed {
            changed = false
            let upper = e < a.count && a[e] == "的" ? e + 1 : e
            var s = max(start, e - 3)
            while s <= upper, s < a.count, !changed {
                for w in W.titleEndings where s + w.count > e && ScalarText.has(a, w, at: s) {
                    e = s + w.count
                    changed = true
                    break
                }
                s += 1
            }
        }
        return e
    }

    /// Numbered lines ("1.", "一、", "（一）") and sentence openings are not titles.
    static func startsLikeTitle(_ a: Scalars, _ i: Int) -> Bool {
        let c = a[i]
        switch c {
        case "（", "《", "〔", "【", "[", "“", "\"", "、", "，", "。", "：", "·", "—", "-", "*", "●", "■", "◆":
            return false
        default:
            break
        }
        if ScalarText.digit(c) != nil {
            // Only a year may open a title.
            var j = i
            while j < a.count, ScalarText.digit(a[j]) != nil { j += 1 }
            return j - i == 4 && j < a.count && a[j] == "年"
        }
        if ChineseNumeral.isNumeralScalar(c) {
            var j = i
            while j < a.count, j - i < 4, ChineseNumeral.isNumeralScalar(a[j]) || a[j] == "〇" { j += 1 }
            if j < a.count, a[j] == "、" || a[j] == "是" || a[j] == "．" || a[j] == "." { return false }
        }
        if c == "第", i + 1 < a.count, ChineseNumeral.isNumeralScalar(a[i + 1]) { return false }
        for w in W.sentenceOpeners where ScalarText.has(a, w, at: i) { return false }
        return true
    }

    static func validTitle(_ a: Scalars, _ s: Int, _ e: Int) -> Bool {
        guard e - s >= 4, e - s <= 80 else { return false }
        let t = a[s..<e]
        if e < a.count, a[e] == "》" { return false }
        if ScalarText.has(a, W.tongzhi, at: e) || ScalarText.has(a, W.deTongzhi, at: e) { return false }
        for w in W.noticeNotTitle where ScalarText.contains(t, w) { return false }
        var depth = 0
        for c in t {
            if c == "《" { depth += 1 } else if c == "》" { depth -= 1 }
            if depth < 0 { return false }
        }
        guard depth == 0 else { return false }
        guard ScalarText.contains(t, W.gongkai) || ScalarText.firstYear(in: Array(t)) != nil else { return false }
        var k = s
        while k < e {
            if let d = ScalarText.date(a, at: k), d.end <= e { return false }
            k += 1
        }
        return true
    }

    /// 《Y》 in a notice body cut off before the plan ("现将《Y》印发给你们"): Y when it reads as a
    /// plan title and is announced as the thing issued.
    static func quotedPlanTitle(_ texts: [Scalars], upTo end: Int) -> String? {
        let verbs: [Scalars] = ["印发", "已经", "下发", "转发"].map(W.s)
        for a in texts.prefix(end) {
            var i = 0
            while i < a.count {
                if a[i] == "《", let quoted = CitationScanner.bracketedTitle(a, at: i) {
                    let e = quoted.end
                    let before2 = i >= 2 ? Array(a[(i - 2)..<i]) : []
                    var announced = before2 == W.s("现将") || (i >= 1 && a[i - 1] == "将")
                    var k = e
                    while k < a.count, k - e <= 4, !announced {
                        for v in verbs where ScalarText.has(a, v, at: k) { announced = true }
                        k += 1
                    }
                    let t = stripDraft(quoted.value).text
                    if announced, endsLikeTitle(t), ScalarText.contains(t[...], W.gongkai) {
                        return ScalarText.string(t)
                    }
                    i = e
                    continue
                }
                i += 1
            }
        }
        return nil
    }

    static func endsLikeTitle(_ t: Scalars) -> Bool {
        for w in W.titleEndings where ScalarText.hasSuffix(t[...], w) { return true }
        return false
    }
}
