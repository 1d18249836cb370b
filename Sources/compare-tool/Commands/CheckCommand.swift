import Compare
import Foundation

struct CheckCommand: Command {
    static let name = "check"
    static let arguments = ["DRAFT...|DIR"]
    static let options = [
        OptionSpec.reference, .taxonomy, .format(Format.self, help: "markdown (default), json, or html (one self-contained page)"), .language,
        OptionSpec(name: "--out", value: "DIR", help: "several plans: one report a plan, and README.md (the summary), written to DIR; replaced whole, only when every file was written"),
    ]
    static let summary = """
        Check a draft (text, a Word .docx or a web page; - reads standard input) against the national requirements: coverage of every section and requirement, and each \
        divergence (list omissions, deadlines, weakened wording, typos, missing units). Several drafts, or a folder of them, are checked at once on every core: \
        a summary table first (most in need of work first), then each plan's check, or one file each with --out. Exits 0 when nothing \
        needs fixing, 1 when any plan has gaps or warnings.
        """

    enum Format: String, OptionChoice { case markdown, json, html }

    let arguments: ParsedArguments

    init(_ arguments: ParsedArguments) throws(UsageError) {
        guard !arguments.positional.isEmpty else { throw UsageError("check needs a DRAFT, several, or a folder of them", command: Self.name) }
        self.arguments = arguments
    }

    func run(_ environment: Environment) throws -> Int32 {
        let pipeline = try Self.pipeline(arguments, environment)
        let paths = try PlanFiles.expand(arguments.positional)
        let format = arguments.format(default: Format.markdown)
        // One file, named as such: the report alone, as it always was.
        if paths == arguments.positional, paths.count == 1, arguments["--out"] == nil {
            let checked = try pipeline.check(path: paths[0])
            let (result, reference, warnings) = (checked.result, checked.reference, checked.plan.warnings)
            switch format {
            case .json: try emit(CheckJSON.value(result, reference: reference, warnings: warnings).rendered())
            case .markdown: try emit(CheckMarkdown.render(result, reference: reference, warnings: warnings, language: arguments.language), terminator: "")
            case .html: try emit(CheckHTML.render(result, reference: reference, warnings: warnings, language: arguments.language), terminator: "")
            }
            return result.isClean ? CommandLineTool.Exit.ok : CommandLineTool.Exit.findings
        }
        if format == .html, arguments["--out"] == nil {
            throw UsageError("html for several plans needs --out DIR (one page a plan)", command: Self.name)
        }
        let checked = try pipeline.check(paths: paths)
        let all = checked.map { (plan: $0.plan, reference: $0.reference, result: $0.result) }
        if let out = arguments["--out"] {
            let names = Self.fileNames(all.map(\.plan.name), extension: format.rawValue == "markdown" ? "md" : format.rawValue)
            var files: [(name: String, text: String)] = []
            for (k, c) in all.enumerated() {
                let text: String
                switch format {
                case .json: text = CheckJSON.value(c.result, reference: c.reference, warnings: c.plan.warnings).rendered() + "\n"
                case .markdown: text = CheckMarkdown.render(c.result, reference: c.reference, warnings: c.plan.warnings, language: arguments.language)
                case .html: text = CheckHTML.render(c.result, reference: c.reference, warnings: c.plan.warnings, language: arguments.language)
                }
                files.append((names[k], text))
            }
            let summary = BatchCheckMarkdown.summary(all, language: arguments.language) { names[$0] }
            files.append(("README.md", summary + "\n"))
            try ReportFolder.replace(out, with: files)
            try emit(BatchCheckMarkdown.summary(all, language: arguments.language))
            printStderr("wrote \(files.count) files to \(out)/\n")
        } else {
            switch format {
            case .json:
                let order = BatchCheckMarkdown.order(all)
                try emit(JSONValue.object([("plans", .array(order.map { i in
                    JSONValue.object([("file", .string(all[i].plan.name)),
                                      ("check", CheckJSON.value(all[i].result, reference: all[i].reference, warnings: all[i].plan.warnings))])
                }))]).rendered())
            case .markdown, .html: try emit(BatchCheckMarkdown.render(all, language: arguments.language), terminator: "")
            }
        }
        return all.allSatisfy(\.result.isClean) ? CommandLineTool.Exit.ok : CommandLineTool.Exit.findings
    }

    /// One report file a plan, named after the plan's file; a name two plans share (a.txt and
    /// a.docx, or two folders' a.txt) gets -2, -3… in the order given.
    static func fileNames(_ planNames: [String], extension ext: String) -> [String] {
        var used: Set<String> = ["README.md"]
        return planNames.map { name in
            let stem = (name as NSString).deletingPathExtension
            var candidate = stem + "." + ext
            var n = 1
            while used.contains(candidate) {
                n += 1
                candidate = "\(stem)-\(n).\(ext)"
            }
            used.insert(candidate)
            return candidate
        }
    }
}
