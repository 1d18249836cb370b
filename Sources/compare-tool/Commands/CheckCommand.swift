import Compare

struct CheckCommand: Command {
    static let name = "check"
    static let arguments = ["DRAFT"]
    static let options = [OptionSpec.reference, .taxonomy, .format(Format.self, help: "markdown (default), json, or html (one self-contained page)"), .language]
    static let summary = """
        Check a draft (text, a Word .docx or a web page; - reads standard input) against the national requirements: coverage of every section and requirement, and each \
        divergence (list omissions, deadlines, weakened wording, typos, missing units). Exits 0 when nothing \
        needs fixing, 1 when there are gaps or warnings.
        """

    enum Format: String, OptionChoice { case markdown, json, html }

    let arguments: ParsedArguments

    init(_ arguments: ParsedArguments) throws(UsageError) {
        try Self.expect(arguments, count: 1, "check takes one DRAFT")
        self.arguments = arguments
    }

    func run(_ environment: Environment) throws -> Int32 {
        let pipeline = try Self.pipeline(arguments, environment)
        let checked = try pipeline.check(path: arguments.positional[0])
        let (result, reference, warnings) = (checked.result, checked.reference, checked.plan.warnings)
        switch arguments.format(default: Format.markdown) {
        case .json: try emit(CheckJSON.value(result, reference: reference, warnings: warnings).rendered())
        case .markdown: try emit(CheckMarkdown.render(result, reference: reference, warnings: warnings, language: arguments.language), terminator: "")
        case .html: try emit(CheckHTML.render(result, reference: reference, warnings: warnings, language: arguments.language), terminator: "")
        }
        return result.isClean ? CommandLineTool.Exit.ok : CommandLineTool.Exit.findings
    }
}
