import Foundation

/// The main job: every plan in the corpus parsed, checked against its national key points, laid
/// side by side with the others, and reviewed against the plans of its region in other years.
///
/// Everything is generated in memory first and returned as (relative path, text) pairs, so the
/// caller writes nothing when any plan or the taxonomy fails to read.
public enum CorpusReport {
    /// Plan files of a corpus folder (`DIR/local`, or `DIR`): text, Word files and web pages, sorted
    /// by name.
    public static func planPaths(corpus: String) throws -> [String] {
        PlanFiles.inFolder(try planFolder(corpus: corpus))
    }

    /// Where a corpus keeps its plans: `DIR/local`, else `DIR`.
    static func planFolder(corpus: String) throws -> String {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: corpus, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw InputError.notFound(path: corpus)
        }
        let local = corpus + "/local"
        return fm.fileExists(atPath: local) ? local : corpus
    }

    /// `taxonomy`: the taxonomy folder, by default `corpus/taxonomy`, else the built-in taxonomy.
    public static func generate(corpus: String, taxonomy folder: String? = nil, progress: (String) -> Void = { _ in }) throws -> [(String, String)] {
        // The plans, and what the folder holds besides them, named in the indexes: left out in
        // silence, a corpus would look as if it had no such plan. Where the plans lie in the corpus
        // itself (no local/), its taxonomy is no folder of plans.
        let plansFolder = try planFolder(corpus: corpus)
        let scanned = PlanFiles.scan(plansFolder)
        let paths = scanned.plans
        let notRead = scanned.notRead.filter { plansFolder != corpus || $0.format != .folder || $0.name != "taxonomy" }
        guard !paths.isEmpty else { throw InputError.notFound(path: corpus + "/local/*.txt|.docx|.html") }
        let pipeline = Pipeline(taxonomy: TaxonomyLocation.forCorpus(corpus, option: folder))
        let taxonomy = try pipeline.taxonomy()
        let lexicon = try pipeline.lexicon()
        for u in notRead { progress("not read: \(u.name): \(u.advice)") }
        // Read on every core; the first plan that cannot be read, in file-name order, stops the job.
        progress("parsing \(paths.count) plans")
        let plans = try ParallelMap.run(count: paths.count) { i in Result { try PlanLoader.load(path: paths[i]) } }.map { try $0.get() }
        // Each plan is aligned and checked once, on every core; the comparisons and reviews reuse
        // the result.
        progress("checking \(plans.count) plans")
        let analysed = try pipeline.check(plans: plans)
        for a in analysed { progress("checked \(a.plan.name) against \(a.reference.year)") }
        let checked = analysed.map(\.comparable)
        let checks = analysed.map { ($0.plan, $0.reference, $0.result) }
        let stems = ReportStems(plans.map(\.name))

        // Each plan's pages, made on every core, kept in the plans' order.
        var files: [(String, String)] = ParallelMap.run(count: checks.count) { i -> [(String, String)] in
            let (plan, reference, result) = checks[i]
            return [
                ("check/\(stems[plan.name]).md", CheckMarkdown.render(result, reference: reference, warnings: plan.warnings)),
                ("zh/check/\(stems[plan.name]).md", CheckMarkdown.render(result, reference: reference, warnings: plan.warnings, language: .zh)),
                ("check/\(stems[plan.name]).html", CheckHTML.render(result, reference: reference, warnings: plan.warnings, index: "../index.html")),
                ("zh/check/\(stems[plan.name]).html", CheckHTML.render(result, reference: reference, warnings: plan.warnings, language: .zh, index: "../index.html")),
                ("plans/\(stems[plan.name]).md", PlanMarkdown.render(plan)),
                ("zh/plans/\(stems[plan.name]).md", PlanMarkdown.render(plan, language: .zh)),
            ]
        }.flatMap { $0 }

        progress("comparing \(plans.count) plans")
        var comparisons: [(String, String, Comparison)] = [("compare", "All plans, every year (rows are the topics that cross years)", CrossComparison.run(checked: checked, taxonomy: taxonomy))]
        for reference in taxonomy.references {
            let following = checked.filter { $0.reference.year == reference.year }
            guard following.count >= 2 else { continue }
            comparisons.append(("compare-\(reference.year)", "The \(following.count) plans following the \(reference.year) key points (rows are its sections)",
                                CrossComparison.run(checked: following, taxonomy: taxonomy)))
        }
        for (name, _, comparison) in comparisons {
            files.append(("\(name).md", ComparisonMarkdown.render(comparison)))
            files.append(("zh/\(name).md", ComparisonMarkdown.render(comparison, language: .zh)))
            files.append(("\(name).csv", ComparisonCSV.render(comparison)))
            files.append(("zh/\(name).csv", ComparisonCSV.render(comparison, language: .zh)))
            // The heatmap's cells open the plan's check page at the section's row.
            files.append(("\(name).html", ComparisonHTML.render(comparison, checkPage: { "check/\(stems[$0.name]).html" })))
            files.append(("zh/\(name).html", ComparisonHTML.render(comparison, language: .zh, checkPage: { "check/\(stems[$0.name]).html" })))
        }

        // Each review: its Markdown, its English title, its web page if any, its Chinese title.
        var reviews: [(String, String, String?, String)] = []
        for (old, new) in zip(taxonomy.references, taxonomy.references.dropFirst()) {
            progress("reviewing the national key points \(old.year) → \(new.year)")
            let name = "review/national-\(old.year)-\(new.year).md"
            let review = ReferenceReview.run(old: old, new: new, taxonomy: taxonomy, lexicon: lexicon)
            files.append((name, ReviewMarkdown.render(review)))
            files.append(("zh/" + name, ReviewMarkdown.render(review, language: .zh)))
            // A web page too: the index page links every review, and a browser shows Markdown raw.
            let page = "review/national-\(old.year)-\(new.year).html"
            files.append((page, ReviewHTML.render(review)))
            files.append(("zh/" + page, ReviewHTML.render(review, language: .zh)))
            reviews.append((name, "The national key points, \(old.year) → \(new.year)", page, "国家要点：\(old.year)年 → \(new.year)年"))
        }
        // The checks' alignments, made once: they hold the matches alone (`Aligner.Detail`), and a
        // review reads only each item's sections and topics. One that read a match's reasons or the
        // coverage by section would need its own, full alignment.
        let alignedByName = Dictionary(analysed.map { ($0.plan.name, $0.aligned) }, uniquingKeysWith: { a, _ in a })
        for (old, new) in ReviewPairs.pairs(plans) {
            progress("reviewing \(old.name) → \(new.name)")
            let name = "review/\(stems[old.name])--\(stems[new.name]).md"
            guard let a = alignedByName[old.name], let b = alignedByName[new.name] else { continue }
            let review = try pipeline.review(old: a, new: b)
            let check = "../check/\(stems[new.name]).md"
            files.append((name, ReviewMarkdown.render(review, checkLink: check)))
            files.append(("zh/" + name, ReviewMarkdown.render(review, language: .zh, checkLink: check)))
            let page = "review/\(stems[old.name])--\(stems[new.name]).html"
            files.append((page, ReviewHTML.render(review)))
            files.append(("zh/" + page, ReviewHTML.render(review, language: .zh)))
            let province = old.metadata.province ?? ""
            // Both plans are of the province (`ReviewPairs` pairs within one).
            reviews.append((name, "\(label(old)) → \(label(new)) (both \(province))", page, "\(label(old)) → \(label(new))（均属\(province)）"))
        }

        // Each plan whose upper-level plan of the same year is in the corpus, checked against it.
        var upper: [BatchCheckMarkdown.UpperRow] = []
        let rows = checks.map { BatchCheckMarkdown.Row($0.0, reference: $0.1, result: $0.2) }
        try BatchCheck.checkAgainstUpper(pipeline, paths: paths, facts: plans.map(UpperLevelPairs.Facts.init), rows: rows, load: { plans[$0] }) { checked, row in
            upper.append(row)
            guard let checked else { return }
            progress("checking \(checked.plan.name) against its upper-level plan \(row.upperFile)")
            let name = "check/\(stems[checked.plan.name]).upper"
            files.append((name + ".md", CheckMarkdown.render(checked.result, reference: checked.reference, warnings: checked.plan.warnings)))
            files.append(("zh/" + name + ".md", CheckMarkdown.render(checked.result, reference: checked.reference, warnings: checked.plan.warnings, language: .zh)))
            files.append((name + ".html", CheckHTML.render(checked.result, reference: checked.reference, warnings: checked.plan.warnings, index: "../index.html")))
            files.append(("zh/" + name + ".html", CheckHTML.render(checked.result, reference: checked.reference, warnings: checked.plan.warnings, language: .zh, index: "../index.html")))
        }
        let upperLink = { (i: Int) in "check/\(stems[plans[upper[i].lower].name]).upper.md" }

        files.insert(("README.md", index(corpus: corpus, checks: checks, stems: stems, notRead: notRead, upper: BatchCheckMarkdown.upperSummary(upper, language: .en, link: upperLink),
                                         comparisons: comparisons.map { ($0.0, $0.1) }, reviews: reviews.map { ($0.0, $0.1, $0.2) })), at: 0)
        files.append(("zh/README.md", ChineseIndex.render(corpus: corpus, checks: checks, stems: stems, notRead: notRead, upper: BatchCheckMarkdown.upperSummary(upper, language: .zh, link: upperLink),
                                                          comparisons: comparisons.map(\.0), reviews: reviews.map { ($0.0, $0.3, $0.2) })))
        // The web entry links every page: the upper-level checks that were made, and the reviews.
        let labels = BatchCheckMarkdown.distinctLabels(plans)
        let upperPages = upper.indices.filter { upper[$0].row != nil }.map { i in
            (page: "check/\(stems[plans[upper[i].lower].name]).upper.html",
             lower: labels[plans[upper[i].lower].name] ?? upper[i].lowerLabel, upper: upper[i].upperLabel)
        }
        for language in [ReportLanguage.en, .zh] {
            let pages = reviews.compactMap { r in r.2.map { (page: $0, title: language == .zh ? r.3 : r.1) } }
            files.append((language == .zh ? "zh/index.html" : "index.html",
                          IndexPage.render(checks: checks, stems: stems, notRead: notRead, comparisons: comparisons.map { ($0.0, $0.1) }, upper: upperPages, reviews: pages, language: language)))
        }
        return files
    }

    /// `upper`: the table of checks against upper-level plans (empty when the corpus has none).
    static func index(corpus: String, checks: [(Plan, Reference, CheckResult)], stems: ReportStems, notRead: [UnreadFile] = [], upper: String, comparisons: [(String, String)], reviews: [(String, String, String?)]) -> String {
        let plans = checks.map(\.0)
        var out = "# Reports\n\nGenerated by `compare-tool report` from `\(Ingest.fileName(corpus))/`. Do not edit by hand: run the command again.\n\nAs web pages: [index.html](index.html); in Chinese (中文): [zh/index.html](zh/index.html), [zh/README.md](zh/README.md).\n\n"
        out += "## Plan checks\n\nEach plan checked against the national key points of its year (or the nearest earlier year): what it leaves out and where it says less; the plans most in need of work first. Each check is also written in Chinese (中文, `zh/check/`, indexed in [zh/README.md](zh/README.md)), for the offices that act on it.\n\n"
        var table = MarkdownTable([
            "plan", "year", "reference", "sections covered / partial / missing", "requirements not carried out",
            "divergences to fix", "notes", "local additions",
        ])
        let labels = BatchCheckMarkdown.distinctLabels(plans)
        for (plan, reference, r) in byNeed(checks) {
            func count(_ s: SectionStatus.Status) -> Int { r.coverage.filter { $0.status == s }.count }
            let open = r.requirementsNotCarriedOut
            let drawn = r.referenceDrawnFromIt ? " †" : ""
            let target = LinkPath.encode(stems[plan.name])
            let cells = ["[\(PlanMarkdown.escape(labels[plan.name] ?? label(plan)))](check/\(target).md)\(drawn) ([中文](zh/check/\(target).md); web page: [en](check/\(target).html), [中文](zh/check/\(target).html))", plan.metadata.year.map(String.init) ?? "—", String(reference.year),
                         "\(count(.covered)) / \(count(.partial)) / \(count(.missing))", String(open), String(r.divergencesToFixCount), String(r.notesCount), String(r.localAdditions.count)]
            table.row(cells)
        }
        out += table.rendered
        if checks.contains(where: \.2.referenceDrawnFromIt) {
            out += "\n† The taxonomy's wording for its year was drawn from this plan (`drawn-from`): where it copies that wording it agrees by construction, so its check finds real divergences but its clean rows prove little.\n"
        }
        out += BatchCheckMarkdown.notRead(notRead, corpus: true)
        out += upper.isEmpty
            ? "\n## Against the upper-level plan\n\nNone: no plan's upper-level plan of the same year is in the corpus (a county's or zone's prefecture, a prefecture's province, a district's municipality; found from the document numbers and titles a plan cites, its issuer and its province).\n"
            : upper
        out += "\n## Comparisons\n\n"
        for (name, title) in comparisons {
            let name = LinkPath.encode(name)
            out += "- [\(title)](\(name).md) ([CSV](\(name).csv): UTF-8 with a BOM, for Excel and WPS; [web page with a heatmap](\(name).html); in Chinese: [中文](zh/\(name).md), [中文网页](zh/\(name).html), [CSV（中文表头）](zh/\(name).csv))\n"
        }
        out += "\n## Reviews\n\n"
        if reviews.isEmpty { out += "None: no two plans of one province from different years, and one taxonomy year.\n" }
        for (name, title, page) in reviews.map({ (LinkPath.encode($0.0), $0.1, $0.2.map(LinkPath.encode)) }) {
            out += "- [\(PlanMarkdown.escape(title))](\(name)) ([中文](zh/\(name))" + (page.map { "; web page: [en](\($0)), [中文](zh/\($0))" } ?? "") + ")\n"
        }
        out += "\nEach plan is reviewed against one earlier plan at most: the same place's plan of the latest earlier year (its locality without 区/县/市, in the same province), else the latest earlier plan of its province (see *province* below) as a benchmark of two localities: reviews grow with the corpus, not with its square.\n"
        out += "\n## Plans\n\n" + MetadataTable.markdown(plans) + "\n"
        out += "*items*: the plan's task units (numbered items, or section paragraphs where a section has no numbered items); "
        out += "an unnumbered closing paragraph is counted with the item before it. "
        out += "*cites*: the documents the plan cites by number; \"+N by title only\" counts those it names only by their 《title》. "
        out += "*province*: from the plan's header, the provincial documents it cites and the names in its text; — where it shows none. "
        out += "*level*: province, prefecture (地级), county (县级: district, county, banner) or zone (development zone).\n\n"
        out += "Each plan's parsed outline:\n\n"
        for plan in plans {
            out += "- [\(PlanMarkdown.escape(plan.metadata.title ?? plan.name))](plans/\(LinkPath.encode(stems[plan.name])).md)"
            if !plan.warnings.isEmpty { out += " — \(plan.warnings.count) warning(s)" }
            out += "\n"
        }
        return out
    }

    /// The checks as the indexes list them: the plans most in need of work first (the batch
    /// check's order), so an office with hundreds of plans starts at the top.
    static func byNeed(_ checks: [(Plan, Reference, CheckResult)]) -> [(Plan, Reference, CheckResult)] {
        BatchCheckMarkdown.order(checks.map { BatchCheckMarkdown.Row($0.0, reference: $0.1, result: $0.2) }).map { checks[$0] }
    }

    /// 乌鲁木齐市 2018, else the file name.
    static func label(_ plan: Plan) -> String { BatchCheckMarkdown.label(plan) }
}
