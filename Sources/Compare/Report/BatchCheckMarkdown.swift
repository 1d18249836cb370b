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
        /// The place and province, for labels that tell two plans of one place name apart.
        public var locality: String?
        public var province: String?
        public var year: Int?
        public var referenceYear: Int
        public var sectionsMissing: Int
        public var sectionsPartial: Int
        public var notCarriedOut: Int
        public var toFix: Int
        public var notes: Int
        public var isClean: Bool
        /// The plan's text as parsed (its title, its nodes' numbering and text): equal for two
        /// files of one plan, whatever their encoding or format (`fingerprint(_:)`).
        public var fingerprint: UInt64
        /// No item carries out any section: a cover letter or a report read as a plan, most likely.
        public var coversNothing: Bool
        /// The reference's wording was drawn from this plan (`CheckResult.referenceDrawnFromIt`):
        /// marked †, as the comparison marks it, so that its few divergences are read as such.
        public var drawnFrom = false

        public init(_ plan: Plan, reference: Reference, result r: CheckResult) {
            file = plan.name
            label = BatchCheckMarkdown.label(plan)
            (locality, province) = (plan.metadata.locality, plan.metadata.province)
            year = plan.metadata.year
            referenceYear = reference.year
            sectionsMissing = r.coverage.count { $0.status == .missing }
            sectionsPartial = r.coverage.count { $0.status == .partial }
            notCarriedOut = r.requirementsNotCarriedOut
            toFix = r.divergencesToFixCount
            notes = r.notesCount
            isClean = r.isClean
            coversNothing = r.coversNothing
            drawnFrom = r.referenceDrawnFromIt
            fingerprint = BatchCheckMarkdown.fingerprint(plan)
        }

        public var need: NeedKey { NeedKey(notCarriedOut: notCarriedOut, toFix: toFix, sectionsMissing: sectionsMissing, notes: notes) }
    }

    /// Indices of `rows` by need: plans needing attention first, then the most work first
    /// (`NeedKey`), ties by file name.
    public static func order(_ rows: [Row]) -> [Int] {
        rows.indices.sorted { a, b in
            let (x, y) = (rows[a], rows[b])
            if x.isClean != y.isClean { return !x.isClean }
            // A file that carries out no section is most likely no plan (`coversNothing`): after the
            // plans, not first as the one most in need of work.
            if x.coversNothing != y.coversNothing { return !x.coversNothing }
            return x.need != y.need ? x.need > y.need : x.file < y.file
        }
    }

    /// The summary table alone. `link`: where the report of `rows[i]` is, when it has a file.
    /// `paths`: each row's path as given, shown where two rows' files share a name (`files`).
    public static func summary(_ rows: [Row], language: ReportLanguage = .en, paths: [String]? = nil, link: ((Int) -> String)? = nil) -> String {
        let w = language
        let out = "# " + title(rows, w) + "\n\n" + attention(rows, w) + w(" Most in need of work first.", "需要处理最多的排在前面。") + "\n\n"
        var table = MarkdownTable(columns(w))
        let labels = distinct(rows.map { ($0.file, $0.locality, $0.year, $0.province) })
        let files = files(rows, paths: paths)
        for i in order(rows) {
            let r = rows[i]
            let name = MarkdownText.escape(w.planName(labels[i]))
            table.row([(link.map { "[\(name)](\(LinkPath.encode($0(i))))" } ?? name) + (r.drawnFrom ? " †" : "")] + cells(r, file: files[i], w).map(MarkdownText.escape))
        }
        return out + table.rendered + drawnFromNote(rows, w)
    }

    /// The summary's title, its line of how many need attention, its columns and a row's cells
    /// after the label: the Markdown's and the page's (`BatchCheckHTML`).
    static func title(_ rows: [Row], _ w: ReportLanguage) -> String {
        w("Plan checks: \(rows.count) \(CheckWords.plural(rows.count, "plan", "plans"))", "计划检查：\(rows.count)个计划")
    }

    static func attention(_ rows: [Row], _ w: ReportLanguage) -> String {
        let n = rows.count { !$0.isClean }
        return w("\(n) of \(rows.count) need attention (a requirement not carried out, or a divergence to fix or explain).",
                 "\(rows.count)个计划中有\(n)个需要处理（有未落实的要求，或有需修改或说明的差异）。")
    }

    static func columns(_ w: ReportLanguage) -> [String] {
        w == .zh
            ? ["计划", "文件", "年度", "参考要点", "缺项的条", "部分覆盖的条", "未落实的要求", "需修改或说明的差异", "提示", "结论"]
            : ["plan", "file", "year", "reference", "sections missing", "sections partial", "requirements not carried out",
               "divergences to fix", "notes", "verdict"]
    }

    /// The file column: each row's file name, or its path as given where another row's file has
    /// the same name (two folders' 方案.txt read as one file in the column). `paths`: the rows'.
    static func files(_ rows: [Row], paths: [String]?) -> [String] {
        guard let paths, paths.count == rows.count else { return rows.map(\.file) }
        let counts = rows.reduce(into: [String: Int]()) { $0[$1.file, default: 0] += 1 }
        return rows.indices.map { counts[rows[$0].file, default: 0] > 1 ? paths[$0] : rows[$0].file }
    }

    /// `file`: the row's entry of `files`.
    static func cells(_ r: Row, file: String, _ w: ReportLanguage) -> [String] {
        [w.planName(file), r.year.map(String.init) ?? "—", String(r.referenceYear), String(r.sectionsMissing), String(r.sectionsPartial),
         String(r.notCarriedOut), String(r.toFix), String(r.notes), verdict(r, w)]
    }

    /// Under a summary with a plan the reference's wording was drawn from, what † means.
    static func drawnFromNote(_ rows: [Row], _ w: ReportLanguage) -> String {
        guard rows.contains(where: \.drawnFrom) else { return "" }
        return w("\n† The reference's wording was drawn partly from this plan: where it copies that wording it agrees by construction, so a divergence found is real but finding none proves little.\n",
                 "\n† 参考表述部分取自此计划：凡沿用之处必然一致，查出的差异确实存在，但未查出差异不能说明与国家原文一致。\n")
    }

    /// A row's last column, as the Markdown and the page say it: what kind of work a plan needs,
    /// so that an office sees which plans to send back (a requirement not carried out) and which
    /// only to query (a divergence to fix or explain), where all read 「需要处理」 alike.
    static func verdict(_ r: Row, _ w: ReportLanguage) -> String {
        if r.coversNothing { return w("carries out no section: is it a plan?", "未对应任何一条：是否为工作要点？") }
        if r.isClean { return w("nothing to fix", "无需修改") }
        return r.notCarriedOut > 0 ? w("requirements not carried out", "有未落实的要求") : w("divergences to fix or explain", "有需修改或说明的差异")
    }

    /// The documents of the folders given (or of the corpus, for the main job's indexes) that were
    /// not read (`PlanFiles.notRead`), each with what to save it as; empty when there are none.
    public static func notRead(_ files: [UnreadFile], language w: ReportLanguage = .en, corpus: Bool = false) -> String {
        guard !files.isEmpty else { return "" }
        let (whereEn, whereZh) = corpus ? ("the corpus", "语料") : ("the folders given", "所给文件夹")
        var out = w("\n**Not read**: \(files.count) \(CheckWords.plural(files.count, "file", "files")) of \(whereEn), in none of the \(corpus ? "reports" : "checks").\n\n",
                    "\n**未读取的文件**：\(whereZh)中有\(files.count)个文件未读取，以上\(corpus ? "各报告" : "检查")均未包含。\n\n")
        // By the path as given in a batch, as its other lists name files; by name in the corpus's.
        for u in files { out += "- " + MarkdownText.escape(corpus ? u.name : u.path) + w(": \(u.advice).", "：\(u.chineseAdvice)。") + "\n" }
        return out
    }

    /// Plans given twice under two names (a county's plan sent again as 副本, or once as text and
    /// once as a web page): each is checked and counted, so a reader is told, as the comparison's
    /// shares would otherwise count one plan twice. Empty when no two are alike.
    /// `names`: each row's file as given (two folders' 方案.txt apart); the file names by default.
    public static func sameText(_ rows: [Row], names: [String]? = nil, language w: ReportLanguage = .en) -> String {
        let names = names ?? rows.map(\.file)
        let alike = sameTextGroups(rows)
        guard !alike.isEmpty else { return "" }
        var out = w("\n**Same plan twice**: these files hold the same plan (sent twice?); each is checked and counted above.\n\n",
                    "\n**内容相同的文件**：以下文件内容相同（是否重复报送？），上面每份都单独检查和统计。\n\n")
        for group in alike { out += "- " + group.map { MarkdownText.escape(names[$0]) }.joined(separator: w(", ", "、")) + "\n" }
        return out
    }

    /// A plan's title, and its nodes' numbering (kind and number) and text in tree order, mixed eight bytes at a time
    /// (a multiply and a shift a word, each string's length first): a batch makes one a plan, and
    /// the library's `Hasher`, which normalises strings, took 1.4 % of a batch's instructions.
    /// Equal for equal texts; two texts alike by chance, one in 2⁶⁴.
    static func fingerprint(_ plan: Plan) -> UInt64 {
        var f = Fingerprint()
        f.add(plan.metadata.title ?? "")
        f.add(plan.nodes)
        return f.value
    }

    /// The running mix of `fingerprint`: a value's own methods, as closures capturing it were
    /// checked for exclusive access at every word.
    struct Fingerprint {
        private(set) var value: UInt64 = 0x9E37_79B9_7F4A_7C15

        mutating func mix(_ word: UInt64) {
            value = (value ^ word) &* 0xFF51_AFD7_ED55_8CCD
            value ^= value >> 32
        }

        mutating func add(_ text: String) {
            let utf8 = text.utf8
            mix(UInt64(utf8.count))
            if utf8.withContiguousStorageIfAvailable({ add(bytes: UnsafeRawBufferPointer($0)) }) == nil {
                Array(utf8).withUnsafeBytes { add(bytes: $0) }
            }
        }

        /// Whole words first, then the last bytes as one.
        mutating func add(bytes raw: UnsafeRawBufferPointer) {
            var i = 0
            while i &+ 8 <= raw.count {
                mix(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                i &+= 8
            }
            var tail: UInt64 = 0
            while i < raw.count {
                tail = tail << 8 | UInt64(raw[i])
                i &+= 1
            }
            mix(tail)
        }

        mutating func add(_ nodes: [Node]) {
            mix(UInt64(nodes.count))
            for n in nodes {
                // The marker by its kind and number (its canonical spelling, without making it).
                // A dotted marker (1.2) is more than its last number: as written.
                if let m = n.numbering {
                    mix(UInt64(m.family.ordinal + 1) << 32 | UInt64(truncatingIfNeeded: m.value))
                    switch m.family {
                    case .dottedTwo, .dottedThree, .dottedFour: add(m.raw)
                    default: break
                    }
                } else {
                    mix(0)
                }
                add(n.text)
                add(n.children)
            }
        }
    }

    /// The rows of one plan, two or more a group, in the order given.
    public static func sameTextGroups(_ rows: [Row]) -> [[Int]] {
        var groups: [UInt64: [Int]] = [:], order: [UInt64] = []
        for (i, r) in rows.enumerated() {
            if groups[r.fingerprint] == nil { order.append(r.fingerprint) }
            groups[r.fingerprint, default: []].append(i)
        }
        return order.compactMap { groups[$0] }.filter { $0.count > 1 }
    }

    /// A plan given to the batch that could not be read or checked (`FileProblem`).
    public typealias NotChecked = FileProblem

    /// The plans given that could not be read or checked, each with why; empty when there are none.
    /// `compared`: said of a comparison (not compared) rather than of a batch check.
    public static func notChecked(_ plans: [NotChecked], language w: ReportLanguage = .en, compared: Bool = false) -> String {
        guard !plans.isEmpty else { return "" }
        let n = plans.count
        var out = w("\n**Not \(compared ? "compared" : "checked")**: \(n) \(CheckWords.plural(n, "file", "files")) given could not be read as \(CheckWords.plural(n, "a plan", "plans")), in none of the counts above.\n\n",
                    "\n**未能\(compared ? "比较" : "检查")的文件**：所给文件中有\(n)个无法作为计划读取，以上统计均未包含。\n\n")
        for p in plans { out += "- " + MarkdownText.escape(p.name(w)) + w(": ", "：") + MarkdownText.escape(p.reason(w)) + "\n" }
        return out
    }

    /// A plan checked against its upper-level plan of the same year, or why it could not be.
    public struct UpperRow: Sendable, Equatable {
        /// The plan's row in the batch (its index in the order given), and its label.
        public var lower: Int
        public var lowerLabel: String
        public var upperFile: String
        public var upperLabel: String
        public var evidence: UpperLevelPairs.Evidence
        /// The check against the upper plan; nil when the upper plan could not serve as a reference.
        public var row: Row?
        /// Why not, in English and in Chinese (a summary is written in either).
        public var problem: String?
        public var chineseProblem: String?

        public init(lower: Int, lowerLabel: String, upperFile: String, upperLabel: String, evidence: UpperLevelPairs.Evidence,
                    row: Row?, problem: String? = nil, chineseProblem: String? = nil) {
            (self.lower, self.lowerLabel, self.upperFile, self.upperLabel) = (lower, lowerLabel, upperFile, upperLabel)
            (self.evidence, self.row, self.problem, self.chineseProblem) = (evidence, row, problem, chineseProblem ?? problem)
        }
    }

    /// Indices of `upper` by the need of their checks (as `order`), those that could not be made last.
    public static func order(_ upper: [UpperRow]) -> [Int] {
        let checked = upper.indices.filter { upper[$0].row != nil }
        let ranked = order(checked.map { upper[$0].row! }).map { checked[$0] }
        return ranked + upper.indices.filter { upper[$0].row == nil }
    }

    /// The table of checks against upper-level plans, after the summary; empty when there are none.
    public static func upperSummary(_ upper: [UpperRow], language w: ReportLanguage = .en, link: ((Int) -> String)? = nil) -> String {
        guard !upper.isEmpty else { return "" }
        var out = w("\n## Against the upper-level plan: \(upper.count) \(CheckWords.plural(upper.count, "plan", "plans"))\n\n",
                    "\n## 对照上级计划：\(upper.count)个计划\n\n")
        out += w("Each plan whose upper-level plan of the same year is among the plans checked (its prefecture's, its province's or its municipality's, found from what the plans say: a document number or title it cites, the issuer's name, the province) is checked against it too: what the level above asks that the plan does not say.\n\n",
                 "所检查的计划中如有同年度的上级计划（地市级、省级或直辖市的计划，依据计划自身的内容认定：所引用的文号或标题、发文机关名称、所属省份），则同时对照上级计划检查：上级提出而本计划未写到的内容。\n\n")
        var table = MarkdownTable(w == .zh
            ? ["计划", "上级计划", "认定依据", "未落实的要求", "需修改或说明的差异", "提示", "结论"]
            : ["plan", "upper-level plan", "found by", "requirements not carried out", "divergences to fix", "notes", "verdict"])
        for i in order(upper) {
            let u = upper[i]
            let name = MarkdownText.escape(u.lowerLabel)
            let found = w == .zh ? ChineseTerms.evidence(u.evidence) : u.evidence.rawValue
            guard let r = u.row else {
                table.row([name, MarkdownText.escape(u.upperLabel), found, "—", "—", "—",
                           w("not checked: ", "未检查：") + MarkdownText.escape(w(u.problem ?? "", u.chineseProblem ?? ""))])
                continue
            }
            table.row([
                link.map { "[\(name)](\(LinkPath.encode($0(i))))" } ?? name, MarkdownText.escape(u.upperLabel), found,
                String(r.notCarriedOut), String(r.toFix), String(r.notes),
                verdict(r, w),
            ])
        }
        return out + table.rendered
    }

    /// What stands between the summary and each plan's check.
    public static let separator = "\n---\n\n"

    /// The summary, then every plan's check in the summary's order (a few plans, in memory; a
    /// batch streams the same bytes through `BatchCheck`).
    public static func render(_ checked: [Checked], names: [String]? = nil, language: ReportLanguage = .en) -> String {
        let rows = checked.map { Row($0.plan, reference: $0.reference, result: $0.result) }
        var out = summary(rows, language: language, paths: names) + sameText(rows, names: names, language: language) + "\n"
        for i in order(rows) {
            let (plan, reference, r) = checked[i]
            out += separator + CheckMarkdown.render(r, reference: reference, warnings: plan.warnings, language: language)
        }
        return out
    }

    /// 乌鲁木齐市 2018, else the file name.
    static func label(_ plan: Plan) -> String {
        label(name: plan.name, locality: plan.metadata.locality, year: plan.metadata.year)
    }

    /// A plan's place and year (高昌区 2021), its place alone, or its file name where it gives no place.
    static func label(name: String, locality: String?, year: Int?) -> String {
        guard let locality else { return name }
        return year.map { "\(locality) \($0)" } ?? locality
    }

    /// Labels that tell the plans apart: place and year (高新区 2021); where two share that, with the
    /// province (高新区 2021（广东）); where they still do, the file name; and where two files of
    /// two folders share even that (two versions of one plan), the file name numbered in the order
    /// given (`numbered`). A researcher's index of 300 plans had 60 rows reading 「高新区 2021」.
    static func distinct(_ plans: [(name: String, locality: String?, year: Int?, province: String?)]) -> [String] {
        func counts(_ labels: [String]) -> [String: Int] { labels.reduce(into: [:]) { $0[$1, default: 0] += 1 } }
        let short = plans.map { label(name: $0.name, locality: $0.locality, year: $0.year) }
        let shortCounts = counts(short)
        let placed = short.indices.map { i in
            shortCounts[short[i], default: 0] > 1 ? plans[i].province.map { short[i] + "（\($0)）" } ?? plans[i].name : short[i]
        }
        let placedCounts = counts(placed)
        return numbered(placed.indices.map { placedCounts[placed[$0], default: 0] > 1 ? plans[$0].name : placed[$0] })
    }

    /// Each text again after its first numbered (「方案.txt（2）」), in order, so that no two are alike:
    /// a plan's file name names it in a comparison's columns and its CSV, and two folders' 方案.txt
    /// read as one plan there.
    static func numbered(_ texts: [String]) -> [String] {
        guard Set(texts).count < texts.count else { return texts }
        let given = Set(texts)
        var seen: [String: Int] = [:], used = given
        return texts.map { text in
            seen[text, default: 0] += 1
            guard seen[text]! > 1 else { return text }
            var n = seen[text]!, candidate = "\(text)（\(n)）"
            while used.contains(candidate) {
                n += 1
                candidate = "\(text)（\(n)）"
            }
            used.insert(candidate)
            return candidate
        }
    }

    /// `distinct` for plans, by file name.
    static func distinctLabels(_ plans: [Plan]) -> [String: String] {
        let labels = distinct(plans.map { ($0.name, $0.metadata.locality, $0.metadata.year, $0.metadata.province) })
        return Dictionary(zip(plans.map(\.name), labels), uniquingKeysWith: { a, _ in a })
    }
}
