/// `unit-missing`: an item carrying out a national section that names no lead or responsible unit,
/// in a plan whose items mostly do. Local items are left alone: a plan's closing safeguards
/// (提高思想认识) address everyone.
///
/// An item whose text names who acts (「政府信息公开工作主管部门要…」, 「各乡镇街道、各机关要…」) has
/// its owner, in its own words, and is left alone too.
///
/// Why "mostly": a plan that assigns no units at all has chosen not to (a national text, a short
/// notice); one that assigns them to nearly every item and forgets a few has left tasks without an
/// owner.
enum UnitCheck {
    /// The share of items with units from which a plan counts as one that assigns them.
    static let assigningShare = 0.75

    static func run(_ ctx: CheckContext) -> [Finding] {
        let items = ctx.alignment.items
        // Counted by position: a filter copied every item's alignment into an array to count it.
        var named = 0
        for i in items.indices where !items[i].item.node.units.isEmpty { named += 1 }
        guard !items.isEmpty, Double(named) >= assigningShare * Double(items.count), named < items.count else { return [] }
        // A section's own unit with items under it (`PlanItem.headsItems`): plans name the units of
        // such a section under its items, so its own text naming none has not left its duties
        // without one.
        return items.indices.filter { i in
            items[i].item.node.units.isEmpty && !items[i].isLocal && !namesActor(items[i].item.node.text) && !items[i].item.headsItems
        }.map { i in
            let a = items[i]
            return Finding(
                kind: .unitMissing, severity: .warning, section: a.matches.first?.section, requirement: a.requirements.first,
                path: a.item.path, line: a.item.line, text: TextDiff.clauses(a.item.node.text).first ?? a.item.node.text,
                reference: "", message: .unitsMissing(named: named, items: items.count))
        }
    }

    /// Endings of a body's name (区司法局, 各机关, 各乡镇街道, 政务公开办公室), general administrative usage.
    static let bodyEndings: [[Unicode.Scalar]] = [
        "局", "委", "办", "办公室", "机关", "部门", "单位", "街道", "乡镇", "政府", "中心", "小组", "委员会", "管委会",
    ].map { Array($0.unicodeScalars) }
    /// What a body does when the text gives it the task: 要, 应, 负责, 牵头.
    static let duties: Set<Unicode.Scalar> = ["要", "应", "须", "负", "牵"]

    /// Whether the text gives a named body its task: a body's name followed by 要 / 应 / 须 / 负责 / 牵头.
    static func namesActor(_ text: String) -> Bool {
        let s = Array(text.unicodeScalars)
        for i in s.indices.dropFirst() where duties.contains(s[i]) {
            if s[i] == "负" && (i + 1 >= s.count || s[i + 1] != "责") { continue }
            // 部门要求 is a body's demand, not its duty.
            if s[i] == "要" && i + 1 < s.count && s[i + 1] == "求" { continue }
            if s[i] == "牵" && (i + 1 >= s.count || s[i + 1] != "头") { continue }
            if bodyEndings.contains(where: { e in i >= e.count && Array(s[(i - e.count)..<i]) == e }) { return true }
        }
        return false
    }
}
