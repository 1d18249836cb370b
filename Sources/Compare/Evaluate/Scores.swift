/// Counts of gold items and how many the analyzer got right; the rates are derived from them so
/// per-plan and micro-averaged scores are computed one way.
///
/// Why counts and not rates: micro averages are sums of counts over all gold items of all plans,
/// and a later score (section alignment, coverage) adds its counts here and its line to
/// `EvaluationReport.scoreColumns`.
public struct ScoreCounts: Hashable, Sendable {
    /// Gold items: the denominator of every rate below.
    public var items: Int
    /// Gold anchors that landed on one of `Plan.items`.
    public var found: Int
    /// Found items whose lead and responsible texts both match.
    public var unitsMatched: Int
    /// Found items whose deadlines match (see `ItemMatcher.deadlinesMatch`).
    public var deadlinesMatched: Int

    public init(items: Int = 0, found: Int = 0, unitsMatched: Int = 0, deadlinesMatched: Int = 0) {
        self.items = items
        self.found = found
        self.unitsMatched = unitsMatched
        self.deadlinesMatched = deadlinesMatched
    }

    public var itemRecall: Double { Self.rate(found, items) }
    /// Not-found items count as wrong: the denominator is all gold items.
    public var unitAccuracy: Double { Self.rate(unitsMatched, items) }
    public var deadlineAccuracy: Double { Self.rate(deadlinesMatched, items) }

    /// NaN when there are no gold items: the rate is undefined, not 0 or 1. JSON writes it `null`,
    /// the text report "-".
    static func rate(_ part: Int, _ whole: Int) -> Double {
        whole == 0 ? .nan : Double(part) / Double(whole)
    }

    public static func + (a: ScoreCounts, b: ScoreCounts) -> ScoreCounts {
        ScoreCounts(
            items: a.items + b.items, found: a.found + b.found,
            unitsMatched: a.unitsMatched + b.unitsMatched,
            deadlinesMatched: a.deadlinesMatched + b.deadlinesMatched)
    }
}

/// A gold item the analyzer got wrong, and how: enough to start a diagnosis without a debugger.
public struct Miss: Hashable, Sendable {
    public enum Problem: Hashable, Sendable {
        /// No node's text contains the anchor.
        case notFound
        /// The anchor's deepest node is not a task unit (`Plan.items`).
        case notAnItem(kind: NodeKind, line: Int)
        case leadDiffers(expected: [String], got: [String])
        case responsibleDiffers(expected: [String], got: [String])
        /// Expected: gold deadlines as written; got: the reported `Deadline.raw`s.
        case deadlinesDiffer(expected: [String], got: [String])
    }

    public var anchor: String
    /// First line of the node the anchor landed on, when it landed on one.
    public var line: Int?
    public var problems: [Problem]

    public init(anchor: String, line: Int?, problems: [Problem]) {
        self.anchor = anchor
        self.line = line
        self.problems = problems
    }
}

/// One plan's scores against its gold labels.
///
/// Reads its counts and rates through `counts` (`scores.itemRecall` works as a shorthand).
@dynamicMemberLookup
public struct PlanScores: Hashable, Sendable {
    /// The plan's file name, as the gold file gives it.
    public var plan: String
    public var counts: ScoreCounts
    /// Gold items with any problem, in gold (document) order.
    public var misses: [Miss]

    public init(plan: String, counts: ScoreCounts, misses: [Miss] = []) {
        self.plan = plan
        self.counts = counts
        self.misses = misses
    }

    public subscript<T>(dynamicMember keyPath: KeyPath<ScoreCounts, T>) -> T {
        counts[keyPath: keyPath]
    }
}

/// Scores one parsed plan against its gold labels.
public enum Scorer {
    public static func score(plan: Plan, gold: GoldPlan) -> PlanScores {
        let matcher = ItemMatcher(plan: plan)
        var counts = ScoreCounts(items: gold.items.count)
        var misses: [Miss] = []

        for goldItem in gold.items {
            switch matcher.locate(anchor: goldItem.anchor) {
            case .nowhere:
                misses.append(Miss(anchor: goldItem.anchor, line: nil, problems: [.notFound]))
            case let .otherNode(node):
                misses.append(Miss(
                    anchor: goldItem.anchor, line: node.lines.lowerBound,
                    problems: [.notAnItem(kind: node.kind, line: node.lines.lowerBound)]))
            case let .item(item):
                counts.found += 1
                let units = item.node.units
                var problems: [Miss.Problem] = []
                let leadOK = ItemMatcher.unitsMatch(gold: goldItem.lead, parsed: units.lead)
                let responsibleOK = ItemMatcher.unitsMatch(gold: goldItem.responsible, parsed: units.responsible)
                if !leadOK { problems.append(.leadDiffers(expected: goldItem.lead, got: units.lead)) }
                if !responsibleOK {
                    problems.append(.responsibleDiffers(expected: goldItem.responsible, got: units.responsible))
                }
                if leadOK && responsibleOK { counts.unitsMatched += 1 }
                if ItemMatcher.deadlinesMatch(gold: goldItem.deadlines, parsed: item.node.deadlines) {
                    counts.deadlinesMatched += 1
                } else {
                    problems.append(.deadlinesDiffer(
                        expected: goldItem.deadlines, got: item.node.deadlines.map(\.raw)))
                }
                if !problems.isEmpty {
                    misses.append(Miss(anchor: goldItem.anchor, line: item.line, problems: problems))
                }
            }
        }
        return PlanScores(plan: gold.plan, counts: counts, misses: misses)
    }
}
