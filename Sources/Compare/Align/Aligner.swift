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
    public var detail: Detail

    /// What an alignment carries besides each item's matches (sections, requirements, scores).
    ///
    /// Why a check asks for less: it reads only the matches, while each match's reasons (the
    /// evidence lines that explain it) and the coverage by section are what the align views and
    /// the scores against the labels show; building, sorting and counting them for every plan a
    /// batch checks was about a fiftieth of each plan's work.
    public enum Detail: Sendable {
        /// Every match's reasons and the coverage by section.
        case full
        /// The matches alone: no reasons, no coverage.
        case matchesOnly
    }

    public init(weights: Weights = Weights(), detail: Detail = .full) {
        self.weights = weights
        self.detail = detail
    }

    public func align(_ plan: Plan, to index: ReferenceIndex) -> Alignment {
        alignReading(plan, to: index).alignment
    }

    /// `align`, and each item's text as it was read, by clauses: the topic layer reads the same
    /// match texts (`TopicIndex.assign(_:texts:)`), and the check the same clauses.
    func alignReading(_ plan: Plan, to index: ReferenceIndex) -> (alignment: Alignment, readings: [ClauseReading]) {
        let items = plan.items
        var headings = HeadingCache(index: index)
        let readings = items.map { ClauseReading($0.node.text) }
        var evidence = Evidence()
        let aligned = items.indices.map { align(items[$0], text: readings[$0].text, index: index, headings: &headings, evidence: &evidence) }
        var alignment = Alignment(
            plan: plan.name, reference: index.reference.name, year: index.reference.year,
            items: aligned, coverage: detail == .full ? Self.coverage(aligned, reference: index.reference) : [])
        alignment.level = plan.metadata.level
        alignment.planYear = plan.metadata.year
        alignment.locality = plan.metadata.locality
        alignment.province = plan.metadata.province
        return (alignment, readings)
    }

    /// Similarity of each heading a plan uses to every section title and part heading, computed
    /// once per heading: all items under a section share its heading.
    struct HeadingCache {
        /// One heading's similarity to each section's targets (its title and variants, or its
        /// part's headings), remembered.
        struct Memo {
            let index: ReferenceIndex
            let targets: HeadingTargets
            /// Keyed by bytes (`ByteKey`): a `String` key hashed its normalised form on every
            /// lookup (a fifth of aligning), and answered a heading spelt with other but
            /// canonically equal scalars with the first one's numbers; by bytes, what is remembered
            /// is always what the heading itself gives.
            var known = TextTable<ByteKey, [Double]>()
            /// The last few headings asked for: consecutive items share the headings they stand
            /// under (a part's and a section's, asked in turn), and comparing bytes is cheaper than
            /// hashing.
            var recent: [(String, [Double])] = []

            mutating func similarities(_ heading: String) -> [Double] {
                for entry in recent where ByteKey.sameBytes(entry.0, heading) { return entry.1 }
                let out: [Double]
                let key = ByteKey(heading)
                if let remembered = known[key] {
                    out = remembered
                } else {
                    out = fresh(heading)
                    known[key] = out
                }
                if recent.count == 4 { recent.removeFirst() }
                recent.append((heading, out))
                return out
            }

            /// Not remembered: an item's own heading is its own (hashing and keeping each cost a
            /// third as much again as reading it).
            func fresh(_ heading: String) -> [Double] {
                targets.similarities(index.bigramSet(MatchText(heading)), weights: index.vocabularyWeight)
            }
        }

        var titles: Memo
        var parts: Memo
        /// The items' readings' working memory (`ReferenceIndex.read`), one a plan.
        let scratch: ReferenceIndex.ReadScratch

        init(index: ReferenceIndex) {
            titles = Memo(index: index, targets: index.titleTargets)
            parts = Memo(index: index, targets: index.partTargets)
            scratch = ReferenceIndex.ReadScratch(index)
        }

        mutating func title(_ heading: String) -> [Double] { titles.similarities(heading) }
        func ownTitle(_ heading: String) -> [Double] { titles.fresh(heading) }
        mutating func part(_ heading: String) -> [Double] { parts.similarities(heading) }
    }

    /// The evidence for every section, for one item (in the reference's order, one per section).
    public func evidence(for item: PlanItem, index: ReferenceIndex) -> [SectionMatch] {
        var headings = HeadingCache(index: index)
        let evidence = gather(item, text: MatchText(item.node.text), index: index, headings: &headings)
        return index.reference.sections.indices.map { match(evidence, section: $0, index: index) }
    }

    /// What one item's text and headings say of each section, as numbers; reasons are built only
    /// for the sections that end up matched (`match`).
    ///
    /// Made once a plan and filled again for each item (`gather(_:text:index:headings:into:)`):
    /// its arrays keep their storage, where an item's evidence was a dozen arrays and a table made
    /// and freed.
    struct Evidence {
        /// The key terms found, once each per section, in the order they were counted (an item
        /// finds a few: one list for all sections).
        var terms: [(section: Int, name: String, requirement: Int, weight: Double)] = []
        var termWeight: [Double] = []
        /// Per section: the closer of the whole section's wording and its nearest requirement's.
        var wording: [Double] = []
        /// Flat, in `ReferenceIndex.requirementOwners` order.
        var requirementCosines: [Double] = []
        /// Per section: the heading most like its title, and the enclosing heading most like its part
        /// heading (positions in `headings` and `enclosing`), when the item's text supports the
        /// section at all.
        var heading: [(position: Int, similarity: Double)?] = []
        var part: [(position: Int, similarity: Double)?] = []
        var headings: [String] = []
        var enclosing: [String] = []
        /// Per section: whether the item's own text contains its title.
        var titleInText: [Bool] = []
        var score: [Double] = []
        /// Working memory: the reading the numbers above are swapped out of, the term spans
        /// counted, and the headings' similarities.
        var reading = ReferenceIndex.Reading()
        var spans: [(section: Int, span: Range<Int>)] = []
        var counted: [(section: Int, term: Int)] = []
        var titleSimilarities: [[Double]] = []
        var partSimilarities: [[Double]] = []

        /// What the item's own text says of section `si`: key terms, wording, and the title written
        /// out in it. Headings are not text evidence: they only rank sections.
        func textEvidence(_ si: Int, _ weights: Weights) -> Double {
            termWeight[si] + weights.wording * wording[si] + (titleInText[si] ? weights.heading : 0)
        }
    }

    /// `text`: the item's match text.
    func gather(_ item: PlanItem, text: MatchText, index: ReferenceIndex, headings cache: inout HeadingCache) -> Evidence {
        var evidence = Evidence()
        gather(item, text: text, index: index, headings: &cache, into: &evidence)
        return evidence
    }

    /// `gather`, into `evidence` (every field replaced, its storage reused).
    func gather(_ item: PlanItem, text: MatchText, index: ReferenceIndex, headings cache: inout HeadingCache, into evidence: inout Evidence) {
        let count = index.reference.sections.count
        index.read(text, into: &evidence.reading, scratch: cache.scratch)
        // The reading's arrays become the evidence's, and the evidence's last ones the reading's
        // memory for the next item.
        swap(&evidence.wording, &evidence.reading.sections)
        swap(&evidence.requirementCosines, &evidence.reading.requirements)
        swap(&evidence.titleInText, &evidence.reading.titles)
        // The closer of the whole section's wording and its nearest requirement's.
        for (i, owner) in index.requirementOwners.enumerated() where evidence.requirementCosines[i] > evidence.wording[owner.section] {
            evidence.wording[owner.section] = evidence.requirementCosines[i]
        }
        evidence.headings.removeAll(keepingCapacity: true)
        if let own = item.node.heading { evidence.headings.append(own) }
        if let above = item.context.last { evidence.headings.append(above) }
        evidence.enclosing = item.context
        evidence.termWeight.fill(0, count: count)
        evidence.heading.fill(nil, count: count)
        evidence.part.fill(nil, count: count)
        evidence.score.fill(0, count: count)
        evidence.terms.removeAll(keepingCapacity: true)

        // Key terms: each term counts once per section, and a spelling inside a longer one found at
        // the same place (预算 inside 预决算) does not count again.
        if !evidence.reading.hits.isEmpty {
            // The terms array, not the index, in the comparator: a closure reading `index` copied
            // the whole index into every sort.
            let terms = index.terms
            evidence.reading.hits.sort { a, b in
                let la = terms[a.term].spelling.count, lb = terms[b.term].spelling.count
                return la != lb ? la > lb : (a.offset != b.offset ? a.offset < b.offset : a.term < b.term)
            }
            // One short list for every section (an item finds a few terms): a list per section
            // was an allocation for each section a term was found in.
            evidence.spans.removeAll(keepingCapacity: true)
            evidence.counted.removeAll(keepingCapacity: true)
            for hit in evidence.reading.hits {
                let t = terms[hit.term]
                let span = hit.offset..<(hit.offset + t.spelling.count)
                if evidence.spans.contains(where: { $0.section == t.section && $0.span.lowerBound <= span.lowerBound && span.upperBound <= $0.span.upperBound }) { continue }
                evidence.spans.append((t.section, span))
                guard !evidence.counted.contains(where: { $0.section == t.section && $0.term == t.term }) else { continue }
                evidence.counted.append((t.section, t.term))
                evidence.terms.append((t.section, t.name, t.requirement, t.weight))
                evidence.termWeight[t.section] += t.weight
            }
        }

        // Headings: the item's own heading and the one it sits under count as section headings;
        // every enclosing heading may match the part.
        // The item's own heading (first, when it has one) is read afresh; the one it stands under
        // is remembered.
        let own = item.node.heading != nil
        evidence.titleSimilarities.removeAll(keepingCapacity: true)
        for (k, heading) in evidence.headings.enumerated() {
            evidence.titleSimilarities.append(k == 0 && own ? cache.ownTitle(heading) : cache.title(heading))
        }
        evidence.partSimilarities.removeAll(keepingCapacity: true)
        for heading in item.context { evidence.partSimilarities.append(cache.part(heading)) }
        for si in 0..<count {
            let wording = evidence.wording[si]
            var score = evidence.textEvidence(si, weights)
            if evidence.termWeight[si] > 0 || evidence.titleInText[si] || wording >= weights.textSupport {
                evidence.heading[si] = best(evidence.titleSimilarities, section: si)
                evidence.part[si] = best(evidence.partSimilarities, section: si)
                score += weights.heading * (evidence.heading[si]?.similarity ?? 0) + weights.part * (evidence.part[si]?.similarity ?? 0)
            }
            evidence.score[si] = score
        }
    }

    /// The match of section `si`, with its reasons strongest first and its requirements: those whose
    /// terms the item holds, else the one whose wording it is closest to.
    func match(_ evidence: Evidence, section si: Int, index: ReferenceIndex) -> SectionMatch {
        let section = index.reference.sections[si]
        var reasons: [Reason] = []
        if detail == .full {
            // Room for every reason at once: grown one by one, the list was made three or four times.
            reasons.reserveCapacity(evidence.terms.count + 4)
            for t in evidence.terms where t.section == si {
                reasons.append(Reason(kind: .term, text: t.name, requirement: section.requirements[t.requirement].id, weight: t.weight))
            }
            if evidence.titleInText[si] {
                reasons.append(Reason(kind: .title, text: section.title, weight: weights.heading))
            }
            if evidence.wording[si] > 0 {
                reasons.append(Reason(kind: .wording, text: section.title, weight: weights.wording * evidence.wording[si]))
            }
            if let h = evidence.heading[si] {
                reasons.append(Reason(kind: .heading, text: evidence.headings[h.position], weight: weights.heading * h.similarity))
            }
            if let p = evidence.part[si] {
                reasons.append(Reason(kind: .part, text: evidence.enclosing[p.position], weight: weights.part * p.similarity))
            }
            reasons.sort { $0.weight != $1.weight ? $0.weight > $1.weight : $0.text < $1.text }
        }

        // Each requirement's term weights summed in the terms' order, by its number in the section.
        var sums = [Double](plain: 0, count: section.requirements.count)
        var named = [Bool](plain: false, count: section.requirements.count)
        for t in evidence.terms where t.section == si {
            sums[t.requirement] += t.weight
            named[t.requirement] = true
        }
        // Sized for every requirement of the section: filtered into an empty list, it grew
        // three times a match.
        var requirements: [Int] = []
        requirements.reserveCapacity(named.count)
        for q in named.indices where named[q] { requirements.append(q) }
        requirements.sort { sums[$0] != sums[$1] ? sums[$0] > sums[$1] : $0 < $1 }
        let range = index.requirementRange(section: si)
        let cosines = evidence.requirementCosines[range]
        if requirements.isEmpty, let closest = cosines.indices.max(by: { cosines[$0] < cosines[$1] }), cosines[closest] > 0.1 {
            requirements = [closest - range.lowerBound]
        }
        return SectionMatch(
            section: section.id, requirements: requirements.map { section.requirements[$0].id },
            score: evidence.score[si], reasons: reasons)
    }

    /// `evidence`: the plan's working memory for an item's evidence (`Evidence`).
    func align(_ item: PlanItem, text: MatchText, index: ReferenceIndex, headings: inout HeadingCache, evidence: inout Evidence) -> ItemAlignment {
        gather(item, text: text, index: index, headings: &headings, into: &evidence)
        let score = evidence.score
        // The sections in order of score (highest first, then the first): only the best and the
        // few that qualify as further sections are needed, so those are picked and only they
        // sorted, where every section was sorted for every item.
        var best: Int? = nil
        var textEvidence = -Double.infinity
        for si in score.indices {
            if best == nil || score[si] > score[best!] { best = si }
            textEvidence = Swift.max(textEvidence, evidence.textEvidence(si, weights))
        }
        guard let best, textEvidence >= weights.local else {
            return ItemAlignment(item: item, matches: [], score: 0)
        }
        var matches = [match(evidence, section: best, index: index)]
        let others = score.indices.filter { other in
            other != best && evidence.termWeight[other] >= weights.secondaryTerms && score[other] >= weights.secondaryRatio * score[best]
        }
        for other in others.sorted(by: { score[$0] != score[$1] ? score[$0] > score[$1] : $0 < $1 }) {
            matches.append(match(evidence, section: other, index: index))
        }
        return ItemAlignment(item: item, matches: matches, score: score[best])
    }

    /// Which heading is most like section `si`'s title (or part heading), when any is at all.
    private func best(_ similarities: [[Double]], section si: Int) -> (position: Int, similarity: Double)? {
        var result: (Int, Double)? = nil
        for (position, s) in similarities.enumerated() where s[si] > (result?.1 ?? 0) {
            result = (position, s[si])
        }
        return result
    }

    static func coverage(_ items: [ItemAlignment], reference: Reference) -> [SectionCoverage] {
        // One pass over the items, not one per section. Each section id looked up once a match,
        // by its place among the sections (the first, for an id two sections share), and the
        // requirements reached kept as a list: a table and a set keyed by id hashed each id again
        // for every item and requirement.
        var place = TextTable<SectionID, Int>(minimumCapacity: reference.sections.count)
        for k in reference.sections.indices where place[reference.sections[k].id] == nil { place[reference.sections[k].id] = k }
        var paths = [[ItemPath]](repeating: [], count: reference.sections.count)
        var reached = [[RequirementID]](repeating: [], count: reference.sections.count)
        for i in items.indices {
            for m in items[i].matches.indices {
                guard let k = place[items[i].matches[m].section] else { continue }
                paths[k].append(items[i].item.path)
                reached[k] += items[i].matches[m].requirements
            }
        }
        return reference.sections.map { section in
            let k = place[section.id]!
            return SectionCoverage(
                section: section.id, items: paths[k],
                requirementsReached: section.requirements.map(\.id).filter(reached[k].contains),
                requirementsTotal: section.requirements.count)
        }
    }
}
