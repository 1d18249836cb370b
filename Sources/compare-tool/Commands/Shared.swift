import Compare

extension Command {
    /// The pipeline for `--reference` and `--taxonomy` as given; a `--reference` that is neither a
    /// year nor a file is a usage error of this command.
    static func pipeline(_ arguments: ParsedArguments, _ environment: Environment) throws(UsageError) -> Pipeline {
        let option: ReferenceOption
        do { option = try ReferenceOption(arguments["--reference"]) } catch {
            throw UsageError(error.message(.en), error.message(.zh), command: name)
        }
        return Pipeline(taxonomy: taxonomySource(arguments, environment), reference: option)
    }

    static func taxonomySource(_ arguments: ParsedArguments, _ environment: Environment) -> TaxonomySource {
        TaxonomyLocation.find(option: arguments["--taxonomy"], executable: environment.executable)
    }

    /// The plans the arguments name (a folder's plan files, by name; a file named twice once), what
    /// the folders hold besides said on stderr. Standard input given twice is a usage mistake: it
    /// gives its text once, and the second was a plan of nothing.
    static func plans(_ arguments: ParsedArguments) throws -> (plans: [String], notRead: [UnreadFile]) {
        if arguments.positional.count(where: { $0 == "-" }) > 1 {
            throw UsageError("- (standard input) is given more than once; it can be read once", "多次指定了 -（标准输入）；标准输入只能读取一次", command: name)
        }
        let given = try PlanFiles.given(arguments.positional)
        for u in given.notRead {
            printStderr(arguments.language == .zh ? "compare-tool: 未读取：\(u.path)：\(u.chineseAdvice)\n" : "compare-tool: not read: \(u.path): \(u.advice)\n")
        }
        return given
    }

    /// Exactly `count` positional arguments, else a usage error saying what the command takes.
    static func expect(_ arguments: ParsedArguments, count: Int, _ message: String, _ chinese: String) throws(UsageError) {
        guard arguments.positional.count == count else {
            let got = arguments.positional.count
            throw UsageError("\(message) (got \(got))", "\(chinese)（实际指定了 \(got) 个）", command: name)
        }
    }

    /// No positional arguments: a stray file name is a mistake worth naming, not something to ignore.
    static func expectNoFiles(_ arguments: ParsedArguments) throws(UsageError) {
        if let extra = arguments.positional.first {
            throw UsageError("\(name) takes no FILE arguments (got '\(extra)')", "\(name) 不接受文件参数（指定了“\(extra)”）", command: name)
        }
    }
}
