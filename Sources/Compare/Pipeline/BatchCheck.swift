import Foundation

/// `check PLAN... | DIR`: many plans' checks, written as each chunk of plans is checked, so memory
/// holds a summary row a plan and one chunk's reports, never every plan's report.
///
/// To standard output: the summary first (its order is known only at the end), so each plan's
/// report waits in a `ReportSpool` on disk until then. With `out`: one file a plan written into a
/// staging folder as it comes, README.md (the summary, linking them) last, and the folder swapped
/// in only when every file was written.
///
/// A plan that cannot be read (a cover letter among the plans, a damaged file) is named under the
/// summary with why (`Outcome.notChecked`), and the others are checked: one such file stopped the
/// check of a hundred, and the next run stopped at the next one. When no plan can be read, nothing
/// is printed or replaced and the error names each file with why (`NothingChecked`; one file: its
/// own error).
public enum BatchCheck {
    public enum Format: String, Sendable, CaseIterable {
        case markdown, json, html

        /// Which plans' topics the format shows: JSON every plan's; the Markdown and the web page
        /// only those of a plan whose year has no bundled key points.
        public var topics: Pipeline.TopicNeed { self == .json ? .everyPlan : .whereYearDiffers }
    }

    public struct Outcome {
        /// A row a plan, in the order the paths were given.
        public var rows: [BatchCheckMarkdown.Row]
        /// The checks against upper-level plans, an upper plan at a time (each in the order given).
        public var upper: [BatchCheckMarkdown.UpperRow] = []
        /// What the plans took in each stage, summed over plans (thread CPU seconds).
        public var times = Pipeline.StageTimes()
        /// Files written to `out` (the reports and README.md), nil without `out`.
        public var filesWritten: Int?
        /// Checks whose topics were read, for the result or for the items (a plan's own check, and
        /// each against an upper-level plan): the format's `topics` says which need them, and this
        /// is what the run did.
        public var topicsRead = 0
        /// The plans that could not be read or checked, in the order given, with why.
        public var notChecked: [BatchCheckMarkdown.NotChecked] = []
        public var anyNeedsAttention: Bool { rows.contains { !$0.isClean } || upper.contains { $0.row?.isClean == false } }
    }

    /// Whether a check read its plan's topics: for its result, or for its items.
    static func readTopics(_ checked: CheckedPlan) -> Bool {
        checked.result.topics != nil || checked.aligned.alignment.items.contains { !$0.topics.isEmpty }
    }

    /// One plan named alone: its report as it always was (no summary), with its check.
    public static func one(_ pipeline: Pipeline, path: String, format: Format, language: ReportLanguage) throws -> (report: String, checked: CheckedPlan) {
        let checked = try pipeline.check(path: path, topics: format.topics)
        return (render(checked, format: format, language: language, alone: true), checked)
    }

    /// `write`: standard output, called with successive pieces of it.
    public static func run(
        _ pipeline: Pipeline, paths: [String], format: Format, language: ReportLanguage, out: String?,
        chunk: Int = Pipeline.chunk, notRead: [UnreadFile] = [], write: (String) throws -> Void
    ) throws -> Outcome {
        let staged = try out.map { try ReportFolder.Staged($0) }
        do {
            return try run(pipeline, paths: paths, format: format, language: language, staged: staged, chunk: chunk, notRead: notRead, write: write)
        } catch {
            // The reports are written on a thread of their own: one that could not be written was
            // given before whatever failed since, and is the error, as when it was written at once.
            if let failed = staged?.failure() { throw failed }
            throw error
        }
    }

    private static func run(
        _ pipeline: Pipeline, paths: [String], format: Format, language: ReportLanguage, staged: ReportFolder.Staged?,
        chunk: Int, notRead: [UnreadFile], write: (String) throws -> Void
    ) throws -> Outcome {
        let spool = staged == nil ? try ReportSpool() : nil
        let alone = staged != nil
        // Pages written into a folder link back to its index.html.
        let index = staged != nil && format == .html ? "index.html" : nil
        var names = FileNames(extension: format == .markdown ? "md" : format.rawValue)
        var outcome = Outcome(rows: [])
        var facts: [UpperLevelPairs.Facts] = []
        // Standard input and pipes give their text once: such a plan is kept for the upper-level
        // pass, every other plan is read again from its file there.
        let once = Set(paths.indices.filter { !isRereadable(paths[$0]) })
        var kept: [Int: Plan] = [:]
        outcome.rows.reserveCapacity(paths.count)
        // The path of each row: the plans not checked have none.
        var rowPaths: [Int] = []
        var firstError: Error?
        let topics = format.topics
        try pipeline.forEachChecked(paths: paths, chunk: chunk, topics: topics, make: { k, checked in
            (BatchCheckMarkdown.Row(checked.plan, reference: checked.reference, result: checked.result),
             UpperLevelPairs.Facts(checked.plan), report(checked, format: format, language: language, alone: alone, index: index, path: paths[k]),
             // Kept only when some plan cannot be read again; otherwise it is let go on its worker.
             once.isEmpty ? nil : checked.plan, Self.readTopics(checked))
        }, take: { i, made, times in
            if once.contains(i), let plan = made.3 { kept[i] = plan }
            if made.4 { outcome.topicsRead += 1 }
            rowPaths.append(i)
            outcome.rows.append(made.0)
            facts.append(made.1)
            outcome.times = outcome.times + times
            if let staged { try staged.write(names.next(made.0.file), bytes: made.2) } else { try spool?.append(bytes: made.2) }
        }, skip: { i, error in
            firstError = firstError ?? error
            outcome.notChecked.append(BatchCheckMarkdown.NotChecked(path: paths[i], error: error))
        })
        if outcome.rows.isEmpty, let firstError { throw outcome.notChecked.count > 1 ? NothingChecked(plans: outcome.notChecked) : firstError }
        let national = names.given
        // The checks against upper-level plans, one upper plan at a time: its reference is built
        // once, its plans checked on every core, then it is let go.
        // Where each upper check's report went: its file (with `out`) or its number in the spool.
        var upperFiles: [String] = []
        var upperSpooled: [Int?] = []
        let load = { (k: Int) throws -> Plan in try kept[rowPaths[k]] ?? PlanLoader.load(path: paths[rowPaths[k]]) }
        try checkAgainstUpper(pipeline, paths: rowPaths.map { paths[$0] }, facts: facts, rows: outcome.rows, topics: topics, load: load) { checked, upperRow in
            outcome.upper.append(upperRow)
            upperFiles.append("")
            upperSpooled.append(nil)
            guard let checked else { return }
            if Self.readTopics(checked) { outcome.topicsRead += 1 }
            var text = render(checked, format: format, language: language, alone: alone, index: index)
            if let staged {
                // Named after the plan's own report (a-2.md → a-2.upper.md).
                let name = names.next((national[upperRow.lower] as NSString).deletingPathExtension, suffix: ".upper", fitted: true)
                upperFiles[upperFiles.count - 1] = name
                try staged.write(name, text)
            } else {
                if format == .json {
                    let check = CheckJSON.value(checked.result, reference: checked.reference, warnings: checked.plan.warnings)
                    text = JSONValue.object([("file", .string(checked.plan.name)), ("upper", .string(upperRow.upperFile)),
                                             ("found_by", .string(upperRow.evidence.key)), ("check", check)]).rendered(indent: 2)
                }
                try spool?.append(text)
                upperSpooled[upperSpooled.count - 1] = spool.map { $0.count - 1 }
            }
        }
        let order = BatchCheckMarkdown.order(outcome.rows)
        let upperOrder = BatchCheckMarkdown.order(outcome.upper).filter { outcome.upper[$0].row != nil }
        // What the summary says below its tables: the same plan twice, the files not checked, not read.
        let given = rowPaths.map { paths[$0] }
        let unread = BatchCheckMarkdown.sameText(outcome.rows, names: given, language: language)
            + BatchCheckMarkdown.notChecked(outcome.notChecked, language: language) + BatchCheckMarkdown.notRead(notRead, language: language)
        if let staged {
            try staged.write("README.md", BatchCheckMarkdown.summary(outcome.rows, language: language, paths: given) { national[$0] }
                + BatchCheckMarkdown.upperSummary(outcome.upper, language: language) { upperFiles[$0] } + unread + "\n")
            if format == .html {
                try staged.write("index.html", BatchCheckHTML.index(outcome.rows, language: language, paths: given, link: { national[$0] },
                                                                   upper: outcome.upper, upperLink: { upperFiles[$0] }, notes: unread))
            }
            try staged.commit()
            outcome.filesWritten = outcome.rows.count + upperOrder.count + (format == .html ? 2 : 1)
            try write(BatchCheckMarkdown.summary(outcome.rows, language: language, paths: given) + BatchCheckMarkdown.upperSummary(outcome.upper, language: language) + unread + "\n")
        } else if let spool {
            switch format {
            case .json:
                // The bytes `JSONValue` gives the whole object, written a plan at a time.
                try write("{\n  \"plans\": [")
                for (n, i) in order.enumerated() { try write((n == 0 ? "\n    " : ",\n    ") + spool.text(i)) }
                try write("\n  ]")
                if !upperOrder.isEmpty {
                    try write(",\n  \"upper_level\": [")
                    for (n, i) in upperOrder.enumerated() { try write((n == 0 ? "\n    " : ",\n    ") + spool.text(upperSpooled[i]!)) }
                    try write("\n  ]")
                }
                let alike = BatchCheckMarkdown.sameTextGroups(outcome.rows)
                if !alike.isEmpty {
                    let groups = JSONValue.array(alike.map { JSONValue.array($0.map { .string(paths[rowPaths[$0]]) }) })
                    try write(",\n  \"same_plan\": " + groups.rendered(indent: 1))
                }
                if !outcome.notChecked.isEmpty {
                    let files = JSONValue.array(outcome.notChecked.map { JSONValue.object([("file", .string($0.path)), ("error", .string($0.english))]) })
                    try write(",\n  \"not_checked\": " + files.rendered(indent: 1))
                }
                if !notRead.isEmpty {
                    let files = JSONValue.array(notRead.map { JSONValue.object([("file", .string($0.path)), ("format", .string($0.format.rawValue))]) })
                    try write(",\n  \"not_read\": " + files.rendered(indent: 1))
                }
                try write("\n}\n")
            case .markdown, .html:
                try write(BatchCheckMarkdown.summary(outcome.rows, language: language, paths: given)
                    + BatchCheckMarkdown.upperSummary(outcome.upper, language: language) + unread + "\n")
                for i in order { try write(BatchCheckMarkdown.separator + spool.text(i)) }
                for i in upperOrder { try write(BatchCheckMarkdown.separator + spool.text(upperSpooled[i]!)) }
            }
        }
        return outcome
    }

    /// Each plan with an upper-level plan among `paths` checked against it, handed to `take` an
    /// upper plan at a time (upper plans in the order given, each one's plans in theirs). An upper
    /// plan that cannot serve as a reference (its numbering does not tell its sections apart) is
    /// reported on each of its plans' rows, not as a failure of the run. `load`: plan `i` again
    /// (read from its file, or kept from the first pass). `topics`: which plans' topics are read,
    /// as in the first pass.
    static func checkAgainstUpper(
        _ pipeline: Pipeline, paths: [String], facts: [UpperLevelPairs.Facts], rows: [BatchCheckMarkdown.Row], topics need: Pipeline.TopicNeed = .everyPlan,
        load: (Int) throws -> Plan,
        take: (CheckedPlan?, BatchCheckMarkdown.UpperRow) throws -> Void
    ) throws {
        let pairs = UpperLevelPairs.pairs(facts)
        guard !pairs.isEmpty else { return }
        for (upper, group) in Dictionary(grouping: pairs, by: \.upper).sorted(by: { $0.key < $1.key }) {
            let upperPlan = try load(upper)
            func row(_ pair: UpperLevelPairs.Pair, _ checked: CheckedPlan?, problem: Error? = nil) -> BatchCheckMarkdown.UpperRow {
                BatchCheckMarkdown.UpperRow(
                    lower: pair.lower, lowerLabel: rows[pair.lower].label, upperFile: upperPlan.name, upperLabel: rows[upper].label,
                    evidence: pair.evidence, row: checked.map { BatchCheckMarkdown.Row($0.plan, reference: $0.reference, result: $0.result) },
                    problem: problem.map(ReportLanguage.en.message), chineseProblem: problem.map(ReportLanguage.zh.message))
            }
            let reference: Reference
            do { reference = try pipeline.reference(from: upperPlan, path: paths[upper]) } catch {
                for pair in group { try take(nil, row(pair, nil, problem: error)) }
                continue
            }
            let index = ReferenceIndex(reference)
            let prepared = CheckReference(index: index, lexicon: try pipeline.lexicon())
            let choice = ReferenceChoice(reference: reference, fit: .given)
            let (topics, topicList) = need.reads(choice) ? (pipeline.topics(), pipeline.topicList()) : (nil, nil)
            // A chunk of the upper plan's plans at a time: a province's plans can be many.
            for start in stride(from: 0, to: group.count, by: Pipeline.chunk) {
                let part = Array(group[start..<min(group.count, start + Pipeline.chunk)])
                let plans = try part.map { try load($0.lower) }
                let checked = ParallelMap.run(count: part.count) { k in
                    Pipeline.check(Pipeline.align(plans[k], choice: choice, index: index, topics: topics, detail: .matchesOnly), against: prepared, topics: topicList)
                }
                for (pair, c) in zip(part, checked) { try take(c, row(pair, c)) }
            }
        }
    }

    /// No plan of a batch could be checked: each file with why, where the first alone made the
    /// user mend one file a run.
    public struct NothingChecked: BilingualError {
        public let plans: [BatchCheckMarkdown.NotChecked]

        init(plans: [BatchCheckMarkdown.NotChecked]) { self.plans = plans }

        public func message(_ w: ReportLanguage) -> String {
            w("none of the \(plans.count) files given could be checked as a plan:", "所给的\(plans.count)个文件都无法作为计划检查：")
                + plans.map { "\n  " + w($0.english, $0.chinese) }.joined()
        }
    }

    /// Each plan of `paths` read, and each that cannot be with why: for a comparison, which names
    /// those below it and compares the others. None readable is the error (each file's, where
    /// several).
    public static func load(_ paths: [String]) throws -> (plans: [Plan], problems: [FileProblem]) {
        var plans: [Plan] = [], errors: [Error] = [], problems: [FileProblem] = []
        for path in paths {
            do { plans.append(try PlanLoader.load(path: path)) } catch {
                errors.append(error)
                problems.append(FileProblem(path: path, error: error))
            }
        }
        if plans.isEmpty, let first = errors.first { throw errors.count == 1 ? first : NothingChecked(plans: problems) }
        return (plans, problems)
    }

    /// A regular file: it can be read again. Not standard input (-), a pipe or a device.
    static func isRereadable(_ path: String) -> Bool {
        guard path != "-", case .regular = FileStatus(path, followingLinks: false) else { return false }
        return true
    }

    /// One plan's report: as `check PLAN` prints it (`alone`), or, for a batch's standard output
    /// in JSON, the plan's entry of the `plans` array.
    /// `index`: a web page's link back to the list of pages it is written beside.
    /// `path`: the plan's path as given, beside its file name in a batch's JSON entry (two folders'
    /// 方案.txt were two entries of one name, which a program reading them could not tell apart).
    public static func render(_ c: CheckedPlan, format: Format, language: ReportLanguage, alone: Bool, index: String? = nil, path: String? = nil) -> String {
        let (result, reference, warnings) = (c.result, c.reference, c.plan.warnings)
        switch format {
        case .markdown: return CheckMarkdown.render(result, reference: reference, warnings: warnings, language: language)
        case .html: return CheckHTML.render(result, reference: reference, warnings: warnings, language: language, index: index)
        case .json:
            let check = CheckJSON.value(result, reference: reference, warnings: warnings)
            if alone { return check.rendered() + "\n" }
            return JSONValue.object([("file", .string(c.plan.name))] + (path.map { [("path", JSONValue.string($0))] } ?? []) + [("check", check)]).rendered(indent: 2)
        }
    }

    /// `render` as bytes: a Markdown report is built as bytes (`CheckMarkdown.report`) and written
    /// as they are; the other formats' texts are copied out of their strings.
    static func report(_ c: CheckedPlan, format: Format, language: ReportLanguage, alone: Bool, index: String? = nil, path: String? = nil) -> [UInt8] {
        guard format == .markdown else { return Array(render(c, format: format, language: language, alone: alone, index: index, path: path).utf8) }
        return CheckMarkdown.report(c.result, reference: c.reference, warnings: c.plan.warnings, language: language).bytes
    }

    /// One report file a plan, named after the plan's file; a name two plans share (a.txt and
    /// a.docx, or two folders' a.txt) gets -2, -3… in the order given.
    struct FileNames {
        let ext: String
        /// The summary's names: a plan named index.txt gets index-2.html.
        private var used: Set<String> = ["README.md", "index.html"]
        private(set) var given: [String] = []

        init(extension ext: String) { self.ext = ext }

        /// `suffix`: after the stem, kept whole (`.upper` for a check against the upper-level plan);
        /// `fitted`: the name is a report's stem already, fitted to a file name (`ReportStems.fitted`),
        /// and is not cut again.
        mutating func next(_ planName: String, suffix: String = "", fitted: Bool = false) -> String {
            let stem = (fitted ? planName : ReportStems.fitted((planName as NSString).deletingPathExtension)) + suffix
            var candidate = stem + "." + ext
            var n = 1
            while used.contains(candidate) {
                n += 1
                candidate = "\(stem)-\(n).\(ext)"
            }
            used.insert(candidate)
            given.append(candidate)
            return candidate
        }
    }
}
