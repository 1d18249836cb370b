@testable import Compare
import Foundation
import XCTest

/// The batch check streams plans through in chunks: whatever the chunk size, it must give the bytes
/// the whole batch held in memory gives, in the order given; a plan that cannot be read is named,
/// and the others are checked as without it.
final class BatchCheckTests: XCTestCase {
    var tmp: URL!

    override func setUpWithError() throws {
        tmp = FileManager.default.temporaryDirectory.appendingPathComponent("batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: tmp) }

    /// Every corpus plan, and the first again (two plans sharing a file name), as paths.
    var paths: [String] {
        (Fixtures.planNames + Fixtures.planNames.prefix(1)).map { Fixtures.corpus.appendingPathComponent($0).path }
    }

    /// Every index is given once, to one worker, and the results come in index order, whatever
    /// the number of workers; no worker number is outside the range, and a worker runs one index at
    /// a time (what it holds for itself is never touched by two at once).
    func testWorkersTakeEachIndexOnceAndOneAtATime() {
        final class Log: @unchecked Sendable {
            let lock = NSLock()
            var busy: [Int: Bool] = [:]
            var overlapped = false
            func enter(_ w: Int) { lock.lock(); overlapped = overlapped || busy[w] == true; busy[w] = true; lock.unlock() }
            func leave(_ w: Int) { lock.lock(); busy[w] = false; lock.unlock() }
        }
        for (count, workers) in [(0, 2), (1, 4), (7, 1), (600, 2), (600, 5), (3, 8)] {
            let log = Log()
            let got = ParallelMap.run(count: count, workers: workers) { w, i -> (Int, Int) in
                log.enter(w)
                defer { log.leave(w) }
                return (w, i * i)
            }
            XCTAssertEqual(got.map(\.1), (0..<count).map { $0 * $0 }, "\(count) on \(workers)")
            XCTAssertTrue(got.allSatisfy { (0..<min(max(workers, 1), max(count, 1))).contains($0.0) }, "\(count) on \(workers)")
            XCTAssertFalse(log.overlapped, "\(count) on \(workers)")
        }
    }

    /// A worker's pipeline chooses the same reference as the caller's, from the taxonomy the caller
    /// read, and prepares its own check clauses: equal in what they hold, not the same objects
    /// (nothing two cores would both count references to).
    func testSiblingPreparesItsOwnReferences() throws {
        let first = Pipeline(taxonomyFolder: Fixtures.taxonomyFolder)
        let sibling = first.sibling()
        let plan = try PlanLoader.load(path: paths[0])
        let (a, b) = (try first.choice(for: plan), try sibling.choice(for: plan))
        XCTAssertEqual(a.reference, b.reference)
        let (x, y) = (try first.checkReference(a.reference), try sibling.checkReference(b.reference))
        let id = try XCTUnwrap(x.wordingClauses.keys.min())
        let (ours, theirs) = (try XCTUnwrap(x.wordingClauses[id]), try XCTUnwrap(y.wordingClauses[id]))
        XCTAssertEqual(ours.map(\.text), theirs.map(\.text))
        XCTAssertFalse(zip(ours, theirs).contains { $0 === $1 }, "each clause made apart")
        XCTAssertTrue(try first.checkReference(a.reference).wordingClauses[id]!.first === ours.first, "the caller's kept")
    }

    /// A taxonomy that cannot be read gives each sibling the caller's error, not a reading of its own.
    func testSiblingHasTheCallersTaxonomyError() throws {
        let missing = Pipeline(taxonomyFolder: "/nonexistent-taxonomy")
        let sibling = missing.sibling()
        let plan = try PlanLoader.load(path: paths[0])
        XCTAssertThrowsError(try sibling.choice(for: plan)) { error in
            XCTAssertEqual("\(error)", "\(TaxonomyError.folderMissing(path: "/nonexistent-taxonomy"))")
        }
    }

    /// Chunks of 1, 3 and the default size hand over the same results, in the order given, as the
    /// plans checked all at once.
    func testChunksChangeNothing() throws {
        let whole = try Pipeline(taxonomyFolder: Fixtures.taxonomyFolder).check(plans: paths.map { try PlanLoader.load(path: $0) })
        let expected = whole.map { CheckJSON.value($0.result, reference: $0.reference, warnings: $0.plan.warnings).rendered() }
        for chunk in [1, 3, Pipeline.chunk] {
            var got: [(Int, String)] = []
            var times = Pipeline.StageTimes()
            try Pipeline(taxonomyFolder: Fixtures.taxonomyFolder).forEachChecked(paths: paths, chunk: chunk, make: { k, c in
                (k, CheckJSON.value(c.result, reference: c.reference, warnings: c.plan.warnings).rendered())
            }, take: { i, made, t in
                // Each plan is made knowing its place among the paths: the one it is handed over at.
                XCTAssertEqual(made.0, i)
                got.append((i, made.1))
                times = times + t
            })
            XCTAssertEqual(got.map(\.0), Array(paths.indices), "chunk \(chunk): handed over in the order given")
            XCTAssertEqual(got.map(\.1), expected, "chunk \(chunk)")
            XCTAssertGreaterThan(times.readAndParse, 0)
            XCTAssertGreaterThan(times.check, 0)
        }
    }

    /// A Markdown or web-page batch (or one plan alone) reads topics only for plans whose year has no
    /// bundled key points, and its reports are byte for byte those of a batch reading every plan's
    /// topics; the pages of those plans show topic coverage first, as the Markdown does. Every
    /// corpus plan as it is (its year bundled) and with its year moved to one that is not (2021年 →
    /// 2023年, 2018年 → 2019年).
    func testReportsThatShowNoTopicsAreTheSameWithoutReadingThem() throws {
        let given = try pathsWithYearsMoved()
        typealias Made = (markdown: String, zh: String, html: String, topics: Int, exact: Bool)
        func run(_ need: Pipeline.TopicNeed) throws -> [Made] {
            var out: [Made] = []
            try Pipeline(taxonomyFolder: Fixtures.taxonomyFolder).forEachChecked(paths: given, topics: need, make: { _, c -> Made in
                (BatchCheck.render(c, format: .markdown, language: .en, alone: true), BatchCheck.render(c, format: .markdown, language: .zh, alone: true),
                 BatchCheck.render(c, format: .html, language: .zh, alone: true), c.result.topics?.count ?? 0, c.aligned.choice.isExact)
            }, take: { _, made, _ in out.append(made) })
            return out
        }
        let every = try run(.everyPlan), some = try run(.whereYearDiffers)
        XCTAssertEqual(every.map(\.markdown), some.map(\.markdown))
        XCTAssertEqual(every.map(\.zh), some.map(\.zh))
        XCTAssertEqual(every.map(\.html), some.map(\.html))
        // The plans as they are all fit their year; most moved ones do not (a plan may also state its
        // year in words the edit leaves).
        XCTAssertTrue(some.prefix(paths.count).allSatisfy(\.exact))
        XCTAssertGreaterThanOrEqual(some.filter { !$0.exact }.count, 3)
        // One plan alone, as `check PLAN` runs it: the same reports.
        for (path, e) in zip(given, every) {
            let alone = try Pipeline(taxonomyFolder: Fixtures.taxonomyFolder).check(path: path, topics: .whereYearDiffers)
            XCTAssertEqual(BatchCheck.render(alone, format: .markdown, language: .zh, alone: true), e.zh)
            XCTAssertEqual(BatchCheck.render(alone, format: .html, language: .zh, alone: true), e.html)
        }
        for (e, s) in zip(every, some) {
            XCTAssertGreaterThan(e.topics, 0)
            XCTAssertEqual(s.topics, s.exact ? 0 : e.topics)
            XCTAssertEqual(s.html.contains("<h2>主题覆盖</h2>"), !s.exact)
            XCTAssertEqual(s.zh.contains("## 主题覆盖"), !s.exact)
        }
    }

    /// `paths`, then every corpus plan with its year moved to one not bundled (2021年 → 2023年,
    /// 2018年 → 2019年), written to `tmp`.
    func pathsWithYearsMoved() throws -> [String] {
        var given = paths
        for name in Fixtures.planNames {
            let text = try String(contentsOf: Fixtures.corpus.appendingPathComponent(name), encoding: .utf8)
            let moved = tmp.appendingPathComponent("moved-" + name)
            try text.replacingOccurrences(of: "2021年", with: "2023年").replacingOccurrences(of: "2018年", with: "2019年")
                .write(to: moved, atomically: true, encoding: .utf8)
            given.append(moved.path)
        }
        return given
    }

    /// What `check` runs reads each plan's topics exactly where its format shows them: a batch in
    /// each format (to standard output and to a folder) and each plan alone, as `check PLAN` runs
    /// it. JSON reads every plan's; the Markdown and the web page only those of plans whose
    /// reference is not of their year. A broken wiring would leave every report the same and only
    /// cost time, so the runs are held to what they read.
    func testEachRunReadsTopicsWhereItsFormatShowsThem() throws {
        let given = try pathsWithYearsMoved()
        let pipeline = Pipeline(taxonomyFolder: Fixtures.taxonomyFolder)
        let exact = try given.map { try pipeline.choice(for: PlanLoader.load(path: $0)).isExact }
        XCTAssertGreaterThanOrEqual(exact.filter { !$0 }.count, 3)
        for format in BatchCheck.Format.allCases {
            let shown = { (isExact: Bool) in format == .json || !isExact }
            let expected = exact.filter(shown).count
            for out in [nil, tmp.appendingPathComponent("out-\(format)").path] where format != .html || out != nil {
                let outcome = try BatchCheck.run(Pipeline(taxonomyFolder: Fixtures.taxonomyFolder), paths: given, format: format, language: .zh, out: out) { _ in }
                XCTAssertEqual(outcome.topicsRead, expected, "\(format) \(out ?? "stdout")")
            }
            for (path, isExact) in zip(given, exact) {
                let (_, checked) = try BatchCheck.one(Pipeline(taxonomyFolder: Fixtures.taxonomyFolder), path: path, format: format, language: .zh)
                XCTAssertEqual(checked.result.topics != nil, shown(isExact), "\(format) \(path)")
                // The items' topics are read by the same decision (an aligned plan read for its
                // topics has some item speaking of one).
                XCTAssertEqual(checked.aligned.alignment.items.contains { !$0.topics.isEmpty }, shown(isExact), "\(format) \(path)")
                XCTAssertEqual(checked.aligned.choice.isExact, isExact, path)
            }
        }
    }

    /// Standard output, streamed through the spool, is byte for byte what the batch rendered in
    /// memory gives: Markdown in both languages, and JSON as one object.
    func testStreamedOutputEqualsTheWholeBatchRendered() throws {
        let whole = try Pipeline(taxonomyFolder: Fixtures.taxonomyFolder).check(paths: paths)
        let checks = whole.map { (plan: $0.plan, reference: $0.reference, result: $0.result) }
        let rows = checks.map { BatchCheckMarkdown.Row($0.plan, reference: $0.reference, result: $0.result) }
        // The rows count what the lists hold, without making them.
        for (row, check) in zip(rows, checks) {
            XCTAssertEqual(row.toFix, check.result.divergencesToFix.count)
            XCTAssertEqual(row.notes, check.result.notes.count)
            XCTAssertEqual(check.result.divergencesToFix, check.result.warnings.filter { !$0.gap })
        }
        XCTAssertTrue(rows.contains { $0.toFix > 0 } && rows.contains { $0.notes > 0 })
        // The first plan is given twice (`paths`): named as one plan in two files.
        XCTAssertEqual(BatchCheckMarkdown.sameTextGroups(rows), [[0, paths.count - 1]])
        let json = JSONValue.object([("plans", .array(BatchCheckMarkdown.order(rows).map { i in
            // The file's name, and its path as given: the first plan's two files share a name.
            JSONValue.object([("file", .string(checks[i].plan.name)), ("path", .string(paths[i])),
                              ("check", CheckJSON.value(checks[i].result, reference: checks[i].reference, warnings: checks[i].plan.warnings))])
        })), ("same_plan", .array([.array([.string(paths[0]), .string(paths[paths.count - 1])])]))]).rendered() + "\n"
        // Each chunk size with one output: chunks of 1 and 4 split the plans unevenly.
        for (chunk, format, language) in [(1, BatchCheck.Format.markdown, ReportLanguage.en), (4, .markdown, .zh), (4, .json, .en), (Pipeline.chunk, .markdown, .en)] {
            var out = ""
            let outcome = try BatchCheck.run(Pipeline(taxonomyFolder: Fixtures.taxonomyFolder), paths: paths, format: format,
                                             language: language, out: nil, chunk: chunk) { out += $0 }
            XCTAssertEqual(out, format == .json ? json : BatchCheckMarkdown.render(checks, names: paths, language: language), "chunk \(chunk), \(format), \(language)")
            XCTAssertEqual(outcome.rows, rows)
            XCTAssertNil(outcome.filesWritten)
        }
    }

    /// With a folder: a file a plan, each exactly the plan's own check, and README.md linking them.
    func testAFolderGetsAFileAPlanAndTheSummary() throws {
        let folder = tmp.appendingPathComponent("out").path
        var printed = ""
        let outcome = try BatchCheck.run(Pipeline(taxonomyFolder: Fixtures.taxonomyFolder), paths: paths, format: .markdown,
                                         language: .en, out: folder, chunk: 2) { printed += $0 }
        XCTAssertEqual(outcome.filesWritten, paths.count + 1)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { !$0.hasPrefix(".") }
        XCTAssertEqual(files.count, paths.count + 1)
        let readme = try String(contentsOfFile: folder + "/README.md", encoding: .utf8)
        XCTAssertEqual(readme.filter { $0 == "\n" }.count, printed.filter { $0 == "\n" }.count)
        let single = try Pipeline(taxonomyFolder: Fixtures.taxonomyFolder).check(path: paths[0])
        let name = (Fixtures.planNames[0] as NSString).deletingPathExtension
        XCTAssertEqual(try String(contentsOfFile: "\(folder)/\(name).md", encoding: .utf8),
                       CheckMarkdown.render(single.result, reference: single.reference, warnings: single.plan.warnings))
        for file in files where file != "README.md" { XCTAssertTrue(readme.contains("](\(file))"), file) }
        XCTAssertTrue(files.contains("\(name)-2.md"), "the second copy of a name gets -2")
    }

    /// A plan of a group that cannot be read (first of its eight) leaves the group's other plans
    /// unchecked and unrendered: the chunk is not handed over, so that work would be thrown away.
    func testAPlanThatFailsStopsTheChecksOfItsGroup() throws {
        let bad = tmp.appendingPathComponent("empty.txt").path
        XCTAssertTrue(FileManager.default.createFile(atPath: bad, contents: Data()))
        final class Count: @unchecked Sendable {
            let lock = NSLock()
            var made = 0
        }
        let count = Count()
        let list = [bad] + Array(paths.prefix(Pipeline.group - 1))
        XCTAssertThrowsError(try Pipeline(taxonomyFolder: Fixtures.taxonomyFolder).forEachChecked(paths: list, make: { _, _ in
            count.lock.lock()
            count.made += 1
            count.lock.unlock()
        }, take: { _, _, _ in XCTFail("nothing handed over") }))
        XCTAssertEqual(count.made, 0)
    }

    /// `--reference FILE` is read once for every worker of a run: the file taken away after the
    /// first reading, a sibling still has it; one that cannot be read is the same error for all.
    func testAReferenceFileIsReadOnceForEveryWorker() throws {
        let reference = tmp.appendingPathComponent("reference.txt").path
        try Fixtures.text(Fixtures.planNames[0]).write(toFile: reference, atomically: true, encoding: .utf8)
        let plan = try PlanLoader.load(path: paths[1])
        let first = Pipeline(taxonomy: .folder(Fixtures.taxonomyFolder), reference: .file(reference))
        let sibling = first.sibling()
        let read = try first.choice(for: plan).reference
        try FileManager.default.removeItem(atPath: reference)
        XCTAssertEqual(try sibling.choice(for: plan).reference, read)
        XCTAssertEqual(try first.sibling().choice(for: plan).reference, read, "a sibling made later too")
        let missing = Pipeline(taxonomy: .folder(Fixtures.taxonomyFolder), reference: .file(reference))
        let other = missing.sibling()
        var errors: [String] = []
        for p in [missing, other] { XCTAssertThrowsError(try p.choice(for: plan)) { errors.append("\($0)") } }
        XCTAssertEqual(errors.count, 2)
        XCTAssertEqual(errors[0], errors[1])
    }

    /// Each corpus plan sent again under another name, as text in GB18030 with CRLF: named as the
    /// same plan as its first file, and no other; the corpus's five plans, and a copy one character
    /// of its body apart, are not the same.
    func testAPlanSentTwiceIsNamedAsSuch() throws {
        let pipeline = Pipeline(taxonomyFolder: Fixtures.taxonomyFolder)
        let originals = Fixtures.planNames.map { Fixtures.corpus.appendingPathComponent($0).path }
        var rows: [BatchCheckMarkdown.Row] = []
        _ = try pipeline.forEachChecked(paths: originals, make: { _, c in BatchCheckMarkdown.Row(c.plan, reference: c.reference, result: c.result) },
                                        take: { _, row, _ in rows.append(row) })
        XCTAssertEqual(BatchCheckMarkdown.sameTextGroups(rows), [])
        XCTAssertEqual(BatchCheckMarkdown.sameText(rows), "")
        for (k, name) in Fixtures.planNames.enumerated() {
            let text = try Fixtures.text(name)
            let copy = tmp.appendingPathComponent("副本-\(k).txt").path
            try XCTUnwrap(text.replacingOccurrences(of: "\n", with: "\r\n").data(using: IngestTests.gb18030)).write(to: URL(fileURLWithPath: copy))
            let apart = tmp.appendingPathComponent("改-\(k).txt").path
            let all = text.ranges(of: "公开")
            let sentence = all[all.count / 2]
            try text.replacingCharacters(in: sentence, with: "公布").write(toFile: apart, atomically: true, encoding: .utf8)
            var out = ""
            let outcome = try BatchCheck.run(pipeline, paths: originals + [apart, copy], format: .markdown, language: .en, out: nil) { out += $0 }
            XCTAssertEqual(BatchCheckMarkdown.sameTextGroups(outcome.rows), [[k, originals.count + 1]], name)
            XCTAssertTrue(out.contains("**Same plan twice**: these files hold the same plan (sent twice?); each is checked and counted above.\n\n- "
                                       + MarkdownText.escape(originals[k]) + ", " + MarkdownText.escape(copy) + "\n"), name)
        }
    }

    /// A plan that cannot be read (an empty file, a cover letter of no plan structure) or has no
    /// key points of its year (a 2015 plan), anywhere among the plans and in any chunk: the others
    /// are checked and reported exactly as without it, in the same files, and it is named under the
    /// summary with why, in the report's language. When no plan can be read, the first one's error
    /// is the run's and nothing is printed or written.
    func testAPlanThatCannotBeCheckedIsNamedAndTheOthersAreChecked() throws {
        let empty = tmp.appendingPathComponent("empty.txt").path
        XCTAssertTrue(FileManager.default.createFile(atPath: empty, contents: Data()))
        let letter = tmp.appendingPathComponent("报送函.txt").path
        try "关于报送2021年政务公开工作要点的函\n\n市政府办公室：\n现将我区工作要点报送如下，请审阅。\n".write(toFile: letter, atomically: true, encoding: .utf8)
        let old = tmp.appendingPathComponent("2015.txt").path
        try Fixtures.text(Fixtures.planNames[1]).replacingOccurrences(of: "2021", with: "2015").write(toFile: old, atomically: true, encoding: .utf8)
        let pipeline = Pipeline(taxonomyFolder: Fixtures.taxonomyFolder)
        let good = Array(paths.prefix(4))
        func run(_ list: [String], out: String?, language: ReportLanguage = .en) throws -> (BatchCheck.Outcome, String) {
            var printed = ""
            let outcome = try BatchCheck.run(pipeline, paths: list, format: .markdown, language: language, out: out, chunk: 2) { printed += $0 }
            return (outcome, printed)
        }
        func files(_ folder: String) throws -> [String: String] {
            var out: [String: String] = [:]
            for name in try FileManager.default.contentsOfDirectory(atPath: folder) { out[name] = try String(contentsOfFile: folder + "/" + name, encoding: .utf8) }
            return out
        }
        let clean = try run(good, out: nil)
        let cleanFolder = tmp.appendingPathComponent("clean").path
        _ = try run(good, out: cleanFolder)
        for bad in [empty, letter, old] {
            for position in [0, 3, 4] {
                var list = good
                list.insert(bad, at: position)
                let (outcome, printed) = try run(list, out: nil)
                XCTAssertEqual(outcome.rows, clean.0.rows, "\(bad) at \(position)")
                XCTAssertEqual(outcome.notChecked.map(\.path), [bad])
                let section = BatchCheckMarkdown.notChecked(outcome.notChecked)
                XCTAssertTrue(section.contains("**Not checked**: 1 file given") && section.contains("- " + MarkdownText.escape(bad) + ": "), section)
                XCTAssertEqual(printed.replacingOccurrences(of: section, with: ""), clean.1, "\(bad) at \(position): the rest as without it")
                let folder = tmp.appendingPathComponent("out-\(position)").path
                _ = try run(list, out: folder)
                var written = try files(folder), expected = try files(cleanFolder)
                XCTAssertEqual(written["README.md"]?.replacingOccurrences(of: section, with: ""), expected["README.md"])
                (written["README.md"], expected["README.md"]) = (nil, nil)
                XCTAssertEqual(written, expected, "\(bad) at \(position)")
                let zh = try run(list, out: nil, language: .zh).1
                XCTAssertTrue(zh.contains("**未能检查的文件**：所给文件中有1个") && zh.contains(outcome.notChecked[0].chinese.components(separatedBy: "：").dropFirst().joined(separator: "：")), zh)
            }
        }
        XCTAssertTrue(try run(good + [empty], out: nil).0.notChecked[0].english.contains("the file is empty"))
        XCTAssertTrue(try run(good + [letter], out: nil).0.notChecked[0].english.contains("no plan structure"))
        XCTAssertTrue(try run(good + [old], out: nil).0.notChecked[0].english.contains("no national key points for 2015"))
        // None readable: the first one's error, nothing printed, no folder made, no staging left.
        let folder = tmp.appendingPathComponent("none").path
        for list in [[empty], [letter, empty], [old, letter]] {
            for out in [nil, folder] as [String?] {
                var printed = ""
                XCTAssertThrowsError(try BatchCheck.run(pipeline, paths: list, format: .markdown, language: .en, out: out, chunk: 1) { printed += $0 }) { error in
                    let message = (error as? LocalizedError)?.errorDescription ?? ""
                    if list.count == 1 {
                        XCTAssertTrue(message.hasPrefix(list[0]), message)
                    } else {
                        // Every file named, each on its line with why.
                        XCTAssertTrue(message.hasPrefix("none of the \(list.count) files given could be checked as a plan:"), message)
                        for path in list { XCTAssertTrue(message.contains("\n  " + path + ": "), message) }
                    }
                }
                XCTAssertEqual(printed, "")
                XCTAssertFalse(FileManager.default.fileExists(atPath: folder))
                XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: tmp.path).filter { $0.contains("staging") }, [])
            }
        }
    }
}

/// A county's plan checked in one batch with its prefecture's: also checked against it, exactly as
/// `check --reference PREFECTURE COUNTY` checks it, and reported after the national checks.
final class UpperLevelBatchTests: XCTestCase {
    var tmp: URL!

    override func setUpWithError() throws {
        tmp = FileManager.default.temporaryDirectory.appendingPathComponent("upper-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: tmp) }

    static let county = "2021-xinjiang-tulufan-gaochang-draft.txt"

    /// The county's plan, and its prefecture's made from it: the same text with the county's name
    /// replaced by the prefecture's, which the county's plan cites as 《…2021年吐鲁番市政务公开工作要点…》.
    /// `edit` changes the prefecture's text further.
    func folder(_ edit: (String) -> String = { $0 }) throws -> [String] {
        let text = try Fixtures.text(Self.county)
        let paths = [tmp.appendingPathComponent(Self.county).path, tmp.appendingPathComponent("prefecture.txt").path]
        try text.write(toFile: paths[0], atomically: true, encoding: .utf8)
        try edit(text.replacingOccurrences(of: "高昌区", with: "吐鲁番市")).write(toFile: paths[1], atomically: true, encoding: .utf8)
        return paths
    }

    func testACountyIsAlsoCheckedAgainstItsPrefecturesPlan() throws {
        let paths = try folder()
        let alone = try Pipeline(taxonomyFolder: Fixtures.taxonomyFolder, reference: .file(paths[1])).check(path: paths[0])
        var out = ""
        let outcome = try BatchCheck.run(Pipeline(taxonomyFolder: Fixtures.taxonomyFolder), paths: paths, format: .markdown, language: .en, out: nil) { out += $0 }
        XCTAssertEqual(outcome.upper.map(\.lower), [0])
        let upper = try XCTUnwrap(outcome.upper.first)
        XCTAssertEqual(upper.evidence, .citesTitle)
        XCTAssertEqual(upper.upperFile, "prefecture.txt")
        XCTAssertEqual(upper.row, BatchCheckMarkdown.Row(alone.plan, reference: alone.reference, result: alone.result))
        XCTAssertTrue(out.hasSuffix(BatchCheckMarkdown.separator + CheckMarkdown.render(alone.result, reference: alone.reference, warnings: alone.plan.warnings)),
                      "the check against the prefecture's plan comes last")
        XCTAssertTrue(out.contains("## Against the upper-level plan: 1 plan"))
        // A check against an upper-level plan is of a reference given, which fits as the plan's own
        // year does: the Markdown reads no topics, for the plans or for it.
        XCTAssertEqual(outcome.topicsRead, 0)

        var json = ""
        let jsonOutcome = try BatchCheck.run(Pipeline(taxonomyFolder: Fixtures.taxonomyFolder), paths: paths, format: .json, language: .en, out: nil) { json += $0 }
        XCTAssertEqual(jsonOutcome.topicsRead, 3, "JSON reads the topics of both plans and of the check against the prefecture's")
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let entries = try XCTUnwrap(object["upper_level"] as? [[String: Any]])
        XCTAssertEqual(entries.map { $0["upper"] as? String }, ["prefecture.txt"])
        XCTAssertEqual(entries.map { $0["found_by"] as? String }, ["citesTitle"])
        XCTAssertEqual((object["plans"] as? [Any])?.count, 2)

        let target = tmp.appendingPathComponent("out").path
        let written = try BatchCheck.run(Pipeline(taxonomyFolder: Fixtures.taxonomyFolder), paths: paths, format: .markdown, language: .zh, out: target) { _ in }
        XCTAssertEqual(written.filesWritten, 4)
        let readme = try String(contentsOfFile: target + "/README.md", encoding: .utf8)
        XCTAssertTrue(readme.contains("](2021-xinjiang-tulufan-gaochang-draft.upper.md)") && readme.contains("对照上级计划"), readme)
        XCTAssertEqual(try String(contentsOfFile: target + "/2021-xinjiang-tulufan-gaochang-draft.upper.md", encoding: .utf8),
                       CheckMarkdown.render(alone.result, reference: alone.reference, warnings: alone.plan.warnings, language: .zh))
    }

    /// A report that cannot be written: `out` lies so deep that the county's own report fits the
    /// system's longest path and its check against the prefecture (".upper.md") does not. The error
    /// names it and says why, and nothing is left, though the reports are written on a thread of
    /// their own. (Report names are kept short, `ReportStems.fitted`: the depth is what is too long.)
    func testAReportThatCannotBeWrittenStopsTheBatchAndLeavesNothing() throws {
        let paths = try folder()
        // The staging folder `ReportFolder.Staged` makes beside `out`, as long as it will be.
        let staging = { (parent: String) in parent.utf8.count + "/.out.staging-\(getpid())-".utf8.count + 8 }
        var deep = tmp.appendingPathComponent("deep")
        while staging(deep.path) + 200 + 1 < 3_990 { deep.appendPathComponent(String(repeating: "d", count: 200)) }
        deep.appendPathComponent(String(repeating: "e", count: 4_000 - staging(deep.path) - 1))
        let room = staging(deep.path)
        // One more than fits with ".upper.md": 4,095 bytes at most (PATH_MAX less its NUL).
        let length = 4_095 - room - 1 - ".upper.md".utf8.count + 1
        XCTAssertTrue((1...ReportStems.longest).contains(length), "\(length)")
        try FileManager.default.createDirectory(at: deep, withIntermediateDirectories: true)
        let long = tmp.appendingPathComponent(String(repeating: "a", count: length) + ".txt").path
        try FileManager.default.moveItem(atPath: paths[0], toPath: long)
        let target = deep.appendingPathComponent("out").path
        XCTAssertThrowsError(try BatchCheck.run(Pipeline(taxonomyFolder: Fixtures.taxonomyFolder), paths: [long, paths[1]], format: .markdown,
                                                language: .en, out: target) { _ in }) { error in
            let message = (error as? LocalizedError)?.errorDescription ?? ""
            XCTAssertTrue(message.contains(".upper.md: cannot write (File name too long)"), message)
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: deep.path), [])
        XCTAssertEqual(Set(try FileManager.default.contentsOfDirectory(atPath: tmp.path)), Set([(long as NSString).lastPathComponent, "prefecture.txt", "deep"]))
    }

    /// Files that cannot be read before, between and after a county and its prefecture: the
    /// upper-level check is made and written as without them (rows and paths kept apart).
    func testPlansNotCheckedLeaveTheUpperLevelCheckAsItWas() throws {
        let paths = try folder()
        let bad = (1...3).map { tmp.appendingPathComponent("empty-\($0).txt").path }
        for path in bad { XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data())) }
        for format in [BatchCheck.Format.markdown, .html] {
            let clean = tmp.appendingPathComponent("clean-\(format)").path
            let skipped = tmp.appendingPathComponent("skipped-\(format)").path
            let a = try BatchCheck.run(Pipeline(taxonomyFolder: Fixtures.taxonomyFolder), paths: paths, format: format, language: .zh, out: clean) { _ in }
            let b = try BatchCheck.run(Pipeline(taxonomyFolder: Fixtures.taxonomyFolder), paths: [bad[0], paths[0], bad[1], paths[1], bad[2]], format: format,
                                       language: .zh, out: skipped, chunk: 1) { _ in }
            XCTAssertEqual(a.upper.count, 1)
            XCTAssertEqual(b.upper, a.upper)
            XCTAssertEqual(b.notChecked.map(\.path), bad)
            let upperFiles = try FileManager.default.contentsOfDirectory(atPath: clean).filter { $0.contains(".upper.") }
            XCTAssertEqual(upperFiles.count, 1)
            for name in upperFiles {
                XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: skipped + "/" + name)), try Data(contentsOf: URL(fileURLWithPath: clean + "/" + name)), name)
            }
        }
    }

    /// An upper plan that cannot serve as a reference (two sections with one number) is named on
    /// its plans' row with the reason; the rest of the batch is reported as usual.
    func testAnUpperPlanThatCannotServeIsReportedNotFatal() throws {
        let paths = try folder { $0.replacingOccurrences(of: "(三)狠抓任务落实", with: "(三)狠抓任务落实\n\n(三)重复的条目") }
        var out = ""
        let outcome = try BatchCheck.run(Pipeline(taxonomyFolder: Fixtures.taxonomyFolder), paths: paths, format: .markdown, language: .en, out: nil) { out += $0 }
        XCTAssertEqual(outcome.rows.count, 2)
        let upper = try XCTUnwrap(outcome.upper.first)
        XCTAssertNil(upper.row)
        XCTAssertTrue(upper.problem?.contains("a second section numbered") == true, upper.problem ?? "")
        XCTAssertTrue(out.contains("not checked: "), out)
        XCTAssertEqual(out.components(separatedBy: BatchCheckMarkdown.separator).count, 3, "the summary and the two national checks")
        // In a Chinese summary, the reason in Chinese.
        var zh = ""
        _ = try BatchCheck.run(Pipeline(taxonomyFolder: Fixtures.taxonomyFolder), paths: paths, format: .markdown, language: .zh, out: nil) { zh += $0 }
        XCTAssertTrue(zh.contains("未检查：") && zh.contains("同一部分中出现了第二个编号为"), zh)
        XCTAssertFalse(zh.contains("a second section numbered"), zh)
    }

    /// Plans of different years, or no sign that one is the other's: no upper check.
    func testNoSignNoUpperCheck() throws {
        for edit in [{ (s: String) in s.replacingOccurrences(of: "2021", with: "2022") }, { $0.replacingOccurrences(of: "吐鲁番市", with: "哈密市") }] {
            let paths = try folder(edit)
            let outcome = try BatchCheck.run(Pipeline(taxonomyFolder: Fixtures.taxonomyFolder), paths: paths, format: .markdown, language: .en, out: nil) { _ in }
            XCTAssertEqual(outcome.upper, [])
        }
    }
}

/// Texts kept on disk and read back in any order, as they were written.
final class ReportSpoolTests: XCTestCase {
    func testTextsComeBackAsWrittenInAnyOrder() throws {
        let texts = ["", "# 草案检查\n", String(repeating: "乌鲁木齐市 2018 | ", count: 5_000), "a\u{1F}b\r\n", "\u{FEFF}x"]
        let spool = try ReportSpool()
        for t in texts { try spool.append(t) }
        XCTAssertEqual(spool.count, texts.count)
        for i in [3, 0, 4, 2, 1, 2] { XCTAssertEqual(try spool.text(i), texts[i]) }
        // Appending after reading keeps the earlier texts intact.
        try spool.append("last")
        XCTAssertEqual(try spool.text(5), "last")
        XCTAssertEqual(try spool.text(2), texts[2])
    }

    /// A temporary folder that cannot be written is named, with what to do.
    func testAnUnwritableTemporaryFolderIsAnError() throws {
        let saved = ProcessInfo.processInfo.environment["TMPDIR"]
        defer { if let saved { setenv("TMPDIR", saved, 1) } else { unsetenv("TMPDIR") } }
        setenv("TMPDIR", "/nonexistent-compare-tool-test/", 1)
        XCTAssertThrowsError(try ReportSpool()) { error in
            let message = (error as? LocalizedError)?.errorDescription ?? ""
            XCTAssertTrue(message.contains("/nonexistent-compare-tool-test") && message.contains("TMPDIR"), message)
        }
    }
}

/// One measure of need orders plans everywhere: each count, changed alone, moves a plan the way
/// its weight says, and an earlier count outweighs any later one.
final class NeedKeyTests: XCTestCase {
    func testEachCountOutweighsTheOnesAfterIt() {
        let base = NeedKey(notCarriedOut: 2, toFix: 2, sectionsMissing: 2, notes: 2)
        let fields: [WritableKeyPath<NeedKey, Int>] = [\.notCarriedOut, \.toFix, \.sectionsMissing, \.notes]
        for (k, field) in fields.enumerated() {
            var more = base
            more[keyPath: field] += 1
            XCTAssertGreaterThan(more, base)
            // One more of this count beats any amount of every later count.
            var later = base
            for f in fields[(k + 1)...] { later[keyPath: f] = 1_000 }
            XCTAssertGreaterThan(more, later)
            XCTAssertLessThan(later, more)
        }
        XCTAssertFalse(base < base)
    }
}
