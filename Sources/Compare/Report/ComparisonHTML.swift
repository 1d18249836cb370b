/// The comparison as one self-contained web page: the ranking, and a heatmap of plans × rows
/// (sections or topics) coloured by how far each plan carries each row out. Each cell links to
/// where that plan's finding is: its check page's row when the caller has one (`checkPage`), else
/// the row's details on this page.
///
/// Why a heatmap: an office above dozens of plans looks for the red columns (a plan that needs
/// work) and the red rows (a requirement many plans miss); a table of ●◐○ makes them read cells.
public enum ComparisonHTML {
    public static func render(_ c: Comparison, language: ReportLanguage = .en, checkPage: ((ComparedPlan) -> String)? = nil) -> String {
        let zh = language == .zh
        let labels = ComparisonMarkdown.labels(c.plans)
        let title = zh ? "\(c.plans.count)个计划的比较" : "Comparison of \(c.plans.count) \(CheckWords.plural(c.plans.count, "plan", "plans"))"
        var body = "<h1>\(HTMLText.escape(title))</h1>\n"
        body += "<h2>\(zh ? "排名" : "Ranking")</h2>\n<table>\n<tr>"
        let columns = zh
            ? ["名次", "计划", "年度", "参考要点", "已落实的要求", "需修改或说明的差异", "提示", "本地新增"]
            : ["rank", "plan", "year", "reference", "requirements reached", "divergences to fix", "notes", "local additions"]
        body += columns.map { "<th>\(HTMLText.escape($0))</th>" }.joined() + "</tr>\n"
        for i in c.ranking {
            let p = c.plans[i]
            body += "<tr><td>\(p.rank == 0 ? "—" : String(p.rank))</td><td>\(HTMLText.escape(labels[i]))</td><td>\(p.year.map(String.init) ?? "—")</td>"
            body += "<td>\(HTMLText.escape(p.reference))</td><td>\(p.requirementsReached) / \(p.requirementsTotal)</td>"
            body += "<td>\(p.warnings)</td><td>\(p.notes)</td><td>\(p.localAdditions.count)</td></tr>\n"
        }
        body += "</table>\n"
        body += "<h2>\(zh ? "覆盖热力图" : "Coverage")</h2>\n" + heatmap(c, labels: labels, language: language, checkPage: checkPage)
        body += details(c, labels: labels, language: language)
        body += BatchCheckHTML.blocks(BatchCheckMarkdown.notChecked(c.notCompared, language: language, compared: true))
        return CheckHTML.page(title: title, language: language, body: body)
    }

    static func colour(_ mark: MatrixCell.Mark) -> String {
        switch mark {
        case .covered: return CheckHTML.colour(.covered)
        case .partial: return CheckHTML.colour(.partial)
        case .missing: return CheckHTML.colour(.missing)
        case .absent: return CheckHTML.colour(.notApplicable)
        }
    }

    static func name(_ mark: MatrixCell.Mark, _ language: ReportLanguage) -> String {
        switch (mark, language) {
        case (_, .zh): return ChineseTerms.mark(mark)
        case (.covered, .en): return "covered"
        case (.partial, .en): return "partial"
        case (.missing, .en): return "missing"
        case (.absent, .en): return "not asked"
        }
    }

    /// A section by its id and title; a topic by its title only: a topic's id is an English word
    /// for the program (`fiscal`), which a Chinese page showed beside 财政.
    static func rowName(_ row: MatrixRow, _ rows: Comparison.Rows) -> String {
        rows == .sections ? "\(row.id) \(row.title)" : row.title
    }

    static func anchor(_ row: MatrixRow) -> String { "r-" + row.id.unicodeScalars.map { CJK.isASCIIAlnum($0) || $0 == "-" ? String($0) : String($0.value, radix: 16) }.joined() }

    /// Rows down, plans across; a cell's title says plan, row and requirements reached.
    static func heatmap(_ c: Comparison, labels: [String], language: ReportLanguage, checkPage: ((ComparedPlan) -> String)?) -> String {
        let cell = 22, gap = 2, left = 70, top = 110
        let width = left + c.plans.count * (cell + gap) + 90, height = top + c.matrix.count * (cell + gap)
        var svg = "<svg class=\"heatmap\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\">\n"
        for (k, label) in labels.enumerated() {
            let x = left + k * (cell + gap) + cell / 2
            svg += "<text x=\"\(x)\" y=\"\(top - 6)\" font-size=\"9\" transform=\"rotate(-60 \(x) \(top - 6))\">\(HTMLText.escape(label))</text>\n"
        }
        for (r, row) in c.matrix.enumerated() {
            let y = top + r * (cell + gap)
            let rowLabel = c.rows == .sections ? String(row.id.split(separator: "-").dropFirst().joined(separator: "-")) : row.title
            svg += "<text x=\"\(left - 4)\" y=\"\(y + cell / 2 + 3)\" font-size=\"9\" text-anchor=\"end\">\(HTMLText.escape(String(rowLabel.prefix(8))))</text>\n"
            for (k, m) in row.cells.enumerated() where k < c.plans.count {
                let x = left + k * (cell + gap)
                let tip = "\(labels[k]) · \(rowName(row, c.rows)): \(name(m.mark, language)) \(m.requirementsReached)/\(m.requirementsTotal)"
                let target: String
                if c.rows == .sections, let checkPage { target = LinkPath.encode(checkPage(c.plans[k])) + "#s-" + row.id } else { target = "#" + anchor(row) }
                svg += "<a href=\"\(HTMLText.escape(target))\"><rect x=\"\(x)\" y=\"\(y)\" width=\"\(cell)\" height=\"\(cell)\" fill=\"\(colour(m.mark))\"><title>\(HTMLText.escape(tip))</title></rect></a>\n"
            }
        }
        svg += "</svg>\n"
        let legend = [MatrixCell.Mark.covered, .partial, .missing, .absent]
            .map { "<span><span class=\"dot\" style=\"background:\(colour($0))\"></span>\(HTMLText.escape(name($0, language)))</span>" }.joined()
        return "<figure style=\"overflow-x:auto\">\n\(svg)<figcaption class=\"legend\">\(legend)</figcaption>\n</figure>\n"
    }

    /// Each row with each plan's mark, requirements reached and the items carrying it out.
    static func details(_ c: Comparison, labels: [String], language: ReportLanguage) -> String {
        let zh = language == .zh
        var out = "<h2>\(zh ? "各行明细" : "Rows")</h2>\n"
        for row in c.matrix {
            out += "<h3 id=\"\(anchor(row))\">\(HTMLText.escape(rowName(row, c.rows)))</h3>\n<table>\n"
            for (k, m) in row.cells.enumerated() where k < c.plans.count {
                out += "<tr><td>\(HTMLText.escape(labels[k]))</td><td><span class=\"dot\" style=\"background:\(colour(m.mark))\"></span>\(HTMLText.escape(name(m.mark, language)))</td>"
                out += "<td>\(m.requirementsReached) / \(m.requirementsTotal)</td><td>\(m.items.map { HTMLText.escape($0.rawValue) }.joined(separator: "<br/>"))</td></tr>\n"
            }
            out += "</table>\n"
        }
        return out
    }
}
