/// Recurring limits: a plan that asks for a monthly or quarterly report sets a day in each period
/// ("每月30日前", "每季度首月10日前"), not one date, so these are read before any bare number.
extension DeadlineExtractor.Scanner {
    /// "每月30日前", "每周五前", "每季度末", "每年3月底前".
    mutating func recurring(at i: Int) -> Int? {
        if let k = after(i, ["每个月", "每月"]) {
            if k < s.count, let d = number(at: k), d.end < s.count, s[d.end] == "日" || s[d.end] == "号",
               let day = small(d, max: 31), let e = by(d.end + 1) {
                emit(i, e, .recurring(period: .month, day: day))
                return e
            }
            if let x = after(k, ["底", "末"]) {
                let e = by(x) ?? x
                emit(i, e, .unresolved)
                return e
            }
            return nil
        }
        if let k = after(i, ["每个季度", "每季度"]) {
            if let x = after(k, ["末", "底"]) {
                let e = by(x) ?? x
                emit(i, e, .unresolved)
                return e
            }
            let m = after(k, ["第一个月", "首月"]) ?? k
            if m < s.count, let d = number(at: m), d.end < s.count, s[d.end] == "日" || s[d.end] == "号",
               let day = small(d, max: 31), let e = by(d.end + 1) {
                emit(i, e, .recurring(period: .quarter, day: day))
                return e
            }
            return nil
        }
        if let k = after(i, ["每周", "每星期"]) {
            let days: [Unicode.Scalar: Int] = ["一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "日": 7, "天": 7]
            if k < s.count, let day = days[s[k]], let e = by(k + 1) {
                emit(i, e, .recurring(period: .week, day: day))
                return e
            }
            return nil
        }
        if let k = after(i, ["每年"]) {
            if let x = after(k, ["年底", "年末", "底", "末"]), let e = by(x) {
                emit(i, e, .unresolved)
                return e
            }
            if k < s.count, let m = number(at: k), m.end < s.count, s[m.end] == "月", small(m, max: 12) != nil {
                let mk = m.end + 1
                if mk < s.count, s[mk] == "底" || s[mk] == "末" {
                    let e = by(mk + 1) ?? (mk + 1)
                    emit(i, e, .unresolved)
                    return e
                }
                if let e = by(mk) {
                    emit(i, e, .unresolved)
                    return e
                }
                if mk < s.count, let d = number(at: mk), d.end < s.count, s[d.end] == "日" || s[d.end] == "号",
                   small(d, max: 31) != nil, let e = by(d.end + 1) {
                    emit(i, e, .unresolved)
                    return e
                }
            }
            return nil
        }
        return nil
    }
}
