/// The machine form of an alignment: `{"plan", "reference", "warnings", "items", "coverage"}`.
///
/// Items keep the parser's item fields (path, line, text, lead, responsible, deadlines) and add
/// what the aligner found, so a program reading `parse` output reads this the same way.
public enum AlignmentJSON {
    public static func value(_ alignment: Alignment, warnings: [ParseWarning] = []) -> JSONValue {
        .object([
            ("plan", .string(alignment.plan)),
            ("reference", .string(alignment.reference)),
            ("warnings", PlanJSON.warnings(warnings)),
            ("items", .array(alignment.items.map(item))),
            ("coverage", .array(alignment.coverage.map(coverage))),
        ])
    }

    static func item(_ a: ItemAlignment) -> JSONValue {
        let i = a.item
        return .object([
            ("path", .string(i.path)),
            ("line", .int(i.line)),
            ("text", .string(i.node.text)),
            ("sections", .array(a.sections.map(JSONValue.string))),
            ("topics", .array(a.topics.map(JSONValue.string))),
            ("requirements", .array(a.requirements.map(JSONValue.string))),
            ("score", .double(rounded(a.score))),
            ("reasons", .array((a.matches.first?.reasons ?? []).map(reason))),
            ("lead", .array(i.node.units.lead.map(JSONValue.string))),
            ("responsible", .array(i.node.units.responsible.map(JSONValue.string))),
            ("deadlines", .array(i.node.deadlines.map(PlanJSON.deadline))),
        ] + (a.matches.count > 1 ? [("alsoMatches", .array(a.matches.dropFirst().map(match)))] : []))
    }

    static func match(_ m: SectionMatch) -> JSONValue {
        .object([
            ("section", .string(m.section)),
            ("requirements", .array(m.requirements.map(JSONValue.string))),
            ("score", .double(rounded(m.score))),
            ("reasons", .array(m.reasons.map(reason))),
        ])
    }

    static func reason(_ r: Reason) -> JSONValue {
        .object([
            ("kind", .string(r.kind.rawValue)),
            ("text", .string(r.text)),
            ("requirement", .optional(r.requirement)),
            ("weight", .double(rounded(r.weight))),
        ])
    }

    static func coverage(_ c: SectionCoverage) -> JSONValue {
        .object([
            ("section", .string(c.section)),
            ("covered", .bool(c.isCovered)),
            ("items", .array(c.items.map(JSONValue.string))),
            ("requirementsReached", .array(c.requirementsReached.map(JSONValue.string))),
            ("requirementsTotal", .int(c.requirementsTotal)),
        ])
    }

    /// Three decimals: enough to rank, and the same bytes on every machine.
    static func rounded(_ x: Double) -> Double {
        (x * 1000).rounded() / 1000
    }
}
