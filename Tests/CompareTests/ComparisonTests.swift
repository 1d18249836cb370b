import Foundation
import XCTest

@testable import Compare

/// The cross-jurisdiction comparison, built by changing corpus plans: against the labels'
/// coverage, a plan beside itself, a section deleted, the plans reordered, years mixed, and plans
/// made of national wording only or of local additions only.
final class ComparisonTests: XCTestCase {
    static let gaochang = "2021-xinjiang-tulufan-gaochang-draft.txt"
    static let zhuhai = "2021-guangdong-zhuhai-gaoxinqu.txt"
    static let lexicon: ObligationLexicon = {
        do { return try ObligationLexicon.load(directory: Fixtures.taxonomyFolder) } catch { fatalError("\(error)") }
    }()
    static let plans: [String: Plan] = {
        do { return try Dictionary(uniqueKeysWithValues: Fixtures.planNames.map { ($0, try Fixtures.plan($0)) }) } catch { fatalError("\(error)") }
    }()
    static var planYears: [String: Int?] { plans.mapValues(\.metadata.year) }
    static func plan(_ name: String) -> Plan { plans[name]! }

    func compare(_ plans: [Plan], reference: Reference? = nil) -> Comparison {
        Self.compare(plans, reference: reference)
    }

    /// Through the pipeline, as `compare-tool compare` runs it.
    static func compare(_ plans: [Plan], reference: Reference? = nil) -> Comparison {
        let pipeline = Pipeline(taxonomy: Fixtures.taxonomy, lexicon: lexicon, reference: reference.map { .given($0) } ?? .planYear)
        do { return try pipeline.compare(plans) } catch { fatalError("\(error)") }
    }

    /// The 2021 corpus plans, compared once for the tests that only read the result.
    static let all2021: [Plan] = Fixtures.planNames.filter { $0.hasPrefix("2021") }.map(plan)
    static let comparison2021 = compare(all2021)

    /// Each plan's cells by row id, read by plan name (columns move; cells must not).
    func cells(_ c: Comparison) -> [String: [String: MatrixCell]] {
        var out: [String: [String: MatrixCell]] = [:]
        for (i, p) in c.plans.enumerated() {
            out[p.name] = Dictionary(uniqueKeysWithValues: c.matrix.map { ($0.id, $0.cells[i]) })
        }
        return out
    }

    // MARK: The matrix

    func testTheMatrixAgreesWithTheLabelsCoverage() throws {
        let gold = try GoldLabels.load(directory: Fixtures.root.appendingPathComponent("Corpus/gold").path)
        XCTAssertFalse(gold.isEmpty)
        // Plans of one reference year together, so that the rows are that year's sections.
        var agree = 0, total = 0
        for year in Set(gold.map(\.reference)).sorted() {
            let labelled = gold.filter { $0.reference == year }
            let c = compare(labelled.map { Self.plan($0.plan) })
            XCTAssertEqual(c.rows, .sections)
            let byPlan = cells(c)
            for label in labelled {
                let covered = Set(label.items.flatMap(\.sections))
                for row in c.matrix {
                    let cell = try XCTUnwrap(byPlan[label.plan]?[row.id])
                    total += 1
                    if (cell.mark != .missing) == covered.contains(row.id) { agree += 1 } else {
                        XCTFail("\(label.plan) \(row.id): matrix \(cell.mark.rawValue), labels \(covered.contains(row.id) ? "covered" : "not covered")")
                    }
                }
            }
        }
        print("matrix against the labels' coverage: \(agree) of \(total) cells agree (\(gold.count) labelled plans)")
        XCTAssertGreaterThan(total, 0)
    }

    func testAPlanComparedWithItselfGivesIdenticalColumns() {
        let p = Self.plan(Self.zhuhai)
        let c = compare([p, p])
        for row in c.matrix { XCTAssertEqual(row.cells[0], row.cells[1], row.id) }
        XCTAssertEqual(c.plans[0].localisation, c.plans[1].localisation)
        XCTAssertEqual(c.plans[0].requirementsReached, c.plans[1].requirementsReached)
        for r in c.requirements {
            let (a, b) = (r.variants[0], r.variants[1])
            XCTAssertEqual([a.text, a.path?.rawValue], [b.text, b.path?.rawValue], "\(r.requirement)")
            XCTAssertEqual(a.divergences, b.divergences, "\(r.requirement)")
            if a.isCarried {
                // Two copies agree with each other: the consensus is the plan's own clause.
                XCTAssertEqual(r.source, .plans, "\(r.requirement)")
                XCTAssertEqual(a.text, r.consensus, "\(r.requirement)")
                XCTAssertEqual(a.similarity, 1, "\(r.requirement)")
            }
        }
    }

    func testASectionDeletedIsMissingInThatColumnAndNothingElseChanges() throws {
        var outline = AlignerTests.Outline(try Fixtures.text(Self.gaochang))
        let before = try Fixtures.parse(outline.render(), name: Self.gaochang)
        let removed = outline.parts[3].sections.remove(at: 1)
        let after = try Fixtures.parse(outline.render(), name: Self.gaochang)
        let zhuhai = Self.plan(Self.zhuhai)
        let x = cells(compare([zhuhai, before])), y = cells(compare([zhuhai, after]))
        // The deleted section's row, found by what the aligner made of its items before.
        let gone = try XCTUnwrap(x[Self.gaochang]?.first { $0.value.items.contains { $0.rawValue.hasPrefix("四、/（二）") } }?.key, removed.heading)
        XCTAssertEqual(y[Self.gaochang]?[gone]?.mark, .missing)
        XCTAssertNotEqual(x[Self.gaochang]?[gone]?.mark, .missing)
        XCTAssertEqual(x[Self.zhuhai], y[Self.zhuhai], "the other plan's column is unchanged")
        // Items are numbered straight through, so later paths shift: compare everything but paths.
        func shape(_ c: MatrixCell?) -> [String] {
            guard let c else { return [] }
            return [c.mark.rawValue, "\(c.requirementsReached)/\(c.requirementsTotal)", c.bestScore.map { String(format: "%.6f", $0) } ?? "-"] + c.sections.map(\.rawValue)
        }
        for id in (x[Self.gaochang] ?? [:]).keys where id != gone {
            XCTAssertEqual(shape(x[Self.gaochang]?[id]), shape(y[Self.gaochang]?[id]), id)
        }
    }

    func testTheOrderOfThePlansChangesOnlyTheColumnOrder() {
        let forward = Self.comparison2021
        let backward = compare(Self.all2021.reversed())
        XCTAssertEqual(forward.plans.map(\.name), backward.plans.map(\.name).reversed())
        XCTAssertEqual(cells(forward), cells(backward))
        XCTAssertEqual(forward.matrix.map(\.id), backward.matrix.map(\.id))
        XCTAssertEqual(forward.ranking.map { forward.plans[$0].name }, backward.ranking.map { backward.plans[$0].name })
        func variants(_ c: Comparison) -> [RequirementID: [String: Variant]] {
            Dictionary(uniqueKeysWithValues: c.requirements.map { r in
                (r.requirement, Dictionary(uniqueKeysWithValues: r.variants.map { v in
                    var plain = v
                    plain.plan = 0
                    return (c.plans[v.plan].name, plain)
                }))
            })
        }
        XCTAssertEqual(forward.requirements.map(\.consensus), backward.requirements.map(\.consensus))
        XCTAssertEqual(forward.requirements.map(\.consensusPlan), backward.requirements.map(\.consensusPlan))
        XCTAssertEqual(variants(forward), variants(backward))
    }

    /// Least wrong first: requirements not carried out, then divergences to fix, then notes, ties
    /// by name; a plan the reference wording was drawn from last and unranked (rank 0).
    func testThePlansAreRankedByWhatIsWrongAndCopyingIsNotRewarded() {
        let c = Self.comparison2021
        XCTAssertEqual(Set(c.ranking), Set(c.plans.indices))
        let key = { (p: ComparedPlan) in (p.referenceDrawnFromIt ? 1 : 0, p.requirementsTotal - p.requirementsReached, p.warnings, p.notes) }
        for (a, b) in zip(c.ranking, c.ranking.dropFirst()) {
            let x = c.plans[a], y = c.plans[b]
            XCTAssertTrue(key(x) < key(y) || (key(x) == key(y) && x.name <= y.name), "\(x.name) before \(y.name)")
        }
        let ranked = c.ranking.filter { !c.plans[$0].referenceDrawnFromIt }
        XCTAssertEqual(ranked.map { c.plans[$0].rank }, Array(1...ranked.count))
        XCTAssertTrue(c.plans.filter(\.referenceDrawnFromIt).allSatisfy { $0.rank == 0 })
        XCTAssertGreaterThan(c.plans.filter(\.referenceDrawnFromIt).count, 0, "the corpus has plans the wording was drawn from")
    }

    func testPlansOfDifferentYearsMeetInTopicRows() throws {
        let plans = Fixtures.planNames.map(Self.plan)
        XCTAssertGreaterThan(Set(plans.map(\.metadata.year)).count, 1)
        let c = compare(plans)
        XCTAssertEqual(c.rows, .topics)
        XCTAssertEqual(Set(c.references), ["2018", "2021"])
        XCTAssertEqual(c.matrix.map(\.id), Fixtures.taxonomy.topics.map(\.key).filter(Set(c.matrix.map(\.id)).contains), "rows in the taxonomy's topic order")
        for row in c.matrix {
            for (p, cell) in zip(c.plans, row.cells) {
                let reference = try XCTUnwrap(Fixtures.taxonomy.reference(year: Int(p.reference)!))
                let own = reference.sections.filter { $0.topics.contains(row.title) }.map(\.id)
                XCTAssertEqual(cell.sections, own, "\(p.name) \(row.title): the topic's sections of the plan's own year")
                XCTAssertEqual(cell.mark == .absent, own.isEmpty, "\(p.name) \(row.title)")
            }
        }
        // One reference for all, given: back to section rows.
        let one = compare(plans, reference: Fixtures.taxonomy.reference(year: 2021))
        XCTAssertEqual(one.rows, .sections)
        XCTAssertEqual(Set(one.matrix.map(\.id)), Set(Fixtures.taxonomy.reference(year: 2021)!.sections.map(\.id.rawValue)))
    }

    func testSectionRowsAreGroupedUnderTheirFirstTopic() {
        let reference = Fixtures.taxonomy.reference(year: 2018)!
        let c = compare([Self.plan("2018-xinjiang-wulumuqi.txt")])
        XCTAssertEqual(c.matrix.count, reference.sections.count)
        for row in c.matrix {
            let section = reference.section(id: SectionID(row.id))!
            XCTAssertEqual(row.topic, section.topics.first)
            XCTAssertEqual(row.otherTopics, Array(section.topics.dropFirst()))
        }
        // A group's rows are together.
        let topics = c.matrix.map(\.topic)
        let groups = topics.enumerated().filter { $0.offset == 0 || topics[$0.offset - 1] != $0.element }.map(\.element)
        XCTAssertEqual(groups.count, Set(topics).count)
    }

    // MARK: Consensus

    func testTheConsensusIsAPlansClauseEveryWordOfWhichAnotherSharesElseTheReferenceWording() {
        let reference = Fixtures.taxonomy.reference(year: 2021)!
        var fromPlans = 0
        for r in Self.comparison2021.requirements {
            let carried = r.variants.filter(\.isCarried)
            let requirement = reference.requirements.first { $0.requirement.id == r.requirement }!.requirement
            if r.source == .plans {
                fromPlans += 1
                XCTAssertGreaterThanOrEqual(carried.count, 2, "\(r.requirement)")
                let own = carried.first { $0.text == r.consensus && Self.comparison2021.plans[$0.plan].name == r.consensusPlan }
                XCTAssertNotNil(own, "\(r.requirement)")
                // Every character pair of the consensus is another plan's or the wording's too.
                var shared = Set(requirement.wording.flatMap { MatchText($0).bigrams })
                for v in carried where v.plan != own?.plan { shared.formUnion(MatchText(v.text ?? "").bigrams) }
                XCTAssertTrue(Set(MatchText(r.consensus).bigrams).isSubset(of: shared), "\(r.requirement)")
            } else {
                XCTAssertTrue((requirement.wording + [requirement.summary]).contains(r.consensus), "\(r.requirement)")
            }
        }
        XCTAssertGreaterThan(fromPlans, 0)
        let alone = compare([Self.plan(Self.gaochang)])
        XCTAssertTrue(alone.requirements.allSatisfy { $0.source == .reference })
    }

    func testTheMostCentralClauseLosesToOneOthersShareWhenItHasASlip() {
        func passage(_ plan: String, _ text: String) -> (plan: String, passage: Consensus.Passage) {
            (plan, Consensus.Passage(path: "1.", line: 1, text: text, bigrams: Set(MatchText(text).bigrams)))
        }
        // a holds what b and c each hold half of, so it is the most central; its 步伐 is its own.
        let candidates = [
            passage("a", "强化政府系统内部信息整合统一步伐对外发声"),
            passage("b", "强化政府系统内部信息整合"),
            passage("c", "信息整合统一步调对外发声"),
        ]
        XCTAssertEqual(Consensus.ranked(candidates, reference: []).first, 0)
        XCTAssertNotEqual(Consensus.voted(candidates, reference: []), 0)
        // With the slip corrected, a is the consensus.
        var fixed = candidates
        fixed[0] = passage("a", "强化政府系统内部信息整合统一步调对外发声")
        XCTAssertEqual(Consensus.voted(fixed, reference: []), 0)
    }

    func testOnePlansSlipNeverBecomesTheConsensus() throws {
        // 高昌 and a copy of it with one word misspelt: the copy's clause is as central as the
        // original's, but its slip is its own.
        let text = try Fixtures.text(Self.gaochang)
        let slip = text.replacingOccurrences(of: "统一步调对外发声", with: "统一步伐对外发声")
        XCTAssertNotEqual(slip, text)
        let c = compare([Self.plan(Self.gaochang), try Fixtures.parse(slip, name: "slip.txt")])
        XCTAssertFalse(c.requirements.contains { $0.consensus.contains("统一步伐") })
    }

    func testMarksFollowTheCountsAndRanksCountWithinEachReference() {
        let mixed = compare(Fixtures.planNames.map(Self.plan))
        for c in [Self.comparison2021, mixed] {
            for row in c.matrix {
                for cell in row.cells where cell.mark != .absent {
                    let expected: MatrixCell.Mark = cell.requirementsReached == cell.requirementsTotal ? .covered : cell.requirementsReached == 0 ? .missing : .partial
                    XCTAssertEqual(cell.mark, expected, "\(row.id) \(cell.requirementsReached)/\(cell.requirementsTotal)")
                }
            }
            for reference in Set(c.plans.map(\.reference)) {
                let ranked = c.plans.filter { $0.reference == reference && !$0.referenceDrawnFromIt }
                XCTAssertEqual(ranked.map(\.rank).sorted(), Array(1...max(1, ranked.count)).prefix(ranked.count).map { $0 })
            }
        }
        // The 2018 plan is alone under its reference, and the taxonomy was drawn from it: unranked, marked.
        XCTAssertEqual(mixed.plans.first { $0.year == 2018 }?.rank, 0)
        XCTAssertTrue(mixed.plans.first { $0.year == 2018 }?.referenceDrawnFromIt ?? false)
        XCTAssertTrue(ComparisonMarkdown.render(mixed).contains("† The taxonomy's wording for this plan's reference was drawn from it"))
    }

    func testVariantsCarryTheChecksDivergencesForTheirRequirementButNotAGapsEvidence() {
        let c = Self.comparison2021
        for (i, plan) in Self.all2021.enumerated() {
            let index = ReferenceIndex(Fixtures.taxonomy.reference(year: 2021)!)
            let result = DraftCheck.run(Aligner().align(plan, to: index), index: index, lexicon: Self.lexicon)
            for r in c.requirements {
                // A gap's evidence restates that no item carries the requirement out: the variant
                // already says "not carried out".
                let expected = result.findings.filter { $0.requirement == r.requirement && !$0.gap }.map { [$0.kind.rawValue, $0.note, $0.path.rawValue] }
                XCTAssertEqual(r.variants[i].divergences.map { [$0.kind.rawValue, $0.note, $0.path.rawValue] }, expected, "\(plan.name) \(r.requirement)")
                if result.findings.contains(where: { $0.requirement == r.requirement && $0.gap }) {
                    XCTAssertFalse(r.variants[i].isCarried, "\(plan.name) \(r.requirement)")
                }
            }
        }
    }

    /// A requirement binds a plan exactly when the plan's check counts it (not among its section's
    /// `notApplicable`), and the comparison's plans leaving it out are those whose check lists it
    /// as not carried out: for every requirement of the 2021 plans, as bundled and read as plans of
    /// every level (a county is not bound by 规章集中统一公开; a province is). The Markdown calls a plan
    /// it does not bind 不适用于本级, never 未落实, and counts both.
    func testARequirementIsLeftOutOnlyByThePlansItBinds() throws {
        var unbound = 0
        for level in ["", "省", "市", "县"] {
            let plans = try Self.all2021.map { plan -> Plan in
                guard !level.isEmpty else { return plan }
                // The title names the level: 某省 / 某市 / 某县 2021年政务公开工作要点.
                let text = try Fixtures.text(plan.name).replacingOccurrences(of: plan.metadata.title ?? "\u{0}", with: "某\(level)2021年政务公开工作要点")
                return try Fixtures.parse(text, name: plan.name)
            }
            let c = compare(plans)
            let checks = plans.map { plan -> CheckResult in
                let index = ReferenceIndex(Fixtures.taxonomy.reference(year: 2021)!)
                return DraftCheck.run(Aligner().align(plan, to: index), index: index, lexicon: Self.lexicon)
            }
            for r in c.requirements {
                var leftOut = 0
                for (i, check) in checks.enumerated() {
                    let status = try XCTUnwrap(check.coverage.first { $0.section == r.section })
                    let binds = !status.notApplicable.contains(r.requirement)
                    XCTAssertEqual(r.variants[i].binds, binds, "\(level) \(plans[i].name) \(r.requirement)")
                    let notCarried = status.requirements.contains { $0.requirement == r.requirement && !$0.isCovered }
                    XCTAssertEqual(r.variants[i].isLeftOut, notCarried, "\(level) \(plans[i].name) \(r.requirement)")
                    if notCarried { leftOut += 1 }
                    if !binds { unbound += 1 }
                }
                XCTAssertEqual(r.leftOutBy, leftOut, "\(level) \(r.requirement)")
            }
            // The requirements said carried out by every plan they bind do bind one and are left out
            // by none; those said to bind no plan bind none.
            let zh = ComparisonMarkdown.render(c, language: .zh)
            for (lead, binds) in [("对照该要点且适用的计划均已落实且无差异的要求：", true), ("不适用于这些计划的层级、也没有计划承担的要求：", false)] {
                guard let start = zh.range(of: lead) else { continue }
                let ids = zh[start.upperBound...].prefix { $0 != "。" }.split(separator: "、").map(String.init)
                for id in ids {
                    let r = try XCTUnwrap(c.requirements.first { $0.requirement.rawValue == id }, id)
                    XCTAssertEqual(r.bindsCount > 0, binds, "\(level) \(id)")
                    XCTAssertEqual(r.leftOutBy, 0, "\(level) \(id)")
                    XCTAssertTrue(r.variants.allSatisfy(\.divergences.isEmpty), "\(level) \(id)")
                }
            }
            for language in [ReportLanguage.en, .zh] {
                let md = ComparisonMarkdown.render(c, language: language)
                for r in c.requirements {
                    // The requirement's own block: from its heading to the next.
                    guard let start = md.range(of: "### \(r.requirement) ") else { continue }
                    let block = md[start.upperBound...].components(separatedBy: "\n### ")[0]
                    for v in r.variants where !v.binds && !v.isCarried {
                        let line = "- **\(MarkdownText.escape(ComparisonMarkdown.labels(c.plans)[v.plan]))**"
                        XCTAssertFalse(block.contains(line + (language == .zh ? "：未落实" : ": not carried out")), "\(level) \(r.requirement)")
                    }
                }
            }
        }
        XCTAssertGreaterThan(unbound, 0, "some requirement binds not every level")
    }

    // MARK: Localisation index

    func testACopyOfTheReferenceWordingIsNearOneAndLocalAdditionsAloneNearZero() throws {
        let reference = Fixtures.taxonomy.reference(year: 2021)!
        var copy = "2021年政务公开工作要点\n"
        for (p, part) in reference.parts.enumerated() {
            copy += "\(ChineseNumeral.string(p + 1))、\(part.heading)\n"
            for (s, section) in reference.sections.filter({ $0.part == part.number }).enumerated() {
                copy += "（\(ChineseNumeral.string(s + 1))）\(section.title)\n"
                for (n, line) in section.requirements.flatMap(\.wording).enumerated() { copy += "\(n + 1). \(line)\n" }
            }
        }
        let copied = compare([try Fixtures.parse(copy, name: "copy.txt")]).plans[0].localisation
        XCTAssertGreaterThan(copied.index, 0.95, "\(copied)")

        // The local additions of every 2021 corpus plan, as a plan of their own.
        let local = Self.comparison2021.plans.flatMap(\.localAdditions).map(\.text)
        XCTAssertGreaterThan(local.count, 3)
        var own = "2021年政务公开工作要点\n一、重点工作\n"
        for (n, text) in local.enumerated() { own += "（\(ChineseNumeral.string(n + 1))）\(text)\n" }
        let mine = compare([try Fixtures.parse(own, name: "own.txt")]).plans[0].localisation
        XCTAssertGreaterThan(mine.characters, 500)
        XCTAssertLessThan(mine.index, 0.1, "\(mine)")
        print("localisation index: copy of the 2021 wording \(String(format: "%.3f", copied.index)), local additions only \(String(format: "%.3f", mine.index))")
    }

    func testTheLocalisationCountsAreThePlansOwn() {
        let c = Self.comparison2021
        for (p, plan) in zip(c.plans, Self.all2021) {
            let items = plan.items
            XCTAssertEqual(p.localisation.items, items.count)
            XCTAssertEqual(p.localisation.itemsNamingUnits, items.filter { !$0.node.units.isEmpty }.count)
            XCTAssertEqual(p.localisation.itemsWithDeadlines, items.filter { !$0.node.deadlines.isEmpty }.count)
            XCTAssertEqual(p.localisation.localAdditions, p.localAdditions.count)
            XCTAssertTrue((0...1).contains(p.localisation.index))
        }
    }

    // MARK: Rendering

    func testRenderingTwiceGivesTheSameBytes() {
        let a = compare(Self.all2021), b = Self.comparison2021
        XCTAssertEqual(ComparisonMarkdown.render(a), ComparisonMarkdown.render(b))
        XCTAssertEqual(ComparisonJSON.value(a).rendered(), ComparisonJSON.value(b).rendered())
        XCTAssertEqual(ComparisonCSV.render(a), ComparisonCSV.render(b))
    }

    func testTheCSVStartsWithABOMAndEveryRecordHasTheHeadersFields() throws {
        let csv = ComparisonCSV.render(Self.comparison2021)
        XCTAssertEqual(Array(csv.utf8.prefix(3)), [0xEF, 0xBB, 0xBF])
        let records = Self.records(String(csv.dropFirst()))
        XCTAssertEqual(records.first, ComparisonCSV.header)
        XCTAssertEqual(records.count, 1 + Self.comparison2021.matrix.count * Self.comparison2021.plans.count)
        for r in records { XCTAssertEqual(r.count, ComparisonCSV.header.count, "\(r)") }
        XCTAssertEqual(ComparisonCSV.quoted("a,\"b\""), "\"a,\"\"b\"\"\"")
    }

    /// The Chinese CSV is the English one with Chinese heads and words: record for record, field for
    /// field, the row kind, level and mark in the Chinese terms and every other field the same; and
    /// each record names its plan's place, province and level.
    func testTheChineseCSVIsTheEnglishOneInChineseWords() throws {
        for c in [Self.comparison2021, compare(Fixtures.planNames.map(Self.plan))] {
            let en = Self.records(String(ComparisonCSV.render(c).dropFirst()))
            let zh = Self.records(String(ComparisonCSV.render(c, language: .zh).dropFirst()))
            XCTAssertEqual(zh.first, ComparisonCSV.chineseHeader)
            XCTAssertEqual(en.count, zh.count)
            let column = { (name: String) in ComparisonCSV.header.firstIndex(of: name)! }
            let translated = [column("rows"), column("level"), column("mark"), column("id")]
            let marks = Dictionary(uniqueKeysWithValues: [MatrixCell.Mark.covered, .partial, .missing, .absent].map { ($0.rawValue, ComparisonCSV.mark($0)) })
            let levels = Dictionary(uniqueKeysWithValues: Metadata.Level.allCases.map { ($0.rawValue, ChineseTerms.level($0)) })
            for (a, b) in zip(en.dropFirst(), zh.dropFirst()) {
                for k in a.indices where !translated.contains(k) { XCTAssertEqual(a[k], b[k], ComparisonCSV.header[k]) }
                XCTAssertEqual(b[column("rows")], a[column("rows")] == "topics" ? "主题" : "条")
                // A topic's id is its English key; the Chinese sheet gives its title there.
                XCTAssertEqual(b[column("id")], a[column("rows")] == "topics" ? a[column("title")] : a[column("id")])
                XCTAssertEqual(b[column("mark")], marks[a[column("mark")]])
                XCTAssertEqual(b[column("level")], a[column("level")].isEmpty ? "" : levels[a[column("level")]] ?? "?")
                let plan = try XCTUnwrap(c.plans.first { $0.name == a[column("plan")] })
                XCTAssertEqual(a[column("province")], plan.province ?? "")
                XCTAssertEqual(a[column("level")], plan.level?.rawValue ?? "")
            }
        }
    }

    /// A cell's mark is worded alike in every Chinese view of a comparison and as the check words
    /// the same plan's section: the CSV's cells, the Markdown table's heads and legend, and the web
    /// page's legend each use the check's 已覆盖 / 部分覆盖 / 缺项, and every view calls the
    /// reference 参考要点.
    func testEveryChineseViewWordsAMarkAsTheCheckWordsTheSection() throws {
        let c = Self.comparison2021
        let zh = Self.records(String(ComparisonCSV.render(c, language: .zh).dropFirst()))
        let column = try XCTUnwrap(ComparisonCSV.chineseHeader.firstIndex(of: "覆盖情况"))
        let statuses: [MatrixCell.Mark: SectionStatus.Status] = [.covered: .covered, .partial: .partial, .missing: .missing]
        XCTAssertEqual(Set(zh.dropFirst().map { $0[column] }).subtracting(["不适用"]), Set(statuses.values.map(ChineseTerms.status)))
        let markdown = ComparisonMarkdown.render(c, language: .zh), html = ComparisonHTML.render(c, language: .zh)
        for (mark, status) in statuses {
            let word = ChineseTerms.status(status)
            XCTAssertEqual(ComparisonCSV.mark(mark), word)
            for view in [markdown, html] { XCTAssertTrue(view.contains(word), word) }
        }
        let pipeline = Pipeline(taxonomyFolder: Fixtures.taxonomyFolder)
        let checked = try pipeline.check(try Fixtures.plan("2021-xinjiang-tulufan-gaochang-draft.txt"))
        let summary = BatchCheckMarkdown.summary([BatchCheckMarkdown.Row(checked.plan, reference: checked.reference, result: checked.result)], language: .zh)
        XCTAssertTrue(summary.contains("参考要点"))
        for view in [markdown, html, summary] {
            XCTAssertFalse(view.contains("对照要点"))
            XCTAssertFalse(view.contains("● 全部落实") || view.contains("○ 均未落实"))
        }
    }

    /// A requirement's block shows every word its notes name as left out from the reference wording
    /// (「六稳」「六保」), in its consensus or in the reference line quoted beside it: the consensus
    /// is one plan's clause, and a note about another line of the requirement named words the
    /// block did not show (a researcher's trial). Every word of every shown note, both comparisons.
    func testEveryWordANoteNamesStandsInItsRequirementsBlock() throws {
        var named = 0
        for c in [Self.comparison2021, compare(Fixtures.planNames.map(Self.plan))] {
            let markdown = ComparisonMarkdown.render(c)
            for r in c.requirements {
                let open = r.variants.filter { $0.isLeftOut || !$0.divergences.isEmpty }.prefix(ComparisonMarkdown.variantsShown)
                guard !open.isEmpty else { continue }
                let start = try XCTUnwrap(markdown.range(of: "### \(r.requirement) "), r.requirement.rawValue)
                let end = markdown.range(of: "\n### ", range: start.upperBound..<markdown.endIndex)?.lowerBound ?? markdown.endIndex
                // The block's consensus and the reference lines beside it (not the notes, which name
                // the words themselves), unescaped and read as match text, so punctuation and
                // Markdown escapes do not hide a word.
                let shown = markdown[start.lowerBound..<end].split(separator: "\n")
                    .filter { $0.hasPrefix("Consensus (") || $0.hasPrefix("Words named in the notes below") }
                XCTAssertFalse(shown.isEmpty, r.requirement.rawValue)
                let block = MatchText(shown.joined(separator: "\n").replacingOccurrences(of: "\\", with: ""))
                for d in open.flatMap(\.divergences) {
                    let line = MatchText(d.reference)
                    for m in d.missing.map(MatchText.init) where m.count > 0 && line.contains(m) {
                        named += 1
                        XCTAssertTrue(block.contains(m), "\(r.requirement): \(MatchText.string(m.scalars))")
                    }
                }
            }
        }
        XCTAssertGreaterThan(named, 0)
    }

    /// A note naming the plan's own words (a time limit it set, a slip, a list it wrote) stands
    /// beside a clause that holds them, or quotes the clause that does: the clause shown is the one
    /// nearest the consensus, and 「设定了完成时限「2021年底前」」 stood beside one with no time limit
    /// (an office head's reading). Every word of every shown note, both comparisons.
    func testANoteNamingThePlansWordsShowsWhereTheyAre() throws {
        var named = 0, quoted = 0
        for c in [Self.comparison2021, compare(Fixtures.planNames.map(Self.plan))] {
            let markdown = ComparisonMarkdown.render(c), zh = ComparisonMarkdown.render(c, language: .zh)
            for r in c.requirements {
                for v in r.variants.filter({ $0.isLeftOut || !$0.divergences.isEmpty }).prefix(ComparisonMarkdown.variantsShown) {
                    guard let shown = v.text else { continue }
                    for d in v.divergences {
                        let there = MatchText(d.text)
                        for w in d.added.map(MatchText.init) where w.count > 0 && there.contains(w) && there.count > w.count {
                            named += 1
                            if MatchText(shown).contains(w) { continue }
                            quoted += 1
                            // The clause, or the stretch of it around the words where it runs long.
                            let (en, cn) = (ComparisonMarkdown.window(d.text, around: d.added, shown: shown, .en),
                                            ComparisonMarkdown.window(d.text, around: d.added, shown: shown, .zh))
                            XCTAssertTrue(markdown.contains("in 「\(CheckMarkdown.text(en))」)"), "\(r.requirement): \(d.text)")
                            XCTAssertTrue(zh.contains("见于「\(CheckMarkdown.text(cn))」）"), "\(r.requirement): \(d.text)")
                            XCTAssertTrue(MatchText(cn).contains(w), "\(r.requirement): \(cn)")
                            XCTAssertLessThanOrEqual(cn.count, max(40, 2 * 16 + 4 + (d.added.map(\.count).max() ?? 0)), cn)
                        }
                    }
                }
            }
        }
        XCTAssertGreaterThan(named, 0)
        XCTAssertGreaterThan(quoted, 0)
    }

    /// RFC 4180 records (quoted fields may hold commas, quotes and line breaks).
    static func records(_ text: String) -> [[String]] {
        var records: [[String]] = [], fields: [String] = [], field = "", quoted = false
        var chars = Array(text)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { field.append("\""); chars.removeFirst() } else { quoted = false }
                } else { field.append(c) }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                fields.append(field); field = ""
            } else if c == "\r\n" || c == "\n" {
                fields.append(field); records.append(fields); fields = []; field = ""
            } else { field.append(c) }
        }
        if !field.isEmpty || !fields.isEmpty { fields.append(field); records.append(fields) }
        return records
    }

    func testMarkdownLeadsWithTheSummaryAndEscapesBarsInTables() throws {
        let text = try Fixtures.text(Self.zhuhai)
        let local = try XCTUnwrap(Self.comparison2021.plans.first { $0.name == Self.zhuhai }?.localAdditions.first?.text)
        let edited = try Fixtures.parse(text.replacingOccurrences(of: local, with: "甲|乙" + local), name: Self.zhuhai)
        let md = ComparisonMarkdown.render(compare([edited, Self.plan(Self.gaochang)]))
        let headings = md.split(separator: "\n").filter { $0.hasPrefix("## ") }.map(String.init)
        XCTAssertEqual(headings, ["## Summary", "## Sections by how many plans carry them out", "## Plans needing the most work", "## Matrix", "## Requirements: consensus and variants", "## Local additions", "## Localisation index"])
        XCTAssertTrue(md.contains("甲\\|乙"))
        XCTAssertFalse(md.contains("甲|乙"))
        XCTAssertTrue(md.contains("●"))
    }

    /// Many plans (the 2021 corpus plans, copies renamed, past `widestMatrix`): no table a column a
    /// plan, each requirement's variants capped, the most-work list capped, and each row's shares
    /// adding up to the plans it binds; at a handful of plans the matrix is still there.
    func testTheComparisonStaysReadableWithManyPlans() {
        let copies = ComparisonMarkdown.widestMatrix / Self.all2021.count + 2
        let many = (0..<copies).flatMap { k in Self.all2021.map { p -> Plan in
            var copy = p
            copy.name = "copy\(k)-" + p.name
            return copy
        } }
        let c = compare(many)
        XCTAssertGreaterThan(c.plans.count, ComparisonMarkdown.widestMatrix)
        for language in ReportLanguage.allCases {
            let md = ComparisonMarkdown.render(c, language: language)
            let widest = md.split(separator: "\n").filter { $0.hasPrefix("|") }.map { $0.filter { $0 == "|" }.count - 1 }.max() ?? 0
            XCTAssertLessThanOrEqual(widest, 12, "no column per plan (\(language))")
            for block in md.components(separatedBy: "\n### ").dropFirst() {
                let variants = block.split(separator: "\n").filter { $0.hasPrefix("- **") }.count
                XCTAssertLessThanOrEqual(variants, ComparisonMarkdown.variantsShown, "\(language)")
            }
        }
        let md = ComparisonMarkdown.render(c)
        let most = md.components(separatedBy: "## Plans needing the most work")[1].components(separatedBy: "\n## ")[0]
        XCTAssertEqual(most.split(separator: "\n").filter { $0.hasPrefix("| ") }.count - 1, ComparisonMarkdown.mostWorkShown)
        // Each row's plans in full, in part and none add up to the plans it binds.
        let shares = md.components(separatedBy: "## Sections by how many plans carry them out")[1].components(separatedBy: "\n## ")[0]
        let rows = shares.split(separator: "\n").filter { $0.hasPrefix("| 20") }
        XCTAssertEqual(rows.count, c.matrix.count)
        for row in rows {
            let cells = row.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            let count = { (s: String) in Int(s.split(separator: " ").first ?? "") ?? -1 }
            XCTAssertEqual(count(cells[3]) + count(cells[4]) + count(cells[5]), Int(cells[2]), String(row))
        }
        XCTAssertTrue(ComparisonMarkdown.render(Self.comparison2021).contains("| topic | section | title | "), "a handful of plans keeps its matrix")
    }
}

/// The consensus counts each distinct wording once and weighs it by how many plans have it: the
/// order and the vote must be those of comparing every plan with every other, on candidates with
/// every mix of copies (none, some, all the same) and in any order.
final class ConsensusGroupingTests: XCTestCase {
    /// Every plan against every other, as the consensus was first written.
    func naiveRanked(_ c: [(plan: String, passage: Consensus.Passage)], reference: [Set<UInt64>]) -> [Int] {
        let keys = c.indices.map { i -> Double in
            let others = c.indices.filter { $0 != i }.map { Consensus.similarity(c[i].passage.bigrams, c[$0].passage.bigrams) }
            let mean = others.sorted().reduce(0, +) / Double(max(others.count, 1))
            return mean + (reference.map { Consensus.similarity(c[i].passage.bigrams, $0) }.max() ?? 0)
        }
        return c.indices.sorted { a, b in
            keys[a] != keys[b] ? keys[a] > keys[b] : (c[a].plan, c[a].passage.text) < (c[b].plan, c[b].passage.text)
        }
    }

    func naiveVoted(_ c: [(plan: String, passage: Consensus.Passage)], reference: [Set<UInt64>]) -> Int? {
        let wording = reference.reduce(into: Set<UInt64>()) { $0.formUnion($1) }
        return naiveRanked(c, reference: reference).first { i in
            var seen = wording
            for k in c.indices where k != i { seen.formUnion(c[k].passage.bigrams) }
            return c[i].passage.bigrams.isSubset(of: seen)
        }
    }

    func testGroupedEqualsEveryPairCompared() {
        let texts = ["加强政策解读工作", "加强政策解读", "做好政策解读和回应", "全面加强政策解读工作", "门口网站解读", "政策解读"]
        var seed: UInt64 = 7
        func next(_ n: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(n))
        }
        for count in 1...12 {
            for round in 0..<8 {
                // Draw from the first k texts only, so some rounds are all copies of one wording.
                let k = 1 + round % texts.count
                let candidates = (0..<count).map { i -> (plan: String, passage: Consensus.Passage) in
                    let text = texts[next(k)]
                    return ("plan-\(next(100))-\(i)", Consensus.Passage(path: "1.", line: 1, text: text, bigrams: Set(MatchText(text).bigrams)))
                }
                for reference in [[], [Set(MatchText("加强政策解读工作").bigrams)]] {
                    XCTAssertEqual(Consensus.ranked(candidates, reference: reference), naiveRanked(candidates, reference: reference), "\(count) \(round)")
                    XCTAssertEqual(Consensus.voted(candidates, reference: reference), naiveVoted(candidates, reference: reference), "\(count) \(round)")
                }
            }
        }
    }
}

/// The stretch of a long clause a comparison quotes around a note's words.
final class ComparisonQuoteWindowTests: XCTestCase {
    /// Random clauses with a word put in at every kind of place: a clause of 40 characters or fewer,
    /// or one without the word as written, is quoted whole; a longer one is cut to the word's first
    /// place and 16 characters each side, marked …… where cut, and never changed otherwise.
    func testALongClauseIsCutAroundTheWord() {
        let alphabet = Array("政务公开信息平台建设，推进年底前202１ab、“”")
        var generator = SeededRandom(seed: 1001)
        for _ in 0..<3_000 {
            let clause = String((0..<Int.random(in: 0...120, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            let word = "月底前完成" + String(Int.random(in: 0...9, using: &generator))
            let at = Int.random(in: 0...clause.count, using: &generator)
            let withWord = Bool.random(using: &generator)
                ? String(clause.prefix(at)) + word + String(clause.dropFirst(at)) : clause
            let quoted = ComparisonMarkdown.window(withWord, around: ["", word], shown: "另一条款", .zh)
            guard withWord.count > 40, let first = withWord.range(of: word) else {
                XCTAssertEqual(quoted, withWord)
                continue
            }
            let opens = quoted.hasPrefix("……"), closes = quoted.hasSuffix("……")
            let core = String(quoted.dropFirst(opens ? 2 : 0).dropLast(closes ? 2 : 0))
            let before = withWord.distance(from: withWord.startIndex, to: first.lowerBound)
            let after = withWord.distance(from: first.upperBound, to: withWord.endIndex)
            XCTAssertEqual(opens, before > 16, quoted)
            XCTAssertEqual(closes, after > 16, quoted)
            XCTAssertEqual(core, String(withWord[withWord.index(first.lowerBound, offsetBy: -min(before, 16))..<withWord.index(first.upperBound, offsetBy: min(after, 16))]))
        }
        // A word the shown clause has already is not the one cut around.
        let long = String(repeating: "推进", count: 20) + "年底前" + String(repeating: "政务", count: 20) + "月底前"
        XCTAssertTrue(ComparisonMarkdown.window(long, around: ["年底前", "月底前"], shown: "于年底前完成", .zh).hasSuffix("政务政务月底前"))
    }
}

/// Two versions of one plan from two folders share a file name, and are two plans in every view.
final class SameNamedPlansTests: XCTestCase {
    /// Random lists of names, some already numbered as the numbering would: every name appears once,
    /// a first occurrence keeps its name, a later one is it with a number.
    func testNumberedNamesAreDistinct() {
        let pool = ["a.txt", "a.txt（2）", "b.txt", "方案.txt", "方案.txt（3）"]
        var generator = SeededRandom(seed: 1002)
        for _ in 0..<2_000 {
            let names = (0..<Int.random(in: 0...8, using: &generator)).map { _ in pool.randomElement(using: &generator)! }
            let out = BatchCheckMarkdown.numbered(names)
            XCTAssertEqual(Set(out).count, out.count, "\(names) → \(out)")
            for (k, name) in names.enumerated() {
                if names.firstIndex(of: name) == k { XCTAssertEqual(out[k], name) } else { XCTAssertTrue(out[k].hasPrefix(name + "（"), out[k]) }
            }
        }
    }

    /// The comparison's ranking and its CSV, and the batch summary, tell the two apart.
    func testTwoFoldersPlansOfOneNameAreTwoPlans() throws {
        let plan = ComparisonTests.plan("2021-tianjin-jinghai-draft.txt")
        let c = ComparisonTests.compare([plan, plan])
        let csv = ComparisonCSV.render(c)
        let names = Set(ComparisonTests.records(csv).dropFirst().map { $0[5] })
        XCTAssertEqual(names, ["2021-tianjin-jinghai-draft.txt", "2021-tianjin-jinghai-draft.txt（2）"])
        let markdown = ComparisonMarkdown.render(c)
        XCTAssertTrue(markdown.contains("| 2021-tianjin-jinghai-draft.txt（2） |"), markdown)
        let labels = BatchCheckMarkdown.distinct([plan, plan].map { ($0.name, $0.metadata.locality, $0.metadata.year, $0.metadata.province) })
        XCTAssertEqual(Set(labels).count, 2)
    }
}
