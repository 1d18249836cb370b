import Compare
import Foundation

// The command line: parses arguments, calls the library, prints. All behaviour is in Compare.

let usage = """
    compare-tool: compare 政务公开工作要点 plans.

    Usage:
      compare-tool [report] [--corpus DIR] [--out DIR]
          Parse every plan in the corpus and write the reports (default: Corpus/, Reports/).
      compare-tool parse FILE... [--format tree|json|markdown]
          Parse plans and print their metadata and structure (default format: tree).
      compare-tool align PLAN [--reference 2021|2018|FILE] [--taxonomy DIR] [--format markdown|json]
          Align each item of a plan to the national sections and requirements it carries out.
          The reference defaults to the plan's year, else the nearest earlier year in the taxonomy.
      compare-tool check DRAFT [--reference 2021|2018|FILE] [--taxonomy DIR] [--format markdown|json]
          Check a draft against the national requirements: coverage of every section and requirement,
          and each divergence (list omissions, deadlines, weakened wording, typos, missing units).
          Exits 0 when nothing needs fixing, 1 when there are gaps or warnings.
      compare-tool compare PLAN... [--reference 2021|2018|FILE] [--taxonomy DIR] [--format markdown|json|csv]
          Compare plans side by side: a matrix of national sections (or, across years, topics) by plan,
          each requirement's consensus wording and each plan's variant, local additions, a localisation
          index, and the plans ranked by coverage. Each plan follows its own year unless --reference is
          given. CSV is UTF-8 with a BOM, one row per matrix row and plan.
      compare-tool review OLD NEW [--taxonomy DIR] [--format markdown|json]
      compare-tool review --reference OLDYEAR NEWYEAR [--taxonomy DIR] [--format markdown|json]
          Review two plans year over year (items carried over, new, dropped and changed; topics
          gained and lost), or what changed in the national key points between two taxonomy years.
      compare-tool evaluate [--gold DIR] [--corpus DIR] [--reference 2021|2018|FILE] [--format text|json]
          Score the parser and the aligner against hand labels (default: Corpus/gold, Corpus/local),
          beside a plain baseline (character-bigram TF-IDF nearest section).
      compare-tool --help

    Exit codes: 0 success; 1 check found gaps or warnings; 2 a file could not be read or parsed;
    64 usage error.
    """

enum Exit {
    static let ok: Int32 = 0
    static let findings: Int32 = 1
    static let input: Int32 = 2
    static let usage: Int32 = 64
}

func fail(usage message: String) -> Never {
    printStderr("compare-tool: error: \(message)\nSee 'compare-tool --help'.\n")
    exit(Exit.usage)
}

func printError(_ message: String) {
    printStderr("compare-tool: error: \(message)\n")
}

/// Standard error that cannot trap: `FileHandle.write(_:)` does on a closed or full stream, and when
/// standard error is gone there is nowhere left to say so.
func printStderr(_ text: String) {
    do { try FileHandle.standardError.write(contentsOf: Data(text.utf8)) } catch {}
}

/// Standard output that says when it fails: `print` loses the text on a full disk or a closed
/// stream, and the command would exit 0 with nothing written.
struct OutputError: LocalizedError {
    let reason: String
    var errorDescription: String? {
        "could not write to standard output (\(reason)): check that the disk is not full and that whatever reads the output is still open, then run again"
    }
}

func emit(_ text: String, terminator: String = "\n") throws {
    do { try FileHandle.standardOutput.write(contentsOf: Data((text + terminator).utf8)) } catch {
        // The system's own words (No space left on device, Bad file descriptor) where it gave them.
        let ns = error as NSError
        if let posix = ns.userInfo[NSUnderlyingErrorKey] as? NSError, posix.domain == NSPOSIXErrorDomain {
            throw OutputError(reason: String(cString: strerror(Int32(posix.code))))
        }
        throw OutputError(reason: ns.domain == NSPOSIXErrorDomain ? String(cString: strerror(Int32(ns.code))) : error.localizedDescription)
    }
}

func describe(_ error: Error) -> String {
    (error as? LocalizedError)?.errorDescription ?? "\(error)"
}

/// Splits `--name value` options from positional arguments; rejects unknown options.
func options(_ args: ArraySlice<String>, allowed: Set<String>) -> (positional: [String], values: [String: String]) {
    var positional: [String] = []
    var values: [String: String] = [:]
    var i = args.startIndex
    while i < args.endIndex {
        let a = args[i]
        if a.hasPrefix("--") {
            var name = a
            var value: String? = nil
            if let eq = a.firstIndex(of: "=") {
                name = String(a[..<eq])
                value = String(a[a.index(after: eq)...])
            }
            guard allowed.contains(name) else { fail(usage: "unknown option '\(name)'") }
            if value == nil {
                i += 1
                guard i < args.endIndex else { fail(usage: "option '\(name)' needs a value") }
                value = args[i]
            }
            values[name] = value
        } else {
            positional.append(a)
        }
        i += 1
    }
    return (positional, values)
}

func runParse(_ args: ArraySlice<String>) -> Int32 {
    let (files, values) = options(args, allowed: ["--format"])
    let format = values["--format"] ?? "tree"
    guard ["tree", "json", "markdown"].contains(format) else { fail(usage: "unknown format '\(format)' (use tree, json or markdown)") }
    guard !files.isEmpty else { fail(usage: "parse needs at least one FILE") }
    var status = Exit.ok
    var jsons: [JSONValue] = []
    for file in files {
        do {
            let plan = try PlanLoader.load(path: file)
            switch format {
            case "json": jsons.append(PlanJSON.value(plan))
            case "markdown": try emit(PlanMarkdown.render(plan))
            default: try emit(TreeDump.render(plan), terminator: "")
            }
        } catch {
            printError(describe(error))
            status = Exit.input
        }
    }
    if format == "json", !jsons.isEmpty {
        do { try emit(files.count == 1 ? jsons[0].rendered() : JSONValue.array(jsons).rendered()) } catch {
            printError(describe(error))
            return Exit.input
        }
    }
    return status
}

func runEvaluate(_ args: ArraySlice<String>) -> Int32 {
    let (extra, values) = options(args, allowed: ["--gold", "--corpus", "--format", "--taxonomy", "--reference"])
    guard extra.isEmpty else { fail(usage: "evaluate takes no FILE arguments (got '\(extra[0])')") }
    let format = values["--format"] ?? "text"
    guard ["text", "json"].contains(format) else { fail(usage: "unknown format '\(format)' (use text or json)") }
    do {
        var loaded: Taxonomy? = nil
        func taxonomy() throws -> Taxonomy {
            if let loaded { return loaded }
            let made = try Taxonomy.load(directory: taxonomyDirectory(values["--taxonomy"]))
            loaded = made
            return made
        }
        var indexes: [Int: ReferenceIndex] = [:]
        var wordingIndexes: [String: ReferenceIndex] = [:]
        var fixed: ReferenceIndex? = nil
        var loadedLexicon: ObligationLexicon? = nil
        func lexicon() throws -> ObligationLexicon {
            if let loadedLexicon { return loadedLexicon }
            let made = try ObligationLexicon.load(directory: taxonomyDirectory(values["--taxonomy"]))
            loadedLexicon = made
            return made
        }
        func index(for plan: Plan) throws -> ReferenceIndex {
            if let option = values["--reference"] {
                if fixed == nil { fixed = ReferenceIndex(try resolveReference(option, plan: plan, taxonomy: taxonomy)) }
                return fixed!
            }
            let reference = try taxonomy().reference(forPlanYear: plan.metadata.year)
            if let built = indexes[reference.year] { return built }
            let built = ReferenceIndex(reference)
            indexes[reference.year] = built
            return built
        }
        let result = try Evaluation.run(
            goldDirectory: values["--gold"] ?? "Corpus/gold",
            corpusDirectory: values["--corpus"] ?? "Corpus/local",
            load: PlanLoader.load(path:),
            align: { plan in Aligner().align(plan, to: try index(for: plan)) },
            baseline: { plan in BaselineAligner().align(plan, to: try index(for: plan)) },
            check: { plan, alignment in
                DraftCheck.run(alignment, index: try index(for: plan), lexicon: try lexicon())
            },
            wordingOnly: { plan in
                let reference = try index(for: plan).reference
                let key = reference.name
                let built = wordingIndexes[key] ?? ReferenceIndex(ReferenceCompiler.compile(reference, curated: false))
                wordingIndexes[key] = built
                return DraftCheck.run(Aligner().align(plan, to: built), index: built, lexicon: try lexicon())
            },
            taxonomy: values["--reference"] == nil ? try taxonomy() : nil)
        try emit(format == "json" ? EvaluationReport.json(result).rendered() : EvaluationReport.text(result), terminator: format == "json" ? "\n" : "")
        return Exit.ok
    } catch {
        printError(describe(error))
        return Exit.input
    }
}

/// The taxonomy folder: `--taxonomy`, else `Corpus/taxonomy` here, else beside the repository the
/// executable was built in (so `.build/debug/compare-tool` works from any folder).
func taxonomyDirectory(_ option: String?) -> String {
    if let option { return option }
    let here = "Corpus/taxonomy"
    if FileManager.default.fileExists(atPath: here) { return here }
    var url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
    for _ in 0..<6 {
        let candidate = url.appendingPathComponent(here).path
        if FileManager.default.fileExists(atPath: candidate) { return candidate }
        url.deleteLastPathComponent()
    }
    return here
}

/// The reference a plan is aligned to: a year of the taxonomy, a national text FILE, or (no
/// option) the plan's own year or the nearest earlier one.
func resolveReference(_ option: String?, plan: Plan, taxonomy load: () throws -> Taxonomy) throws -> Reference {
    try chooseReference(option, plan: plan, taxonomy: load).reference
}

/// The reference `--reference` names (a year or a file: the user's choice), else the bundled key
/// points for the plan's year, with how they fit it.
func chooseReference(_ option: String?, plan: Plan, taxonomy load: () throws -> Taxonomy) throws -> ReferenceChoice {
    guard option == nil else { return ReferenceChoice(reference: try givenReference(option!, plan: plan, taxonomy: load), fit: .given) }
    return try load().choose(forPlanYear: plan.metadata.year)
}

func givenReference(_ option: String, plan: Plan, taxonomy load: () throws -> Taxonomy) throws -> Reference {
    if FileManager.default.fileExists(atPath: option) {
        // A reference text needs no taxonomy; where one is at hand with the text's year, its sections
        // are mapped onto the national ones.
        let text = try PlanLoader.load(path: option)
        let reference = try ReferenceBuilder.build(from: text, path: option)
        guard let taxonomy = try? load(), let national = taxonomy.reference(year: reference.year) else { return reference }
        return ReferenceMapping.mapped(reference, builtFrom: text, onto: national)
    }
    let taxonomy = try load()
    guard let year = Int(option), option.count == 4 else {
        fail(usage: "--reference takes a year (\(taxonomy.years.map(String.init).joined(separator: ", "))) or an existing FILE; '\(option)' is neither")
    }
    guard let reference = taxonomy.reference(year: year) else {
        throw TaxonomyError.yearNotInTaxonomy(year: year, available: taxonomy.years)
    }
    return reference
}

func runAlign(_ args: ArraySlice<String>) -> Int32 {
    let (files, values) = options(args, allowed: ["--reference", "--taxonomy", "--format"])
    let format = values["--format"] ?? "markdown"
    guard ["markdown", "json"].contains(format) else { fail(usage: "unknown format '\(format)' (use markdown or json)") }
    guard files.count == 1 else { fail(usage: "align takes one PLAN (got \(files.count))") }
    do {
        let plan = try PlanLoader.load(path: files[0])
        let loadTaxonomy = { try Taxonomy.load(directory: taxonomyDirectory(values["--taxonomy"])) }
        let reference = try resolveReference(values["--reference"], plan: plan, taxonomy: loadTaxonomy)
        var alignment = Aligner().align(plan, to: ReferenceIndex(reference))
        // Topics come from the topic layer whatever the reference; a reference text with no taxonomy
        // at hand gives none.
        if let taxonomy = try? loadTaxonomy() {
            alignment = TopicIndex(topics: taxonomy.topics, references: taxonomy.references).assign(alignment)
        }
        if format == "json" {
            try emit(AlignmentJSON.value(alignment, warnings: plan.warnings).rendered())
        } else {
            try emit(AlignmentMarkdown.render(alignment, reference: reference), terminator: "")
        }
        return Exit.ok
    } catch {
        printError(describe(error))
        return Exit.input
    }
}

func runCheck(_ args: ArraySlice<String>) -> Int32 {
    let (files, values) = options(args, allowed: ["--reference", "--taxonomy", "--format"])
    let format = values["--format"] ?? "markdown"
    guard ["markdown", "json"].contains(format) else { fail(usage: "unknown format '\(format)' (use markdown or json)") }
    guard files.count == 1 else { fail(usage: "check takes one DRAFT (got \(files.count))") }
    do {
        let plan = try PlanLoader.load(path: files[0])
        let folder = taxonomyDirectory(values["--taxonomy"])
        let choice = try chooseReference(values["--reference"], plan: plan) { try Taxonomy.load(directory: folder) }
        let reference = choice.reference
        let lexicon = try ObligationLexicon.load(directory: folder)
        let index = ReferenceIndex(reference)
        var alignment = Aligner().align(plan, to: index)
        let taxonomy = try? Taxonomy.load(directory: folder)
        if let taxonomy { alignment = TopicIndex(topics: taxonomy.topics, references: taxonomy.references).assign(alignment) }
        var result = DraftCheck.run(alignment, index: index, lexicon: lexicon)
        result.fit = choice.fit
        if let taxonomy { result.topics = TopicCoverage.statuses(alignment, topics: taxonomy.topics) }
        if format == "json" {
            try emit(CheckJSON.value(result, reference: reference, warnings: plan.warnings).rendered())
        } else {
            try emit(CheckMarkdown.render(result, reference: reference, warnings: plan.warnings), terminator: "")
        }
        return result.isClean ? Exit.ok : Exit.findings
    } catch {
        printError(describe(error))
        return Exit.input
    }
}

func runCompare(_ args: ArraySlice<String>) -> Int32 {
    let (files, values) = options(args, allowed: ["--reference", "--taxonomy", "--format"])
    let format = values["--format"] ?? "markdown"
    guard ["markdown", "json", "csv"].contains(format) else { fail(usage: "unknown format '\(format)' (use markdown, json or csv)") }
    guard !files.isEmpty else { fail(usage: "compare needs at least one PLAN") }
    do {
        // Every plan first: a matrix missing a column would mislead, so one bad file stops the run.
        let plans = try files.map { try PlanLoader.load(path: $0) }
        let folder = taxonomyDirectory(values["--taxonomy"])
        let taxonomy = try Taxonomy.load(directory: folder)
        let lexicon = try ObligationLexicon.load(directory: folder)
        var reference: Reference? = nil
        if let option = values["--reference"] {
            reference = try resolveReference(option, plan: plans[0]) { taxonomy }
        } else {
            for plan in plans { _ = try taxonomy.reference(forPlanYear: plan.metadata.year) }
        }
        let comparison = CrossComparison.run(plans: plans, taxonomy: taxonomy, lexicon: lexicon, reference: reference)
        switch format {
        case "json": try emit(ComparisonJSON.value(comparison).rendered())
        case "csv": try emit(ComparisonCSV.render(comparison), terminator: "")
        default: try emit(ComparisonMarkdown.render(comparison), terminator: "")
        }
        return Exit.ok
    } catch {
        printError(describe(error))
        return Exit.input
    }
}

func runReview(_ args: ArraySlice<String>) -> Int32 {
    let (files, values) = options(args, allowed: ["--reference", "--taxonomy", "--format"])
    let format = values["--format"] ?? "markdown"
    guard ["markdown", "json"].contains(format) else { fail(usage: "unknown format '\(format)' (use markdown or json)") }
    // `--reference 2018 2021`: the option takes the first year, the second is positional.
    let years = values["--reference"].map { [$0] + files }
    if let years {
        guard years.count == 2 else { fail(usage: "review --reference takes two years (got \(years.count))") }
        for y in years where Int(y) == nil || y.count != 4 { fail(usage: "review --reference takes two years such as 2018 2021; '\(y)' is not a year") }
    } else {
        guard files.count == 2 else { fail(usage: "review takes OLD and NEW plans (got \(files.count))") }
    }
    do {
        let taxonomy = try Taxonomy.load(directory: taxonomyDirectory(values["--taxonomy"]))
        let lexicon = try ObligationLexicon.load(directory: taxonomyDirectory(values["--taxonomy"]))
        let result: ReviewResult
        if let years {
            let references = try years.map { y in
                guard let reference = taxonomy.reference(year: Int(y)!) else {
                    throw TaxonomyError.yearNotInTaxonomy(year: Int(y)!, available: taxonomy.years)
                }
                return reference
            }
            result = ReferenceReview.run(old: references[0], new: references[1], taxonomy: taxonomy, lexicon: lexicon)
        } else {
            result = try PlanReview.run(old: PlanLoader.load(path: files[0]), new: PlanLoader.load(path: files[1]), taxonomy: taxonomy, lexicon: lexicon)
        }
        try emit(format == "json" ? ReviewJSON.value(result).rendered() : ReviewMarkdown.render(result), terminator: format == "json" ? "\n" : "")
        return Exit.ok
    } catch {
        printError(describe(error))
        return Exit.input
    }
}

func runReport(_ args: ArraySlice<String>) -> Int32 {
    let (extra, values) = options(args, allowed: ["--corpus", "--out"])
    guard extra.isEmpty else { fail(usage: "report takes no FILE arguments (got '\(extra[0])')") }
    do {
        let files = try CorpusReport.generate(corpus: values["--corpus"] ?? "Corpus", progress: { message in
            printStderr("\(message)\n")
        })
        let out = values["--out"] ?? "Reports"
        // All or nothing: the previous folder stays as it was unless every file was written.
        try ReportFolder.replace(out, with: files.map { (name: $0.0, text: $0.1) })
        printStderr("wrote \(files.count) files to \(out)/\n")
        return Exit.ok
    } catch {
        printError(describe(error))
        return Exit.input
    }
}

var arguments = CommandLine.arguments.dropFirst()
let command = arguments.first ?? "report"
if !arguments.isEmpty { arguments = arguments.dropFirst() }
switch command {
case "--help", "-h", "help":
    do { try emit(usage) } catch {
        printError(describe(error))
        exit(Exit.input)
    }
    exit(Exit.ok)
case "parse":
    exit(runParse(arguments))
case "evaluate":
    exit(runEvaluate(arguments))
case "align":
    exit(runAlign(arguments))
case "check":
    exit(runCheck(arguments))
case "compare":
    exit(runCompare(arguments))
case "review":
    exit(runReview(arguments))
case "report":
    exit(runReport(arguments))
default:
    if command.hasPrefix("--") {
        exit(runReport(CommandLine.arguments.dropFirst()))
    }
    fail(usage: "unknown command '\(command)'")
}
