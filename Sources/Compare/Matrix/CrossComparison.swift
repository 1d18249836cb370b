/// Compares plans across jurisdictions and years: each plan is aligned and checked against its
/// reference, then the results are laid side by side.
///
/// Why plans of different years meet through topics: each year's national points have their own
/// sections (2018 has no epidemic section, 2021 no 政务服务 one), so a section row would be empty for
/// every plan of the other year; a topic names the same subject in both years' sections.
public enum CrossComparison {
    /// Plans already aligned and checked (`Pipeline.compare`; the main job checks every plan once
    /// and lays the same results side by side in each comparison), in the order given. Each plan
    /// follows its own reference; plans of more than one reference meet through topics, so each
    /// alignment must carry its items' topics (`TopicIndex.assign`), as the pipeline's do.
    public static func run(checked plans: [CheckedPlan], taxonomy: Taxonomy) -> Comparison {
        var phrases: [String: LocalisationIndex.Phrases] = [:]
        var names: [String] = []
        var references: [Reference] = []
        for p in plans where phrases[p.reference.name] == nil {
            phrases[p.reference.name] = LocalisationIndex.Phrases(p.reference)
            names.append(p.reference.name)
            references.append(p.reference)
        }
        // Topic rows gather what each item is about from the topic layer (the alignments carry
        // the items' topics), not from its sections.
        let checked = plans.map { p in
            Checked(plan: p.plan, reference: p.reference, alignment: p.alignment, result: p.result, phrases: phrases[p.reference.name]!)
        }
        let ranks = ranking(checked)
        var compared = checked.map(describe)
        // Ranks count from 1 within each reference, as the ranking orders them; a plan the
        // reference wording was drawn from keeps rank 0 (not ranked).
        var counted: [String: Int] = [:]
        for i in ranks where !checked[i].drawnFrom {
            counted[checked[i].reference.name, default: 0] += 1
            compared[i].rank = counted[checked[i].reference.name]!
        }
        let rows: Comparison.Rows = names.count > 1 ? .topics : .sections
        let matrix = rows == .topics
            ? topicRows(checked, references: references, topics: taxonomy.topics)
            : sectionRows(checked, reference: references.first)
        return Comparison(
            rows: rows, references: names, plans: compared, ranking: ranks, matrix: matrix,
            requirements: references.flatMap { requirements(checked, reference: $0) },
            givenReference: references.contains(where: \.hasOwnNumbering))
    }

    /// One plan as the check left it: what a comparison is made of.
    public struct CheckedPlan: Sendable {
        public var plan: Plan
        public var reference: Reference
        public var alignment: Alignment
        public var result: CheckResult

        public init(plan: Plan, reference: Reference, alignment: Alignment, result: CheckResult) {
            self.plan = plan
            self.reference = reference
            self.alignment = alignment
            self.result = result
        }
    }

    /// One plan as aligned and checked.
    struct Checked {
        let plan: Plan
        let reference: Reference
        let alignment: Alignment
        let result: CheckResult
        let phrases: LocalisationIndex.Phrases
        /// Per section, its first status in the coverage and the aligner's best score among the
        /// items carrying it out, found once: asked of every cell of the matrix, each was a pass
        /// over the coverage and over every item's matches (a reference of thousands of sections
        /// took tens of seconds).
        private let statusIndex: [SectionID: Int]
        private let bestScores: [SectionID: Double]

        init(plan: Plan, reference: Reference, alignment: Alignment, result: CheckResult, phrases: LocalisationIndex.Phrases) {
            (self.plan, self.reference, self.alignment, self.result, self.phrases) = (plan, reference, alignment, result, phrases)
            var index: [SectionID: Int] = [:]
            for (k, s) in result.coverage.enumerated() where index[s.section] == nil { index[s.section] = k }
            var best: [SectionID: Double] = [:]
            for item in alignment.items {
                // As `max()` takes them: in order, a later score replacing one below it.
                for m in item.matches where best[m.section].map({ $0 < m.score }) ?? true { best[m.section] = m.score }
            }
            (statusIndex, bestScores) = (index, best)
        }

        func status(_ section: SectionID) -> SectionStatus? { statusIndex[section].map { result.coverage[$0] } }

        /// The aligner's best score for `section` among the items carrying it out.
        func bestScore(_ section: SectionID) -> Double? { bestScores[section] }

        var reached: Int { result.coverage.reduce(0) { $0 + $1.requirements.filter(\.isCovered).count } }
        var total: Int { result.coverage.reduce(0) { $0 + $1.requirements.count } }
        /// The reference's wording was drawn from this plan: it agrees with it by construction.
        var drawnFrom: Bool { result.referenceDrawnFromIt }
    }

    /// Plan positions within each reference (the earliest year first: plans of different national
    /// points do not rank against each other), by what is wrong, most severe first: requirements not
    /// carried out, then divergences to fix or explain, then sections missing, then notes, fewest first
    /// (`NeedKey`); ties by file name.
    /// A plan the reference's wording was drawn from comes last, unranked: ranking it first, as a
    /// share of requirements reached did, rewarded being the source of the wording.
    static func ranking(_ checked: [Checked]) -> [Int] {
        checked.indices.sorted { a, b in
            let (ya, yb) = (checked[a].reference.year, checked[b].reference.year)
            if ya != yb { return ya < yb }
            if checked[a].reference.name != checked[b].reference.name { return checked[a].reference.name < checked[b].reference.name }
            let (x, y) = (checked[a], checked[b])
            if x.drawnFrom != y.drawnFrom { return !x.drawnFrom }
            if x.need != y.need { return x.need < y.need }
            if checked[a].plan.name != checked[b].plan.name { return checked[a].plan.name < checked[b].plan.name }
            return a < b
        }
    }

    static func describe(_ c: Checked) -> ComparedPlan {
        func count(_ s: SectionStatus.Status) -> Int { c.result.coverage.filter { $0.status == s }.count }
        let m = c.plan.metadata
        var compared = ComparedPlan(
            name: c.plan.name, title: m.title, locality: m.locality, year: m.year, reference: c.reference.name, rank: 0,
            requirementsReached: c.reached, requirementsTotal: c.total,
            sectionsCovered: count(.covered), sectionsPartial: count(.partial), sectionsMissing: count(.missing),
            warnings: c.result.divergencesToFixCount, notes: c.result.notesCount,
            localAdditions: c.result.localAdditions,
            localisation: LocalisationIndex.measure(c.alignment, phrases: c.phrases))
        compared.referenceDrawnFromIt = c.result.referenceDrawnFromIt
        (compared.province, compared.level) = (m.province, m.level)
        return compared
    }

    // MARK: The matrix

    /// A cell for the plan's sections `ids` (one for a section row, a topic's for a topic row).
    static func cell(_ c: Checked, sections ids: [SectionID]) -> MatrixCell {
        let statuses = ids.compactMap(c.status)
        guard !statuses.isEmpty else {
            return MatrixCell(mark: .absent, requirementsReached: 0, requirementsTotal: 0, bestScore: nil, sections: [], items: [])
        }
        let order = Dictionary(c.result.items.enumerated().map { ($1.path, $0) }, uniquingKeysWith: { a, _ in a })
        let items = Set(statuses.flatMap(\.items)).sorted { (order[$0] ?? 0, $0) < (order[$1] ?? 0, $1) }
        // From the requirements that bind the plan, so that a mark and its count never disagree
        // (0 of 2 is ○ even where an item is aligned to the section).
        let reached = statuses.reduce(0) { $0 + $1.requirements.filter(\.isCovered).count }
        let total = statuses.reduce(0) { $0 + $1.requirements.count }
        let mark: MatrixCell.Mark
        switch SectionStatus.Status(reached: reached, total: total) {
        case .covered: mark = .covered
        case .partial: mark = .partial
        case .missing: mark = .missing
        case .notApplicable: mark = .absent
        }
        return MatrixCell(
            mark: mark,
            requirementsReached: reached,
            requirementsTotal: total,
            bestScore: ids.compactMap(c.bestScore).max(), sections: statuses.map(\.section), items: items)
    }

    /// Topic names in the taxonomy's order, then any others the sections name, by name.
    static func topicOrder(_ names: [String], topics: [Topic]) -> [String] {
        let known = topics.map(\.name).filter(names.contains)
        return known + Set(names).subtracting(known).sorted()
    }

    /// The reference's sections grouped under their first topic: groups in the order the national
    /// text first reaches them (so a reader can follow it alongside), sections in document order
    /// within a group.
    static func sectionRows(_ checked: [Checked], reference: Reference?) -> [MatrixRow] {
        guard let reference else { return [] }
        var groups: [String?] = []
        for s in reference.sections where !groups.contains(s.topics.first) { groups.append(s.topics.first) }
        return groups.flatMap { topic in
            reference.sections.filter { $0.topics.first == topic }.map { s in
                MatrixRow(id: s.id.rawValue, title: s.title, topic: topic, otherTopics: Array(s.topics.dropFirst()),
                          cells: checked.map { cell($0, sections: [s.id]) })
            }
        }
    }

    /// One row per topic some reference in use has a section of, or some item speaks of. A plan's
    /// cell lists the items the topic layer says speak of the topic (`ItemAlignment.topics`), and
    /// its mark and count are the requirements its own reference asks under the topic and the
    /// check finds reached (absent when the reference asks nothing under it): what is said, and
    /// what is carried out, side by side.
    static func topicRows(_ checked: [Checked], references: [Reference], topics: [Topic]) -> [MatrixRow] {
        let spoken = checked.flatMap { $0.alignment.items.flatMap(\.topics) }
        let names = topicOrder(references.flatMap { $0.sections.flatMap(\.topics) } + spoken, topics: topics)
        return names.map { name in
            MatrixRow(
                id: topics.first { $0.name == name }?.key ?? name, title: name, topic: name, otherTopics: [],
                cells: checked.map { c in topicCell(c, topic: name) })
        }
    }

    static func topicCell(_ c: Checked, topic: String) -> MatrixCell {
        let asked = c.reference.sections.filter { $0.topics.contains(topic) }.map(\.id)
        var out = cell(c, sections: asked)
        out.items = c.alignment.items.filter { $0.topics.contains(topic) }.map(\.item.path)
        return out
    }

    // MARK: Requirements

    static func requirements(_ checked: [Checked], reference: Reference) -> [RequirementComparison] {
        let following = checked.indices.filter { checked[$0].reference.name == reference.name }
        // Every item's sentences cut into clauses, once per plan: an item may carry several
        // requirements. Its passages are read from them when asked (`Consensus.Stretches`).
        let passages = following.map { i in
            Dictionary(checked[i].result.items.map { ($0.path, Consensus.Stretches($0)) }, uniquingKeysWith: { a, _ in a })
        }
        return reference.requirements.map { section, r in
            let wording = (r.wording.isEmpty ? [r.summary] : r.wording)
            let wordingBigrams = wording.map { Set(MatchText($0).bigrams) }
            let carrying = following.indices.map { k -> [Consensus.Stretches] in
                let paths = checked[following[k]].status(section.id)?.requirements.first { $0.requirement == r.id }?.items ?? []
                return paths.compactMap { passages[k][$0] }
            }
            // Plans whose check finds a divergence on the requirement do not make the consensus, as long
            // as two plans without one carry it out: the consensus is what the faithful copies share.
            var faithful: [(plan: String, passage: Consensus.Passage)] = [], all: [(plan: String, passage: Consensus.Passage)] = []
            for (k, list) in carrying.enumerated() {
                guard let best = Consensus.nearest(list, to: wordingBigrams) else { continue }
                let c = checked[following[k]]
                all.append((c.plan.name, best.passage))
                if !c.result.findings.contains(where: { $0.requirement == r.id }) { faithful.append((c.plan.name, best.passage)) }
            }
            let candidates = faithful.count >= 2 ? faithful : all
            let consensus: String, source: RequirementComparison.Source, consensusPlan: String?
            if candidates.count >= 2, let m = Consensus.voted(candidates, reference: wordingBigrams) {
                (consensus, source, consensusPlan) = (candidates[m].passage.text, .plans, candidates[m].plan)
            } else {
                let near = candidates.first.map { c in wording.indices.max { Consensus.similarity(c.passage.bigrams, wordingBigrams[$0]) < Consensus.similarity(c.passage.bigrams, wordingBigrams[$1]) }! } ?? 0
                (consensus, source, consensusPlan) = (wording[near], .reference, nil)
            }
            let target = Set(MatchText(consensus).bigrams)
            let variants = following.indices.map { k -> Variant in
                let i = following[k]
                let binds = !(checked[i].status(section.id)?.notApplicable.contains(r.id) ?? false)
                // A gap's evidence restates "not carried out": the variant says that already.
                let divergences = checked[i].result.findings.filter { $0.requirement == r.id && !$0.gap }.map {
                    VariantDivergence(kind: $0.kind, severity: $0.severity, note: $0.note, message: $0.message, quotesOnePlan: $0.quotesOnePlan, path: $0.path, line: $0.line, reference: $0.reference, missing: $0.missing, added: $0.added, text: $0.text)
                }
                guard let best = Consensus.nearest(carrying[k], to: [target]) else {
                    return Variant(plan: i, path: nil, line: nil, text: nil, similarity: 0, diff: [], divergences: divergences, binds: binds)
                }
                return Variant(plan: i, path: best.passage.path, line: best.passage.line, text: best.passage.text,
                               similarity: best.similarity, diff: diff(from: consensus, to: best.passage.text), divergences: divergences, binds: binds)
            }
            return RequirementComparison(
                reference: reference.name, section: section.id, sectionTitle: section.title, requirement: r.id, name: r.name,
                consensus: consensus, source: source, consensusPlan: consensusPlan, variants: variants)
        }
    }

    /// A character diff only where the variant keeps half the consensus in order: beyond that a
    /// diff is all strike-through and bold, and the two texts read better side by side.
    static func diff(from consensus: String, to text: String) -> [DiffSegment] {
        let a = MatchText(consensus).scalars, b = MatchText(text).scalars
        guard !a.isEmpty, !b.isEmpty, TextDiff.common(a, b) * 2 >= a.count else { return [] }
        return TextDiff.segments(from: consensus, to: text)
    }
}
