/// The draft check as an official reads it: a summary, a table of national sections, each gap, each
/// divergence with its evidence and a readable diff, and the plan's own additions.
///
/// Why this order: the first screen answers "can this draft go out?", the table says where to look,
/// and every finding quotes the plan and the reference side by side so that it can be acted on
/// without opening either.
public enum CheckMarkdown {
    public static func render(_ r: CheckResult, reference: Reference) -> String {
        var out = "# Draft check: \(text(r.plan))\n\n"
        out += "Checked against \(text(AlignmentMarkdown.referenceName(reference))).\n\n"
        if !reference.source.isEmpty {
            out += "Where the reference data comes from: \(text(reference.source)).\n\n"
        }
        out += summary(r)
        out += sections(r)
        out += gaps(r, reference: reference)
        out += divergences(r, reference: reference)
        out += additions(r)
        return out
    }

    static func summary(_ r: CheckResult) -> String {
        func count(_ s: SectionStatus.Status) -> Int { r.coverage.filter { $0.status == s }.count }
        var out = "## Summary\n\n"
        out += r.isClean
            ? "**Nothing to fix**: every national section is covered in full and no divergence needs a fix.\n\n"
            : "**Needs attention**: \(r.gaps.count) \(plural(r.gaps.count, "section", "sections")) not covered in full, \(r.warnings.count) \(plural(r.warnings.count, "divergence", "divergences")) to fix or explain.\n\n"
        out += "- Coverage: \(count(.covered)) of \(r.coverage.count) national sections in full, \(count(.partial)) in part, \(count(.missing)) missing.\n"
        let notes = r.findings.count - r.warnings.count
        let kinds = Finding.Kind.allCases.compactMap { k -> String? in
            let n = r.findings.filter { $0.kind == k }.count
            return n == 0 ? nil : "\(k.rawValue) \(n)"
        }
        out += "- Divergences: \(r.warnings.count) \(plural(r.warnings.count, "warning", "warnings")), \(notes) \(plural(notes, "note", "notes"))"
        out += kinds.isEmpty ? ".\n" : " (\(kinds.joined(separator: ", "))).\n"
        out += "- Local additions: \(r.localAdditions.count) \(plural(r.localAdditions.count, "item", "items")) carrying out no national section.\n\n"
        return out
    }

    static func sections(_ r: CheckResult) -> String {
        var out = "## National sections\n\n| section | title | status | items | requirements not carried out |\n|---|---|---|---|---|\n"
        for s in r.coverage {
            let items = s.items.map { path in "\(path) (line \(r.item(path)?.line ?? 0))" }.joined(separator: "<br>")
            let open = s.requirements.filter { !$0.isCovered }.map { "\($0.requirement) \($0.name)" }.joined(separator: "<br>")
            out += "| \(s.section) | \(cell(s.title)) | \(s.status.rawValue) | \(cell(items.isEmpty ? "—" : items)) | \(cell(open)) |\n"
        }
        return out + "\n"
    }

    static func gaps(_ r: CheckResult, reference: Reference) -> String {
        var out = "## Gaps\n\n"
        guard !r.gaps.isEmpty else { return out + "None: every requirement of every national section is carried out by some item.\n\n" }
        for s in r.gaps {
            out += "### \(s.section) \(text(s.title)) (\(s.status == .missing ? "no item" : "in part"))\n\n"
            if !s.items.isEmpty {
                out += "Carried out by \(s.items.joined(separator: ", ")); not carried out:\n\n"
            }
            for status in s.requirements where !status.isCovered {
                let summary = reference.section(id: s.section)?.requirements.first { $0.id == status.requirement }?.summary ?? ""
                let see = numbers(r).filter { $0.1.requirement == status.requirement }.map { "\($0.0)" }
                out += "- **\(status.requirement) \(text(status.name))**: \(text(summary))"
                out += see.isEmpty ? "\n" : " (see divergence \(see.joined(separator: ", ")))\n"
            }
            out += "\n"
        }
        return out
    }

    /// Findings with the number the report gives them: warnings first, then notes.
    static func numbers(_ r: CheckResult) -> [(Int, Finding)] {
        Array(zip(1..., r.findings.filter { $0.severity == .warning } + r.findings.filter { $0.severity == .info }))
    }

    static func divergences(_ r: CheckResult, reference: Reference) -> String {
        var out = "## Divergences\n\n"
        let warnings = r.findings.filter { $0.severity == .warning }
        let notes = r.findings.filter { $0.severity == .info }
        out += warnings.isEmpty ? "None to fix or explain.\n\n" : findings(warnings, from: 1, reference: reference)
        if !notes.isEmpty {
            out += "## Notes\n\nWhere the plan does more than the reference asks (earlier or added time limits, a hedge dropped): nothing to fix.\n\n"
            out += findings(notes, from: warnings.count + 1, reference: reference)
        }
        return out
    }

    static func findings(_ list: [Finding], from first: Int, reference: Reference) -> String {
        var out = ""
        for (n, f) in zip(first..., list) {
            out += "### \(n). \(f.kind.rawValue) (\(f.severity.rawValue)): \(f.path), line \(f.line)\n\n"
            if let section = f.section {
                let title = reference.section(id: section)?.title ?? ""
                out += "Section \(section) \(text(title))\(f.requirement.map { ", requirement \($0)" } ?? "").\n\n"
            }
            out += "\(text(f.note)).\n\n"
            out += "- Plan: 「\(text(f.text))」\n"
            let requirement = f.requirement.flatMap { id in reference.requirements.first { $0.requirement.id == id } }?.requirement
            if let requirement, f.reference == requirement.summary, !requirement.wording.contains(f.reference) {
                out += "- Requirement (in this tool's summary: no national wording on file for it): 「\(text(f.reference))」\n"
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
        return out
    }

    static func additions(_ r: CheckResult) -> String {
        var out = "## Local additions\n\n"
        guard !r.localAdditions.isEmpty else { return out + "None: every item carries out a national section.\n" }
        out += "Items that carry out no national section: the plan's own priorities.\n\n| item | line | text |\n|---|---|---|\n"
        for e in r.localAdditions {
            out += "| \(cell(e.path)) | \(e.line) | \(cell(AlignmentMarkdown.excerpt(e.text, 60))) |\n"
        }
        return out
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

    /// Plan text made inert for Markdown: the characters that would start emphasis, code or a link.
    static func text(_ s: String) -> String {
        var out = ""
        for c in s {
            if "\\*_~`[]<>#|".contains(c) { out.append("\\") }
            out.append(c == "\n" ? " " : c)
        }
        return out
    }

    static func cell(_ s: String) -> String {
        s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }

    static func plural(_ n: Int, _ one: String, _ many: String) -> String { n == 1 ? one : many }
}
