import Compare
import Foundation

// The command line: parses arguments, calls the library, prints. All behaviour is in Compare.

let usage = """
    compare-tool: compare 政务公开工作要点 plans.

    Usage:
      compare-tool [report] [--corpus DIR] [--out DIR]
          Parse every plan in the corpus and write the reports (default: Corpus/, Reports/).
      compare-tool parse FILE... [--format tree|json|markdown]
          Parse plans and print their metadata and structure (default format: tree).
      compare-tool evaluate [--gold DIR] [--corpus DIR] [--format text|json]
          Score the parser against hand labels (default: Corpus/gold, Corpus/local).
      compare-tool --help

    Exit codes: 0 success; 2 a file could not be read or parsed; 64 usage error.
    """

enum Exit {
    static let ok: Int32 = 0
    static let input: Int32 = 2
    static let usage: Int32 = 64
}

struct UsageError: Error { let message: String }

func fail(usage message: String) -> Never {
    FileHandle.standardError.write(Data("compare-tool: error: \(message)\nSee 'compare-tool --help'.\n".utf8))
    exit(Exit.usage)
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data("compare-tool: error: \(message)\n".utf8))
}

func describe(_ error: Error) -> String {
    (error as? LocalizedError)?.errorDescription ?? "\(error)"
}

/// Splits `--name value` options from positional arguments; rejects unknown options.
func options(_ args: ArraySlice<String>, allowed: Set<String>) -> (positional: [String], values: [String: String]) {
    var positional: [String] = []
    var values: [String: String] = [:]
    var i = args.startIndex
    while i < args.endIndex {
        let a = args[i]
        if a.hasPrefix("--") {
            var name = a
            var value: String? = nil
            if let eq = a.firstIndex(of: "=") {
                name = String(a[..<eq])
                value = String(a[a.index(after: eq)...])
            }
            guard allowed.contains(name) else { fail(usage: "unknown option '\(name)'") }
            if value == nil {
                i += 1
                guard i < args.endIndex else { fail(usage: "option '\(name)' needs a value") }
                value = args[i]
            }
            values[name] = value
        } else {
            positional.append(a)
        }
        i += 1
    }
    return (positional, values)
}

func runParse(_ args: ArraySlice<String>) -> Int32 {
    let (files, values) = options(args, allowed: ["--format"])
    let format = values["--format"] ?? "tree"
    guard ["tree", "json", "markdown"].contains(format) else { fail(usage: "unknown format '\(format)' (use tree, json or markdown)") }
    guard !files.isEmpty else { fail(usage: "parse needs at least one FILE") }
    var status = Exit.ok
    var jsons: [JSONValue] = []
    for file in files {
        do {
            let plan = try PlanLoader.load(path: file)
            switch format {
            case "json": jsons.append(PlanJSON.value(plan))
            case "markdown": print(PlanMarkdown.render(plan))
            default: print(TreeDump.render(plan), terminator: "")
            }
        } catch {
            printError(describe(error))
            status = Exit.input
        }
    }
    if format == "json" {
        if files.count == 1, let one = jsons.first { print(one.rendered()) } else if !jsons.isEmpty { print(JSONValue.array(jsons).rendered()) }
    }
    return status
}

func runEvaluate(_ args: ArraySlice<String>) -> Int32 {
    let (extra, values) = options(args, allowed: ["--gold", "--corpus", "--format"])
    guard extra.isEmpty else { fail(usage: "evaluate takes no FILE arguments (got '\(extra[0])')") }
    let format = values["--format"] ?? "text"
    guard ["text", "json"].contains(format) else { fail(usage: "unknown format '\(format)' (use text or json)") }
    do {
        let result = try Evaluation.run(
            goldDirectory: values["--gold"] ?? "Corpus/gold",
            corpusDirectory: values["--corpus"] ?? "Corpus/local",
            load: PlanLoader.load(path:))
        print(format == "json" ? EvaluationReport.json(result).rendered() : EvaluationReport.text(result), terminator: format == "json" ? "\n" : "")
        return Exit.ok
    } catch {
        printError(describe(error))
        return Exit.input
    }
}

func runReport(_ args: ArraySlice<String>) -> Int32 {
    let (extra, values) = options(args, allowed: ["--corpus", "--out"])
    guard extra.isEmpty else { fail(usage: "report takes no FILE arguments (got '\(extra[0])')") }
    do {
        let files = try CorpusReport.generate(corpus: values["--corpus"] ?? "Corpus", progress: { message in
            FileHandle.standardError.write(Data("\(message)\n".utf8))
        })
        let out = values["--out"] ?? "Reports"
        for (name, text) in files { try AtomicFile.write(text, to: out + "/" + name) }
        FileHandle.standardError.write(Data("wrote \(files.count) files to \(out)/\n".utf8))
        return Exit.ok
    } catch {
        printError(describe(error))
        return Exit.input
    }
}

var arguments = CommandLine.arguments.dropFirst()
let command = arguments.first ?? "report"
if !arguments.isEmpty { arguments = arguments.dropFirst() }
switch command {
case "--help", "-h", "help":
    print(usage)
    exit(Exit.ok)
case "parse":
    exit(runParse(arguments))
case "evaluate":
    exit(runEvaluate(arguments))
case "report":
    exit(runReport(arguments))
default:
    if command.hasPrefix("--") {
        exit(runReport(CommandLine.arguments.dropFirst()))
    }
    fail(usage: "unknown command '\(command)'")
}
