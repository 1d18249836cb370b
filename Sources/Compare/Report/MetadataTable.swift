/// The metadata of several plans as one Markdown table (the README shows the corpus's).
public enum MetadataTable {
    public static func markdown(_ plans: [Plan]) -> String {
        var table = MarkdownTable([
            "file", "title", "locality", "province", "level", "year", "document number", "issuer", "date", "draft",
            "items", "cites",
        ])
        for plan in plans {
            let m = plan.metadata
            let cells: [String] = [
                plan.name, m.title ?? "—", m.locality ?? "—", m.province ?? "—", m.level?.rawValue ?? "—",
                m.year.map(String.init) ?? "—", m.documentNumber ?? "—", m.issuer ?? "—", m.date?.iso ?? "—",
                m.draft ? "yes" : "no", String(plan.items.count),
                citesCell(m.cites),
            ]
            table.row(cells.map(MarkdownText.escape))
        }
        return table.rendered
    }

    /// Numbered documents by number; titles cited without a number only counted, to keep a row short.
    static func citesCell(_ cites: [Citation]) -> String {
        let numbered = cites.compactMap(\.number)
        let titled = cites.count - numbered.count
        var parts = numbered
        if titled > 0 { parts.append("+\(titled) by title only") }
        return parts.isEmpty ? "—" : parts.joined(separator: "; ")
    }
}
