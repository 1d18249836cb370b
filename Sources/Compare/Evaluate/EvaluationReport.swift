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
    public static func text(_ result: EvaluationResult) -> String {
        scores(result) + misses(result)
    }

    /// The tables: scores per plan, the baseline's, the divergence counts (with the curated lines and
    /// against the wording alone). What the README quotes.
    public static func scores(_ result: EvaluationResult) -> String {
        let rows: [(name: String, counts: ScoreCounts)] =
            result.perPlan.map { ($0.plan, $0.counts) } + [("micro", result.micro)]
        var out = table(rows, columns: scoreColumns)
        if let microBaseline = result.microBaseline {
            out += "\nbaseline (character-bigram TF-IDF nearest section, no structure):\n"
            let baselineRows: [(name: String, counts: ScoreCounts)] =
                result.perPlan.compactMap { s in s.baseline.map { (s.plan, $0 + ScoreCounts(items: s.counts.items)) } }
                + [("micro", microBaseline + ScoreCounts(items: result.micro.items))]
            out += table(baselineRows, columns: baselineColumns)
        }

        if result.micro.divergencesGold > 0 {
            out += "\ndivergences (gold: labelled; strict: reported on the right item with the right kind; lenient: on the right item, any kind, with a missing or added word in common; reported: all the check reports, the labels being not exhaustive):\n"
            out += divergenceTable(rows)
            if let micro = result.microWordingOnly {
                out += "\ndivergences against the references compiled from their wording alone (no list, requires, scope or deadline lines):\n"
                out += divergenceTable(result.perPlan.compactMap { s in s.wordingOnly.map { (s.plan, $0) } } + [("micro", micro)])
                let lost = result.perPlan.flatMap { s in s.wordingOnlyMisses.map { (s.plan, $0) } }
                if !lost.isEmpty {
                    out += "\nfound only with the curated lines (what the rules do not yet read from the wording):\n"
                    for (plan, miss) in lost {
                        out += "  \(plan) line \(miss.line.map(String.init) ?? "?"): 「\(miss.anchor)」\n"
                        miss.problems.forEach { out += "      " + describe($0) + "\n" }
                    }
                }
            }
        }

        if let micro = result.microTopics {
            out += "\ntopics (each labelled item's topics from the topic layer against the topics of its labelled sections: mean Jaccard overlap, and items sharing a topic; other years: the layer built without the plan's own year, as a plan of a year with no bundled reference gets it):\n"
            out += topicTable(result.perPlan.compactMap { s in s.topics.map { (s.plan, $0) } } + [("micro", micro)])
        }
        return out
    }

    /// Each plan's misses, at most `missesShown` each.
    static func misses(_ result: EvaluationResult) -> String {
        var out = ""
        for scores in result.perPlan {
            out += "\n"
            let n = scores.misses.count
            let itemMisses = scores.misses.filter { !$0.anchor.isEmpty && !$0.isDivergenceOnly }.count
            if n == 0 {
                out += "\(scores.plan): no misses in \(count(scores.counts.items, "item"))\n"
                continue
            }
            let others = n - itemMisses
            out += "\(scores.plan): \(itemMisses) of \(count(scores.counts.items, "item")) missed"
            out += others == 0 ? "\n" : ", and \(others) other \(others == 1 ? "problem" : "problems") (reference, coverage, divergences)\n"
            for miss in scores.misses.prefix(missesShown) {
                let place = miss.line.map { "line \($0): " } ?? ""
                if case .referenceDiffers? = miss.problems.first {
                    out += "  - reference\n"
                } else {
                    out += miss.anchor.isEmpty ? "  - coverage\n" : "  - \(place)「\(miss.anchor)」\n"
                }
                for problem in miss.problems {
                    out += "      " + describe(problem) + "\n"
                }
            }
            if n > missesShown {
                out += "  … \(n - missesShown) more not shown\n"
            }
        }
        return out
    }

    /// Per plan gold, strict, lenient and reported counts, then the micro counts per labelled kind.
    static func divergenceTable(_ rows: [(name: String, counts: ScoreCounts)]) -> String {
        let width = rows.map { displayWidth($0.name) }.max() ?? 4
        var out = ""
        for (name, c) in rows {
            out += "  \(padRight(name, width))  gold \(c.divergencesGold)  strict \(c.divergencesFound)  lenient \(c.divergencesLenient)  reported \(c.divergencesReported)\n"
        }
        guard let micro = rows.last?.counts else { return out }
        for kind in micro.divergencesByKind.keys.sorted() {
            let t = micro.divergencesByKind[kind]!
            out += "  \(padRight(kind, width))  gold \(t.gold)  strict \(t.strict)  lenient \(t.lenient)\n"
        }
        return out
    }

    static func topicTable(_ rows: [(name: String, scores: TopicScores)]) -> String {
        let width = rows.map { displayWidth($0.name) }.max() ?? 4
        return rows.map { name, t in
            "  \(padRight(name, width))  items \(t.items)  overlap \(format(t.meanOverlap))  sharing \(t.sharing)  other years: overlap \(format(t.meanOverlapOtherYears))  sharing \(t.sharingOtherYears)\n"
        }.joined()
    }

    /// A fixed-width table: a row per plan, a column per score.
    static func table(_ rows: [(name: String, counts: ScoreCounts)], columns: [ScoreColumn]) -> String {
        let nameWidth = rows.map { displayWidth($0.name) }.max().map { max($0, displayWidth("plan")) } ?? 4
        let itemsWidth = max("items".count, rows.map { String($0.counts.items).count }.max() ?? 0)
        var out = padRight("plan", nameWidth) + "  " + padLeft("items", itemsWidth)
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
    static func describe(_ problem: Miss.Problem) -> String {
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
        s.unicodeScalars.reduce(0) { $0 + (CJK.isWide($1) ? 2 : 1) }
    }

    private static func padRight(_ s: String, _ width: Int) -> String {
        s + String(repeating: " ", count: max(0, width - displayWidth(s)))
    }

    private static func padLeft(_ s: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - s.count)) + s
    }
}
