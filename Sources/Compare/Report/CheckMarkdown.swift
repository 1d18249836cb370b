/// The draft check as an official reads it: a summary, a table of national sections, each gap, each
/// divergence with its evidence and a readable diff, and the plan's own additions.
///
/// Why this order: the first screen answers "can this draft go out?", the table says where to look,
/// and every finding quotes the plan and the reference side by side so that it can be acted on
/// without opening either.
public enum CheckMarkdown {
    /// `warnings`: what the parser found odd in the file (a missing attachment, a cut-off text): the
    /// official must know what the check could not read.
    public static func render(_ r: CheckResult, reference: Reference, warnings: [ParseWarning] = []) -> String {
        var out = "# Draft check: \(text(r.plan))\n\n"
        out += caution(r.fit, reference: reference)
        out += "Checked against \(text(AlignmentMarkdown.referenceName(reference))). \(describe(reference.provenance))\n\n"
        if !reference.source.isEmpty {
            out += "Where the reference data comes from: \(text(reference.source)).\n\n"
        }
        if reference.drawnFrom.contains(r.plan) {
            out += "**Caution**: this plan is one of those the reference's wording was drawn from, so where it copies that wording it agrees by construction: a divergence found is real, but finding none proves little.\n\n"
        }
        for w in warnings where w.kind == .attachmentMissing || w.kind == .truncated {
            out += "**Not read**: line \(w.line): \(text(w.message)).\n\n"
        }
        out += "Items are named by the plan's own numbering, outer level first (二、/（3） is item （3） under part 二、), with the line where they start in the file.\n\n"
        if !ReferenceChoice(reference: reference, fit: r.fit).isExact { out += topics(r) }
        out += summary(r)
        out += sections(r, reference: reference)
        out += gaps(r, reference: reference)
        out += divergences(r, reference: reference)
        out += additions(r)
        return out
    }

    /// When no bundled key points are of the plan's year, the first thing the report says, in the
    /// users' language first: what was used instead, and how to get the full check.
    static func caution(_ fit: ReferenceChoice.Fit, reference: Reference) -> String {
        let used = reference.year
        switch fit {
        case .exact, .given:
            return ""
        case let .earlier(planYear):
            return "**注意**：本计划为\(planYear)年，工具内置的国家要点只有\(used)年及以前，没有\(planYear)年的要点。下面先列主题覆盖；其后的检查依据的是\(used)年要点，可能要求\(planYear)年已不再要求的内容，仅供参考。要完整检查，请用 `--reference 文件` 传入\(planYear)年国家要点或上级计划的文本。\n\n"
                + "**Caution**: this plan is of \(planYear); no key points of \(planYear) are bundled. Topic coverage comes first; the check after it is against the \(used) key points, the nearest earlier year, and may ask for what \(planYear) no longer asks. For a full check, pass the \(planYear) national text or the upper-level plan with `--reference FILE`.\n\n"
        case .noYear:
            return "**注意**：未能从本计划中读出年份，下面先列主题覆盖；其后的检查依据的是工具内置最新的\(used)年要点，仅供参考。要完整检查，请用 `--reference 文件` 传入对应年份的国家要点或上级计划的文本。\n\n"
                + "**Caution**: no year was found in this plan. Topic coverage comes first; the check after it is against the latest bundled key points (\(used)). For a full check, pass the right year's national text or the upper-level plan with `--reference FILE`.\n\n"
        }
    }

    /// Which topics of the topic layer the items speak of, and which none does: what holds
    /// whatever the year's key points ask.
    static func topics(_ r: CheckResult) -> String {
        guard !r.topics.isEmpty else { return "" }
        var out = "## Topics\n\nWhat the plan's items speak of, by the topics that outlive each year's structure.\n\n"
        var table = MarkdownTable(["topic", "items"])
        for t in r.topics where !t.items.isEmpty {
            table.row([text(t.topic), "\(t.items.count): \(t.items.map { text($0.rawValue) }.joined(separator: ", "))"])
        }
        out += table.rendered
        let none = r.topics.filter(\.items.isEmpty).map(\.topic)
        out += none.isEmpty ? "\n" : "\nNo item speaks of: \(none.map(text).joined(separator: "、")). Check whether this year's key points ask for them.\n\n"
        return out
    }

    /// What the reference is, in one sentence: a reader must know whether a quoted "reference
    /// wording" is the national text, another plan's text, or wording this tool derived.
    static func describe(_ p: Reference.Provenance) -> String {
        let order = "2021-1-3 is the third section of its first part"
        switch p {
        case .derived:
            return "The reference is this tool's record of the national key points: their structure and requirements, with wording derived from the plans that copy the national text, not the national text itself."
        case .national:
            return "The reference is the national key points text passed in; its sections are named by year, part and order (\(order))."
        case let .plan(locality, level):
            return "The reference is the plan of \(text(locality))\(level.map { " (\($0.rawValue) level)" } ?? "") passed in, not the national text; its sections are named by year, part and order (\(order))."
        case .text:
            return "The reference is the text passed in; its sections are named by year, part and order (\(order))."
        }
    }

    static func summary(_ r: CheckResult) -> String {
        func count(_ s: SectionStatus.Status) -> Int { r.coverage.filter { $0.status == s }.count }
        func tally(_ list: [Finding]) -> String {
            let kinds = Finding.Kind.allCases.compactMap { k -> String? in
                let n = list.filter { $0.kind == k }.count
                return n == 0 ? nil : "\(k.rawValue) \(n)"
            }
            return kinds.isEmpty ? "" : " (\(kinds.joined(separator: ", ")))"
        }
        let open = r.gaps.flatMap { $0.requirements.filter { !$0.isCovered } }.count
        let fix = r.divergencesToFix
        var out = "## Summary\n\n"
        out += r.isClean
            ? "**Nothing to fix**: every national section is covered in full and no divergence needs a fix.\n\n"
            : "**Needs attention**: \(open) \(plural(open, "requirement", "requirements")) not carried out (in \(r.gaps.count) \(plural(r.gaps.count, "section", "sections"))), \(fix.count) \(plural(fix.count, "divergence", "divergences")) to fix or explain.\n\n"
        out += "- Coverage: \(count(.covered)) of \(r.coverage.count) national sections in full, \(count(.partial)) in part, \(count(.missing)) missing.\n"
        out += "- Divergences to fix or explain: \(fix.count)\(tally(fix)).\n"
        out += "- Notes (the plan doing more than asked, or leaving out a clause that narrows a requirement): \(r.notes.count)\(tally(r.notes)).\n"
        out += "- Local additions: \(r.localAdditions.count) \(plural(r.localAdditions.count, "item", "items")) carrying out no national section.\n\n"
        return out
    }

    static func sections(_ r: CheckResult, reference: Reference) -> String {
        var out = "## National sections\n\n"
        if reference.sections.contains(where: { $0.numbering != nil }) {
            out = "## The reference's sections\n\nNamed by year, part and order, with the reference's own numbering before the title, and the national sections each carries out where the bundled key points have its year.\n\n"
        }
        var table = MarkdownTable(["section", "title", "status", "items", "requirements not carried out"])
        // Looked up by path once: a search per item would grow with the square of the plan.
        let lines = Dictionary(r.items.map { ($0.path, $0.line) }, uniquingKeysWith: { a, _ in a })
        for s in r.coverage {
            let items = s.items.map { path in "\(path) (line \(lines[path] ?? 0))" }
            var open = s.requirements.filter { !$0.isCovered }.map { "\($0.requirement) \($0.name)" }
            if !s.notApplicable.isEmpty { open.append("(not binding at this plan's level: \(s.notApplicable.joined(separator: ", ")))") }
            table.row([
                cell(s.section.rawValue), cell(title(s, reference.section(id: s.section))), s.status.rawValue,
                items.isEmpty ? "—" : MarkdownText.lines(items), MarkdownText.lines(open),
            ])
        }
        return out + table.rendered + "\n"
    }

    /// A section's title, after the reference text's own numbering and followed by the national
    /// sections it carries out, when there are such.
    static func title(_ s: SectionStatus, _ section: ReferenceSection?) -> String {
        var out = s.title
        if let numbering = section?.numbering, !numbering.isEmpty { out = numbering + " " + out }
        if let national = section?.national, !national.isEmpty { out += " (national \(national.joined(separator: ", ")))" }
        return out
    }

    /// Each requirement no item carries out, once, with the evidence the check has for it: the
    /// nearest item and the words no item says.
    static func gaps(_ r: CheckResult, reference: Reference) -> String {
        var out = "## Gaps\n\n"
        guard !r.gaps.isEmpty else { return out + "None: every requirement of every national section is carried out by some item.\n\n" }
        for s in r.gaps {
            let how = s.status == .partial ? "in part" : s.items.isEmpty ? "no item" : "items aligned to it carry out none of its requirements"
            out += "### \(s.section) \(text(s.title)) (\(how))\n\n"
            if !s.items.isEmpty {
                out += "Carried out by \(s.items.joined(separator: ", ")); not carried out:\n\n"
            }
            for status in s.requirements where !status.isCovered {
                let summary = reference.section(id: s.section)?.requirements.first { $0.id == status.requirement }?.summary ?? ""
                out += "- **\(status.requirement) \(text(status.name))**: \(text(summary))\n"
                for f in r.findings where f.gap && f.requirement == status.requirement {
                    out += "  - Nearest item \(f.path) (line \(f.line))"
                    out += f.text.isEmpty ? "" : ": 「\(text(f.text))」"
                    out += "; said nowhere: \(f.missing.map(text).joined(separator: "、"))\n"
                }
            }
            out += "\n"
        }
        return out
    }

    static func divergences(_ r: CheckResult, reference: Reference) -> String {
        var out = "## Divergences\n\n"
        let warnings = r.divergencesToFix
        var next = 1
        if warnings.isEmpty { out += "None to fix or explain.\n\n" } else { out += findings(warnings, numbering: &next, reference: reference) }
        if !r.notes.isEmpty {
            out += "## Notes\n\nWhere the plan does more than the reference asks (earlier or added time limits, a hedge dropped), or leaves out a clause of a sentence it copies that sets no firm duty (what the requirement covers is narrower): worth knowing, nothing that must be fixed.\n\n"
            out += findings(r.notes, numbering: &next, reference: reference)
        }
        return out
    }

    /// `n`: the number the first finding gets; left at the next one's.
    static func findings(_ list: [Finding], numbering n: inout Int, reference: Reference) -> String {
        var out = ""
        // Items with no unit are one finding about the plan, not one per item.
        let units = list.filter { $0.kind == .unitMissing }
        for f in list where f.kind != .unitMissing {
            out += "### \(n). \(f.kind.rawValue) (\(f.severity.rawValue)): \(f.path), line \(f.line)\n\n"
            n += 1
            if let section = f.section {
                let title = reference.section(id: section)?.title ?? ""
                out += "Section \(section) \(text(title))\(f.requirement.map { ", requirement \($0)" } ?? "").\n\n"
            }
            out += "\(text(f.note)).\n\n"
            out += f.text.isEmpty ? "- Plan: no clause of the item comes close to it\n" : "- Plan: 「\(text(f.text))」\n"
            let requirement = f.requirement.flatMap { id in reference.requirements.first { $0.requirement.id == id } }?.requirement
            if let requirement, f.reference == requirement.summary, !requirement.wording.contains(f.reference) {
                out += "- Requirement (in this tool's words; the national wording is not on file): 「\(text(f.reference))」\n"
            } else if !f.reference.isEmpty {
                out += "- Reference: 「\(text(f.reference))」\n"
            }
            if !f.diff.isEmpty && f.diff.contains(where: { $0.operation != .same }) {
                out += "- Diff (~~reference only~~ **plan only**): \(diff(f.diff))\n"
            }
            if !f.missing.isEmpty { out += "- Missing: \(f.missing.map(text).joined(separator: "、"))\n" }
            if !f.added.isEmpty { out += "- Added: \(f.added.map(text).joined(separator: "、"))\n" }
            out += "\n"
        }
        if let one = units.first {
            defer { n += 1 }
            out += "### \(n). unit-missing (\(one.severity.rawValue)): \(units.count) \(plural(units.count, "item", "items"))\n\n"
            out += "\(text(one.note)); these carry out a national section and name none, in their text or beside it:\n\n"
            for f in units {
                out += "- \(f.path), line \(f.line): 「\(text(f.text))」\n"
            }
            out += "\n"
        }
        return out
    }

    static func additions(_ r: CheckResult) -> String {
        var out = "## Local additions\n\n"
        guard !r.localAdditions.isEmpty else { return out + "None: every item carries out a national section.\n" }
        out += "Items that carry out no national section: the plan's own priorities.\n\n"
        return out + additionsTable(r.localAdditions.map { ($0.path, $0.line, $0.text) })
    }

    /// Items of a plan that carry out no national section, as a table (the check and the comparison
    /// show them alike).
    static func additionsTable(_ items: [(path: ItemPath, line: Int, text: String)]) -> String {
        var table = MarkdownTable(["item", "line", "text"])
        for e in items {
            table.row([cell(e.path.rawValue), "\(e.line)", cell(AlignmentMarkdown.excerpt(e.text, 60))])
        }
        return table.rendered
    }

    /// Reference → plan: text only in the reference struck through, text only in the plan in bold.
    static func diff(_ segments: [DiffSegment]) -> String {
        segments.map { s in
            let t = text(s.text)
            switch s.operation {
            case .same: return t
            case .removed: return "~~\(t)~~"
            case .added: return "**\(t)**"
            }
        }.joined()
    }

    /// Plan text made inert for Markdown (`MarkdownText`).
    static func text(_ s: String) -> String { MarkdownText.escape(s) }

    static func cell(_ s: String) -> String { MarkdownText.escape(s) }

    static func plural(_ n: Int, _ one: String, _ many: String) -> String { n == 1 ? one : many }
}
