import Foundation

/// An alignment as a person checks it: per item, the section it carries out, the score and the
/// strongest reasons; then which sections no item covers.
public enum AlignmentMarkdown {
    /// How many reasons each item shows; the JSON has them all.
    public static let reasonsShown = 3

    public static func render(_ alignment: Alignment, reference: Reference) -> String {
        var out = "# Alignment: \(escape(alignment.plan))\n\n"
        let covered = alignment.coverage.filter(\.isCovered).count
        let local = alignment.localAdditions.count
        out += "Reference: \(escape(referenceName(reference))). "
        out += "\(alignment.items.count) items; \(covered) of \(alignment.coverage.count) national sections covered; \(local) local \(local == 1 ? "addition" : "additions").\n\n"

        out += "## Items\n\n"
        var table = MarkdownTable(["item", "line", "section", "requirements", "score", "reasons"])
        for a in alignment.items {
            let sections = a.isLocal ? "local" : MarkdownText.lines(a.sections.map { id in
                "\(id) \(reference.section(id: id)?.title ?? "")"
            })
            let reasons = (a.matches.first?.reasons ?? []).prefix(reasonsShown).map(describe).joined(separator: "; ")
            table.row([
                "\(escape(a.item.path.rawValue)) \(escape(excerpt(a.item.node.text)))", "\(a.item.line)", sections,
                escape(a.requirements.joined(separator: ", ")), String(format: "%.2f", a.score), escape(reasons),
            ])
        }
        out += table.rendered

        let uncovered = alignment.coverage.filter { !$0.isCovered }
        out += "\n## Sections no item covers\n\n"
        if uncovered.isEmpty {
            out += "None: every national section has at least one item.\n"
        } else {
            for c in uncovered {
                out += "- \(c.section) \(escape(reference.section(id: c.section)?.title ?? ""))\n"
            }
        }
        return out
    }

    static func referenceName(_ r: Reference) -> String {
        [r.document, r.title.map { "《\($0)》" }].compactMap { $0 }.joined() + (r.document == nil && r.title == nil ? r.name : "")
    }

    static func describe(_ r: Reason) -> String {
        let w = String(format: "%.1f", r.weight)
        switch r.kind {
        case .term: return "term「\(r.text)」(\(r.requirement ?? "")) +\(w)"
        case .heading: return "heading「\(excerpt(r.text, 20))」+\(w)"
        case .part: return "part「\(excerpt(r.text, 20))」+\(w)"
        case .title: return "title「\(excerpt(r.text, 20))」in text +\(w)"
        case .wording: return "wording +\(w)"
        }
    }

    /// The first `limit` characters, with an ellipsis when cut.
    static func excerpt(_ s: String, _ limit: Int = 30) -> String {
        s.count <= limit ? s : String(s.prefix(limit)) + "…"
    }

    static func escape(_ s: String) -> String { MarkdownText.escape(s) }
}
