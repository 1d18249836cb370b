import Foundation
import XCTest

@testable import Compare

/// The pipeline facade: one reference policy, each reference prepared once per run, and the same
/// results as the stages run by hand.
final class PipelineTests: XCTestCase {
    static let lexicon: ObligationLexicon = {
        do { return try ObligationLexicon.load(directory: Fixtures.taxonomyFolder) } catch { fatalError("\(error)") }
    }()

    func testEachReferenceIsPreparedOnceHoweverManyPlansFollowIt() throws {
        let pipeline = Pipeline(taxonomyFolder: Fixtures.taxonomyFolder)
        let plans = try Fixtures.planNames.map(Fixtures.plan)
        let years = Set(try plans.map { try pipeline.choice(for: $0).reference.year })
        XCTAssertEqual(pipeline.preparedCount, 0, "choosing prepares nothing")
        for plan in plans + plans { _ = try pipeline.check(plan) }
        XCTAssertEqual(pipeline.preparedCount, years.count, "one index per reference the plans follow, not per plan or per run")
    }

    /// The pipeline gives what the stages give when run by hand, for every corpus plan: the check
    /// of the full alignment, and the alignment a check asks for.
    func testTheCheckIsTheStagesRunInOrder() throws {
        let pipeline = Pipeline(taxonomy: Fixtures.taxonomy, lexicon: Self.lexicon)
        let topics = TopicIndex(topics: Fixtures.taxonomy.topics, references: Fixtures.taxonomy.references)
        for name in Fixtures.planNames {
            let plan = try Fixtures.plan(name)
            let choice = try Fixtures.taxonomy.choose(forPlanYear: plan.metadata.year)
            let index = ReferenceIndex(choice.reference)
            let alignment = topics.assign(Aligner().align(plan, to: index))
            var expected = DraftCheck.run(alignment, index: index, lexicon: Self.lexicon)
            expected.fit = choice.fit
            expected.topics = TopicCoverage.statuses(alignment, topics: Fixtures.taxonomy.topics)
            let checked = try pipeline.check(plan)
            // A check's alignment holds the matches alone (`Aligner.Detail`); its check is the full one's.
            XCTAssertEqual(checked.aligned.alignment, topics.assign(Aligner(detail: .matchesOnly).align(plan, to: index)), name)
            XCTAssertEqual(checked.result, expected, name)
        }
    }

    /// The check given the items' clauses as the aligner read them finds what it finds reading
    /// them itself: every corpus plan against both years' key points, and plans whose items were
    /// cut, joined and respaced (so clauses are empty, merged and padded). Readings that do not
    /// match the items in number are not used; the result keeps no readings.
    func testTheCheckReadsTheAlignersClausesAsItsOwn() throws {
        var random = SeededRandom(seed: 11)
        var checked = 0
        for year in [2018, 2021] {
            let prepared = CheckReference(index: ReferenceIndex(try Fixtures.taxonomy.reference(forPlanYear: year)), lexicon: Self.lexicon)
            for name in Fixtures.planNames {
                var texts = [try Fixtures.text(name)]
                for _ in 0..<3 {
                    // Lines respaced, clause marks doubled or dropped, lines joined.
                    var lines = texts[0].components(separatedBy: "\n")
                    for k in lines.indices where random.next(4) == 0 {
                        switch random.next(3) {
                        case 0: lines[k] = lines[k].replacingOccurrences(of: "，", with: "， \u{3000}，")
                        case 1: lines[k] = lines[k].replacingOccurrences(of: "；", with: "")
                        default: if k > 0 { lines[k - 1] += lines[k]; lines[k] = "" }
                        }
                    }
                    texts.append(lines.joined(separator: "\n"))
                }
                for text in texts {
                    guard let plan = try? Fixtures.parse(text, name: name) else { continue }
                    let (alignment, readings) = Aligner().alignReading(plan, to: prepared.index)
                    let alone = DraftCheck.run(alignment, against: prepared)
                    XCTAssertEqual(DraftCheck.run(alignment, against: prepared, readings: readings), alone, name)
                    XCTAssertEqual(DraftCheck.run(alignment, against: prepared, readings: Array(readings.dropLast())), alone, name)
                    checked += 1
                }
            }
        }
        XCTAssertGreaterThan(checked, 30)
        let pipeline = Pipeline(taxonomy: Fixtures.taxonomy, lexicon: Self.lexicon)
        XCTAssertNil(try pipeline.check(try Fixtures.plan(Fixtures.planNames[0])).aligned.readings)
    }

    func testTheReferenceOptionIsReadOnce() throws {
        XCTAssertEqual(try ReferenceOption(nil), .planYear)
        XCTAssertEqual(try ReferenceOption("2018"), .year(2018))
        let file = Fixtures.corpus.appendingPathComponent(Fixtures.planNames[0]).path
        XCTAssertEqual(try ReferenceOption(file), .file(file))
        for bad in ["20x1", "21", "20210", ""] {
            XCTAssertThrowsError(try ReferenceOption(bad), bad) { error in
                XCTAssertEqual(error as? PipelineError, .notAReference(bad))
            }
        }
    }

    /// A year the taxonomy lacks is an error naming the years it has, for every command alike.
    func testAYearNotInTheTaxonomyIsAnError() throws {
        let pipeline = Pipeline(taxonomy: Fixtures.taxonomy, lexicon: Self.lexicon, reference: .year(2016))
        XCTAssertThrowsError(try pipeline.check(try Fixtures.plan(Fixtures.planNames[0]))) { error in
            XCTAssertTrue(describe(error).contains("2016"), describe(error))
        }
    }

    /// A reference text is read once, whatever the number of plans checked against it.
    func testAGivenTextIsReadOnce() throws {
        let text = Fixtures.corpus.appendingPathComponent("2021-xinjiang-tulufan-gaochang-draft.txt").path
        let pipeline = Pipeline(taxonomy: Fixtures.taxonomy, lexicon: Self.lexicon, reference: .file(text))
        let plans = try Fixtures.planNames.map(Fixtures.plan)
        let names = try Set(plans.map { try pipeline.check($0).reference.name })
        XCTAssertEqual(names.count, 1)
        XCTAssertEqual(pipeline.preparedCount, 1)
        XCTAssertEqual(try pipeline.choice(for: plans[0]).fit, .given)
    }

    private func describe(_ error: Error) -> String { (error as? LocalizedError)?.errorDescription ?? "\(error)" }

    /// Plans checked together, on every core, give what each checked alone gives, in the order
    /// given, whatever order the workers finish in: every corpus plan, three times over.
    func testABatchCheckEqualsEachPlanCheckedAlone() throws {
        let plans = try (Fixtures.planNames + Fixtures.planNames + Fixtures.planNames).map { try Fixtures.plan($0) }
        let pipeline = Pipeline(taxonomyFolder: Fixtures.taxonomyFolder)
        let batch = try pipeline.check(plans: plans)
        XCTAssertEqual(batch.map(\.plan.name), plans.map(\.name))
        let alone = Pipeline(taxonomyFolder: Fixtures.taxonomyFolder)
        for (checked, plan) in zip(batch, plans) {
            let single = try alone.check(plan)
            XCTAssertEqual(CheckJSON.value(checked.result, reference: checked.reference, warnings: plan.warnings).rendered(),
                           CheckJSON.value(single.result, reference: single.reference, warnings: plan.warnings).rendered(), plan.name)
            XCTAssertEqual(checked.result.topics, single.result.topics, plan.name)
        }
    }

    /// The batch summary's order: plans needing attention before clean ones, then by requirements
    /// not carried out, divergences to fix, sections missing and notes, most first; ties by file name.
    func testTheBatchSummaryPutsThePlansMostInNeedFirst() throws {
        let pipeline = Pipeline(taxonomyFolder: Fixtures.taxonomyFolder)
        var rows = try Fixtures.planNames.map { try pipeline.check(try Fixtures.plan($0)) }.map { BatchCheckMarkdown.Row($0.plan, reference: $0.reference, result: $0.result) }
        // A plan checked against itself has nothing to fix: it goes last.
        let own = try Fixtures.plan(Fixtures.planNames[1])
        let ownReference = try ReferenceBuilder.build(from: own, path: own.name)
        let clean = try Pipeline(taxonomy: .builtIn, reference: .given(ownReference)).check(own)
        XCTAssertTrue(clean.result.isClean)
        rows.append(BatchCheckMarkdown.Row(clean.plan, reference: clean.reference, result: clean.result))
        let order = BatchCheckMarkdown.order(rows)
        XCTAssertEqual(Set(order), Set(rows.indices))
        XCTAssertEqual(order.last, rows.count - 1)
        let keys = order.map { i in (rows[i].isClean ? 1 : 0, -rows[i].notCarriedOut, -rows[i].toFix, -rows[i].sectionsMissing, -rows[i].notes) }
        XCTAssertTrue(zip(keys, keys.dropFirst()).allSatisfy { $0 <= $1 }, "\(keys)")
        let summary = BatchCheckMarkdown.summary(rows)
        let lines = summary.split(separator: "\n").filter { $0.hasPrefix("| ") }.dropFirst()
        XCTAssertEqual(lines.count, rows.count)
        XCTAssertTrue(lines.last?.contains("nothing to fix") == true)
    }
}

/// Which plans the main job reviews: one earlier plan each at most, the same place first.
final class ReviewPairsTests: XCTestCase {
    func plan(_ name: String, _ locality: String?, _ province: String?, _ year: Int?, _ level: Metadata.Level? = .county) -> Plan {
        var m = Metadata(locality: locality, level: level, year: year)
        m.province = province
        return Plan(name: name, metadata: m, nodes: [])
    }

    func names(_ pairs: [(old: Plan, new: Plan)]) -> [String] { pairs.map { "\($0.old.name)→\($0.new.name)" } }

    /// A place's years chain one to the next (never the oldest to the newest as well); a 县 renamed
    /// a 区 is the same place; a plan with no earlier plan of its place takes its province's latest
    /// earlier plan, the same level first, ties by file name; no year or no province, no pair; the
    /// first plan of a province has none.
    func testEachPlanPairsWithOneEarlierPlanItsOwnPlaceFirst() {
        let plans = [
            plan("a19", "静海县", "天津", 2019), plan("a20", "静海区", "天津", 2020), plan("a21", "静海区", "天津", 2021),
            plan("b21", "宁河区", "天津", 2021), plan("c20", "天津市", "天津", 2020, .province), plan("d20", "蓟州区", "天津", 2020),
            plan("e21", "高昌区", "新疆", 2021), plan("f18", "乌鲁木齐市", "新疆", 2018, .prefecture),
            plan("g21", "无名区", nil, 2021), plan("h", "静海区", "天津", nil),
        ]
        XCTAssertEqual(names(ReviewPairs.pairs(plans)).sorted(), ["a19→a20", "a19→c20", "a19→d20", "a20→a21", "a20→b21", "f18→e21"])
    }

    /// Of a place's plans of the latest earlier year, the one of the same name comes first, then
    /// the one of the same level, whatever the file names' order: 安安区 2021 takes 安安区 2018,
    /// not 安安市 2018 (a prefecture of the same stem); 静海区 2021 takes 静海县 2018 (renamed)
    /// before 静海市 2018 (another level).
    func testAPlaceTakesItsOwnNameThenItsOwnLevelBeforeAnotherOfItsStem() {
        for names in [("a", "b"), ("b", "a")] {
            let plans = [
                plan(names.0, "安安市", "新疆", 2018, .prefecture), plan(names.1, "安安区", "新疆", 2018), plan("n", "安安区", "新疆", 2021),
                plan(names.0 + "2", "静海市", "天津", 2018, .prefecture), plan(names.1 + "2", "静海县", "天津", 2018), plan("n2", "静海区", "天津", 2021),
            ]
            let pairs = ReviewPairs.pairs(plans)
            XCTAssertEqual(pairs.first { $0.new.name == "n" }?.old.name, names.1, "\(names)")
            XCTAssertEqual(pairs.first { $0.new.name == "n2" }?.old.name, names.1 + "2", "\(names)")
            // The other of the stem a year later still comes after the same name.
            let later = plans + [plan("m19", "安安市", "新疆", 2019, .prefecture)]
            XCTAssertEqual(ReviewPairs.pairs(later).first { $0.new.name == "n" }?.old.name, names.1, "\(names)")
        }
    }

    /// A corpus of many places over several years gives at most one review a plan, each from an
    /// earlier year of the same place where there is one.
    func testReviewsGrowWithTheCorpusNotItsSquare() {
        var plans: [Plan] = []
        for place in 0..<100 {
            for year in 2018...2022 where (place + year) % 3 != 0 {
                plans.append(plan("p\(place)-\(year)", "第\(place)区", place % 2 == 0 ? "广东" : "新疆", year))
            }
        }
        let pairs = ReviewPairs.pairs(plans)
        XCTAssertLessThanOrEqual(pairs.count, plans.count)
        XCTAssertEqual(Set(pairs.map(\.new.name)).count, pairs.count, "one review a plan")
        for (old, new) in pairs {
            XCTAssertLessThan(old.metadata.year!, new.metadata.year!)
            let hasOwn = plans.contains { $0.metadata.locality == new.metadata.locality && $0.metadata.year! < new.metadata.year! }
            XCTAssertEqual(old.metadata.locality == new.metadata.locality, hasOwn, "\(old.name)→\(new.name)")
        }
    }
}

/// Which plan of a batch is another's upper-level plan: each sign, given alone, pairs the plans;
/// taken away, it does not; the year and the levels must fit whatever the sign.
final class UpperLevelPairsTests: XCTestCase {
    func facts(_ name: String, _ locality: String, _ level: Metadata.Level, province: String? = "新疆", year: Int = 2021,
               number: String? = nil, issuer: String? = nil, cites: [Citation] = []) -> UpperLevelPairs.Facts {
        var m = Metadata(title: "\(year)年\(locality)政务公开工作要点", locality: locality, level: level, year: year,
                         documentNumber: number, issuer: issuer, cites: cites)
        m.province = province
        return UpperLevelPairs.Facts(Plan(name: name, metadata: m, nodes: []))
    }

    func pairs(_ f: [UpperLevelPairs.Facts]) -> [String] {
        UpperLevelPairs.pairs(f).map { "\(f[$0.lower].name)→\(f[$0.upper].name) \($0.evidence)" }
    }

    let city = "吐鲁番市"

    func testEachSignAlonePairsACountyWithItsPrefecture() {
        let upper = facts("u", city, .prefecture, number: "吐政办函〔2021〕20号")
        let signs: [(UpperLevelPairs.Evidence, UpperLevelPairs.Facts)] = [
            (.citesNumber, facts("c", "高昌区", .county, cites: [Citation(title: nil, number: "吐政办函〔2021〕20号")])),
            (.citesTitle, facts("c", "高昌区", .county, cites: [Citation(title: "关于印发2021年吐鲁番市政务公开工作要点的通知", number: nil)])),
            (.issuerNamesIt, facts("c", "高昌区", .county, issuer: "吐鲁番市高昌区人民政府办公室")),
        ]
        for (sign, county) in signs {
            XCTAssertEqual(pairs([county, upper]), ["c→u \(sign)"], "\(sign)")
            // The same county as a zone: the same upper plan.
            var zone = county
            zone.level = .zone
            XCTAssertEqual(pairs([zone, upper]), ["c→u \(sign)"], "\(sign), zone")
            // Another year, or the same level: no pair, whatever the sign.
            var later = county
            later.year = 2022
            XCTAssertEqual(pairs([later, upper]), [], "\(sign), another year")
            var peer = upper
            peer.level = .county
            XCTAssertEqual(pairs([county, peer]), [], "\(sign), same level")
        }
        // No sign: a prefecture of the same province and year is not enough.
        XCTAssertEqual(pairs([facts("c", "高昌区", .county), upper]), [])
        // A cited title that is not a 政务公开 document, or another number: no sign.
        XCTAssertEqual(pairs([facts("c", "高昌区", .county, cites: [Citation(title: "吐鲁番市优化营商环境条例", number: "吐政办函〔2021〕21号")]), upper]), [])
    }

    /// A province's plan is the upper plan of its prefectures by the province alone; of a district
    /// or county only in a municipality, or when the plan cites it.
    func testTheProvinceIsUpperOfItsPrefecturesAndOfAMunicipalitysDistricts() {
        let region = facts("r", "新疆维吾尔自治区", .province, number: "新政办发〔2021〕58号")
        XCTAssertEqual(pairs([facts("p", "乌鲁木齐市", .prefecture), region]), ["p→r sameProvince"])
        XCTAssertEqual(pairs([facts("p", "乌鲁木齐市", .prefecture, province: "甘肃"), region]), [])
        XCTAssertEqual(pairs([facts("c", "高昌区", .county), region]), [], "a county's upper plan is its prefecture's")
        XCTAssertEqual(pairs([facts("c", "高昌区", .county, cites: [Citation(title: nil, number: "新政办发〔2021〕58号")]), region]), ["c→r citesNumber"])
        let tianjin = facts("t", "天津市", .province, province: "天津")
        XCTAssertEqual(pairs([facts("j", "静海区", .county, province: "天津"), tianjin]), ["j→t sameProvince"])
        XCTAssertEqual(pairs([tianjin, region]), [], "a province has no upper plan here")
    }

    /// The prefecture comes before the province, whatever their signs; among prefectures the
    /// stronger sign wins, then the file name.
    func testTheNearestLevelThenTheStrongestSignThenTheName() {
        let county = facts("c", "高昌区", .county, issuer: "吐鲁番市高昌区人民政府办公室",
                           cites: [Citation(title: nil, number: "新政办发〔2021〕58号"), Citation(title: "2021年哈密市政务公开工作要点", number: nil)])
        let region = facts("a-region", "新疆维吾尔自治区", .province, number: "新政办发〔2021〕58号")
        let turpan = facts("z-turpan", city, .prefecture), hami = facts("b-hami", "哈密市", .prefecture)
        // (Each prefecture pairs with its province too.)
        XCTAssertEqual(pairs([county, region, turpan]), ["c→z-turpan issuerNamesIt", "z-turpan→a-region sameProvince"])
        XCTAssertEqual(pairs([county, turpan, hami]), ["c→b-hami citesTitle"])
        let turpan2 = facts("a-turpan", city, .prefecture)
        XCTAssertEqual(pairs([county, turpan, turpan2]), ["c→a-turpan issuerNamesIt"])
        // A final plan before a draft of the same place, whatever the names.
        var draft = turpan2
        draft.draft = true
        XCTAssertEqual(pairs([county, turpan, draft]), ["c→z-turpan issuerNamesIt"])
    }

    /// Plans of two provinces never pair, whatever one cites of the other; a plan whose province
    /// is unknown can still pair on what it cites.
    func testPlansOfTwoProvincesNeverPair() {
        let upper = facts("u", city, .prefecture, number: "吐政办函〔2021〕20号")
        let cites = [Citation(title: "关于印发2021年吐鲁番市政务公开工作要点的通知", number: "吐政办函〔2021〕20号")]
        XCTAssertEqual(pairs([facts("c", "某区", .county, province: "广东", cites: cites), upper]), [])
        XCTAssertEqual(pairs([facts("c", "某区", .county, province: nil, cites: cites), upper]), ["c→u citesNumber"])
    }
}
