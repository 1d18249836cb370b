/// `Reports/index.html` and `Reports/zh/index.html`: the web entry to the reports. Each plan's check
/// in one row, a bar of its national sections coloured by coverage, and links to its pages; then
/// the checks against upper-level plans, the comparisons and the reviews. Why a page of its own: an
/// office opens one file and clicks, without reading Markdown; a page the index does not link is a
/// page nobody finds.
enum IndexPage {
    static func render(checks: [(Plan, Reference, CheckResult)], stems: ReportStems, notRead: [UnreadFile] = [], comparisons: [(name: String, title: String)],
                       upper: [(page: String, lower: String, upper: String)] = [], reviews: [(page: String, title: String)] = [],
                       language: ReportLanguage) -> String {
        let zh = language == .zh
        let w = CheckWords.of(language)
        let title = zh ? "政务公开工作要点检查报告" : "Reports"
        var body = "<h1>\(HTMLText.escape(title))</h1>\n"
        body += "<p>\(HTMLText.escape(zh ? "每个计划对照其所在年度（或此前最近年度）的国家要点检查。需要处理最多的计划排在前面，点击计划名称打开检查页面。" : "Each plan checked against the national key points of its year (or the nearest earlier year). The plans most in need of work come first; open a plan's check from its name."))</p>\n"
        body += "<h2>\(HTMLText.escape(zh ? "计划检查" : "Plan checks"))</h2>\n<table>\n<tr>"
        let columns = zh
            ? ["计划", "年度", "国家要点各条", "未落实的要求", "需修改或说明的差异", "提示", "本地新增"]
            : ["plan", "year", "national sections", "requirements not carried out", "divergences to fix", "notes", "local additions"]
        body += columns.map { "<th>\(HTMLText.escape($0))</th>" }.joined() + "</tr>\n"
        let labels = BatchCheckMarkdown.distinctLabels(checks.map(\.0))
        for (plan, _, r) in CorpusReport.byNeed(checks) {
            let stem = LinkPath.encode(stems[plan.name])
            let open = r.requirementsNotCarriedOut
            var bar = "<svg viewBox=\"0 0 \(r.coverage.count * 8) 12\" width=\"\(r.coverage.count * 8)\" height=\"12\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\">"
            for (k, s) in r.coverage.enumerated() {
                bar += "<rect x=\"\(k * 8)\" y=\"0\" width=\"7\" height=\"12\" fill=\"\(CheckHTML.colour(s.status))\"><title>\(HTMLText.escape("\(s.section.rawValue) \(s.title)\(w.colon)\(w.status(of: s))"))</title></rect>"
            }
            bar += "</svg>"
            body += "<tr><td><a href=\"check/\(HTMLText.escape(stem)).html\">\(HTMLText.escape(labels[plan.name] ?? CorpusReport.label(plan)))</a>\(r.referenceDrawnFromIt ? " †" : "")</td>"
            body += "<td>\(plan.metadata.year.map(String.init) ?? "—")</td><td>\(bar)</td><td>\(open)</td><td>\(r.divergencesToFixCount)</td>"
            body += "<td>\(r.notesCount)</td><td>\(r.localAdditions.count)</td></tr>\n"
        }
        body += "</table>\n"
        // The mark the Markdown indexes give a plan the wording was drawn from, said here too.
        if checks.contains(where: \.2.referenceDrawnFromIt) {
            body += "<p>\(HTMLText.escape(zh ? "† 该年度要点的参考表述部分取自此计划：凡沿用之处必然一致，查出的差异确实存在，但未查出差异不能说明与国家原文一致。" : "† The taxonomy's wording for its year was drawn from this plan: where it copies that wording it agrees by construction, so its check finds real divergences but its clean rows prove little."))</p>\n"
        }
        if !notRead.isEmpty {
            body += "<p><strong>\(HTMLText.escape(zh ? "未读取的文件" : "Not read"))</strong>\(HTMLText.escape(zh ? "：以上各报告均未包含。" : ": in none of the reports."))</p>\n<ul>\n"
            for u in notRead { body += "<li>\(HTMLText.escape(u.name + (zh ? "：" + u.chineseAdvice + "。" : ": " + u.advice + ".")))</li>\n" }
            body += "</ul>\n"
        }
        body += "<h2>\(HTMLText.escape(zh ? "比较" : "Comparisons"))</h2>\n<ul>\n"
        for c in comparisons {
            body += "<li><a href=\"\(HTMLText.escape(LinkPath.encode(c.name))).html\">\(HTMLText.escape(zh ? ChineseIndex.title(comparison: c.name) + "：覆盖热力图" : c.title))</a></li>\n"
        }
        body += "</ul>\n"
        if !upper.isEmpty {
            body += "<h2>\(HTMLText.escape(zh ? "对照上级计划" : "Against the upper-level plan"))</h2>\n<ul>\n"
            for u in upper {
                body += "<li><a href=\"\(HTMLText.escape(LinkPath.encode(u.page)))\">\(HTMLText.escape(zh ? "\(u.lower) 对照 \(u.upper)" : "\(u.lower) against \(u.upper)"))</a></li>\n"
            }
            body += "</ul>\n"
        }
        if !reviews.isEmpty {
            body += "<h2>\(HTMLText.escape(zh ? "年度对照与两地对照" : "Reviews"))</h2>\n<ul>\n"
            for r in reviews { body += "<li><a href=\"\(HTMLText.escape(LinkPath.encode(r.page)))\">\(HTMLText.escape(r.title))</a></li>\n" }
            body += "</ul>\n"
        }
        body += "<p><a href=\"\(zh ? "../index.html" : "zh/index.html")\">\(zh ? "English" : "中文")</a></p>\n"
        return CheckHTML.page(title: title, language: language, body: body)
    }
}
