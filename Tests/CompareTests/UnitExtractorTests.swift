import XCTest
@testable import Compare

final class UnitExtractorTests: XCTestCase {
    /// The form units are scored in: the list joined, white space and list punctuation deleted.
    private func scored(_ names: [String]) -> String {
        String(String.UnicodeScalarView(names.joined().unicodeScalars.filter {
            !CJK.isSpace($0) && !"、，,；;：:".unicodeScalars.contains($0)
        }))
    }

    // MARK: labelLine

    func testLabelLineLeadASCIIColon() throws {
        let u = try XCTUnwrap(UnitExtractor.labelLine("牵头单位:区发改委"))
        XCTAssertEqual(u.lead, ["区发改委"])
        XCTAssertEqual(u.responsible, [])
        XCTAssertEqual(u.raw, ["牵头单位:区发改委"])
    }

    func testLabelLineResponsibleFullWidth() throws {
        let u = try XCTUnwrap(UnitExtractor.labelLine("责任单位：区自然资源局"))
        XCTAssertEqual(u.lead, [])
        XCTAssertEqual(u.responsible, ["区自然资源局"])
    }

    func testLabelLineDepartmentLabels() throws {
        let lead = try XCTUnwrap(UnitExtractor.labelLine("牵头部门：区司法局"))
        XCTAssertEqual(lead.lead, ["区司法局"])
        let resp = try XCTUnwrap(UnitExtractor.labelLine("责任部门：区政府各有关部门"))
        XCTAssertEqual(resp.responsible, ["区政府各有关部门"])
        let helper = try XCTUnwrap(UnitExtractor.labelLine("配合单位：区财政局、区审计局"))
        XCTAssertEqual(helper.responsible, ["区财政局", "区审计局"])
        XCTAssertEqual(helper.lead, [])
    }

    func testLabelLineWithSpacesAroundColon() throws {
        let u = try XCTUnwrap(UnitExtractor.labelLine("  责任单位 : 区发改委、 商工局  "))
        XCTAssertEqual(u.responsible, ["区发改委", "商工局"])
        XCTAssertEqual(u.raw, ["责任单位 : 区发改委、 商工局"])
    }

    func testLabelLineBothLabels() throws {
        let u = try XCTUnwrap(UnitExtractor.labelLine("牵头单位：区政府办公室；责任单位：区政府各有关部门"))
        XCTAssertEqual(u.lead, ["区政府办公室"])
        XCTAssertEqual(u.responsible, ["区政府各有关部门"])
        let v = try XCTUnwrap(UnitExtractor.labelLine("牵头单位: 区政府办公室、区司法局 责任单位: 区行政规范性文件制定主体单位"))
        XCTAssertEqual(v.lead, ["区政府办公室", "区司法局"])
        XCTAssertEqual(v.responsible, ["区行政规范性文件制定主体单位"])
    }

    func testLabelLineKeepsQualifiersAndSmallTails() throws {
        let u = try XCTUnwrap(UnitExtractor.labelLine("责任单位：区发改委、住建局、乡村振兴局、卫健委等有关部门"))
        XCTAssertEqual(scored(u.responsible), "区发改委住建局乡村振兴局卫健委等有关部门")
        let v = try XCTUnwrap(UnitExtractor.labelLine("责任单位：各乡（镇）、场、街道、片区，区政府各有关部门"))
        XCTAssertEqual(v.responsible, ["各乡（镇）、场、街道、片区", "区政府各有关部门"])
    }

    func testLabelLineStopsAtAnotherField() throws {
        let u = try XCTUnwrap(UnitExtractor.labelLine("责任单位：区财政局、区审计局 完成时限：2021年底前"))
        XCTAssertEqual(u.responsible, ["区财政局", "区审计局"])
        let v = try XCTUnwrap(UnitExtractor.labelLine("牵头单位：区财政局完成时限:2021年底前"))
        XCTAssertEqual(v.lead, ["区财政局"])
        let w = try XCTUnwrap(UnitExtractor.labelLine("牵头单位：区财政局；备注：无"))
        XCTAssertEqual(w.lead, ["区财政局"])
    }

    func testLabelLineRepeatedLabelTypo() throws {
        let u = try XCTUnwrap(UnitExtractor.labelLine("责任单位：责任单位：市属各委、局、办，各区（县）人民政府"))
        XCTAssertEqual(u.responsible, ["市属各委、局、办", "各区（县）人民政府"])
        XCTAssertEqual(u.lead, [])
    }

    func testLabelLineBracketedAlone() throws {
        let u = try XCTUnwrap(UnitExtractor.labelLine("〔牵头单位：市财政局，责任单位：市属各相关部门〕"))
        XCTAssertEqual(u.lead, ["市财政局"])
        XCTAssertEqual(u.responsible, ["市属各相关部门"])
    }

    func testLabelLineEmptyContentIsStillALabelLine() throws {
        let u = try XCTUnwrap(UnitExtractor.labelLine("牵头单位："))
        XCTAssertTrue(u.isEmpty)
        XCTAssertEqual(u.raw, ["牵头单位："])
    }

    func testLabelLineStripsVerbTail() throws {
        let u = try XCTUnwrap(UnitExtractor.labelLine("责任单位：各单位按职责分工落实"))
        XCTAssertEqual(u.responsible, ["各单位"])
    }

    func testNotLabelLines() {
        XCTAssertNil(UnitExtractor.labelLine("1. 依托政府门户网站主动公开国民经济和社会发展第十四个五年规划纲要"))
        XCTAssertNil(UnitExtractor.labelLine("责任单位要切实履行主体责任"))
        XCTAssertNil(UnitExtractor.labelLine("涉事责任单位及相关责任人，予以通报批评"))
        XCTAssertNil(UnitExtractor.labelLine("（联系人：易卫平，联系电话：4689937）"))
        XCTAssertNil(UnitExtractor.labelLine(""))
        XCTAssertNil(UnitExtractor.labelLine("牵头及责任单位"))
    }

    // MARK: extractInline: labelled brackets

    func testInlineBracketLeadAndResponsible() {
        let r = UnitExtractor.extractInline(from: "1．制定出台涉及公共利益、公众权益的政策文件，使政策执行更加阳光透明。〔牵头单位：市政府办公厅，责任单位：市属各委、局、办，各区（县）人民政府〕")
        XCTAssertEqual(r.text, "1．制定出台涉及公共利益、公众权益的政策文件，使政策执行更加阳光透明。")
        XCTAssertEqual(r.units.lead, ["市政府办公厅"])
        XCTAssertEqual(r.units.responsible, ["市属各委、局、办", "各区（县）人民政府"])
        XCTAssertEqual(r.units.raw, ["牵头单位：市政府办公厅，责任单位：市属各委、局、办，各区（县）人民政府"])
    }

    func testInlineBracketNestedParenthesesInNames() {
        let r = UnitExtractor.extractInline(from: "全面实施监管。〔牵头单位：市委编办（审改办），责任单位：市政府法制办，市属各委、局、办，各区（县）人民政府〕")
        XCTAssertEqual(r.text, "全面实施监管。")
        XCTAssertEqual(r.units.lead, ["市委编办（审改办）"])
        XCTAssertEqual(r.units.responsible, ["市政府法制办", "市属各委、局、办", "各区（县）人民政府"])
    }

    func testInlineBracketSeveralLeads() {
        let r = UnitExtractor.extractInline(from: "建立市场准入负面清单信息公开机制。〔牵头单位：市发改委、商务局，责任单位：市属各委、局、办，各区（县）人民政府〕")
        XCTAssertEqual(r.units.lead, ["市发改委", "商务局"])
        XCTAssertEqual(r.units.responsible, ["市属各委、局、办", "各区（县）人民政府"])
    }

    func testInlineBracketResponsibleOnlyKeepsQualifier() {
        let r = UnitExtractor.extractInline(from: "落实好信息公开制度。〔责任单位：市发改委、建委、教育局、人防办、公安消防支队等相关部门，各区（县）人民政府〕")
        XCTAssertEqual(r.units.lead, [])
        XCTAssertEqual(scored(r.units.responsible), "市发改委建委教育局人防办公安消防支队等相关部门各区（县）人民政府")
        XCTAssertTrue(r.units.responsible.contains("公安消防支队等相关部门"))
    }

    /// A text of many labelled brackets (names repeated within and across brackets, leads and
    /// responsible units, a trailing annotation after them) gives what merging each bracket's own
    /// units one by one gives, in order: the brackets are merged in one pass, not one at a time.
    func testManyLabelledBracketsGiveTheOneByOneMerge() {
        var random = SeededRandom(seed: 0x1B)
        let names = ["市发改委", "商务局", "市委编办（审改办）", "各区（县）人民政府", "市属各委、局、办", "市工商局"]
        for round in 0..<120 {
            var text = "建立市场准入负面清单信息公开机制。"
            var brackets: [String] = []
            for _ in 0..<(1 + random.next(round < 100 ? 8 : 400)) {
                let lead = (0..<random.next(3)).map { _ in names[random.next(names.count)] }
                let responsible = (0..<(1 + random.next(3))).map { _ in names[random.next(names.count)] }
                let bracket = "〔" + (lead.isEmpty ? "" : "牵头单位：\(lead.joined(separator: "、"))，") + "责任单位：\(responsible.joined(separator: "，"))〕"
                brackets.append(bracket)
                text += "做好公开工作" + bracket
            }
            if round % 3 == 0 { text += "（区政务公开办负责落实）" }
            var expected = Units()
            for b in brackets { expected.merge(UnitExtractor.extractInline(from: "做好公开工作" + b).units) }
            if round % 3 == 0 { expected.merge(UnitExtractor.extractInline(from: "做好公开工作（区政务公开办负责落实）").units) }
            let got = UnitExtractor.extractInline(from: text).units
            XCTAssertEqual(got.lead, expected.lead, "round \(round)")
            XCTAssertEqual(got.responsible, expected.responsible, "round \(round)")
            XCTAssertEqual(got.raw, expected.raw, "round \(round)")
            XCTAssertFalse(got.responsible.isEmpty)
        }
    }

    func testInlineBracketRepeatedLabel() {
        let r = UnitExtractor.extractInline(from: "各类证能减尽减。〔牵头单位：市委编办（审改办）、市工商局，责任单位：责任单位：市属各委、局、办，各区（县）人民政府〕")
        XCTAssertEqual(r.units.lead, ["市委编办（审改办）", "市工商局"])
        XCTAssertEqual(r.units.responsible, ["市属各委、局、办", "各区（县）人民政府"])
    }

    func testInlineBracketOtherShapes() {
        for (open, close) in [("【", "】"), ("[", "]"), ("（", "）"), ("(", ")"), ("（", ")")] {
            let r = UnitExtractor.extractInline(from: "做好公开工作。\(open)牵头单位: 区政府办公室, 责任单位: 区政府各部门\(close)")
            XCTAssertEqual(r.text, "做好公开工作。", "\(open)\(close)")
            XCTAssertEqual(r.units.lead, ["区政府办公室"], "\(open)\(close)")
            XCTAssertEqual(r.units.responsible, ["区政府各部门"], "\(open)\(close)")
        }
    }

    func testInlineBracketUnclosed() {
        let r = UnitExtractor.extractInline(from: "做好公开工作。〔牵头单位：市政府办公厅，责任单位：市属各委、局、办")
        XCTAssertEqual(r.text, "做好公开工作。")
        XCTAssertEqual(r.units.lead, ["市政府办公厅"])
        XCTAssertEqual(r.units.responsible, ["市属各委、局、办"])
    }

    func testInlineBracketFollowedByFullStop() {
        let r = UnitExtractor.extractInline(from: "做好公开工作〔责任单位：区财政局〕。")
        XCTAssertEqual(r.text, "做好公开工作。")
        XCTAssertEqual(r.units.responsible, ["区财政局"])
    }

    // MARK: extractInline: trailing annotations

    func testInlineTrailingResponsible() {
        let r = UnitExtractor.extractInline(from: "重点做好历年来我区土地利用总体规划、城乡规划、国民经济和社会发展计划(年度)的公开工作。（区政府办公室、区发改委、规划资源分局、区政府相关部门负责落实）")
        XCTAssertEqual(r.text, "重点做好历年来我区土地利用总体规划、城乡规划、国民经济和社会发展计划(年度)的公开工作。")
        XCTAssertEqual(r.units.lead, [])
        XCTAssertEqual(r.units.responsible, ["区政府办公室", "区发改委", "规划资源分局", "区政府相关部门"])
        XCTAssertEqual(r.units.raw, ["区政府办公室、区发改委、规划资源分局、区政府相关部门负责落实"])
    }

    func testInlineTrailingASCIIParentheses() {
        let r = UnitExtractor.extractInline(from: "对于政策性文件，都应配发政策解读材料。(各乡镇街道、区政府各部门负责落实)")
        XCTAssertEqual(r.text, "对于政策性文件，都应配发政策解读材料。")
        XCTAssertEqual(r.units.responsible, ["各乡镇街道", "区政府各部门"])
    }

    func testInlineTrailingMixedParentheses() {
        let r = UnitExtractor.extractInline(from: "推动各机关向社会公开更多有价值的基础性数据。(各乡镇街道、区政府相关部门负责落实）")
        XCTAssertEqual(r.text, "推动各机关向社会公开更多有价值的基础性数据。")
        XCTAssertEqual(r.units.responsible, ["各乡镇街道", "区政府相关部门"])
    }

    func testInlineTrailingLead() {
        let r = UnitExtractor.extractInline(from: "规范有序地公开企业信息。（区国资委牵头落实）")
        XCTAssertEqual(r.text, "规范有序地公开企业信息。")
        XCTAssertEqual(r.units.lead, ["区国资委"])
        XCTAssertEqual(r.units.responsible, [])
    }

    func testInlineTrailingLeadAndResponsible() {
        let r = UnitExtractor.extractInline(from: "做好会议公开。（区政府办公室牵头，各乡镇街道、区政府各部门负责落实）")
        XCTAssertEqual(r.text, "做好会议公开。")
        XCTAssertEqual(r.units.lead, ["区政府办公室"])
        XCTAssertEqual(r.units.responsible, ["各乡镇街道", "区政府各部门"])
    }

    func testInlineTrailingWithFullStopAfterAndBareVerb() {
        let r = UnitExtractor.extractInline(from: "做好会议公开（区政府办公室负责）。")
        XCTAssertEqual(r.text, "做好会议公开。")
        XCTAssertEqual(r.units.responsible, ["区政府办公室"])
        let s = UnitExtractor.extractInline(from: "做好会议公开。 （区委网信办牵头） ")
        XCTAssertEqual(s.text, "做好会议公开。")
        XCTAssertEqual(s.units.lead, ["区委网信办"])
    }

    func testInlineDoesNotExtractOtherParentheticals() {
        let texts = [
            "将信息报送情况作为政务公开绩效考核的重要参考（联系人：易卫平，联系电话：4689937）。",
            "按照《珠海市政府系统政策解读工作细则（试行）》相关要求，健全政策解读工作机制。",
            "认真落实《关于印发地方政府债务信息公开办法（试行）》",
            "做好健康鄂尔多斯行动（2020年—2030年）",
            "根据国务院办公厅通知（国办发〔2021〕12号）",
            "推进政府网站部署互联网协议第六版（IPv6）",
            "做好历史规划（计划）的归集整理和主动公开工作，区政府相关部门负责落实好各项任务。",
            "各区（县）负责的工作",
        ]
        for t in texts {
            let r = UnitExtractor.extractInline(from: t)
            XCTAssertTrue(r.units.isEmpty, t)
            XCTAssertEqual(r.units.raw, [], t)
            XCTAssertEqual(r.text, t, t)
        }
    }

    func testInlineTrimsText() {
        let r = UnitExtractor.extractInline(from: "  没有单位的句子。 ")
        XCTAssertEqual(r.text, "没有单位的句子。")
        XCTAssertEqual(r.units, Units())
    }

    // MARK: cell

    func testCellLeadWithSubdivisions() {
        let u = UnitExtractor.cell("区党政办（文秘科、宣传科）牵头，各单位按职责分工落实")
        XCTAssertEqual(u.lead, ["区党政办（文秘科、宣传科）"])
        XCTAssertEqual(u.responsible, ["各单位"])
        XCTAssertEqual(u.raw, ["区党政办（文秘科、宣传科）牵头，各单位按职责分工落实"])
    }

    func testCellSeveralLeads() {
        let u = UnitExtractor.cell("区发改财政局、区商务局、区市场监管局牵头，各单位按职责分工落实")
        XCTAssertEqual(u.lead, ["区发改财政局", "区商务局", "区市场监管局"])
        XCTAssertEqual(u.responsible, ["各单位"])
    }

    func testCellASCIIParenthesesAndSpaces() {
        let u = UnitExtractor.cell("区党政办(宣传科、政务服务中心、数字高新) 牵头, 各单位按职责分工落实")
        XCTAssertEqual(u.lead, ["区党政办(宣传科、政务服务中心、数字高新)"])
        XCTAssertEqual(u.responsible, ["各单位"])
        let v = UnitExtractor.cell("区党政办(文秘科、宣传科)、区综治局牵头, 各单位按职责分工落实")
        XCTAssertEqual(v.lead, ["区党政办(文秘科、宣传科)", "区综治局"])
        XCTAssertEqual(v.responsible, ["各单位"])
    }

    func testCellWithoutMarkerIsResponsible() {
        let u = UnitExtractor.cell("区党政办（宣传科）、各单位")
        XCTAssertEqual(u.lead, [])
        XCTAssertEqual(u.responsible, ["区党政办（宣传科）", "各单位"])
        let v = UnitExtractor.cell("区党政办(文秘科、宣传科)、区综治局")
        XCTAssertEqual(v.responsible, ["区党政办(文秘科、宣传科)", "区综治局"])
    }

    func testCellSemicolonClauses() {
        let u = UnitExtractor.cell("区党政办（文秘科）；各单位按职责分工落实")
        XCTAssertEqual(u.lead, [])
        XCTAssertEqual(u.responsible, ["区党政办（文秘科）", "各单位"])
        let v = UnitExtractor.cell("区党政办（文秘科、宣传科）；区党群工作部；各单位按职责分工落实")
        XCTAssertEqual(v.responsible, ["区党政办（文秘科、宣传科）", "区党群工作部", "各单位"])
        let w = UnitExtractor.cell("区党政办（宣传科、政务服务中心），各单位按职责分工落实")
        XCTAssertEqual(w.responsible, ["区党政办（宣传科、政务服务中心）", "各单位"])
    }

    func testCellOtherDutyTail() {
        let u = UnitExtractor.cell("各单位按职责分工落实; 区发改财政局、区市场监管局按照职责分工强化监管。")
        XCTAssertEqual(u.lead, [])
        XCTAssertEqual(u.responsible, ["各单位", "区发改财政局", "区市场监管局"])
    }

    func testCellLeadAndLongResponsibleList() {
        let u = UnitExtractor.cell("区党政办牵头, 区工作机构、区征地办、区更新办、区双创中心、区税务局、市自然资源局高新分局、市生态环境局高新分局、市公安局高新分局按职责分工落实")
        XCTAssertEqual(u.lead, ["区党政办"])
        XCTAssertEqual(u.responsible, ["区工作机构", "区征地办", "区更新办", "区双创中心", "区税务局",
                                       "市自然资源局高新分局", "市生态环境局高新分局", "市公安局高新分局"])
    }

    func testCellOnlyEveryUnit() {
        let u = UnitExtractor.cell("各单位按职责分工落实")
        XCTAssertEqual(u.lead, [])
        XCTAssertEqual(u.responsible, ["各单位"])
        XCTAssertEqual(UnitExtractor.cell("  各单位按职责分工落实  ").raw, ["各单位按职责分工落实"])
    }

    func testCellWithLabels() {
        let u = UnitExtractor.cell("牵头单位：区政府办公室\n责任单位：区政府各有关部门")
        XCTAssertEqual(u.lead, ["区政府办公室"])
        XCTAssertEqual(u.responsible, ["区政府各有关部门"])
    }

    func testCellEmpty() {
        XCTAssertEqual(UnitExtractor.cell("  "), Units())
    }

    func testCellLeadWithCoordinating() {
        let u = UnitExtractor.cell("由区政府办公室牵头，区财政局配合")
        XCTAssertEqual(u.lead, ["区政府办公室"])
        XCTAssertEqual(u.responsible, ["区财政局"])
    }

    func testCellColumnHeaderNamesNoUnit() {
        XCTAssertEqual(UnitExtractor.cell("牵头及责任单位"), Units())
        XCTAssertEqual(UnitExtractor.cell("责任单位"), Units())
        XCTAssertEqual(UnitExtractor.cell("牵头单位/配合单位"), Units())
        XCTAssertEqual(UnitExtractor.cell("区党政办、各单位").responsible, ["区党政办", "各单位"])
    }

    func testCellDropsLeftoverHTMLTags() {
        let u = UnitExtractor.cell("<p>区党政办; 各单位按职责分工落实</p>")
        XCTAssertEqual(u.responsible, ["区党政办", "各单位"])
        XCTAssertEqual(u.raw, ["区党政办; 各单位按职责分工落实"])
    }

    func testLeadMarkedInsideList() {
        let u = UnitExtractor.cell("区政府办公室（牵头）、区财政局、区审计局")
        XCTAssertEqual(u.lead, ["区政府办公室"])
        XCTAssertEqual(u.responsible, ["区财政局", "区审计局"])
        let v = UnitExtractor.labelLine("责任单位：区财政局、区政府办公室(牵头)")
        XCTAssertEqual(v?.lead, ["区政府办公室"])
        XCTAssertEqual(v?.responsible, ["区财政局"])
        // Every bracket shape, each word, in a cell and on a label line, the marked name first,
        // between and last. (【】 right after a name marks it; 「【牵头单位】A」 is a label, below.)
        for (open, close) in [("（", "）"), ("(", ")"), ("〔", "〕"), ("［", "］"), ("[", "]"), ("（", ")"), ("﹝", "﹞"), ("【", "】")] {
            for word in ["牵头", "牵头单位"] {
                let mark = open + word + close
                let c = UnitExtractor.cell("区财政局、区政府办公室\(mark)、区审计局")
                XCTAssertEqual(c.lead, ["区政府办公室"], mark)
                XCTAssertEqual(c.responsible, ["区财政局", "区审计局"], mark)
                for (line, others) in [("区政府办公室\(mark)、区财政局", ["区财政局"]), ("区财政局、区政府办公室\(mark)", ["区财政局"]),
                                       ("区财政局、区政府办公室\(mark)，区审计局", ["区财政局", "区审计局"])] {
                    let l = UnitExtractor.labelLine("责任单位：" + line)
                    XCTAssertEqual(l?.lead, ["区政府办公室"], line)
                    XCTAssertEqual(l?.responsible, others, line)
                    let inline = UnitExtractor.extractInline(from: "做好会议公开。（责任单位：\(line)）")
                    XCTAssertEqual(inline.units.lead, ["区政府办公室"], line)
                    XCTAssertEqual(inline.units.responsible, others, line)
                }
            }
        }
        // 【】 opening a list, or after a colon or a separator, is a label: its names follow it.
        for line in ["【牵头单位】区政府办公室；【配合单位】区财政局", "【牵头单位】：区政府办公室，【配合单位】：区财政局"] {
            let l = UnitExtractor.labelLine(line)
            XCTAssertEqual(l?.lead, ["区政府办公室"], line)
            XCTAssertEqual(l?.responsible, ["区财政局"], line)
        }
        // A helper's mark, in any bracket, is taken off its name, which stays among the others.
        for (open, close) in [("（", "）"), ("(", ")"), ("〔", "〕"), ("【", "】")] {
            for word in ["配合", "配合单位", "协办", "协助", "参与"] {
                let mark = open + word + close
                let c = UnitExtractor.cell("区政府办公室（牵头）、区财政局\(mark)")
                XCTAssertEqual(c.lead, ["区政府办公室"], mark)
                XCTAssertEqual(c.responsible, ["区财政局"], mark)
                let l = UnitExtractor.labelLine("责任单位：区财政局\(mark)、区审计局\(mark)")
                XCTAssertEqual(l?.responsible, ["区财政局", "区审计局"], mark)
            }
        }
        // A bracket that says something else stays the name's.
        XCTAssertEqual(UnitExtractor.cell("区党政办（文秘科）、区财政局").responsible, ["区党政办（文秘科）", "区财政局"])
    }

    func testInlineTrailingBeforeSemicolon() {
        let r = UnitExtractor.extractInline(from: "做好会议公开（区政府办公室负责落实）；")
        XCTAssertEqual(r.text, "做好会议公开；")
        XCTAssertEqual(r.units.responsible, ["区政府办公室"])
    }

    // MARK: split

    func testSplitKeepsBracketedSubdivisions() {
        XCTAssertEqual(UnitExtractor.split("区党政办（文秘科、宣传科）、区综治局"), ["区党政办（文秘科、宣传科）", "区综治局"])
        XCTAssertEqual(UnitExtractor.split("区党政办(文秘科、宣传科)、区综治局"), ["区党政办(文秘科、宣传科)", "区综治局"])
    }

    func testSplitMergesShortPieces() {
        XCTAssertEqual(UnitExtractor.split("市属各委、局、办"), ["市属各委、局、办"])
        XCTAssertEqual(UnitExtractor.split("各乡（镇）、场、街道、片区"), ["各乡（镇）、场、街道、片区"])
        XCTAssertEqual(UnitExtractor.split("市属各委、局、办，各区（县）人民政府"), ["市属各委、局、办", "各区（县）人民政府"])
    }

    func testSplitSeparatorsAndTrimming() {
        XCTAssertEqual(UnitExtractor.split("区发改委，区财政局；区商务局;区教育局,区民政局。"),
                       ["区发改委", "区财政局", "区商务局", "区教育局", "区民政局"])
        XCTAssertEqual(UnitExtractor.split(" 区发改委 、 区财政局 ；"), ["区发改委", "区财政局"])
        XCTAssertEqual(UnitExtractor.split("区发改委、、区财政局"), ["区发改委", "区财政局"])
        XCTAssertEqual(UnitExtractor.split(""), [])
        XCTAssertEqual(UnitExtractor.split("，；"), [])
    }

    func testSplitKeepsQualifiers() {
        XCTAssertEqual(UnitExtractor.split("区政府各有关部门"), ["区政府各有关部门"])
        XCTAssertEqual(UnitExtractor.split("区人社局、卫健委等各有关部门"), ["区人社局", "卫健委等各有关部门"])
    }

    // MARK: Unit lines in any wording

    func testAUnitLineInEveryWordingGivesItsUnits() {
        let cases: [(String, [String], [String])] = [
            ("市发改委牵头落实", ["市发改委"], []),
            ("市财政局负责", [], ["市财政局"]),
            ("市司法局牵头，各部门配合", ["市司法局"], ["各部门"]),
            ("由区政府办公室负责", [], ["区政府办公室"]),
            ("区党政办（文秘科、宣传科）牵头，各单位按职责分工落实", ["区党政办（文秘科、宣传科）"], ["各单位"]),
            ("（市教育局负责落实）", [], ["市教育局"]),
            ("（市发改委牵头，市统计局负责落实）。", ["市发改委"], ["市统计局"]),
            ("牵头单位：市人社局", ["市人社局"], []),
            ("各乡镇街道、区直各部门负责落实。", [], ["各乡镇街道", "区直各部门"]),
        ]
        for (line, lead, responsible) in cases {
            let units = UnitExtractor.unitLine(line)
            XCTAssertEqual(units?.lead, lead, line)
            XCTAssertEqual(units?.responsible, responsible, line)
            // Led in by a dash as a list's lines are, with or without a space: the same units, as
            // a line of text and as the parser's scalars.
            for dash in ["——", "—", "―", "──", "－－", "--", "–", "—— ", "——\u{3000}"] {
                let led = dash + line
                for read in [UnitExtractor.unitLine(led), UnitExtractor.unitLine(Array(led.unicodeScalars))] {
                    XCTAssertEqual(read?.lead, lead, led)
                    XCTAssertEqual(read?.responsible, responsible, led)
                }
            }
        }
        // A dash alone, or before a task's sentence, is no unit line.
        for line in ["——", "—— ", "——严格落实重大行政决策程序规定。", "——各部门要加强配合"] {
            XCTAssertNil(UnitExtractor.unitLine(line), line)
        }
    }

    func testATaskSentenceEndingInARoleWordIsNotAUnitLine() {
        for line in [
            "各部门要加强配合", "全面公开预决算信息，各单位要明确专人负责", "认真抓好贯彻落实",
            "做好政策解读工作。市司法局负责", "建立健全工作机制，确保各项任务落实", "负责",
            "加强政务公开工作人员业务培训，由区政府办公室牵头", "（试行）", "（2021年—2025年）",
        ] {
            XCTAssertNil(UnitExtractor.unitLine(line), line)
        }
    }

    /// A label's last clause that says when the task is due (every form a time limit is written in,
    /// dated or not) is no unit's name, under every label and with one or two units before it.
    func testALabelsLastTimeClauseIsNoUnit() {
        let limits = ["2021年底前完成", "2021年6月底前", "2022年第三季度", "2022.10.31前", "持续推进", "长期坚持", "每季度更新", "即时"]
        for label in ["牵头单位", "责任单位", "配合单位"] {
            for names in [["县统计局"], ["县统计局", "县财政局"]] {
                for limit in limits {
                    for separator in ["，", "；"] {
                        let text = "集中统一对外公开各类规划编制成果。（\(label)：\(names.joined(separator: "、"))\(separator)\(limit)）"
                        let read = UnitExtractor.extractInline(from: text)
                        XCTAssertEqual(read.units.lead + read.units.responsible, names, text)
                        XCTAssertEqual(read.text, "集中统一对外公开各类规划编制成果。", text)
                    }
                }
            }
        }
        // A unit's name is kept: the last clause is a time limit only when it says one.
        let read = UnitExtractor.extractInline(from: "做好公开。（牵头单位：县统计局，县财政局）")
        XCTAssertEqual(read.units.lead, ["县统计局", "县财政局"])
    }
}
