/// A day of the calendar as documents write it, without time zone or clock: what a signature
/// date, a publication field or a time limit names.
public struct CalendarDate: Hashable, Comparable, Sendable {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads "2021-07-26" (or "2021-7-26"): the form the taxonomy files write. Nil for anything else, or
    /// for a month or day no calendar has.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4,
              parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), (1...31).contains(d)
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// "2021-07-26": the form every report and JSON field uses.
    public var iso: String {
        let mm = month < 10 ? "0\(month)" : "\(month)"
        let dd = day < 10 ? "0\(day)" : "\(day)"
        return "\(year)-\(mm)-\(dd)"
    }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    /// Years a government document can name; outside them a four-digit number is something else
    /// (a serial, a telephone number, an amount).
    static let plausibleYears = 1949...2100
}

/// What a reader found at an index, and where it stopped: the named form of the `(value, end)`
/// tuples the extractors passed around.
struct Read<Value> {
    var value: Value
    var end: Int
}

extension ScalarText {
    /// A four-digit year followed by 年 at `i`: "2021年", "二〇二一年", "二O二一年". Not from the
    /// middle of a longer number.
    static func year(_ t: Scalars, at i: Int) -> Read<Int>? {
        if i > 0, i < t.count, digit(t[i - 1]) != nil { return nil }
        return yearDigits(t, at: i)
    }

    /// Four year digits and 年 at `i`, whatever comes before them: a signature date may follow a
    /// page number once white space is gone ("12021年7月1日" is page 1, then the date).
    private static func yearDigits(_ t: Scalars, at i: Int) -> Read<Int>? {
        guard i >= 0, i + 4 < t.count else { return nil }
        var v = 0
        var j = i
        let arabic = digit(t[i]) != nil
        while j < i + 4 {
            guard let d = arabic ? digit(t[j]) : yearDigit(t[j]) else { return nil }
            v = v * 10 + d
            j += 1
        }
        guard t[j] == "年", CalendarDate.plausibleYears.contains(v) else { return nil }
        return Read(value: v, end: j + 1)
    }

    /// The first year in `t`.
    static func firstYear(in t: Scalars) -> Int? {
        var i = 0
        while i < t.count {
            if let y = year(t, at: i) { return y.value }
            i += 1
        }
        return nil
    }

    /// A date at `i`: "2018年7月12日", "二〇二一年七月三十日", "…30号".
    static func date(_ a: Scalars, at i: Int) -> Read<CalendarDate>? {
        guard i + 6 <= a.count, let y = yearDigits(a, at: i),
            let month = monthOrDay(a, at: y.end), (1...12).contains(month.value), month.end < a.count, a[month.end] == "月",
            let day = monthOrDay(a, at: month.end + 1), (1...31).contains(day.value), day.end < a.count,
            a[day.end] == "日" || a[day.end] == "号"
        else { return nil }
        return Read(value: CalendarDate(year: y.value, month: month.value, day: day.value), end: day.end + 1)
    }

    /// Month or day: one or two Arabic digits, or a Chinese numeral (七, 十二, 三十一).
    static func monthOrDay(_ a: Scalars, at i: Int) -> Read<Int>? {
        guard i < a.count else { return nil }
        if digit(a[i]) != nil {
            var v = 0
            var j = i
            while j < a.count, j - i < 2, let d = digit(a[j]) {
                v = v * 10 + d
                j += 1
            }
            if j < a.count, digit(a[j]) != nil { return nil }
            return Read(value: v, end: j)
        }
        var j = i
        while j < a.count, j - i < 3, ChineseNumeral.isNumeralScalar(a[j]) { j += 1 }
        guard j > i, let v = ChineseNumeral.value(a[i..<j]) else { return nil }
        return Read(value: v, end: j)
    }

    /// "2020-05-06", "2020.5.6", "2020/05/06": the numeric dates of web-page fields.
    static func numericDate(_ a: Scalars, at i: Int) -> CalendarDate? {
        var j = i
        var parts: [Int] = []
        while parts.count < 3 {
            var v = 0
            var n = 0
            while j < a.count, n < (parts.isEmpty ? 4 : 2), let d = digit(a[j]) {
                v = v * 10 + d
                n += 1
                j += 1
            }
            guard n == (parts.isEmpty ? 4 : n), n > 0 else { return nil }
            parts.append(v)
            if parts.count < 3 {
                guard j < a.count, "-./－／".unicodeScalars.contains(a[j]) else { return nil }
                j += 1
            }
        }
        guard CalendarDate.plausibleYears.contains(parts[0]), (1...12).contains(parts[1]), (1...31).contains(parts[2]) else {
            return nil
        }
        return CalendarDate(year: parts[0], month: parts[1], day: parts[2])
    }
}
