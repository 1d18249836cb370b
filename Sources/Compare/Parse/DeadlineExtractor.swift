/// Finds the time limits a plan's item sets ("2021年底前", "10月底前", "20个工作日内", "每月30日前").
///
/// A plan is full of numbers and dates that are not limits: its own year in titles, dates of
/// issue, start dates ("自2018年7月起"), target years ("2035年远景目标"), frequencies ("每年至少听取
/// 1次"), hotline numbers. A reported deadline that is not one is an error, so every form below
/// needs a limit word: 前 / 底 / 末 after a date, 内 after a span, or a completion verb right after a
/// bare year ("2018年完成…"). The scan is one pass over the text's scalars with white space
/// removed (so "2021 年底前" reads like "2021年底前"), without regular expressions.
public enum DeadlineExtractor {
    typealias Scalars = [Unicode.Scalar]

    /// Time limits stated in `text`, in order of appearance. `planYear` resolves a year-less
    /// "10月底前". Raw is the matched text with white space removed, starting at the number
    /// (no leading 到/于/在).
    public static func deadlines(in text: String, planYear: Int?) -> [Deadline] {
        deadlines(in: ScalarText.scalars(text), planYear: planYear)
    }

    /// `deadlines(in:planYear:)` on text already decoded, as the parser shares it between readers.
    static func deadlines(in text: [Unicode.Scalar], planYear: Int?) -> [Deadline] {
        // Chinese text seldom holds a space: copy only when there is one to drop.
        let blank = { (c: Unicode.Scalar) in CJK.isSpace(c) || c == "\n" || c == "\r" }
        var scanner = Scanner(s: text.contains(where: blank) ? text.filter { !blank($0) } : text, planYear: planYear)
        return scanner.run()
    }

    // MARK: Scanner

    /// Internal so the forms it reads can live in files of their own.
    struct Scanner {
        let s: Scalars
        let planYear: Int?
        var out: [Deadline] = []

        init(s: Scalars, planYear: Int?) {
            self.s = s
            self.planYear = planYear
        }

        /// Where a form read here can start: a number (`ChineseNumeral.mayStartNumber`), or 每, 年,
        /// 今, 本 (a test holds the table to those predicates on every scalar).
        static let starts = ScalarSet(ChineseNumeral.numberStarts + ["每", "年", "今", "本"])

        mutating func run() -> [Deadline] {
            // Read once: a static's every use checks that it was initialised.
            let starts = Self.starts
            var i = 0
            while i < s.count {
                // Nearly every scalar starts nothing read here: to the next that may, a bit of a
                // table each, through pointers.
                i = starts.firstIndex(in: s, from: i)
                guard i < s.count else { break }
                if s[i] == "每", let end = recurring(at: i) {
                    i = end
                    continue
                }
                if s[i] == "年" || s[i] == "今" || s[i] == "本", let end = thisYearEnd(at: i) {
                    i = end
                    continue
                }
                if let num = number(at: i) {
                    // Only at the start of a number: never read "12345" from its middle.
                    if let end = afterNumber(num) {
                        i = end
                    } else {
                        i = num.end
                    }
                    continue
                }
                i += 1
            }
            return out
        }

        mutating func emit(_ start: Int, _ end: Int, _ value: Deadline.Value) {
            out.append(Deadline(raw: ScalarText.string(s[start..<end]), value: value))
        }

        // MARK: Forms after a number

        mutating func afterNumber(_ n: Number) -> Int? {
            let j = n.end
            guard j < s.count else { return nil }
            if n.digits == 4, (1900...2199).contains(n.value), s[j] == "年" {
                return yearForm(n, j + 1)
            }
            if s[j] == "季", at(j, "季度"), let q = small(n, max: 4) {
                if before(n.start, "每") || before(n.start, "年") || before(n.start, "年第") { return nil }
                guard !statusOrStart(n.start) else { return nil }
                return quarterForm(start: n.start, year: planYear, quarter: q, j + 2)
            }
            if s[j] == "月", let m = small(n, max: 12) {
                // "每年3月…" belongs to the recurring forms; a month after "…年" whose year was
                // not read is not resolvable.
                if before(n.start, "每年") || before(n.start, "年") { return nil }
                guard !statusOrStart(n.start) else { return nil }
                let year = planYear
                return monthForm(start: n.start, year: year, month: m, j + 1)
            }
            return durationForm(n)
        }

        /// After "YYYY年".
        mutating func yearForm(_ n: Number, _ k: Int) -> Int? {
            let y = n.value
            guard !statusOrStart(n.start) else { return nil }
            // 年底 / 年末 / 年年底 / 年年末.
            var e = k
            if e < s.count, s[e] == "年" { e += 1 }
            if e < s.count, s[e] == "底" || s[e] == "末" {
                e += 1
                if let b = by(e) { e = b } else if startsSomething(e) { return nil }
                emit(n.start, e, .date(year: y, month: 12, day: 31))
                return e
            }
            // 上半年 (before its end).
            if let h = after(k, ["上半年"]) {
                if let b = after(h, ["底前", "末前", "内", "之前", "以前", "前"]) {
                    emit(n.start, b, .date(year: y, month: 6, day: 30))
                    return b
                }
                return nil
            }
            // 年内 + a completion verb.
            if k < s.count, s[k] == "内", completionVerb(at: k + 1) {
                emit(n.start, k + 1, .date(year: y, month: 12, day: 31))
                return k + 1
            }
            // A month.
            if k < s.count, let m = number(at: k), m.end < s.count, s[m.end] == "月", let month = small(m, max: 12) {
                return monthForm(start: n.start, year: y, month: month, m.end + 1)
            }
            // A quarter: "2021年三季度末前", "2021年第3季度前".
            let qk = k < s.count && s[k] == "第" ? k + 1 : k
            if qk < s.count, let q = number(at: qk), at(q.end, "季度"), let quarter = small(q, max: 4) {
                return quarterForm(start: n.start, year: y, quarter: quarter, q.end + 2)
            }
            // The year itself as the limit: "2018年完成…", "于2018年全面完成…".
            if completionVerb(at: k) {
                emit(n.start, k, .date(year: y, month: 12, day: 31))
                return k
            }
            if before(n.start, "于") || before(n.start, "到") || before(n.start, "在")
                || before(n.start, "力争") || before(n.start, "争取") || before(n.start, "确保") {
                var t = k
                while t < s.count, t - k <= 6, !clauseEnd(s[t]) {
                    if completionVerb(at: t) {
                        emit(n.start, k, .date(year: y, month: 12, day: 31))
                        return k
                    }
                    t += 1
                }
            }
            return nil
        }

        /// After "M月" (year known or not).
        mutating func monthForm(start: Int, year: Int?, month m: Int, _ k0: Int) -> Int? {
            let k = k0 < s.count && s[k0] == "份" ? k0 + 1 : k0  // "10月份前"
            func value(_ day: Int?) -> Deadline.Value {
                guard let year else { return .unresolved }
                return .date(year: year, month: m, day: day ?? lastDay(year, m))
            }
            // 底 / 末, optionally followed by 前.
            if k < s.count, s[k] == "底" || s[k] == "末" {
                var e = k + 1
                if let b = by(e) { e = b } else if startsSomething(e) { return nil }
                emit(start, e, value(nil))
                return e
            }
            // 上旬 / 中旬 / 下旬 + 前.
            if let x = after(k, ["上旬", "中旬", "下旬"]), let e = by(x) {
                let day: Int? = s[k] == "上" ? 10 : s[k] == "中" ? 20 : nil
                emit(start, e, value(day))
                return e
            }
            // 前 alone: by the month's end.
            if let e = by(k) {
                emit(start, e, value(nil))
                return e
            }
            // D日前 / D号前.
            if k < s.count, let d = number(at: k), d.end < s.count, s[d.end] == "日" || s[d.end] == "号",
               let day = small(d, max: 31), let e = by(d.end + 1) {
                if let year, day > lastDay(year, m) { return nil }
                emit(start, e, value(day))
                return e
            }
            return nil
        }

        /// After "N季度": by the quarter's end ("三季度末前", "第3季度前", "一季度末").
        mutating func quarterForm(start: Int, year: Int?, quarter q: Int, _ k: Int) -> Int? {
            var e = k
            if e < s.count, s[e] == "末" || s[e] == "底" {
                e += 1
                if let b = by(e) { e = b } else if startsSomething(e) { return nil }
            } else if let b = by(e) {
                e = b
            } else {
                return nil
            }
            let value: Deadline.Value = year.map { .date(year: $0, month: q * 3, day: lastDay($0, q * 3)) } ?? .unresolved
            emit(start, e, value)
            return e
        }

        /// "年底前", "今年底前", "本年年底前", "年内完成": the plan's own year. Without a year these
        /// need 前 (or 内 plus a completion verb): "年底" alone is as often a noun ("年底总结").
        mutating func thisYearEnd(at i: Int) -> Int? {
            var k = i
            if s[i] == "今" || s[i] == "本" {
                guard i + 1 < s.count, s[i + 1] == "年" else { return nil }
                k = i + 1
            } else if i > 0 {
                let p = s[i - 1]
                if digit(p) != nil || isCNNumeral(p) || "每去明前上下次学财当半同该近".unicodeScalars.contains(p) {
                    return nil
                }
            }
            guard !statusOrStart(i) else { return nil }
            let value: Deadline.Value = planYear.map { .date(year: $0, month: 12, day: 31) } ?? .unresolved
            var e = k + 1  // after 年
            if e < s.count, s[e] == "年" { e += 1 }
            if e < s.count, s[e] == "底" || s[e] == "末", let b = by(e + 1) {
                emit(i, b, value)
                return b
            }
            if k + 1 < s.count, s[k + 1] == "内", completionVerb(at: k + 2) {
                emit(i, k + 2, value)
                return k + 2
            }
            return nil
        }

        /// "N个工作日内", "3日内", "两周内", "三个月内", "24小时内".
        /// The words of a span's unit, by unit.
        static let workingDayWords = ["工作日"], dayWords = ["自然日", "日", "天"], weekWords = ["星期", "周"]
        static let monthWords = ["月"], hourWords = ["小时"], yearWords = ["年"], withinWords = ["之内", "以内", "内"]

        /// The first scalars of every unit word: a number followed by anything else (every 一 of
        /// 统一, 进一步, 一是) is no span, told by one bit instead of six word tests.
        static let unitStarts = ScalarSet(
            (workingDayWords + dayWords + weekWords + monthWords + hourWords + yearWords).compactMap(\.unicodeScalars.first))

        mutating func durationForm(_ n: Number) -> Int? {
            var k = n.end
            let counted = k < s.count && s[k] == "个"
            if counted { k += 1 }
            guard k < s.count, Self.unitStarts.contains(s[k]) else { return nil }
            guard let amount = small(n, max: 999) else { return nil }
            // "近三年内" is a span looked back on, not a limit; "5月20日内" is not a span.
            if before(n.start, "近") || before(n.start, "月") || before(n.start, "第") { return nil }
            let unit: Deadline.DurationUnit?
            var e: Int
            if let x = after(k, Self.workingDayWords) { unit = .workingDays; e = x }
            else if let x = after(k, Self.dayWords) { unit = .days; e = x }
            else if let x = after(k, Self.weekWords) { unit = .weeks; e = x }
            else if counted, let x = after(k, Self.monthWords) { unit = .months; e = x }
            else if let x = after(k, Self.hourWords) { unit = nil; e = x }
            else if amount < 100, let x = after(k, Self.yearWords) { unit = .years; e = x }
            else { return nil }
            guard let x = after(e, Self.withinWords) else { return nil }
            e = x
            emit(n.start, e, unit.map { .duration(amount: amount, unit: $0) } ?? .unresolved)
            return e
        }

        // MARK: Helpers

        /// 完成 / 实现 / 建成, possibly after 基本 / 全面 / 全部, and not describing something done
        /// ("2020年完成的项目", "2020年完成情况", "2020年完成率").
        func completionVerb(at i: Int) -> Bool {
            let k = after(i, ["基本", "全面", "全部", "逐步"]) ?? i
            guard let e = after(k, ["完成", "实现", "建成"]) else { return false }
            return after(e, ["的", "情况", "率", "度", "数", "量", "进度"]) == nil
        }

        func clauseEnd(_ c: Unicode.Scalar) -> Bool {
            c == "，" || c == "," || c == "。" || c == "；" || c == ";" || c == "、" || c == "）" || c == ")"
                || c == "：" || c == ":"
        }

        func lastDay(_ y: Int, _ m: Int) -> Int {
            switch m {
            case 2: return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28
            case 4, 6, 9, 11: return 30
            default: return 31
            }
        }
    }
}
