/// The dates a time-limit cell or field writes in forms a sentence does not: 「2021.6」,
/// 「2021-06-30」, 「2021/6/30」, 「上半年」, 「下半年」, 「本年度内」, and a span (「2021.6-12」,
/// 「2021.3～2021.6」, 「2021.6.1-12.31」, 「2021.6-12.31」), due by its end. A table's 完成时限 column is
/// written short, and such a cell set no time limit, so the check saw none where the plan set one.
///
/// Each is written as the words a sentence would use (2021年6月, 2021年6月30日, 2021年上半年,
/// 年底, 年内; 2022年度 as 2022年) and then read as any time-limit cell is (`NodeFinisher.limits`);
/// every year's half (每年上半年) is left as written, no one date. Only for text a
/// column or a label says is a time limit: in a sentence 「2021.6」 may be a version or a section
/// number, and 「下半年」 a time of year, not a date due.
enum TimeCellDates {
    /// `text` in a sentence's words, or nil when it holds none of these forms.
    static func rewritten(_ text: String, planYear: Int?) -> String? {
        let s = Array(text.unicodeScalars)
        // Every form holds a digit or 年: most texts asked (a units bracket's last clause) hold neither.
        guard s.contains(where: { $0 == "年" || ScalarText.digit($0) != nil }) else { return nil }
        var out = String.UnicodeScalarView()
        var changed = false
        var i = 0
        while i < s.count {
            if let (date, end) = numericDate(s, i) {
                out.append(contentsOf: date.unicodeScalars)
                (i, changed) = (end, true)
                continue
            }
            // Every year's half (每年上半年) recurs: no one date, left as written.
            let yearly = i >= 2 && s[i - 1] == "年" && s[i - 2] == "每"
            // 上半年 is read after a year (by its end): the plan's year is put before it when the
            // cell names none (no 年 or 年度 before it). 下半年 is the year's end.
            if starts(s, i, "上半年"), !yearly, !yearBefore(s, i), let planYear {
                out.append(contentsOf: "\(planYear)年上半年".unicodeScalars)
                (i, changed) = (i + 3, true)
                continue
            }
            if starts(s, i, "下半年"), !yearly {
                out.append(contentsOf: "年底".unicodeScalars)
                (i, changed) = (i + 3, true)
                continue
            }
            if starts(s, i, "本年度内") || starts(s, i, "年度内") {
                out.append(contentsOf: "年内".unicodeScalars)
                let length = starts(s, i, "本年度内") ? 4 : 3
                (i, changed) = (i + length, true)
                continue
            }
            // 「2022年度」 is the year 2022.
            if starts(s, i, "年度"), i > 0, ScalarText.digit(s[i - 1]) != nil {
                out.append("年")
                (i, changed) = (i + 2, true)
                continue
            }
            out.append(s[i])
            i += 1
        }
        return changed ? String(out) : nil
    }

    /// Whether `word` stands at `i`, compared in place (an array of the word and of the slice, at
    /// every place of every text, cost more than all the rest of the reading).
    static func starts(_ s: [Unicode.Scalar], _ i: Int, _ word: String) -> Bool {
        var k = i
        for c in word.unicodeScalars {
            guard k < s.count, s[k] == c else { return false }
            k += 1
        }
        return true
    }

    /// Whether a year (「2022年」, 「二〇二二年」, 「2022年度」) stands just before `i`.
    static func yearBefore(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        i >= 1 && s[i - 1] == "年" || i >= 2 && s[i - 1] == "度" && s[i - 2] == "年"
    }

    /// 「YYYY.M」, 「YYYY.M.D」 with 「.」「-」「/」 or their full-width forms between the numbers (one
    /// kind throughout), a year 1900–2199, a month 1–12, a day 1–31; not inside a longer number.
    static func numericDate(_ s: [Unicode.Scalar], _ i: Int) -> (String, Int)? {
        func digits(_ k: Int, most: Int) -> (Int, Int)? {
            var j = k, value = 0
            while j < s.count, j - k < most, let d = ScalarText.digit(s[j]) { value = value * 10 + d; j += 1 }
            if j == k || (j < s.count && ScalarText.digit(s[j]) != nil) { return nil }
            return (value, j)
        }
        guard i == 0 || ScalarText.digit(s[i - 1]) == nil, let (year, afterYear) = digits(i, most: 4), afterYear - i == 4, (1900...2199).contains(year),
              afterYear < s.count, separators.contains(s[afterYear]) else { return nil }
        let separator = s[afterYear]
        guard let (month, afterMonth) = digits(afterYear + 1, most: 2), (1...12).contains(month) else { return nil }
        // A span (「2021.6-12」, 「2021.6～2021.12」, 「2021.6.1-12.31」): due by its end, in the
        // same year unless it names another; an end before its start is no date.
        func spanEnd(_ k: Int, after start: (month: Int, day: Int)) -> (String, Int)? {
            if let end = numericDate(s, k) { return end }
            guard let (last, afterLast) = digits(k, most: 2), (1...12).contains(last) else { return nil }
            if afterLast < s.count, s[afterLast] == separator, let (day, afterDay) = digits(afterLast + 1, most: 2), (1...31).contains(day) {
                return (last, day) > start ? ("\(year)年\(last)月\(day)日", afterDay) : nil
            }
            guard last > start.month, afterLast == s.count || !separators.contains(s[afterLast]) else { return nil }
            return ("\(year)年\(last)月", afterLast)
        }
        if afterMonth < s.count, s[afterMonth] == separator, let (day, afterDay) = digits(afterMonth + 1, most: 2), (1...31).contains(day) {
            if afterDay < s.count, rangeMarks.contains(s[afterDay]), s[afterDay] != separator {
                return spanEnd(afterDay + 1, after: (month, day))
            }
            return ("\(year)年\(month)月\(day)日", afterDay)
        }
        if afterMonth < s.count, rangeMarks.contains(s[afterMonth]), s[afterMonth] != separator {
            return spanEnd(afterMonth + 1, after: (month, 0))
        }
        // A second separator not followed by a day: not a date of this form.
        if afterMonth < s.count, separators.contains(s[afterMonth]) { return nil }
        return ("\(year)年\(month)月", afterMonth)
    }

    /// What sets a span's two ends apart: a hyphen or a dash (not the date's own separator), a
    /// tilde, 至.
    static let rangeMarks: Set<Unicode.Scalar> = ["-", "－", "—", "–", "～", "~", "至"]

    static let separators: Set<Unicode.Scalar> = [".", "-", "/", "．", "－", "／"]
}
