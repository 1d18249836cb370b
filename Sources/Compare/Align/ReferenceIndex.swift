import Foundation

/// A reference prepared for aligning: bigram weights, section profiles and a term lookup, built
/// once and reused for every plan.
///
/// Why a separate step: building costs more than aligning a plan; a batch of plans against one
/// year's key points builds it once.
public struct ReferenceIndex: Sendable {
    public let reference: Reference
    let idf: IDFTable
    /// Per section: its title and variants, as bigram sets.
    let titles: [[BigramSet]]
    /// Per section: its title and variants as match text, when long enough (4 or more characters)
    /// to be evidence when an item's own text contains them.
    let titleTexts: [[[UInt32]]]
    /// The title texts by the pair each starts with: (section, title) lists, numbered by the table.
    let titleStarts: BigramTable
    /// Per start list, its (section, title) pairs, and the title texts, laid end to end
    /// (`FlatLists`), the titles numbered across sections in order: what `markTitles` reads at
    /// every pair a title starts with.
    let startingTitles: FlatLists<(section: Int32, title: Int32)>
    let titleScalars: FlatLists<UInt32>
    /// Per section: its part's heading and variants.
    let partHeadings: [[BigramSet]]
    /// `titles` and `partHeadings` indexed by vocabulary number, for a heading's similarity to all.
    let titleTargets: HeadingTargets
    let partTargets: HeadingTargets
    /// Every bigram the reference uses, numbered; its IDF weight; and, per bigram, the sections and
    /// requirements holding it with their weights (flat arrays sliced by `postingStart`). Why this
    /// shape: an item is compared with every section and requirement in one pass over its own
    /// bigrams, with one hash lookup each and no allocation per comparison.
    let vocabularyTable: BigramTable
    let vocabularyWeight: [Double]
    let unseenWeight: Double
    let sectionPostingStart: [Int]
    let sectionPostings: [(document: Int, weight: Double)]
    let requirementPostingStart: [Int]
    let requirementPostings: [(document: Int, weight: Double)]
    /// Per vocabulary number, where its section and its requirement postings stand, side by side:
    /// what a text's cosines read of each of its pairs, one cache line where the two start arrays
    /// were two misses a pair.
    let postingRanges: [(sections: Range<Int32>, requirements: Range<Int32>)]
    /// Flat requirement number → (section, requirement within it).
    let requirementOwners: [(section: Int, requirement: Int)]
    /// Where each section's requirements start in `requirementOwners` (one more than sections):
    /// the owners run section by section.
    let requirementStarts: [Int]

    /// The flat numbers of section `si`'s requirements, in order.
    func requirementRange(section si: Int) -> Range<Int> {
        requirementStarts[si]..<requirementStarts[si + 1]
    }

    /// A short text's distinct bigrams that the reference knows, as sorted vocabulary numbers, and
    /// the IDF weights of all its distinct bigrams summed: what heading similarity needs.
    struct BigramSet: Sendable {
        var ids: [Int]
        var weight: Double
    }

    func bigramSet(_ text: MatchText) -> BigramSet {
        Self.bigramSet(text, vocabulary: vocabularyTable, weights: vocabularyWeight, unseen: unseenWeight)
    }

    /// `weights`: each vocabulary number's IDF weight; `unseen`: the weight of a pair the
    /// vocabulary lacks. Every pair of the reference's profiles is in the vocabulary (each has a
    /// weight above zero in its section's vector), so a pair it lacks is in no profile, and its IDF
    /// weight is the unseen one: the weights are the IDF table's, read by the number the pair is
    /// looked up by anyway, where asking the table hashed each pair and took its logarithm again.
    static func bigramSet(_ text: MatchText, vocabulary: BigramTable, weights: [Double], unseen: Double) -> BigramSet {
        // Sorted, so the weight is summed in one order on every run (Set order is seeded).
        let distinct = PairSet(text).sorted
        var ids: [Int] = []
        ids.reserveCapacity(distinct.count)
        var weight = 0.0
        for pair in distinct {
            if let id = vocabulary[pair] {
                ids.append(id)
                weight += weights[id]
            } else {
                weight += unseen
            }
        }
        RadixSort.sort(&ids)
        return BigramSet(ids: ids, weight: weight)
    }
    let terms: [IndexedTerm]
    /// First bigram of a spelling → a list of indices into `terms` (`startingTerms`).
    let termStarts: BigramTable
    /// The start lists and the terms' spellings laid end to end: what `appendHits` reads.
    let startingTerms: FlatLists<Int32>
    let termScalars: FlatLists<UInt32>
    /// Every pair an item is read by (a vocabulary pair, or the first pair of a term or a title),
    /// with its vocabulary number and, where a term or a title starts with it, its number in
    /// `readStarts` (-1: none): one lookup a pair for the three readings (`read`), where three
    /// passes over the item looked each pair up in three tables.
    let readTable: PairReadTable
    /// Per pair a term or a title starts with, its list in `startingTerms` and its list in
    /// `startingTitles` (-1: none).
    let readStarts: [(terms: Int32, titles: Int32)]

    struct IndexedTerm: Sendable {
        var spelling: [UInt32]
        var name: String
        /// Which term (all its spellings share it): a term counts once however it is spelt.
        var term: Int
        var section: Int
        var requirement: Int
        var weight: Double
    }

    /// Each section's profile: its title, variants, and its requirements' names, summaries, term
    /// spellings and wording, as one match text.
    static func profiles(_ sections: [ReferenceSection]) -> [MatchText] {
        sections.map { s in
            var parts = [s.title] + s.variants
            for r in s.requirements {
                parts.append(r.name)
                parts.append(r.summary)
                parts.append(contentsOf: r.terms.flatMap(\.spellings))
                parts.append(contentsOf: r.wording)
            }
            return MatchText(parts.joined(separator: "。"))
        }
    }

    public init(_ reference: Reference) {
        self.reference = reference
        let sections = reference.sections
        let profiles = Self.profiles(sections)
        let idf = IDFTable(documents: profiles)
        self.idf = idf
        // Per section, everything the reference says about it (title, requirements' names,
        // summaries, terms, wording) as one weighted bag; per requirement, its own bag.
        let sectionVectors = profiles.map { BigramVector($0, idf: idf) }
        let requirementVectors = sections.map { s in
            s.requirements.map { r in
                BigramVector(MatchText(([r.name, r.summary] + r.terms.flatMap(\.spellings) + r.wording).joined(separator: "。")), idf: idf)
            }
        }
        var owners: [(section: Int, requirement: Int)] = []
        var flatRequirements: [BigramVector] = []
        for (si, vectors) in requirementVectors.enumerated() {
            for (ri, v) in vectors.enumerated() {
                owners.append((si, ri))
                flatRequirements.append(v)
            }
        }
        requirementOwners = owners
        requirementStarts = requirementVectors.reduce(into: [0]) { $0.append($0.last! + $1.count) }
        var vocabulary: [UInt64: Int] = [:]
        for v in sectionVectors + flatRequirements {
            for b in v.weights.keys.sorted() where vocabulary[b] == nil { vocabulary[b] = vocabulary.count }
        }
        var weights = [Double](repeating: 0, count: vocabulary.count)
        for (b, id) in vocabulary { weights[id] = idf.weight(b) }
        func postings(_ vectors: [BigramVector]) -> (start: [Int], entries: [(document: Int, weight: Double)]) {
            var lists = [[(document: Int, weight: Double)]](repeating: [], count: vocabulary.count)
            for (d, v) in vectors.enumerated() {
                for (b, w) in v.weights { lists[vocabulary[b]!].append((d, w)) }
            }
            var start: [Int] = [0]
            var entries: [(document: Int, weight: Double)] = []
            for list in lists {
                entries.append(contentsOf: list.sorted { $0.document < $1.document })
                start.append(entries.count)
            }
            return (start, entries)
        }
        (sectionPostingStart, sectionPostings) = postings(sectionVectors)
        (requirementPostingStart, requirementPostings) = postings(flatRequirements)
        let (sectionStart, requirementStart) = (sectionPostingStart, requirementPostingStart)
        postingRanges = (0..<sectionStart.count - 1).map { id -> (sections: Range<Int32>, requirements: Range<Int32>) in
            let sections = Int32(sectionStart[id])..<Int32(sectionStart[id + 1])
            let requirements = Int32(requirementStart[id])..<Int32(requirementStart[id + 1])
            return (sections, requirements)
        }
        // Part headings are not in the sections' profiles: give their bigrams numbers too.
        var extended = vocabulary
        var extendedWeights = weights
        for part in reference.parts {
            for heading in [part.heading] + part.variants {
                for b in MatchText(heading).bigrams where extended[b] == nil {
                    extended[b] = extended.count
                    extendedWeights.append(idf.weight(b))
                }
            }
        }
        vocabularyTable = BigramTable(extended.map { ($0.key, $0.value) })
        vocabularyWeight = extendedWeights
        unseenWeight = idf.weight(0)
        let (table, unseen) = (vocabularyTable, unseenWeight)
        func set(_ text: String) -> BigramSet { Self.bigramSet(MatchText(text), vocabulary: table, weights: extendedWeights, unseen: unseen) }
        titles = sections.map { s in ([s.title] + s.variants).map(set) }
        titleTexts = sections.map { s in ([s.title] + s.variants).map { MatchText($0).scalars }.filter { $0.count >= 4 } }
        var startLists: [[(section: Int, title: Int)]] = []
        var startNumbers: [UInt64: Int] = [:]
        for (si, texts) in titleTexts.enumerated() {
            for (k, t) in texts.enumerated() {
                let pair = MatchText.bigram(t[0], t[1])
                if let g = startNumbers[pair] { startLists[g].append((si, k)) } else {
                    startNumbers[pair] = startLists.count
                    startLists.append([(si, k)])
                }
            }
        }
        titleStarts = BigramTable(startNumbers.map { ($0.key, $0.value) })
        // Titles numbered across sections, in order, for the flat lists.
        var firstTitle: [Int] = [], running = 0
        for texts in titleTexts {
            firstTitle.append(running)
            running += texts.count
        }
        startingTitles = FlatLists(startLists.map { list in list.map { (Int32($0.section), Int32(firstTitle[$0.section] + $0.title)) } })
        titleScalars = FlatLists(titleTexts.flatMap { $0 })
        partHeadings = sections.map { s in
            guard let part = reference.part(number: s.part) else { return [] }
            return ([part.heading] + part.variants).map(set)
        }
        titleTargets = HeadingTargets(titles, vocabularyCount: extendedWeights.count)
        partTargets = HeadingTargets(partHeadings, vocabularyCount: extendedWeights.count)

        // A term names its section the more surely the fewer sections' profiles hold it. The
        // profiles are searched for all spellings at once (`holds(each:)`): a reference whose list
        // of 100,000 members made as many terms took 13 s searched spelling by spelling.
        var terms: [IndexedTerm] = [], spellings: [MatchText] = []
        for (si, s) in sections.enumerated() {
            for (ri, r) in s.requirements.enumerated() {
                for term in r.terms {
                    let termNumber = terms.last.map { $0.term + 1 } ?? 0
                    for spelling in term.spellings {
                        let text = MatchText(spelling)
                        guard text.count >= 2 else { continue }
                        spellings.append(text)
                        terms.append(IndexedTerm(
                            spelling: text.scalars, name: term.name, term: termNumber, section: si, requirement: ri, weight: 0))
                    }
                }
            }
        }
        var holders = [Int](repeating: 0, count: terms.count)
        for profile in profiles {
            for (k, held) in profile.holds(each: spellings).enumerated() where held { holders[k] += 1 }
        }
        for k in terms.indices {
            let specificity = log(1 + Double(sections.count) / Double(max(1, holders[k])))
            let length = min(1.0, 0.4 + 0.2 * Double(spellings[k].count))
            terms[k].weight = specificity * length
        }
        self.terms = terms
        var starts: [UInt64: [Int]] = [:]
        for (i, t) in terms.enumerated() {
            starts[MatchText.bigram(t.spelling[0], t.spelling[1]), default: []].append(i)
        }
        let startKeys = starts.keys.sorted()
        startingTerms = FlatLists(startKeys.map { starts[$0]!.map(Int32.init) })
        termScalars = FlatLists(terms.map(\.spelling))
        termStarts = BigramTable(startKeys.enumerated().map { ($1, $0) })
        let readKeys = Set(extended.keys).union(startKeys).union(startNumbers.keys).sorted()
        let termLists = Dictionary(uniqueKeysWithValues: startKeys.enumerated().map { ($1, $0) })
        var readStarts: [(terms: Int32, titles: Int32)] = []
        readTable = PairReadTable(readKeys.map { key in
            let starts = (terms: Int32(termLists[key] ?? -1), titles: Int32(startNumbers[key] ?? -1))
            let start = starts == (-1, -1) ? -1 : Int32(readStarts.count)
            if start >= 0 { readStarts.append(starts) }
            return (key, Int32(extended[key] ?? -1), start)
        })
        self.readStarts = readStarts
    }

    /// Weighted Dice overlap of two short texts' bigram sets: 1 for the same heading, near 0 for
    /// headings that share only what every section says.
    func headingSimilarity(_ a: BigramSet, _ b: BigramSet) -> Double {
        let total = a.weight + b.weight
        guard total > 0 else { return 0 }
        var shared = 0.0
        var i = 0, j = 0
        while i < a.ids.count && j < b.ids.count {
            if a.ids[i] == b.ids[j] {
                shared += vocabularyWeight[a.ids[i]]
                i += 1
                j += 1
            } else if a.ids[i] < b.ids[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return 2 * shared / total
    }

    /// Per section, whether `text` holds one of its title texts: each looked for only where the
    /// text has the pair it starts with (a scan of the text for every title was a fifteenth of
    /// aligning).
    func titlesInText(_ text: MatchText) -> [Bool] {
        var out = [Bool](plain: false, count: titleTexts.count)
        let s = text.scalars
        guard s.count >= 2 else { return out }
        for i in 0..<(s.count - 1) {
            guard let g = titleStarts[MatchText.bigram(s[i], s[i + 1])] else { continue }
            markTitles(at: i, in: s, list: g, &out)
        }
        return out
    }

    /// Marks the sections whose title of start list `list` (`startingTitles`) stands at `i` of `s`.
    @inline(__always)
    func markTitles(at i: Int, in s: [UInt32], list: Int, _ out: inout [Bool]) {
        startingTitles.elements.withUnsafeBufferPointer { starting in
            titleScalars.elements.withUnsafeBufferPointer { scalars in
                for e in startingTitles.range(list) where !out[Int(starting[e].section)] {
                    let title = titleScalars.range(Int(starting[e].title))
                    guard i + title.count <= s.count else { continue }
                    var j = 0
                    while j < title.count && s[i &+ j] == scalars[title.lowerBound &+ j] { j &+= 1 }
                    if j == title.count { out[Int(starting[e].section)] = true }
                }
            }
        }
    }

    /// Every term occurrence in `text`: (term index, start offset), longest spellings first at
    /// each offset.
    func termHits(in text: MatchText) -> [(term: Int, offset: Int)] {
        let s = text.scalars
        guard s.count >= 2 else { return [] }
        var hits: [(term: Int, offset: Int)] = []
        for i in 0..<(s.count - 1) {
            guard let list = termStarts[MatchText.bigram(s[i], s[i + 1])] else { continue }
            appendHits(at: i, in: s, list: list, &hits)
        }
        return hits
    }

    /// Appends the terms of start list `list` (`startingTerms`) whose spelling stands at `i` of `s`.
    @inline(__always)
    func appendHits(at i: Int, in s: [UInt32], list: Int, _ hits: inout [(term: Int, offset: Int)]) {
        startingTerms.elements.withUnsafeBufferPointer { starting in
            termScalars.elements.withUnsafeBufferPointer { scalars in
                for e in startingTerms.range(list) {
                    let c = Int(starting[e])
                    let spelling = termScalars.range(c)
                    guard i + spelling.count <= s.count else { continue }
                    var j = 2
                    while j < spelling.count && s[i &+ j] == scalars[spelling.lowerBound &+ j] { j &+= 1 }
                    if j == spelling.count { hits.append((c, i)) }
                }
            }
        }
    }
}
