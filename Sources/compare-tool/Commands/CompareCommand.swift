import Compare

struct CompareCommand: Command {
    static let name = "compare"
    static let arguments = ["PLAN...|DIR"]
    static let options = [OptionSpec.reference, .taxonomy, .format(Format.self, help: "markdown (default), json, csv (UTF-8 with a BOM, one row per matrix row and plan; Chinese heads and words with --lang zh), or html (a page with a heatmap)",
                                                                            "markdown（默认）、json、csv（带 BOM 的 UTF-8，矩阵每行每份计划一行；--lang zh 时表头和用语为中文）或 html（带热力图的网页）"), .language]
    static let summary = """
        Compare plans side by side: a matrix of national sections (or, across years, topics) by plan, each \
        requirement's consensus wording and each plan's variant, local additions, a localisation index, and the \
        plans ranked by coverage. Each plan follows its own year unless --reference is given. A folder gives its \
        plan files (.txt, .docx, .html), by name. CSV is UTF-8 with a BOM, one row per matrix row and plan.
        """
    static let summaryZh = """
        并列比较多份计划：国家要点各部分（跨年度时为各主题）与各计划的矩阵，每项要求的共同表述和各计划的不同表述，\
        地方新增内容，沿用国家表述比例，以及按覆盖情况的排名。未给出 --reference 时，每份计划对照其本年度的国家要点。\
        给出文件夹时，比较其中的计划文件（.txt、.docx、.html），按文件名排列。CSV 为带 BOM 的 UTF-8，矩阵每行每份计划一行。
        """

    enum Format: String, OptionChoice { case markdown, json, csv, html }

    let arguments: ParsedArguments

    init(_ arguments: ParsedArguments) throws(UsageError) {
        guard !arguments.positional.isEmpty else { throw UsageError("compare needs at least one PLAN", "compare 需要至少一份计划", command: Self.name) }
        self.arguments = arguments
    }

    func run(_ environment: Environment) throws -> Int32 {
        let pipeline = try Self.pipeline(arguments, environment)
        // A file that cannot be read as a plan (a cover letter among the submissions) is named below
        // the comparison and on stderr, and the others compared: exit 2, as check does. None
        // readable: the error (each file's, where several).
        let (plans, notCompared) = try BatchCheck.load(Self.plans(arguments).plans)
        var comparison = try pipeline.compare(plans)
        comparison.notCompared = notCompared
        switch arguments.format(default: Format.markdown) {
        case .json: try emit(ComparisonJSON.value(comparison).rendered())
        case .csv: try emit(ComparisonCSV.render(comparison, language: arguments.language), terminator: "")
        case .markdown: try emit(ComparisonMarkdown.render(comparison, language: arguments.language), terminator: "")
        case .html: try emit(ComparisonHTML.render(comparison, language: arguments.language), terminator: "")
        }
        for p in notCompared { printStderr(CommandLineTool.errorLine(english: p.english, chinese: p.chinese, arguments.language)) }
        return notCompared.isEmpty ? CommandLineTool.Exit.ok : CommandLineTool.Exit.input
    }
}
