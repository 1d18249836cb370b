/// Maps the sections of a reference text (a province's plan, a national text passed in) onto the
/// bundled national sections of its year, so that a report can say which national section each of
/// its sections carries out.
///
/// Why by alignment: an upper-level plan renumbers, merges and regroups the national points, so its
/// numbering says nothing about the national ids; what its items say does. Each item of the text is
/// aligned to the bundled key points like any plan's, and a section takes the national sections its
/// items carry out most (those with at least half the votes of the first).
public enum ReferenceMapping {
    public static func mapped(_ reference: Reference, builtFrom plan: Plan, onto national: Reference) -> Reference {
        let alignment = Aligner().align(plan, to: ReferenceIndex(national))
        var out = reference
        let order = Dictionary(national.sections.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        for s in out.sections.indices {
            let section = out.sections[s]
            var votes: [SectionID: Int] = [:]
            for a in alignment.items where a.item.line >= section.line && (section.end == 0 || a.item.line <= section.end) {
                for id in a.sections { votes[id, default: 0] += 1 }
            }
            guard let top = votes.values.max() else { continue }
            out.sections[s].national = votes.filter { $0.value * 2 >= top }.keys.sorted { (order[$0] ?? 0) < (order[$1] ?? 0) }
        }
        return out
    }
}
