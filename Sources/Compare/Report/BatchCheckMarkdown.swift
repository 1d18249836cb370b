import Foundation

/// Many plans' checks, as the office above reads them: one table first, a row a plan, the plans
/// most in need of work at the top; then each plan's check in that order (or, written to a folder,
/// a link to each).
///
/// Why that order: an office checking its subordinates' plans acts on the worst first; a plan with
/// nothing to fix is a line it can skip.
public enum BatchCheckMarkdown {
    public typealias Checked = (plan: Plan, reference: Reference, result: CheckResult)

    /// Indices of `checked` by need: plans needing attention first, then by requirements not
    /// carried out, divergences to fix, sections missing (each most first), then by file name.
    public static func order(_ checked: [Checked]) -> [Int] {
        checked.indices.sorted { a, b in
            let (x, y) = (checked[a], checked[b])
            let kx = (x.result.isClean ? 1 : 0, -x.result.requirementsNotCarriedOut, -x.result.divergencesToFix.count, -missing(x.result))
            let ky = (y.result.isClean ? 1 : 0, -y.result.requirementsNotCarriedOut, -y.result.divergencesToFix.count, -missing(y.result))
            return kx != ky ? kx < ky : x.plan.name < y.plan.name
        }
    }

    static func missing(_ r: CheckResult) -> Int { r.coverage.filter { $0.status == .missing }.count }

    /// The summary table alone. `link`: where the report of `checked[i]` is, when it has a file.
    public static func summary(_ checked: [Checked], language: ReportLanguage = .en, link: ((Int) -> String)? = nil) -> String {
        let w = language
        let attention = checked.filter { !$0.result.isClean }.count
        var out = w("# Draft checks: \(checked.count) \(CheckWords.plural(checked.count, "plan", "plans"))\n\n",
                    "# 草案检查：\(checked.count)个计划\n\n")
        out += w("\(attention) of \(checked.count) need attention (a requirement not carried out, or a divergence to fix or explain). Most in need of work first.\n\n",
                 "\(checked.count)个计划中有\(attention)个需要处理（有未落实的要求，或有需修改或说明的差异）。需要处理最多的排在前面。\n\n")
        var table = MarkdownTable(w == .zh
            ? ["计划", "文件", "年度", "对照要点", "缺项的条", "部分覆盖的条", "未落实的要求", "需修改或说明的差异", "提示", "结论"]
            : ["plan", "file", "year", "reference", "sections missing", "sections partial", "requirements not carried out",
               "divergences to fix", "notes", "verdict"])
        for i in order(checked) {
            let (plan, reference, r) = checked[i]
            let name = MarkdownText.escape(label(plan))
            table.row([
                link.map { "[\(name)](\($0(i)))" } ?? name, MarkdownText.escape(plan.name),
                plan.metadata.year.map(String.init) ?? "—", String(reference.year), String(missing(r)),
                String(r.coverage.filter { $0.status == .partial }.count), String(r.requirementsNotCarriedOut),
                String(r.divergencesToFix.count), String(r.notes.count),
                r.isClean ? w("nothing to fix", "无需修改") : w("needs attention", "需要处理"),
            ])
        }
        return out + table.rendered
    }

    /// The summary, then every plan's check in the summary's order.
    public static func render(_ checked: [Checked], language: ReportLanguage = .en) -> String {
        var out = summary(checked, language: language) + "\n"
        for i in order(checked) {
            let (plan, reference, r) = checked[i]
            out += "\n---\n\n" + CheckMarkdown.render(r, reference: reference, warnings: plan.warnings, language: language)
        }
        return out
    }

    /// 乌鲁木齐市 2018, else the file name.
    static func label(_ plan: Plan) -> String {
        guard let locality = plan.metadata.locality else { return plan.name }
        return plan.metadata.year.map { "\(locality) \($0)" } ?? locality
    }
}
