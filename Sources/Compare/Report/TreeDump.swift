/// A readable dump of a parsed plan, one node a line: the parser's golden test output and what
/// `compare-tool parse --format tree` prints.
///
/// Numbering is shown in its canonical spelling so that a plan re-encoded or re-punctuated dumps
/// byte for byte the same; everything a node holds that later stages use is on its line.
public enum TreeDump {
    public static func render(_ plan: Plan) -> String {
        var out = "# \(plan.name)\n"
        let m = plan.metadata
        out += "title: \(m.title.map(Canonical.text) ?? "-")\n"
        out += "locality: \(m.locality ?? "-") | province: \(m.province ?? "-") | level: \(m.level?.rawValue ?? "-") | year: \(m.year.map(String.init) ?? "-")"
        out += " | number: \(m.documentNumber ?? "-") | issuer: \(m.issuer ?? "-") | date: \(m.date?.iso ?? "-") | draft: \(m.draft ? "yes" : "no")\n"
        for c in m.cites {
            out += "cites: \(c.title.map { "《\($0)》" } ?? "")\(c.number ?? "")\n"
        }
        for node in plan.nodes { dump(node, depth: 0, into: &out) }
        for w in plan.warnings { out += "warning: line \(w.line): \(w.kind.rawValue): \(w.message)\n" }
        return out
    }

    static func dump(_ node: Node, depth: Int, into out: inout String) {
        out += String(repeating: "  ", count: depth)
        out += node.kind.rawValue
        out += " " + (node.numbering?.canonical ?? "¶")
        out += " @" + lineLabel(node.lines)
        // One node a line: a heading's line break inside a node's text (`NodeFinisher.join`) is a space.
        let text = String(Canonical.text(node.text).map { $0 == "\n" ? " " : $0 })
        if let h = node.heading.map(Canonical.text), h != text { out += " «\(h)»" }
        out += " " + text
        if !node.units.lead.isEmpty { out += " ‹lead: " + Canonical.text(node.units.lead.joined(separator: "｜")) + "›" }
        if !node.units.responsible.isEmpty { out += " ‹resp: " + Canonical.text(node.units.responsible.joined(separator: "｜")) + "›" }
        for d in node.deadlines { out += " ‹due: \(Canonical.text(d.raw))=\(d.normalized ?? "?")›" }
        out += "\n"
        for child in node.children { dump(child, depth: depth + 1, into: &out) }
    }

    static func lineLabel(_ r: ClosedRange<Int>) -> String {
        r.lowerBound == r.upperBound ? "\(r.lowerBound)" : "\(r.lowerBound)-\(r.upperBound)"
    }
}
