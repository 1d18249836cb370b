import Compare

struct AlignCommand: Command {
    static let name = "align"
    static let arguments = ["PLAN"]
    static let options = [OptionSpec.reference, .taxonomy, .format(Format.self, help: "markdown (default) or json", "markdown（默认）或 json"), .language]
    static let summary = """
        Align each item of a plan to the national sections and requirements it carries out. The reference defaults \
        to the plan's year, else the nearest earlier year in the taxonomy.
        """
    static let summaryZh = "将计划的每一条对应到它所落实的国家要点的部分和要求。默认对照计划本年度的国家要点，没有则对照国家要点库中最近的较早年度。"

    enum Format: String, OptionChoice { case markdown, json }

    let arguments: ParsedArguments

    init(_ arguments: ParsedArguments) throws(UsageError) {
        try Self.expect(arguments, count: 1, "align takes one PLAN", "align 需要一份计划")
        self.arguments = arguments
    }

    func run(_ environment: Environment) throws -> Int32 {
        let pipeline = try Self.pipeline(arguments, environment)
        let aligned = try pipeline.align(PlanLoader.load(path: arguments.positional[0]))
        switch arguments.format(default: Format.markdown) {
        case .json: try emit(AlignmentJSON.value(aligned.alignment, warnings: aligned.plan.warnings).rendered())
        case .markdown: try emit(AlignmentMarkdown.render(aligned.alignment, reference: aligned.reference, language: arguments.language), terminator: "")
        }
        return CommandLineTool.Exit.ok
    }
}
