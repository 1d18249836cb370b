/// The plain baseline every change is measured against: each item goes to the one section whose
/// wording is most similar by character-bigram TF-IDF cosine; no terms, headings or structure.
///
/// Why keep it: the evaluation prints its scores beside the aligner's, so what each piece of
/// structure adds is a number, not a claim.
public struct BaselineAligner: Sendable {
    /// Below this cosine the item is taken as local content: about the similarity two unrelated
    /// sentences of plan prose share through common words.
    public var local = 0.1

    public init() {}

    public func align(_ plan: Plan, to index: ReferenceIndex) -> Alignment {
        let aligned: [ItemAlignment] = plan.items.map { item in
            var best: (Int, Double)? = nil
            for (i, c) in index.cosines(MatchText(item.node.text)).sections.enumerated() where c > (best?.1 ?? 0) {
                best = (i, c)
            }
            guard let (i, cosine) = best, cosine >= local else { return ItemAlignment(item: item, matches: [], score: 0) }
            let section = index.reference.sections[i]
            let match = SectionMatch(section: section.id, requirements: [], score: cosine,
                              reasons: [Reason(kind: .wording, text: section.title, weight: cosine)])
            return ItemAlignment(item: item, matches: [match], score: cosine)
        }
        var alignment = Alignment(
            plan: plan.name, reference: index.reference.name, year: index.reference.year, items: aligned,
            coverage: Aligner.coverage(aligned, reference: index.reference))
        alignment.level = plan.metadata.level
        return alignment
    }
}
