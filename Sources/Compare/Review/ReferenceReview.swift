/// What changed in the national requirements between two years of key points.
///
/// A reference is read as two lists, its sections and its requirements, each paired across years
/// by the same engine as plan items (`ItemPairing`): by wording, key terms and topics, never by id
/// (2018 and 2021 number different structures). A requirement's similarity reads its name,
/// summary, key terms, lists and wording; its shown and diffed text is its summary.
public enum ReferenceReview {
    public static func run(old: Reference, new: Reference, taxonomy: Taxonomy, lexicon: ObligationLexicon? = nil) -> ReviewResult {
        let oldRequirements = requirements(old, taxonomy: taxonomy), newRequirements = requirements(new, taxonomy: taxonomy)
        let oldSections = sections(old, requirements: oldRequirements, taxonomy: taxonomy)
        let newSections = sections(new, requirements: newRequirements, taxonomy: taxonomy)
        return ReviewResult(
            kind: .references,
            old: side(old), new: side(new),
            entries: ItemPairing.review(old: oldRequirements, new: newRequirements, oldYear: old.year, newYear: new.year, lexicon: lexicon),
            sections: ItemPairing.review(old: oldSections, new: newSections, oldYear: old.year, newYear: new.year, weights: .sections),
            topics: TopicChanges.topics(old: oldSections, new: newSections, oldReference: old, newReference: new, taxonomy: taxonomy))
    }

    static func requirements(_ reference: Reference, taxonomy: Taxonomy) -> [ReviewEntry] {
        reference.requirements.map { section, r in
            var members: [String] = []
            for m in r.lists.joined() where !members.contains(m) { members.append(m) }
            let deadlines: [Deadline] = r.deadline.map { raw -> [Deadline] in
                let read = DeadlineExtractor.deadlines(in: raw, planYear: reference.year)
                return read.isEmpty ? [Deadline(raw: raw, value: .unresolved)] : read
            } ?? []
            let said = [r.name, r.summary] + r.terms.flatMap(\.spellings) + members + r.wording
            return ReviewEntry(
                id: r.id.rawValue, line: r.line, text: r.summary, matchText: said.joined(separator: "。"),
                topics: TopicChanges.of(sections: [section.id], in: reference, taxonomy: taxonomy), sections: [section.id],
                deadlines: deadlines, members: members)
        }
    }

    /// A section is its title and everything its requirements say.
    static func sections(_ reference: Reference, requirements: [ReviewEntry], taxonomy: Taxonomy) -> [ReviewEntry] {
        reference.sections.map { s in
            let said = [s.title] + s.variants + requirements.filter { $0.sections == [s.id] }.map(\.matchText)
            return ReviewEntry(
                id: s.id.rawValue, line: s.line, text: s.title, matchText: said.joined(separator: "。"),
                topics: TopicChanges.of(sections: [s.id], in: reference, taxonomy: taxonomy), sections: [s.id])
        }
    }

    static func side(_ reference: Reference) -> ReviewSide {
        var side = ReviewSide(name: reference.name, title: reference.title, year: reference.year, reference: reference.name)
        side.drawnFrom = reference.drawnFrom
        return side
    }
}
