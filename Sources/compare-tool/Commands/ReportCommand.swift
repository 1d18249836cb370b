import Compare
import Foundation

struct ReportCommand: Command {
    static let name = "report"
    static let arguments: [String] = []
    static let options = [
        OptionSpec(name: "--corpus", value: "DIR", help: "the corpus: plans in DIR/local, the taxonomy in DIR/taxonomy (default: Corpus)",
                   helpZh: "计划库：计划在 DIR/local，国家要点库在 DIR/taxonomy（默认：Corpus）"),
        OptionSpec(name: "--out", value: "DIR", help: "where the reports go (default: Reports); replaced whole, only when every file was written",
                   helpZh: "报告写入的文件夹（默认：Reports）；所有文件都写成后才整体替换"),
        OptionSpec(name: "--taxonomy", value: "DIR", help: "the taxonomy folder (default: the corpus's taxonomy/, else the one built into the tool)",
                   helpZh: "国家要点库所在的文件夹（默认使用计划库的 taxonomy/，没有则使用工具内置的）"),
    ]
    static let summary = "Parse every plan in the corpus and write the reports (default: Corpus/, Reports/)."
    static let summaryZh = "读取计划库（默认 Corpus/）中的每一份计划，写出全部报告（默认写入 Reports/）。"

    let arguments: ParsedArguments

    init(_ arguments: ParsedArguments) throws(UsageError) {
        try Self.expectNoFiles(arguments)
        self.arguments = arguments
    }

    func run(_ environment: Environment) throws -> Int32 {
        let corpus = arguments["--corpus"] ?? "Corpus", out = arguments["--out"] ?? "Reports"
        // The default folder missing: the tool was run from elsewhere (a new user's trial).
        if arguments["--corpus"] == nil, !FileManager.default.fileExists(atPath: corpus) {
            throw UsageError("no Corpus folder here: run from the folder that holds it, or name the plans' folder with --corpus DIR (its plans in DIR/local or DIR)", command: Self.name)
        }
        if let folder = PlanFiles.folder(out, amongPlanFolders: [corpus, corpus + "/local"]) {
            throw UsageError("--out \(out) is the corpus's folder \(folder): the reports would be read as plans by the next run. Write them to another folder", command: Self.name)
        }
        let files = try CorpusReport.generate(corpus: corpus, taxonomy: arguments["--taxonomy"], progress: { message in
            printStderr("\(message)\n")
        })
        // All or nothing: the previous folder stays as it was unless every file was written.
        try ReportFolder.replace(out, with: files.map { (name: $0.0, text: $0.1) })
        printStderr("wrote \(files.count) files to \(out)/\n")
        return CommandLineTool.Exit.ok
    }
}
