/// Names the levels of the tree: part, section, item, sub-item.
///
/// A level's kind follows from its depth and the families its markers use, not from the family
/// alone: the national ladder is 一、 > （一） > 1. > （1）, and a plan's levels are fitted to that
/// ladder at the offset that best agrees with their markers. A plan with three levels starts at
/// part unless its markers clearly say otherwise; a flat list is a list of items.
enum KindAssigner {
    static let ladder: [NodeKind] = [.part, .section, .item, .subItem]

    /// The rung a level key points to, and how much that is worth: 一、 and （一） are used the
    /// national way almost always; Arabic markers serve any level ("1、" parts, "（1）" sections)
    /// and weigh little.
    static func rank(_ key: TreeBuilder.LevelKey) -> (rung: Int, weight: Double) {
        switch key {
        case .family(let f):
            switch f {
            case .cjkComma: return (0, 1)
            case .cjkParen: return (1, 1)
            case .arabicDot: return (2, 0.5)
            case .arabicComma: return (2, 0.1)
            case .arabicParen, .circled: return (3, 0.25)
            // 第一部分 and 第一章 head parts; 第一节 a section; a dotted number sits one rung
            // below the number it extends ("1.1" a section under "1"), weighing little.
            case .partWord, .chapterWord: return (0, 1)
            case .sectionWord: return (1, 0.5)
            case .dottedTwo: return (1, 0.25)
            case .dottedThree: return (2, 0.25)
            case .dottedFour: return (3, 0.25)
            }
        case .tableSection: return (1, 1)
        case .tableItem, .paragraphItem: return (2, 1)
        case .paragraph: return (0, 0)
        }
    }

    /// Kind per depth (index 0 = top level) for a tree whose drafts are given.
    static func kinds(_ drafts: [TreeBuilder.Draft]) -> [NodeKind] {
        // Only each level's depth and key: a filtered copy of the drafts retained every array they hold.
        let levels = drafts.lazy.filter { !$0.isParagraph }.map { (depth: $0.depth, key: $0.key) }
        guard let maxDepth = levels.map(\.depth).max() else { return [] }
        let depthCount = maxDepth + 1
        if depthCount == 1 { return [.item] }
        // Per depth, the key most of its nodes use.
        var dominant: [(rung: Int, weight: Double)] = []
        for d in 0..<depthCount {
            var votes: [TreeBuilder.LevelKey: Int] = [:]
            var firstSeen: [TreeBuilder.LevelKey: Int] = [:]
            for (n, level) in levels.enumerated() where level.depth == d {
                votes[level.key, default: 0] += 1
                if firstSeen[level.key] == nil { firstSeen[level.key] = n }
            }
            // Most nodes, then the heavier key; on a full tie the key seen first, never the
            // Dictionary's order (seeded per process: the same plan read twice could differ).
            let best = votes.max { a, b in
                if a.value != b.value { return a.value < b.value }
                let (wa, wb) = (rank(a.key).weight, rank(b.key).weight)
                if wa != wb { return wa < wb }
                return (firstSeen[a.key] ?? 0) > (firstSeen[b.key] ?? 0)
            }
            dominant.append(best.map { rank($0.key) } ?? (0, 0))
        }
        let maxOffset = max(0, 3 - (depthCount - 1))
        var bestOffset = 0
        var bestCost = Double.infinity
        for offset in 0...maxOffset {
            var cost = 0.0
            for d in 0..<depthCount { cost += dominant[d].weight * Double(abs(dominant[d].rung - min(offset + d, 3))) }
            // Three levels or more read as parts, sections, items unless the markers say otherwise.
            if offset > 0 && depthCount >= 3 { cost += 1.0 }
            if cost < bestCost { bestCost = cost; bestOffset = offset }
        }
        // Below the top, a level whose markers speak clearly may skip a rung: "一、" parts with
        // "1." items directly under them are parts and items, not parts and sections.
        var rungs = [min(bestOffset, 3)]
        for d in 1..<depthCount {
            let next = rungs[d - 1] + 1
            let preferred = dominant[d].weight >= 0.5 ? dominant[d].rung : next
            rungs.append(min(max(next, preferred), 3))
        }
        return rungs.map { ladder[$0] }
    }
}
