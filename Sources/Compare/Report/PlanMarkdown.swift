/// A parsed plan as Markdown: its metadata as a table and its outline, for reading in a browser
/// or pasting into a review.
public enum PlanMarkdown {
    public static func render(_ plan: Plan, language: ReportLanguage = .en) -> String {
        let w = language
        let m = plan.metadata
        var out = "# \(escape(m.title ?? plan.name))\n\n"
        let cites = m.cites.map { c in [c.title.map { "《\($0)》" }, c.number].compactMap { $0 }.joined() }
        var table = MarkdownTable(w == .zh ? ["项目", "内容"] : ["field", "value"])
        let level = m.level.map { w($0.rawValue, ChineseTerms.level($0)) } ?? "—"
        for (field, value) in [
            (w("file", "文件"), plan.name), (w("locality", "地方"), m.locality ?? "—"), (w("province", "省份"), m.province ?? "—"),
            (w("level", "层级"), level), (w("year", "年度"), m.year.map(String.init) ?? "—"),
            (w("document number", "文号"), m.documentNumber ?? "—"), (w("issuer", "发文机关"), m.issuer ?? "—"), (w("date", "日期"), m.date?.iso ?? "—"),
            (w("draft", "征求意见稿"), m.draft ? w("yes", "是") : w("no", "否")),
            (w("cites", "引用文件"), cites.isEmpty ? "—" : cites.joined(separator: w("; ", "；"))),
        ] {
            table.row([field, escape(value)])
        }
        out += table.rendered + "\n"
        out += w("## Outline\n\n", "## 结构\n\n")
        for node in plan.nodes { outline(node, depth: 0, w, into: &out) }
        if !plan.warnings.isEmpty {
            out += w("\n## Warnings\n\n", "\n## 解析提示\n\n")
            for warning in plan.warnings {
                out += w("- line \(warning.line): \(escape(warning.message))\n", "- 第\(warning.line)行：\(escape(ChineseTerms.warning(warning)))\n")
            }
        }
        return out
    }

    static func outline(_ node: Node, depth: Int, _ w: ReportLanguage = .en, into out: inout String) {
        let indent = String(repeating: "  ", count: depth)
        let number = node.numbering?.canonical ?? ""
        let isLeaf = node.children.isEmpty
        let text = isLeaf ? node.text : (node.heading ?? node.text)
        out += "\(indent)- \(number)\(escape(text)) " + w("*(line \(TreeDump.lineLabel(node.lines)))*", "*（第\(TreeDump.lineLabel(node.lines))行）*")
        var notes: [String] = []
        if !node.units.lead.isEmpty { notes.append("牵头：" + node.units.lead.joined(separator: "、")) }
        if !node.units.responsible.isEmpty { notes.append("责任：" + node.units.responsible.joined(separator: "、")) }
        if !node.deadlines.isEmpty { notes.append("时限：" + node.deadlines.map(\.raw).joined(separator: "、")) }
        if !notes.isEmpty { out += " — " + escape(notes.joined(separator: "；")) }
        out += "\n"
        for child in node.children { outline(child, depth: depth + 1, w, into: &out) }
    }

    static func escape(_ s: String) -> String { MarkdownText.escape(s) }
}
