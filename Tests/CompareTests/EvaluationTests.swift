import XCTest
@testable import Compare

final class EvaluationTests: XCTestCase {
    // MARK: Fixtures

    private func deadline(_ raw: String) -> Deadline { Deadline(raw: raw, value: .unresolved) }

    /// 一、 part → （一） section whose own text repeats its first item's wording → items 1. and 2.;
    /// （二） a section with no items (a task unit itself); and a preamble paragraph.
    private func samplePlan() -> Plan {
        let item1 = Node(
            kind: .item, numbering: Numbering(family: .arabicDot, value: 1, raw: "1."),
            text: "做好政府部门权责清单 调整和公开工作，按要求公开。",
            units: Units(lead: ["市委编办（审改办）"], responsible: ["市属各委局办；各区（县）人民政府"]),
            lines: 5...5)
        let item2 = Node(
            kind: .item, numbering: Numbering(family: .arabicDot, value: 2, raw: "2."),
            text: "建立市场准入负面清单信息公开机制。",
            units: Units(lead: ["市发改委、商务局"], responsible: []),
            deadlines: [deadline("到2018年10月底前")],
            lines: 6...7)
        let section1 = Node(
            kind: .section, numbering: Numbering(family: .cjkParen, value: 1, raw: "（一）"),
            heading: "推进决策公开",
            text: "推进决策公开。做好政府部门权责清单调整和公开工作，深化放管服改革",
            lines: 4...4, children: [item1, item2])
        let section2 = Node(
            kind: .section, numbering: Numbering(family: .cjkParen, value: 2, raw: "（二）"),
            text: "落实好重大建设项目批准和实施、公共资源配置信息公开",
            units: Units(lead: [], responsible: ["市发改委", "建委"]),
            deadlines: [deadline("2018年底前")],
            lines: 8...9)
        let part = Node(
            kind: .part, numbering: Numbering(family: .cjkComma, value: 1, raw: "一、"),
            text: "深化重点领域信息公开", lines: 3...3, children: [section1, section2])
        let preamble = Node(kind: .paragraph, text: "全面实施“双随机、一公开”监管，坚持以公开为常态", lines: 1...2)
        return Plan(name: "a.txt", metadata: Metadata(), nodes: [preamble, part])
    }

    // MARK: Finding items

    func testDeepestNodeWinsOverAParentThatAlsoContainsTheAnchor() {
        let matcher = ItemMatcher(plan: samplePlan())
        guard case let .item(item) = matcher.locate(anchor: "做好政府部门权责清单调整和公开工作") else {
            return XCTFail("expected the item, got \(matcher.locate(anchor: "做好政府部门权责清单调整和公开工作"))")
        }
        XCTAssertEqual(item.line, 5)
        XCTAssertEqual(item.path, "一、/（一）/1.")
    }

    func testWhiteSpaceIsDeletedFromAnchorAndNodeText() {
        let matcher = ItemMatcher(plan: samplePlan())
        guard case let .item(item) = matcher.locate(anchor: "权责清单调整 和公开\u{3000}工作") else {
            return XCTFail("white space should not matter")
        }
        XCTAssertEqual(item.line, 5)
    }

    /// A section with items under it is a unit of its own when it says more than its heading
    /// (`Plan.saysMoreThanHeading`): an anchor in its own words lands on that unit. A part that is
    /// a heading only is no unit: an anchor in it lands on the node.
    func testAnchorInASectionWithItemsIsItsUnitOnlyWhenItSaysMoreThanAHeading() {
        let matcher = ItemMatcher(plan: samplePlan())
        guard case let .item(item) = matcher.locate(anchor: "深化放管服改革") else {
            return XCTFail("the section's own words")
        }
        XCTAssertEqual(item.path.rawValue, "一、/（一）")
        XCTAssertEqual(item.node.lines, 4...4)
        XCTAssertEqual(matcher.locate(anchor: "深化重点领域信息公开"), .otherNode(samplePlan().nodes[1]))
    }

    func testAnchorInPreambleParagraphIsNotAnItem() {
        guard case let .otherNode(node) = ItemMatcher(plan: samplePlan()).locate(anchor: "全面实施“双随机、一公开”监管") else {
            return XCTFail("expected a non-item node")
        }
        XCTAssertEqual(node.kind, .paragraph)
    }

    func testSectionWithoutItemsIsAnItem() {
        guard case let .item(item) = ItemMatcher(plan: samplePlan()).locate(anchor: "公共资源配置信息公开") else {
            return XCTFail("a childless section is a task unit")
        }
        XCTAssertEqual(item.line, 8)
        XCTAssertEqual(item.node.kind, .section)
    }

    func testMissingAnchorIsNowhere() {
        XCTAssertEqual(ItemMatcher(plan: samplePlan()).locate(anchor: "推进人大代表建议和政协委员提案办理结果公开"), .nowhere)
        XCTAssertEqual(ItemMatcher(plan: samplePlan()).locate(anchor: "  "), .nowhere)
    }

    // MARK: Units and deadlines

    func testUnitsCompareTextNotSplitting() {
        XCTAssertTrue(ItemMatcher.unitsMatch(gold: ["市发改委", "商务局"], parsed: ["市发改委、商务局"]))
        XCTAssertTrue(ItemMatcher.unitsMatch(
            gold: ["市属各委、局、办", "各区（县）人民政府"], parsed: ["市属各委局办；各区（县）人民政府"]))
        XCTAssertTrue(ItemMatcher.unitsMatch(gold: ["区发改委：", "区 财政局"], parsed: ["区发改委,区财政局;"]))
        XCTAssertTrue(ItemMatcher.unitsMatch(gold: [], parsed: []))
        XCTAssertFalse(ItemMatcher.unitsMatch(gold: ["各区（县）人民政府"], parsed: ["各区人民政府"]))
        XCTAssertFalse(ItemMatcher.unitsMatch(gold: ["市发改委"], parsed: []))
        XCTAssertEqual(ItemMatcher.unitText(["市属各委、局、办", " 各区（县）人民政府"]), "市属各委局办各区（县）人民政府")
    }

    func testDeadlineContainmentBothWays() {
        XCTAssertTrue(ItemMatcher.deadlinesMatch(gold: ["2018年10月底前"], parsed: [deadline("到2018年10月底前")]))
        XCTAssertTrue(ItemMatcher.deadlinesMatch(gold: ["2018年 10月底前"], parsed: [deadline("2018年10月底前")]))
        XCTAssertTrue(ItemMatcher.deadlinesMatch(gold: [], parsed: []))
        XCTAssertTrue(ItemMatcher.deadlinesMatch(
            gold: ["2018年10月底前", "2018年年底前"], parsed: [deadline("2018年年底前"), deadline("2018年10月底前")]))
        // A gold deadline the analyzer did not report.
        XCTAssertFalse(ItemMatcher.deadlinesMatch(
            gold: ["2018年10月底前", "2018年年底前"], parsed: [deadline("2018年10月底前")]))
        // The reported one is shorter than the gold text: it does not contain it.
        XCTAssertFalse(ItemMatcher.deadlinesMatch(gold: ["2018年10月底前"], parsed: [deadline("10月底前")]))
    }

    func testExtraDeadlinesAreErrors() {
        XCTAssertFalse(ItemMatcher.deadlinesMatch(gold: [], parsed: [deadline("2021年底前")]))
        XCTAssertFalse(ItemMatcher.deadlinesMatch(
            gold: ["2021年底前"], parsed: [deadline("2021年底前"), deadline("每月30日前")]))
    }

    // MARK: Scoring one plan

    private func sampleGold() -> GoldPlan {
        GoldPlan(plan: "a.txt", reference: 2018, items: [
            // Found; units match after normalising; no deadlines either side.
            GoldItem(anchor: "做好政府部门权责清单调整和公开工作",
                     lead: ["市委编办（审改办）"], responsible: ["市属各委、局、办", "各区（县）人民政府"]),
            // Found; lead splits differently (fine); deadline contained in the reported one.
            GoldItem(anchor: "建立市场准入负面清单信息公开机制",
                     lead: ["市发改委", "商务局"], deadlines: ["2018年10月底前"]),
            // Found; gold has a lead the plan lacks and no deadline, but the plan reports one.
            GoldItem(anchor: "公共资源配置信息公开",
                     lead: ["市政府办公厅"], responsible: ["市发改委", "建委"]),
            // Lands on the preamble.
            GoldItem(anchor: "全面实施“双随机、一公开”监管"),
            // Nowhere.
            GoldItem(anchor: "推进人大代表建议和政协委员提案办理结果公开"),
        ])
    }

    /// Alignment scores by FORMAT.md: pairs (item, section), a local item as the pair (item, local),
    /// a not-found gold item counting only on the gold side; coverage over the reference's sections.
    func testSectionAndCoverageScores() {
        let plan = samplePlan()
        let items = plan.items
        // The section （一） says a duty after its heading, so it is a unit before its two items; the
        // gold labels name none of its own words but those its first item repeats, which land on
        // the item (the deepest holder), so its alignment is scored nowhere.
        XCTAssertEqual(items.map(\.path.rawValue), ["一、/（一）", "一、/（一）/1.", "一、/（一）/2.", "一、/（二）"])
        func aligned(_ item: PlanItem, _ sections: [String]) -> ItemAlignment {
            ItemAlignment(item: item, matches: sections.map { SectionMatch(section: SectionID($0), requirements: [], score: 1, reasons: []) }, score: sections.isEmpty ? 0 : 1)
        }
        // Analyzer: the section's own unit → 2018-1-1 (no label names it), item 1 → 2018-1-1 (right),
        // item 2 → 2018-1-1 + 2018-1-2 (one right, one extra), section paragraph → local (gold says 2018-1-2).
        let alignmentItems = [aligned(items[0], ["2018-1-1"]), aligned(items[1], ["2018-1-1"]), aligned(items[2], ["2018-1-1", "2018-1-2"]), aligned(items[3], [])]
        let coverage = ["2018-1-1", "2018-1-2", "2018-1-3"].map { id in
            SectionCoverage(section: id, items: alignmentItems.filter { $0.sections.contains(id) }.map(\.item.path), requirementsReached: [], requirementsTotal: 1)
        }
        let alignment = Alignment(plan: "a.txt", reference: "2018", year: 2018, items: alignmentItems, coverage: coverage)
        let gold = GoldPlan(plan: "a.txt", reference: 2018, items: [
            GoldItem(anchor: "做好政府部门权责清单调整和公开工作", sections: ["2018-1-1"]),
            GoldItem(anchor: "建立市场准入负面清单信息公开机制", sections: ["2018-1-1"]),
            GoldItem(anchor: "公共资源配置信息公开", sections: ["2018-1-2"]),
            GoldItem(anchor: "推进人大代表建议和政协委员提案办理结果公开", sections: []),
        ])
        let scores = Scorer.score(plan: plan, gold: gold, alignment: alignment)
        // Predicted pairs: 1 + 2 + 1 (local) = 4; gold pairs: 1 + 1 + 1 + 1 (local, not found) = 4; right: 2.
        XCTAssertEqual(scores.counts.sectionPairsPredicted, 4)
        XCTAssertEqual(scores.counts.sectionPairsGold, 4)
        XCTAssertEqual(scores.counts.sectionPairsCorrect, 2)
        XCTAssertEqual(scores.sectionPrecision, 0.5, accuracy: 1e-12)
        XCTAssertEqual(scores.sectionRecall, 0.5, accuracy: 1e-12)
        XCTAssertEqual(scores.sectionF1, 0.5, accuracy: 1e-12)
        // Coverage: gold covers 1-1 and 1-2; analyzer covers 1-1 and 1-2 too; 1-3 neither. All right.
        XCTAssertEqual(scores.coverageAccuracy, 1.0)
        let problems = scores.misses.flatMap(\.problems)
        XCTAssertTrue(problems.contains(.sectionsDiffer(expected: ["2018-1-2"], got: ["local"])), "\(problems)")
        XCTAssertTrue(problems.contains(.sectionsDiffer(expected: ["2018-1-1"], got: ["2018-1-1", "2018-1-2"])))
        // An alignment to another year's key points is named as the first problem.
        var otherYear = alignment
        otherYear.year = 2021
        let mismatched = Scorer.score(plan: plan, gold: gold, alignment: otherYear)
        XCTAssertEqual(mismatched.misses.first?.problems, [.referenceDiffers(expected: 2018, got: 2021)])
        XCTAssertTrue(EvaluationReport.text(EvaluationResult(perPlan: [mismatched])).contains("reference differs: the labels implement the 2018 key points"))
        // Without an alignment the section rates are undefined, not 0 or 1.
        XCTAssertTrue(Scorer.score(plan: plan, gold: gold).sectionF1.isNaN)
    }

    func testScoreCountsAndRates() {
        let scores = Scorer.score(plan: samplePlan(), gold: sampleGold())
        XCTAssertEqual(scores.plan, "a.txt")
        XCTAssertEqual(scores.counts, ScoreCounts(items: 5, found: 3, unitsMatched: 2, deadlinesMatched: 2))
        XCTAssertEqual(scores.itemRecall, 0.6, accuracy: 1e-12)
        XCTAssertEqual(scores.unitAccuracy, 0.4, accuracy: 1e-12)
        XCTAssertEqual(scores.deadlineAccuracy, 0.4, accuracy: 1e-12)
    }

    func testMissesSayWhatDiffered() {
        let scores = Scorer.score(plan: samplePlan(), gold: sampleGold())
        XCTAssertEqual(scores.misses, [
            Miss(anchor: "公共资源配置信息公开", line: 8, problems: [
                .leadDiffers(expected: ["市政府办公厅"], got: []),
                .deadlinesDiffer(expected: [], got: ["2018年底前"]),
            ]),
            Miss(anchor: "全面实施“双随机、一公开”监管", line: 1, problems: [.notAnItem(kind: .paragraph, line: 1)]),
            Miss(anchor: "推进人大代表建议和政协委员提案办理结果公开", line: nil, problems: [.notFound]),
        ])
    }

    func testNoGoldItemsGivesUndefinedRates() {
        let scores = Scorer.score(plan: samplePlan(), gold: GoldPlan(plan: "a.txt", reference: 2018, items: []))
        XCTAssertTrue(scores.itemRecall.isNaN)
        let json = EvaluationReport.json(EvaluationResult(perPlan: [scores]))
        XCTAssertEqual(json["micro"]?["itemRecall"]?.rendered(), "null")
    }

    // MARK: Micro averages

    private func twoPlanResult() -> EvaluationResult {
        let planB = Plan(name: "b.txt", metadata: Metadata(), nodes: [
            Node(kind: .item, numbering: Numbering(family: .arabicDot, value: 1, raw: "1."),
                 text: "及时公开重大项目审批结果", lines: 1...1),
        ])
        let goldB = GoldPlan(plan: "b.txt", reference: 2021, items: [GoldItem(anchor: "及时公开重大项目审批结果")])
        return EvaluationResult(perPlan: [
            Scorer.score(plan: samplePlan(), gold: sampleGold()),
            Scorer.score(plan: planB, gold: goldB),
        ])
    }

    func testMicroAveragesSumOverAllGoldItems() {
        let result = twoPlanResult()
        XCTAssertEqual(result.perPlan[1].counts, ScoreCounts(items: 1, found: 1, unitsMatched: 1, deadlinesMatched: 1))
        XCTAssertEqual(result.micro, ScoreCounts(items: 6, found: 4, unitsMatched: 3, deadlinesMatched: 3))
        // 4/6, not the mean of 0.6 and 1.0.
        XCTAssertEqual(result.micro.itemRecall, 4.0 / 6.0, accuracy: 1e-12)
        XCTAssertEqual(result.micro.unitAccuracy, 0.5, accuracy: 1e-12)
        XCTAssertEqual(result.micro.deadlineAccuracy, 0.5, accuracy: 1e-12)
    }

    // MARK: Reports

    func testJSONKeysAndRendering() {
        let json = EvaluationReport.json(twoPlanResult())
        XCTAssertEqual(json.keys, ["plans", "micro"])
        XCTAssertEqual(json["plans"]?.rendered(pretty: false),
            #"[{"plan":"a.txt","items":5,"itemRecall":0.6,"unitAccuracy":0.4,"deadlineAccuracy":0.4,"#
            + #""sectionPrecision":null,"sectionRecall":null,"sectionF1":null,"coverageAccuracy":null,"divergenceRecall":null},"#
            + #"{"plan":"b.txt","items":1,"itemRecall":1.0,"unitAccuracy":1.0,"deadlineAccuracy":1.0,"#
            + #""sectionPrecision":null,"sectionRecall":null,"sectionF1":null,"coverageAccuracy":null,"divergenceRecall":null}]"#)
        XCTAssertEqual(json["micro"]?.keys, [
            "itemRecall", "unitAccuracy", "deadlineAccuracy", "sectionPrecision", "sectionRecall", "sectionF1", "coverageAccuracy", "divergenceRecall",
        ])
        XCTAssertEqual(json["micro"]?.rendered(), """
            {
              "itemRecall": 0.6667,
              "unitAccuracy": 0.5,
              "deadlineAccuracy": 0.5,
              "sectionPrecision": null,
              "sectionRecall": null,
              "sectionF1": null,
              "coverageAccuracy": null,
              "divergenceRecall": null
            }
            """)
        XCTAssertEqual(json.rendered(), EvaluationReport.json(twoPlanResult()).rendered())
    }

    func testTextReport() {
        XCTAssertEqual(EvaluationReport.text(twoPlanResult()), """
            plan   items  itemRecall  unitAccuracy  deadlineAccuracy  sectionPrecision  sectionRecall  sectionF1  coverageAccuracy  divergenceRecall
            a.txt      5       0.600         0.400             0.400                 -              -          -                 -                 -
            b.txt      1       1.000         1.000             1.000                 -              -          -                 -                 -
            micro      6       0.667         0.500             0.500                 -              -          -                 -                 -

            a.txt: 3 of 5 items missed
              - line 8: 「公共资源配置信息公开」
                  lead differs: expected 市政府办公厅, got (none)
                  deadlines differ: expected (none), got 2018年底前
              - line 1: 「全面实施“双随机、一公开”监管」
                  not an item: the anchor's deepest node is a paragraph (line 1) that is not a task unit
              - 「推进人大代表建议和政协委员提案办理结果公开」
                  not found: no node's text contains the anchor

            b.txt: no misses in 1 item

            """)
    }

    func testTextReportShowsAtMostTwentyMissesAndPadsLongNames() {
        let gold = GoldPlan(
            plan: "2021-xinjiang-tulufan-gaochang-draft.txt", reference: 2021,
            items: (1...25).map { GoldItem(anchor: "不存在的事项第\($0)条") })
        let result = EvaluationResult(perPlan: [Scorer.score(plan: samplePlan(), gold: gold)])
        let text = EvaluationReport.text(result)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertTrue(lines[0].hasPrefix("plan                                      items  itemRecall  unitAccuracy  deadlineAccuracy"))
        XCTAssertTrue(lines[1].hasPrefix("2021-xinjiang-tulufan-gaochang-draft.txt     25       0.000         0.000             0.000"))
        XCTAssertTrue(lines[2].hasPrefix("micro                                        25       0.000         0.000             0.000"))
        XCTAssertEqual(text.components(separatedBy: "not found:").count - 1, 20)
        XCTAssertTrue(text.contains("「不存在的事项第20条」"))
        XCTAssertFalse(text.contains("「不存在的事项第21条」"))
        XCTAssertTrue(text.hasSuffix("  … 5 more not shown\n"))
    }

    // MARK: Loading gold labels

    private func tempDirectory() throws -> String {
        let dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("eval-tests-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: dir) }
        return dir
    }

    private func write(_ text: String, _ name: String, in dir: String) throws {
        try text.write(toFile: (dir as NSString).appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    private let goodLabel = """
        {"plan": "b.txt", "reference": 2021, "notes": ["ignored"], "extra": 1,
         "items": [{"anchor": "及时公开重大项目审批结果", "sections": ["2021-1-1"], "lead": [], "responsible": ["区发改委"], "deadlines": ["2021年底前"]}],
         "divergences": [{"anchor": "及时公开重大项目", "section": "2021-1-1", "kind": "weakened", "missing": [], "added": []}]}
        """

    func testLoadsSortedJSONFilesIgnoringOthers() throws {
        let dir = try tempDirectory()
        try write(goodLabel, "b.json", in: dir)
        try write(goodLabel.replacingOccurrences(of: "b.txt", with: "a.txt"), "a.json", in: dir)
        try write("# not a label", "FORMAT.md", in: dir)
        let plans = try GoldLabels.load(directory: dir)
        XCTAssertEqual(plans.map(\.plan), ["a.txt", "b.txt"])
        XCTAssertEqual(plans[1].items, [GoldItem(
            anchor: "及时公开重大项目审批结果", sections: ["2021-1-1"], lead: [], responsible: ["区发改委"],
            deadlines: ["2021年底前"])])
        XCTAssertEqual(plans[1].divergences, [GoldDivergence(
            anchor: "及时公开重大项目", section: "2021-1-1", kind: "weakened", note: nil)])
    }

    func testMissingKeyNamesFileAndPlace() throws {
        let dir = try tempDirectory()
        try write(goodLabel.replacingOccurrences(of: #""anchor": "及时公开重大项目审批结果", "#, with: ""), "b.json", in: dir)
        let path = (dir as NSString).appendingPathComponent("b.json")
        XCTAssertThrowsError(try GoldLabels.load(directory: dir)) { error in
            XCTAssertEqual(error as? GoldLabelError,
                           .malformed(file: path, problem: #"missing key "anchor" in items[0]"#))
            let message = (error as? LocalizedError)?.errorDescription ?? ""
            XCTAssertTrue(message.hasPrefix(path + ": not a valid gold label file"), message)
            XCTAssertTrue(message.contains("FORMAT.md"), message)
        }
    }

    func testWrongTypeAndInvalidJSONAndEmptyAnchor() throws {
        let dir = try tempDirectory()
        let path = (dir as NSString).appendingPathComponent("b.json")

        try write(goodLabel.replacingOccurrences(of: #""lead": []"#, with: #""lead": "区发改委""#), "b.json", in: dir)
        XCTAssertThrowsError(try GoldLabels.load(directory: dir)) { error in
            guard case let .malformed(file, problem)? = error as? GoldLabelError else { return XCTFail("\(error)") }
            XCTAssertEqual(file, path)
            XCTAssertTrue(problem.hasPrefix("items[0].lead has the wrong type: expected"), problem)
        }

        try write("{\"plan\": \"b.txt\", ", "b.json", in: dir)
        XCTAssertThrowsError(try GoldLabels.load(directory: dir)) { error in
            guard case let .malformed(file, problem)? = error as? GoldLabelError else { return XCTFail("\(error)") }
            XCTAssertEqual(file, path)
            XCTAssertTrue(problem.hasPrefix("not valid JSON"), problem)
            XCTAssertFalse(problem.hasSuffix("."), problem)
        }

        // A control character in any text of a label (NUL: Foundation's search traps on a word
        // ending in one) is refused, naming the field.
        for (text, field) in [("及时公开重大项目审批结果", "items[0].anchor"), ("区发改委", "items[0].responsible[0]"), ("2021年底前", "items[0].deadlines[0]"),
                              ("及时公开重大项目\"", "divergences[0].anchor"), ("weakened", "divergences[0].kind")] {
            try write(goodLabel.replacingOccurrences(of: text, with: text.hasSuffix("\"") ? String(text.dropLast()) + "\\u0000\"" : text + "\\u0000"), "b.json", in: dir)
            XCTAssertThrowsError(try GoldLabels.load(directory: dir)) { error in
                guard case let .malformed(_, problem)? = error as? GoldLabelError else { return XCTFail("\(error)") }
                XCTAssertTrue(problem.hasPrefix("\(field) holds the control character U+0000"), problem)
            }
        }

        try write(goodLabel.replacingOccurrences(of: "及时公开重大项目审批结果", with: " "), "b.json", in: dir)
        XCTAssertThrowsError(try GoldLabels.load(directory: dir)) { error in
            guard case let .malformed(_, problem)? = error as? GoldLabelError else { return XCTFail("\(error)") }
            XCTAssertTrue(problem.hasPrefix("items[0].anchor is empty"), problem)
        }
    }

    func testEmptyFolderAndDuplicatePlanAreErrors() throws {
        let dir = try tempDirectory()
        try write("# only docs", "FORMAT.md", in: dir)
        XCTAssertThrowsError(try GoldLabels.load(directory: dir)) { error in
            XCTAssertEqual(error as? GoldLabelError, .noLabels(directory: dir))
        }
        try write(goodLabel, "b.json", in: dir)
        try write(goodLabel, "b-copy.json", in: dir)
        XCTAssertThrowsError(try GoldLabels.load(directory: dir)) { error in
            XCTAssertEqual(error as? GoldLabelError, .duplicatePlan(
                plan: "b.txt",
                files: [(dir as NSString).appendingPathComponent("b-copy.json"), (dir as NSString).appendingPathComponent("b.json")]))
        }
        XCTAssertThrowsError(try GoldLabels.load(directory: dir + "/nope")) { error in
            XCTAssertEqual(error as? GoldLabelError, .directoryUnreadable(path: dir + "/nope", reason: "no such folder"))
        }
    }

    func testCorpusGoldFilesLoad() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let plans = try GoldLabels.load(directory: root.appendingPathComponent("Corpus/gold").path)
        XCTAssertEqual(plans.map(\.plan), [
            "2018-xinjiang-wulumuqi.txt", "2021-guangdong-zhuhai-gaoxinqu.txt", "2021-xinjiang-tulufan-gaochang-draft.txt",
        ])
        XCTAssertEqual(plans.map(\.items.count), [59, 51, 43])
        XCTAssertEqual(plans[0].reference, 2018)
    }

    // MARK: Running

    func testRunLoadsEachGoldPlanFromTheCorpusWithTheGivenLoader() throws {
        let dir = try tempDirectory()
        try write(goodLabel, "b.json", in: dir)
        try write(goodLabel.replacingOccurrences(of: "b.txt", with: "a.txt"), "a.json", in: dir)
        var asked: [String] = []
        let result = try Evaluation.run(goldDirectory: dir, corpusDirectory: "/corpus/local") { path in
            asked.append(path)
            let unit = Node(kind: .item, numbering: Numbering(family: .arabicDot, value: 1, raw: "1."),
                            text: "及时公开重大项目审批结果", units: Units(responsible: ["区发改委"]),
                            deadlines: path.hasSuffix("b.txt") ? [Deadline(raw: "2021年底前", value: .date(year: 2021, month: 12, day: 31))] : [],
                            lines: 3...3)
            return Plan(name: path, metadata: Metadata(), nodes: [unit])
        }
        XCTAssertEqual(asked, ["/corpus/local/a.txt", "/corpus/local/b.txt"])
        XCTAssertEqual(result.perPlan.map(\.plan), ["a.txt", "b.txt"])
        XCTAssertEqual(result.perPlan.map(\.counts), [
            ScoreCounts(items: 1, found: 1, unitsMatched: 1, deadlinesMatched: 0),
            ScoreCounts(items: 1, found: 1, unitsMatched: 1, deadlinesMatched: 1),
        ])
        XCTAssertEqual(result.micro, ScoreCounts(items: 2, found: 2, unitsMatched: 2, deadlinesMatched: 1))
    }

    /// With the taxonomy, a label naming key points it does not hold is refused before any plan is
    /// read (every year around and between the held ones, and far off); the held years run. Without
    /// it (a reference given by the user), the year is the scores' to report.
    func testALabelNamingKeyPointsTheTaxonomyLacksIsRefused() throws {
        let dir = try tempDirectory()
        let years = Fixtures.taxonomy.references.map(\.year)
        XCTAssertEqual(years, [2018, 2021])
        func load(_ path: String) -> Plan { Plan(name: path, metadata: Metadata(), nodes: []) }
        for year in [-1, 0, 2017, 2019, 2020, 2022, 99999] {
            try write(goodLabel.replacingOccurrences(of: "\"reference\": 2021", with: "\"reference\": \(year)"), "b.json", in: dir)
            var read = 0
            XCTAssertThrowsError(try Evaluation.run(goldDirectory: dir, corpusDirectory: "/corpus", load: { read += 1; return load($0) }, taxonomy: Fixtures.taxonomy)) { error in
                XCTAssertEqual(error as? GoldLabelError, .unknownReference(directory: dir, plan: "b.txt", reference: year, years: years))
                XCTAssertEqual((error as? LocalizedError)?.errorDescription?.contains("names reference \(year), key points the taxonomy does not hold (it holds 2018, 2021)"), true)
            }
            XCTAssertEqual(read, 0)
            XCTAssertNoThrow(try Evaluation.run(goldDirectory: dir, corpusDirectory: "/corpus", load: load))
        }
        for year in years {
            try write(goodLabel.replacingOccurrences(of: "\"reference\": 2021", with: "\"reference\": \(year)"), "b.json", in: dir)
            XCTAssertNoThrow(try Evaluation.run(goldDirectory: dir, corpusDirectory: "/corpus", load: load, taxonomy: Fixtures.taxonomy))
        }
    }

    func testLoaderErrorsPassThrough() throws {
        let dir = try tempDirectory()
        try write(goodLabel, "b.json", in: dir)
        XCTAssertThrowsError(try Evaluation.run(goldDirectory: dir, corpusDirectory: "/nowhere") { path in
            throw InputError.notFound(path: path)
        }) { error in
            XCTAssertEqual(error as? InputError, .notFound(path: "/nowhere/b.txt"))
        }
    }
}
