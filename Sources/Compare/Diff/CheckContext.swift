/// What every check reads: the plan's items as aligned, their match texts, and lookups by section
/// and requirement. Built once per plan.
///
/// A class, though nothing in it changes once built but a memo (`weights(of:)`): the checks pass
/// it to closures and to each other, and a struct of some twenty counted fields was copied, and
/// released, at each capture (a fortieth of the check in copies alone). One plan, one thread.
final class CheckContext {
    let alignment: Alignment
    let index: ReferenceIndex
    let lexicon: ObligationLexicon
    /// Per item, in alignment order.
    let texts: [MatchText]
    /// Which items hold each character pair: a text can hold a word of two characters or more
    /// only if it holds the word's first pair, looked up before the text is scanned.
    let itemPairs: PairHolders
    /// Per item, where its clauses stand in its text's UTF-8 (`TextDiff.clauseRanges`) and their
    /// match texts, and which clauses hold each character pair (every clause of the plan numbered
    /// in order: `clause(_:_:)`): made once here for every check that quotes or compares an item's
    /// clauses (the wording check made the pairs of every clause, and each quote made them again).
    /// A clause's string is made only when asked (`clauseText`): few are quoted.
    let clauseRanges: [[Range<Int>]]
    let clauseMatches: [[MatchText]]
    let clausePairs: PairHolders
    /// Per item, the number of its first clause among all the plan's (one more than items).
    private let clauseStarts: [Int]
    /// Per clause of the plan (numbered as in `clausePairs`), its match text's digest
    /// (`MatchText.digest`): where a check looks for a reference clause copied whole, the clauses
    /// it may be are those with its digest.
    let clauseDigests: [UInt64]
    /// Per section id, the items carrying it out.
    let bySection: TextTable<SectionID, [Int]>
    /// Per requirement id, the items reaching it: by the aligner (its key terms, else the nearest
    /// wording), or, within its section, by copying a wording line (`copyShare` of its character
    /// pairs; a paragraph copies several requirements at once).
    let byRequirement: TextTable<RequirementID, [Int]>
    static let copyShare = 0.8
    let prepared: CheckReference
    /// `reaching(section:requirement:)` of every requirement that applies, found once: the
    /// coverage, the element check and the clause check each asked it of every requirement.
    private var reached = TextTable<RequirementID, [Int]>()
    var vocabulary: Set<UInt64> { prepared.vocabulary }
    /// `target`'s cosines' working memory (`ReferenceIndex.cosine`): one a plan, as a plan is
    /// checked on one thread.
    let rankCounts: RankCounts
    /// Each item's weights for `target`'s cosines, made when first asked: an item is a candidate
    /// of several findings.
    /// By item: nil until made (an array, as every key is an item's number).
    private var itemWeights: [ReferenceIndex.Weights??]

    /// `pairLayout`: how the pair tables keep their rows (by the plan's size; a test asks for one).
    /// `readings`: each item's clauses as the aligner read them (`Aligner.alignReading`), in the
    /// alignment's order; read here when not given.
    init(alignment: Alignment, prepared: CheckReference, pairLayout: PairHolders.Layout = .bySize, readings: [ClauseReading]? = nil) {
        let index = prepared.index
        self.alignment = alignment
        self.index = index
        self.lexicon = prepared.lexicon
        rankCounts = index.rankCounts()
        itemWeights = [ReferenceIndex.Weights??](repeating: nil, count: alignment.items.count)
        // Each clause's match text read from the item's bytes where the clause stands: the same
        // bytes its string would hold, so the same match text. An item's match text is its
        // clauses' end to end: what cuts and trims a clause (，。；：！？, line breaks, white space)
        // is never kept in a match text. Both from one pass (`TextDiff.clauseMatches`).
        let read = readings.flatMap { $0.count == alignment.items.count ? $0 : nil } ?? alignment.items.map { ClauseReading($0.item.node.text) }
        let clauseRanges = read.map(\.ranges)
        let clauseMatches = read.map(\.clauses)
        self.texts = read.map(\.text)
        clauseStarts = clauseMatches.reduce(into: [0]) { $0.append($0[$0.count - 1] + $1.count) }
        clauseDigests = clauseMatches.flatMap { $0.map { MatchText.digest($0.scalars) } }
        let (clausePairs, itemPairs) = PairHolders.clausesAndItems(clauseMatches, layout: pairLayout)
        self.clausePairs = clausePairs
        (self.clauseRanges, self.clauseMatches) = (clauseRanges, clauseMatches)
        // Sized for every section and requirement up front: grown entry by entry, each table was
        // rehashed several times a plan.
        var bySection = TextTable<SectionID, [Int]>(minimumCapacity: index.reference.sections.count)
        var byRequirement = TextTable<RequirementID, [Int]>(minimumCapacity: index.requirementOwners.count)
        for (i, a) in alignment.items.enumerated() {
            for m in a.matches {
                bySection[m.section, default: []].append(i)
                for r in m.requirements { byRequirement[r, default: []].append(i) }
            }
        }
        self.itemPairs = itemPairs
        for (s, section) in index.reference.sections.enumerated() {
            // The section's items and each requirement's looked up once, not once an item.
            guard let items = bySection[section.id] else { continue }
            for (q, r) in section.requirements.enumerated() {
                let lines = prepared.wordingPairs[s][q]
                let reaching = byRequirement[r.id] ?? []
                var copying: [Int] = []
                for i in items where !reaching.contains(i) && !copying.contains(i) {
                    if lines.contains(where: { Double(itemPairs.sharedCount($0, in: i)) >= Self.copyShare * Double($0.count) }) {
                        copying.append(i)
                    }
                }
                if !copying.isEmpty { byRequirement[r.id, default: []] += copying }
            }
        }
        self.bySection = bySection
        self.byRequirement = byRequirement.mapValues { $0.sorted() }
        self.prepared = prepared
        var reached = TextTable<RequirementID, [Int]>(minimumCapacity: index.requirementOwners.count)
        var repeated: Set<RequirementID> = []
        for section in index.reference.sections {
            for r in section.requirements where applies(r) {
                if reached[r.id] != nil { repeated.insert(r.id) }
                reached[r.id] = findReaching(section: section, requirement: r)
            }
        }
        // An id two sections share (no bundled reference has one) is found afresh each time.
        for id in repeated { reached[id] = nil }
        self.reached = reached
    }

    var reference: Reference { index.reference }

    func item(_ i: Int) -> PlanItem { alignment.items[i].item }

    /// Item `i`'s path, read in place: `item(i).path` copies the whole item out first (its path,
    /// node and headings each counted), and the coverage asks it of every item of every section.
    func path(_ i: Int) -> ItemPath { alignment.items[i].item.path }

    /// Clause `k` of item `i` by its number among all the plan's clauses (in `clausePairs`).
    func clause(_ i: Int, _ k: Int) -> Int { clauseStarts[i] + k }

    /// Clause `k` of item `i` as written (`TextDiff.clauses(item text)[k]`).
    func clauseText(_ i: Int, _ k: Int) -> String {
        TextDiff.clause(alignment.items[i].item.node.text, clauseRanges[i][k])
    }

    /// Whether any of `indices` says one of the spellings ("/"-separated in a list member).
    func says(_ spellings: [String], in indices: [Int]) -> Bool {
        says(needles: needles(spellings), in: indices)
    }

    /// Whether any of `indices` holds one of `needles` (`needles(_:)`, made once where a check
    /// asks of item after item).
    func says(needles: [MatchText], in indices: [Int]) -> Bool {
        indices.contains { i in needles.contains { holds(i, $0) } }
    }

    /// `says([spelling], in: indices)`, with no array made for the one spelling: the clause and
    /// list checks ask it of every member and clause of a requirement.
    func says(_ spelling: String, in indices: [Int]) -> Bool {
        let needle = prepared.match(spelling)
        return !needle.isEmpty && indices.contains { holds($0, needle) }
    }

    /// Whether any item of the plan says `spelling`.
    func saysAnywhere(_ spelling: String) -> Bool {
        let needle = prepared.match(spelling)
        guard !needle.isEmpty else { return false }
        var said = false
        forEachItem(holding: needle) { _ in
            said = true
            return true
        }
        return said
    }

    /// Calls `body` with each item holding `needle` (`holds`), in order, until it says stop; items
    /// `skip` names are not read. The needle's first pair's row is looked up once for all items,
    /// where asking `holds` of each item looked it up again for every item.
    func forEachItem(holding needle: MatchText, skip: (Int) -> Bool = { _ in false }, _ body: (Int) -> Bool) {
        let row = needle.count < 2 ? nil : itemPairs.row(MatchText.bigram(needle.scalars[0], needle.scalars[1]))
        guard needle.count < 2 || row != nil else { return }
        for i in texts.indices where !skip(i) && (row.map { itemPairs.holds(row: $0, in: i) } ?? true) && texts[i].contains(needle) {
            if body(i) { return }
        }
    }

    /// The match texts of `spellings` that hold anything, as `says` looks for them.
    func needles(_ spellings: [String]) -> [MatchText] {
        CheckReference.needles(spellings, in: prepared.matchTexts)
    }

    /// `texts[i].contains(needle)`, the text scanned only when it holds the needle's first pair
    /// (a check asks every item for every spelling of a requirement's terms).
    @inline(__always)
    func holds(_ i: Int, _ needle: MatchText) -> Bool {
        mayHold(i, needle) && texts[i].contains(needle)
    }

    /// False when item `i` cannot hold `needle`: it lacks the needle's first pair.
    @inline(__always)
    func mayHold(_ i: Int, _ needle: MatchText) -> Bool {
        needle.count < 2 || itemPairs.holds(MatchText.bigram(needle.scalars[0], needle.scalars[1]), in: i)
    }

    /// False when item `i` cannot hold `needle` (four scalars or more) with one inner scalar
    /// changed (`MatchText.containsNearly`): one changed inner scalar leaves the first pair or the
    /// last (the second and the second last are apart), so the item lacks both.
    @inline(__always)
    func mayHoldNearly(_ i: Int, _ needle: MatchText) -> Bool {
        let m = needle.scalars, n = m.count
        guard n >= 4 else { return true }
        return itemPairs.holds(MatchText.bigram(m[0], m[1]), in: i) || itemPairs.holds(MatchText.bigram(m[n - 2], m[n - 1]), in: i)
    }

    /// Whether requirement `r` binds the plan: it names no levels, the plan's level is unknown (then
    /// it is checked rather than excused), or the plan's level is one it names.
    func applies(_ r: Requirement) -> Bool {
        guard !r.levels.isEmpty, let level = alignment.level else { return true }
        return r.levels.contains(level)
    }

    /// The items carrying out requirement `r` of a section some item carries out: those of the
    /// section reaching it, else any item of the plan naming one of its key terms (said elsewhere).
    func reaching(section s: ReferenceSection, requirement r: Requirement) -> [Int] {
        reached[r.id] ?? findReaching(section: s, requirement: r)
    }

    private func findReaching(section s: ReferenceSection, requirement r: Requirement) -> [Int] {
        let sectionItems = bySection[s.id]
        let reached = sectionItems.map { items in (byRequirement[r.id] ?? []).filter { items.contains($0) } } ?? []
        guard reached.isEmpty, sectionItems != nil else { return reached }
        // The spellings' match texts looked up once, not once an item.
        let needles = r.terms.flatMap(\.spellings).map { prepared.match($0) }.filter { !$0.isEmpty }
        // Needle by needle, an item found once not read again.
        var said = [Bool](plain: false, count: alignment.items.count)
        for needle in needles {
            forEachItem(holding: needle, skip: { said[$0] }) { i in
                said[i] = true
                return false
            }
        }
        return said.indices.filter { said[$0] }
    }

    /// Whether some item says a `requires`/`scope` element: a spelling, one with the lexicon's
    /// equivalents swapped in, or (five characters or more) one with a single inner character
    /// changed into pairs the reference never uses. A misspelt element is said, only misspelt: the
    /// typo check reports that (by the same test); telling the official it is missing as well would
    /// be wrong. A change into known pairs (工作重点 for 工作要点) is another phrase, not a slip.
    func says(element e: RequirementElement) -> Bool {
        // Needle by needle, the rows of the pairs an item must hold looked up once, not once an
        // item (`mayHold`, `mayHoldNearly`): the answer is whether any item says any needle, in
        // whatever order they are asked.
        func row(_ a: UInt32, _ b: UInt32) -> Int { itemPairs.row(MatchText.bigram(a, b)) ?? -1 }
        for spelling in e.spellings {
            let needles = (prepared.elementVariants[spelling] ?? [MatchText(spelling)]).filter { !$0.isEmpty }
            let shadows = prepared.elementShadows[spelling] ?? []
            for n in needles {
                let g = n.count < 2 ? -1 : row(n.scalars[0], n.scalars[1])
                guard n.count < 2 || g >= 0 else { continue }
                if texts.indices.contains(where: { i in (g < 0 || itemPairs.holds(row: g, in: i)) && texts[i].contains(n, outside: shadows) }) { return true }
            }
            let slip: ([UInt32], Int) -> Bool = { w, k in TypoCheck.isForeign(w, at: k, ctx: self) }
            // A needle of four scalars or more keeps its first pair or its last when one inner
            // scalar changes (`mayHoldNearly`); every needle here has `TypoCheck.shortestTerm` (5)
            // or more, which a test holds at four or more.
            for n in needles where n.count >= TypoCheck.shortestTerm {
                let m = n.scalars
                let (first, last) = (row(m[0], m[1]), row(m[m.count - 2], m[m.count - 1]))
                guard first >= 0 || last >= 0 else { continue }
                if texts.indices.contains(where: { i in
                    ((first >= 0 && itemPairs.holds(row: first, in: i)) || (last >= 0 && itemPairs.holds(row: last, in: i))) && texts[i].containsNearly(n, where: slip)
                }) { return true }
            }
        }
        return false
    }

    /// The item a finding about requirement `r` of section `s` belongs on: among those reaching `r`
    /// (else those of the section), the one scoring `prefer` highest, then the nearest to the
    /// requirement's wording, then the first.
    func target(section s: SectionID, requirement r: RequirementID, prefer: (Int) -> Int = { _ in 0 }) -> Int? {
        let sectionItems = bySection[s] ?? []
        let carriers = byRequirement[r].map { $0.filter { sectionItems.contains($0) } } ?? []
        let candidates = carriers.isEmpty ? sectionItems : carriers
        guard !candidates.isEmpty else { return nil }
        let owner = owner(section: s, requirement: r)
        // The wording cosine is made only here, for the few candidates of a finding: made for
        // every item of every plan in advance, it was a twentieth of the check.
        func nearness(_ i: Int) -> Double {
            guard let owner, candidates.count > 1 else { return 0 }
            return index.cosine(weights: weights(of: i), requirement: owner)
        }
        var best = candidates[0]
        var bestKey = (prefer(best), nearness(best))
        for i in candidates.dropFirst() {
            let key = (prefer(i), nearness(i))
            if key.0 > bestKey.0 || (key.0 == bestKey.0 && key.1 > bestKey.1) {
                best = i
                bestKey = key
            }
        }
        return best
    }

    /// Item `i`'s weights against the reference's vocabulary, made once.
    private func weights(of i: Int) -> ReferenceIndex.Weights? {
        if let made = itemWeights[i] { return made }
        let made: ReferenceIndex.Weights? = index.weights(texts[i], counts: rankCounts)
        itemWeights[i] = made
        return made
    }

    /// Requirement `r` of section `s` by its place in `index.requirementOwners` (laid out section
    /// by section): the first section with that id holding it, as a scan of the owners finds it,
    /// without copying a section for each owner.
    func owner(section s: SectionID, requirement r: RequirementID) -> Int? {
        let sections = index.reference.sections
        for si in sections.indices where sections[si].id == s {
            if let q = sections[si].requirements.firstIndex(where: { $0.id == r }) { return index.requirementRange(section: si).lowerBound + q }
        }
        return nil
    }

    /// Per item, whether it carries out section `s` or reaches requirement `r`: what the clause and
    /// list checks ask of every clause they weigh (a `Set` of the items, made for every requirement,
    /// hashed each of them).
    func itemMask(section s: SectionID, requirement r: RequirementID) -> [Bool] {
        var mask = [Bool](plain: false, count: alignment.items.count)
        for i in bySection[s] ?? [] { mask[i] = true }
        for i in byRequirement[r] ?? [] { mask[i] = true }
        return mask
    }

    /// The clause of item `i` that says most of `spellings` (else its first clause).
    func clause(of i: Int, saying spellings: [[String]]) -> String {
        guard !clauseRanges[i].isEmpty else { return item(i).node.text }
        let needles = spellings.map { $0.map { prepared.match($0) } }
        let scored = clauseMatches[i].map { t in needles.filter { s in s.contains { t.contains($0) } }.count }
        let best = scored.indices.max { scored[$0] < scored[$1] || (scored[$0] == scored[$1] && $0 > $1) } ?? 0
        return clauseText(i, best)
    }

    func finding(
        _ kind: Finding.Kind, _ severity: Finding.Severity, item i: Int, section: SectionID?, requirement: RequirementID?,
        text: String, reference: String, missing: [String] = [], added: [String] = [], message: FindingNote,
        diff: Bool = true
    ) -> Finding {
        // `diff: false` where a character diff would mislead: made and thrown away, it cost a
        // tenth of the check (the long sentences a time limit sits in).
        Finding(
            kind: kind, severity: severity, section: section, requirement: requirement,
            path: path(i), line: alignment.items[i].item.line, text: text, reference: reference, missing: missing, added: added,
            diff: diff && isCopy(text, of: reference) ? TextDiff.segments(from: reference, to: text) : [], message: message)
    }

    /// Whether `text` keeps half of `reference` in order: only then is a character diff readable.
    func isCopy(_ text: String, of reference: String) -> Bool {
        let r = MatchText(reference).scalars, t = MatchText(text).scalars
        guard !r.isEmpty, !t.isEmpty else { return false }
        return TextDiff.common(r, t) * 2 >= r.count
    }
}
