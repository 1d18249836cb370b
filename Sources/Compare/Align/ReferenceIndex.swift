import Foundation

/// A reference prepared for aligning: bigram weights, section profiles and a term lookup, built
/// once and reused for every plan.
///
/// Why a separate step: building costs more than aligning a plan; a batch of plans against one
/// year's key points builds it once.
public struct ReferenceIndex: Sendable {
    public let reference: Reference
    let idf: IDFTable
    /// Per section: everything the reference says about it (title, requirements' names, summaries,
    /// terms, wording), as one weighted bag.
    let sectionVectors: [BigramVector]
    /// Per section, per requirement: the requirement's own bag.
    let requirementVectors: [[BigramVector]]
    /// Per section: its title and variants.
    let titles: [[MatchText]]
    /// Per section: its part's heading and variants.
    let partHeadings: [[MatchText]]
    let terms: [IndexedTerm]
    /// First bigram of a spelling → indices into `terms`.
    let termStarts: [UInt64: [Int]]

    struct IndexedTerm: Sendable {
        var spelling: [UInt32]
        var name: String
        var section: Int
        var requirement: Int
        var weight: Double
    }

    public init(_ reference: Reference) {
        self.reference = reference
        let sections = reference.sections
        let profiles: [MatchText] = sections.map { s in
            var parts = [s.title] + s.variants
            for r in s.requirements {
                parts.append(r.name)
                parts.append(r.summary)
                parts.append(contentsOf: r.terms.flatMap(\.spellings))
                parts.append(contentsOf: r.wording)
            }
            return MatchText(parts.joined(separator: "。"))
        }
        let idf = IDFTable(documents: profiles)
        self.idf = idf
        sectionVectors = profiles.map { BigramVector($0, idf: idf) }
        requirementVectors = sections.map { s in
            s.requirements.map { r in
                BigramVector(MatchText(([r.name, r.summary] + r.terms.flatMap(\.spellings) + r.wording).joined(separator: "。")), idf: idf)
            }
        }
        titles = sections.map { s in ([s.title] + s.variants).map(MatchText.init) }
        partHeadings = sections.map { s in
            guard let part = reference.part(number: s.part) else { return [] }
            return ([part.heading] + part.variants).map(MatchText.init)
        }

        // A term names its section the more surely the fewer sections' profiles hold it.
        var terms: [IndexedTerm] = []
        for (si, s) in sections.enumerated() {
            for (ri, r) in s.requirements.enumerated() {
                for term in r.terms {
                    for spelling in term.spellings {
                        let text = MatchText(spelling)
                        guard text.count >= 2 else { continue }
                        let df = max(1, profiles.filter { $0.contains(text) }.count)
                        let specificity = log(1 + Double(sections.count) / Double(df))
                        let length = min(1.0, 0.4 + 0.2 * Double(text.count))
                        terms.append(IndexedTerm(
                            spelling: text.scalars, name: term.name, section: si, requirement: ri,
                            weight: specificity * length))
                    }
                }
            }
        }
        self.terms = terms
        var starts: [UInt64: [Int]] = [:]
        for (i, t) in terms.enumerated() {
            starts[MatchText.bigram(t.spelling[0], t.spelling[1]), default: []].append(i)
        }
        termStarts = starts
    }

    /// Weighted Dice overlap of two short texts' bigram sets: 1 for the same heading, near 0 for
    /// headings that share only what every section says.
    func headingSimilarity(_ a: MatchText, _ b: MatchText) -> Double {
        let x = Set(a.bigrams), y = Set(b.bigrams)
        guard !x.isEmpty, !y.isEmpty else { return 0 }
        var shared = 0.0, total = 0.0
        for g in x {
            let w = idf.weight(g)
            total += w
            if y.contains(g) { shared += w }
        }
        for g in y { total += idf.weight(g) }
        return total > 0 ? 2 * shared / total : 0
    }

    /// Every term occurrence in `text`: (term index, start offset), longest spellings first at
    /// each offset.
    func termHits(in text: MatchText) -> [(term: Int, offset: Int)] {
        let s = text.scalars
        guard s.count >= 2 else { return [] }
        var hits: [(Int, Int)] = []
        for i in 0..<(s.count - 1) {
            guard let candidates = termStarts[MatchText.bigram(s[i], s[i + 1])] else { continue }
            for c in candidates {
                let spelling = terms[c].spelling
                guard i + spelling.count <= s.count else { continue }
                var j = 2
                while j < spelling.count && s[i + j] == spelling[j] { j += 1 }
                if j == spelling.count { hits.append((c, i)) }
            }
        }
        return hits
    }
}
