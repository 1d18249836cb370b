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
            // 第一条 numbers a plan's second rank as （一） does, articles under its parts.
            case .articleWord: return (1, 1)
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
        var levels: [(depth: Int, key: TreeBuilder.LevelKey)] = []
        levels.reserveCapacity(drafts.count)
        for i in drafts.indices where !drafts[i].isParagraph { levels.append((drafts[i].depth, drafts[i].key)) }
        guard let maxDepth = levels.map(\.depth).max() else { return [] }
        let depthCount = maxDepth + 1
        if depthCount == 1 { return [.item] }
        let dominant = dominantRanks(levels, depthCount: depthCount)
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

    /// Per depth, the rank of the key most of its nodes use: each key's count and first place,
    /// in one pass (a level holds a handful of keys: a list, where a dictionary per depth hashed
    /// every key). Most nodes, then the heavier key; on a full tie the key seen first (keys differ
    /// in their first place, so the order they are tried in never decides).
    static func dominantRanks(_ levels: [(depth: Int, key: TreeBuilder.LevelKey)], depthCount: Int) -> [(rung: Int, weight: Double)] {
        var tallies = Array(repeating: [(key: TreeBuilder.LevelKey, count: Int, first: Int)](), count: depthCount)
        for (n, level) in levels.enumerated() {
            if let k = tallies[level.depth].firstIndex(where: { $0.key == level.key }) {
                tallies[level.depth][k].count += 1
            } else {
                tallies[level.depth].append((level.key, 1, n))
            }
        }
        return tallies.map { keys in
            let best = keys.max { a, b in
                if a.count != b.count { return a.count < b.count }
                let (wa, wb) = (rank(a.key).weight, rank(b.key).weight)
                if wa != wb { return wa < wb }
                return a.first > b.first
            }
            return best.map { rank($0.key) } ?? (0, 0)
        }
    }
}
