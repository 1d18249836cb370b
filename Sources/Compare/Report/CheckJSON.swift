/// The machine form of a draft check:
/// `{"plan", "reference", "referenceKind", "referenceSource", "referenceDrawnFromThisPlan",
/// "warnings", "summary", "coverage", "divergences", "localAdditions", "referenceFit", "topics"}`
/// (the reference's fields when the reference is given; `topics` empty when the items were given
/// none). It says all the Markdown report says, so a CI gate reading it knows what was not read.
public enum CheckJSON {
    /// `warnings`: the parser's, as the Markdown shows those that mean text was not read.
    public static func value(_ result: CheckResult, reference: Reference? = nil, warnings: [ParseWarning] = []) -> JSONValue {
        .object([
            ("plan", .string(result.plan)),
            ("reference", .string(result.reference)),
        ] + (reference.map { r in [
            ("referenceKind", .string(kind(r.provenance))),
            ("referenceSource", .string(r.source)),
            ("referenceDrawnFromThisPlan", .bool(result.referenceDrawnFromIt)),
        ] } ?? []) + [
            ("warnings", ModelJSON.warnings(warnings)),
            ("summary", summary(result)),
            ("coverage", .array(result.coverage.map(section))),
            ("divergences", .array(result.findings.map(finding))),
            ("localAdditions", .array(result.localAdditions.map(evidence))),
            ("referenceFit", fit(result.fit, referenceYear: reference?.year)),
            ("topics", .array((result.topics ?? []).map { t in
                .object([("topic", .string(t.topic)), ("key", .string(t.key)), ("items", .array(t.items.map(\.json)))])
            })),
        ])
    }

    /// `{"fit": "exact"|"earlier"|"no-year"|"given", "planYear", "referenceYear"}`.
    static func fit(_ fit: ReferenceChoice.Fit, referenceYear: Int?) -> JSONValue {
        let year: JSONValue = referenceYear.map { .int($0) } ?? .null
        switch fit {
        case .exact: return .object([("fit", .string("exact")), ("referenceYear", year)])
        case let .earlier(planYear): return .object([("fit", .string("earlier")), ("planYear", .int(planYear)), ("referenceYear", year)])
        case .noYear: return .object([("fit", .string("no-year")), ("referenceYear", year)])
        case .given: return .object([("fit", .string("given")), ("referenceYear", year)])
        }
    }

    /// `derived` (the bundled key points), `national`, `plan` (another locality's plan) or `text`.
    static func kind(_ p: Reference.Provenance) -> String {
        switch p {
        case .derived: return "derived"
        case .national: return "national"
        case .plan: return "plan"
        case .text: return "text"
        }
    }

    static func summary(_ r: CheckResult) -> JSONValue {
        func count(_ s: SectionStatus.Status) -> Int { r.coverage.count { $0.status == s } }
        return .object([
            ("sections", .int(r.coverage.count)),
            ("covered", .int(count(.covered))),
            ("partial", .int(count(.partial))),
            ("missing", .int(count(.missing))),
            ("divergences", .object(Finding.Kind.allCases.map { k in (k.rawValue, .int(r.findings.count { $0.kind == k })) })),
            ("warnings", .int(r.findings.count(where: CheckResult.isWarning))),
            ("toFix", .int(r.divergencesToFixCount)),
            ("clean", .bool(r.isClean)),
        ])
    }

    static func section(_ s: SectionStatus) -> JSONValue {
        .object([
            ("section", s.section.json),
            ("title", .string(s.title)),
            ("status", .string(s.status.rawValue)),
            ("items", .array(s.items.map(\.json))),
            ("notApplicable", .array(s.notApplicable.map(\.json))),
            ("requirements", .array(s.requirements.map { r in
                .object([
                    ("requirement", r.requirement.json),
                    ("name", .string(r.name)),
                    ("status", .string(r.isCovered ? "covered" : "missing")),
                    ("items", .array(r.items.map(\.json))),
                ])
            })),
        ])
    }

    static func finding(_ f: Finding) -> JSONValue {
        .object([
            ("path", f.path.json),
            ("line", .int(f.line)),
            ("section", .optional(f.section?.rawValue)),
            ("requirement", .optional(f.requirement?.rawValue)),
            ("kind", .string(f.kind.rawValue)),
            ("missing", .array(f.missing.map(JSONValue.string))),
            ("added", .array(f.added.map(JSONValue.string))),
            ("text", .string(f.text)),
            ("reference", .string(f.reference)),
            ("severity", .string(f.severity.rawValue)),
            ("note", .string(f.note)),
            ("gap", .bool(f.gap)),
            ("diff", .array(f.diff.map { .object([("op", .string($0.operation.rawValue)), ("text", .string($0.text))]) })),
        ])
    }

    static func evidence(_ e: ItemEvidence) -> JSONValue {
        .object([("path", e.path.json), ("line", .int(e.line)), ("text", .string(e.text))])
    }
}
