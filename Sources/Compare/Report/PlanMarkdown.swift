/// A parsed plan as Markdown: its metadata as a table and its outline, for reading in a browser
/// or pasting into a review.
public enum PlanMarkdown {
    public static func render(_ plan: Plan) -> String {
        let m = plan.metadata
        var out = "# \(escape(m.title ?? plan.name))\n\n"
        let cites = m.cites.map { c in [c.title.map { "《\($0)》" }, c.number].compactMap { $0 }.joined() }
        var table = MarkdownTable(["field", "value"])
        for (field, value) in [
            ("file", plan.name), ("locality", m.locality ?? "—"), ("province", m.province ?? "—"),
            ("level", m.level?.rawValue ?? "—"), ("year", m.year.map(String.init) ?? "—"),
            ("document number", m.documentNumber ?? "—"), ("issuer", m.issuer ?? "—"), ("date", m.date?.iso ?? "—"),
            ("draft", m.draft ? "yes" : "no"), ("cites", cites.isEmpty ? "—" : cites.joined(separator: "; ")),
        ] {
            table.row([field, escape(value)])
        }
        out += table.rendered + "\n"
        out += "## Outline\n\n"
        for node in plan.nodes { outline(node, depth: 0, into: &out) }
        if !plan.warnings.isEmpty {
            out += "\n## Warnings\n\n"
            for w in plan.warnings { out += "- line \(w.line): \(escape(w.message))\n" }
        }
        return out
    }

    static func outline(_ node: Node, depth: Int, into out: inout String) {
        let indent = String(repeating: "  ", count: depth)
        let number = node.numbering?.canonical ?? ""
        let isLeaf = node.children.isEmpty
        let text = isLeaf ? node.text : (node.heading ?? node.text)
        out += "\(indent)- \(number)\(escape(text)) *(line \(TreeDump.lineLabel(node.lines)))*"
        var notes: [String] = []
        if !node.units.lead.isEmpty { notes.append("牵头：" + node.units.lead.joined(separator: "、")) }
        if !node.units.responsible.isEmpty { notes.append("责任：" + node.units.responsible.joined(separator: "、")) }
        if !node.deadlines.isEmpty { notes.append("时限：" + node.deadlines.map(\.raw).joined(separator: "、")) }
        if !notes.isEmpty { out += " — " + escape(notes.joined(separator: "；")) }
        out += "\n"
        for child in node.children { outline(child, depth: depth + 1, into: &out) }
    }

    static func escape(_ s: String) -> String { MarkdownText.escape(s) }
}
