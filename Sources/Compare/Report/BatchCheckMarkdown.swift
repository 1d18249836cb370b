import Foundation

/// Many plans' checks, as the office above reads them: one table first, a row a plan, the plans
/// most in need of work at the top; then each plan's check in that order (or, written to a folder,
/// a link to each).
///
/// Why that order: an office checking its subordinates' plans acts on the worst first; a plan with
/// nothing to fix is a line it can skip.
public enum BatchCheckMarkdown {
    public typealias Checked = (plan: Plan, reference: Reference, result: CheckResult)

    /// What the summary needs of one plan's check, and no more: a batch over a country's plans
    /// keeps this for every plan and lets the plan, its alignment and its findings go.
    public struct Row: Sendable, Equatable {
        public var file: String
        public var label: String
        public var year: Int?
        public var referenceYear: Int
        public var sectionsMissing: Int
        public var sectionsPartial: Int
        public var notCarriedOut: Int
        public var toFix: Int
        public var notes: Int
        public var isClean: Bool

        public init(_ plan: Plan, reference: Reference, result r: CheckResult) {
            file = plan.name
            label = BatchCheckMarkdown.label(plan)
            year = plan.metadata.year
            referenceYear = reference.year
            sectionsMissing = r.coverage.filter { $0.status == .missing }.count
            sectionsPartial = r.coverage.filter { $0.status == .partial }.count
            notCarriedOut = r.requirementsNotCarriedOut
            toFix = r.divergencesToFix.count
            notes = r.notes.count
            isClean = r.isClean
        }

        public var need: NeedKey { NeedKey(notCarriedOut: notCarriedOut, toFix: toFix, sectionsMissing: sectionsMissing, notes: notes) }
    }

    /// Indices of `rows` by need: plans needing attention first, then the most work first
    /// (`NeedKey`), ties by file name.
    public static func order(_ rows: [Row]) -> [Int] {
        rows.indices.sorted { a, b in
            let (x, y) = (rows[a], rows[b])
            if x.isClean != y.isClean { return !x.isClean }
            return x.need != y.need ? x.need > y.need : x.file < y.file
        }
    }

    /// The summary table alone. `link`: where the report of `rows[i]` is, when it has a file.
    public static func summary(_ rows: [Row], language: ReportLanguage = .en, link: ((Int) -> String)? = nil) -> String {
        let w = language
        let attention = rows.filter { !$0.isClean }.count
        var out = w("# Draft checks: \(rows.count) \(CheckWords.plural(rows.count, "plan", "plans"))\n\n",
                    "# 草案检查：\(rows.count)个计划\n\n")
        out += w("\(attention) of \(rows.count) need attention (a requirement not carried out, or a divergence to fix or explain). Most in need of work first.\n\n",
                 "\(rows.count)个计划中有\(attention)个需要处理（有未落实的要求，或有需修改或说明的差异）。需要处理最多的排在前面。\n\n")
        var table = MarkdownTable(w == .zh
            ? ["计划", "文件", "年度", "对照要点", "缺项的条", "部分覆盖的条", "未落实的要求", "需修改或说明的差异", "提示", "结论"]
            : ["plan", "file", "year", "reference", "sections missing", "sections partial", "requirements not carried out",
               "divergences to fix", "notes", "verdict"])
        for i in order(rows) {
            let r = rows[i]
            let name = MarkdownText.escape(r.label)
            table.row([
                link.map { "[\(name)](\($0(i)))" } ?? name, MarkdownText.escape(r.file),
                r.year.map(String.init) ?? "—", String(r.referenceYear), String(r.sectionsMissing),
                String(r.sectionsPartial), String(r.notCarriedOut), String(r.toFix), String(r.notes),
                r.isClean ? w("nothing to fix", "无需修改") : w("needs attention", "需要处理"),
            ])
        }
        return out + table.rendered
    }

    /// What stands between the summary and each plan's check.
    public static let separator = "\n---\n\n"

    /// The summary, then every plan's check in the summary's order (a few plans, in memory; a
    /// batch streams the same bytes through `BatchCheck`).
    public static func render(_ checked: [Checked], language: ReportLanguage = .en) -> String {
        let rows = checked.map { Row($0.plan, reference: $0.reference, result: $0.result) }
        var out = summary(rows, language: language) + "\n"
        for i in order(rows) {
            let (plan, reference, r) = checked[i]
            out += separator + CheckMarkdown.render(r, reference: reference, warnings: plan.warnings, language: language)
        }
        return out
    }

    /// 乌鲁木齐市 2018, else the file name.
    static func label(_ plan: Plan) -> String {
        guard let locality = plan.metadata.locality else { return plan.name }
        return plan.metadata.year.map { "\(locality) \($0)" } ?? locality
    }
}
