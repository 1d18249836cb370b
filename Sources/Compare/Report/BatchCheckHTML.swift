/// `index.html` of a batch written as web pages (`check DIR --format html --out OUT`): the summary
/// as a page, each plan's name opening its check. Why: an office that asked for pages opens one
/// file in a browser and clicks; the summary was only a README.md beside the pages.
enum BatchCheckHTML {
    /// `link(i)`: the page of `rows[i]`; `upperLink(i)`: that of `upper[i]` (empty when it was
    /// not made). `notes`: what the summary says below its tables (the same plan twice, the files
    /// not checked or not read), as its Markdown paragraphs and lists.
    static func index(
        _ rows: [BatchCheckMarkdown.Row], language w: ReportLanguage, paths: [String]? = nil, link: (Int) -> String,
        upper: [BatchCheckMarkdown.UpperRow], upperLink: (Int) -> String, notes: String
    ) -> String {
        let title = BatchCheckMarkdown.title(rows, w)
        var body = "<h1>\(HTMLText.escape(title))</h1>\n"
        body += "<p>\(HTMLText.escape(BatchCheckMarkdown.attention(rows, w) + w(" Most in need of work first; open a plan's check from its name.", "需要处理最多的排在前面，点击计划名称打开检查页面。")))</p>\n"
        body += "<table>\n<tr>" + BatchCheckMarkdown.columns(w).map { "<th>\(HTMLText.escape($0))</th>" }.joined() + "</tr>\n"
        let labels = BatchCheckMarkdown.distinct(rows.map { ($0.file, $0.locality, $0.year, $0.province) })
        let files = BatchCheckMarkdown.files(rows, paths: paths)
        for i in BatchCheckMarkdown.order(rows) {
            let r = rows[i]
            body += "<tr><td><a href=\"\(HTMLText.escape(LinkPath.encode(link(i))))\">\(HTMLText.escape(w.planName(labels[i])))</a>\(r.drawnFrom ? " †" : "")</td>"
                + BatchCheckMarkdown.cells(r, file: files[i], w).map { "<td>\(HTMLText.escape($0))</td>" }.joined() + "</tr>\n"
        }
        body += "</table>\n"
        body += blocks(BatchCheckMarkdown.drawnFromNote(rows, w))
        if !upper.isEmpty {
            body += "<h2>\(HTMLText.escape(w("Against the upper-level plan", "对照上级计划")))</h2>\n<ul>\n"
            for i in BatchCheckMarkdown.order(upper) {
                let u = upper[i]
                let name = HTMLText.escape(w("\(u.lowerLabel) against \(u.upperLabel)", "\(u.lowerLabel) 对照 \(u.upperLabel)"))
                if let r = u.row, !upperLink(i).isEmpty {
                    body += "<li><a href=\"\(HTMLText.escape(LinkPath.encode(upperLink(i))))\">\(name)</a>\(HTMLText.escape(w(": ", "：") + BatchCheckMarkdown.verdict(r, w)))</li>\n"
                } else {
                    body += "<li>\(name)\(HTMLText.escape(w(": not checked: ", "：未检查：") + w(u.problem ?? "", u.chineseProblem ?? "")))</li>\n"
                }
            }
            body += "</ul>\n"
        }
        body += blocks(notes)
        return CheckHTML.page(title: title, language: w, body: body)
    }

    /// The summary's notes, paragraphs and "- " lists, as HTML.
    static func blocks(_ markdown: String) -> String {
        var out = ""
        for block in markdown.components(separatedBy: "\n\n") where !block.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            let lines = block.split(separator: "\n").map(String.init)
            if lines.allSatisfy({ $0.hasPrefix("- ") }) {
                out += "<ul>\n" + lines.map { "<li>\(HTMLText.sentence(String($0.dropFirst(2))))</li>\n" }.joined() + "</ul>\n"
            } else {
                out += "<p>\(HTMLText.sentence(lines.joined(separator: " ")))</p>\n"
            }
        }
        return out
    }
}
