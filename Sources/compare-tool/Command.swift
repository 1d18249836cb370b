import Compare

/// One subcommand, declared: its arguments, its options and what it does. The help text, the
/// option checks and the exit codes are the same for every command because `CommandLineTool`
/// derives them from these declarations.
protocol Command {
    static var name: String { get }
    /// The positional part of each usage line ("DRAFT", "OLD NEW | --reference OLDYEAR NEWYEAR").
    static var arguments: [String] { get }
    static var options: [OptionSpec] { get }
    /// What the command does, for its help; wrapped lines without indentation.
    static var summary: String { get }
    /// The same in Chinese, for the help under `--lang zh`: the offices that use the tool read
    /// Chinese, and read every report and error in it already.
    static var summaryZh: String { get }

    /// Checks the arguments; a mistake is a `UsageError`.
    init(_ arguments: ParsedArguments) throws(UsageError)
    /// Runs the command and returns the exit code; input and output failures are thrown.
    func run(_ environment: Environment) throws -> Int32
}

/// What a command may use of the world beyond its arguments.
struct Environment {
    /// argv[0], to find the taxonomy beside the checkout the tool was built in.
    var executable: String
}

/// The values an option allows, as an enum: a command switches over its cases, so a value the
/// parser accepts but the command forgot to handle cannot compile.
protocol OptionChoice: RawRepresentable, CaseIterable where RawValue == String {}

/// An option taking a value. `choices`, when set, are the only values allowed (the raw values of
/// an `OptionChoice`, for the parser and the help).
struct OptionSpec {
    var name: String
    var value: String
    var choices: [String]? = nil
    var help: String
    /// `help` in Chinese.
    var helpZh: String
    /// Shown in the usage line after the arguments; false when an argument form already names it.
    var listed = true

    /// `--format` with the cases of `Choice`, in their declared order.
    static func format<Choice: OptionChoice>(_: Choice.Type, help: String, _ helpZh: String) -> OptionSpec {
        let choices = Choice.allCases.map(\.rawValue)
        return OptionSpec(name: "--format", value: choices.joined(separator: "|"), choices: choices, help: help, helpZh: helpZh)
    }
    /// `--lang`: the language of a Markdown report.
    static let language = OptionSpec(
        name: "--lang", value: "en|zh", choices: ReportLanguage.allCases.map(\.rawValue),
        help: "the language of the report (Markdown, web page or CSV), of errors and of this help: en (default) or zh (中文)",
        helpZh: "报告（Markdown、网页或 CSV）、错误信息和本帮助的语言：en（英文，默认）或 zh（中文）")
    static let reference = OptionSpec(
        name: "--reference", value: "2021|2018|FILE",
        help: "the national key points of that year, or a text (national points, the plan of the level above) to check against",
        helpZh: "对照的依据：该年度的国家要点，或一份文本（国家要点、上级计划）")
    static let taxonomy = OptionSpec(
        name: "--taxonomy", value: "DIR",
        help: "the taxonomy folder (default: Corpus/taxonomy here, else beside the checkout the tool was built in, else the one built into the tool)",
        helpZh: "国家要点库所在的文件夹（默认使用当前目录下的 Corpus/taxonomy；没有时使用构建本工具时源码目录中的；再没有则使用工具内置的国家要点库）")
}

/// A mistake in how the command was called: exit 64, and a pointer to the help.
struct UsageError: Error {
    var message: String
    /// The same in Chinese, said under `--lang zh`; nil where the English is only names and options.
    var chinese: String?
    /// The subcommand whose help to point at, if any.
    var command: String? = nil

    init(_ message: String, _ chinese: String? = nil, command: String? = nil) {
        self.message = message
        self.chinese = chinese
        self.command = command
    }

    func message(_ language: ReportLanguage) -> String {
        language == .zh ? chinese ?? message : message
    }
}

/// Positional arguments and option values, after the option names were checked.
struct ParsedArguments {
    var positional: [String] = []
    var values: [String: String] = [:]

    subscript(option: String) -> String? { values[option] }

    /// The value of `--format` as the command's own choice; the parser already refused any other
    /// value, so only an absent option gives `fallback`.
    func format<Choice: OptionChoice>(default fallback: Choice) -> Choice {
        values["--format"].flatMap(Choice.init(rawValue:)) ?? fallback
    }

    /// `--lang`, checked against `ReportLanguage` by the parser; English when absent.
    var language: ReportLanguage { values["--lang"].flatMap(ReportLanguage.init(rawValue:)) ?? .en }

    /// `--lang` as the raw arguments give it, before they are parsed (`--lang zh`, `--lang=zh`,
    /// before any `--`): an error in the arguments themselves is said in the language asked for.
    /// A value that is not one but plainly asks for Chinese (`cn`, `zh-CN`, `中文`) has its error
    /// said in Chinese too.
    static func language(_ args: [String]) -> ReportLanguage {
        func asked(_ value: String) -> ReportLanguage? {
            if let l = ReportLanguage(rawValue: value) { return l }
            let v = value.lowercased()
            return v.hasPrefix("zh") || v.hasPrefix("cn") || v.hasPrefix("chi") || value.hasPrefix("中") || value.hasPrefix("汉") ? .zh : nil
        }
        var language = ReportLanguage.en
        var i = 0
        while i < args.count, args[i] != "--" {
            if args[i] == "--lang", i + 1 < args.count, let l = asked(args[i + 1]) { language = l }
            if args[i].hasPrefix("--lang="), let l = asked(String(args[i].dropFirst(7))) { language = l }
            i += 1
        }
        return language
    }
}
