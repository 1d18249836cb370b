import Compare
import Foundation

struct CheckCommand: Command {
    static let name = "check"
    static let arguments = ["DRAFT...|DIR"]
    static let options = [
        OptionSpec.reference, .taxonomy, .format(Format.self, help: "markdown (default), json, or html (one self-contained page)", "markdown（默认）、json 或 html（一个独立的网页）"), .language,
        OptionSpec(name: "--out", value: "DIR", help: "several plans: one report a plan, and README.md (the summary; index.html too for web pages), written to DIR; replaced whole, only when every file was written",
                   helpZh: "多份计划时：每份计划一个报告，另有 README.md（汇总表；网页格式另有 index.html），写入 DIR；所有文件都写成后才整体替换该文件夹"),
    ]
    static let summary = """
        Check a draft (text, a Word .docx or a web page; - reads standard input) against the national requirements: coverage of every section and requirement, and each \
        divergence (list omissions, deadlines, weakened wording, typos, missing units). Several drafts, or a folder of them, are checked at once on every core: \
        a summary table first (most in need of work first), then each plan's check, or one file each with --out (and index.html for web \
        pages); a plan that cannot be read is named under the summary and the others are checked; a plan whose upper-level \
        plan of the same year is among them (found from the numbers and titles it cites, its issuer, its province) is checked against it too. \
        Exits 0 when nothing needs fixing, 1 when any plan has gaps or warnings, 2 when a plan could not be read.
        """
    static let summaryZh = """
        对照国家要求检查草案（文本文件、Word .docx 或网页；- 表示从标准输入读取）：国家要点每一部分、每项要求的覆盖情况，\
        以及每处差异（列举事项遗漏、时限变化、措辞弱化、错别字、缺少责任单位）。多份草案或一个文件夹会并行检查：\
        先列汇总表（需要处理最多的排在前面），再列每份计划的检查结果，或用 --out 每份各写一个文件（网页格式另有 index.html）；\
        无法读取的文件列在汇总表下方，其余照常检查；同年度的上级计划也在其中时（依据所引用的文号和标题、发文机关、\
        所属省份认定），还会对照上级计划检查。退出码：无需修改为 0，有计划存在缺项或警告为 1，有计划无法读取为 2。
        """

    typealias Format = BatchCheck.Format

    let arguments: ParsedArguments

    init(_ arguments: ParsedArguments) throws(UsageError) {
        guard !arguments.positional.isEmpty else { throw UsageError("check needs a DRAFT, several, or a folder of them", "check 需要一份草案、多份草案或存放草案的文件夹", command: Self.name) }
        self.arguments = arguments
    }

    func run(_ environment: Environment) throws -> Int32 {
        let pipeline = try Self.pipeline(arguments, environment)
        if let out = arguments["--out"], let folder = PlanFiles.folder(out, amongPlanFolders: PlanFiles.foldersOf(arguments.positional)) {
            throw UsageError("--out \(out) is the folder of plans \(folder): the reports would be read as plans by the next check. Write them to another folder",
                             "--out \(out) 是计划所在的文件夹 \(folder)：下次检查时报告会被当作计划读取。请写到其他文件夹。", command: Self.name)
        }
        let (paths, notRead) = try Self.plans(arguments)
        let format = arguments.format(default: Format.markdown)
        // One file, named as such (once, or twice as ./a.txt and a.txt), not a folder: the report
        // alone, as it always was.
        if paths.count == 1, arguments["--out"] == nil, !arguments.positional.contains(where: PlanFiles.isFolder) {
            let (report, checked) = try BatchCheck.one(pipeline, path: paths[0], format: format, language: arguments.language)
            try emit(report, terminator: "")
            return checked.result.isClean ? CommandLineTool.Exit.ok : CommandLineTool.Exit.findings
        }
        if format == .html, arguments["--out"] == nil {
            throw UsageError("html for several plans needs --out DIR (one page a plan)", "多份计划输出 html 时需要 --out DIR（每份计划一个网页）。", command: Self.name)
        }
        let zh = arguments.language == .zh
        let outcome = try BatchCheck.run(pipeline, paths: paths, format: format, language: arguments.language, out: arguments["--out"], notRead: notRead) {
            try emit($0, terminator: "")
        }
        // The plans passed over, as a plan named alone says its error: exit 2, as a file that cannot be read.
        for p in outcome.notChecked { printStderr(CommandLineTool.errorLine(english: p.english, chinese: p.chinese, arguments.language)) }
        if let out = arguments["--out"], let files = outcome.filesWritten {
            printStderr(zh ? "已将 \(files) 个文件写入 \(out)/\n" : "wrote \(files) files to \(out)/\n")
        }
        if !outcome.notChecked.isEmpty { return CommandLineTool.Exit.input }
        return outcome.anyNeedsAttention ? CommandLineTool.Exit.findings : CommandLineTool.Exit.ok
    }
}

extension BatchCheck.Format: OptionChoice {}
