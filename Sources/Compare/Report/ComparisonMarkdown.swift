import Foundation

/// The comparison as a supervisor reads it: who the plans are and how they rank, the matrix, then
/// where plans word a requirement differently or leave it out, their own additions, and how much of
/// each is its own.
///
/// Why variants only where a plan diverges or lacks the requirement: most plans copy most of the
/// national text, and a page of identical clauses hides the few that differ.
public enum ComparisonMarkdown {
    public static func render(_ c: Comparison) -> String {
        let labels = self.labels(c.plans)
        var out = "# Comparison of \(c.plans.count) \(plural(c.plans.count, "plan", "plans"))\n\n"
        out += c.rows == .sections
            ? "Every plan follows the \(text(c.references.first ?? "")) reference: the rows are its sections, grouped by topic.\n\n"
            : "The plans follow different references (\(c.references.map(text).joined(separator: ", "))): the rows are the topics that cross years; each plan's cell counts the requirements its own reference asks under the topic, and the items it lists are those the topic layer finds speaking of the topic.\n\n"
        out += summary(c, labels: labels)
        out += matrix(c, labels: labels)
        out += requirements(c, labels: labels)
        out += additions(c, labels: labels)
        out += localisation(c, labels: labels)
        return out
    }

    static func summary(_ c: Comparison, labels: [String]) -> String {
        var out = "## Summary\n\nRanked within each reference by the share of its requirements some item reaches (equal shares by file name): shares of different national points are not compared.\n\n"
        var table = MarkdownTable([
            "rank", "plan", "file", "year", "reference", "requirements reached", "sections ● / ◐ / ○",
            "divergences to fix, notes", "local additions", "localisation index",
        ])
        for i in c.ranking {
            let p = c.plans[i]
            table.row([
                "\(p.rank)", cell(labels[i]) + (p.referenceDrawnFromIt ? " †" : ""), cell(p.name),
                p.year.map(String.init) ?? "—", cell(p.reference),
                "\(p.requirementsReached) / \(p.requirementsTotal) (\(percent(p.coverage)))",
                "\(p.sectionsCovered) / \(p.sectionsPartial) / \(p.sectionsMissing)",
                "\(p.warnings), \(p.notes)", "\(p.localAdditions.count)", number(p.localisation.index),
            ])
        }
        out += table.rendered
        if c.plans.contains(where: \.referenceDrawnFromIt) {
            out += "\n† The taxonomy's wording for this plan's reference was drawn from it: its coverage and localisation index agree with the reference by construction, so its rank says little.\n"
        }
        return out + "\n"
    }

    static let marks: [MatrixCell.Mark: String] = [.covered: "●", .partial: "◐", .missing: "○", .absent: "—"]

    static func matrix(_ c: Comparison, labels: [String]) -> String {
        var out = "## Matrix\n\n"
        out += "● every requirement reached, ◐ some, ○ none, — nothing in the row binds the plan\(c.rows == .topics ? " (its reference has no section of this topic, or none at its level)" : " (no requirement of the section at its level)"). "
        out += "Each cell: requirements reached / requirements that bind the plan (a requirement of another administrative level is not counted). "
        out += "The aligner's scores are in the CSV and JSON.\n\n"
        let first = c.rows == .sections ? ["topic", "section", "title"] : ["topic"]
        var table = MarkdownTable(first + labels.map(cell))
        var previous: String? = nil
        for row in c.matrix {
            let topic = row.topic ?? "—"
            var cells: [String]
            if c.rows == .sections {
                let also = row.otherTopics.isEmpty ? "" : " (also \(row.otherTopics.joined(separator: "、")))"
                cells = [topic == previous ? "" : cell(topic), row.id, cell(row.title + also)]
            } else {
                cells = [cell(topic)]
            }
            previous = topic
            for m in row.cells {
                cells.append(m.mark == .absent ? "—" : "\(marks[m.mark] ?? "") \(m.requirementsReached)/\(m.requirementsTotal)")
            }
            table.row(cells)
        }
        return out + table.rendered + "\n"
    }

    static func requirements(_ c: Comparison, labels: [String]) -> String {
        var out = "## Requirements: consensus and variants\n\n"
        out += "The consensus wording is the clause, among the plans carrying a requirement out, most like the others' (the national text shows through the copies), and only one whose every word another plan or the reference wording shares, so one plan's slip or local word never becomes consensus; where there is none, or fewer than two plans carry it out, the reference's own wording line. "
        out += "Listed: requirements some plan words with a divergence `check` reports, or leaves out; each such plan's clause nearest the consensus, a diff (~~consensus only~~ **plan only**) and the divergences.\n\n"
        var quiet: [String] = []
        for r in c.requirements {
            let open = r.variants.filter { !$0.isCarried || !$0.divergences.isEmpty }
            guard !open.isEmpty else { quiet.append(r.requirement.rawValue); continue }
            out += "### \(r.requirement) \(text(r.name))\n\n"
            out += "Section \(r.section) \(text(r.sectionTitle))\(c.references.count > 1 ? ", reference \(text(r.reference))" : "").\n\n"
            let whose = r.source == .plans
                ? "the clause of \(r.consensusPlan.map { text(label(of: $0, c, labels)) } ?? "") most like the others' and the reference wording, among the plans carrying it out with no divergence where there are two or more, every word of it shared by another plan or the reference"
                : "the reference wording, as \(r.carriedBy) \(plural(r.carriedBy, "plan carries", "plans carry")) it out"
            out += "Consensus (\(whose)): 「\(text(r.consensus))」\n\n"
            for v in open {
                out += "- **\(text(labels[v.plan]))**"
                guard let variant = v.text else {
                    out += ": not carried out.\(v.divergences.isEmpty ? "" : " " + notes(v.divergences))\n"
                    continue
                }
                out += " (\(text(v.path?.rawValue ?? "")), line \(v.line ?? 0)): 「\(text(variant))」\n"
                if v.diff.contains(where: { $0.operation != .same }) { out += "  - Diff: \(CheckMarkdown.diff(v.diff))\n" }
                for d in v.divergences {
                    let place = d.path == v.path ? "" : " (\(text(d.path.rawValue)), line \(d.line))"
                    out += "  - \(d.kind.rawValue) (\(d.severity.rawValue))\(place): \(text(d.note))\n"
                }
            }
            let same = r.variants.filter { $0.isCarried && $0.divergences.isEmpty }.map { labels[$0.plan] }
            if !same.isEmpty { out += "- No divergence: \(same.map(text).joined(separator: ", ")).\n" }
            out += "\n"
        }
        if !quiet.isEmpty {
            out += "Carried out by every plan following its reference with no divergence: \(quiet.joined(separator: ", ")).\n\n"
        }
        return out
    }

    static func notes(_ divergences: [VariantDivergence]) -> String {
        divergences.map { "\($0.kind.rawValue): \(text($0.note))." }.joined(separator: " ")
    }

    static func additions(_ c: Comparison, labels: [String]) -> String {
        var out = "## Local additions\n\nItems carrying out no national section: each plan's own priorities.\n\n"
        for (i, p) in c.plans.enumerated() {
            out += "### \(text(labels[i]))\n\n"
            guard !p.localAdditions.isEmpty else { out += "None.\n\n"; continue }
            out += CheckMarkdown.additionsTable(p.localAdditions.map { ($0.path, $0.line, $0.text) }) + "\n"
        }
        return out
    }

    static func localisation(_ c: Comparison, labels: [String]) -> String {
        var out = "## Localisation index\n\n"
        out += "The index is the share of a plan's item characters inside a run of \(LocalisationIndex.phraseLength) or more characters also found in its reference's wording (1: a copy of the national text; 0: all its own words). "
        out += "Beside it, the plan's own content: items naming their units, items with time limits, and local additions (items and share of characters).\n\n"
        var table = MarkdownTable([
            "plan", "items", "characters", "index", "own words", "items naming units", "items with time limits",
            "local additions", "local share",
        ])
        for (i, p) in c.plans.enumerated() {
            let l = p.localisation
            table.row([
                cell(labels[i]), "\(l.items)", "\(l.characters)", number(l.index), number(1 - l.index),
                "\(l.itemsNamingUnits)", "\(l.itemsWithDeadlines)", "\(l.localAdditions)", number(l.localShare),
            ])
        }
        return out + table.rendered
    }

    /// Column names: the locality and year when that tells the plans apart, else the file name.
    static func labels(_ plans: [ComparedPlan]) -> [String] {
        let short = plans.map { p in p.locality.map { $0 + (p.year.map { " \($0)" } ?? "") } ?? p.name }
        return short.enumerated().map { i, s in short.filter { $0 == s }.count > 1 ? plans[i].name : s }
    }

    static func label(of name: String, _ c: Comparison, _ labels: [String]) -> String {
        c.plans.firstIndex { $0.name == name }.map { labels[$0] } ?? name
    }

    static func number(_ x: Double) -> String { String(format: "%.2f", x) }
    static func percent(_ x: Double) -> String { String(format: "%.0f%%", x * 100) }
    static func text(_ s: String) -> String { CheckMarkdown.text(s) }
    static func cell(_ s: String) -> String { CheckMarkdown.cell(s) }
    static func plural(_ n: Int, _ one: String, _ many: String) -> String { CheckWords.plural(n, one, many) }
}
