import Foundation

/// `check PLAN... | DIR`: many plans' checks, written as each chunk of plans is checked, so memory
/// holds a summary row a plan and one chunk's plans, never every plan's report.
///
/// To standard output: the summary first (its order is known only at the end), so each plan's
/// report waits in a `ReportSpool` on disk until then. With `out`: one file a plan written into a
/// staging folder as it comes, README.md (the summary, linking them) last, and the folder swapped
/// in only when every file was written. Either way nothing is printed or replaced when a plan
/// cannot be read, whichever plan it is.
public enum BatchCheck {
    public enum Format: String, Sendable, CaseIterable { case markdown, json, html }

    public struct Outcome {
        /// A row a plan, in the order the paths were given.
        public var rows: [BatchCheckMarkdown.Row]
        /// What the plans took in each stage, summed over plans (thread CPU seconds).
        public var times = Pipeline.StageTimes()
        /// Files written to `out` (the reports and README.md), nil without `out`.
        public var filesWritten: Int?
        public var anyNeedsAttention: Bool { rows.contains { !$0.isClean } }
    }

    /// `write`: standard output, called with successive pieces of it.
    public static func run(
        _ pipeline: Pipeline, paths: [String], format: Format, language: ReportLanguage, out: String?,
        chunk: Int = Pipeline.chunk, write: (String) throws -> Void
    ) throws -> Outcome {
        let staged = try out.map { try ReportFolder.Staged($0) }
        let spool = staged == nil ? try ReportSpool() : nil
        var names = FileNames(extension: format == .markdown ? "md" : format.rawValue)
        let alone = staged != nil
        var outcome = Outcome(rows: [])
        outcome.rows.reserveCapacity(paths.count)
        try pipeline.forEachChecked(paths: paths, chunk: chunk, make: { checked in
            (BatchCheckMarkdown.Row(checked.plan, reference: checked.reference, result: checked.result),
             render(checked, format: format, language: language, alone: alone))
        }, take: { _, made, times in
            outcome.rows.append(made.0)
            outcome.times = outcome.times + times
            if let staged { try staged.write(names.next(made.0.file), made.1) } else { try spool?.append(made.1) }
        })
        let order = BatchCheckMarkdown.order(outcome.rows)
        if let staged {
            let links = names.given
            try staged.write("README.md", BatchCheckMarkdown.summary(outcome.rows, language: language) { links[$0] } + "\n")
            try staged.commit()
            outcome.filesWritten = outcome.rows.count + 1
            try write(BatchCheckMarkdown.summary(outcome.rows, language: language) + "\n")
        } else if let spool {
            switch format {
            case .json:
                // The bytes `JSONValue` gives the whole object, written a plan at a time.
                try write(order.isEmpty ? "{\n  \"plans\": []\n}\n" : "{\n  \"plans\": [")
                for (n, i) in order.enumerated() { try write((n == 0 ? "\n    " : ",\n    ") + spool.text(i)) }
                if !order.isEmpty { try write("\n  ]\n}\n") }
            case .markdown, .html:
                try write(BatchCheckMarkdown.summary(outcome.rows, language: language) + "\n")
                for i in order { try write(BatchCheckMarkdown.separator + spool.text(i)) }
            }
        }
        return outcome
    }

    /// One plan's report: as `check PLAN` prints it (`alone`), or, for a batch's standard output
    /// in JSON, the plan's entry of the `plans` array.
    public static func render(_ c: CheckedPlan, format: Format, language: ReportLanguage, alone: Bool) -> String {
        let (result, reference, warnings) = (c.result, c.reference, c.plan.warnings)
        switch format {
        case .markdown: return CheckMarkdown.render(result, reference: reference, warnings: warnings, language: language)
        case .html: return CheckHTML.render(result, reference: reference, warnings: warnings, language: language)
        case .json:
            let check = CheckJSON.value(result, reference: reference, warnings: warnings)
            if alone { return check.rendered() + "\n" }
            return JSONValue.object([("file", .string(c.plan.name)), ("check", check)]).rendered(indent: 2)
        }
    }

    /// One report file a plan, named after the plan's file; a name two plans share (a.txt and
    /// a.docx, or two folders' a.txt) gets -2, -3… in the order given.
    struct FileNames {
        let ext: String
        private var used: Set<String> = ["README.md"]
        private(set) var given: [String] = []

        init(extension ext: String) { self.ext = ext }

        mutating func next(_ planName: String) -> String {
            let stem = (planName as NSString).deletingPathExtension
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
