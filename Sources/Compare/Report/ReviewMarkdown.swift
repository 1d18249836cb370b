/// A year-over-year review as an office head reads it: a summary, the topics one year has and the
/// other lacks (and why), then what changed, what is new and what was dropped, each with its line
/// numbers and evidence, and last what was carried over as it was.
///
/// Why this order: the summary and the topics answer "what is different this year?"; changed tasks
/// are the few to read closely; new and dropped ones are lists to go through; near-copies, a
/// character diff; rewrites, both texts side by side.
public enum ReviewMarkdown {
    public static func render(_ r: ReviewResult) -> String {
        let noun = r.kind == .plans ? Noun(one: "item", many: "items") : Noun(one: "requirement", many: "requirements")
        var out = r.kind == .plans
            ? "# Year-over-year review: \(text(r.old.name)) → \(text(r.new.name))\n\n"
            : "# National key points: \(text(r.old.name)) → \(text(r.new.name))\n\n"
        out += "- Old: \(describe(r.old, kind: r.kind))\n- New: \(describe(r.new, kind: r.kind))\n\n"
        if !r.sameLocality {
            out += "**Two localities** (\(place(r.old)) and \(place(r.new))): what differs is the year, the place and the level at once, so read this as a benchmark of the newer plan against the older one, not as one office's year over year. Units are not compared: each plan names its own.\n\n"
        }
        if r.kind == .references {
            out += "The key points as this tool's taxonomy holds them (`Corpus/taxonomy/<year>.txt`; line numbers below are that file's): the requirements are the taxonomy's summaries, not the national text.\n\n"
            for side in [r.old, r.new] where !side.drawnFrom.isEmpty {
                out += "**Caution**: the \(text(side.name)) wording was drawn from \(side.drawnFrom.count == 1 ? "one local plan" : "\(side.drawnFrom.count) local plans") (\(side.drawnFrom.map(text).joined(separator: ", "))), not from the national text.\n\n"
            }
        }
        for side in [r.old, r.new] where side.referenceDrawnFromIt {
            out += "**Caution**: the taxonomy's \(text(side.reference)) wording was drawn from \(text(side.name)), so its items agree with its national points by construction.\n\n"
        }
        out += summary(r, noun)
        out += topics(r)
        if let sections = r.sections {
            out += "## Sections\n\n"
            out += "Sections are paired by the topic they share and what their requirements say; their titles are each year's own.\n\n"
            out += pairTable(sections.carriedOver, label: "section", oldText: true)
            out += entries(sections.added, title: "### New sections", empty: "None: every new section continues an old one.", label: "section")
            out += entries(sections.dropped, title: "### Dropped sections", empty: "None: every old section continues in the new points.", label: "section")
            out += continued(sections.continued, title: "### Sections continued inside another", label: "section")
        }
        out += changed(r.entries.changed, noun)
        out += entries(r.entries.added, title: "## New \(noun.many) (only in \(text(r.new.name)))", empty: "None.", label: noun.one)
        out += entries(r.entries.dropped, title: "## Dropped \(noun.many) (only in \(text(r.old.name)))", empty: "None.", label: noun.one)
        out += continued(r.entries.continued, title: "## \(noun.many.prefix(1).uppercased() + noun.many.dropFirst()) merged or split", label: noun.one)
        out += "## Carried over unchanged\n\n"
        out += pairTable(r.entries.unchanged, label: noun.one)
        return out
    }

    struct Noun { var one: String; var many: String }

    static func place(_ s: ReviewSide) -> String {
        let level = s.level.map { ", \($0.rawValue)" } ?? ""
        return "\(text(s.locality ?? s.name))\(level)"
    }

    static func describe(_ s: ReviewSide, kind: ReviewResult.Kind) -> String {
        let title = s.title.map { "\(text($0)), " } ?? ""
        let year = s.year.map(String.init) ?? "year unknown"
        return kind == .plans
            ? "\(title)\(text(s.name)) (\(year)), aligned to the \(text(s.reference)) national key points"
            : "\(title)\(year) national key points"
    }

    static func summary(_ r: ReviewResult, _ noun: Noun) -> String {
        let e = r.entries
        let merged = e.continued.filter { $0.kind == .merged }.count, split = e.continued.count - merged
        let old = e.carriedOver.count + e.dropped.count + merged, new = e.carriedOver.count + e.added.count + split
        var out = "## Summary\n\n"
        if let s = r.sections {
            out += "- Sections: \(s.carriedOver.count) paired across the years by topic, \(s.added.count) new, \(s.dropped.count) dropped, \(s.continued.count) continued under another section of their topic.\n"
        }
        out += "- **\(e.carriedOver.count) \(plural(e.carriedOver.count, noun)) carried over** (of \(old) old and \(new) new): \(e.unchanged.count) unchanged, \(e.changed.count) changed"
        let kinds = ReviewChange.Kind.allCases.compactMap { k -> String? in
            let n = e.changed.filter { $0.changes.contains { $0.kind == k } }.count
            return n == 0 ? nil : "\(label(k)) \(n)"
        }
        out += kinds.isEmpty ? ".\n" : " (\(kinds.joined(separator: ", "))).\n"
        out += "- **\(e.added.count) new** \(plural(e.added.count, noun)) to take on, **\(e.dropped.count) dropped**"
        out += e.continued.isEmpty ? ".\n" : "; \(merged) merged into another \(noun.one), \(split) split off one (neither new nor dropped).\n"
        out += "- Topics gained: \(names(r.topicsGained)); topics lost: \(names(r.topicsLost)).\n"
        let stillAsked = r.topicsLost.filter(\.inNewReference)
        if r.kind == .plans && !stillAsked.isEmpty {
            out += "- **Lost although the new year's national points still ask for it**: \(names(stillAsked)).\n"
        }
        if r.kind == .plans {
            out += "- What the new plan lacks against its own year's national points, requirement by requirement, is in its draft check (`compare-tool check \(text(r.new.name))`).\n"
        }
        return out + "\n"
    }

    static func names(_ topics: [TopicChange]) -> String {
        topics.isEmpty ? "none" : topics.map { text($0.topic) }.joined(separator: "、")
    }

    static func topics(_ r: ReviewResult) -> String {
        var out = "## Topics gained and lost\n\n"
        if r.topicsGained.isEmpty && r.topicsLost.isEmpty { out += "No topic gained or lost: both sides have entries under the same topics.\n\n" }
        let what = r.kind == .plans ? "items" : "sections"
        var table = MarkdownTable(["topic", "status", "why", "old \(what)", "new \(what)"])
        // Gained and lost first: they are what the table is for.
        for t in r.topics.filter({ $0.status != .kept }) + r.topics.filter({ $0.status == .kept }) {
            table.row([text(t.topic), t.status.rawValue, why(t, kind: r.kind), few(t.old), few(t.new)])
        }
        if r.topics.isEmpty { table.row(Array(repeating: "—", count: 5)) }
        return out + table.rendered + "\n"
    }

    /// Whether the national points or the plan made the difference.
    static func why(_ t: TopicChange, kind: ReviewResult.Kind) -> String {
        guard kind == .plans else {
            return t.status == .gained ? "new in the national points" : t.status == .lost ? "no longer in the national points" : "in both years"
        }
        switch t.status {
        case .kept: return "both plans"
        case .gained: return t.inOldReference ? "the old year's points asked for it too; the old plan had nothing on it" : "new in the national points"
        case .lost: return t.inNewReference ? "**still asked for** by the new year's points; the new plan has nothing on it" : "no longer in the national points"
        }
    }

    /// How many, and the first three: the lists below give them all.
    static func few(_ list: [String]) -> String {
        guard list.count > 3 else { return ids(list) }
        return "\(list.count): " + list.prefix(3).map(text).joined(separator: ", ") + ", …"
    }

    static func ids(_ list: [String]) -> String {
        list.isEmpty ? "—" : list.map(text).joined(separator: "<br>")
    }

    static func entries(_ list: [ReviewEntry], title: String, empty: String, label: String) -> String {
        let out = "\(title)\n\n"
        guard !list.isEmpty else { return out + empty + "\n\n" }
        var table = MarkdownTable([label, "line", "topics", "text"])
        for e in list {
            table.row([text(e.id), "\(e.line)", e.topics.isEmpty ? "local" : e.topics.map(text).joined(separator: "、"), text(e.text)])
        }
        return out + table.rendered + "\n"
    }

    /// Entries one side has on its own whose words the other holds inside another entry: a task
    /// merged or split is continued, not dropped and added. Nothing when there are none.
    static func continued(_ list: [Continuation], title: String, label: String) -> String {
        guard !list.isEmpty else { return "" }
        let out = "\(title)\n\nNeither dropped nor new: the words of one stand inside the other (the share of them it holds), or, for sections, it comes under the other's topic, which is what lasts of a section from year to year.\n\n"
        var table = MarkdownTable(["old \(label)", "line", "new \(label)", "line", "how", "share", "text of the one on its own"])
        for c in list {
            let how = c.byTopic
                ? (c.kind == .merged ? "old continued under new (same topic)" : "new taken from old (same topic)")
                : (c.kind == .merged ? "old merged into new" : "new split off old")
            let share = c.byTopic ? "—" : "\(Int((c.share * 100).rounded()))%"
            let own = c.kind == .merged ? c.old.text : c.new.text
            table.row([
                text(c.old.id), "\(c.old.line)", text(c.new.id), "\(c.new.line)", how, share,
                text(AlignmentMarkdown.excerpt(own, 60)),
            ])
        }
        return out + table.rendered + "\n"
    }

    static func changed(_ pairs: [ReviewPair], _ noun: Noun) -> String {
        var out = "## Changed \(noun.many)\n\n"
        guard !pairs.isEmpty else { return out + "None: every \(noun.one) carried over says what it said.\n\n" }
        for (n, p) in zip(1..., pairs) {
            let loose = p.close ? "" : " (a loose match: the same topic, the nearest task, in other words)"
            out += "### \(n). \(text(p.old.id)) (line \(p.old.line)) → \(text(p.new.id)) (line \(p.new.line)): \(p.changes.map { label($0.kind) }.joined(separator: ", "))\(loose)\n\n"
            out += "- Old: 「\(text(p.old.text))」\n- New: 「\(text(p.new.text))」\n"
            for c in p.changes {
                if let effect = c.effect {
                    out += "- **\(effect.rawValue)**" + (c.note.map { ": \(text($0))" } ?? "") + "\n"
                }
                if c.kind == .wording {
                    out += c.diff.isEmpty ? "- Wording: rewritten (too different for a character diff: read the two texts above)\n" : "- Wording (~~old only~~ **new only**): \(CheckMarkdown.diff(c.diff))\n"
                } else {
                    let removed = c.removed.isEmpty ? "" : "removed \(c.removed.map(text).joined(separator: "、"))"
                    let added = c.added.isEmpty ? "" : "added \(c.added.map(text).joined(separator: "、"))"
                    out += "- \(label(c.kind).prefix(1).uppercased() + label(c.kind).dropFirst()): \([removed, added].filter { !$0.isEmpty }.joined(separator: "; "))\n"
                }
            }
            out += "\n"
        }
        return out
    }

    /// With `oldText`, both sides' texts (sections, whose titles change); else the new one.
    static func pairTable(_ pairs: [ReviewPair], label: String, oldText: Bool = false) -> String {
        guard !pairs.isEmpty else { return "None.\n\n" }
        var table = MarkdownTable(["old \(label)", "line"] + (oldText ? ["text"] : []) + ["new \(label)", "line", "text"])
        for p in pairs {
            table.row(
                [text(p.old.id), "\(p.old.line)"] + (oldText ? [text(p.old.text)] : [])
                    + [text(p.new.id), "\(p.new.line)", text(AlignmentMarkdown.excerpt(p.new.text, 60))])
        }
        return table.rendered + "\n"
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
