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
            // The language asked with the tool's help alone (`--lang zh --help`) is about the help,
            // not the main job's options.
            if let first = withoutLanguage(rest).first, ["--help", "-h", "help"].contains(first) {
                let named = first == "help" && withoutLanguage(rest).count > 1 ? command(named: withoutLanguage(rest)[1]) : nil
                try checkLanguage(rest, command: named?.name)
                let rest = withoutLanguage(rest)
                if first == "help", rest.count > 1, let command = command(named: rest[1]) {
                    try emit(help(command, language), terminator: "")
                } else {
                    try emit(usage(language))
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
                try checkLanguage(rest, command: type.name)
                try emit(help(type, language), terminator: "")
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

    /// `args` without `--lang X` and `--lang=X`.
    static func withoutLanguage(_ args: [String]) -> [String] {
        var out: [String] = [], i = 0
        while i < args.count {
            if args[i] == "--lang" { i += 2; continue }
            if !args[i].hasPrefix("--lang=") { out.append(args[i]) }
            i += 1
        }
        return out
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
                throw unknownChoice(name, v, choices, command: type.name)
            }
            parsed.values[name] = value
        }
        return parsed
    }

    static func unknownChoice(_ name: String, _ value: String, _ choices: [String], command: String?) -> UsageError {
        let listed = choices.count == 2 ? choices.joined(separator: " or ")
            : choices.dropLast().joined(separator: ", ") + " or " + (choices.last ?? "")
        return UsageError("unknown \(name.dropFirst(2)) '\(value)' (use \(listed))",
                          "\(name) 不能取“\(value)”（可用：\(choices.joined(separator: "、"))）", command: command)
    }

    /// Help is printed before a command's options are parsed: its `--lang` is checked here, so
    /// that `--help --lang fr` is the usage error `check --lang fr` is, not help in English.
    static func checkLanguage(_ args: [String], command: String?) throws(UsageError) {
        let choices = ReportLanguage.allCases.map(\.rawValue)
        var i = 0
        while i < args.count, args[i] != "--" {
            var value: String?
            if args[i] == "--lang" {
                guard i + 1 < args.count else { throw UsageError("option '--lang' needs a value", "选项“--lang”后面需要一个值", command: command) }
                value = args[i + 1]
                i += 1
            }
            if args[i].hasPrefix("--lang=") { value = String(args[i].dropFirst(7)) }
            if let value, !choices.contains(value) { throw unknownChoice("--lang", value, choices, command: command) }
            i += 1
        }
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

    static let exitCodesZh = """
        退出码：0 成功；1 检查发现缺项或警告；2 有文件无法读取或解析（批量检查时列出该文件，其余照常检查）、
        国家要点库中没有所要的年度，或输出无法写入；64 用法错误。
        """

    /// The whole tool's help; in Chinese under `--lang zh`, where the English one says how to get it.
    static func usage(_ w: ReportLanguage = .en) -> String {
        var out = w("compare-tool: compare 政务公开工作要点 plans.\n\nUsage:\n", "compare-tool：比较政务公开工作要点。\n\n用法：\n")
        for type in commands {
            for line in synopsis(type) { out += "  \(line)\n" }
            out += w == .zh ? wrapChinese(type.summaryZh, indent: "      ") : wrap(type.summary, indent: "      ")
        }
        out += "  compare-tool --help | --version | COMMAND --help\n"
        out += w("      This help in Chinese (中文帮助): compare-tool --help --lang zh\n\n", "      英文帮助：compare-tool --help\n\n")
        return out + w(exitCodes, exitCodesZh)
    }

    static func help(_ type: any Command.Type, _ w: ReportLanguage = .en) -> String {
        var out = w("Usage:\n", "用法：\n")
        for line in synopsis(type) { out += "  \(line)\n" }
        out += "\n" + (w == .zh ? wrapChinese(type.summaryZh, indent: "") : wrap(type.summary, indent: ""))
        if !type.options.isEmpty {
            out += w("\nOptions:\n", "\n选项：\n")
            for o in type.options {
                out += "  \(o.name) \(o.value)\n" + (w == .zh ? wrapChinese(o.helpZh, indent: "      ") : wrap(o.help, indent: "      "))
            }
        }
        return out + "\n" + w(exitCodes, exitCodesZh) + "\n"
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

    /// `wrap` for Chinese, which has no spaces to break at: a line may break before any CJK
    /// character, or at a space, never inside a run of other characters (an option, a path, a
    /// number), and never before a closing mark (，。、；：）》”), which stays at the end of the line
    /// before (the rule every Chinese page keeps).
    static func wrapChinese(_ text: String, indent: String) -> String {
        let closing: Set<Character> = ["，", "。", "、", "；", "：", "？", "！", "）", "》", "”", "’", "」"]
        func isWide(_ c: Character) -> Bool { c.unicodeScalars.first.map { $0.value >= 0x2E80 } ?? false }
        // Tokens: a CJK character alone, or a run of other characters; whether a space stood before.
        var tokens: [(text: String, width: Int, spaced: Bool)] = []
        var run = "", spaced = false
        func endRun() {
            if !run.isEmpty { tokens.append((run, run.count, spaced)); spaced = false }
            run = ""
        }
        for c in text {
            if c == " " || c == "\n" {
                endRun()
                spaced = true
            } else if isWide(c) {
                endRun()
                tokens.append((String(c), 2, spaced))
                spaced = false
            } else {
                run.append(c)
            }
        }
        endRun()
        var out = "", line = "", width = 0
        for t in tokens {
            let gap = t.spaced && width > 0 ? 1 : 0
            if width > 0, indent.count + width + gap + t.width > 100, !(t.width == 2 && closing.contains(Character(t.text))) {
                out += indent + line + "\n"
                (line, width) = ("", 0)
            }
            if t.spaced && width > 0 {
                line += " "
                width += 1
            }
            line += t.text
            width += t.width
        }
        if !line.isEmpty { out += indent + line + "\n" }
        return out
    }
}

extension ReportLanguage {
    /// The help's sentence in this language, as the library's reports choose theirs.
    func callAsFunction(_ en: String, _ zh: String) -> String { self == .zh ? zh : en }
}
