/// The machine form of a comparison:
/// `{"rows", "references", "ranking", "plans", "matrix", "requirements"}`.
///
/// Plans are named by file name wherever they appear, so a script can join the matrix, the
/// variants and the plan list without positions.
public enum ComparisonJSON {
    public static func value(_ c: Comparison) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("rows", .string(c.rows.rawValue)),
            ("references", .array(c.references.map(JSONValue.string))),
            ("ranking", .array(c.ranking.map { .string(c.plans[$0].name) })),
            ("plans", .array(c.plans.map(plan))),
            ("matrix", .array(c.matrix.map { row(c, $0) })),
            ("requirements", .array(c.requirements.map { requirement(c, $0) })),
        ]
        // Where some file given could not be read as a plan (`Comparison.notCompared`).
        if !c.notCompared.isEmpty {
            fields.append(("not_compared", .array(c.notCompared.map { .object([("file", .string($0.path)), ("error", .string($0.english))]) })))
        }
        return .object(fields)
    }

    static func plan(_ p: ComparedPlan) -> JSONValue {
        let l = p.localisation
        return .object([
            ("plan", .string(p.name)),
            ("title", .optional(p.title)),
            ("locality", .optional(p.locality)),
            ("year", .optional(p.year)),
            ("reference", .string(p.reference)),
            ("referenceDrawnFromIt", .bool(p.referenceDrawnFromIt)),
            ("rank", p.rank == 0 ? .null : .int(p.rank)),
            ("requirementsReached", .int(p.requirementsReached)),
            ("requirementsTotal", .int(p.requirementsTotal)),
            ("coverage", .double(p.coverage)),
            ("sections", .object([("covered", .int(p.sectionsCovered)), ("partial", .int(p.sectionsPartial)), ("missing", .int(p.sectionsMissing))])),
            ("warnings", .int(p.warnings)),
            ("notes", .int(p.notes)),
            ("localisation", .object([
                ("index", .double(l.index)),
                ("items", .int(l.items)),
                ("characters", .int(l.characters)),
                ("copiedCharacters", .int(l.copiedCharacters)),
                ("itemsNamingUnits", .int(l.itemsNamingUnits)),
                ("itemsWithDeadlines", .int(l.itemsWithDeadlines)),
                ("localAdditions", .int(l.localAdditions)),
                ("localCharacters", .int(l.localCharacters)),
                ("localShare", .double(l.localShare)),
            ])),
            ("localAdditions", .array(p.localAdditions.map(CheckJSON.evidence))),
        ])
    }

    static func row(_ c: Comparison, _ r: MatrixRow) -> JSONValue {
        .object([
            ("id", .string(r.id)),
            ("title", .string(r.title)),
            ("topic", .optional(r.topic)),
            ("otherTopics", .array(r.otherTopics.map(JSONValue.string))),
            ("cells", .array(zip(c.plans, r.cells).map { p, cell in
                .object([
                    ("plan", .string(p.name)),
                    ("mark", .string(cell.mark.rawValue)),
                    ("requirementsReached", .int(cell.requirementsReached)),
                    ("requirementsTotal", .int(cell.requirementsTotal)),
                    ("bestScore", .optional(cell.bestScore)),
                    ("sections", .array(cell.sections.map(\.json))),
                    ("items", .array(cell.items.map(\.json))),
                ])
            })),
        ])
    }

    static func requirement(_ c: Comparison, _ r: RequirementComparison) -> JSONValue {
        .object([
            ("reference", .string(r.reference)),
            ("section", r.section.json),
            ("requirement", r.requirement.json),
            ("name", .string(r.name)),
            ("consensus", .object([
                ("text", .string(r.consensus)),
                ("source", .string(r.source.rawValue)),
                ("plan", .optional(r.consensusPlan)),
                ("carriedBy", .int(r.carriedBy)),
            ])),
            ("plansBound", .int(r.bindsCount)),
            ("leftOutBy", .int(r.leftOutBy)),
            ("variants", .array(r.variants.map { v in
                .object([
                    ("plan", .string(c.plans[v.plan].name)),
                    ("status", .string(v.isCarried ? "carried" : v.binds ? "missing" : "not-applicable")),
                    ("path", .optional(v.path?.rawValue)),
                    ("line", .optional(v.line)),
                    ("text", .optional(v.text)),
                    ("similarity", .double(v.similarity)),
                    ("diff", .array(v.diff.map { .object([("op", .string($0.operation.rawValue)), ("text", .string($0.text))]) })),
                    ("divergences", .array(v.divergences.map { d in
                        .object([
                            ("kind", .string(d.kind.rawValue)),
                            ("severity", .string(d.severity.rawValue)),
                            ("note", .string(d.note)),
                            ("path", d.path.json),
                            ("line", .int(d.line)),
                            ("reference", .string(d.reference)),
                            ("missing", .array(d.missing.map(JSONValue.string))),
                        ])
                    })),
                ])
            })),
        ])
    }
}
