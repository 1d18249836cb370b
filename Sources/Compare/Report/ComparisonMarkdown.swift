import Foundation

/// The comparison as a supervisor reads it: who the plans are and how they rank, the matrix, then
/// where plans word a requirement differently or leave it out, their own additions, and how much of
/// each is its own.
///
/// Why variants only where a plan diverges or lacks the requirement: most plans copy most of the
/// national text, and a page of identical clauses hides the few that differ.
public enum ComparisonMarkdown {
    public static func render(_ c: Comparison, language: ReportLanguage = .en) -> String {
        let w = language
        let labels = self.labels(c.plans)
        var out = w("# Comparison of \(c.plans.count) \(plural(c.plans.count, "plan", "plans"))\n\n", "# \(c.plans.count)个计划的比较\n\n")
        out += c.rows == .sections
            ? w("Every plan follows the \(text(c.references.first ?? "")) reference: the rows are its sections, grouped by topic.\n\n",
                !c.givenReference
                    ? "各计划均对照\(text(c.references.first ?? ""))年国家要点：各行是该要点的各条，按主题分组。\n\n"
                    // A text given as the reference (`--reference FILE`) is named as it is, not as a year's points.
                    : "各计划均对照参考文本\(text(c.references.first ?? ""))：各行是该文本的各条，按主题分组。\n\n")
            : w("The plans follow different references (\(c.references.map(text).joined(separator: ", "))): the rows are the topics that cross years; each plan's cell counts the requirements its own reference asks under the topic, and the items it lists are those the topic layer finds speaking of the topic.\n\n",
                "各计划对照的国家要点年度不同（\(c.references.map(text).joined(separator: "、"))）：各行是跨年度的主题；每个计划的单元格统计其自身对照的要点在该主题下提出的要求，所列条目是本工具按主题归类时判定涉及该主题的条目。\n\n")
        out += summary(c, labels: labels, w)
        out += shares(c, w)
        out += mostWork(c, labels: labels, w)
        out += matrix(c, labels: labels, w)
        out += requirements(c, labels: labels, w)
        out += additions(c, labels: labels, w)
        out += localisation(c, labels: labels, w)
        out += BatchCheckMarkdown.notChecked(c.notCompared, language: w, compared: true)
        return out
    }

    static func summary(_ c: Comparison, labels: [String], _ w: ReportLanguage) -> String {
        var out = w("## Summary\n\nRanked within each reference by what is wrong, most severe first: requirements not carried out, then divergences to fix, then sections missing, then notes, fewest first (ties by file name); plans of different national points are not ranked against each other.\n\n",
                    "## 概况\n\n在对照同一\(points(c))的计划中，按问题多少排名，问题最少的排在第1位：未落实的要求最少的在前，其次看需修改或说明的差异，再看缺项的条，最后看提示（相同时按文件名排序）；对照不同年度国家要点的计划不相互排名。\n\n")
        var table = MarkdownTable(w == .zh
            ? ["同年度名次", "计划", "文件", "年度", "参考要点", "已落实的要求", "各条 ● / ◐ / ○", "需修改或说明的差异", "提示", "本地新增", "沿用国家表述比例"]
            : ["rank", "plan", "file", "year", "reference", "requirements reached", "sections ● / ◐ / ○",
               "divergences to fix", "notes", "local additions", "localisation index"])
        for i in c.ranking {
            let p = c.plans[i]
            table.row([
                p.rank == 0 ? "—" : "\(p.rank)", cell(labels[i]) + (p.referenceDrawnFromIt ? " †" : ""), cell(p.name),
                p.year.map(String.init) ?? "—", cell(p.reference),
                "\(p.requirementsReached) / \(p.requirementsTotal) (\(percent(p.coverage)))",
                "\(p.sectionsCovered) / \(p.sectionsPartial) / \(p.sectionsMissing)",
                "\(p.warnings)", "\(p.notes)", "\(p.localAdditions.count)", number(p.localisation.index),
            ])
        }
        out += table.rendered
        if c.plans.contains(where: \.referenceDrawnFromIt) {
            out += w("\n† The taxonomy's wording for this plan's reference was drawn from it: its coverage and localisation index agree with the reference by construction, so it is not ranked.\n",
                     "\n† 本工具所存该年度国家要点的表述部分取自此计划：凡沿用之处，它的覆盖率和沿用比例必然与要点一致，因此不参与排名。\n")
        }
        return out + "\n"
    }

    static let marks: [MatrixCell.Mark: String] = [.covered: "●", .partial: "◐", .missing: "○", .absent: "—"]

    /// Past this many plans the matrix (a column a plan) is left to the CSV, and each requirement
    /// lists this many plans' variants, the rest counted: a page must stay readable at 1,000 plans.
    public static let widestMatrix = 20
    public static let variantsShown = 20
    /// How many plans "needing the most work" lists.
    public static let mostWorkShown = 10

    /// Each row with the share of the plans it binds that carry it out in full, in part or not at
    /// all: the rows most plans miss first. What an office above many plans looks for first.
    static func shares(_ c: Comparison, _ w: ReportLanguage) -> String {
        var out = c.rows == .sections
            ? w("## Sections by how many plans carry them out\n\n", "## \(points(c))各条的落实情况\n\n")
            : w("## Topics by how many plans carry them out\n\n", "## 各主题的落实情况\n\n")
        out += w("Of the plans each row binds: how many reach every requirement (●), some (◐), none (○). The rows fewest plans carry out in full come first.\n\n",
                 "在该行适用的计划中：已覆盖（●，要求全部落实）、部分覆盖（◐）、缺项（○，要求均未落实）的计划数。已覆盖的计划最少的行排在前面。\n\n")
        let first = c.rows == .sections ? w == .zh ? ["条目", "标题"] : ["section", "title"] : [w("topic", "主题")]
        var table = MarkdownTable(first + (w == .zh ? ["适用的计划", "● 已覆盖", "◐ 部分覆盖", "○ 缺项"] : ["plans bound", "● in full", "◐ in part", "○ none"]))
        let counted = c.matrix.map { row -> (MatrixRow, Int, Int, Int, Int) in
            let bound = row.cells.filter { $0.mark != .absent }
            return (row, bound.count, bound.filter { $0.mark == .covered }.count, bound.filter { $0.mark == .partial }.count, bound.filter { $0.mark == .missing }.count)
        }
        func share(_ n: Int, _ of: Int) -> String { of == 0 ? "—" : "\(n) (\(percent(Double(n) / Double(of))))" }
        let ordered = counted.enumerated().sorted { a, b in
            let (x, y) = (a.element, b.element)
            let (sx, sy) = (x.1 == 0 ? 2.0 : Double(x.2) / Double(x.1), y.1 == 0 ? 2.0 : Double(y.2) / Double(y.1))
            return sx != sy ? sx < sy : a.offset < b.offset
        }.map(\.element)
        for (row, bound, full, part, none) in ordered {
            let head = c.rows == .sections ? [row.id, cell(row.title)] : [cell(row.title)]
            table.row(head + ["\(bound)", share(full, bound), share(part, bound), share(none, bound)])
        }
        return out + table.rendered + "\n"
    }

    /// The plans with the most requirements not carried out, then divergences to fix: where the
    /// office's work is.
    static func mostWork(_ c: Comparison, labels: [String], _ w: ReportLanguage) -> String {
        let order = c.plans.indices.sorted { a, b in
            let (x, y) = (c.plans[a], c.plans[b])
            return x.need != y.need ? x.need > y.need : x.name < y.name
        }
        let shown = order.prefix(mostWorkShown)
        var out = w("## Plans needing the most work\n\n", "## 需要处理最多的计划\n\n")
        out += w("By requirements not carried out, then divergences to fix or explain, then sections missing, then notes\(order.count > shown.count ? " (the first \(shown.count) of \(order.count))" : "").\n\n",
                 "按未落实的要求数、需修改或说明的差异数、缺项的条数、提示数排列\(order.count > shown.count ? "（共\(order.count)个计划，列出前\(shown.count)个）" : "")。\n\n")
        var table = MarkdownTable(w == .zh ? ["计划", "文件", "未落实的要求", "需修改或说明的差异", "缺项的条"] : ["plan", "file", "requirements not carried out", "divergences to fix", "sections missing"])
        for i in shown {
            let p = c.plans[i]
            table.row([cell(labels[i]), cell(p.name), "\(p.requirementsTotal - p.requirementsReached)", "\(p.warnings)", "\(p.sectionsMissing)"])
        }
        return out + table.rendered + "\n"
    }

    static func matrix(_ c: Comparison, labels: [String], _ w: ReportLanguage) -> String {
        var out = w("## Matrix\n\n", "## 覆盖矩阵\n\n")
        guard c.plans.count <= widestMatrix else {
            return out + w("\(c.plans.count) plans: a column each would not be read. The whole matrix, a row for each row and plan, is in the CSV beside this file (UTF-8 with a BOM, for Excel and WPS); the table above gives each row's shares.\n\n",
                           "共\(c.plans.count)个计划，每个计划一列无法阅读。完整的矩阵（每行每个计划一行）见同目录的 CSV 文件（UTF-8 带 BOM，可直接用 Excel 或 WPS 打开）；上表给出了每一行的落实比例。\n\n")
        }
        out += w("● every requirement reached, ◐ some, ○ none, — nothing in the row binds the plan\(c.rows == .topics ? " (its reference has no section of this topic, or none at its level)" : " (no requirement of the section at its level)"). ",
                 "● 已覆盖（要求全部落实），◐ 部分覆盖，○ 缺项（要求均未落实），— 该行没有适用于本级的要求\(c.rows == .topics ? "（其参考要点没有这一主题的条目，或没有适用于本级的）" : "")。")
        out += w("Each cell: requirements reached / requirements that bind the plan (a requirement of another administrative level is not counted). ",
                 "每个单元格：已落实的要求数 / 适用于本级的要求数（适用于其他行政层级的要求不计）。")
        out += w("The aligner's scores are in the CSV (and in `compare --format json`).\n\n", "机器匹配得分见 CSV 文件（`compare --format csv`）及 `compare --format json`。\n\n")
        let first = c.rows == .sections ? w == .zh ? ["主题", "条目", "标题"] : ["topic", "section", "title"] : [w("topic", "主题")]
        var table = MarkdownTable(first + labels.map(cell))
        var previous: String? = nil
        for row in c.matrix {
            let topic = row.topic ?? "—"
            var cells: [String]
            if c.rows == .sections {
                let also = row.otherTopics.isEmpty ? "" : w(" (also \(row.otherTopics.joined(separator: "、")))", "（另属\(row.otherTopics.joined(separator: "、"))）")
                cells = [topic == previous ? "" : cell(topic), row.id, cell(row.title + also)]
            } else {
                cells = [cell(topic)]
            }
            previous = topic
            for m in row.cells {
                cells.append(m.mark == .absent ? "—" : "\(marks[m.mark] ?? "") \(m.requirementsReached)/\(m.requirementsTotal)")
            }
            table.row(cells)
        }
        return out + table.rendered + "\n"
    }

    /// The clause a finding was made on, where the plan's words it is about (`added`) are not in
    /// the shown clause and stand in that clause with more beside them; nil otherwise (a finding on
    /// a clause that is those words alone says them whole already).
    static func elsewhere(_ d: VariantDivergence, shown: String) -> String? {
        someWord(of: d.added, standsIn: MatchText(d.text), notIn: MatchText(shown), withMore: true) ? d.text : nil
    }

    /// A clause quoted for a note's words (`elsewhere`), cut to the first of them the shown clause
    /// lacks and `reach` characters each side, where it runs longer than that: a time limit late in
    /// a sentence of 170 characters was quoted whole and lost in it (a reader's trial). Whole where
    /// the words are not in it as written (they were found in its match text: another width, a
    /// space between).
    static func window(_ clause: String, around words: [String], shown: String, _ w: ReportLanguage, reach: Int = 16) -> String {
        guard clause.count > 2 * reach + 8 else { return clause }
        let lacking = MatchText(shown)
        let found = words.filter { !lacking.contains(MatchText($0)) }.lazy.compactMap { $0.isEmpty ? nil : clause.range(of: $0) }.first
        guard let range = found else { return clause }
        let start = clause.index(range.lowerBound, offsetBy: -reach, limitedBy: clause.startIndex) ?? clause.startIndex
        let end = clause.index(range.upperBound, offsetBy: reach, limitedBy: clause.endIndex) ?? clause.endIndex
        let cut = w("…", "……")
        return (start > clause.startIndex ? cut : "") + clause[start..<end] + (end < clause.endIndex ? cut : "")
    }

    /// Whether one of a note's `words` stands in `other` and not in the text `shown` beside the note
    /// (with more than the word in `other`, for `withMore`): the one test behind both quotes a
    /// requirement's block adds, a reference line (`comparedLines`) and a plan's clause (`elsewhere`).
    static func someWord(of words: [String], standsIn other: MatchText, notIn shown: MatchText, withMore: Bool = false) -> Bool {
        words.map(MatchText.init).contains { w in
            w.count > 0 && other.contains(w) && !shown.contains(w) && (!withMore || other.count > w.count)
        }
    }

    /// The reference lines the shown variants' notes were found against where a note names words
    /// the line holds and the consensus does not, each once in the order first met: what a reader
    /// needs beside the consensus to find the words a note names (「六稳」「六保」 beside a
    /// consensus about 权威信息, a researcher's trial).
    static func comparedLines<S: Sequence>(_ variants: S, consensus: String) -> [String] where S.Element == Variant {
        let shown = MatchText(consensus)
        var seen: Set<String> = [], out: [String] = []
        for d in variants.flatMap(\.divergences) where !seen.contains(d.reference) {
            if someWord(of: d.missing, standsIn: MatchText(d.reference), notIn: shown) {
                seen.insert(d.reference)
                out.append(d.reference)
            }
        }
        return out
    }

    static func requirements(_ c: Comparison, labels: [String], _ w: ReportLanguage) -> String {
        var out = w("## Requirements: consensus and variants\n\n", "## 各项要求：通行表述与差异\n\n")
        out += w("The consensus wording is the clause, among the plans carrying a requirement out, most like the others' (the national text shows through the copies), and only one whose every word another plan or the reference wording shares, so one plan's slip or local word never becomes consensus; where there is none, or fewer than two plans carry it out, the reference's own wording line. ",
                 "通行表述是落实该要求的各计划中与其他计划最相近的条款（国家文本会在各计划的沿用中显现出来），且其每个词都见于另一计划或参考表述，因此某一计划的笔误或本地用语不会成为通行表述；落实该要求且无差异的计划有两个及以上时从中选取；没有这样的条款，或落实该要求的计划不足两个时，取参考表述本身。")
        out += w("Listed: requirements some plan words with a divergence `check` reports, or leaves out; each such plan's clause nearest the consensus, a diff (~~consensus only~~ **plan only**) and the divergences.\n\n",
                 "下面列出有计划未落实、或落实时有检查发现的差异的要求；对每个这样的计划，列出其最接近通行表述的条款、逐字比对（~~仅通行表述有~~ **仅计划有**）和差异。\n\n")
        var quiet: [String] = [], unbinding: [String] = []
        for r in c.requirements {
            // A plan the requirement does not bind is listed only for what its check found there.
            let open = r.variants.filter { $0.isLeftOut || !$0.divergences.isEmpty }
            guard !open.isEmpty else {
                if r.bindsCount == 0 { unbinding.append(r.requirement.rawValue) } else { quiet.append(r.requirement.rawValue) }
                continue
            }
            out += "### \(r.requirement) \(text(r.name))\n\n"
            out += w("Section \(r.section) \(text(r.sectionTitle))\(c.references.count > 1 ? ", reference \(text(r.reference))" : "").\n\n",
                     "所属条目：\(r.section) \(text(r.sectionTitle))\(c.references.count > 1 ? "，对照\(text(r.reference))年国家要点" : "")。\n\n")
            let consensusPlan = r.consensusPlan.map { text(label(of: $0, c, labels)) } ?? ""
            let whose = r.source == .plans
                ? w("the clause of \(consensusPlan) most like the others' and the reference wording, among the plans carrying it out with no divergence where there are two or more, every word of it shared by another plan or the reference",
                    "取自\(consensusPlan)")
                : r.bindsCount == 0
                    // Plans that take it on beyond their level do not carry it out: "none carries
                    // it out" beside "three took it on" read as a contradiction. The line below
                    // says it binds none of them.
                    ? w("the reference wording", "取参考表述")
                    : w("the reference wording, as \(r.carriedBy) \(plural(r.carriedBy, "plan carries", "plans carry")) it out",
                        "取参考表述；落实该要求的计划有\(r.carriedBy)个")
            out += w("Consensus (\(whose)): 「\(text(r.consensus))」\n\n", "通行表述（\(whose)）：「\(text(r.consensus))」\n\n")
            let compared = comparedLines(open.prefix(variantsShown), consensus: r.consensus)
            if !compared.isEmpty {
                let quoted = compared.map { "「\(text($0))」" }
                out += w("Words named in the notes below but absent from the consensus come from the reference wording: \(quoted.joined(separator: "; ")).\n\n",
                         "下列差异涉及的词句不见于通行表述，出自参考表述：\(quoted.joined(separator: "；"))。\n\n")
            }
            out += leftOut(r, w)
            for v in open.prefix(variantsShown) {
                out += "- **\(text(labels[v.plan]))**"
                guard let variant = v.text else {
                    out += (v.binds ? w(": not carried out.", "：未落实。") : w(": does not bind its level.", "：不适用于本级。"))
                        + (v.divergences.isEmpty ? "" : w(" ", "") + notes(v.divergences, w)) + "\n"
                    continue
                }
                out += w(" (\(text(v.path?.rawValue ?? "")), line \(v.line ?? 0)): 「\(text(variant))」\n",
                         "（\(text(v.path?.rawValue ?? ""))，第\(v.line ?? 0)行）：「\(text(variant))」\n")
                if v.diff.contains(where: { $0.operation != .same }) { out += w("  - Diff: ", "  - 逐字比对：") + "\(CheckMarkdown.diff(v.diff))\n" }
                for d in v.divergences {
                    // A note about the plan's own words (a time limit it set) that the clause shown
                    // lacks quotes the clause that has them (an office head read 「设定了完成时限
                    // 「2021年底前」」 beside a clause with none), in one bracket with its place.
                    var at: [String] = d.path == v.path ? [] : [w("\(text(d.path.rawValue)), line \(d.line)", "\(text(d.path.rawValue))，第\(d.line)行")]
                    if let clause = elsewhere(d, shown: variant) {
                        let quote = text(window(clause, around: d.added, shown: variant, w))
                        at.append(w("in 「\(quote)」", "见于「\(quote)」"))
                    }
                    let place = at.isEmpty ? "" : w(" (\(at.joined(separator: "; ")))", "（\(at.joined(separator: "；"))）")
                    out += w("  - \(d.kind.rawValue) (\(d.severity.rawValue))\(place): \(text(d.note))\n",
                             "  - \(ChineseTerms.kind(d.kind))（\(ChineseTerms.severity(d.severity))）\(place)：\(text(ChineseTerms.note(d.message, onePlan: d.quotesOnePlan, showsReference: false)))\n")
                }
            }
            if open.count > variantsShown {
                out += w("- … and \(open.count - variantsShown) more plans (each plan's check has its own).\n", "- ……另有\(open.count - variantsShown)个计划（见各计划的检查报告）。\n")
            }
            let same = r.variants.filter { $0.isCarried && $0.divergences.isEmpty }.map { labels[$0.plan] }
            if same.count > variantsShown {
                out += w("- No divergence: \(same.count) plans.\n", "- 无差异：\(same.count)个计划。\n")
            } else if !same.isEmpty {
                out += w("- No divergence: \(same.map(text).joined(separator: ", ")).\n", "- 无差异：\(same.map(text).joined(separator: "、"))。\n")
            }
            out += "\n"
        }
        if !quiet.isEmpty {
            // A plan a requirement does not bind is not among those that carry it out (the
            // requirement's block counts them where one is listed).
            out += w("Carried out with no divergence by every plan following its reference that it binds: \(quiet.joined(separator: ", ")).\n\n",
                     "对照该要点且适用的计划均已落实且无差异的要求：\(quiet.joined(separator: "、"))。\n\n")
        }
        if !unbinding.isEmpty {
            out += w("Binding none of these plans' levels, and taken on by none: \(unbinding.joined(separator: ", ")).\n\n",
                     "不适用于这些计划的层级、也没有计划承担的要求：\(unbinding.joined(separator: "、"))。\n\n")
        }
        return out
    }

    /// How many of the plans a requirement binds leave it out, and how many it does not bind:
    /// what a reader tallying the most omitted requirements counts.
    static func leftOut(_ r: RequirementComparison, _ w: ReportLanguage) -> String {
        let n = r.bindsCount, m = r.leftOutBy, others = r.variants.count - n
        if n == 0 { return w("It binds none of these plans' levels.\n\n", "该要求不适用于这些计划的层级。\n\n") }
        var out = m == 0
            ? w("Carried out by \(n == 1 ? "the one plan" : "all \(n) plans") it binds", "适用该要求的\(n)个计划均已落实")
            : w("Not carried out by \(m) of the \(n) \(plural(n, "plan", "plans")) it binds", "适用该要求的\(n)个计划中，\(m)个未落实")
        if others > 0 { out += w(" (it does not bind the other \(others))", "（另有\(others)个计划不适用）") }
        return out + w(".\n\n", "。\n\n")
    }

    static func notes(_ divergences: [VariantDivergence], _ w: ReportLanguage) -> String {
        w == .zh
            ? divergences.map { "\(ChineseTerms.kind($0.kind))：\(text(ChineseTerms.note($0.message, onePlan: $0.quotesOnePlan, showsReference: false)))。" }.joined()
            : divergences.map { "\($0.kind.rawValue): \(text($0.note))." }.joined(separator: " ")
    }

    static func additions(_ c: Comparison, labels: [String], _ w: ReportLanguage) -> String {
        var out = w("## Local additions\n\nItems carrying out no national section: each plan's own priorities.\n\n",
                    "## 本地新增\n\n不对应\(points(c))任何一条的条目：各计划自行部署的工作。\n\n")
        let words = CheckWords.of(w)
        if c.plans.count > widestMatrix {
            // A section a plan would not be read at this size: how many each has, and its first.
            var table = MarkdownTable(w == .zh ? ["计划", "本地新增", "第一项"] : ["plan", "local additions", "first"])
            for (i, p) in c.plans.enumerated() where !p.localAdditions.isEmpty {
                let first = p.localAdditions[0]
                table.row([cell(labels[i]), "\(p.localAdditions.count)", cell("\(first.path.rawValue) " + AlignmentMarkdown.excerpt(first.text, 40))])
            }
            return out + table.rendered + "\n"
        }
        for (i, p) in c.plans.enumerated() {
            out += "### \(text(labels[i]))\n\n"
            guard !p.localAdditions.isEmpty else { out += w("None.\n\n", "无。\n\n"); continue }
            out += CheckMarkdown.additionsTable(p.localAdditions.map { ($0.path, $0.line, $0.text) }, columns: words.additionColumns) + "\n"
        }
        return out
    }

    static func localisation(_ c: Comparison, labels: [String], _ w: ReportLanguage) -> String {
        var out = w("## Localisation index\n\n", "## 沿用国家表述的比例\n\n")
        out += w("The index is the share of a plan's item characters inside a run of \(LocalisationIndex.phraseLength) or more characters also found in its reference's wording (1: a copy of the national text; 0: all its own words). ",
                 "该比例是计划条目的字符中，落在与参考要点表述相同的连续\(LocalisationIndex.phraseLength)个字以上片段内的比例（1：照抄国家文本；0：全部为自己的表述）。")
        out += w("Beside it, the plan's own content: items naming their units, items with time limits, and local additions (items and share of characters).\n\n",
                 "旁边列出计划自身的内容：明确责任单位的条目、有完成时限的条目，以及本地新增（条目数和字符占比）。\n\n")
        var table = MarkdownTable(w == .zh
            ? ["计划", "条目", "字符", "沿用比例", "自有表述", "明确责任单位的条目", "有完成时限的条目", "本地新增", "本地占比"]
            : ["plan", "items", "characters", "index", "own words", "items naming units", "items with time limits",
               "local additions", "local share"])
        for (i, p) in c.plans.enumerated() {
            let l = p.localisation
            table.row([
                cell(labels[i]), "\(l.items)", "\(l.characters)", number(l.index), number(1 - l.index),
                "\(l.itemsNamingUnits)", "\(l.itemsWithDeadlines)", "\(l.localAdditions)", number(l.localShare),
            ])
        }
        return out + table.rendered
    }

    /// Column names: the locality and year, with the province where that alone does not tell the
    /// plans apart, else the file name (`BatchCheckMarkdown.distinct`).
    static func labels(_ plans: [ComparedPlan]) -> [String] {
        BatchCheckMarkdown.distinct(plans.map { ($0.name, $0.locality, $0.year, $0.province) })
    }

    static func label(of name: String, _ c: Comparison, _ labels: [String]) -> String {
        c.plans.firstIndex { $0.name == name }.map { labels[$0] } ?? name
    }

    /// What the plans were compared with, in Chinese: 国家要点, or 参考文本 where a text was given to
    /// the tool (`--reference FILE`), whose sections are its own.
    static func points(_ c: Comparison) -> String { c.givenReference ? "参考文本" : "国家要点" }

    static func number(_ x: Double) -> String { String(format: "%.2f", x) }
    static func percent(_ x: Double) -> String { String(format: "%.0f%%", x * 100) }
    static func text(_ s: String) -> String { CheckMarkdown.text(s) }
    static func cell(_ s: String) -> String { CheckMarkdown.cell(s) }
    static func plural(_ n: Int, _ one: String, _ many: String) -> String { CheckWords.plural(n, one, many) }
}
