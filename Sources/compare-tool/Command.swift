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

/// An option taking a value. `choices`, when set, are the only values allowed.
struct OptionSpec {
    var name: String
    var value: String
    var choices: [String]? = nil
    var help: String
    /// Shown in the usage line after the arguments; false when an argument form already names it.
    var listed = true

    static func format(_ choices: [String], help: String) -> OptionSpec {
        OptionSpec(name: "--format", value: choices.joined(separator: "|"), choices: choices, help: help)
    }
    static let reference = OptionSpec(
        name: "--reference", value: "2021|2018|FILE",
        help: "the national key points of that year, or a text (national points, the plan of the level above) to check against")
    static let taxonomy = OptionSpec(
        name: "--taxonomy", value: "DIR",
        help: "the taxonomy folder (default: Corpus/taxonomy here, else beside the checkout the tool was built in)")
}

/// A mistake in how the command was called: exit 64, and a pointer to the help.
struct UsageError: Error {
    var message: String
    /// The subcommand whose help to point at, if any.
    var command: String? = nil

    init(_ message: String, command: String? = nil) {
        self.message = message
        self.command = command
    }
}

/// Positional arguments and option values, after the option names were checked.
struct ParsedArguments {
    var positional: [String] = []
    var values: [String: String] = [:]

    subscript(option: String) -> String? { values[option] }

    /// The value of `--format`, or `fallback`.
    func format(default fallback: String) -> String { values["--format"] ?? fallback }
}
