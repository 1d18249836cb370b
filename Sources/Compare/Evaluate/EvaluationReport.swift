import Foundation

/// The evaluation as a person reads it (a table, then what went wrong) and as a program reads it
/// (JSON). Both are deterministic: same result, same bytes; no timestamps, no dictionary order.
public enum EvaluationReport {
    /// A rate the report shows: its JSON key (also the table header) and how to read it from counts.
    ///
    /// Why one list: the table and the JSON must show the same scores in the same order; a later
    /// score is one more line here.
    struct ScoreColumn: Sendable {
        var key: String
        var value: @Sendable (ScoreCounts) -> Double
    }

    static let scoreColumns: [ScoreColumn] = [
        ScoreColumn(key: "itemRecall") { $0.itemRecall },
        ScoreColumn(key: "unitAccuracy") { $0.unitAccuracy },
        ScoreColumn(key: "deadlineAccuracy") { $0.deadlineAccuracy },
        ScoreColumn(key: "sectionPrecision") { $0.sectionPrecision },
        ScoreColumn(key: "sectionRecall") { $0.sectionRecall },
        ScoreColumn(key: "sectionF1") { $0.sectionF1 },
        ScoreColumn(key: "coverageAccuracy") { $0.coverageAccuracy },
        ScoreColumn(key: "divergenceRecall") { $0.divergenceRecall },
    ]

    /// The columns the baseline is scored on: alignment only (it parses nothing of its own).
    static let baselineColumns = scoreColumns.filter { $0.key.hasPrefix("section") || $0.key.hasPrefix("coverage") }

    /// How many misses per plan the text report lists; the rest are counted, not shown.
    public static let missesShown = 20

    // MARK: JSON

    /// `{"plans": [{"plan", "items", <scores>}], "micro": {<scores>}}`, scores as rates with at
    /// most 4 decimals (`null` when a plan has no gold items).
    public static func json(_ result: EvaluationResult) -> JSONValue {
        let plans: [JSONValue] = result.perPlan.map { scores in
            .object([("plan", .string(scores.plan)), ("items", .int(scores.counts.items))] + scoreFields(scores.counts)
                + (scores.baseline.map { [("baseline", .object(scoreFields($0, baselineColumns)))] } ?? []))
        }
        var micro = scoreFields(result.micro) + (result.microBaseline.map { [("baseline", .object(scoreFields($0, baselineColumns)))] } ?? [])
        if result.micro.divergencesGold > 0 {
            micro.append(("divergences", divergenceFields(result.micro)))
            if let w = result.microWordingOnly { micro.append(("divergencesWordingOnly", divergenceFields(w))) }
        }
        if let t = result.microTopics {
            micro.append(("topics", .object([
                ("items", .int(t.items)), ("overlap", .double(t.meanOverlap)), ("sharing", .int(t.sharing)),
                ("overlapOtherYears", .double(t.meanOverlapOtherYears)), ("sharingOtherYears", .int(t.sharingOtherYears)),
            ])))
        }
        return .object([("plans", .array(plans)), ("micro", .object(micro))])
    }

    private static func scoreFields(_ counts: ScoreCounts, _ columns: [ScoreColumn] = scoreColumns) -> [(String, JSONValue)] {
        columns.map { ($0.key, .double($0.value(counts))) }
    }

    /// `{"gold", "strict", "lenient", "reported", "byKind": {kind: {"gold", "strict", "lenient"}}}`.
    static func divergenceFields(_ c: ScoreCounts) -> JSONValue {
        .object([
            ("gold", .int(c.divergencesGold)), ("strict", .int(c.divergencesFound)), ("lenient", .int(c.divergencesLenient)),
            ("reported", .int(c.divergencesReported)),
            ("byKind", .object(c.divergencesByKind.keys.sorted().map { k in
                let t = c.divergencesByKind[k]!
                return (k, .object([("gold", .int(t.gold)), ("strict", .int(t.strict)), ("lenient", .int(t.lenient))]))
            })),
        ])
    }

    // MARK: Text

    /// A fixed-width table (one row per plan, then "micro"), then each plan's misses, at most
    /// `missesShown` each. Ends with a newline.
    public static func text(_ result: EvaluationResult, language: ReportLanguage = .en) -> String {
        scores(result, language: language) + misses(result, language: language)
    }

    /// The tables: scores per plan, the baseline's, the divergence counts (with the curated lines and
    /// against the wording alone). What the README quotes.
    /// In Chinese the column keys stay as they are (they are the JSON's), explained in one line.
    public static func scores(_ result: EvaluationResult, language: ReportLanguage = .en) -> String {
        let w = language
        let micro = w("micro", "合计")
        let rows: [(name: String, counts: ScoreCounts)] =
            result.perPlan.map { ($0.plan, $0.counts) } + [(micro, result.micro)]
        var out = w("", "与人工标注对照的得分（列名和差异类型名同 JSON 键：itemRecall 条目召回率，unitAccuracy 责任单位准确率，deadlineAccuracy 完成时限准确率，section… 对应国家要点条目的精确率、召回率和 F1，coverageAccuracy 覆盖判断准确率，divergenceRecall 差异召回率；合计为各计划汇总计算）：\n")
        out += table(rows, columns: scoreColumns, w)
        if let microBaseline = result.microBaseline {
            out += w("\nbaseline (character-bigram TF-IDF nearest section, no structure):\n", "\n基线（按字符二元组 TF-IDF 取最相近的条目，不读结构）：\n")
            let baselineRows: [(name: String, counts: ScoreCounts)] =
                result.perPlan.compactMap { s in s.baseline.map { (s.plan, $0 + ScoreCounts(items: s.counts.items)) } }
                + [(micro, microBaseline + ScoreCounts(items: result.micro.items))]
            out += table(baselineRows, columns: baselineColumns, w)
        }

        if result.micro.divergencesGold > 0 {
            out += w("\ndivergences (gold: labelled; strict: reported on the right item with the right kind; lenient: on the right item, any kind, with a missing or added word in common; reported: all the check reports, the labels being not exhaustive):\n",
                     "\n差异（标注：人工标注的数量；严格：在正确条目上以正确类型报告；宽松：在正确条目上、类型不限、缺少或增加的词有相同之处；报告：检查报告的全部差异，标注并不完备）：\n")
            out += divergenceTable(rows, w)
            if let micro = result.microWordingOnly {
                out += w("\ndivergences against the references compiled from their wording alone (no list, requires, scope or deadline lines):\n",
                         "\n只用参考表述本身编译出的参考要点（不用人工整理的列举、要求、范围和时限行）检查出的差异：\n")
                out += divergenceTable(result.perPlan.compactMap { s in s.wordingOnly.map { (s.plan, $0) } } + [(w("micro", "合计"), micro)], w)
                let lost = result.perPlan.flatMap { s in s.wordingOnlyMisses.map { (s.plan, $0) } }
                if !lost.isEmpty {
                    out += w("\nfound only with the curated lines (what the rules do not yet read from the wording):\n",
                             "\n只有借助人工整理的行才查出的差异（规则尚不能从表述中读出的）：\n")
                    for (plan, miss) in lost {
                        let line = miss.line.map(String.init) ?? "?"
                        out += w("  \(plan) line \(line): 「\(miss.anchor)」\n", "  \(plan) 第\(line)行：「\(miss.anchor)」\n")
                        miss.problems.forEach { out += "      " + describe($0, w) + "\n" }
                    }
                }
            }
        }

        if let microTopics = result.microTopics {
            out += w("\ntopics (each labelled item's topics from the topic layer against the topics of its labelled sections: mean Jaccard overlap, and items sharing a topic; other years: the layer built without the plan's own year, as a plan of a year with no bundled reference gets it):\n",
                     "\n主题（每个已标注条目由主题层给出的主题，与其标注的国家要点条目的主题相比：平均 Jaccard 重合度，以及有共同主题的条目数；其他年度：不用该计划本年度构建的主题层，即没有内置该年度要点的计划所得的情形）：\n")
            out += topicTable(result.perPlan.compactMap { s in s.topics.map { (s.plan, $0) } } + [(micro, microTopics)], w)
        }
        return out
    }

    /// Each plan's misses, at most `missesShown` each.
    static func misses(_ result: EvaluationResult, language w: ReportLanguage = .en) -> String {
        var out = ""
        for scores in result.perPlan {
            out += "\n"
            let n = scores.misses.count
            let itemMisses = scores.misses.filter { !$0.anchor.isEmpty && !$0.isDivergenceOnly }.count
            let items = scores.counts.items
            if n == 0 {
                out += w("\(scores.plan): no misses in \(count(items, "item"))\n", "\(scores.plan)：\(items)个条目无遗漏\n")
                continue
            }
            let others = n - itemMisses
            out += w("\(scores.plan): \(itemMisses) of \(count(items, "item")) missed", "\(scores.plan)：\(items)个条目中遗漏\(itemMisses)个")
            out += others == 0 ? "\n" : w(", and \(others) other \(others == 1 ? "problem" : "problems") (reference, coverage, divergences)\n",
                                           "，另有\(others)个其他问题（参考要点、覆盖、差异）\n")
            for miss in scores.misses.prefix(missesShown) {
                let place = miss.line.map { w("line \($0): ", "第\($0)行：") } ?? ""
                if case .referenceDiffers? = miss.problems.first {
                    out += w("  - reference\n", "  - 参考要点\n")
                } else {
                    out += miss.anchor.isEmpty ? w("  - coverage\n", "  - 覆盖\n") : "  - \(place)「\(miss.anchor)」\n"
                }
                for problem in miss.problems {
                    out += "      " + describe(problem, w) + "\n"
                }
            }
            if n > missesShown {
                out += w("  … \(n - missesShown) more not shown\n", "  ……另有\(n - missesShown)个未列出\n")
            }
        }
        return out
    }

    /// Per plan gold, strict, lenient and reported counts, then the micro counts per labelled kind.
    static func divergenceTable(_ rows: [(name: String, counts: ScoreCounts)], _ w: ReportLanguage = .en) -> String {
        let width = rows.map { displayWidth($0.name) }.max() ?? 4
        var out = ""
        let (gold, strict, lenient, reported) = (w("gold", "标注"), w("strict", "严格"), w("lenient", "宽松"), w("reported", "报告"))
        for (name, c) in rows {
            out += "  \(padRight(name, width))  \(gold) \(c.divergencesGold)  \(strict) \(c.divergencesFound)  \(lenient) \(c.divergencesLenient)  \(reported) \(c.divergencesReported)\n"
        }
        guard let micro = rows.last?.counts else { return out }
        for kind in micro.divergencesByKind.keys.sorted() {
            let t = micro.divergencesByKind[kind]!
            out += "  \(padRight(kind, width))  \(gold) \(t.gold)  \(strict) \(t.strict)  \(lenient) \(t.lenient)\n"
        }
        return out
    }

    static func topicTable(_ rows: [(name: String, scores: TopicScores)], _ w: ReportLanguage = .en) -> String {
        let width = rows.map { displayWidth($0.name) }.max() ?? 4
        return rows.map { name, t in
            w("  \(padRight(name, width))  items \(t.items)  overlap \(format(t.meanOverlap))  sharing \(t.sharing)  other years: overlap \(format(t.meanOverlapOtherYears))  sharing \(t.sharingOtherYears)\n",
              "  \(padRight(name, width))  条目 \(t.items)  重合度 \(format(t.meanOverlap))  有共同主题 \(t.sharing)  其他年度：重合度 \(format(t.meanOverlapOtherYears))  有共同主题 \(t.sharingOtherYears)\n")
        }.joined()
    }

    /// A fixed-width table: a row per plan, a column per score.
    static func table(_ rows: [(name: String, counts: ScoreCounts)], columns: [ScoreColumn], _ w: ReportLanguage = .en) -> String {
        let (planHeader, itemsHeader) = (w("plan", "计划"), w("items", "条目"))
        let nameWidth = rows.map { displayWidth($0.name) }.max().map { max($0, displayWidth(planHeader)) } ?? 4
        let itemsWidth = max(displayWidth(itemsHeader), rows.map { String($0.counts.items).count }.max() ?? 0)
        var out = padRight(planHeader, nameWidth) + "  " + padLeft(itemsHeader, itemsWidth)
        for column in columns { out += "  " + column.key }
        out += "\n"
        for row in rows {
            var line = padRight(row.name, nameWidth) + "  " + padLeft(String(row.counts.items), itemsWidth)
            for column in columns {
                line += "  " + padLeft(format(column.value(row.counts)), column.key.count)
            }
            out += line + "\n"
        }
        return out
    }

    /// One line per problem, expected before got.
    static func describe(_ problem: Miss.Problem, _ w: ReportLanguage = .en) -> String {
        if w == .zh { return chinese(problem) }
        switch problem {
        case .notFound:
            return "not found: no node's text contains the anchor"
        case let .notAnItem(kind, line):
            return "not an item: the anchor's deepest node is a \(kind.rawValue) (line \(line)) that is not a task unit"
        case let .leadDiffers(expected, got):
            return "lead differs: expected \(list(expected)), got \(list(got))"
        case let .responsibleDiffers(expected, got):
            return "responsible differs: expected \(list(expected)), got \(list(got))"
        case let .deadlinesDiffer(expected, got):
            return "deadlines differ: expected \(list(expected)), got \(list(got))"
        case let .sectionsDiffer(expected, got):
            return "sections differ: expected \(list(expected)), got \(list(got))"
        case let .referenceDiffers(expected, got):
            return "reference differs: the labels implement the \(expected) key points, the analyzer aligned to \(got); the section scores of this plan compare different sections"
        case let .divergenceMissed(kind, section, got):
            return "divergence missed: \(kind) in \(section) not reported on this item (reported here: \(got.isEmpty ? "nothing" : got.joined(separator: ", ")))"
        case let .coverageDiffers(section, expected):
            return "coverage differs: section \(section) is \(expected ? "covered" : "not covered") in the labels, \(expected ? "not covered" : "covered") by the analyzer"
        }
    }

    static func chinese(_ problem: Miss.Problem) -> String {
        switch problem {
        case .notFound:
            return "未找到：没有哪个节点的文字包含该标注锚点"
        case let .notAnItem(kind, line):
            return "不是条目：锚点所在最深的节点是第\(line)行的\(kind.rawValue)，不是任务单元"
        case let .leadDiffers(expected, got):
            return "牵头单位不同：应为\(zhList(expected))，读出\(zhList(got))"
        case let .responsibleDiffers(expected, got):
            return "责任单位不同：应为\(zhList(expected))，读出\(zhList(got))"
        case let .deadlinesDiffer(expected, got):
            return "完成时限不同：应为\(zhList(expected))，读出\(zhList(got))"
        case let .sectionsDiffer(expected, got):
            return "对应条目不同：应为\(zhList(expected))，得到\(zhList(got))"
        case let .referenceDiffers(expected, got):
            return "参考要点不同：标注依据\(expected)年国家要点，分析器对照的是\(got)年；该计划的对应得分比较的是不同的条目"
        case let .divergenceMissed(kind, section, got):
            return "漏报差异：\(section)中的\(kind)未在该条目上报告（该条目报告的是：\(got.isEmpty ? "无" : got.joined(separator: "、"))）"
        case let .coverageDiffers(section, expected):
            return "覆盖判断不同：标注认为\(section)\(expected ? "已覆盖" : "未覆盖")，分析器认为\(expected ? "未覆盖" : "已覆盖")"
        }
    }

    private static func zhList(_ values: [String]) -> String {
        values.isEmpty ? "（无）" : values.joined(separator: " | ")
    }

    private static func count(_ n: Int, _ noun: String) -> String {
        n == 1 ? "1 \(noun)" : "\(n) \(noun)s"
    }

    /// " | " between entries, since unit names themselves contain 、 and ，.
    private static func list(_ values: [String]) -> String {
        values.isEmpty ? "(none)" : values.joined(separator: " | ")
    }

    /// Three decimals; "-" for an undefined rate.
    static func format(_ x: Double) -> String {
        x.isFinite ? String(format: "%.3f", x) : "-"
    }

    /// Terminal columns: ideographs and full-width punctuation take two. Plan names are ASCII file
    /// names today; this keeps the table straight if one is not.
    static func displayWidth(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { $0 + CJK.columns($1) }
    }

    private static func padRight(_ s: String, _ width: Int) -> String {
        s + String(repeating: " ", count: max(0, width - displayWidth(s)))
    }

    private static func padLeft(_ s: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - displayWidth(s))) + s
    }
}
