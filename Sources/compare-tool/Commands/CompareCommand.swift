import Compare

struct CompareCommand: Command {
    static let name = "compare"
    static let arguments = ["PLAN...|DIR"]
    static let options = [OptionSpec.reference, .taxonomy, .format(Format.self, help: "markdown (default), json, csv (UTF-8 with a BOM, one row per matrix row and plan; Chinese heads and words with --lang zh), or html (a page with a heatmap)"), .language]
    static let summary = """
        Compare plans side by side: a matrix of national sections (or, across years, topics) by plan, each \
        requirement's consensus wording and each plan's variant, local additions, a localisation index, and the \
        plans ranked by coverage. Each plan follows its own year unless --reference is given. A folder gives its \
        plan files (.txt, .docx, .html), by name. CSV is UTF-8 with a BOM, one row per matrix row and plan.
        """

    enum Format: String, OptionChoice { case markdown, json, csv, html }

    let arguments: ParsedArguments

    init(_ arguments: ParsedArguments) throws(UsageError) {
        guard !arguments.positional.isEmpty else { throw UsageError("compare needs at least one PLAN", "compare 需要至少一份计划", command: Self.name) }
        self.arguments = arguments
    }

    func run(_ environment: Environment) throws -> Int32 {
        let pipeline = try Self.pipeline(arguments, environment)
        // Every plan first: a matrix missing a column would mislead, so one bad file stops the run.
        let plans = try Self.plans(arguments).plans.map { try PlanLoader.load(path: $0) }
        let comparison = try pipeline.compare(plans)
        switch arguments.format(default: Format.markdown) {
        case .json: try emit(ComparisonJSON.value(comparison).rendered())
        case .csv: try emit(ComparisonCSV.render(comparison, language: arguments.language), terminator: "")
        case .markdown: try emit(ComparisonMarkdown.render(comparison, language: arguments.language), terminator: "")
        case .html: try emit(ComparisonHTML.render(comparison, language: arguments.language), terminator: "")
        }
        return CommandLineTool.Exit.ok
    }
}
