/// The one JSON projection of each type of the parsed model, used by every JSON view.
///
/// Why one place: `parse`, `align`, `check` and `review` all print items, units, time limits and
/// warnings. Written per view they drifted (a field renamed in one, a field missing in another);
/// here a field added to `Units` reaches every view at once, in the same order.
public enum ModelJSON {
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

    public static func citation(_ c: Citation) -> JSONValue {
        .object([("title", .optional(c.title)), ("number", .optional(c.number))])
    }

    public static func deadline(_ d: Deadline) -> JSONValue {
        .object([("raw", .string(d.raw)), ("normalized", .optional(d.normalized))])
    }

    public static func numbering(_ n: Numbering?) -> JSONValue {
        guard let n else { return .null }
        return .object([("raw", .string(n.raw)), ("value", .int(n.value)), ("family", .string(n.family.rawValue))])
    }

    /// `"lead", "responsible"`: fields, not an object, so that an item reads flat.
    public static func units(_ u: Units) -> [(String, JSONValue)] {
        [("lead", .array(u.lead.map(JSONValue.string))), ("responsible", .array(u.responsible.map(JSONValue.string)))]
    }

    /// What a task says besides its words: who acts and by when.
    public static func task(_ n: Node) -> [(String, JSONValue)] {
        units(n.units) + [("deadlines", .array(n.deadlines.map(deadline)))]
    }

    public static func node(_ n: Node) -> JSONValue {
        .object([
            ("kind", .string(n.kind.rawValue)),
            ("numbering", numbering(n.numbering)),
            ("heading", .optional(n.heading)),
            ("text", .string(n.text)),
        ] + task(n) + [
            ("cites", .array(n.cites.map(citation))),
            ("lines", .array([.int(n.lines.lowerBound), .int(n.lines.upperBound)])),
            ("children", .array(n.children.map(node))),
        ])
    }

    /// `"path", "line", "text"`: where an item is and what it says, the fields every view of an
    /// item opens with.
    public static func place(_ i: PlanItem) -> [(String, JSONValue)] {
        [("path", i.path.json), ("line", .int(i.line)), ("text", .string(i.node.text))]
    }

    /// An item as later commands reuse it: its place, then its task.
    public static func item(_ i: PlanItem) -> JSONValue {
        .object(place(i) + task(i.node))
    }
}
