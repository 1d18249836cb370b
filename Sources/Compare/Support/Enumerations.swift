/// The 、-lists of a text (限额、余额、发行…等), as lists of members.
///
/// Why a heuristic, and which: an enumeration's first member is glued to the words before it
/// (定期公开地方政府债务限额) and its last to what follows (偿债资金来源等信息), so the edges are cut
/// to the length the inner members have, at 等, and at a final 和 / 及 / 以及 that joins one more.
public enum Enumerations {
    /// Lists of at least `minimum` members, in text order. With `cutFirst` false the first member
    /// of the first clause is kept whole: the caller has already cut the words before the list.
    public static func extract(_ text: String, minimum: Int = 3, cutFirst: Bool = true) -> [[String]] {
        var lists: [[String]] = []
        for (n, clause) in clauses(text).enumerated() {
            var parts = clause.split(separator: "、", omittingEmptySubsequences: false).map { String($0) }
            guard parts.count >= 2 else { continue }
            let inner = parts.count > 2 ? Array(parts[1..<(parts.count - 1)]) : [parts[1]]
            let lengths = inner.map(\.count).sorted()
            let typical = max(2, lengths[lengths.count / 2])

            if cutFirst || n > 0 {
                parts[0] = strippingLeadVerbs(parts[0])
                if parts[0].count > typical { parts[0] = String(parts[0].suffix(typical)) }
            }
            var last = parts[parts.count - 1]
            var closed = false
            if let deng = last.firstIndex(of: "等") {
                last = String(last[..<deng])
                closed = true
            }
            var tail: [String] = []
            for joiner in ["以及", "和", "及"] {
                if let r = last.range(of: joiner, options: .backwards), r.lowerBound != last.startIndex {
                    let after = String(last[r.upperBound...])
                    if !after.isEmpty && after.count <= typical * 2 {
                        tail = [after]
                        last = String(last[..<r.lowerBound])
                    }
                    break
                }
            }
            // Without 等 the last member runs on into the sentence; with it, it ends there.
            if last.count > (closed ? 12 : typical * 2) { last = String(last.prefix(typical)) }
            parts[parts.count - 1] = last
            let members = (parts + tail).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            if members.count >= minimum { lists.append(members) }
        }
        return lists
    }

    /// Verbs that open a clause before its list (做好教育、卫生…): not part of the first member.
    static let leadVerbs = ["做好", "加强", "推进", "围绕", "涉及", "包括", "公开", "公布", "落实", "重点", "聚焦", "关注", "定期", "及时", "主动"]

    static func strippingLeadVerbs(_ member: String) -> String {
        var m = Substring(member)
        var changed = true
        while changed {
            changed = false
            for verb in leadVerbs where m.hasPrefix(verb) && m.count > verb.count + 1 {
                m = m.dropFirst(verb.count)
                changed = true
            }
        }
        return String(m)
    }

    /// Pieces between clause punctuation, quotes and brackets excluded from splitting: a list may
    /// hold “一网通查”、“一网通办”.
    static func clauses(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        for ch in text {
            switch ch {
            case "，", "。", "；", "：", ",", ";", ":", "！", "？", "（", "）", "(", ")", "\n":
                if !current.isEmpty { out.append(current) }
                current = ""
            case "“", "”", "‘", "’", "\"", "《", "》":
                continue
            default:
                current.append(ch)
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }
}
