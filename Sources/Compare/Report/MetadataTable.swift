/// The metadata of several plans as one Markdown table (the README shows the corpus's).
public enum MetadataTable {
    public static func markdown(_ plans: [Plan], language: ReportLanguage = .en) -> String {
        let w = language
        var table = MarkdownTable(w == .zh
            ? ["文件", "标题", "地方", "省份", "层级", "年度", "文号", "发文机关", "日期", "征求意见稿", "条目", "引用文件"]
            : ["file", "title", "locality", "province", "level", "year", "document number", "issuer", "date", "draft", "items", "cites"])
        for plan in plans {
            let m = plan.metadata
            let cells: [String] = [
                plan.name, m.title ?? "—", m.locality ?? "—", m.province ?? "—", m.level.map { w($0.rawValue, ChineseTerms.level($0)) } ?? "—",
                m.year.map(String.init) ?? "—", m.documentNumber ?? "—", m.issuer ?? "—", m.date?.iso ?? "—",
                m.draft ? w("yes", "是") : w("no", "否"), String(plan.items.count),
                citesCell(m.cites, w),
            ]
            table.row(cells.map(MarkdownText.escape))
        }
        return table.rendered
    }

    /// Numbered documents by number; titles cited without a number only counted, to keep a row short.
    static func citesCell(_ cites: [Citation], _ w: ReportLanguage = .en) -> String {
        let numbered = cites.compactMap(\.number)
        let titled = cites.count - numbered.count
        var parts = numbered
        if titled > 0 { parts.append(w("+\(titled) by title only", "另有\(titled)件仅引标题")) }
        return parts.isEmpty ? "—" : parts.joined(separator: w("; ", "；"))
    }
}
