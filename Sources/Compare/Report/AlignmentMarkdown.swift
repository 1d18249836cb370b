import Foundation

/// An alignment as a person checks it: per item, the section it carries out, the score and the
/// strongest reasons; then which sections no item covers.
public enum AlignmentMarkdown {
    /// How many reasons each item shows; the JSON has them all.
    public static let reasonsShown = 3

    public static func render(_ alignment: Alignment, reference: Reference, language: ReportLanguage = .en) -> String {
        let w = language
        // A text given as the reference is named as the text.
        let given = reference.hasOwnNumbering
        let (points, sectionsEn) = given ? ("参考文本", "sections of the reference") : ("国家要点", "national sections")
        var out = w("# Alignment: \(escape(alignment.plan))\n\n", "# 对齐：\(escape(w.planName(alignment.plan)))\n\n")
        let covered = alignment.coverage.filter(\.isCovered).count
        let local = alignment.localAdditions.count
        out += w("Reference: \(escape(referenceName(reference))). ", "对照：\(escape(referenceName(reference)))。")
        out += w("\(alignment.items.count) items; \(covered) of \(alignment.coverage.count) \(sectionsEn) covered; \(local) local \(local == 1 ? "addition" : "additions").\n\n",
                 "共\(alignment.items.count)个条目；\(points)\(alignment.coverage.count)条中有\(covered)条有条目对应；本地新增\(local)个。\n\n")

        out += w("## Items\n\n", "## 条目\n\n")
        var table = MarkdownTable(w == .zh ? ["条目", "行号", "对应的\(points)条目", "要求", "得分", "依据"] : ["item", "line", "section", "requirements", "score", "reasons"])
        for a in alignment.items {
            let sections = a.isLocal ? w("local", "本地") : MarkdownText.lines(a.sections.map { id in
                "\(id) \(reference.section(id: id)?.title ?? "")"
            })
            let reasons = (a.matches.first?.reasons ?? []).prefix(reasonsShown).map { describe($0, w) }.joined(separator: w("; ", "；"))
            table.row([
                "\(escape(a.item.path.rawValue)) \(escape(excerpt(a.item.node.text)))", "\(a.item.line)", sections,
                escape(a.requirements.joined(separator: ", ")), String(format: "%.2f", a.score), escape(reasons),
            ])
        }
        out += table.rendered

        let uncovered = alignment.coverage.filter { !$0.isCovered }
        out += w("\n## Sections no item covers\n\n", "\n## 没有条目对应的\(points)条目\n\n")
        if uncovered.isEmpty {
            out += w("None: every \(given ? "section of the reference" : "national section") has at least one item.\n", "无：\(points)每一条都至少有一个条目对应。\n")
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

    static func describe(_ r: Reason, _ language: ReportLanguage = .en) -> String {
        let w = String(format: "%.1f", r.weight)
        switch r.kind {
        case .term: return language("term", "术语") + "「\(r.text)」(\(r.requirement ?? "")) +\(w)"
        case .heading: return language("heading", "标题") + "「\(excerpt(r.text, 20))」+\(w)"
        case .part: return language("part", "所在部分") + "「\(excerpt(r.text, 20))」+\(w)"
        case .title: return language("title「\(excerpt(r.text, 20))」in text +\(w)", "正文含条目标题「\(excerpt(r.text, 20))」+\(w)")
        case .wording: return language("wording", "表述") + " +\(w)"
        }
    }

    /// The first `limit` characters, with an ellipsis when cut; counted and cut by scalars where each
    /// scalar is a character (`ScalarText.characterCount`): counting characters walks the grapheme
    /// rules, and every local addition of every plan's check is cut here.
    static func excerpt(_ s: String, _ limit: Int = 30) -> String {
        ScalarText.characterCount(s) <= limit ? s : ScalarText.characters(s, first: limit) + "…"
    }

    static func escape(_ s: String) -> String { MarkdownText.escape(s) }
}
