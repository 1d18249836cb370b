/// The machine form of a review: `{"kind", "old", "new", "summary", "topics", "entries", "sections"}`,
/// `entries` and `sections` (references only, else null) each `{"carriedOver", "new", "dropped"}`.
public enum ReviewJSON {
    public static func value(_ r: ReviewResult) -> JSONValue {
        .object([
            ("kind", .string(r.kind.rawValue)),
            ("old", side(r.old)),
            ("new", side(r.new)),
            ("summary", summary(r)),
            ("topics", .array(r.topics.map(topic))),
            ("entries", level(r.entries)),
            ("sections", r.sections.map(level) ?? .null),
        ])
    }

    static func side(_ s: ReviewSide) -> JSONValue {
        .object([
            ("name", .string(s.name)), ("title", .optional(s.title)), ("year", .optional(s.year)), ("reference", .string(s.reference)),
            // The Markdown's cautions: wording drawn from this plan, or from plans rather than the national text.
            ("referenceDrawnFromIt", .bool(s.referenceDrawnFromIt)), ("drawnFrom", .array(s.drawnFrom.map(JSONValue.string))),
        ])
    }

    static func summary(_ r: ReviewResult) -> JSONValue {
        let e = r.entries
        return .object([
            ("old", .int(e.carriedOver.count + e.dropped.count + e.continued.filter { $0.kind == .merged }.count)),
            ("new", .int(e.carriedOver.count + e.added.count + e.continued.filter { $0.kind == .split }.count)),
            ("carriedOver", .int(e.carriedOver.count)),
            ("unchanged", .int(e.unchanged.count)),
            ("changed", .int(e.changed.count)),
            ("added", .int(e.added.count)),
            ("dropped", .int(e.dropped.count)),
            ("continued", .int(e.continued.count)),
            ("changes", .object(ReviewChange.Kind.allCases.map { k in (k.rawValue, .int(e.changed.filter { $0.changes.contains { $0.kind == k } }.count)) })),
            ("topicsGained", .array(r.topicsGained.map { .string($0.topic) })),
            ("topicsLost", .array(r.topicsLost.map { .string($0.topic) })),
        ])
    }

    static func topic(_ t: TopicChange) -> JSONValue {
        .object([
            ("topic", .string(t.topic)),
            ("key", .string(t.key)),
            ("status", .string(t.status.rawValue)),
            ("old", .array(t.old.map(JSONValue.string))),
            ("new", .array(t.new.map(JSONValue.string))),
            ("inOldReference", .bool(t.inOldReference)),
            ("inNewReference", .bool(t.inNewReference)),
        ])
    }

    static func level(_ l: EntryReview) -> JSONValue {
        .object([
            ("carriedOver", .array(l.carriedOver.map(pair))),
            ("new", .array(l.added.map(entry))),
            ("dropped", .array(l.dropped.map(entry))),
            ("continued", .array(l.continued.map { c in
                .object([("kind", .string(c.kind.rawValue)), ("old", entry(c.old)), ("new", entry(c.new)), ("share", .double(AlignmentJSON.rounded(c.share))), ("byTopic", .bool(c.byTopic))])
            })),
        ])
    }

    static func pair(_ p: ReviewPair) -> JSONValue {
        .object([
            ("old", entry(p.old)),
            ("new", entry(p.new)),
            ("similarity", .double(AlignmentJSON.rounded(p.similarity))),
            ("changed", .bool(p.isChanged)),
            ("changes", .array(p.changes.map(change))),
        ])
    }

    static func entry(_ e: ReviewEntry) -> JSONValue {
        func strings(_ list: [String]) -> JSONValue { .array(list.map(JSONValue.string)) }
        return .object([
            ("id", .string(e.id)),
            ("line", .int(e.line)),
            ("text", .string(e.text)),
            ("topics", strings(e.topics)),
            ("sections", .array(e.sections.map(\.json))),
            ("lead", strings(e.lead)),
            ("responsible", strings(e.responsible)),
            ("deadlines", .array(e.deadlines.map(ModelJSON.deadline))),
            ("members", strings(e.members)),
        ])
    }

    static func change(_ c: ReviewChange) -> JSONValue {
        .object([
            ("kind", .string(c.kind.rawValue)),
            ("removed", .array(c.removed.map(JSONValue.string))),
            ("added", .array(c.added.map(JSONValue.string))),
            ("diff", .array(c.diff.map { .object([("op", .string($0.operation.rawValue)), ("text", .string($0.text))]) })),
            ("effect", .optional(c.effect?.rawValue)),
            ("note", .optional(c.note)),
        ])
    }
}
