/// Aligns each leaf item of a plan to the reference sections it carries out.
///
/// Every section is scored for every item from four kinds of evidence, each shown as a `Reason`:
/// key terms of the section's requirements found in the item's text, the headings the item sits
/// under (and its own), the item's part heading, and character-bigram similarity to the section's
/// wording. Nothing depends on numbering or order: a plan that renumbers, reorders, merges or
/// splits the national sections is read the same way, and a section heading is only evidence, so
/// an item whose text clearly belongs elsewhere goes there.
public struct Aligner: Sendable {
    /// How much each kind of evidence counts, and the cut-offs, in one unit: a distinctive key term
    /// weighs about 2.8 (less when other sections share it). A heading equal to a section title is
    /// worth about one such term; a sentence copied from the section's wording (cosine 0.6–0.9)
    /// about three. Why wording weighs this much: a national text passed with `--reference` has no
    /// hand-picked terms, and then wording is what aligns. The values were set on the visible
    /// labels with the bundled taxonomy and with a plan standing in for the national text (see
    /// README); the held-out labels measure them.
    public struct Weights: Hashable, Sendable {
        public var heading = 3.0
        public var part = 1.0
        public var wording = 12.0
        /// Headings vouch for an item only when its own text says something of the section: a key
        /// term, or at least this wording similarity. A local task placed under a national heading
        /// (a plan's own priority filed under the nearest section) stays local.
        public var textSupport = 0.05
        /// An item whose own text gives no section at least this much evidence (key terms plus
        /// weighted wording similarity) carries out none: it is a local addition. About one
        /// distinctive term, or a wording cosine of 1/6. Headings do not count here: they rank
        /// sections, but a plan's own task filed under a national heading is still its own.
        public var local = 2.0
        /// A further section is added when the item's terms alone reach this for it…
        public var secondaryTerms = 2.5
        /// …and its whole score is at least this share of the best.
        public var secondaryRatio = 0.6

        public init() {}
    }

    public var weights: Weights

    public init(weights: Weights = Weights()) {
        self.weights = weights
    }

    public func align(_ plan: Plan, to index: ReferenceIndex) -> Alignment {
        let items = plan.items
        let aligned = items.map { align($0, index: index) }
        return Alignment(
            plan: plan.name, reference: index.reference.name, year: index.reference.year,
            items: aligned, coverage: Self.coverage(aligned, reference: index.reference))
    }

    /// The evidence for every section, for one item (in the reference's order, one per section).
    public func evidence(for item: PlanItem, index: ReferenceIndex) -> [Match] {
        let sections = index.reference.sections
        let text = MatchText(item.node.text)
        let vector = BigramVector(text, idf: index.idf)

        // Key terms: each term counts once per section, and a spelling inside a longer one found at
        // the same place (预算 inside 预决算) does not count again.
        var termReasons = [[Reason]](repeating: [], count: sections.count)
        var requirementWeight = sections.map { [Double](repeating: 0, count: $0.requirements.count) }
        var hits = index.termHits(in: text)
        hits.sort { a, b in
            let la = index.terms[a.term].spelling.count, lb = index.terms[b.term].spelling.count
            return la != lb ? la > lb : (a.offset != b.offset ? a.offset < b.offset : a.term < b.term)
        }
        var spans = [[Range<Int>]](repeating: [], count: sections.count)
        var counted = [Set<String>](repeating: [], count: sections.count)
        for hit in hits {
            let t = index.terms[hit.term]
            let span = hit.offset..<(hit.offset + t.spelling.count)
            if spans[t.section].contains(where: { $0.lowerBound <= span.lowerBound && span.upperBound <= $0.upperBound }) { continue }
            spans[t.section].append(span)
            guard counted[t.section].insert(t.name).inserted else { continue }
            let requirement = sections[t.section].requirements[t.requirement]
            termReasons[t.section].append(Reason(kind: .term, text: t.name, requirement: requirement.id, weight: t.weight))
            requirementWeight[t.section][t.requirement] += t.weight
        }

        // Headings: the item's own heading and the one it sits under count as section headings;
        // every enclosing heading may match the part.
        var headings: [(String, MatchText)] = []
        if let own = item.node.heading { headings.append((own, MatchText(own))) }
        if let under = item.context.last { headings.append((under, MatchText(under))) }
        let enclosing = item.context.map { ($0, MatchText($0)) }

        var out: [Match] = []
        for (si, section) in sections.enumerated() {
            var reasons = termReasons[si]
            // The closer of the section as a whole and its nearest requirement: an item usually
            // carries out one requirement, and its sentence is diluted in the whole section's bag.
            let requirementCosines = index.requirementVectors[si].map { vector.cosine($0) }
            let wording = max(vector.cosine(index.sectionVectors[si]), requirementCosines.max() ?? 0)
            if wording > 0 {
                reasons.append(Reason(kind: .wording, text: section.title, weight: weights.wording * wording))
            }
            let supported = !termReasons[si].isEmpty || wording >= weights.textSupport
            if supported, let best = best(headings, against: index.titles[si], index: index) {
                reasons.append(Reason(kind: .heading, text: best.text, weight: weights.heading * best.similarity))
            }
            if supported, let best = best(enclosing, against: index.partHeadings[si], index: index) {
                reasons.append(Reason(kind: .part, text: best.text, weight: weights.part * best.similarity))
            }
            reasons.sort { $0.weight != $1.weight ? $0.weight > $1.weight : $0.text < $1.text }
            let score = reasons.reduce(0) { $0 + $1.weight }

            // Requirements: those whose terms the item holds, else the one whose wording it is closest to.
            var requirements = section.requirements.indices
                .filter { requirementWeight[si][$0] > 0 }
                .sorted { requirementWeight[si][$0] != requirementWeight[si][$1] ? requirementWeight[si][$0] > requirementWeight[si][$1] : $0 < $1 }
            if requirements.isEmpty, let closest = requirementCosines.indices.max(by: { requirementCosines[$0] < requirementCosines[$1] }),
               requirementCosines[closest] > 0.1 {
                requirements = [closest]
            }
            out.append(Match(
                section: section.id, requirements: requirements.map { section.requirements[$0].id },
                score: score, reasons: reasons))
        }
        return out
    }

    func align(_ item: PlanItem, index: ReferenceIndex) -> ItemAlignment {
        let candidates = evidence(for: item, index: index)
            .enumerated()
            .sorted { $0.element.score != $1.element.score ? $0.element.score > $1.element.score : $0.offset < $1.offset }
            .map(\.element)
        let textEvidence = candidates.map { m in
            m.reasons.filter { $0.kind == .term || $0.kind == .wording }.reduce(0) { $0 + $1.weight }
        }.max() ?? 0
        guard let best = candidates.first, textEvidence >= weights.local else {
            return ItemAlignment(item: item, matches: [], score: 0)
        }
        var matches = [best]
        for other in candidates.dropFirst() {
            let termWeight = other.reasons.filter { $0.kind == .term }.reduce(0) { $0 + $1.weight }
            if termWeight >= weights.secondaryTerms && other.score >= weights.secondaryRatio * best.score {
                matches.append(other)
            }
        }
        return ItemAlignment(item: item, matches: matches, score: best.score)
    }

    private func best(_ headings: [(String, MatchText)], against targets: [MatchText], index: ReferenceIndex) -> (text: String, similarity: Double)? {
        var result: (String, Double)? = nil
        for (raw, h) in headings {
            for t in targets {
                let s = index.headingSimilarity(h, t)
                if s > 0, s > (result?.1 ?? 0) { result = (raw, s) }
            }
        }
        return result
    }

    static func coverage(_ items: [ItemAlignment], reference: Reference) -> [SectionCoverage] {
        reference.sections.map { section in
            let matching = items.filter { $0.sections.contains(section.id) }
            let reached = Set(matching.flatMap { a in a.matches.filter { $0.section == section.id }.flatMap(\.requirements) })
            return SectionCoverage(
                section: section.id, items: matching.map(\.item.path),
                requirementsReached: section.requirements.map(\.id).filter(reached.contains),
                requirementsTotal: section.requirements.count)
        }
    }
}
