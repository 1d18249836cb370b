/// Names the levels of the tree: part, section, item, sub-item.
///
/// A level's kind follows from its depth and the families its markers use, not from the family
/// alone: the national ladder is 一、 > （一） > 1. > （1）, and a plan's levels are fitted to that
/// ladder at the offset that best agrees with their markers. A plan with three levels starts at
/// part unless its markers clearly say otherwise; a flat list is a list of items.
enum KindAssigner {
    static let ladder: [NodeKind] = [.part, .section, .item, .subItem]

    static func rank(_ key: TreeBuilder.LevelKey) -> Int {
        switch key {
        case .family(let f):
            switch f {
            case .cjkComma: return 0
            case .cjkParen: return 1
            case .arabicDot, .arabicComma: return 2
            case .arabicParen, .circled: return 3
            }
        case .tableSection: return 1
        case .tableItem: return 2
        case .paragraph: return 0
        }
    }

    /// Kind per depth (index 0 = top level) for a tree whose drafts are given.
    static func kinds(_ drafts: [TreeBuilder.Draft]) -> [NodeKind] {
        let levels = drafts.filter { !$0.isParagraph }
        guard let maxDepth = levels.map(\.depth).max() else { return [] }
        let depthCount = maxDepth + 1
        if depthCount == 1 { return [.item] }
        var dominant: [Int] = []
        for d in 0..<depthCount {
            var votes = [0, 0, 0, 0]
            for draft in levels where draft.depth == d { votes[rank(draft.key)] += 1 }
            let best = votes.indices.max { a, b in votes[a] < votes[b] || votes[a] == votes[b] && a > b } ?? 0
            dominant.append(best)
        }
        let maxOffset = max(0, 3 - (depthCount - 1))
        var bestOffset = 0
        var bestCost = Double.infinity
        for offset in 0...maxOffset {
            var cost = 0.0
            for d in 0..<depthCount { cost += Double(abs(dominant[d] - min(offset + d, 3))) }
            if offset > 0 && depthCount >= 3 { cost += 1.5 }
            if cost < bestCost { bestCost = cost; bestOffset = offset }
        }
        return (0..<depthCount).map { ladder[min(bestOffset + $0, 3)] }
    }
}
