import XCTest

@testable import Compare

/// The reference read from its words: enumerations, time limits, what the reference is, and the
/// reference texts that cannot be read.
final class ReferenceCompilerTests: XCTestCase {
    func members(_ wording: String) -> [[String]] {
        ReferenceCompiler.lists(in: [wording], besides: []).map(\.members)
    }

    func testEnumerationsBecomeListsByTheWritersOwnMarks() {
        // Three members or more: a list.
        XCTAssertEqual(members("定期公开地方政府债务限额、余额、发行、品种、期限、利率、偿还计划、偿债资金来源等信息"),
                       [["限额", "余额", "发行", "品种", "期限", "利率", "偿还计划", "偿债资金来源"]])
        // Two members closed by 等: a list; two without, a chance 、 (谁起草、谁负责).
        XCTAssertEqual(members("避免过度要求下级单位提供自查报告、情况说明等书面材料"), [["自查报告", "情况说明"]])
        XCTAssertEqual(members("按照谁起草、谁负责的原则"), [])
        // Quoted phrases with nothing between them are members each.
        XCTAssertEqual(members("为企业和群众提供“一号答”“一站式”的政策咨询综合服务"), [["一号答", "一站式"]])
        XCTAssertEqual(members("针对一哄而上、重复建设、“娱乐化”“空壳”等问题有序开展清理整合"), [["一哄而上", "重复建设", "娱乐化", "空壳"]])
        // Two phrases of a kind joined by 与 are a pair; two unlike ones are not.
        XCTAssertEqual(members("加强反垄断与反不正当竞争执法信息公开"), [["反垄断", "反不正当竞争"]])
        XCTAssertEqual(members("加强政策解读与回应关切"), [])
        // A member of two long phrases joined by 和 is two members; 保障和改善民生 is one.
        XCTAssertEqual(members("涉及疫情防控、房地产金融、环境污染和生态破坏等方面"), [["疫情防控", "房地产金融", "环境污染", "生态破坏"]])
        XCTAssertEqual(members("全面开放新格局、保障和改善民生、乡村振兴等"), [["全面开放新格局", "保障和改善民生", "乡村振兴"]])
        // The first member starts after the words that lead into the list; the last ends before the
        // noun the sentence puts after it when no 等 closes the list.
        XCTAssertEqual(members("及时公布财政资金直达基层的分配、下达和使用管理信息"), [["分配", "下达", "使用管理"]])
        XCTAssertEqual(members("密切关注涉及疫情防控、工资拖欠、安全生产等方面的舆情"), [["疫情防控", "工资拖欠", "安全生产"]])
        // A head noun all members share stays theirs; 及 in 及时, 与 in 参与 join nothing.
        XCTAssertEqual(members("推进决策公开、执行公开、管理公开、服务公开、结果公开"), [["决策公开", "执行公开", "管理公开", "服务公开", "结果公开"]])
        XCTAssertFalse(members("做好就业、教育、医疗、依法及时公开").joined().contains("时公开"))
        XCTAssertEqual(members("鼓励社会公众参与政策制定"), [])
    }

    func testACuratedListIsNotCompiledTwice() {
        let wording = "通过集中统一平台定期公开地方政府债务限额、余额、发行、品种、期限、利率等信息"
        XCTAssertEqual(ReferenceCompiler.lists(in: [wording], besides: [["限额", "余额", "发行"]]).count, 0)
        XCTAssertEqual(ReferenceCompiler.lists(in: [wording], besides: [["教育", "卫生健康"]]).count, 1)
    }

    func testWithoutCuratedLinesTheWordingAloneGivesListsAndTimeLimits() throws {
        let bundled = try XCTUnwrap(Fixtures.taxonomy.reference(year: 2021))
        let alone = ReferenceCompiler.compile(bundled, curated: false)
        let requirements = alone.requirements.map(\.requirement)
        XCTAssertTrue(requirements.allSatisfy { $0.lists.isEmpty && $0.elements.isEmpty })
        // The debt list, the 2021年底前 of 规章 and of IPv6 come back from the wording.
        let debt = try XCTUnwrap(requirements.first { $0.id == "2021-1-3b" })
        XCTAssertTrue(debt.compiled.contains { $0.members.contains("偿债资金来源") })
        XCTAssertEqual(requirements.first { $0.id == "2021-3-1b" }?.deadline, "2021年底前")
        XCTAssertEqual(requirements.first { $0.id == "2021-3-2d" }?.deadline, "2021年底前")
        // Compiling again gives the same reference.
        XCTAssertEqual(ReferenceCompiler.compile(alone, curated: false), alone)
    }

    func testAReferenceTextSaysWhatItIs() throws {
        let plan = try Fixtures.plan("2021-xinjiang-tulufan-gaochang-draft.txt")
        let reference = try ReferenceBuilder.build(from: plan, path: "p.txt")
        XCTAssertEqual(reference.provenance, .plan(locality: "高昌区", level: .county))
        XCTAssertTrue(CheckWords.english.provenance(reference.provenance).contains("not the national text"))
        XCTAssertTrue(CheckWords.chinese.provenance(reference.provenance).contains("而非国家文本"))
        let national = try ReferenceBuilder.build(from: try Fixtures.parse("国务院办公厅关于印发2021年政务公开工作要点的通知\n国办发〔2021〕12号\n一、做好规划公开\n（一）做好各类规划主动公开。主动公开各类规划。\n"), path: "n.txt")
        XCTAssertEqual(national.provenance, .national)
        XCTAssertEqual(Fixtures.taxonomy.reference(year: 2021)?.provenance, .derived)
    }

    func testTwoSectionsNumberedAlikeAreAnErrorNamingTheLine() throws {
        let text = "2021年政务公开工作要点\n一、第一部分\n（一）做好规划公开。主动公开各类规划。\n（二）做好财政公开。公开预算决算。\n（二）做好疫情公开。发布权威信息。\n"
        XCTAssertThrowsError(try ReferenceBuilder.build(from: try Fixtures.parse(text), path: "r.txt")) { error in
            guard case let TaxonomyError.duplicateSection(path, line, numbering, first) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(path, "r.txt")
            XCTAssertEqual(line, 5)
            XCTAssertEqual(first, 4)
            XCTAssertEqual(numbering, "（二）")
            XCTAssertTrue(error.localizedDescription.contains("r.txt:5"), error.localizedDescription)
        }
    }

    func testFindingsComeInTheOrderToFixThem() throws {
        let lexicon = try ObligationLexicon.load(directory: Fixtures.taxonomyFolder)
        var kinds = Set<Finding.Kind>()
        for name in Fixtures.planNames {
            let plan = try Fixtures.plan(name)
            let index = ReferenceIndex(try Fixtures.taxonomy.reference(forPlanYear: plan.metadata.year))
            let findings = DraftCheck.run(Aligner().align(plan, to: index), index: index, lexicon: lexicon).findings
            let ranks = findings.map(DraftCheck.priority)
            XCTAssertEqual(ranks, ranks.sorted(), name)
            kinds.formUnion(findings.map(\.kind))
        }
        // The corpus has typos, omissions and the rest (no later time limit: ChangedPlanTests moves them).
        XCTAssertTrue([.typo, .listOmission, .weakened].allSatisfy(kinds.contains))
    }

    func testAReferenceTextsSectionsAreMappedOntoTheNationalOnes() throws {
        let national = try XCTUnwrap(Fixtures.taxonomy.reference(year: 2021))
        // 高昌 keeps the national structure: its sections are the national ones.
        let gaochang = try Fixtures.plan("2021-xinjiang-tulufan-gaochang-draft.txt")
        let own = ReferenceMapping.mapped(try ReferenceBuilder.build(from: gaochang, path: "g.txt"), builtFrom: gaochang, onto: national)
        let same = own.sections.filter { $0.national.contains($0.id) }.count
        print("高昌's sections mapped onto their own national ids: \(same) of \(own.sections.count)")
        XCTAssertGreaterThanOrEqual(same, own.sections.count - 1)
        XCTAssertEqual(own.sections.first?.numbering, "一、/（一）")
        // 珠海 numbers its sections straight through and names its own priorities: its fifth section,
        // on the major policies of 粤港澳大湾区建设 and the rest, is the national 2021-2-1.
        let zhuhai = try Fixtures.plan("2021-guangdong-zhuhai-gaoxinqu.txt")
        let theirs = ReferenceMapping.mapped(try ReferenceBuilder.build(from: zhuhai, path: "z.txt"), builtFrom: zhuhai, onto: national)
        XCTAssertTrue(theirs.section(id: "2021-1-5")?.national.contains("2021-2-1") ?? false, "\(theirs.section(id: "2021-1-5")?.national ?? [])")
        // The check report names both.
        let index = ReferenceIndex(theirs)
        let result = DraftCheck.run(Aligner().align(gaochang, to: index), index: index, lexicon: try ObligationLexicon.load(directory: Fixtures.taxonomyFolder))
        let markdown = CheckMarkdown.render(result, reference: theirs)
        XCTAssertTrue(markdown.contains("（五） 持续加强推进粤港澳大湾区建设等重大政策发布解读 (national 2021-2-1"), markdown)
    }

    func testTheLevelsADutyBindsComeFromItsWords() throws {
        XCTAssertEqual(ReferenceCompiler.levels(in: ["县级以上地方人民政府要在门户网站公开"]), [.province, .prefecture, .county])
        XCTAssertEqual(ReferenceCompiler.levels(in: ["设区的市级以上政府要集中公开"]), [.province, .prefecture])
        XCTAssertEqual(ReferenceCompiler.levels(in: ["省级政务公开办公室要加强指导"]), [.province])
        XCTAssertEqual(ReferenceCompiler.levels(in: ["2021年底前将本地区现行有效规章集中公开"]), [.province, .prefecture])
        // 规章制度 are an office's rules, 部门规章 a ministry's: no level.
        XCTAssertEqual(ReferenceCompiler.levels(in: ["健全政务公开规章制度，完善工作机制"]), [])
        XCTAssertEqual(ReferenceCompiler.levels(in: ["及时公开部门规章"]), [])
        // 规范性文件 are everyone's; a duty one of whose lines names no level binds every level.
        XCTAssertEqual(ReferenceCompiler.levels(in: ["推进规章和规范性文件统一公开"]), [])
        XCTAssertEqual(ReferenceCompiler.levels(in: ["省级政府要加强指导", "各地区各部门要抓好落实"]), [])
        // The bundled 规章 requirement, its levels line taken away, gets them back from its wording.
        var bundled = try XCTUnwrap(Fixtures.taxonomy.reference(year: 2021))
        let s = try XCTUnwrap(bundled.sections.firstIndex { $0.id == "2021-3-1" })
        let r = try XCTUnwrap(bundled.sections[s].requirements.firstIndex { $0.id == "2021-3-1b" })
        bundled.sections[s].requirements[r].levels = []
        XCTAssertEqual(ReferenceCompiler.compile(bundled).sections[s].requirements[r].levels, [.province, .prefecture])
    }
}
