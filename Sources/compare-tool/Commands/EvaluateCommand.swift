import Compare

struct EvaluateCommand: Command {
    static let name = "evaluate"
    static let arguments: [String] = []
    static let options = [
        OptionSpec(name: "--gold", value: "DIR", help: "the hand labels (default: Corpus/gold)"),
        OptionSpec(name: "--corpus", value: "DIR", help: "the plans the labels describe (default: Corpus/local)"),
        .reference, .format(["text", "json"], help: "text (default) or json"),
        OptionSpec(name: "--taxonomy", value: "DIR", help: OptionSpec.taxonomy.help, listed: false),
    ]
    static let summary = """
        Score the parser and the aligner against hand labels (default: Corpus/gold, Corpus/local), beside a plain \
        baseline (character-bigram TF-IDF nearest section).
        """

    let arguments: ParsedArguments

    init(_ arguments: ParsedArguments) throws(UsageError) {
        try Self.expectNoFiles(arguments)
        self.arguments = arguments
    }

    func run(_ environment: Environment) throws -> Int32 {
        let pipeline = try Self.pipeline(arguments, environment)
        let result = try pipeline.evaluate(gold: arguments["--gold"] ?? "Corpus/gold", corpus: arguments["--corpus"] ?? "Corpus/local")
        let json = arguments.format(default: "text") == "json"
        try emit(json ? EvaluationReport.json(result).rendered() : EvaluationReport.text(result), terminator: json ? "\n" : "")
        return CommandLineTool.Exit.ok
    }
}
