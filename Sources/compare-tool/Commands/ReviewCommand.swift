import Compare

struct ReviewCommand: Command {
    static let name = "review"
    static let arguments = ["OLD NEW", "--reference OLDYEAR NEWYEAR"]
    static let options = [
        OptionSpec.taxonomy, .format(Format.self, help: "markdown (default), json, or html (changed tasks side by side)", "markdown（默认）、json 或 html（修改的任务并列显示）"), .language,
        OptionSpec(name: "--reference", value: "OLDYEAR NEWYEAR", help: "review the national key points of two taxonomy years instead of two plans",
                   helpZh: "比较国家要点库中两个年度的国家要点，而不是两份计划", listed: false),
    ]
    static let summary = """
        Review two plans year over year (items carried over, new, dropped and changed; topics gained and lost), \
        or what changed in the national key points between two taxonomy years.
        """
    static let summaryZh = "逐年比较两份计划（延续、新增、删去和修改的条目；增加和减少的主题），或比较国家要点库中两个年度的国家要点有何变化。"

    enum Format: String, OptionChoice { case markdown, json, html }

    /// `--reference 2018 2021`: the national points of two years (the option takes the first year,
    /// the second is positional).
    let years: [Int]?
    let arguments: ParsedArguments

    init(_ arguments: ParsedArguments) throws(UsageError) {
        if let first = arguments["--reference"] {
            let given = [first] + arguments.positional
            guard given.count == 2 else { throw UsageError("review --reference takes two years (got \(given.count))", "review --reference 需要两个年份（实际指定了 \(given.count) 个）", command: Self.name) }
            var years: [Int] = []
            for y in given {
                guard y.count == 4, let year = Int(y) else {
                    throw UsageError("review --reference takes two years such as 2018 2021; '\(y)' is not a year",
                                     "review --reference 需要两个年份，如 2018 2021；“\(y)”不是年份", command: Self.name)
                }
                years.append(year)
            }
            self.years = years
        } else {
            try Self.expect(arguments, count: 2, "review takes OLD and NEW plans", "review 需要旧计划和新计划两份")
            years = nil
        }
        self.arguments = arguments
    }

    func run(_ environment: Environment) throws -> Int32 {
        let pipeline = Pipeline(taxonomy: Self.taxonomySource(arguments, environment))
        let result: ReviewResult
        _ = try pipeline.lexicon()
        if let years {
            result = try pipeline.review(oldYear: years[0], newYear: years[1])
        } else {
            result = try pipeline.review(old: PlanLoader.load(path: arguments.positional[0]), new: PlanLoader.load(path: arguments.positional[1]))
        }
        switch arguments.format(default: Format.markdown) {
        case .json: try emit(ReviewJSON.value(result).rendered())
        case .markdown: try emit(ReviewMarkdown.render(result, language: arguments.language), terminator: "")
        case .html: try emit(ReviewHTML.render(result, language: arguments.language), terminator: "")
        }
        return CommandLineTool.Exit.ok
    }
}
