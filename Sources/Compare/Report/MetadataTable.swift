/// The metadata of several plans as one Markdown table (the README shows the corpus's).
public enum MetadataTable {
    public static func markdown(_ plans: [Plan]) -> String {
        var out = "| file | title | locality | level | year | document number | issuer | date | draft | items | cites |\n"
        out += "|---|---|---|---|---|---|---|---|---|---|---|\n"
        for plan in plans {
            let m = plan.metadata
            let cells: [String] = [
                plan.name, m.title ?? "—", m.locality ?? "—", m.level?.rawValue ?? "—",
                m.year.map(String.init) ?? "—", m.documentNumber ?? "—", m.issuer ?? "—", m.date ?? "—",
                m.draft ? "yes" : "no", String(plan.items.count),
                m.cites.isEmpty ? "—" : m.cites.compactMap { $0.number ?? $0.title.map { "《\($0)》" } }.joined(separator: "; "),
            ]
            out += "| " + cells.map(PlanMarkdown.escape).joined(separator: " | ") + " |\n"
        }
        return out
    }
}
