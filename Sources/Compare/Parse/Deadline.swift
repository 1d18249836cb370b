/// A time limit an item states, kept as written and, where possible, read into a date or duration.
public struct Deadline: Hashable, Sendable {
    /// What the deadline was read into.
    public enum Value: Hashable, Sendable {
        /// By a calendar date ("2021年底前" → 2021-12-31; "10月底前" takes the plan's year).
        case date(year: Int, month: Int, day: Int)
        /// Within a span of time ("20个工作日内", "3日内").
        case duration(amount: Int, unit: DurationUnit)
        /// By a day of every period ("每月30日前").
        case recurring(period: Period, day: Int)
        /// Recognised as a time limit but not read into a value.
        case unresolved
    }

    public enum DurationUnit: String, Hashable, Sendable {
        case workingDays = "working-days"
        case days, weeks, months, years
    }

    public enum Period: String, Hashable, Sendable {
        case month, quarter, year, week
    }

    /// The deadline as the plan writes it, white space removed ("2021年底前", "到2018年年底前").
    public var raw: String
    public var value: Value

    public init(raw: String, value: Value) {
        self.raw = raw
        self.value = value
    }

    /// A stable, sortable spelling of `value`: "2021-12-31", "P20WD" (working days), "P3D",
    /// "monthly:30"; nil when unresolved.
    public var normalized: String? {
        switch value {
        case let .date(y, m, d):
            func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
            return "\(y)-\(pad(m))-\(pad(d))"
        case let .duration(amount, unit):
            switch unit {
            case .workingDays: return "P\(amount)WD"
            case .days: return "P\(amount)D"
            case .weeks: return "P\(amount)W"
            case .months: return "P\(amount)M"
            case .years: return "P\(amount)Y"
            }
        case let .recurring(period, day):
            let name: String
            switch period {
            case .month: name = "monthly"
            case .quarter: name = "quarterly"
            case .year: name = "yearly"
            case .week: name = "weekly"
            }
            return "\(name):\(day)"
        case .unresolved:
            return nil
        }
    }
}
