import Compare

struct EvaluateCommand: Command {
    static let name = "evaluate"
    static let arguments: [String] = []
    static let options = [
        OptionSpec(name: "--gold", value: "DIR", help: "the hand labels (default: Corpus/gold)", helpZh: "人工标注（默认：Corpus/gold）"),
        OptionSpec(name: "--corpus", value: "DIR", help: "the plans the labels describe (default: Corpus/local)", helpZh: "标注所针对的计划（默认：Corpus/local）"),
        .reference, .format(Format.self, help: "text (default) or json", "text（默认）或 json"), .language,
        OptionSpec(name: "--taxonomy", value: "DIR", help: OptionSpec.taxonomy.help, helpZh: OptionSpec.taxonomy.helpZh, listed: false),
    ]
    static let summary = """
        Score the parser and the aligner against hand labels (default: Corpus/gold, Corpus/local), beside a plain \
        baseline (character-bigram TF-IDF nearest section).
        """
    static let summaryZh = "对照人工标注为解析和对齐打分（默认：Corpus/gold、Corpus/local），并与一个简单基线（按字符二元组 TF-IDF 取最接近的部分）比较。"

    enum Format: String, OptionChoice { case text, json }

    let arguments: ParsedArguments

    init(_ arguments: ParsedArguments) throws(UsageError) {
        try Self.expectNoFiles(arguments)
        self.arguments = arguments
    }

    func run(_ environment: Environment) throws -> Int32 {
        let pipeline = try Self.pipeline(arguments, environment)
        let result = try pipeline.evaluate(gold: arguments["--gold"] ?? "Corpus/gold", corpus: arguments["--corpus"] ?? "Corpus/local")
        switch arguments.format(default: Format.text) {
        case .json: try emit(EvaluationReport.json(result).rendered())
        case .text: try emit(EvaluationReport.text(result, language: arguments.language), terminator: "")
        }
        return CommandLineTool.Exit.ok
    }
}
