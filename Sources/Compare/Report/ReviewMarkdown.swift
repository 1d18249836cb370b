/// A year-over-year review as an office head reads it: a summary, the topics one year has and the
/// other lacks, then what is new, what was dropped and what changed, each with its line numbers and
/// evidence, and last what was carried over as it was.
///
/// Why this order: the summary and the topics answer "what is different this year?"; new and
/// dropped tasks are what someone must take on or let go; changes are quoted with a character diff
/// so they can be checked without opening either file.
public enum ReviewMarkdown {
    public static func render(_ r: ReviewResult) -> String {
        let noun = r.kind == .plans ? Noun(one: "item", many: "items") : Noun(one: "requirement", many: "requirements")
        var out = r.kind == .plans
            ? "# Year-over-year review: \(text(r.old.name)) → \(text(r.new.name))\n\n"
            : "# National key points: \(text(r.old.name)) → \(text(r.new.name))\n\n"
        out += "- Old: \(describe(r.old, kind: r.kind))\n- New: \(describe(r.new, kind: r.kind))\n\n"
        out += summary(r, noun)
        out += topics(r)
        if let sections = r.sections {
            out += "## Sections\n\n"
            out += pairTable(sections.carriedOver, label: "section", oldText: true)
            out += entries(sections.added, title: "### New sections", empty: "None: every new section continues an old one.", label: "section")
            out += entries(sections.dropped, title: "### Dropped sections", empty: "None: every old section continues in the new points.", label: "section")
        }
        out += entries(r.entries.added, title: "## New \(noun.many) (only in \(text(r.new.name)))", empty: "None.", label: noun.one)
        out += entries(r.entries.dropped, title: "## Dropped \(noun.many) (only in \(text(r.old.name)))", empty: "None.", label: noun.one)
        out += changed(r.entries.changed, noun)
        out += "## Carried over unchanged\n\n"
        out += pairTable(r.entries.unchanged, label: noun.one)
        return out
    }

    struct Noun { var one: String; var many: String }

    static func describe(_ s: ReviewSide, kind: ReviewResult.Kind) -> String {
        let title = s.title.map { "\(text($0)), " } ?? ""
        let year = s.year.map(String.init) ?? "year unknown"
        return kind == .plans
            ? "\(title)\(text(s.name)) (\(year)), aligned to the \(text(s.reference)) national key points"
            : "\(title)\(year) national key points"
    }

    static func summary(_ r: ReviewResult, _ noun: Noun) -> String {
        let e = r.entries
        let old = e.carriedOver.count + e.dropped.count, new = e.carriedOver.count + e.added.count
        var out = "## Summary\n\n"
        if let s = r.sections {
            out += "- Sections: \(s.carriedOver.count) carried over (\(s.changed.count) retitled), \(s.added.count) new, \(s.dropped.count) dropped.\n"
        }
        out += "- **\(e.carriedOver.count) \(plural(e.carriedOver.count, noun)) carried over** (of \(old) old and \(new) new): \(e.unchanged.count) unchanged, \(e.changed.count) changed"
        let kinds = ReviewChange.Kind.allCases.compactMap { k -> String? in
            let n = e.changed.filter { $0.changes.contains { $0.kind == k } }.count
            return n == 0 ? nil : "\(label(k)) \(n)"
        }
        out += kinds.isEmpty ? ".\n" : " (\(kinds.joined(separator: ", "))).\n"
        out += "- **\(e.added.count) new** \(plural(e.added.count, noun)) to take on, **\(e.dropped.count) dropped**.\n"
        out += "- Topics gained: \(names(r.topicsGained)); topics lost: \(names(r.topicsLost)).\n\n"
        return out
    }

    static func names(_ topics: [TopicChange]) -> String {
        topics.isEmpty ? "none" : topics.map { text($0.topic) }.joined(separator: "、")
    }

    static func topics(_ r: ReviewResult) -> String {
        var out = "## Topics gained and lost\n\n"
        if r.topicsGained.isEmpty && r.topicsLost.isEmpty { out += "No topic gained or lost: both sides have entries under the same topics.\n\n" }
        let what = r.kind == .plans ? "items" : "sections"
        out += "| topic | status | old \(what) | new \(what) | national points |\n|---|---|---|---|---|\n"
        // Gained and lost first: they are what the table is for.
        for t in r.topics.filter({ $0.status != .kept }) + r.topics.filter({ $0.status == .kept }) {
            let national = t.inOldReference && t.inNewReference ? "both years" : t.inNewReference ? "new year only" : t.inOldReference ? "old year only" : "neither year"
            out += "| \(text(t.topic)) | \(t.status.rawValue) | \(ids(t.old)) | \(ids(t.new)) | \(national) |\n"
        }
        if r.topics.isEmpty { out += "| — | — | — | — | — |\n" }
        return out + "\n"
    }

    static func ids(_ list: [String]) -> String {
        list.isEmpty ? "—" : list.map(text).joined(separator: "<br>")
    }

    static func entries(_ list: [ReviewEntry], title: String, empty: String, label: String) -> String {
        var out = "\(title)\n\n"
        guard !list.isEmpty else { return out + empty + "\n\n" }
        out += "| \(label) | line | topics | text |\n|---|---|---|---|\n"
        for e in list {
            out += "| \(text(e.id)) | \(e.line) | \(e.topics.isEmpty ? "local" : e.topics.map(text).joined(separator: "、")) | \(text(e.text)) |\n"
        }
        return out + "\n"
    }

    static func changed(_ pairs: [ReviewPair], _ noun: Noun) -> String {
        var out = "## Changed \(noun.many)\n\n"
        guard !pairs.isEmpty else { return out + "None: every \(noun.one) carried over says what it said.\n\n" }
        for (n, p) in zip(1..., pairs) {
            out += "### \(n). \(text(p.old.id)) (line \(p.old.line)) → \(text(p.new.id)) (line \(p.new.line)): \(p.changes.map { label($0.kind) }.joined(separator: ", "))\n\n"
            out += "- Old: 「\(text(p.old.text))」\n- New: 「\(text(p.new.text))」\n"
            for c in p.changes {
                if c.kind == .wording {
                    out += "- Wording (~~old only~~ **new only**): \(CheckMarkdown.diff(c.diff))\n"
                } else {
                    let removed = c.removed.isEmpty ? "" : "removed \(c.removed.map(text).joined(separator: "、"))"
                    let added = c.added.isEmpty ? "" : "added \(c.added.map(text).joined(separator: "、"))"
                    out += "- \(label(c.kind).prefix(1).uppercased() + label(c.kind).dropFirst()): \([removed, added].filter { !$0.isEmpty }.joined(separator: "; "))\n"
                }
            }
            out += "- Similarity \(String(format: "%.2f", p.similarity)).\n\n"
        }
        return out
    }

    /// With `oldText`, both sides' texts (sections, whose titles change); else the new one.
    static func pairTable(_ pairs: [ReviewPair], label: String, oldText: Bool = false) -> String {
        guard !pairs.isEmpty else { return "None.\n\n" }
        var out = "| old \(label) | line |\(oldText ? " text |" : "") new \(label) | line | similarity | text |\n|---|---|---|---|---|---|\(oldText ? "---|" : "")\n"
        for p in pairs {
            let old = oldText ? " \(text(p.old.text)) |" : ""
            out += "| \(text(p.old.id)) | \(p.old.line) |\(old) \(text(p.new.id)) | \(p.new.line) | \(String(format: "%.2f", p.similarity)) | \(text(AlignmentMarkdown.excerpt(p.new.text, 60))) |\n"
        }
        return out + "\n"
    }

    static func label(_ k: ReviewChange.Kind) -> String {
        switch k {
        case .wording: return "wording"
        case .deadline: return "deadline"
        case .lead: return "lead units"
        case .responsible: return "responsible units"
        case .members: return "list members"
        }
    }

    static func plural(_ n: Int, _ noun: Noun) -> String { n == 1 ? noun.one : noun.many }

    /// Markdown-inert text, `|` escaped for tables (the check report's escaping).
    static func text(_ s: String) -> String { CheckMarkdown.text(s) }
}
