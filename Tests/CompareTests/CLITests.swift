import Foundation
import XCTest

/// End-to-end: runs the built `compare-tool` executable and checks exit codes, stdout and stderr.
final class CLITests: XCTestCase {
    struct Run {
        var status: Int32
        var stdout: Data
        var stderr: Data
        var out: String { String(decoding: stdout, as: UTF8.self) }
        var err: String { String(decoding: stderr, as: UTF8.self) }
        /// stderr split into lines, without the empty piece after the final newline.
        var errLines: [Substring] {
            var lines = err.split(separator: "\n", omittingEmptySubsequences: false)
            if lines.last == "" { lines.removeLast() }
            return lines
        }
    }

    private var tmp: URL!

    override func setUpWithError() throws {
        tmp = FileManager.default.temporaryDirectory.appendingPathComponent("compare-tool-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        if let tmp { try? FileManager.default.removeItem(at: tmp) }
    }

    // MARK: - Helpers

    /// The folder holding Package.swift, found from this file's path.
    private func packageRoot(file: StaticString = #filePath, line: UInt = #line) throws -> URL {
        var dir = URL(fileURLWithPath: "\(#filePath)").deletingLastPathComponent()
        while dir.path != "/" {
            if FileManager.default.fileExists(atPath: dir.appendingPathComponent("Package.swift").path) { return dir }
            dir.deleteLastPathComponent()
        }
        XCTFail("no Package.swift above \(#filePath)", file: file, line: line)
        throw CocoaError(.fileNoSuchFile)
    }

    /// The `compare-tool` executable built next to the test bundle.
    private func executable(file: StaticString = #filePath, line: UInt = #line) throws -> URL {
        var folders: [URL] = [
            Bundle.main.bundleURL,
            Bundle.main.bundleURL.deletingLastPathComponent(),
            Bundle(for: CLITests.self).bundleURL.deletingLastPathComponent(),
            Bundle(for: CLITests.self).bundleURL,
        ]
        if let exe = Bundle.main.executableURL { folders.append(exe.deletingLastPathComponent()) }
        if let arg0 = CommandLine.arguments.first {
            let url = URL(fileURLWithPath: arg0)
            folders.append(url.deletingLastPathComponent())
            // macOS: …/debug/X.xctest/Contents/MacOS/X → …/debug
            folders.append(url.deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().deletingLastPathComponent())
        }
        for folder in folders {
            let candidate = folder.appendingPathComponent("compare-tool")
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue,
               FileManager.default.isExecutableFile(atPath: candidate.path) {
                return candidate
            }
        }
        let looked = folders.map(\.path).joined(separator: ", ")
        XCTFail("compare-tool executable not found next to the test bundle (looked in: \(looked)); build it with `swift build` or run `swift test`", file: file, line: line)
        throw CocoaError(.fileNoSuchFile)
    }

    /// Runs compare-tool with `arguments` in `directory` (the temporary folder by default).
    /// Output goes to files, so a large stdout cannot fill a pipe and block the child.
    private func run(_ arguments: [String], in directory: URL? = nil, stdout: String? = nil, stdin: URL? = nil, tool: URL? = nil, environment: [String: String] = [:], file: StaticString = #filePath, line: UInt = #line) throws -> Run {
        let tool = try tool ?? executable(file: file, line: line)
        let id = UUID().uuidString
        let outURL = tmp.appendingPathComponent(".stdout-\(id)")
        let errURL = tmp.appendingPathComponent(".stderr-\(id)")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let outHandle = try FileHandle(forWritingTo: outURL)
        let errHandle = try FileHandle(forWritingTo: errURL)
        let process = Process()
        process.executableURL = tool
        process.arguments = arguments
        if !environment.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        process.currentDirectoryURL = directory ?? tmp
        if let stdout, let handle = FileHandle(forWritingAtPath: stdout) { process.standardOutput = handle } else { process.standardOutput = outHandle }
        process.standardError = errHandle
        process.standardInput = try stdin.map { try FileHandle(forReadingFrom: $0) } ?? FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try outHandle.close()
        try errHandle.close()
        let result = Run(status: process.terminationStatus,
                         stdout: try Data(contentsOf: outURL),
                         stderr: try Data(contentsOf: errURL))
        try? FileManager.default.removeItem(at: outURL)
        try? FileManager.default.removeItem(at: errURL)
        return result
    }

    @discardableResult
    private func write(_ name: String, _ bytes: [UInt8]) throws -> URL {
        let url = tmp.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url
    }

    private func write(_ name: String, text: String) throws {
        try write(name, Array(text.utf8))
    }

    private var corpusPlan: String {
        get throws { try packageRoot().appendingPathComponent("Corpus/local/2021-xinjiang-tulufan-gaochang-draft.txt").path }
    }

    /// Exit 2, stdout empty, stderr one line naming `name`, saying what is wrong (`what`) and what to do (`todo`).
    private func assertInputFailure(
        _ r: Run, naming name: String, what: String, todo: String,
        file: StaticString = #filePath, line: UInt = #line
    ) {
        XCTAssertEqual(r.status, 2, "stderr: \(r.err)", file: file, line: line)
        XCTAssertEqual(r.out, "", file: file, line: line)
        XCTAssertEqual(r.errLines.count, 1, "stderr should be exactly one line: \(r.err)", file: file, line: line)
        XCTAssertTrue(r.err.hasSuffix("\n"), file: file, line: line)
        let message = String(r.errLines.first ?? "")
        XCTAssertTrue(message.hasPrefix("compare-tool: error: \(name):"), message, file: file, line: line)
        XCTAssertTrue(message.contains(what), "should say what is wrong (\(what)): \(message)", file: file, line: line)
        XCTAssertTrue(message.contains(todo), "should say what to do (\(todo)): \(message)", file: file, line: line)
    }

    private func assertUsageError(_ r: Run, mentioning: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(r.status, 64, "stderr: \(r.err)", file: file, line: line)
        XCTAssertEqual(r.out, "", file: file, line: line)
        XCTAssertTrue(r.err.hasPrefix("compare-tool: error: "), r.err, file: file, line: line)
        XCTAssertTrue(r.err.contains(mentioning), "stderr should mention \(mentioning): \(r.err)", file: file, line: line)
        // The pointer names the subcommand's own help when the mistake is in a subcommand's arguments.
        let last = r.err.trimmingCharacters(in: .newlines).components(separatedBy: "\n").last ?? ""
        XCTAssertTrue(last.hasPrefix("See 'compare-tool ") && last.hasSuffix("--help'."), r.err, file: file, line: line)
    }

    // MARK: - Bad input files

    func testEmptyFile() throws {
        try write("EMPTY.txt", [])
        let r = try run(["parse", "EMPTY.txt"])
        assertInputFailure(r, naming: "EMPTY.txt", what: "the file is empty", todo: "Pass the plan itself")
    }

    func testBinaryFile() throws {
        try write("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52])
        let r = try run(["parse", "image.txt"])
        assertInputFailure(r, naming: "image.txt", what: "binary file", todo: "Convert it to plain text")
    }

    /// Under `--lang zh` (either spelling), what stops a run is said in Chinese, with the file it
    /// names and the same exit code; a `--lang` after `--` is a file's name and changes nothing.
    func testErrorsAreSaidInChineseUnderLangZh() throws {
        try write("EMPTY.txt", [])
        for lang in [["--lang", "zh"], ["--lang=zh"]] {
            for command in ["parse", "check"] {
                let r = try run([command, "EMPTY.txt"] + lang)
                XCTAssertEqual(r.status, 2, r.err)
                XCTAssertEqual(r.errLines, ["compare-tool: 错误：EMPTY.txt：文件是空的。请指定计划本身：其文本、Word 文件（.docx）或网页。"])
                let missing = try run([command, "nowhere.txt"] + lang)
                XCTAssertEqual(missing.status, 2)
                XCTAssertEqual(missing.errLines, ["compare-tool: 错误：nowhere.txt：找不到该文件。请检查路径，或在存放该文件的文件夹中运行。"])
            }
            let usage = try run(["check", "EMPTY.txt", "--format", "pdf"] + lang)
            XCTAssertEqual(usage.status, 64)
            XCTAssertEqual(usage.errLines, ["compare-tool: 错误：--format 不能取“pdf”（可用：markdown、json、html）。", "用法见“compare-tool check --help”。"])
            let year = try run(["check", "EMPTY.txt", "--reference", "20x1"] + lang)
            XCTAssertEqual(year.status, 64)
            XCTAssertTrue(year.err.hasPrefix("compare-tool: 错误：--reference 需要国家要点库中的年份"), year.err)
        }
        // A value that is none but asks for Chinese: its error in Chinese; standard input so named.
        for value in ["cn", "zh-CN", "中文"] {
            let wrong = try run(["check", "EMPTY.txt", "--lang", value])
            XCTAssertEqual(wrong.status, 64)
            XCTAssertEqual(wrong.errLines.first, "compare-tool: 错误：--lang 不能取“\(value)”（可用：en、zh）。")
        }
        XCTAssertEqual(try run(["check", "-", "--lang", "zh"], stdin: tmp.appendingPathComponent("EMPTY.txt")).errLines,
                       ["compare-tool: 错误：（标准输入）：文件是空的。请指定计划本身：其文本、Word 文件（.docx）或网页。"])
        let english = try run(["check", "EMPTY.txt", "--lang", "en"])
        assertInputFailure(english, naming: "EMPTY.txt", what: "the file is empty", todo: "Pass the plan itself")
        let afterDashes = try run(["check", "nowhere.txt", "--", "--lang", "zh"])
        XCTAssertEqual(afterDashes.status, 2)
        XCTAssertTrue(afterDashes.err.hasPrefix("compare-tool: error: none of the 3 files given could be checked as a plan:\n  nowhere.txt: no such file"), afterDashes.err)
    }

    /// A folder's files not read, and what was written, said in Chinese under `--lang zh`.
    func testABatchSaysWhatItDidNotReadInChinese() throws {
        let folder = tmp.appendingPathComponent("plans")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: try corpusPlan, toPath: folder.appendingPathComponent("a.txt").path)
        try Data("%PDF-1.4".utf8).write(to: folder.appendingPathComponent("b.pdf"))
        let r = try run(["check", "plans", "--lang", "zh", "--out", "out"])
        XCTAssertEqual(r.status, 1, r.err)
        XCTAssertEqual(r.errLines, ["compare-tool: 未读取：plans/b.pdf：PDF 文件，本工具不能读取，另存为 Word 文档（.docx）或纯文本（.txt）后重新运行即可纳入",
                                    "已将 2 个文件写入 out/"])
    }

    /// `compare DIR` compares the folder's plans, as its files named one by one; a file named twice
    /// (`DIR` and `DIR/a.txt`, `./a.txt` and `a.txt`) is checked and compared once; standard input
    /// named twice is a usage mistake, not a second plan of nothing.
    /// Two folders each holding a 方案.txt (two counties' submissions): the summary's file column and
    /// the JSON entries give their paths as given, so that the two can be told apart; a file whose
    /// name no other shares keeps its name alone.
    func testTwoFilesOfOneNameAreToldApartByTheirPaths() throws {
        let plans = ["a": "2021-xinjiang-tulufan-gaochang-draft.txt", "b": "2018-xinjiang-wulumuqi.txt"]
        for (folder, plan) in plans {
            try FileManager.default.createDirectory(at: tmp.appendingPathComponent(folder), withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: try packageRoot().appendingPathComponent("Corpus/local/\(plan)").path,
                                             toPath: tmp.appendingPathComponent("\(folder)/方案.txt").path)
        }
        try FileManager.default.copyItem(atPath: try packageRoot().appendingPathComponent("Corpus/local/2021-guangdong-zhuhai-gaoxinqu.txt").path,
                                         toPath: tmp.appendingPathComponent("c.txt").path)
        let given = ["a", "./b/", "c.txt"]
        // The summary's cells under "file" (the summary ends where the first plan's check begins).
        func fileCells(_ text: String) -> [String] {
            (text.components(separatedBy: "\n---\n").first ?? "").split(separator: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| plan") && !$0.hasPrefix("| 计划") }
                .map { String($0.split(separator: "|")[1].trimmingCharacters(in: .whitespaces)) }.sorted()
        }
        let expected = ["./b/方案.txt", "a/方案.txt", "c.txt"]
        for language in ["en", "zh"] {
            let r = try run(["check"] + given + ["--lang", language])
            XCTAssertEqual(r.status, 1, r.err)
            XCTAssertEqual(fileCells(r.out), expected, r.out)
            let out = "out-\(language)"
            XCTAssertEqual(try run(["check"] + given + ["--lang", language, "--out", out]).status, 1)
            XCTAssertEqual(fileCells(try String(contentsOf: tmp.appendingPathComponent("\(out)/README.md"), encoding: .utf8)), expected)
        }
        XCTAssertEqual(try run(["check"] + given + ["--format", "html", "--out", "pages"]).status, 1)
        let page = try String(contentsOf: tmp.appendingPathComponent("pages/index.html"), encoding: .utf8)
        for path in expected { XCTAssertTrue(page.contains("<td>\(path)</td>"), path) }
        let json = try run(["check"] + given + ["--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any]
        let entries = (object?["plans"] as? [[String: Any]]) ?? []
        XCTAssertEqual(entries.compactMap { $0["path"] as? String }.sorted(), ["./b/方案.txt", "a/方案.txt", "c.txt"])
        XCTAssertEqual(entries.compactMap { $0["file"] as? String }.sorted(), ["c.txt", "方案.txt", "方案.txt"])
    }

    func testAFolderComparedAndAFileNamedTwiceReadOnce() throws {
        let folder = tmp.appendingPathComponent("plans")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let names = ["2021-xinjiang-tulufan-gaochang-draft.txt", "2021-guangdong-zhuhai-gaoxinqu.txt"]
        for name in names {
            try FileManager.default.copyItem(atPath: try packageRoot().appendingPathComponent("Corpus/local/\(name)").path, toPath: folder.appendingPathComponent(name).path)
        }
        let byFiles = try run(["compare"] + names.sorted().map { "plans/\($0)" })
        XCTAssertEqual(byFiles.status, 0, byFiles.err)
        for given in [["plans"], ["plans", "plans/\(names[0])"], ["plans/", "./plans/../plans/\(names[1])"], ["plans"] + names.sorted().map { "./plans/\($0)" }] {
            let r = try run(["compare"] + given)
            XCTAssertEqual(r.status, 0, r.err)
            XCTAssertEqual(r.out, byFiles.out, "\(given)")
        }
        let once = try run(["check", "plans", "--out", "once"])
        let twice = try run(["check", "plans", "plans/\(names[1])", "./plans/\(names[0])", "--out", "twice"])
        XCTAssertEqual(twice.status, once.status, twice.err)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: tmp.appendingPathComponent("twice").path).sorted(),
                       try FileManager.default.contentsOfDirectory(atPath: tmp.appendingPathComponent("once").path).sorted())
        // One file named twice is one file named: its report alone.
        let alone = try run(["check", "plans/\(names[0])"])
        let twiceNamed = try run(["check", "plans/\(names[0])", "./plans/\(names[0])"])
        XCTAssertEqual(twiceNamed.status, alone.status)
        XCTAssertEqual(twiceNamed.out, alone.out)
        XCTAssertTrue(alone.out.hasPrefix("# Plan check: "), String(alone.out.prefix(80)))
        // The same pages, the same bytes.
        for name in try FileManager.default.contentsOfDirectory(atPath: tmp.appendingPathComponent("once").path) where !name.hasPrefix(".") {
            XCTAssertEqual(try Data(contentsOf: tmp.appendingPathComponent("twice/" + name)), try Data(contentsOf: tmp.appendingPathComponent("once/" + name)), name)
        }
        // A folder named with a trailing slash: its plans' paths with one slash.
        try write("plans/c.txt", text: "关于报送工作要点的函\n\n现将我区工作要点报送如下。\n")
        let slash = try run(["check", "plans/"])
        XCTAssertEqual(slash.errLines, ["compare-tool: error: plans/c.txt: no plan structure found (no numbered parts, sections or items such as 一、 （一） 1.). Check that this is a 政务公开工作要点 plan, not another document."])
        // Standard input not checked is named in words, once.
        let empty = tmp.appendingPathComponent("empty-stdin")
        XCTAssertTrue(FileManager.default.createFile(atPath: empty.path, contents: Data()))
        let stdinEmpty = try run(["check", "-", "plans/\(names[0])"], stdin: empty)
        XCTAssertEqual(stdinEmpty.status, 2)
        XCTAssertEqual(stdinEmpty.errLines.last, "compare-tool: error: (standard input): the file is empty. Pass the plan itself: its text, its Word file (.docx) or its web page.")
        XCTAssertTrue(stdinEmpty.out.contains("\n- (standard input): the file is empty."), stdinEmpty.out)
        for command in ["check", "compare"] {
            let stdin = try run([command, "-", "-"], stdin: URL(fileURLWithPath: try corpusPlan))
            XCTAssertEqual(stdin.status, 64, stdin.err)
            XCTAssertTrue(stdin.err.hasPrefix("compare-tool: error: - (standard input) is given more than once"), stdin.err)
        }
    }

    /// A cover letter among a folder's plans is named (stderr, the summary, JSON's `not_checked`)
    /// and the plans are checked: exit 2, as for a file that cannot be read.
    func testACoverLetterAmongThePlansIsNamedAndThePlansChecked() throws {
        let folder = tmp.appendingPathComponent("plans")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: try corpusPlan, toPath: folder.appendingPathComponent("a.txt").path)
        try write("plans/b.txt", text: "关于报送工作要点的函\n\n现将我区工作要点报送如下。\n")
        let r = try run(["check", "plans"])
        XCTAssertEqual(r.status, 2, r.err)
        XCTAssertEqual(r.errLines, ["compare-tool: error: plans/b.txt: no plan structure found (no numbered parts, sections or items such as 一、 （一） 1.). Check that this is a 政务公开工作要点 plan, not another document."])
        XCTAssertTrue(r.out.hasPrefix("# Plan checks: 1 plan"), r.out)
        XCTAssertTrue(r.out.contains("**Not checked**: 1 file given could not be read as a plan, in none of the counts above.\n\n- plans/b.txt: no plan structure found"), r.out)
        let json = try run(["check", "plans", "--format", "json"])
        XCTAssertEqual(json.status, 2)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: json.stdout) as? [String: Any])
        let notChecked = try XCTUnwrap(object["not_checked"] as? [[String: String]])
        XCTAssertEqual(notChecked.map { $0["file"] }, ["plans/b.txt"])
        XCTAssertTrue(notChecked[0]["error"]?.hasPrefix("plans/b.txt: no plan structure found") == true)
        XCTAssertEqual((object["plans"] as? [Any])?.count, 1)
    }

    /// A binary copied out of the checkout, run from a folder with no taxonomy, checks a draft
    /// with the taxonomy built into it, and reads the draft from standard input as `-`.
    func testACopiedBinaryWorksAnywhereAndReadsStandardInput() throws {
        let copy = tmp.appendingPathComponent("bin/compare-tool")
        try FileManager.default.createDirectory(at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: try executable(), to: copy)
        let draft = try corpusPlan
        let fromCheckout = try run(["check", draft])
        let copied = try run(["check", draft], tool: copy)
        XCTAssertEqual(copied.status, fromCheckout.status, copied.err)
        XCTAssertEqual(copied.out, fromCheckout.out, "the built-in taxonomy checks as Corpus/taxonomy does")
        let piped = try run(["check", "-"], stdin: URL(fileURLWithPath: draft), tool: copy)
        XCTAssertEqual(piped.status, fromCheckout.status, piped.err)
        let name = URL(fileURLWithPath: draft).lastPathComponent
        // The one difference is the name: the caution given to a plan the wording was drawn from
        // knows it by its place and year on standard input too.
        let expected = fromCheckout.out.replacingOccurrences(of: name, with: "stdin")
        XCTAssertTrue(expected.contains("**Caution**: this plan is one of those"))
        XCTAssertEqual(piped.out, expected)
        let missing = try run(["check", draft, "--taxonomy", "nowhere"], tool: copy)
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.err.contains("nowhere: no taxonomy folder here"), missing.err)
    }

    /// The advice of a missing taxonomy (pass --taxonomy) holds for every command that uses one.
    /// A plan read from standard input is 标准输入 in a Chinese report, where its English name is
    /// "stdin": the report otherwise the file's, byte for byte, in every format and in a batch.
    func testAPlanOnStandardInputIsNamedInChinese() throws {
        let draft = try corpusPlan
        let name = URL(fileURLWithPath: draft).lastPathComponent
        for format in ["markdown", "html", "json"] {
            let fromFile = try run(["check", draft, "--lang", "zh", "--format", format])
            let piped = try run(["check", "-", "--lang", "zh", "--format", format], stdin: URL(fileURLWithPath: draft))
            XCTAssertEqual(piped.status, fromFile.status, piped.err)
            // JSON is read by programs: it keeps the name as the English report gives it.
            XCTAssertEqual(piped.out, fromFile.out.replacingOccurrences(of: name, with: format == "json" ? "stdin" : "标准输入"), format)
            XCTAssertEqual(piped.out.contains("stdin"), format == "json", format)
        }
        let other = try packageRoot().appendingPathComponent("Corpus/local/2018-xinjiang-wulumuqi.txt").path
        let batch = try run(["check", "-", other, "--lang", "zh"], stdin: URL(fileURLWithPath: draft))
        let rows = batch.out.split(separator: "\n").filter { $0.hasPrefix("| ") && $0.contains(" 2021 |") }
        XCTAssertEqual(rows.count, 1, batch.out)
        XCTAssertTrue(rows.first?.contains("| 标准输入 |") ?? false, batch.out)
        XCTAssertFalse(batch.out.contains("stdin"), batch.out)
    }

    func testTheMainJobTakesTheTaxonomyOptionItsErrorAdvises() throws {
        let r = try run(["report", "--corpus", try packageRoot().appendingPathComponent("Corpus").path, "--out", tmp.appendingPathComponent("out").path, "--taxonomy", "missing"])
        XCTAssertEqual(r.status, 2, r.err)
        XCTAssertTrue(r.err.contains("missing: no taxonomy folder here. Pass --taxonomy"), r.err)
        XCTAssertFalse(FileManager.default.fileExists(atPath: tmp.appendingPathComponent("out").path))
    }

    /// A path whose last name is one ideograph after a doubled slash ("dir//中"), as a plan to
    /// check and as the corpus of the main job: Foundation's last path component trapped on it.
    func testAPathWithADoubledSlashBeforeAnIdeographIsRead() throws {
        let corpus = try packageRoot().appendingPathComponent("Corpus")
        let folder = tmp.appendingPathComponent("中")
        try FileManager.default.copyItem(at: corpus, to: folder)
        let plan = folder.appendingPathComponent("local").appendingPathComponent(try FileManager.default.contentsOfDirectory(atPath: corpus.appendingPathComponent("local").path).sorted()[0])
        let single = tmp.appendingPathComponent("计")
        try FileManager.default.copyItem(at: plan, to: single)
        let checked = try run(["check", tmp.path + "//计", "--taxonomy", folder.appendingPathComponent("taxonomy").path])
        XCTAssertEqual(checked.status, 1, checked.err)
        XCTAssertTrue(checked.out.hasPrefix("# Plan check: 计"), String(checked.out.prefix(80)))
        let out = tmp.appendingPathComponent("out")
        let report = try run(["report", "--corpus", tmp.path + "//中", "--out", out.path])
        XCTAssertEqual(report.status, 0, report.err)
        let readme = try String(contentsOf: out.appendingPathComponent("README.md"), encoding: .utf8)
        XCTAssertTrue(readme.contains("from `中/`"), String(readme.prefix(200)))
    }

    /// A NUL after a list member in a taxonomy folder (a check searched for the member with it, and
    /// Foundation's search trapped): refused when read, with the file and the line, exit 2.
    func testATaxonomyWithANulIsRefusedNotCrashedOn() throws {
        let root = try packageRoot()
        let folder = tmp.appendingPathComponent("taxonomy")
        try FileManager.default.copyItem(at: root.appendingPathComponent("Corpus/taxonomy"), to: folder)
        let file = folder.appendingPathComponent("2021.txt")
        var lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
        let k = try XCTUnwrap(lines.firstIndex { $0.trimmingCharacters(in: .whitespaces).hasPrefix("list ") && $0.contains("、") })
        lines[k] = lines[k].replacingOccurrences(of: "、", with: "\u{0}、")
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        let r = try run(["check", try corpusPlan, "--taxonomy", folder.path])
        XCTAssertEqual(r.status, 2, r.err)
        XCTAssertTrue(r.err.contains("\(file.path):\(k + 1): holds the control character U+0000"), r.err)
        XCTAssertTrue(r.out.isEmpty)
    }

    /// A plan with a byte-order mark and a NUL after an attachment's title (the title is searched
    /// for in the lines after it, and Foundation's search trapped on the NUL): refused as binary.
    func testABOMPlanWithANulIsRefusedAsBinary() throws {
        let text = "某县2021年政务公开工作要点\n一、推进决策公开\n1.做好政策解读工作。\n附件：某县政务公开任务台账说明\u{0}\n二、其他\n2.见某县政务公开任务台账说明\n"
        _ = try write("bom-nul.txt", [0xEF, 0xBB, 0xBF] + Array(text.utf8))
        let r = try run(["check", "bom-nul.txt"])
        XCTAssertEqual(r.status, 2, r.err)
        XCTAssertTrue(r.err.contains("bom-nul.txt"), r.err)
    }

    func testPDFAndOldWordFilesSayWhatToSaveThemAs() throws {
        try write("plan.pdf", Array("%PDF-1.4\n%\u{E2}\u{E3}".utf8))
        assertInputFailure(try run(["check", "plan.pdf"]), naming: "plan.pdf", what: "this is a PDF", todo: "save it as a Word document (.docx)")
        try write("plan.doc", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0])
        assertInputFailure(try run(["parse", "plan.doc"]), naming: "plan.doc", what: "Word 97–2003 (.doc)", todo: "save it as a Word document (.docx)")
    }

    /// A draft as a Word file is checked as its text is: the same report, whatever its name.
    func testAWordDraftIsCheckedAsItsText() throws {
        let text = try String(contentsOfFile: try corpusPlan, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let body = lines.map { line in
            line.contains("\t") ? DocxBuilder.table([line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)]) : DocxBuilder.paragraph(line)
        }
        try write("draft.docx", DocxBuilder.docx(body: body))
        try write("draft.txt", text: text)
        let word = try run(["check", "draft.docx"])
        let plain = try run(["check", "draft.txt"])
        XCTAssertEqual(word.status, plain.status)
        XCTAssertEqual(word.out.replacingOccurrences(of: "draft.docx", with: "draft.txt"), plain.out)
        XCTAssertTrue(word.out.contains("## Summary"), word.out)
    }

    func testTextWithoutPlanStructure() throws {
        try write("prose.txt", text: String(repeating: "这是一段普通的文字，没有任何编号。\n", count: 8))
        let r = try run(["parse", "prose.txt"])
        assertInputFailure(r, naming: "prose.txt", what: "no plan structure found", todo: "Check that this is")
    }

    func testMissingFile() throws {
        let r = try run(["parse", "missing.txt"])
        assertInputFailure(r, naming: "missing.txt", what: "no such file", todo: "Check the path")
    }

    func testUndecodableFile() throws {
        try write("bad.txt", [0x81, 0x20, 0xFF, 0x0A])
        let r = try run(["parse", "bad.txt"])
        assertInputFailure(r, naming: "bad.txt:1", what: "neither UTF-8, UTF-16 nor GB18030", todo: "Save the file again as UTF-8")
    }

    func testFolderIsUnreadable() throws {
        try FileManager.default.createDirectory(at: tmp.appendingPathComponent("plans"), withIntermediateDirectories: true)
        let r = try run(["parse", "plans"])
        assertInputFailure(r, naming: "plans", what: "it is a folder", todo: "Check that it is a file")
    }

    func testOneBadFileDoesNotStopABatch() throws {
        try write("EMPTY.txt", [])
        let good = try corpusPlan
        let r = try run(["parse", "EMPTY.txt", good])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.out.hasPrefix("# 2021-xinjiang-tulufan-gaochang-draft.txt\n"), String(r.out.prefix(200)))
        XCTAssertTrue(r.out.contains("做好各类规划主动公开"))
        XCTAssertEqual(r.errLines.count, 1, r.err)
        XCTAssertTrue(r.err.hasPrefix("compare-tool: error: EMPTY.txt: the file is empty."), r.err)

        // The good file's output is the same as when it is parsed alone.
        let alone = try run(["parse", good])
        XCTAssertEqual(alone.status, 0)
        XCTAssertEqual(r.stdout, alone.stdout)
    }

    func testBadFileAfterGoodFileInJSON() throws {
        let good = try corpusPlan
        let r = try run(["parse", good, "missing.txt", "--format", "json"])
        XCTAssertEqual(r.status, 2)
        XCTAssertEqual(r.errLines.count, 1, r.err)
        XCTAssertTrue(r.err.hasPrefix("compare-tool: error: missing.txt: no such file."), r.err)
        let json = try JSONSerialization.jsonObject(with: r.stdout)
        let array = try XCTUnwrap(json as? [Any], "two files give an array, holding the one that parsed")
        XCTAssertEqual(array.count, 1)
        XCTAssertEqual((array.first as? [String: Any])?["plan"] as? String, "2021-xinjiang-tulufan-gaochang-draft.txt")
    }

    // MARK: - Usage errors

    func testUnknownCommand() throws {
        assertUsageError(try run(["frobnicate"]), mentioning: "unknown command 'frobnicate'")
    }

    func testUnknownOption() throws {
        try write("EMPTY.txt", [])
        assertUsageError(try run(["parse", "EMPTY.txt", "--colour", "red"]), mentioning: "unknown option '--colour'")
        assertUsageError(try run(["--bogus"]), mentioning: "unknown option '--bogus'")
        // The main job run where there is no Corpus folder says where to run it, or what to pass.
        assertUsageError(try run([]), mentioning: "no Corpus folder here")
        // A short option is none of this tool's, not a file named "-o" (a new user's trial).
        for short in ["-o", "-x", "-out"] {
            assertUsageError(try run(["check", short, "x"]), mentioning: "unknown option '\(short)'")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: tmp.appendingPathComponent("Reports").path),
                       "a usage error must not write reports")
    }

    func testUnknownFormat() throws {
        assertUsageError(try run(["parse", try corpusPlan, "--format", "xml"]), mentioning: "unknown format 'xml'")
        assertUsageError(try run(["parse", try corpusPlan, "--format=xml"]), mentioning: "unknown format 'xml'")
    }

    func testOptionWithoutValue() throws {
        assertUsageError(try run(["parse", try corpusPlan, "--format"]), mentioning: "option '--format' needs a value")
    }

    func testParseWithoutFile() throws {
        assertUsageError(try run(["parse"]), mentioning: "parse needs at least one FILE")
        assertUsageError(try run(["parse", "--format", "json"]), mentioning: "parse needs at least one FILE")
    }

    // MARK: - Help

    func testHelp() throws {
        let r = try run(["--help"])
        XCTAssertEqual(r.status, 0)
        XCTAssertEqual(r.err, "")
        XCTAssertTrue(r.out.hasPrefix("compare-tool: "), r.out)
        XCTAssertTrue(r.out.contains("Usage:"))
        XCTAssertTrue(r.out.contains("compare-tool parse FILE... [--format tree|json|markdown]"))
        XCTAssertTrue(r.out.contains("Exit codes: 0 success; 1 check found gaps or warnings; 2 a file could not be read or parsed (a batch"))
        let short = try run(["-h"])
        XCTAssertEqual(short.status, 0)
        XCTAssertEqual(short.stdout, r.stdout)
    }

    /// Every subcommand has its own help, generated from its declaration: its usage line, each
    /// option it takes, and the exit codes; `-h` is the same, and neither is read as a file name.
    func testEverySubcommandHasItsOwnHelp() throws {
        let options: [String: [String]] = [
            "report": ["--corpus", "--out"], "parse": ["--format"], "align": ["--reference", "--taxonomy", "--format"],
            "check": ["--reference", "--taxonomy", "--format"], "compare": ["--reference", "--taxonomy", "--format"],
            "review": ["--reference", "--taxonomy", "--format"], "evaluate": ["--gold", "--corpus", "--reference", "--format"],
        ]
        for (command, names) in options {
            for flag in ["--help", "-h"] {
                let r = try run([command, flag])
                XCTAssertEqual(r.status, 0, "\(command) \(flag): \(r.err)")
                XCTAssertEqual(r.err, "")
                XCTAssertTrue(r.out.hasPrefix("Usage:\n  compare-tool "), r.out)
                XCTAssertTrue(r.out.contains(command == "report" ? "compare-tool [report]" : "compare-tool \(command)"), r.out)
                for name in names { XCTAssertTrue(r.out.contains("  \(name) "), "\(command) help lists \(name): \(r.out)") }
                XCTAssertTrue(r.out.contains("Exit codes:"), r.out)
            }
            let after = try run([command, try corpusPlan, "--help"])
            XCTAssertEqual(after.status, 0, "help wins wherever it stands: \(after.err)")
        }
        let viaHelp = try run(["help", "check"])
        XCTAssertEqual(viaHelp.out, try run(["check", "--help"]).out)
    }

    /// Help asked in a language the tool has not is the usage error any command gives for it, in
    /// every place help is asked (the tool's, `help COMMAND`, `COMMAND --help`), and prints no help.
    func testHelpInALanguageTheToolHasNotIsAUsageError() throws {
        for args in [["--help", "--lang", "fr"], ["--lang=de", "-h"], ["help", "--lang", "fr"], ["help", "check", "--lang", "fr"],
                     ["check", "--help", "--lang=fr"], ["review", "--lang", "ja", "--help"]] {
            let r = try run(args)
            XCTAssertEqual(r.status, 64, "\(args)")
            XCTAssertEqual(r.out, "", "\(args)")
            XCTAssertTrue(r.err.hasPrefix("compare-tool: error: unknown lang '"), "\(args): \(r.err)")
            let command = args.first { ["check", "review"].contains($0) }
            XCTAssertTrue(r.err.hasSuffix("See 'compare-tool \(command.map { "\($0) " } ?? "")--help'.\n"), "\(args): \(r.err)")
        }
        // A value that asks for Chinese (cn) is said in Chinese.
        let chinese = try run(["check", "--help", "--lang", "cn"])
        XCTAssertEqual(chinese.status, 64)
        XCTAssertTrue(chinese.err.hasPrefix("compare-tool: 错误：--lang 不能取“cn”"), chinese.err)
        // No value at all is the error the command's parser gives.
        let bare = try run(["check", "--help", "--lang"])
        XCTAssertEqual(bare.status, 64)
        XCTAssertTrue(bare.err.hasPrefix("compare-tool: error: option '--lang' needs a value"), bare.err)
        // After `--` it is a file's name, not an option.
        XCTAssertEqual(try run(["--help", "--", "--lang", "fr"]).status, 0)
    }

    /// Under `--lang zh` (wherever it stands, `--lang=zh` too) the tool's help and every command's
    /// are Chinese: each summary and each option's line says something in Chinese, the headings
    /// and exit codes are Chinese, no line of prose is wider than 100 columns (a CJK character two)
    /// or opens with a closing mark; the usage lines are the English help's, and the English help
    /// says how to get this one.
    func testHelpInChinese() throws {
        let english = try run(["--help"])
        XCTAssertTrue(english.out.contains("compare-tool --help --lang zh"), english.out)
        func width(_ line: Substring) -> Int { line.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x2E80 ? 2 : 1) } }
        func hasCJK(_ line: Substring) -> Bool { line.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } }
        func checkProse(_ out: String, _ context: String) {
            for line in out.split(separator: "\n") where !line.hasPrefix("  compare-tool") && !line.hasPrefix("  --") {
                XCTAssertLessThanOrEqual(width(line), 100, "\(context): \(line)")
                XCTAssertFalse(["，", "。", "、", "；", "：", "）"].contains { line.trimmingCharacters(in: .whitespaces).hasPrefix($0) }, "\(context): \(line)")
                XCTAssertTrue(hasCJK(line), "\(context): a line of the help without Chinese: \(line)")
            }
        }
        for args in [["--help", "--lang", "zh"], ["--lang", "zh", "--help"], ["-h", "--lang=zh"], ["help", "--lang", "zh"]] {
            let r = try run(args)
            XCTAssertEqual(r.status, 0, "\(args): \(r.err)")
            XCTAssertTrue(r.out.hasPrefix("compare-tool：比较政务公开工作要点。\n\n用法：\n"), r.out)
            XCTAssertTrue(r.out.contains("退出码："), r.out)
            // The usage lines are the English help's.
            let usage = { (text: String) in text.split(separator: "\n").filter { $0.hasPrefix("  compare-tool") } }
            XCTAssertEqual(usage(r.out), usage(english.out))
            checkProse(r.out, "\(args)")
        }
        let options: [String: [String]] = [
            "report": ["--corpus", "--out", "--taxonomy"], "parse": ["--format", "--lang"], "align": ["--reference", "--taxonomy", "--format", "--lang"],
            "check": ["--reference", "--taxonomy", "--format", "--lang", "--out"], "compare": ["--reference", "--taxonomy", "--format", "--lang"],
            "review": ["--taxonomy", "--format", "--lang", "--reference"], "evaluate": ["--gold", "--corpus", "--reference", "--format", "--lang", "--taxonomy"],
        ]
        for (command, names) in options {
            let r = try run([command, "--help", "--lang", "zh"])
            XCTAssertEqual(r.status, 0, "\(command): \(r.err)")
            XCTAssertTrue(r.out.hasPrefix("用法：\n  compare-tool "), r.out)
            XCTAssertTrue(r.out.contains("\n选项：\n") && r.out.contains("退出码："), r.out)
            XCTAssertFalse(r.out.contains("Usage:") || r.out.contains("Options:") || r.out.contains("Exit codes:"), r.out)
            // Each option named, and the line under it in Chinese.
            let lines = r.out.split(separator: "\n", omittingEmptySubsequences: false)
            for name in names {
                guard let k = lines.firstIndex(where: { $0.hasPrefix("  \(name) ") }) else { XCTFail("\(command) help lists \(name): \(r.out)"); continue }
                XCTAssertTrue(k + 1 < lines.count && hasCJK(lines[k + 1]), "\(command) \(name): \(r.out)")
            }
            checkProse(r.out, command)
            XCTAssertEqual(try run(["help", command, "--lang", "zh"]).out, r.out)
        }
    }

    func testVersion() throws {
        let r = try run(["--version"])
        XCTAssertEqual(r.status, 0)
        XCTAssertTrue(r.out.hasPrefix("compare-tool "), r.out)
        XCTAssertEqual(r.out.split(separator: "\n").count, 1)
    }

    /// After `--` every argument is a file, even one that looks like an option.
    func testDoubleDashEndsOptions() throws {
        try write("--odd.txt", text: try Fixtures.text("2021-xinjiang-tulufan-gaochang-draft.txt"))
        let r = try run(["parse", "--", "--odd.txt"])
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertTrue(r.out.contains("part"), r.out.prefix(200).description)
        assertUsageError(try run(["parse", "--odd.txt"]), mentioning: "unknown option '--odd.txt'")
    }

    // MARK: - Output formats on a corpus plan

    func testJSONOutput() throws {
        let r = try run(["parse", "Corpus/local/2021-xinjiang-tulufan-gaochang-draft.txt", "--format", "json"], in: try packageRoot())
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertEqual(r.err, "")
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: r.stdout) as? [String: Any], "top level is an object")
        for key in ["plan", "metadata", "nodes", "items"] {
            XCTAssertNotNil(object[key], "missing top-level key \(key)")
        }
        XCTAssertEqual(object["plan"] as? String, "2021-xinjiang-tulufan-gaochang-draft.txt")

        let metadata = try XCTUnwrap(object["metadata"] as? [String: Any])
        for key in ["title", "locality", "level", "year", "documentNumber", "issuer", "date", "draft", "cites"] {
            XCTAssertTrue(metadata.keys.contains(key), "metadata lacks \(key)")
        }
        XCTAssertNotNil(metadata["draft"] as? Bool)
        XCTAssertNotNil(metadata["cites"] as? [Any])

        let nodes = try XCTUnwrap(object["nodes"] as? [Any])
        XCTAssertFalse(nodes.isEmpty)

        let items = try XCTUnwrap(object["items"] as? [[String: Any]])
        XCTAssertFalse(items.isEmpty)
        for item in items {
            for key in ["path", "line", "text", "lead", "responsible", "deadlines"] {
                XCTAssertTrue(item.keys.contains(key), "item lacks \(key): \(item)")
            }
            XCTAssertNotNil(item["path"] as? String)
            XCTAssertGreaterThan(item["line"] as? Int ?? 0, 0)
            XCTAssertFalse((item["text"] as? String ?? "").isEmpty)
            XCTAssertNotNil(item["lead"] as? [Any])
            XCTAssertNotNil(item["responsible"] as? [Any])
            XCTAssertNotNil(item["deadlines"] as? [Any])
        }
        // The first item of the plan: its sentence is rejoined over the blank line in the source.
        let first = items[0]
        XCTAssertTrue((first["text"] as? String ?? "").contains("第十四个五年规划纲要"), "\(first)")
        XCTAssertEqual(first["lead"] as? [String], ["区发改委"])
    }

    func testJSONMetadataOfADraftPlan() throws {
        // "2021 年高昌区政务公开工作要点" / "(征求意见稿)": a 2021 draft for comment.
        let r = try run(["parse", try corpusPlan, "--format", "json"])
        XCTAssertEqual(r.status, 0, r.err)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: r.stdout) as? [String: Any])
        let metadata = try XCTUnwrap(object["metadata"] as? [String: Any])
        XCTAssertEqual(metadata["draft"] as? Bool, true, "the plan is a 征求意见稿")
        XCTAssertEqual(metadata["year"] as? Int, 2021)
    }

    func testTreeOutputIsDeterministic() throws {
        let root = try packageRoot()
        let path = "Corpus/local/2021-xinjiang-tulufan-gaochang-draft.txt"
        let a = try run(["parse", path, "--format", "tree"], in: root)
        let b = try run(["parse", path], in: root)
        XCTAssertEqual(a.status, 0, a.err)
        XCTAssertEqual(b.status, 0, b.err)
        XCTAssertFalse(a.stdout.isEmpty)
        XCTAssertEqual(a.stdout, b.stdout, "tree output must be byte-identical across runs (and tree is the default)")
        XCTAssertTrue(a.out.hasPrefix("# 2021-xinjiang-tulufan-gaochang-draft.txt\n"), String(a.out.prefix(200)))
    }

    func testMarkdownOutput() throws {
        let r = try run(["parse", try corpusPlan, "--format", "markdown"])
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertEqual(r.err, "")
        XCTAssertTrue(r.out.hasPrefix("# "), String(r.out.prefix(200)))
        XCTAssertTrue(r.out.contains("| field | value |"))
        XCTAssertTrue(r.out.contains("## Outline"))
    }

    // MARK: - align

    func testAlignJSONHasTheParsersItemFieldsAndTheAlignment() throws {
        let r = try run(["align", try corpusPlan, "--format", "json"])
        XCTAssertEqual(r.status, 0, r.err)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: r.stdout) as? [String: Any])
        XCTAssertEqual(object["plan"] as? String, "2021-xinjiang-tulufan-gaochang-draft.txt")
        XCTAssertEqual(object["reference"] as? String, "2021", "the plan's year picks the reference")
        let items = try XCTUnwrap(object["items"] as? [[String: Any]])
        XCTAssertEqual(items.count, 42)
        let keys = ["path", "line", "text", "sections", "topics", "requirements", "score", "reasons", "lead", "responsible", "deadlines"]
        for key in keys { XCTAssertNotNil(items[0][key], key) }
        let debt = try XCTUnwrap(items.first { ($0["text"] as? String)?.contains("地方政府债务限额") ?? false })
        XCTAssertEqual(debt["sections"] as? [String], ["2021-1-3"])
        // Topics by name, as topics.txt writes them: the debt item is about public finance.
        XCTAssertEqual((debt["topics"] as? [String])?.first, "财政")
        XCTAssertTrue(items.allSatisfy { !(($0["topics"] as? [String]) ?? []).isEmpty }, "every item of the plan speaks of some topic")
        XCTAssertEqual((debt["requirements"] as? [String])?.first, "2021-1-3b")
        let reasons = try XCTUnwrap(debt["reasons"] as? [[String: Any]])
        XCTAssertTrue(reasons.contains { $0["kind"] as? String == "term" })
        let coverage = try XCTUnwrap(object["coverage"] as? [[String: Any]])
        XCTAssertEqual(coverage.count, 16)
    }

    /// A plan full of text that means something to Markdown, HTML, JSON or a spreadsheet, through
    /// every command and format: the text stays text. Every Markdown table keeps its columns, no tag
    /// goes live, every JSON parses, and every CSV record has the header's fields, none a formula.
    func testHostileTextStaysTextInEveryCommandAndFormat() throws {
        let hostile = """
            某区2021年政务公开工作要点<script>alert(1)</script>

            一、深化政务公开 | 破坏 *表格* `代码`
            （一）做好规划公开 \\| 反斜杠 _下划线_ ~删除~ [链接](http://x) <b>粗</b>
            1. 主动公开规划纲要、国土空间规划、专项规划和区域规划等<script>alert(1)</script>，做好 | 历史规划 \\| 归集 `x` *y* _z_ ~w~ [a](b) 工作。
            牵头单位：=cmd|' /C calc'!A0
            2. =1+1 做好财政信息公开，定期公开地方政府债务限额、余额等信息。
            责任单位：@SUM(A1)、区财政局
            （二）做好政策解读 <img src=x onerror=alert(1)>
            3. +加强政策解读 | 回应关切，2021年底前完成 -解读 \\| 工作。
            4. -做好 `依申请` 公开 ~~工作~~ **加粗** \\ 结束。
            5. 做好 &lt;script&gt;alert(2)&lt;/script&gt; 信息公开 | 工作。
            """
        try write("hostile.txt", text: hostile)
        let runs: [[String]] = [
            ["parse", "hostile.txt"], ["parse", "hostile.txt", "--format", "json"], ["parse", "hostile.txt", "--format", "markdown"],
            ["align", "hostile.txt"], ["align", "hostile.txt", "--format", "json"],
            ["check", "hostile.txt"], ["check", "hostile.txt", "--format", "json"],
            ["compare", "hostile.txt", try corpusPlan], ["compare", "hostile.txt", try corpusPlan, "--format", "json"],
            ["compare", "hostile.txt", try corpusPlan, "--format", "csv"],
            ["review", "hostile.txt", try corpusPlan], ["review", try corpusPlan, "hostile.txt", "--format", "json"],
            ["check", "hostile.txt", "--format", "html"], ["check", "hostile.txt", "--format", "html", "--lang", "zh"],
            ["compare", "hostile.txt", try corpusPlan, "--format", "html"], ["review", try corpusPlan, "hostile.txt", "--format", "html", "--lang", "zh"],
            // The Chinese Markdown of every command that writes Markdown.
            ["parse", "hostile.txt", "--format", "markdown", "--lang", "zh"], ["align", "hostile.txt", "--lang", "zh"],
            ["check", "hostile.txt", "--lang", "zh"], ["compare", "hostile.txt", try corpusPlan, "--lang", "zh"],
            ["review", "hostile.txt", try corpusPlan, "--lang", "zh"],
        ]
        // An entity is decoded after tags are removed: the words stay, as text.
        XCTAssertTrue(try run(["parse", "hostile.txt"], in: tmp).out.contains("<script>alert(2)</script>"))
        for args in runs {
            let r = try run(args, in: tmp)
            XCTAssertTrue(r.status == 0 || r.status == 1, "\(args): \(r.err)")
            let format = args.firstIndex(of: "--format").map { args[$0 + 1] } ?? (args[0] == "parse" ? "tree" : "markdown")
            switch format {
            case "json": XCTAssertNoThrow(try JSONSerialization.jsonObject(with: r.stdout), "\(args)")
            case "csv": assertCSVIsWhole(r.out, "\(args)")
            case "markdown": assertMarkdownIsInert(r.out, "\(args)")
            case "html":
                XCTAssertFalse(r.out.lowercased().contains("<script") || r.out.contains("<img") || r.out.contains("onerror="), "\(args): markup from the plan")
                XCTAssertTrue(r.out.hasPrefix("<!DOCTYPE html>") && r.out.hasSuffix("</html>\n"), "\(args)")
            default: break
            }
        }
    }

    /// Pipes not escaped by a backslash: what ends a Markdown table cell.
    func cellBreaks(_ line: Substring) -> Int {
        var count = 0, backslashes = 0
        for c in line {
            if c == "\\" { backslashes += 1; continue }
            if c == "|" && backslashes % 2 == 0 { count += 1 }
            backslashes = 0
        }
        return count
    }

    func assertMarkdownIsInert(_ text: String, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var header: Int? = nil
        for l in lines {
            if l.hasPrefix("|") {
                let n = cellBreaks(l)
                if let h = header { XCTAssertEqual(n, h, "\(what): a table row with another column count: \(l)", file: file, line: line) } else { header = n }
            } else {
                header = nil
            }
            // Only the tool's own <br> may stand as a tag; every other < is escaped.
            let rest = l.replacingOccurrences(of: "<br>", with: "")
            var previous: Character = " "
            for c in rest {
                if c == "<" { XCTAssertEqual(previous, "\\", "\(what): a raw tag: \(l)", file: file, line: line) }
                previous = c
            }
        }
    }

    /// RFC 4180 records, each with the header's number of fields, no text field opening as a formula.
    func assertCSVIsWhole(_ text: String, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        var records: [[String]] = [], field = "", record: [String] = [], quoted = false
        var chars = Array(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
        chars.append("\n")
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if quoted {
                if c == "\"" && i + 1 < chars.count && chars[i + 1] == "\"" { field.append("\""); i += 1 } else if c == "\"" { quoted = false } else { field.append(c) }
            } else if c == "\"" && field.isEmpty {
                quoted = true
            } else if c == "," {
                record.append(field); field = ""
            } else if c == "\r\n" || c == "\n" {
                record.append(field); field = ""
                if record != [""] { records.append(record) }
                record = []
            } else {
                field.append(c)
            }
            i += 1
        }
        XCTAssertFalse(quoted, "\(what): a quote left open", file: file, line: line)
        guard let header = records.first else { return XCTFail("\(what): no CSV", file: file, line: line) }
        for r in records {
            XCTAssertEqual(r.count, header.count, "\(what): \(r)", file: file, line: line)
            for f in r where f.first.map({ "=+-@".contains($0) }) ?? false {
                XCTAssertNotNil(Double(f), "\(what): a field a spreadsheet would run: \(f)", file: file, line: line)
            }
        }
    }

    /// The JSON says what the Markdown says: an attachment the plan names but the file lacks is
    /// in both, so a CI gate reading JSON knows part of the plan was not read.
    func testCheckAndAlignJSONCarryTheParseWarningsTheMarkdownShows() throws {
        let text = try String(contentsOfFile: try corpusPlan, encoding: .utf8) + "\n附件：1．高昌区2021年政务公开重点任务分工台账\n"
        try write("with-attachment.txt", text: text)
        let markdown = try run(["check", "with-attachment.txt"])
        XCTAssertTrue(markdown.out.contains("**Not read**"), markdown.out.prefix(800).description)
        for command in ["check", "align"] {
            let r = try run([command, "with-attachment.txt", "--format", "json"])
            let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: r.stdout) as? [String: Any])
            let warnings = try XCTUnwrap(object["warnings"] as? [[String: Any]], command)
            XCTAssertTrue(warnings.contains { $0["kind"] as? String == "attachment-missing" && ($0["message"] as? String ?? "").contains("分工台账") }, "\(command): \(warnings)")
        }
        let check = try XCTUnwrap(try JSONSerialization.jsonObject(with: try run(["check", try corpusPlan, "--format", "json"]).stdout) as? [String: Any])
        XCTAssertEqual(check["referenceDrawnFromThisPlan"] as? Bool, true, "the Markdown's caution is in the JSON too")
        XCTAssertEqual(check["referenceKind"] as? String, "derived")
    }

    /// A file far larger than any plan is refused before it is read, with the way to read it anyway.
    func testAFileLargerThanTheLimitIsRefusedAtOnce() throws {
        let plan = try String(contentsOfFile: try corpusPlan, encoding: .utf8)
        try write("huge.txt", text: String(repeating: plan, count: 2 * 1_048_576 / plan.utf8.count + 1))
        let r = try run(["check", "huge.txt"], environment: ["COMPARE_TOOL_MAX_MB": "1"])
        assertInputFailure(r, naming: "huge.txt", what: "over the 1.0 MB this tool reads", todo: "COMPARE_TOOL_MAX_MB")
        let raised = try run(["parse", "huge.txt"], environment: ["COMPARE_TOOL_MAX_MB": "3"])
        XCTAssertEqual(raised.status, 0, raised.err)
        // A small Word file of a huge text is refused as the text would be: 2 MB of paragraphs
        // packed into a few kilobytes.
        let docx = DocxBuilder.docx(body: Array(repeating: DocxBuilder.paragraph(String(repeating: "做好政务公开工作。", count: 100)), count: 800))
        XCTAssertLessThan(docx.count, 1_048_576)
        try write("huge.docx", docx)
        let packed = try run(["check", "huge.docx"], environment: ["COMPARE_TOOL_MAX_MB": "1"])
        assertInputFailure(packed, naming: "huge.docx", what: "over the 1.0 MB this tool reads", todo: "COMPARE_TOOL_MAX_MB")
    }

    /// An environment naming the limit twice: its last value holds, as Foundation's environment
    /// dictionary gave it (the tool reads `environ` itself; `getenv` would give the first).
    func testALimitGivenTwiceInTheEnvironmentIsItsLastValue() throws {
        let plan = try String(contentsOfFile: try corpusPlan, encoding: .utf8)
        try write("huge.txt", text: String(repeating: plan, count: 2 * 1_048_576 / plan.utf8.count + 1))
        let tool = try executable().path, file = tmp.appendingPathComponent("huge.txt").path
        func status(_ environment: [String]) -> Int32 {
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
            let arguments: [String] = [tool, "parse", file]
            let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { (a: String) in strdup(a) } + [nil]
            let envp: [UnsafeMutablePointer<CChar>?] = environment.map { (e: String) in strdup(e) } + [nil]
            defer { (argv + envp).forEach { free($0) } }
            var pid = pid_t()
            guard posix_spawn(&pid, tool, &actions, nil, argv, envp) == 0 else { return -1 }
            var code: Int32 = 0
            waitpid(pid, &code, 0)
            return (code >> 8) & 0xFF
        }
        XCTAssertEqual(status(["COMPARE_TOOL_MAX_MB=1", "COMPARE_TOOL_MAX_MB=3"]), 0, "the last value, 3 MB, reads the file")
        XCTAssertEqual(status(["COMPARE_TOOL_MAX_MB=3", "COMPARE_TOOL_MAX_MB=1"]), 2, "the last value, 1 MB, refuses it")
    }

    /// Standard output on a full disk: every command says so and exits 2, never 0 with nothing written.
    func testAFullStandardOutputIsAnErrorForEveryCommandAndFormat() throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else { throw XCTSkip("no /dev/full on this system") }
        let plan = try corpusPlan
        let commands: [[String]] = [
            ["parse", plan], ["parse", plan, "--format", "json"], ["parse", plan, "--format", "markdown"],
            ["align", plan], ["align", plan, "--format", "json"], ["check", plan], ["check", plan, "--format", "json"],
            ["compare", plan], ["compare", plan, "--format", "json"], ["compare", plan, "--format", "csv"],
            ["review", plan, plan], ["review", plan, plan, "--format", "json"], ["review", "--reference", "2018", "2021"], ["--help"],
        ]
        for args in commands {
            let r = try run(args, in: try packageRoot(), stdout: "/dev/full")
            XCTAssertEqual(r.status, 2, "\(args): \(r.err)")
            XCTAssertTrue(r.err.contains("could not write to standard output"), "\(args): \(r.err)")
            XCTAssertEqual(r.errLines.count, 1, "\(args): \(r.err)")
        }
    }

    /// A closed standard output or error never crashes the program: it exits with its own code.
    func testAClosedStreamNeverCrashes() throws {
        let tool = try executable().path
        let plan = try corpusPlan
        let out = tmp.appendingPathComponent("Reports").path
        let root = try packageRoot().path
        for (script, status) in [
            ("exec 2>&-; exec \"$0\" check missing.txt", Int32(2)),
            ("exec >&-; exec \"$0\" parse \"$1\"", Int32(2)),
            ("exec >&-; exec \"$0\" compare \"$1\" --format csv", Int32(2)),
            ("exec 2>&-; exec \"$0\" --corpus \"$2\"/Corpus --out \"$3\"", Int32(0)),
        ] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", script, tool, plan, root, out]
            process.currentDirectoryURL = tmp
            process.standardInput = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            XCTAssertEqual(process.terminationReason, .exit, script)
            XCTAssertEqual(process.terminationStatus, status, script)
        }
        XCTAssertTrue(FileManager.default.fileExists(atPath: out + "/README.md"), "the main job wrote its reports with standard error closed")
    }

    /// A plan of a year with no bundled key points, or with no year, opens with topic coverage and
    /// a caution naming the year used and how to pass the right text; its own year's plan does not.
    func testAPlanOfAYearWithNoBundledPointsIsCautionedAndGetsTopicsFirst() throws {
        let text = try String(contentsOfFile: try corpusPlan, encoding: .utf8)
        for (year, used) in [("2030", "2021"), ("2019", "2018"), ("2025", "2021")] {
            try write("plan-\(year).txt", text: text.replacingOccurrences(of: "2021", with: year))
            let r = try run(["check", "plan-\(year).txt"])
            XCTAssertEqual(r.status, 1, r.err)
            let head = r.out.components(separatedBy: "\n").prefix(8).joined(separator: "\n")
            XCTAssertTrue(head.contains("本计划为\(year)年") && head.contains("\(used)年要点") && head.contains("--reference"), head)
            let topics = try XCTUnwrap(r.out.range(of: "## Topics")), summary = try XCTUnwrap(r.out.range(of: "## Summary"))
            XCTAssertLessThan(topics.lowerBound, summary.lowerBound, "topic coverage comes first")
            let json = try run(["check", "plan-\(year).txt", "--format", "json"])
            let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: json.stdout) as? [String: Any])
            let fit = try XCTUnwrap(object["referenceFit"] as? [String: Any])
            XCTAssertEqual(fit["fit"] as? String, "earlier")
            XCTAssertEqual(fit["planYear"] as? Int, Int(year))
            XCTAssertEqual(fit["referenceYear"] as? Int, Int(used))
            XCTAssertFalse((object["topics"] as? [Any] ?? []).isEmpty)
        }
        // No year anywhere in the text: the latest bundled year, said so.
        var digits = text
        for d in "0123456789" { digits = digits.replacingOccurrences(of: "20\(d)", with: "") }
        try write("no-year.txt", text: digits.replacingOccurrences(of: "二〇二一年", with: ""))
        let none = try run(["check", "no-year.txt"])
        XCTAssertTrue(none.out.components(separatedBy: "\n").prefix(8).joined().contains("未能从本计划中读出年份"), none.out.prefix(600).description)
        // The plan's own year: no caution, no topic section.
        let own = try run(["check", try corpusPlan])
        XCTAssertFalse(own.out.contains("**注意**"))
        XCTAssertFalse(own.out.contains("## Topics"))
        // A year the user names is the user's choice: no caution.
        try write("plan-2030.txt", text: text.replacingOccurrences(of: "2021", with: "2030"))
        XCTAssertFalse(try run(["check", "plan-2030.txt", "--reference", "2021"]).out.contains("**注意**"))
    }

    func testAlignMarkdownShowsSectionScoreAndReasonsPerItem() throws {
        let a = try run(["align", try corpusPlan])
        let b = try run(["align", try corpusPlan, "--format", "markdown"])
        XCTAssertEqual(a.status, 0, a.err)
        XCTAssertEqual(a.stdout, b.stdout, "markdown is the default, and output is deterministic")
        XCTAssertTrue(a.out.contains("| item | line | section | requirements | score | reasons |"))
        XCTAssertTrue(a.out.contains("2021-1-3 做好财政信息公开"))
        XCTAssertTrue(a.out.contains("term「"))
        XCTAssertTrue(a.out.contains("## Sections no item covers"))
    }

    func testAlignTakesAYearOrANationalTextAsReference() throws {
        let y2018 = try run(["align", try corpusPlan, "--reference", "2018", "--format", "json"])
        XCTAssertEqual(y2018.status, 0, y2018.err)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: y2018.stdout) as? [String: Any])
        XCTAssertEqual(object["reference"] as? String, "2018")

        let national = try packageRoot().appendingPathComponent("Corpus/local/2021-guangdong-zhuhai-gaoxinqu.txt").path
        let file = try run(["align", try corpusPlan, "--reference", national, "--format", "json"])
        XCTAssertEqual(file.status, 0, file.err)
        let fromFile = try XCTUnwrap(try JSONSerialization.jsonObject(with: file.stdout) as? [String: Any])
        XCTAssertEqual(fromFile["reference"] as? String, "2021-guangdong-zhuhai-gaoxinqu.txt")
        // A national text needs no taxonomy folder.
        let alone = try run(["align", try corpusPlan, "--reference", national, "--taxonomy", tmp.appendingPathComponent("none").path])
        XCTAssertEqual(alone.status, 0, alone.err)
    }

    func testCheckJSONHasTheIssuesFieldsAndExitsOneOnGaps() throws {
        let r = try run(["check", try corpusPlan, "--format", "json"])
        XCTAssertEqual(r.status, 1, "the 高昌 draft has gaps and warnings: \(r.err)")
        XCTAssertEqual(r.err, "")
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: r.stdout) as? [String: Any])
        for key in ["plan", "reference", "coverage", "divergences", "localAdditions"] { XCTAssertNotNil(object[key], key) }
        let divergences = try XCTUnwrap(object["divergences"] as? [[String: Any]])
        for key in ["path", "line", "section", "requirement", "kind", "missing", "added", "text", "reference", "severity"] {
            XCTAssertNotNil(divergences.first?[key], key)
        }
        let debt = try XCTUnwrap(divergences.first { $0["requirement"] as? String == "2021-1-3b" })
        XCTAssertEqual(debt["kind"] as? String, "list-omission")
        XCTAssertEqual(debt["line"] as? Int, 47)
        let coverage = try XCTUnwrap(object["coverage"] as? [[String: Any]])
        XCTAssertEqual(coverage.count, 16)
        XCTAssertEqual(Set(coverage.compactMap { $0["status"] as? String }), ["covered", "partial"])
    }

    func testCheckMarkdownIsTheDefaultAndACleanDraftExitsZero() throws {
        let a = try run(["check", try corpusPlan])
        let b = try run(["check", try corpusPlan, "--format", "markdown"])
        XCTAssertEqual(a.status, 1)
        XCTAssertEqual(a.stdout, b.stdout)
        for heading in ["## Summary", "## National sections", "## Gaps", "## Divergences", "## Local additions"] {
            XCTAssertTrue(a.out.contains(heading), heading)
        }
        XCTAssertTrue(a.out.contains("~~"), "a diff shows what the plan removed")
        // A plan checked against itself as the national text has nothing to fix.
        let zhuhai = try packageRoot().appendingPathComponent("Corpus/local/2021-guangdong-zhuhai-gaoxinqu.txt").path
        let clean = try run(["check", zhuhai, "--reference", zhuhai])
        XCTAssertEqual(clean.status, 0, clean.out)
        XCTAssertTrue(clean.out.contains("**Nothing to fix**"))
    }

    func testCheckErrors() throws {
        assertUsageError(try run(["check"]), mentioning: "check needs a DRAFT, several, or a folder of them")
        assertUsageError(try run(["check", try corpusPlan, "--format", "csv"]), mentioning: "unknown format 'csv'")
        let missing = try run(["check", tmp.appendingPathComponent("nope.txt").path])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.err.contains("nope.txt"), missing.err)
        XCTAssertEqual(missing.out, "")
        // A reference text with no numbering, or two sections numbered alike: one line naming the
        // file (and the line), nothing on standard output.
        try write("flat.txt", text: "2021年某市政务公开工作要点\n做好各类规划公开。公开预算决算。\n")
        let flat = try run(["check", try corpusPlan, "--reference", tmp.appendingPathComponent("flat.txt").path])
        XCTAssertEqual(flat.status, 2)
        XCTAssertTrue(flat.err.contains("flat.txt") && flat.err.contains("no plan structure"), flat.err)
        XCTAssertEqual(flat.out, "")
        try write("twice.txt", text: "2021年某市政务公开工作要点\n一、总体\n（一）做好规划公开。主动公开各类规划。\n（一）做好财政公开。公开预算决算。\n")
        let twice = try run(["check", try corpusPlan, "--reference", tmp.appendingPathComponent("twice.txt").path])
        XCTAssertEqual(twice.status, 2)
        XCTAssertTrue(twice.err.contains("twice.txt:4: a second section numbered （一）") && twice.err.contains("line 3"), twice.err)
        XCTAssertEqual(twice.out, "")
    }

    func testAlignErrors() throws {
        assertUsageError(try run(["align"]), mentioning: "align takes one PLAN")
        assertUsageError(try run(["align", try corpusPlan, "--reference", "20x1"]), mentioning: "--reference takes a year")
        assertUsageError(try run(["align", try corpusPlan, "--format", "csv"]), mentioning: "unknown format 'csv'")
        let noYear = try run(["align", try corpusPlan, "--reference", "2016"])
        XCTAssertEqual(noYear.status, 2)
        XCTAssertTrue(noYear.err.contains("no national key points for 2016"), noYear.err)
        let noTaxonomy = try run(["align", try corpusPlan, "--taxonomy", tmp.appendingPathComponent("none").path])
        XCTAssertEqual(noTaxonomy.status, 2)
        XCTAssertTrue(noTaxonomy.err.contains("no taxonomy folder"), noTaxonomy.err)
        try write("empty.txt", [])
        let empty = try run(["align", "empty.txt"])
        XCTAssertEqual(empty.status, 2)
        XCTAssertTrue(empty.err.contains("empty.txt: the file is empty"), empty.err)
    }

    func testAlignFindsTheTaxonomyFromAnyFolder() throws {
        // Run in a temporary folder: the taxonomy is found beside the built executable's checkout.
        let r = try run(["align", try corpusPlan, "--format", "json"], in: tmp)
        XCTAssertEqual(r.status, 0, r.err)
    }

    // MARK: - compare

    private func corpus(_ name: String) throws -> String {
        try packageRoot().appendingPathComponent("Corpus/local/\(name)").path
    }

    func testCompareMarkdownJSONAndCSV() throws {
        let zhuhai = try corpus("2021-guangdong-zhuhai-gaoxinqu.txt")
        let md = try run(["compare", try corpusPlan, zhuhai])
        XCTAssertEqual(md.status, 0, md.err)
        XCTAssertEqual(md.err, "")
        XCTAssertTrue(md.out.hasPrefix("# Comparison of 2 plans"), md.out)
        XCTAssertTrue(md.out.contains("## Matrix"))

        let json = try run(["compare", try corpusPlan, zhuhai, "--format", "json"])
        XCTAssertEqual(json.status, 0, json.err)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: json.stdout) as? [String: Any])
        for key in ["rows", "references", "ranking", "plans", "matrix", "requirements"] { XCTAssertNotNil(object[key], key) }
        XCTAssertEqual(object["rows"] as? String, "sections")
        XCTAssertEqual((object["plans"] as? [[String: Any]])?.count, 2)

        let csv = try run(["compare", try corpusPlan, zhuhai, "--format", "csv"])
        XCTAssertEqual(csv.status, 0, csv.err)
        XCTAssertEqual(Array(csv.stdout.prefix(3)), [0xEF, 0xBB, 0xBF], "UTF-8 with a BOM")
        XCTAssertTrue(csv.out.dropFirst().hasPrefix("rows,topic,id,"), csv.out)

        // One plan is a one-column matrix; plans of two years meet in topic rows.
        XCTAssertEqual(try run(["compare", try corpusPlan]).status, 0)
        let years = try run(["compare", try corpusPlan, try corpus("2018-xinjiang-wulumuqi.txt"), "--format", "json"])
        XCTAssertEqual(years.status, 0, years.err)
        let mixed = try XCTUnwrap(try JSONSerialization.jsonObject(with: years.stdout) as? [String: Any])
        XCTAssertEqual(mixed["rows"] as? String, "topics")
    }

    /// A file given that cannot be read as a plan is named below the comparison (Markdown, the
    /// page, JSON's `not_compared`) and on stderr, and the others compared exactly as without it,
    /// exit 2; none readable: nothing printed, every file named.
    func testCompareNamesAPlanItCannotReadAndComparesTheOthers() throws {
        let nope = "nope.txt"
        let alone = try run(["compare", try corpusPlan])
        let missing = try run(["compare", try corpusPlan, nope])
        XCTAssertEqual(missing.status, 2)
        XCTAssertEqual(missing.errLines, ["compare-tool: error: \(nope): no such file. Check the path, or run from the folder that holds it."])
        let note = "\n**Not compared**: 1 file given could not be read as a plan, in none of the counts above.\n\n- "
            + nope + ": no such file. Check the path, or run from the folder that holds it.\n"
        XCTAssertEqual(missing.out, alone.out + note)
        try write("empty.txt", [])
        let csv = try run(["compare", "empty.txt", try corpusPlan, "--format", "csv"])
        XCTAssertEqual(csv.status, 2)
        XCTAssertEqual(csv.out, try run(["compare", try corpusPlan, "--format", "csv"]).out, "the matrix of the others; the file named on stderr")
        XCTAssertTrue(csv.err.contains("empty.txt: the file is empty"), csv.err)
        let json = try run(["compare", try corpusPlan, nope, "--format", "json"])
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: json.stdout) as? [String: Any])
        XCTAssertEqual((object["not_compared"] as? [[String: String]])?.map { $0["file"] }, [nope])
        let page = try run(["compare", try corpusPlan, nope, "--format", "html", "--lang", "zh"])
        XCTAssertTrue(page.out.contains("<strong>未能比较的文件</strong>"), page.out)
        let none = try run(["compare", nope, "empty.txt"])
        XCTAssertEqual(none.status, 2)
        XCTAssertEqual(none.out, "")
        XCTAssertTrue(none.err.contains("none of the 2 files given could be checked as a plan:\n  \(nope): no such file") && none.err.contains("\n  empty.txt: the file is empty"), none.err)
    }

    func testCompareUsageErrors() throws {
        assertUsageError(try run(["compare"]), mentioning: "compare needs at least one PLAN")
        assertUsageError(try run(["compare", try corpusPlan, "--format", "tree"]), mentioning: "unknown format 'tree'")
        assertUsageError(try run(["compare", try corpusPlan, "--reference", "20x1"]), mentioning: "--reference takes a year")
        assertUsageError(try run(["compare", try corpusPlan, "--depth", "2"]), mentioning: "unknown option '--depth'")
    }

    // MARK: - review

    func testReviewMarkdownIsTheDefaultAndJSONParses() throws {
        let old = try packageRoot().appendingPathComponent("Corpus/local/2018-xinjiang-wulumuqi.txt").path
        let markdown = try run(["review", old, try corpusPlan])
        XCTAssertEqual(markdown.status, 0, markdown.err)
        XCTAssertEqual(markdown.err, "")
        // Two localities' plans: the entries only one has are headed by its place, not as new and dropped.
        for heading in ["## Summary", "## Topics of each plan", "## Items only in 高昌区 2021", "## Items only in 乌鲁木齐市 2018", "## Paired items that differ"] {
            XCTAssertTrue(markdown.out.contains(heading), heading)
        }
        let json = try run(["review", old, try corpusPlan, "--format", "json"])
        XCTAssertEqual(json.status, 0, json.err)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: json.stdout) as? [String: Any])
        XCTAssertEqual(object["kind"] as? String, "plans")
        for key in ["old", "new", "summary", "topics", "entries", "sections"] { XCTAssertNotNil(object[key], key) }
        let entries = try XCTUnwrap(object["entries"] as? [String: Any])
        let added = try XCTUnwrap(entries["new"] as? [[String: Any]])
        XCTAssertEqual(entries.keys.sorted(), ["carriedOver", "continued", "dropped", "new"])
        for key in ["id", "line", "text", "topics", "sections", "lead", "responsible", "deadlines", "members"] { XCTAssertNotNil(added.first?[key], key) }
        let summary = try XCTUnwrap(object["summary"] as? [String: Any])
        XCTAssertEqual(summary["old"] as? Int, 59)
        XCTAssertEqual(summary["new"] as? Int, 42)
        XCTAssertTrue((summary["topicsGained"] as? [String])?.contains("疫情") == true)
    }

    func testReviewOfTheNationalPoints() throws {
        let r = try run(["review", "--reference", "2018", "2021", "--format", "json"], in: try packageRoot())
        XCTAssertEqual(r.status, 0, r.err)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: r.stdout) as? [String: Any])
        XCTAssertEqual(object["kind"] as? String, "references")
        let sections = try XCTUnwrap(object["sections"] as? [String: Any])
        XCTAssertFalse((sections["carriedOver"] as? [Any] ?? []).isEmpty)
        let markdown = try run(["review", "--reference=2018", "2021"], in: try packageRoot())
        XCTAssertEqual(markdown.status, 0, markdown.err)
        XCTAssertTrue(markdown.out.hasPrefix("# National key points: 2018 → 2021"), markdown.out)
    }

    func testReviewErrors() throws {
        assertUsageError(try run(["review", try corpusPlan]), mentioning: "review takes OLD and NEW plans")
        assertUsageError(try run(["review", try corpusPlan, try corpusPlan, "--format", "csv"]), mentioning: "unknown format 'csv'")
        assertUsageError(try run(["review", "--reference", "2018"]), mentioning: "review --reference takes two years")
        assertUsageError(try run(["review", "--reference", "2018", "x21"]), mentioning: "'x21' is not a year")
        let missing = try run(["review", tmp.appendingPathComponent("nope.txt").path, try corpusPlan])
        assertInputFailure(missing, naming: tmp.appendingPathComponent("nope.txt").path, what: "no such file", todo: "Check the path")
        let noYear = try run(["review", "--reference", "2016", "2021"])
        XCTAssertEqual(noYear.status, 2)
        XCTAssertEqual(noYear.errLines.count, 1, noYear.err)
        XCTAssertTrue(noYear.err.contains("2016"), noYear.err)
    }

    // MARK: Batch check

    /// A folder of plans: a summary first (most in need of work first), then every plan's check in
    /// that order; exit 1 when any needs attention. With --out, one file a plan and README.md, the
    /// summary linking them, and the summary on stdout; two plans sharing a file name both kept.
    func testACheckOfSeveralPlansSummarisesThemFirst() throws {
        let root = try packageRoot().appendingPathComponent("Corpus/local")
        let names = ["2021-guangdong-zhuhai-gaoxinqu.txt", "2021-xinjiang-tulufan-gaochang-draft.txt"]
        let folder = tmp.appendingPathComponent("plans"), other = tmp.appendingPathComponent("other")
        for dir in [folder, other] { try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true) }
        for name in names { try FileManager.default.copyItem(at: root.appendingPathComponent(name), to: folder.appendingPathComponent(name)) }
        try FileManager.default.copyItem(at: root.appendingPathComponent(names[0]), to: other.appendingPathComponent(names[0]))
        try write("plans/notes.pdf.bak", text: "not a plan")

        let r = try run(["check", "plans"])
        XCTAssertEqual(r.status, 1, r.err)
        XCTAssertTrue(r.out.hasPrefix("# Plan checks: 2 plans\n"), r.out)
        let reports = r.out.components(separatedBy: "\n---\n\n# Plan check: ")
        XCTAssertEqual(reports.count, 3, "the summary, then each plan's check")
        for name in names { XCTAssertEqual(reports.filter { $0.hasPrefix(name) }.count, 1, name) }
        // Each plan's check is the one `check PLAN` prints.
        let single = try run(["check", "plans/" + names[1]]).out
        XCTAssertTrue(r.out.contains(single), "the plan's own report")

        let zh = try run(["check", "plans", "--lang", "zh"])
        XCTAssertTrue(zh.out.hasPrefix("# 计划检查：2个计划\n"), zh.out)

        let json = try run(["check", "plans/" + names[0], "plans/" + names[1], "--format", "json"])
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: json.stdout) as? [String: Any])
        XCTAssertEqual((object["plans"] as? [[String: Any]])?.compactMap { $0["file"] as? String }.sorted(), names)

        assertUsageError(try run(["check", "plans", "--format", "html"]), mentioning: "--out DIR")

        let out = try run(["check", "plans", "other", "--out", "out"])
        XCTAssertEqual(out.status, 1, out.err)
        XCTAssertTrue(out.out.hasPrefix("# Plan checks: 3 plans\n"))
        let written = try FileManager.default.contentsOfDirectory(atPath: tmp.appendingPathComponent("out").path).filter { !$0.hasPrefix(".") }.sorted()
        XCTAssertEqual(written, ["2021-guangdong-zhuhai-gaoxinqu-2.md", "2021-guangdong-zhuhai-gaoxinqu.md", "2021-xinjiang-tulufan-gaochang-draft.md", "README.md"])
        let readme = try String(contentsOf: tmp.appendingPathComponent("out/README.md"), encoding: .utf8)
        for file in written where file != "README.md" { XCTAssertTrue(readme.contains("](\(file))"), file) }
        XCTAssertEqual(try String(contentsOf: tmp.appendingPathComponent("out/" + names[1].replacingOccurrences(of: ".txt", with: ".md")), encoding: .utf8), single)

        // A folder with no plan is named, with what to do; nothing is written.
        try FileManager.default.createDirectory(at: tmp.appendingPathComponent("empty"), withIntermediateDirectories: true)
        assertInputFailure(try run(["check", "empty", "--out", "out2"]), naming: "empty", what: "holds no plan", todo: "pass the plan files themselves")
        XCTAssertFalse(FileManager.default.fileExists(atPath: tmp.appendingPathComponent("out2").path))

        // A folder of folders, a county a folder: the error names those holding plans (not the
        // empty one, nor a file), and how to pass them.
        try FileManager.default.createDirectory(at: tmp.appendingPathComponent("counties/空"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: tmp.appendingPathComponent("plans"), to: tmp.appendingPathComponent("counties/高昌区"))
        try FileManager.default.copyItem(at: tmp.appendingPathComponent("other"), to: tmp.appendingPathComponent("counties/珠海"))
        try Data("x".utf8).write(to: tmp.appendingPathComponent("counties/notes.md"))
        let nested = try run(["check", "counties", "--out", "out2"])
        assertInputFailure(nested, naming: "counties", what: "its folders 珠海, 高昌区 do", todo: "Pass those folders (counties/珠海 counties/高昌区)")
        XCTAssertFalse(FileManager.default.fileExists(atPath: tmp.appendingPathComponent("out2").path))

        // A folder of old Word files and PDFs only: the error names them and what to save them as.
        try FileManager.default.createDirectory(at: tmp.appendingPathComponent("docs"), withIntermediateDirectories: true)
        for name in ["方案.doc", "要点.pdf"] { try Data("x".utf8).write(to: tmp.appendingPathComponent("docs/" + name)) }
        assertInputFailure(try run(["check", "docs"]), naming: "docs", what: "方案.doc, 要点.pdf are documents of a kind it does not read", todo: "Save each as a Word document (.docx)")

        // Reports written among the plans would be read as plans by the next run: refused, however
        // the folder is spelt, and nothing is written.
        let before = try FileManager.default.contentsOfDirectory(atPath: tmp.appendingPathComponent("plans").path).sorted()
        for spelling in ["plans", "plans/", "./plans/.", "other/../plans"] {
            let refused = try run(["check", "plans", "--out", spelling, "--format", "html"])
            XCTAssertEqual(refused.status, 64, refused.err)
            XCTAssertTrue(refused.err.contains("is the folder of plans plans") && refused.err.contains("Write them to another folder"), refused.err)
        }
        // The plans named one by one (a shell's plans/*.txt), or from the folder itself: the same.
        let files = before.filter { $0.hasSuffix(".txt") }
        for given in [files.map { "plans/" + $0 }, ["../" + tmp.lastPathComponent + "/plans/" + files[0]]] {
            let refused = try run(["check"] + given + ["--out", "plans"])
            XCTAssertEqual(refused.status, 64, refused.err)
        }
        let inPlace = try run(["check", files[0], "--out", "."], in: tmp.appendingPathComponent("plans"))
        XCTAssertEqual(inPlace.status, 64, inPlace.err)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: tmp.appendingPathComponent("plans").path).sorted(), before)
        try FileManager.default.createDirectory(at: tmp.appendingPathComponent("corpus"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: tmp.appendingPathComponent("plans"), to: tmp.appendingPathComponent("corpus/local"))
        for out in ["corpus", "corpus/local"] {
            let refused = try run(["report", "--corpus", "corpus", "--out", out])
            XCTAssertEqual(refused.status, 64, refused.err)
            XCTAssertTrue(refused.err.contains("is the corpus's folder"), refused.err)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: tmp.appendingPathComponent("corpus/local/README.md").path))
    }

    /// A county's plan given on standard input, its prefecture's as a file: the county is checked
    /// against the prefecture's plan too (standard input is read once and the plan kept), its
    /// report after the national checks; the spool leaves no file in TMPDIR; --out naming a file
    /// is refused before any plan is checked.
    func testAnUpperLevelCheckOfAPlanFromStandardInput() throws {
        let county = try corpusPlan
        let text = try String(contentsOfFile: county, encoding: .utf8)
        try write("prefecture.txt", text: text.replacingOccurrences(of: "高昌区", with: "吐鲁番市"))
        let spoolDir = tmp.appendingPathComponent("spool")
        try FileManager.default.createDirectory(at: spoolDir, withIntermediateDirectories: true)
        let r = try run(["check", "-", "prefecture.txt"], stdin: URL(fileURLWithPath: county), environment: ["TMPDIR": spoolDir.path])
        XCTAssertEqual(r.status, 1, r.err)
        XCTAssertTrue(r.out.contains("## Against the upper-level plan: 1 plan"), r.out)
        XCTAssertTrue(r.out.contains("Checked against 《2021年吐鲁番市政务公开工作要点》"), r.out)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: spoolDir.path), [], "the spool leaves nothing")

        try write("afile", text: "x")
        let refused = try run(["check", "prefecture.txt", county, "--out", "afile"])
        assertInputFailure(refused, naming: "afile", what: "it is a file, not a folder", todo: "Give a folder path")
    }

    /// A label naming key points the taxonomy lacks: exit 2, the folder and the plan named, nothing
    /// on standard output.
    func testEvaluateRefusesALabelWhoseReferenceTheTaxonomyLacks() throws {
        let root = try packageRoot()
        let gold = tmp.appendingPathComponent("gold-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: gold, withIntermediateDirectories: true)
        let label = try String(contentsOf: root.appendingPathComponent("Corpus/gold/2018-xinjiang-wulumuqi.json"), encoding: .utf8)
        XCTAssertTrue(label.contains("\"reference\": 2018"))
        try label.replacingOccurrences(of: "\"reference\": 2018", with: "\"reference\": 2019")
            .write(to: gold.appendingPathComponent("a.json"), atomically: true, encoding: .utf8)
        let r = try run(["evaluate", "--gold", gold.path, "--corpus", root.appendingPathComponent("Corpus/local").path])
        XCTAssertEqual(r.status, 2, r.err)
        XCTAssertEqual(r.out, "")
        XCTAssertTrue(r.err.contains("\(gold.path): the label of 2018-xinjiang-wulumuqi.txt names reference 2019"), r.err)
        XCTAssertTrue(r.err.contains("Set \"reference\" to the year"), r.err)
    }

    /// The scores in Chinese: the same figures, in the same order, as the English.
    func testEvaluateInChineseGivesTheSameFigures() throws {
        let root = try packageRoot()
        let en = try run(["evaluate"], in: root), zh = try run(["evaluate", "--lang", "zh"], in: root)
        XCTAssertEqual(en.status, 0, en.err)
        XCTAssertEqual(zh.status, 0, zh.err)
        XCTAssertTrue(zh.out.contains("合计") && zh.out.contains("标注"), zh.out)
        let figures = { (s: String) in s.matches(of: /\d+\.\d{3}|标注 \d+|gold \d+/).map { String($0.output).replacingOccurrences(of: "标注", with: "gold") } }
        XCTAssertEqual(figures(zh.out), figures(en.out))
        XCTAssertFalse(figures(en.out).isEmpty)
    }
}
