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
    /// Section alignment, over (item, section) pairs; a local item is the pair (item, local).
    /// Pairs the analyzer gave gold items and pairs the labels give; a gold item the parser did not
    /// find has no analyzer pairs.
    public var sectionPairsPredicted: Int
    public var sectionPairsGold: Int
    public var sectionPairsCorrect: Int
    /// National sections whose covered / not covered the analyzer got right, of all sections of
    /// the reference it aligned to. Zero sections: no alignment was scored.
    public var coverageCorrect: Int
    public var coverageSections: Int
    /// Gold divergences, and those the check reported on the right item with the right kind (and,
    /// for a list omission, at least the gold missing members). Zero gold: no check was scored.
    public var divergencesGold: Int = 0
    public var divergencesFound: Int = 0
    /// Everything the check reported on the plan (the labels are not exhaustive: context, not a rate).
    public var divergencesReported: Int = 0
    /// Gold divergences found on their item under any kind, with a word in common (`DivergenceTally`).
    public var divergencesLenient: Int = 0
    /// Per labelled kind.
    public var divergencesByKind: [String: DivergenceTally] = [:]

    public init(
        items: Int = 0, found: Int = 0, unitsMatched: Int = 0, deadlinesMatched: Int = 0,
        sectionPairsPredicted: Int = 0, sectionPairsGold: Int = 0, sectionPairsCorrect: Int = 0,
        coverageCorrect: Int = 0, coverageSections: Int = 0
    ) {
        self.items = items
        self.found = found
        self.unitsMatched = unitsMatched
        self.deadlinesMatched = deadlinesMatched
        self.sectionPairsPredicted = sectionPairsPredicted
        self.sectionPairsGold = sectionPairsGold
        self.sectionPairsCorrect = sectionPairsCorrect
        self.coverageCorrect = coverageCorrect
        self.coverageSections = coverageSections
    }

    public var itemRecall: Double { Self.rate(found, items) }
    /// Not-found items count as wrong: the denominator is all gold items.
    public var unitAccuracy: Double { Self.rate(unitsMatched, items) }
    public var deadlineAccuracy: Double { Self.rate(deadlinesMatched, items) }
    public var sectionPrecision: Double { Self.rate(sectionPairsCorrect, sectionPairsPredicted) }
    public var sectionRecall: Double { Self.rate(sectionPairsCorrect, sectionPairsGold) }
    /// NaN when both are undefined; 0 when nothing is right.
    public var sectionF1: Double {
        let p = sectionPrecision, r = sectionRecall
        guard p.isFinite, r.isFinite else { return .nan }
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }
    public var coverageAccuracy: Double { Self.rate(coverageCorrect, coverageSections) }
    public var divergenceRecall: Double { Self.rate(divergencesFound, divergencesGold) }
    public var divergenceRecallLenient: Double { Self.rate(divergencesLenient, divergencesGold) }

    /// NaN when there are no gold items: the rate is undefined, not 0 or 1. JSON writes it `null`,
    /// the text report "-".
    static func rate(_ part: Int, _ whole: Int) -> Double {
        whole == 0 ? .nan : Double(part) / Double(whole)
    }

    public static func + (a: ScoreCounts, b: ScoreCounts) -> ScoreCounts {
        ScoreCounts(
            items: a.items + b.items, found: a.found + b.found,
            unitsMatched: a.unitsMatched + b.unitsMatched,
            deadlinesMatched: a.deadlinesMatched + b.deadlinesMatched,
            sectionPairsPredicted: a.sectionPairsPredicted + b.sectionPairsPredicted,
            sectionPairsGold: a.sectionPairsGold + b.sectionPairsGold,
            sectionPairsCorrect: a.sectionPairsCorrect + b.sectionPairsCorrect,
            coverageCorrect: a.coverageCorrect + b.coverageCorrect,
            coverageSections: a.coverageSections + b.coverageSections)
            .adding(divergences: b, to: a)
    }

    private func adding(divergences b: ScoreCounts, to a: ScoreCounts) -> ScoreCounts {
        var c = self
        c.divergencesGold = a.divergencesGold + b.divergencesGold
        c.divergencesFound = a.divergencesFound + b.divergencesFound
        c.divergencesReported = a.divergencesReported + b.divergencesReported
        c.divergencesLenient = a.divergencesLenient + b.divergencesLenient
        c.divergencesByKind = a.divergencesByKind.merging(b.divergencesByKind, uniquingKeysWith: +)
        return c
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
        /// Section ids, "local" for local content.
        case sectionsDiffer(expected: [String], got: [String])
        /// A national section the labels and the analyzer disagree on covering.
        case coverageDiffers(section: String, expected: Bool)
        /// A gold divergence the check did not report on that item with that kind (or, for a list
        /// omission, without all the missing members); `got` lists the kinds it did report there.
        case divergenceMissed(kind: String, section: String, got: [String])
        /// The analyzer aligned the plan to another year's key points than the labels name: every
        /// section score of the plan is then meaningless, and says so first.
        case referenceDiffers(expected: Int, got: Int)
    }

    public var anchor: String
    /// Whether the miss is only about divergences (not about the item's own parse or alignment).
    public var isDivergenceOnly: Bool {
        problems.allSatisfy { if case .divergenceMissed = $0 { return true } else { return false } }
    }
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
    /// Section alignment and coverage of the plain baseline, when one was scored.
    public var baseline: ScoreCounts?
    /// Divergence counts of the check against the reference compiled from its wording alone (no
    /// hand-written `list`, `requires`, `scope` or `deadline` lines), when one was run.
    public var wordingOnly: ScoreCounts?
    /// The labelled divergences the check finds with the curated lines and misses against the
    /// wording alone: what the general rules do not yet read.
    public var wordingOnlyMisses: [Miss] = []
    /// The topic layer against the labelled sections' topics, when a taxonomy was given.
    public var topics: TopicScores?
    /// Gold items with any problem, in gold (document) order; coverage disagreements last.
    public var misses: [Miss]

    public init(plan: String, counts: ScoreCounts, baseline: ScoreCounts? = nil, misses: [Miss] = []) {
        self.plan = plan
        self.counts = counts
        self.baseline = baseline
        self.misses = misses
    }

    public subscript<T>(dynamicMember keyPath: KeyPath<ScoreCounts, T>) -> T {
        counts[keyPath: keyPath]
    }
}

/// Scores one parsed plan against its gold labels.
public enum Scorer {
    /// Scores parsing, and, when given, the alignment of the plan and a baseline's.
    public static func score(
        plan: Plan, gold: GoldPlan, alignment: Alignment? = nil, baseline: Alignment? = nil, check: CheckResult? = nil,
        wordingOnly: CheckResult? = nil, taxonomy: Taxonomy? = nil
    ) -> PlanScores {
        let matcher = ItemMatcher(plan: plan)
        var counts = ScoreCounts(items: gold.items.count)
        var misses: [Miss] = []
        if let check {
            let (divergenceCounts, divergenceMisses) = scoreDivergences(gold: gold, matcher: matcher, check: check)
            counts = counts + divergenceCounts
            misses += divergenceMisses
        }
        if let alignment {
            let (sectionCounts, sectionMisses) = scoreSections(gold: gold, matcher: matcher, alignment: alignment)
            counts = counts + sectionCounts
            misses += sectionMisses
        }

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
        // Item misses in gold order (a section miss joins its item's other problems), coverage last.
        var merged: [Miss] = []
        for miss in misses {
            if let i = merged.firstIndex(where: { $0.anchor == miss.anchor && !$0.anchor.isEmpty }) {
                merged[i].problems += miss.problems
                merged[i].line = merged[i].line ?? miss.line
            } else {
                merged.append(miss)
            }
        }
        let order = Dictionary(gold.items.enumerated().map { ($1.anchor, $0) }, uniquingKeysWith: { a, _ in a })
        func rank(_ miss: Miss) -> Int {
            if case .referenceDiffers? = miss.problems.first { return -1 }
            return order[miss.anchor] ?? Int.max
        }
        merged = merged.enumerated().sorted { a, b in
            let x = rank(a.element), y = rank(b.element)
            return x != y ? x < y : a.offset < b.offset
        }.map(\.element)
        let baselineCounts = baseline.map { scoreSections(gold: gold, matcher: matcher, alignment: $0).counts }
        var scores = PlanScores(plan: gold.plan, counts: counts, baseline: baselineCounts, misses: merged)
        scores.topics = taxonomy.flatMap { TopicScores.score(plan: plan, gold: gold, matcher: matcher, taxonomy: $0) }
        if let wordingOnly {
            let (wordingCounts, wordingMisses) = scoreDivergences(gold: gold, matcher: matcher, check: wordingOnly)
            scores.wordingOnly = wordingCounts
            let missed = Set(misses.filter(\.isDivergenceOnly).map(\.anchor))
            scores.wordingOnlyMisses = wordingMisses.filter { !missed.contains($0.anchor) }
        }
        return scores
    }

    /// Divergence recall by the rules of FORMAT.md: the right item, the right kind, and for a list
    /// omission every gold missing member among the reported ones (either containing the other,
    /// white space and punctuation aside: labels and reports cut members differently).
    static func scoreDivergences(gold: GoldPlan, matcher: ItemMatcher, check: CheckResult) -> (counts: ScoreCounts, misses: [Miss]) {
        var counts = ScoreCounts()
        counts.divergencesGold = gold.divergences.count
        counts.divergencesReported = check.findings.count
        var misses: [Miss] = []
        for d in gold.divergences {
            var tally = DivergenceTally(gold: 1)
            defer { counts.divergencesByKind[d.kind, default: DivergenceTally()] = counts.divergencesByKind[d.kind, default: DivergenceTally()] + tally }
            guard case let .item(item) = matcher.locate(anchor: d.anchor) else {
                misses.append(Miss(anchor: d.anchor, line: nil, problems: [.divergenceMissed(kind: d.kind, section: d.section, got: [])]))
                continue
            }
            let here = check.findings.filter { $0.path == item.path }
            let found = here.contains { f in
                guard f.kind.rawValue == d.kind else { return false }
                guard d.kind == Finding.Kind.listOmission.rawValue else { return true }
                return d.missing.allSatisfy { g in overlaps(g, f.missing) }
            }
            let words = d.missing + d.added
            let lenient = found || here.contains { f in
                words.isEmpty || words.contains { overlaps($0, f.missing + f.added) }
            }
            if found {
                counts.divergencesFound += 1
                tally.strict = 1
            } else {
                misses.append(Miss(anchor: d.anchor, line: item.line, problems: [.divergenceMissed(kind: d.kind, section: d.section, got: here.map(\.kind.rawValue))]))
            }
            if lenient {
                counts.divergencesLenient += 1
                tally.lenient = 1
            }
        }
        return (counts, misses)
    }

    /// Whether `word` and one of `words` contain one another, white space and punctuation aside:
    /// labels and reports cut members differently.
    static func overlaps(_ word: String, _ words: [String]) -> Bool {
        let g = MatchText(word)
        guard !g.isEmpty else { return false }
        return words.map(MatchText.init).contains { !$0.isEmpty && ($0.contains(g) || g.contains($0)) }
    }

    /// Section pairs and coverage by the rules of FORMAT.md.
    static func scoreSections(gold: GoldPlan, matcher: ItemMatcher, alignment: Alignment) -> (counts: ScoreCounts, misses: [Miss]) {
        var counts = ScoreCounts()
        var misses: [Miss] = []
        if alignment.year != gold.reference {
            misses.append(Miss(anchor: "", line: nil, problems: [.referenceDiffers(expected: gold.reference, got: alignment.year)]))
        }
        let byPath = Dictionary(alignment.items.map { ($0.item.path, $0) }, uniquingKeysWith: { a, _ in a })
        for goldItem in gold.items {
            let expected = goldItem.sections.isEmpty ? ["local"] : goldItem.sections
            counts.sectionPairsGold += expected.count
            guard case let .item(item) = matcher.locate(anchor: goldItem.anchor), let aligned = byPath[item.path] else { continue }
            let got = aligned.isLocal ? ["local"] : aligned.sections.map(\.rawValue)
            counts.sectionPairsPredicted += got.count
            counts.sectionPairsCorrect += Set(got).intersection(expected).count
            if Set(got) != Set(expected) {
                misses.append(Miss(anchor: goldItem.anchor, line: item.line, problems: [.sectionsDiffer(expected: expected, got: got)]))
            }
        }
        let goldCovered = Set(gold.items.flatMap(\.sections))
        for section in alignment.coverage {
            counts.coverageSections += 1
            let expected = goldCovered.contains(section.section.rawValue)
            if expected == section.isCovered {
                counts.coverageCorrect += 1
            } else {
                misses.append(Miss(anchor: "", line: nil, problems: [.coverageDiffers(section: section.section.rawValue, expected: expected)]))
            }
        }
        return (counts, misses)
    }
}
