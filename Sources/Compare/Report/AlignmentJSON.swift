/// The machine form of an alignment: `{"plan", "reference", "warnings", "items", "coverage"}`.
///
/// Items keep the parser's item fields (path, line, text, lead, responsible, deadlines) and add
/// what the aligner found, so a program reading `parse` output reads this the same way.
public enum AlignmentJSON {
    public static func value(_ alignment: Alignment, warnings: [ParseWarning] = []) -> JSONValue {
        .object([
            ("plan", .string(alignment.plan)),
            ("reference", .string(alignment.reference)),
            ("warnings", ModelJSON.warnings(warnings)),
            ("items", .array(alignment.items.map(item))),
            ("coverage", .array(alignment.coverage.map(coverage))),
        ])
    }

    static func item(_ a: ItemAlignment) -> JSONValue {
        let i = a.item
        return .object(ModelJSON.place(i) + [
            ("sections", .array(a.sections.map(\.json))),
            ("topics", .array(a.topics.map(JSONValue.string))),
            ("requirements", .array(a.requirements.map(\.json))),
            ("score", .double(rounded(a.score))),
            ("reasons", .array((a.matches.first?.reasons ?? []).map(reason))),
        ] + ModelJSON.task(i.node) + (a.matches.count > 1 ? [("alsoMatches", .array(a.matches.dropFirst().map(match)))] : []))
    }

    static func match(_ m: SectionMatch) -> JSONValue {
        .object([
            ("section", m.section.json),
            ("requirements", .array(m.requirements.map(\.json))),
            ("score", .double(rounded(m.score))),
            ("reasons", .array(m.reasons.map(reason))),
        ])
    }

    static func reason(_ r: Reason) -> JSONValue {
        .object([
            ("kind", .string(r.kind.rawValue)),
            ("text", .string(r.text)),
            ("requirement", .optional(r.requirement?.rawValue)),
            ("weight", .double(rounded(r.weight))),
        ])
    }

    static func coverage(_ c: SectionCoverage) -> JSONValue {
        .object([
            ("section", c.section.json),
            ("covered", .bool(c.isCovered)),
            ("items", .array(c.items.map(\.json))),
            ("requirementsReached", .array(c.requirementsReached.map(\.json))),
            ("requirementsTotal", .int(c.requirementsTotal)),
        ])
    }

    /// Three decimals: enough to rank, and the same bytes on every machine.
    static func rounded(_ x: Double) -> Double {
        (x * 1000).rounded() / 1000
    }
}
