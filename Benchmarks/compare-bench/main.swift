import Compare
import Foundation

// Throughput on the bundled corpus, per stage. Run in release:
//   swift run -c release compare-bench [ROUNDS] [parse]
// With `parse`, only ingest and parse run (for a profile of those stages alone).
// Each round ingests and parses every plan of Corpus/local once. Single-threaded.

// `compare-bench generate N DIR`: a corpus of N plans made from Corpus/local (CorpusGenerator).
// `compare-bench corpus DIR`: the batch check of every plan in DIR on every core, written to a folder
// as `check DIR --out` writes it: plans a second, CPU a plan in each stage, peak memory; then the
// Python difflib peer (Benchmarks/difflib-peer.py) on the first 100 plans, when python3 is there.
// `compare-bench report DIR`: the main job on DIR (its reports to a temporary folder): time, peak memory.
// Every failure (no Corpus/taxonomy here, a folder that cannot be read) is a message and exit 2,
// as in compare-tool, rather than the runtime's crash report for an error thrown at top level.
func bench(_ arguments: [String]) throws {
    if arguments.dropFirst().contains(where: { $0 == "-h" || $0 == "--help" }) || arguments.dropFirst() == ["help"] {
        print("""
            Usage (from the package root, in release: swift run -c release compare-bench …):
              compare-bench [ROUNDS [parse]]   stages on Corpus/local, single-threaded (ROUNDS: 200)
              compare-bench generate N DIR     write N plans made from Corpus/local to DIR
              compare-bench corpus DIR         the batch check of DIR on every core: plans a second, CPU a plan, peak memory
              compare-bench report DIR         the main job on DIR: time and peak memory
            Figures and how they were taken: Benchmarks/README.md.
            """)
        exit(0)
    }
    // An argument none of the forms takes is an error, not a run of the default benchmark.
    // Counts are positive: a range up to a negative count traps.
    let positive = { (s: String) in (Int(s) ?? 0) > 0 }
    let known = (arguments.count == 4 && arguments[1] == "generate" && positive(arguments[2]))
        || (arguments.count == 3 && ["corpus", "report"].contains(arguments[1]))
        || (arguments.count <= 3 && arguments.dropFirst().first.map(positive) ?? true
            && (arguments.count < 3 || arguments[2] == "parse"))
    guard known else {
        FileHandle.standardError.write(Data("compare-bench: unknown arguments \(arguments.dropFirst().joined(separator: " ")); see compare-bench --help\n".utf8))
        exit(64)
    }
    if arguments.count == 4, arguments[1] == "generate", let n = Int(arguments[2]) {
        let paths = try CorpusGenerator.generate(count: n, from: try CorpusGenerator.sources("Corpus/local"), into: arguments[3])
        print("wrote \(paths.count) plans to \(arguments[3])")
        exit(0)
    }
    if arguments.count == 3, arguments[1] == "corpus" {
        // What `check DIR --out OUT` does: every plan read, parsed, aligned, checked and its report
        // written, in chunks on every core; the reports go to a temporary folder, removed after.
        let paths = try PlanFiles.expand([arguments[2]])
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("compare-bench-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: out) }
        let start = Date()
        let outcome = try BatchCheck.run(Pipeline(taxonomyFolder: "Corpus/taxonomy"), paths: paths, format: .markdown, language: .en, out: out) { _ in }
        let seconds = Date().timeIntervalSince(start)
        let n = Double(paths.count), cores = ProcessInfo.processInfo.activeProcessorCount
        print(String(format: "%d plans: read, parsed, aligned, checked and written in %.1f s on %d cores, %.0f plans/s; peak memory %.0f MB; %d need attention",
                     paths.count, seconds, cores, n / seconds, CorpusGenerator.peakMB(), outcome.rows.filter { !$0.isClean }.count))
        for (stage, cpu) in [("read + parse", outcome.times.readAndParse), ("align", outcome.times.align), ("check", outcome.times.check)] {
            print(stage.padding(toLength: 14, withPad: " ", startingAt: 0)
                + String(format: "%8.0f µs CPU a plan %8.0f plans/s a core", cpu / n * 1e6, n / cpu))
        }
        // The peer, in the same run, on the first plans (it takes a fifth of a second and more a plan).
        if let peer = DifflibPeer.run(paths: paths, limit: 100) {
            print(String(format: "Python difflib peer (each line against each section title, one core): %d plans in %.1f s, %.1f plans/s; compare-tool: %.0f× as many plans a second",
                         peer.plans, peer.seconds, peer.perSecond, (n / seconds) / peer.perSecond))
        } else {
            print("Python difflib peer: not run (python3 not found on PATH)")
        }
        exit(0)
    }
    if arguments.count == 3, arguments[1] == "report" {
        // The main job on a corpus folder (DIR/local or DIR), its reports written to a temporary folder.
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("compare-bench-report-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: out) }
        let start = Date()
        let files = try CorpusReport.generate(corpus: arguments[2])
        try ReportFolder.replace(out, with: files.map { (name: $0.0, text: $0.1) })
        let seconds = Date().timeIntervalSince(start)
        let plans = try CorpusReport.planPaths(corpus: arguments[2]).count
        print(String(format: "report: %d plans, %d files in %.1f s, %.1f ms a plan; peak memory %.0f MB",
                     plans, files.count, seconds, seconds / Double(plans) * 1e3, CorpusGenerator.peakMB()))
        exit(0)
    }

    let dir = "Corpus/local/"
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
    guard !names.isEmpty else {
        FileHandle.standardError.write(Data("compare-bench: no plans in \(dir); run from the package root\n".utf8))
        exit(2)
    }
    let files = names.map { [UInt8](FileManager.default.contents(atPath: dir + $0) ?? Data()) }
    let rounds = Int(arguments.dropFirst().first ?? "200") ?? 200
    let count = Double(rounds * files.count)

    func measure(_ label: String, _ body: () throws -> Void) rethrows {
        let start = Date()
        try body()
        let seconds = Date().timeIntervalSince(start)
        print(label.padding(toLength: 16, withPad: " ", startingAt: 0)
            + String(format: "%8.1f µs/plan %9.0f plans/s", seconds / count * 1e6, count / seconds))
    }

    let sources = try files.enumerated().map { try Ingest.decode(bytes: $1, name: names[$0]) }
    print("\(files.count) plans × \(rounds) rounds")
    try measure("ingest") { for _ in 0..<rounds { for (i, b) in files.enumerated() { _ = try Ingest.decode(bytes: b, name: names[i]) } } }
    measure("parse") { for _ in 0..<rounds { for s in sources { _ = PlanParser.parse(s) } } }
    try measure("ingest + parse") {
        for _ in 0..<rounds { for (i, b) in files.enumerated() { _ = PlanParser.parse(try Ingest.decode(bytes: b, name: names[i])).items } }
    }
    if arguments.dropFirst(2).first == "parse" { exit(0) }

    // Alignment: the reference index is built once per year (as a batch would); each plan is then aligned.
    let taxonomy = try Taxonomy.load(directory: "Corpus/taxonomy")
    let plans = sources.map { PlanParser.parse($0) }
    var indexes: [Int: ReferenceIndex] = [:]
    for plan in plans {
        let reference = try taxonomy.reference(forPlanYear: plan.metadata.year)
        if indexes[reference.year] == nil { indexes[reference.year] = ReferenceIndex(reference) }
    }
    let planIndexes = try plans.map { indexes[try taxonomy.reference(forPlanYear: $0.metadata.year).year]! }
    measure("align") { for _ in 0..<rounds { for (i, p) in plans.enumerated() { _ = Aligner().align(p, to: planIndexes[i]) } } }
    // The draft check on top of the alignment (diff stage only: the alignments are made once here).
    let lexicon = try ObligationLexicon.load(directory: "Corpus/taxonomy")
    let alignments = plans.enumerated().map { Aligner().align($1, to: planIndexes[$0]) }
    var prepared: [Int: CheckReference] = [:]
    for (year, index) in indexes { prepared[year] = CheckReference(index: index, lexicon: lexicon) }
    measure("check (diff)") { for _ in 0..<rounds { for (i, a) in alignments.enumerated() { _ = DraftCheck.run(a, against: prepared[planIndexes[i].reference.year]!) } } }
    let indexStart = Date()
    for _ in 0..<rounds { _ = ReferenceIndex(taxonomy.references.last!) }
    print("reference index".padding(toLength: 16, withPad: " ", startingAt: 0)
        + String(format: "%8.1f µs/build (once per reference year, not per plan)", Date().timeIntervalSince(indexStart) / Double(rounds) * 1e6))

    // The batch check (`check PLAN…|DIR`): parse, align and check of every plan, the references prepared
    // once, on every core (`Pipeline.check(plans:)`). Plans per second of wall time.
    let batch = plans.flatMap { p in Array(repeating: p, count: rounds) }
    let pipeline = Pipeline(taxonomyFolder: "Corpus/taxonomy")
    _ = try pipeline.check(plans: Array(plans.prefix(1)))  // references prepared outside the timing
    let batchStart = Date()
    _ = try pipeline.check(sources: sources.flatMap { s in Array(repeating: s, count: rounds) })
    let batchSeconds = Date().timeIntervalSince(batchStart)
    print("batch (\(ProcessInfo.processInfo.activeProcessorCount) cores)".padding(toLength: 16, withPad: " ", startingAt: 0)
        + String(format: "%8.1f µs/plan %9.0f plans/s  (parse + align + check of %d plans)", batchSeconds / Double(batch.count) * 1e6, Double(batch.count) / batchSeconds, batch.count))
}

do {
    try bench(CommandLine.arguments)
} catch {
    let message = (error as? LocalizedError)?.errorDescription ?? "\(error)"
    FileHandle.standardError.write(Data("compare-bench: error: \(message) (run from the package root)\n".utf8))
    exit(2)
}
