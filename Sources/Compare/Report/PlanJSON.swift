/// The machine form of a parsed plan: `{"plan", "metadata", "nodes", "items"}`.
///
/// `items` is the shape later commands reuse (align, check): the leaf task units in document
/// order with their path, line, whole text, units and deadlines.
public enum PlanJSON {
    public static func value(_ plan: Plan) -> JSONValue {
        .object([
            ("plan", .string(plan.name)),
            ("metadata", metadata(plan.metadata)),
            ("nodes", .array(plan.nodes.map(node))),
            ("items", .array(plan.items.map(item))),
            ("warnings", warnings(plan.warnings)),
        ])
    }

    /// `[{"line", "kind", "message"}]`: what every JSON output that reads a plan carries, so a
    /// program reading it knows what the parser could not read.
    public static func warnings(_ list: [ParseWarning]) -> JSONValue {
        .array(list.map { w in
            .object([("line", .int(w.line)), ("kind", .string(w.kind.rawValue)), ("message", .string(w.message))])
        })
    }

    public static func metadata(_ m: Metadata) -> JSONValue {
        .object([
            ("title", .optional(m.title)),
            ("locality", .optional(m.locality)),
            ("province", .optional(m.province)),
            ("level", .optional(m.level?.rawValue)),
            ("year", .optional(m.year)),
            ("documentNumber", .optional(m.documentNumber)),
            ("issuer", .optional(m.issuer)),
            ("date", .optional(m.date?.iso)),
            ("draft", .bool(m.draft)),
            ("cites", .array(m.cites.map(citation))),
        ])
    }

    static func citation(_ c: Citation) -> JSONValue {
        .object([("title", .optional(c.title)), ("number", .optional(c.number))])
    }

    public static func deadline(_ d: Deadline) -> JSONValue {
        .object([("raw", .string(d.raw)), ("normalized", .optional(d.normalized))])
    }

    static func numbering(_ n: Numbering?) -> JSONValue {
        guard let n else { return .null }
        return .object([("raw", .string(n.raw)), ("value", .int(n.value)), ("family", .string(n.family.rawValue))])
    }

    static func node(_ n: Node) -> JSONValue {
        .object([
            ("kind", .string(n.kind.rawValue)),
            ("numbering", numbering(n.numbering)),
            ("heading", .optional(n.heading)),
            ("text", .string(n.text)),
            ("lead", .array(n.units.lead.map(JSONValue.string))),
            ("responsible", .array(n.units.responsible.map(JSONValue.string))),
            ("deadlines", .array(n.deadlines.map(deadline))),
            ("cites", .array(n.cites.map(citation))),
            ("lines", .array([.int(n.lines.lowerBound), .int(n.lines.upperBound)])),
            ("children", .array(n.children.map(node))),
        ])
    }

    public static func item(_ i: PlanItem) -> JSONValue {
        .object([
            ("path", .string(i.path)),
            ("line", .int(i.line)),
            ("text", .string(i.node.text)),
            ("lead", .array(i.node.units.lead.map(JSONValue.string))),
            ("responsible", .array(i.node.units.responsible.map(JSONValue.string))),
            ("deadlines", .array(i.node.deadlines.map(deadline))),
        ])
    }
}
