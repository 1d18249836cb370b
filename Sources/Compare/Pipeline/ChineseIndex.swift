import Foundation

/// The index of the Chinese reports (`Reports/zh/README.md`): each plan's check in one row, in the
/// office's words, linking to the Chinese Markdown and web page. Why its own page: a reader who
/// opens `zh/` should not have to read English to find a check.
enum ChineseIndex {
    /// "compare" → all plans by cross-year topics; "compare-2021" → the plans of the 2021 points.
    static func title(comparison name: String) -> String {
        guard let year = name.split(separator: "-").last.flatMap({ Int($0) }) else { return "全部计划（按跨年度主题逐行比较）" }
        return "对照\(year)年国家要点的计划（按国家要点各条逐行比较）"
    }

    /// `reviews`: each review's Markdown path, its Chinese title, and its web page if it has one.
    static func render(corpus: String, checks: [(Plan, Reference, CheckResult)], stems: ReportStems, notRead: [UnreadFile] = [], upper: String = "", comparisons: [String] = [], reviews: [(String, String, String?)] = []) -> String {
        var out = "# 报告索引（中文）\n\n由 `compare-tool report` 根据 `\(Ingest.fileName(corpus))/` 生成，请勿手工修改：重新运行该命令即可更新。网页版：[index.html](index.html)。\n\n"
        out += "## 计划检查\n\n每个计划对照其所在年度（或此前最近年度）的国家要点检查：哪些要求未落实，哪些表述弱于要求。需要处理最多的计划排在前面。\n\n"
        var table = MarkdownTable(["计划", "年度", "参考要点", "国家要点各条：已覆盖 / 部分覆盖 / 缺项", "未落实的要求", "需修改或说明的差异", "提示", "本地新增"])
        let labels = BatchCheckMarkdown.distinctLabels(checks.map(\.0))
        for (plan, reference, r) in CorpusReport.byNeed(checks) {
            func count(_ s: SectionStatus.Status) -> Int { r.coverage.filter { $0.status == s }.count }
            let open = r.requirementsNotCarriedOut
            let stem = LinkPath.encode(stems[plan.name])
            let drawn = r.referenceDrawnFromIt ? " †" : ""
            table.row([
                "[\(PlanMarkdown.escape(labels[plan.name] ?? CorpusReport.label(plan)))](check/\(stem).md)\(drawn)（[网页](check/\(stem).html)）",
                plan.metadata.year.map(String.init) ?? "—", String(reference.year),
                "\(count(.covered)) / \(count(.partial)) / \(count(.missing))", String(open), String(r.divergencesToFixCount),
                String(r.notesCount), String(r.localAdditions.count),
            ])
        }
        out += table.rendered
        if checks.contains(where: \.2.referenceDrawnFromIt) {
            out += "\n† 该年度要点的参考表述部分取自此计划：凡沿用之处必然一致，查出的差异确实存在，但未查出差异不能说明与国家原文一致。\n"
        }
        out += BatchCheckMarkdown.notRead(notRead, language: .zh, corpus: true)
        out += upper.isEmpty
            ? "\n## 对照上级计划\n\n无：语料中没有任何计划的同年度上级计划（县级或开发区的地市级计划、地市级的省级计划、直辖市区县的市级计划；依据计划所引用的文号和标题、发文机关和所属省份认定）。\n"
            : upper
        out += "\n## 比较\n\n"
        for comparison in comparisons {
            let name = LinkPath.encode(comparison)
            out += "- [\(title(comparison: comparison))](\(name).md)：排名、覆盖矩阵、各项要求的通行表述与差异、本地新增（[网页](\(name).html)：覆盖热力图，点击格子打开该计划检查中的对应条目；[表格](\(name).csv)：每个计划在每一行各占一条记录，中文表头，UTF-8 带 BOM，可直接用 Excel 或 WPS 打开）\n"
        }
        out += "\n## 年度对照与两地对照\n\n"
        if reviews.isEmpty { out += "无：没有同一省份不同年度的两个计划，分类表也只有一个年度。\n" }
        for (name, title, page) in reviews.map({ (LinkPath.encode($0.0), $0.1, $0.2.map(LinkPath.encode)) }) {
            out += "- [\(PlanMarkdown.escape(title))](\(name))" + (page.map { "（[网页](\($0))）" } ?? "") + "\n"
        }
        out += "\n每个计划至多与一个较早的计划对照：同一地方（地名去掉区、县、市等后缀，且属同一省份）最近一个较早年度的计划；语料中没有时，取同一省份最近一个较早年度的计划，作为两个地方之间的参照比较。\n"
        out += "\n## 各计划\n\n" + MetadataTable.markdown(checks.map(\.0), language: .zh) + "\n"
        out += "*条目*：计划的任务单元（有编号的条目；某一条没有编号条目时为该条的段落）。各计划比较的表格见上文“比较”各项。\n"
        out += "\n## 各计划的结构\n\n"
        for (plan, _, _) in checks {
            out += "- [\(PlanMarkdown.escape(labels[plan.name] ?? CorpusReport.label(plan)))](plans/\(LinkPath.encode(stems[plan.name])).md)：基本信息（地方、层级、年度、文号、引用文件）和条目结构，注明责任单位和完成时限\n"
        }
        return out
    }
}
