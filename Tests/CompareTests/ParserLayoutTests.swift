import XCTest

@testable import Compare

/// One test per layout the parser must read, on small synthetic plans written the way real ones
/// are (each pattern here is a general layout, not a sentence of one corpus plan).
final class ParserLayoutTests: XCTestCase {
    func items(_ text: String) throws -> [PlanItem] { try Fixtures.parse(text).items }

    func outline(_ plan: Plan) -> [String] { Fixtures.outline(plan) }

    // 一、/（一）/1. with 牵头单位/责任单位 lines and a sentence broken across a blank line.
    func testNumberedItemsWithUnitLines() throws {
        let plan = try Fixtures.parse("""
            2021年某某区政务公开工作要点

            一、深化规划公开

            (一) 做好规划主动公开

            1. 依托门户网站主动公开规划纲要和

            专项规划,做好历史规划归集整理。

            牵头单位:区发改委

            责任单位：区自然资源局、

            区住建局

            2. 2021年底前,完成规章集中公开。

            牵头部门：区司法局

            （二）做好财政信息公开

            3. 定期公开债务限额、余额等信息。

            二、强化政策解读

            （一）持续加强政策解读
            """)
        XCTAssertEqual(outline(plan), ["part 一、", " section （一）", "  item 1.", "  item 2.", " section （二）", "  item 3.", "part 二、", " section （一）"])
        let items = plan.items
        XCTAssertEqual(items.map(\.path), ["一、/（一）/1.", "一、/（一）/2.", "一、/（二）/3.", "二、/（一）"])
        XCTAssertEqual(items[0].node.text, "依托门户网站主动公开规划纲要和专项规划,做好历史规划归集整理。")
        XCTAssertEqual(items[0].node.lines, 7...9)
        XCTAssertEqual(items[0].node.units.lead, ["区发改委"])
        XCTAssertEqual(items[0].node.units.responsible, ["区自然资源局", "区住建局"])
        XCTAssertEqual(items[1].node.units.lead, ["区司法局"])
        XCTAssertEqual(items[1].node.deadlines.map(\.raw), ["2021年底前"])
        XCTAssertEqual(items[1].node.deadlines.first?.normalized, "2021-12-31")
        XCTAssertEqual(items[2].node.units, Units())
    }

    // Parts "1、", sections "（1）" mixed with "（一）", items "1." under one section.
    func testIrregularNumberingInfersLevelsFromOrder() throws {
        let plan = try Fixtures.parse("""
            某某区2021年政务公开工作要点
            1、 紧扣规划开好局
            （1） 全面做好规划公开。
            主动公开规划纲要。
            （2） 深化财政信息公开。
            稳步扩大预决算公开范围。
            二、紧扣宏观政策落地见效
            （一）持续加强政策解读。
            及时发布权威信息。
            （二）着重加强平台建设。
            1.全面推进网站建设。推动集约化。
            2.规范政务新媒体管理。有序开展清理整合。
            （3） 推动公众参与。
            增强回应工作的主动性。
            """)
        XCTAssertEqual(outline(plan), [
            "part 1、", " section （1）", " section （2）",
            "part 二、", " section （一）", " section （二）", "  item 1.", "  item 2.", " section （3）",
        ])
        let items = plan.items
        XCTAssertEqual(items.count, 6)
        XCTAssertEqual(items[0].node.heading, "全面做好规划公开")
        XCTAssertEqual(items[0].node.text, "全面做好规划公开。主动公开规划纲要。")
        XCTAssertEqual(items.last?.node.text, "推动公众参与。增强回应工作的主动性。")
        XCTAssertTrue(plan.warnings.filter { $0.kind == .numberingSkip || $0.kind == .numberingRestart }.isEmpty)
    }

    // A task table flattened to tabs: header repeated at a page break, continuation rows, several
    // items in one cell, a section cell repeated, a shifted row, <p> debris.
    func testTaskTableByColumnRole() throws {
        let plan = try Fixtures.parse("""
            某某开发区2021年政务公开工作要点分工方案
            工作任务\t具体任务\t牵头及责任单位
            <p>各单位要坚持以人民为中心深化政务公开，推动政府决策更加透明规范。</p>\t\t
            （一）做好 规划主 动公开\t1. 主动公开规划纲要。\t区党政办（宣传科）牵头，各单位按职责分工落实
            \t2. 归集整理本地区各类规划。\t区党政办、各单位
            （二）做好财政信息公开\t<p>3. 推进预算公开。</p> <p>4. 定期公开债务限额、余额等信息。</p>\t区财政局牵头，各单位按职责分工落实
            工作任务\t具体任务\t牵头及责任单位
            （二）做好财政信息公开\t5. 落实补贴信息公开向村和社区延伸。\t各单位按职责分工落实
            <p>6. 做好供水、供电等公共企事业单位信息公开。</p>\t<p>各单位按职责分工落实</p>\t
            """)
        XCTAssertEqual(outline(plan), ["paragraph ¶", "section （一）", " item 1.", " item 2.", "section （二）", " item 3.", " item 4.", " item 5.", " item 6."])
        let items = plan.items
        XCTAssertEqual(items.map(\.node.text), [
            "主动公开规划纲要。", "归集整理本地区各类规划。", "推进预算公开。", "定期公开债务限额、余额等信息。",
            "落实补贴信息公开向村和社区延伸。", "做好供水、供电等公共企事业单位信息公开。",
        ])
        XCTAssertEqual(plan.nodes[1].heading, "做好规划主动公开")
        XCTAssertEqual(items[0].node.units.lead, ["区党政办（宣传科）"])
        XCTAssertEqual(items[0].node.units.responsible, ["各单位"])
        XCTAssertEqual(items[1].node.units.lead, [])
        XCTAssertEqual(items[1].node.units.responsible, ["区党政办", "各单位"])
        XCTAssertEqual(items[3].node.units.lead, ["区财政局"])
        XCTAssertEqual(items[5].node.units.responsible, ["各单位"])
    }

    // Section paragraphs whose heading is their first sentence, units in a trailing parenthesis.
    func testSectionParagraphsWithTrailingUnits() throws {
        let plan = try Fixtures.parse("""
            2021年某某区政务公开工作要点
            （征求意见稿）
            2021年我区政务公开工作的总体要求是：坚持以人民为中心深化政务公开。
            一、围绕规划开好局深化政务公开
            （一）做好各类规划主动公开。在区政府门户网站主动公开规划纲要。（区政府办公室、区发改委负责落实）
            （二）做好国有企业信息公开。集中公布区属国有企业信息。(区国资委牵头落实)
            二、围绕条例实施深化政务公开
            （一）做好政务信息管理工作。区司法局要在2021年7月底前对规章进行梳理。（各乡镇街道、区司法局负责落实）
            """)
        XCTAssertEqual(outline(plan), ["paragraph ¶", "part 一、", " section （一）", " section （二）", "part 二、", " section （一）"])
        let items = plan.items
        XCTAssertEqual(items.count, 3)
        XCTAssertEqual(items[0].node.heading, "做好各类规划主动公开")
        XCTAssertEqual(items[0].node.text, "做好各类规划主动公开。在区政府门户网站主动公开规划纲要。")
        XCTAssertEqual(items[0].node.units.responsible, ["区政府办公室", "区发改委"])
        XCTAssertEqual(items[1].node.units.lead, ["区国资委"])
        XCTAssertEqual(items[2].node.deadlines.map(\.normalized), ["2021-07-31"])
        XCTAssertEqual(plan.nodes[0].text, "2021年我区政务公开工作的总体要求是：坚持以人民为中心深化政务公开。")
    }

    // Items numbered 1．… straight through the sections, inline 〔牵头单位：…，责任单位：…〕.
    func testInlineBracketUnitsAndContinuousNumbering() throws {
        let plan = try Fixtures.parse("""
            某某市2018年政务公开工作要点
            一、总体要求
            以习近平新时代中国特色社会主义思想为指导，全面推进政务公开。
            二、重点任务及责任分工
            （一）围绕建设法治政府全面推进政务公开。
            1．制定出台政策文件，对公开相关信息作出明确规定。〔牵头单位：市政府办公厅，责任单位：市属各委、局、办，各区（县）人民政府〕
            2．建立市场准入负面清单信息公开机制。〔牵头单位：市发改委、商务局，责任单位：市属各委、局、办〕
            （二）围绕重点领域加大主动公开力度。
            3．于10月底前将清理整合情况报市政府备案。〔责任单位：市属各相关部门〕
            三、工作要求
            （一）提高思想认识。要进一步提高政治站位。
            抄送：市委办、市人大办。
            某某市人民政府办公厅   2018年7月13日印发
            """)
        XCTAssertEqual(outline(plan), ["paragraph 一、", "part 二、", " section （一）", "  item 1.", "  item 2.", " section （二）", "  item 3.", "part 三、", " section （一）"], "一、总体要求 is a preamble")
        let items = plan.items
        XCTAssertEqual(items.count, 4, "a part with no sections (总体要求) is a preamble, not a task")
        XCTAssertEqual(items[0].node.text, "制定出台政策文件，对公开相关信息作出明确规定。")
        XCTAssertEqual(items[0].node.units.lead, ["市政府办公厅"])
        XCTAssertEqual(items[0].node.units.responsible, ["市属各委、局、办", "各区（县）人民政府"])
        XCTAssertEqual(items[1].node.units.lead, ["市发改委", "商务局"])
        XCTAssertEqual(items[2].node.deadlines.map(\.normalized), ["2018-10-31"])
        XCTAssertEqual(items[3].node.text, "提高思想认识。要进一步提高政治站位。", "closing lines are not part of the last item")
    }

    // A whole opening flattened onto one line still yields its structure.
    func testFlattenedOneLinePlan() throws {
        let line = "2021年某某县政务公开工作要点 2021年我县政务公开工作的总体要求是：坚持以人民为中心深化政务公开。"
            + "一、紧扣规划开好局深化政务公开（一）做好各类规划主动公开。1.主动公开规划纲要和专项规划。2.做好历史规划的归集整理。"
            + "（二）做好财政信息公开。3.推进部门预算公开。二、紧扣宏观政策落地见效深化政务公开（一）持续加强政策解读。4.及时发布权威信息。"
        let plan = try Fixtures.parse(line)
        XCTAssertEqual(outline(plan).filter { !$0.hasPrefix("paragraph") }, [
            "part 一、", " section （一）", "  item 1.", "  item 2.", " section （二）", "  item 3.",
            "part 二、", " section （一）", "  item 4.",
        ])
        XCTAssertEqual(plan.items.map(\.node.text).first, "主动公开规划纲要和专项规划。")
    }

    // A file cut off mid-sentence parses, with a warning.
    /// Every corpus plan that ends in its body, signed and dated after it (落款: the issuer's name,
    /// the date, in either of the ways they are written): not cut off.
    func testASignatureAfterTheLastSentenceIsNoCut() throws {
        var cases = 0
        for name in Fixtures.planNames {
            let text = try Fixtures.text(name).trimmingCharacters(in: .whitespacesAndNewlines)
            guard !(try Fixtures.plan(name)).warnings.contains(where: { $0.kind == .truncated }) else { continue }
            for tail in ["\n\n某某县人民政府办公室\n2021年6月10日", "\n\n中共某某县委办公室\n二〇二一年六月十日", "\n2021年6月10日"] {
                let signed = try Fixtures.parse(text + tail, name: name)
                // A plan whose print line ends it is read to there anyway; the others end here.
                XCTAssertFalse(signed.warnings.contains { $0.kind == .truncated }, "\(name) + \(tail)")
                cases += 1
            }
        }
        XCTAssertGreaterThanOrEqual(cases, 9)
    }

    func testTruncatedPlanParsesWithAWarning() throws {
        let plan = try Fixtures.parse("""
            某某区2021年政务公开工作要点
            一、紧扣规划开好局深化政务公开
            （一）做好各类规划主动公开
            1. 依托政府门户网站主动公开国民经济和社会发展第十四个五年规划纲要、国土空
            """)
        XCTAssertEqual(plan.items.count, 1)
        XCTAssertTrue(plan.warnings.contains { $0.kind == .truncated && $0.line == 4 })
        // Said as a text possibly cut off, not as text not read; signed after, not cut.
        let w = try XCTUnwrap(plan.warnings.first { $0.kind == .truncated })
        XCTAssertTrue(CheckWords.of(.zh).notRead(w).hasPrefix("**可能不完整**：第4行："))
        XCTAssertTrue(CheckWords.of(.en).notRead(w).hasPrefix("**Possibly cut off**: line 4: "))
    }

    // Renumbering a plan (other marker families, ASCII or full-width) keeps items and texts.
    func testRenumberedPlanKeepsItsItems() throws {
        let original = """
            某某区2021年政务公开工作要点
            一、深化规划公开
            （一）做好规划主动公开
            1. 主动公开规划纲要。
            2. 做好历史规划归集整理。
            （二）做好财政信息公开
            3. 推进部门预算公开。
            二、强化政策解读
            （一）持续加强政策解读
            4. 及时发布权威信息。
            """
        let renumbered = original
            .replacingOccurrences(of: "一、", with: "1、").replacingOccurrences(of: "二、", with: "2、")
            .replacingOccurrences(of: "（一）", with: "(1)").replacingOccurrences(of: "（二）", with: "(2)")
            .replacingOccurrences(of: "1. ", with: "①").replacingOccurrences(of: "2. ", with: "②")
            .replacingOccurrences(of: "3. ", with: "①").replacingOccurrences(of: "4. ", with: "①")
        let a = try items(original), b = try items(renumbered)
        XCTAssertEqual(a.count, 4)
        XCTAssertEqual(a.map(\.node.text), b.map(\.node.text))
        XCTAssertEqual(a.map(\.node.kind), b.map(\.node.kind))
        XCTAssertEqual(a.map(\.context), b.map(\.context))
    }

    // A document with no numbered structure is refused with a clear error, not parsed to nothing.
    func testTextWithoutStructureIsRefused() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("no-structure-\(UUID().uuidString).txt")
        try Data("这是一段普通的文字，没有任何编号。\n第二段文字也没有编号。\n".utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        XCTAssertThrowsError(try PlanLoader.load(path: url.path)) { error in
            XCTAssertEqual(error as? InputError, .noPlanStructure(path: url.path))
        }
    }

    // Dropping a section removes exactly its items.
    func testRemovingASectionRemovesItsItems() throws {
        let text = try Fixtures.text("2021-xinjiang-tulufan-gaochang-draft.txt")
        let full = try Fixtures.parse(text).items
        var lines = text.components(separatedBy: "\n")
        let start = lines.firstIndex { $0.contains("做好财政信息公开") }!
        let end = lines.firstIndex { $0.contains("做好常态化疫情防控信息公开") }!
        lines.removeSubrange(start..<end)
        let cut = try Fixtures.parse(lines.joined(separator: "\n")).items
        XCTAssertEqual(full.count - cut.count, 3)
        XCTAssertEqual(Set(full.map(\.node.text)).subtracting(cut.map(\.node.text)).count, 3)
    }
    // Unit lines of any wording belong to the task before them; paragraphs they separate are tasks.
    func testUnitLinesOfAnyWordingCloseTheTaskBeforeThem() throws {
        let plan = try Fixtures.parse("""
            某市2022年政务公开工作要点
            一、深化重点领域信息公开
            （一）做好规划信息公开。全面梳理各类规划，及时公开规划信息，2022年6月底前完成。
            市发改委牵头落实
            （二）做好财政信息公开。全面公开预决算信息。
            市财政局负责
            （三）做好就业信息公开。及时发布招聘信息。
            牵头单位：市人社局
            （四）做好教育信息公开。推进招生信息公开。
            （市教育局负责落实）
            二、加强政策解读
            全面加强政策解读，推动政策解读与政策文件同步起草。
            市司法局牵头，各部门配合
            做好政策问答，回应社会关切。
            各区政府负责
            """)
        let items = plan.items
        XCTAssertEqual(items.map(\.node.text), [
            "做好规划信息公开。全面梳理各类规划，及时公开规划信息，2022年6月底前完成。", "做好财政信息公开。全面公开预决算信息。",
            "做好就业信息公开。及时发布招聘信息。", "做好教育信息公开。推进招生信息公开。",
            "全面加强政策解读，推动政策解读与政策文件同步起草。", "做好政策问答，回应社会关切。",
        ])
        XCTAssertEqual(items.map(\.node.units.lead), [["市发改委"], [], ["市人社局"], [], ["市司法局"], []])
        XCTAssertEqual(items.map(\.node.units.responsible), [[], ["市财政局"], [], ["市教育局"], ["各部门"], ["各区政府"]])
        XCTAssertEqual(items.map(\.context), [["深化重点领域信息公开"], ["深化重点领域信息公开"], ["深化重点领域信息公开"], ["深化重点领域信息公开"], ["加强政策解读"], ["加强政策解读"]])
        // A unit line at the end is not a sentence cut off.
        XCTAssertFalse(plan.warnings.contains { $0.kind == .truncated })
    }

    // A part heading followed by one paragraph and its units: the paragraph is the heading's task.
    func testAHeadingWithOneTaskParagraphIsOneItem() throws {
        let plan = try Fixtures.parse("""
            某区2021年政务公开工作要点
            一、做好规划公开
            全面梳理各类规划，及时公开规划信息。
            区发改委负责落实
            二、加强政策解读
            （一）做好政策解读
            推动政策解读与政策文件同步起草。
            """)
        // The heading's line break stays in the text (`NodeFinisher.joined`): no clause runs across it.
        XCTAssertEqual(plan.items.map(\.node.text), ["做好规划公开\n全面梳理各类规划，及时公开规划信息。", "做好政策解读\n推动政策解读与政策文件同步起草。"])
        XCTAssertEqual(plan.items.map(\.node.heading), ["做好规划公开", "做好政策解读"])
        XCTAssertEqual(plan.items.first?.node.units.responsible, ["区发改委"])
    }
}

/// A plan that names an attachment the file does not hold is read with a warning, never silently.
final class AttachmentWarningTests: XCTestCase {
    let plan = """
        2021年某区政务公开工作要点
        一、做好规划公开
        （一）主动公开各类规划，做好解读工作。
        附件：某区2021年政务公开工作要点任务台账
        """

    func warnings(_ text: String) throws -> [ParseWarning] {
        try Fixtures.parse(text).warnings.filter { $0.kind == .attachmentMissing }
    }

    func testAnAttachmentNamedButAbsentIsAWarningAtItsLine() throws {
        let w = try warnings(plan)
        XCTAssertEqual(w.map(\.line), [4])
        XCTAssertTrue(w.first?.message.contains("「某区2021年政务公开工作要点任务台账」") ?? false)
    }

    func testAnAttachmentThatFollowsIsNoWarning() throws {
        XCTAssertEqual(try warnings(plan + "\n某区2021年政务公开工作要点任务台账\n序号\t任务\t责任单位"), [])
    }

    func testSeveralAttachmentsOnOneLineAreEachLookedFor() throws {
        let two = plan.replacingOccurrences(of: "附件：某区2021年政务公开工作要点任务台账", with: "附件：1.某区2021年政务公开工作要点任务台账 2.某区政务公开重点工作责任清单")
        XCTAssertEqual(try warnings(two).count, 2)
        let held = two + "\n某区2021年政务公开工作要点任务台账\n（略）\n某区政务公开重点工作责任清单\n（略）"
        XCTAssertEqual(try warnings(held), [])
        // A year opening the title is the title's, not a number.
        XCTAssertEqual(PlanParser.attachmentTitles("：2021年某区任务台账"), ["2021年某区任务台账"])
    }

    func testANumberedOrShortAttachmentLabel() throws {
        XCTAssertEqual(try warnings(plan.replacingOccurrences(of: "附件：", with: "附件1. ")).count, 1)
        XCTAssertEqual(try warnings(plan.replacingOccurrences(of: "附件：某区2021年政务公开工作要点任务台账", with: "附件1")), [])
    }

}

/// Reproducers of what the fuzzer found slow: work that grew with the square of a row's length.
final class TableBoundsTests: XCTestCase {
    /// A row of thousands of tab-separated cells is no task table: its short rows keep their cells'
    /// places rather than being fitted column by column (cells × columns a row: 5,800 × 6,200 cells
    /// took 5 s in a debug build, found by the fuzzer in a 19 KB input).
    func testRowsOfAVeryWideTableAreNotFitted() {
        let roles = [TableLayout.Role?](repeating: .task, count: TableLayout.widestFit + 1)
        let cells = ["1", "做好政务公开", "区政务公开办"]
        XCTAssertEqual(TableLayout.fit(cells, to: roles), [0, 1, 2])
        // Within the bound, a short row is still fitted where its cells belong.
        let narrow: [TableLayout.Role?] = [.number, .section, .task, .units, .deadline]
        XCTAssertEqual(TableLayout.fit(["1", "做好政务公开工作，及时发布信息。", "区政务公开办负责"], to: narrow).count, 3)
    }

    /// The fuzzer's shape, rebuilt: a header-like row of 6,000 empty cells, then rows of 50 and 5,800.
    /// It must end with a plan or a clear error, and read the same table the same way at any width
    /// past the bound.
    func testAFuzzerShapedWideTableParses() throws {
        func text(width: Int) -> String {
            let wide = Array(repeating: "", count: width).joined(separator: "\t")
            let short = (1...50).map { "任务\($0)" }.joined(separator: "\t")
            let long = (1...(width - 200)).map { "单位\($0)" }.joined(separator: "\t")
            return ["2021年某区政务公开工作要点", "一、总体要求", wide, short, long, short].joined(separator: "\n")
        }
        for width in [1_000, 6_000] {
            do {
                let plan = try Fixtures.parse(text(width: width))
                XCTAssertFalse(plan.nodes.isEmpty, "width \(width)")
            } catch {
                XCTAssertFalse("\(error)".isEmpty)
            }
        }
    }
}
