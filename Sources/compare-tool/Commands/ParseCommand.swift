import Compare

struct ParseCommand: Command {
    static let name = "parse"
    static let arguments = ["FILE..."]
    static let options = [OptionSpec.format(Format.self, help: "tree (default): one node a line; json: the model; markdown: a metadata table and the outline",
                                                    "tree（默认）：每行一个节点，标签为英文；json：数据模型；markdown：元数据表和提纲（--lang zh 时为中文）"), .language]
    static let summary = "Parse plans and print their metadata and structure (default format: tree)."
    static let summaryZh = "解析计划，输出其元数据和结构（默认格式：tree）。"

    let files: [String]
    let format: Format
    let language: ReportLanguage

    enum Format: String, OptionChoice { case tree, json, markdown }

    init(_ arguments: ParsedArguments) throws(UsageError) {
        guard !arguments.positional.isEmpty else { throw UsageError("parse needs at least one FILE", "parse 需要至少一个文件", command: Self.name) }
        files = arguments.positional
        format = arguments.format(default: Format.tree)
        language = arguments.language
    }

    /// A file that cannot be read is reported and the others are still parsed (exit 2 at the end).
    func run(_ environment: Environment) throws -> Int32 {
        var status = CommandLineTool.Exit.ok
        var jsons: [JSONValue] = []
        for file in files {
            let plan: Plan
            do { plan = try PlanLoader.load(path: file) } catch {
                printStderr(CommandLineTool.errorLine(error, language))
                status = CommandLineTool.Exit.input
                continue
            }
            switch format {
            case .json: jsons.append(PlanJSON.value(plan))
            case .markdown: try emit(PlanMarkdown.render(plan, language: language))
            case .tree: try emit(TreeDump.render(plan), terminator: "")
            }
        }
        if format == .json, !jsons.isEmpty {
            try emit(files.count == 1 ? jsons[0].rendered() : JSONValue.array(jsons).rendered())
        }
        return status
    }
}
