import Compare
import Foundation

/// The one place that reads the command line, maps errors to exit codes and prints help.
enum CommandLineTool {
    static let version = "compare-tool 0.14.0"

    static var commands: [any Command.Type] {
        [
            ReportCommand.self, ParseCommand.self, AlignCommand.self, CheckCommand.self, CompareCommand.self,
            ReviewCommand.self, EvaluateCommand.self,
        ]
    }

    enum Exit {
        static let ok: Int32 = 0
        static let findings: Int32 = 1
        static let input: Int32 = 2
        static let usage: Int32 = 64
    }

    static func run(_ argv: [String]) -> Int32 {
        let environment = Environment(executable: argv.first ?? "compare-tool")
        var rest = Array(argv.dropFirst())
        let language = ParsedArguments.language(rest)
        do {
            if let first = rest.first, ["--help", "-h", "help"].contains(first) {
                if first == "help", rest.count > 1, let command = command(named: rest[1]) {
                    try emit(help(command), terminator: "")
                } else {
                    try emit(usage)
                }
                return Exit.ok
            }
            if rest.first == "--version" {
                try emit(version)
                return Exit.ok
            }
            // No command, or options only: the main job.
            var type: any Command.Type = ReportCommand.self
            if let first = rest.first, !first.hasPrefix("-") {
                guard let named = command(named: first) else { throw UsageError("unknown command '\(first)'", "没有“\(first)”这个命令") }
                type = named
                rest.removeFirst()
            }
            if rest.prefix(while: { $0 != "--" }).contains(where: { $0 == "--help" || $0 == "-h" }) {
                try emit(help(type), terminator: "")
                return Exit.ok
            }
            let command = try type.init(try parse(rest, for: type))
            return try command.run(environment)
        } catch let error as UsageError {
            let pointer = error.command.map { "compare-tool \($0) --help" } ?? "compare-tool --help"
            // A Chinese sentence ends with its stop, as the errors of the library do.
            let zh = error.message(.zh)
            printStderr(language == .zh ? "compare-tool: 错误：\(zh)\(zh.hasSuffix("。") ? "" : "。")\n用法见“\(pointer)”。\n"
                                        : "compare-tool: error: \(error.message)\nSee '\(pointer)'.\n")
            return Exit.usage
        } catch {
            printStderr(errorLine(error, language))
            return Exit.input
        }
    }

    /// An error on standard error, in the language the reports were asked in.
    static func errorLine(_ error: Error, _ language: ReportLanguage) -> String {
        errorLine(english: describe(error), chinese: language.message(error), language)
    }

    static func errorLine(english: String, chinese: String, _ language: ReportLanguage) -> String {
        language == .zh ? "compare-tool: 错误：\(chinese)\n" : "compare-tool: error: \(english)\n"
    }

    static func command(named name: String) -> (any Command.Type)? {
        commands.first { $0.name == name }
    }

    /// Splits `--name value` and `--name=value` options from positional arguments, checking names
    /// and choices against the command's declaration; everything after `--` is positional.
    static func parse(_ args: [String], for type: any Command.Type) throws(UsageError) -> ParsedArguments {
        var parsed = ParsedArguments()
        var i = 0
        var optionsEnded = false
        while i < args.count {
            let a = args[i]
            i += 1
            // A short option (-o, -x) is none of this tool's: said so, not read as a file named "-o"
            // (standard input is "-" alone; a file whose name opens with - follows "--").
            if !optionsEnded, a.hasPrefix("-"), !a.hasPrefix("--"), a != "-" {
                throw UsageError("unknown option '\(a)' (options are long: --name value; a file whose name opens with - goes after --)",
                                 "没有“\(a)”这个选项（选项都是长形式：--名称 值；以 - 开头的文件名请放在 -- 之后）", command: type.name)
            }
            if optionsEnded || !a.hasPrefix("--") {
                parsed.positional.append(a)
                continue
            }
            if a == "--" {
                optionsEnded = true
                continue
            }
            var name = a
            var value: String?
            if let eq = a.firstIndex(of: "=") {
                name = String(a[..<eq])
                value = String(a[a.index(after: eq)...])
            }
            guard let spec = type.options.first(where: { $0.name == name }) else {
                throw UsageError("unknown option '\(name)'", "没有“\(name)”这个选项", command: type.name)
            }
            if value == nil {
                guard i < args.count else { throw UsageError("option '\(name)' needs a value", "选项“\(name)”后面需要一个值", command: type.name) }
                value = args[i]
                i += 1
            }
            if let choices = spec.choices, let v = value, !choices.contains(v) {
                let listed = choices.count == 2 ? choices.joined(separator: " or ")
                    : choices.dropLast().joined(separator: ", ") + " or " + (choices.last ?? "")
                throw UsageError("unknown \(name.dropFirst(2)) '\(v)' (use \(listed))",
                                 "\(name) 不能取“\(v)”（可用：\(choices.joined(separator: "、"))）", command: type.name)
            }
            parsed.values[name] = value
        }
        return parsed
    }

    /// One usage line of a command: name, arguments, then each option with its values.
    static func synopsis(_ type: any Command.Type) -> [String] {
        let options = type.options.filter(\.listed).map { "[\($0.name) \($0.value)]" }.joined(separator: " ")
        let name = type == ReportCommand.self ? "compare-tool [report]" : "compare-tool \(type.name)"
        let forms = type.arguments.isEmpty ? [""] : type.arguments
        return forms.map { [name, $0, options].filter { !$0.isEmpty }.joined(separator: " ") }
    }

    static let exitCodes = """
        Exit codes: 0 success; 1 check found gaps or warnings; 2 a file could not be read or parsed (a batch
        check names it and checks the others), the taxonomy lacks the year asked for, or the output could not be
        written; 64 usage error.
        """

    static var usage: String {
        var out = "compare-tool: compare 政务公开工作要点 plans.\n\nUsage:\n"
        for type in commands {
            for line in synopsis(type) { out += "  \(line)\n" }
            out += wrap(type.summary, indent: "      ")
        }
        out += "  compare-tool --help | --version | COMMAND --help\n\n" + exitCodes
        return out
    }

    static func help(_ type: any Command.Type) -> String {
        var out = "Usage:\n"
        for line in synopsis(type) { out += "  \(line)\n" }
        out += "\n" + wrap(type.summary, indent: "")
        if !type.options.isEmpty {
            out += "\nOptions:\n"
            for o in type.options { out += "  \(o.name) \(o.value)\n" + wrap(o.help, indent: "      ") }
        }
        return out + "\n" + exitCodes + "\n"
    }

    /// Lines of at most 100 columns (counting a CJK character as two).
    static func wrap(_ text: String, indent: String) -> String {
        var out = ""
        var line = ""
        var width = 0
        for word in text.split(separator: " ") {
            let w = word.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x2E80 ? 2 : 1) }
            if width > 0, indent.count + width + 1 + w > 100 {
                out += indent + line + "\n"
                line = ""
                width = 0
            }
            if width > 0 {
                line += " "
                width += 1
            }
            line += word
            width += w
        }
        if !line.isEmpty { out += indent + line + "\n" }
        return out
    }
}
