/// `unit-missing`: an item carrying out a national section that names no lead or responsible unit,
/// in a plan whose items mostly do. Local items are left alone: a plan's closing safeguards
/// (提高思想认识) address everyone.
///
/// Why "mostly": a plan that assigns no units at all has chosen not to (a national text, a short
/// notice); one that assigns them to nearly every item and forgets a few has left tasks without an
/// owner.
enum UnitCheck {
    /// The share of items with units from which a plan counts as one that assigns them.
    static let assigningShare = 0.75

    static func run(_ ctx: CheckContext) -> [Finding] {
        let items = ctx.alignment.items
        let named = items.filter { !$0.item.node.units.isEmpty }.count
        guard !items.isEmpty, Double(named) >= assigningShare * Double(items.count), named < items.count else { return [] }
        return items.indices.filter { items[$0].item.node.units.isEmpty && !items[$0].isLocal }.map { i in
            let a = items[i]
            return Finding(
                kind: .unitMissing, severity: .warning, section: a.matches.first?.section, requirement: a.requirements.first,
                path: a.item.path, line: a.item.line, text: TextDiff.clauses(a.item.node.text).first ?? a.item.node.text,
                reference: "", note: "No lead or responsible unit, where \(named) of the plan's \(items.count) items name theirs")
        }
    }
}
