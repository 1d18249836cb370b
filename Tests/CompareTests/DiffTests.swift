import XCTest

@testable import Compare

/// The draft check, built by changing corpus plans: against themselves as the reference (where any
/// finding is a false alarm), and against the bundled taxonomy.
final class DiffTests: XCTestCase {
    static let zhuhai = "2021-guangdong-zhuhai-gaoxinqu.txt"
    static let gaochang = "2021-xinjiang-tulufan-gaochang-draft.txt"
    let lexicon: ObligationLexicon = {
        do { return try ObligationLexicon.load(directory: Fixtures.taxonomyFolder) } catch { fatalError("\(error)") }
    }()

    func check(_ plan: Plan, against reference: Reference) -> CheckResult {
        let index = ReferenceIndex(reference)
        return DraftCheck.run(Aligner().align(plan, to: index), index: index, lexicon: lexicon)
    }

    /// The plan `name` checked against its own text as the national reference, after `edit`.
    func selfCheck(_ name: String, edit: (String) -> String = { $0 }) throws -> CheckResult {
        let text = try Fixtures.text(name)
        let reference = try ReferenceBuilder.build(from: try Fixtures.parse(text, name: name), path: name)
        let edited = edit(text)
        return check(try Fixtures.parse(edited, name: name), against: reference)
    }

    func taxonomyCheck(_ text: String, name: String) throws -> CheckResult {
        check(try Fixtures.parse(text, name: name), against: Fixtures.taxonomy.reference(year: 2021)!)
    }

    func kinds(_ r: CheckResult) -> [String] { r.findings.map(\.kind.rawValue) }

    /// A gap's evidence never says a clause is "said nowhere" when the plan says it: for every
    /// corpus plan, every such clause is in no item; and writing one of them into the plan takes it
    /// off that list and nothing else (or carries the requirement out). A list's members left out
    /// (a list omission as the gap's evidence) are read against the section's items only, and the
    /// report says so (`CheckWords.membersNotWritten`), not "said nowhere".
    func testAGapsSaidNowhereListNamesOnlyWhatThePlanDoesNotSay() throws {
        var lists = 0
        for name in Fixtures.planNames where name.hasPrefix("2021") {
            let text = try Fixtures.text(name)
            let plan = try Fixtures.parse(text, name: name)
            let items = plan.items.map { MatchText($0.node.text) }
            let r = try taxonomyCheck(text, name: name)
            let zh = CheckMarkdown.render(r, reference: Fixtures.taxonomy.reference(year: 2021)!, language: .zh)
            for f in r.findings where f.gap && f.kind == .listOmission {
                lists += 1
                let members = f.missing.joined(separator: "、")
                XCTAssertTrue(zh.contains(CheckWords.of(.zh).membersNotWritten + members), "\(name) \(members)")
                XCTAssertFalse(zh.contains(CheckWords.of(.zh).saidNowhere + members), "\(name) \(members)")
                let section = r.coverage.first { $0.section == f.section }?.items ?? []
                let sectionTexts = plan.items.filter { section.contains($0.path) }.map { MatchText($0.node.text) }
                for member in f.missing {
                    XCTAssertFalse(sectionTexts.contains { $0.contains(MatchText(member)) }, "\(name): 「\(member)」 is in the section")
                }
            }
            for f in r.findings where f.gap && f.kind != .listOmission {
                for clause in f.missing {
                    XCTAssertFalse(items.contains { $0.contains(MatchText(clause)) }, "\(name) \(f.requirement?.rawValue ?? ""): 「\(clause)」 is said")
                }
            }
            // The first gap clause, written at the end of the plan's first item, leaves the list.
            guard let gap = r.findings.first(where: { $0.gap && $0.kind != .listOmission && !$0.missing.isEmpty }), let clause = gap.missing.first,
                  let first = plan.items.first?.node.text.split(separator: "。").first else { continue }
            let edited = text.replacingOccurrences(of: String(first), with: first + "，" + clause)
            guard edited != text else { continue }
            let again = try taxonomyCheck(edited, name: name).findings.filter { $0.gap && $0.kind != .listOmission && $0.requirement == gap.requirement }
            for f in again { XCTAssertFalse(f.missing.contains(clause), "\(name): 「\(clause)」 written but still said nowhere") }
            // Either the requirement is now carried out (no gap), or its list lost that clause only.
            if !again.isEmpty { XCTAssertEqual(Set(again.flatMap(\.missing)), Set(gap.missing.dropFirst()).subtracting([clause]), name) }
        }
        XCTAssertGreaterThan(lists, 0, "some corpus plan leaves a list out of a requirement it does not carry out")
    }

    // MARK: A plan against itself

    func testAPlanCheckedAgainstItselfReportsNothing() throws {
        let r = try selfCheck(Self.zhuhai)
        XCTAssertEqual(r.gaps.map(\.section), [])
        XCTAssertEqual(kinds(r), [])
        XCTAssertTrue(r.isClean)
    }

    func testAgainstItselfOnlyThePlansOwnUnitGapsRemain() throws {
        // 高昌's part 五 names no units while its other 39 items do: that is about the plan, not
        // about the reference, and is all that is left. Item 40 names its actor in its text
        // (政府信息公开工作主管部门要…), so it has an owner.
        let r = try selfCheck(Self.gaochang)
        XCTAssertEqual(r.gaps.map(\.section), [])
        XCTAssertEqual(Set(kinds(r)), ["unit-missing"])
        XCTAssertEqual(r.findings.map(\.path), ["五、/（二）/41.", "五、/（三）/42."])
    }

    func testAnItemNamingWhoActsInItsTextHasAnOwner() throws {
        let r = try selfCheck(Self.gaochang) { $0.replacingOccurrences(of: "42. 加强业务指导", with: "42. 区政府办公室要加强业务指导") }
        XCTAssertEqual(r.findings.map(\.path), ["五、/（二）/41."])
        XCTAssertTrue(UnitCheck.namesActor("各乡镇街道、各机关要从建设法治政府的高度重视政务公开工作"))
        XCTAssertTrue(UnitCheck.namesActor("由区财政局负责组织实施"))
        XCTAssertFalse(UnitCheck.namesActor("加强业务指导和监督检查，确保落实到位"))
        XCTAssertFalse(UnitCheck.namesActor("要把依申请公开工作作为服务群众的重要方式"))
        XCTAssertFalse(UnitCheck.namesActor("按照上级部门要求做好公开工作"))
    }

    func testAListMemberMovedWithinItsListIsNoReplacement() throws {
        // 一网通办 is itself a required member: dropping 一网通查 leaves an omission, not 查 → 办.
        let r = try selfCheck(Self.zhuhai) { $0.replacingOccurrences(of: "实现一网通查、一网通答、一网通办、一网通管", with: "实现一网通答、一网通办") }
        XCTAssertEqual(kinds(r), ["list-omission"])
        XCTAssertEqual(r.findings.first?.missing, ["一网通查", "一网通管"])
    }

    func testEveryCorpusPlanAgainstItselfHasNoGapAndNoDivergenceFromIt() throws {
        for name in Fixtures.planNames {
            let r = try selfCheck(name)
            XCTAssertEqual(r.gaps.map(\.section), [], name)
            XCTAssertEqual(kinds(r).filter { $0 != "unit-missing" }, [], name)
        }
    }

    // MARK: Changes to a plan

    func testASectionDeletedReportsExactlyThatGap() throws {
        let outline = AlignerTests.Outline(try Fixtures.text(Self.gaochang))
        var edited = outline
        let removed = edited.parts[3].sections.remove(at: 1)
        XCTAssertEqual(removed.heading, "规范政府信息公开行政复议案件审理标准")
        let reference = try ReferenceBuilder.build(from: try Fixtures.plan(Self.gaochang), path: Self.gaochang)
        let r = check(try Fixtures.parse(edited.render(), name: Self.gaochang), against: reference)
        XCTAssertEqual(r.gaps.map(\.section), ["2021-4-2"])
        XCTAssertEqual(r.gaps.first?.status, .missing)
        XCTAssertEqual(Set(kinds(r)), ["unit-missing"], "nothing but the plan's own unit gaps besides the gap")

        // Against the taxonomy: the gap joins those the whole plan has, and nothing else changes.
        let before = try taxonomyCheck(outline.render(), name: Self.gaochang)
        let after = try taxonomyCheck(edited.render(), name: Self.gaochang)
        XCTAssertEqual(Set(after.gaps.map(\.section)), Set(before.gaps.map(\.section)).union(["2021-4-2"]))
        XCTAssertEqual(after.coverage.first { $0.section == "2021-4-2" }?.status, .missing)
        func outside(_ r: CheckResult) -> [[String]] {
            r.findings.filter { !$0.path.rawValue.hasPrefix("四、/（二）") }.map { [$0.kind.rawValue, $0.requirement?.rawValue ?? "", $0.text] + $0.missing }
        }
        XCTAssertEqual(outside(after), outside(before))
    }

    func testOneListElementDeletedIsReportedAsThatOmission() throws {
        let r = try selfCheck(Self.zhuhai) { $0.replacingOccurrences(of: "余额、发行、品种", with: "余额、品种") }
        XCTAssertEqual(kinds(r), ["list-omission"])
        let f = try XCTUnwrap(r.findings.first)
        XCTAssertEqual(f.missing, ["发行"])
        XCTAssertEqual(f.path, "（三）/7.")
        XCTAssertTrue(f.text.contains("限额、余额、品种"), f.text)
        XCTAssertTrue(f.diff.contains(DiffSegment(.removed, "发行、")), "\(f.diff)")
    }

    func testAMovedDeadlineIsReported() throws {
        let later = try selfCheck(Self.gaochang) { $0.replacingOccurrences(of: "30. 2021年底前,", with: "30. 2022年6月底前,") }
        let change = try XCTUnwrap(later.findings.first { $0.kind == .deadlineChange })
        XCTAssertEqual(change.severity, .warning)
        XCTAssertEqual(change.missing, ["2021年底前"])
        XCTAssertEqual(change.added, ["2022年6月底前"])
        XCTAssertTrue(change.note.hasPrefix("Later"), change.note)
        XCTAssertEqual(later.findings.filter { $0.kind != .unitMissing }.count, 1)

        let earlier = try selfCheck(Self.gaochang) { $0.replacingOccurrences(of: "30. 2021年底前,", with: "30. 2021年9月底前,") }
        let sooner = try XCTUnwrap(earlier.findings.first { $0.kind == .deadlineChange })
        XCTAssertEqual(sooner.severity, .info)
        XCTAssertTrue(sooner.note.hasPrefix("Earlier"), sooner.note)

        let dropped = try selfCheck(Self.gaochang) { $0.replacingOccurrences(of: "30. 2021年底前,", with: "30. ") }
        let gone = try XCTUnwrap(dropped.findings.first { $0.kind == .deadlineChange })
        XCTAssertEqual(gone.missing, ["2021年底前"])
        XCTAssertEqual(gone.added, [])
    }

    func testAHedgeAddedToACopiedClauseWeakensIt() throws {
        let r = try selfCheck(Self.zhuhai) { $0.replacingOccurrences(of: "健全政务新媒体监管机制", with: "逐步健全政务新媒体监管机制").replacingOccurrences(of: "不断完善政务新媒体监管机制", with: "逐步完善政务新媒体监管机制") }
        let f = try XCTUnwrap(r.findings.first { $0.kind == .weakened })
        XCTAssertTrue(f.note.contains("逐步"), f.note)
        XCTAssertTrue(f.diff.contains { $0.operation == .added && $0.text.contains("逐步") }, "\(f.diff)")
    }

    func testACopyNamingALocalityForTheCountryNarrowsItsScope() throws {
        let text = try Fixtures.text(Self.zhuhai)
        XCTAssertTrue(text.contains("主动公开全国统一的市场准入负面清单"))
        let r = try taxonomyCheck(text.replacingOccurrences(of: "主动公开全国统一的市场准入负面清单", with: "主动公开全区统一的市场准入负面清单"), name: Self.zhuhai)
        let f = try XCTUnwrap(r.findings.first { $0.kind == .scopeChange && $0.note.contains("narrower") })
        XCTAssertEqual(f.severity, .info)
        XCTAssertEqual(f.requirement, "2021-1-2a")
        XCTAssertEqual([f.missing, f.added], [["全国"], ["全区"]])
        // Unchanged, nothing of the kind.
        XCTAssertFalse(try taxonomyCheck(text, name: Self.zhuhai).findings.contains { $0.note.contains("narrower") })
    }

    func testAListMostlyReplacedByThePlansOwnIsAScopeChangeNotAnOmission() throws {
        let text = try Fixtures.text(Self.gaochang)
        let national = "流调溯源、精准防控、冷链物流"
        XCTAssertEqual(text.components(separatedBy: national).count, 2)
        let own = "农产品保供、边境口岸管理、旅游景区限流"
        let r = try taxonomyCheck(text.replacingOccurrences(of: national, with: own), name: Self.gaochang)
        let f = try XCTUnwrap(r.findings.first { $0.requirement == "2021-1-4a" && $0.kind == .scopeChange })
        XCTAssertEqual(Set(f.missing), ["散发疫情", "流调溯源", "精准防控", "冷链物流"])
        XCTAssertTrue(f.added.contains("农产品保供"), "\(f.added)")
        XCTAssertFalse(r.findings.contains { $0.requirement == "2021-1-4a" && $0.kind == .listOmission })
        // One member replaced stays an omission (the labelled 散发疫情 → 区域疫情风险等级评估).
        let one = try taxonomyCheck(text, name: Self.gaochang)
        XCTAssertTrue(one.findings.contains { $0.requirement == "2021-1-4a" && $0.kind == .listOmission && $0.missing == ["散发疫情"] })
    }

    func testAMisspeltTermIsATypoNotAnOmission() throws {
        let r = try selfCheck(Self.gaochang) { text in
            // Not 门口: the plan itself (the reference here) already has that slip once.
            text.replacingOccurrences(of: "30. 2021年底前, 政府门户网站", with: "30. 2021年底前, 政府门护网站")
        }
        XCTAssertEqual(kinds(r).filter { $0 != "unit-missing" }, ["typo"])
        XCTAssertEqual(r.findings.first { $0.kind == .typo }?.added, ["政府门护网站"])
        XCTAssertEqual(r.findings.first { $0.kind == .typo }?.missing, ["政府门户网站"])
    }

    /// No term is written across ，。；：！？: a slip's window with a cut inside it is no slip, at
    /// every place inside the term, in either mark; a cut just before or after the term leaves it
    /// a slip.
    func testAWindowAcrossAClauseCutIsNoTypo() throws {
        let term = Array("政府门护网站")
        for mark in ["，", "。"] {
            for k in 1..<term.count {
                let cut = String(term[..<k]) + mark + String(term[k...])
                let r = try selfCheck(Self.gaochang) { $0.replacingOccurrences(of: "30. 2021年底前, 政府门户网站", with: "30. 2021年底前, " + cut) }
                XCTAssertFalse(r.findings.contains { $0.kind == .typo }, "\(cut)")
            }
            for outside in [mark + String(term), String(term) + mark] {
                let r = try selfCheck(Self.gaochang) { $0.replacingOccurrences(of: "30. 2021年底前, 政府门户网站", with: "30. 2021年底前, " + outside) }
                XCTAssertEqual(r.findings.filter { $0.kind == .typo }.map(\.added), [["政府门护网站"]], "\(outside)")
            }
        }
    }

    func testASlipInACopiedSectionTitleIsATypo() throws {
        let plan = """
            2021年某区政务公开工作要点
            一、紧扣“十四五”开好局起好步深化政务公开
            （一）做妤常态化疫情防控信息公开。重点围绕散发疫情、隔离管控、流调溯源、精准防控、冷链物流、假期人员流动等发布权威信息，扎实做好疫苗接种信息公开。（区卫健委负责落实）
            """
        let r = try taxonomyCheck(plan, name: "t.txt")
        let typo = try XCTUnwrap(r.findings.first { $0.kind == .typo && $0.added == ["做妤常态化疫情防控信息公开"] })
        XCTAssertEqual(typo.missing, ["做好常态化疫情防控信息公开"])
    }

    func testAListMemberOneCharacterOffIsATypo() throws {
        let r = try selfCheck(Self.zhuhai) { $0.replacingOccurrences(of: "余额、发行、品种", with: "余额、发型、品种") }
        XCTAssertEqual(kinds(r), ["typo"])
        XCTAssertEqual(r.findings.first?.missing, ["发行"])
        XCTAssertEqual(r.findings.first?.added, ["发型"])
    }

    // MARK: Against the taxonomy

    func testTheCheckOfACorpusPlanFindsItsLabelledDivergences() throws {
        let r = try taxonomyCheck(try Fixtures.text(Self.gaochang), name: Self.gaochang)
        let debt = try XCTUnwrap(r.findings.first { $0.kind == .listOmission && $0.requirement == "2021-1-3b" })
        XCTAssertEqual(debt.missing, ["发行", "品种", "期限", "利率", "偿还计划", "偿债资金来源"])
        XCTAssertTrue(r.findings.contains { $0.kind == .typo && $0.added == ["政府门口网站"] })
        XCTAssertTrue(r.findings.contains { $0.kind == .scopeChange && $0.requirement == "2021-3-3a" })
    }

    func testAFirstListMemberThePlanPutInIsQuotedWhole() throws {
        let r = try taxonomyCheck(try Fixtures.text(Self.gaochang), name: Self.gaochang)
        let epidemic = try XCTUnwrap(r.findings.first { $0.kind == .listOmission && $0.requirement == "2021-1-4a" })
        XCTAssertEqual(epidemic.missing, ["散发疫情"])
        XCTAssertEqual(epidemic.added, ["区域疫情风险等级评估"])
    }

    func testADutyWrittenWithAnEquivalentWordOrOneCharacterOffIsSaid() throws {
        let text = try Fixtures.text(Self.gaochang)
        func dutyFindings(_ edited: String) throws -> [Finding] {
            try taxonomyCheck(edited, name: Self.gaochang).findings.filter { $0.requirement == "2021-1-3a" && $0.kind == .weakened }
        }
        XCTAssertEqual(try dutyFindings(text), [])
        // 机关 for 部门 (the glossary's `same` line): said.
        XCTAssertEqual(try dutyFindings(text.replacingOccurrences(of: "推进部门所属单位预算", with: "推进各机关所属单位预算")), [])
        // A different body altogether: not said.
        let gone = try dutyFindings(text.replacingOccurrences(of: "推进部门所属单位预算", with: "推进各乡镇预算"))
        XCTAssertEqual(gone.map(\.missing), [["部门所属单位"]])
        XCTAssertTrue(MatchText("实现三级数据互联融通").containsNearly(MatchText("数据互联互通")))
        XCTAssertFalse(MatchText("实现三级数据共享融通").containsNearly(MatchText("数据互联互通")))
    }

    func testADutyWrittenOnlyInsideAnotherRequirementsPhraseIsNotSaid() throws {
        // 高昌 keeps a 舆情回应台账 (2021-2-3b) and a 工作台账 of its tasks (2021-5-3a); without the
        // second, the first does not stand for it.
        let text = try Fixtures.text(Self.gaochang)
        func ledger(_ edited: String) throws -> [Finding] {
            try taxonomyCheck(edited, name: Self.gaochang).findings.filter { $0.requirement == "2021-5-3a" && $0.kind == .weakened }
        }
        XCTAssertEqual(try ledger(text), [])
        let gone = try ledger(text.replacingOccurrences(of: "梳理形成工作台账", with: "梳理形成工作清单"))
        XCTAssertEqual(gone.map(\.missing), [["台账"]])
        XCTAssertTrue(gone.first?.note.contains("inside 「舆情回应台账」") ?? false, gone.first?.note ?? "")
    }

    func testATimeLimitForReportingUpwardIsNoStrengthening() {
        XCTAssertTrue(DeadlineCheck.isReporting("于10月底前将清理整合情况报市政府政务公开办公室备案", deadline: "10月底前"))
        XCTAssertTrue(DeadlineCheck.isReporting("各单位于2021年6月底前报送自查报告", deadline: "2021年6月底前"))
        XCTAssertFalse(DeadlineCheck.isReporting("于2018年10月底前完成编制工作并在政府网站公开发布，并将编制情况报市政府政务公开办公室", deadline: "2018年10月底前"))
        XCTAssertFalse(DeadlineCheck.isReporting("2021年底前，政府门户网站全部支持互联网协议第6版", deadline: "2021年底前"))
    }

    func testADeadlineChangeQuotesTheClauseThatSetsIt() throws {
        let r = try selfCheck(Self.gaochang) { $0.replacingOccurrences(of: "30. 2021年底前, 政府门户网站", with: "30. 2021年9月底前完成自查，2022年6月底前, 政府门户网站") }
        let change = try XCTUnwrap(r.findings.first { $0.kind == .deadlineChange })
        // The later of the item's two limits is the one compared, and the one quoted.
        XCTAssertEqual(change.added, ["2022年6月底前"])
        XCTAssertTrue(change.text.contains("2022年6月底前"), change.text)
    }

    func testASectionCoveredInPartNamesTheRequirementAndTheDutyLeftOut() throws {
        let r = try taxonomyCheck(try Fixtures.text(Self.zhuhai), name: Self.zhuhai)
        let section = try XCTUnwrap(r.coverage.first { $0.section == "2021-5-2" })
        XCTAssertEqual(section.status, .partial)
        XCTAssertEqual(section.requirements.filter { !$0.isCovered }.map(\.requirement), ["2021-5-2a"])
        XCTAssertTrue(r.findings.contains { $0.kind == .weakened && $0.requirement == "2021-5-2a" && $0.missing == ["减轻基层负担"] })
        XCTAssertFalse(r.isClean)
    }

    func testAnItemSettingATimeLimitTheReferenceLacksIsStrengthened() throws {
        let r = try taxonomyCheck(try Fixtures.text(Self.zhuhai), name: Self.zhuhai)
        let f = try XCTUnwrap(r.findings.first { $0.kind == .strengthened })
        XCTAssertEqual(f.requirement, "2021-3-1c")
        XCTAssertEqual(f.added, ["2021年底前"])
        XCTAssertEqual(f.severity, .info)
    }

    func testARequirementNoItemCarriesOutIsShownOnceAmongTheGaps() throws {
        let r = try taxonomyCheck(try Fixtures.text(Self.zhuhai), name: Self.zhuhai)
        let gap = try XCTUnwrap(r.findings.first { $0.requirement == "2021-5-2a" })
        XCTAssertTrue(gap.gap)
        XCTAssertFalse(r.divergencesToFix.contains(gap))
        // Reached requirements' findings are divergences, not gap evidence.
        XCTAssertTrue(r.findings.filter { $0.requirement == "2021-1-2c" }.allSatisfy { !$0.gap })
        let report = CheckMarkdown.render(r, reference: Fixtures.taxonomy.reference(year: 2021)!)
        let gaps = try XCTUnwrap(report.components(separatedBy: "## Divergences").first)
        XCTAssertTrue(gaps.contains("Nearest item \(gap.path) (line \(gap.line)); said nowhere: 减轻基层负担"), gaps)
        let divergences = try XCTUnwrap(report.components(separatedBy: "## Divergences").last)
        XCTAssertFalse(divergences.contains("减轻基层负担"))
        // The plan is one the 2021 wording was drawn from, and the report says so.
        XCTAssertTrue(report.contains("**Caution**: this plan is one of those the reference's wording was drawn from"))
    }

    func testItemsWithoutUnitsAreOneFindingInTheReport() throws {
        let r = try selfCheck(Self.gaochang)
        XCTAssertEqual(r.findings.filter { $0.kind == .unitMissing }.count, 2)
        let report = CheckMarkdown.render(r, reference: try ReferenceBuilder.build(from: try Fixtures.plan(Self.gaochang), path: Self.gaochang))
        XCTAssertEqual(report.components(separatedBy: "unit-missing (warning)").count - 1, 1, report)
        XCTAssertTrue(report.contains("### 1. unit-missing (warning): 2 items"), report)
        XCTAssertFalse(report.contains("**Caution**"))
    }

    func testARequirementOfAnotherLevelIsNeitherReportedNorCounted() throws {
        // 2021-3-1b (规章) binds provinces and prefecture-level cities: a county makes no 规章.
        var plan = try Fixtures.parse(try Fixtures.text(Self.gaochang), name: Self.gaochang)
        let reference = Fixtures.taxonomy.reference(year: 2021)!
        XCTAssertEqual(plan.metadata.level, .county)
        let county = check(plan, against: reference)
        let section = try XCTUnwrap(county.coverage.first { $0.section == "2021-3-1" })
        XCTAssertEqual(section.notApplicable, ["2021-3-1b"])
        XCTAssertFalse(section.requirements.contains { $0.requirement == "2021-3-1b" })
        // Not checked, but an item taking it on is reported: a county makes no 规章.
        XCTAssertEqual(county.findings.filter { $0.requirement == "2021-3-1b" }.map(\.kind), [.beyondLevel])

        plan.metadata.level = .prefecture
        let city = check(plan, against: reference)
        XCTAssertEqual(city.coverage.first { $0.section == "2021-3-1" }?.notApplicable, [])
        XCTAssertTrue(city.coverage.first { $0.section == "2021-3-1" }?.requirements.contains { $0.requirement == "2021-3-1b" } ?? false)
        XCTAssertFalse(city.findings.contains { $0.kind == .beyondLevel })
    }

    func testASectionNoneOfWhoseRequirementsBindsThePlanIsNotApplicableNotCovered() throws {
        var reference = Fixtures.taxonomy.reference(year: 2021)!
        let k = try XCTUnwrap(reference.sections.firstIndex { $0.id == "2021-3-1" })
        for j in reference.sections[k].requirements.indices { reference.sections[k].requirements[j].levels = [.province] }
        let r = check(try Fixtures.parse(try Fixtures.text(Self.gaochang), name: Self.gaochang), against: reference)
        let section = try XCTUnwrap(r.coverage.first { $0.section == "2021-3-1" })
        XCTAssertEqual(section.status, .notApplicable)
        XCTAssertFalse(r.gaps.contains(section))
        XCTAssertEqual(SectionStatus.Status(reached: 0, total: 0), .notApplicable)
        XCTAssertEqual(SectionStatus.Status(reached: 0, total: 2), .missing)
        XCTAssertEqual(SectionStatus.Status(reached: 1, total: 2), .partial)
    }

    func testCheckingIsDeterministic() throws {
        let text = try Fixtures.text(Self.zhuhai)
        let reference = Fixtures.taxonomy.reference(year: 2021)!
        let a = CheckMarkdown.render(try taxonomyCheck(text, name: Self.zhuhai), reference: reference)
        let b = CheckMarkdown.render(try taxonomyCheck(text, name: Self.zhuhai), reference: reference)
        XCTAssertEqual(a, b)
    }

    // MARK: Diff rendering

    /// The diff shown in reports, computed on numbered characters, is the character diff: on
    /// random texts over an alphabet with look-alikes that are equal characters (a compatibility
    /// ideograph and its unified form, é precomposed and decomposed), a CR LF pair, full-width
    /// and ASCII punctuation.
    func testDiffSegmentsAreTheCharacterDiff() {
        func characterDiff(_ reference: String, _ text: String) -> [DiffSegment] {
            let old = Array(Canonical.text(reference)), new = Array(Canonical.text(text))
            var removed = Set<Int>(), inserted = Set<Int>()
            for change in new.difference(from: old) {
                switch change {
                case let .remove(offset, _, _): removed.insert(offset)
                case let .insert(offset, _, _): inserted.insert(offset)
                }
            }
            var out: [DiffSegment] = []
            func push(_ op: DiffSegment.Operation, _ c: Character) {
                if let last = out.last, last.operation == op { out[out.count - 1].text.append(c) } else { out.append(DiffSegment(op, String(c))) }
            }
            var i = 0, j = 0
            while i < old.count || j < new.count {
                if i < old.count && removed.contains(i) { push(.removed, old[i]); i += 1 }
                else if j < new.count && inserted.contains(j) { push(.added, new[j]); j += 1 }
                else if i < old.count && j < new.count { push(.same, new[j]); i += 1; j += 1 }
                else if i < old.count { push(.removed, old[i]); i += 1 }
                else { push(.added, new[j]); j += 1 }
            }
            return out
        }
        let alphabet = ["六", "\u{F9D1}", "公", "开", "é", "e\u{301}", "\r\n", "，", ",", "（", "(", "a", "𠀀"]
        var random = SeededRandom(seed: 0x2545F4914F6CDD1D)
        // The second alphabet is all inert characters (numbered by scalar, without the dictionary).
        for letters in [alphabet, ["六", "公", "开", "，", ",", "（", "(", "a", "—", "“"]] {
            for _ in 0..<300 {
                let a = (0..<random.next(30)).map { _ in letters[random.next(letters.count)] }.joined()
                let b = (0..<random.next(30)).map { _ in letters[random.next(letters.count)] }.joined()
                XCTAssertEqual(TextDiff.segments(from: a, to: b), characterDiff(a, b), "\(a) → \(b)")
            }
        }
    }

    func testTheCommonSubsequenceCountIsTheDiffsOnEveryLength() {
        // The bit-parallel count (a side of 64 or fewer) against the Myers diff, on pseudo-random
        // sequences over a small alphabet (many repeats), lengths 0 to 90 on either side; and
        // `CommonLength`, the masks of the first side kept, against both, and against itself when
        // asked twice (its masks are only read), and with the second side given in two parts.
        var seed: UInt64 = 0x9E3779B97F4A7C15
        func next(_ n: UInt64) -> UInt32 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return UInt32((seed >> 33) % n)
        }
        // Alphabets: a few repeated scalars; up to 64 distinct on a side (the mask table at its
        // fullest, with clashing slots); ideographs and values past the BMP.
        for (alphabet, base) in [(6, 0), (80, 0), (64, 0x4E00), (1_000, 0x20000)] as [(UInt64, UInt32)] {
            for _ in 0..<200 {
                let a = (0..<Int(next(91))).map { _ in base + next(alphabet) }, b = (0..<Int(next(91))).map { _ in base + next(alphabet) }
                let expected = a.count - b.difference(from: a).removals.count
                XCTAssertEqual(TextDiff.common(a, b), expected, "\(a) \(b)")
                let kept = CommonLength(a)
                XCTAssertEqual(kept.common(b), expected, "\(a) \(b)")
                XCTAssertEqual(kept.common(a), a.count)
                XCTAssertEqual(kept.common(b), expected)
                // The other side in two parts, cut anywhere: the count of the parts joined.
                let cut = Int(next(UInt64(b.count + 1)))
                XCTAssertEqual(kept.common(Array(b[..<cut]), Array(b[cut...])), expected, "\(a) \(b) \(cut)")
            }
        }
        // Both sides past one word: the blocks, against the diff, on lengths 60–400 (one to seven
        // words, the last part-filled or full at 64 and 128).
        for (alphabet, base) in [(6, 0), (300, 0x4E00), (2_000, 0x20000)] as [(UInt64, UInt32)] {
            for length in [64, 65, 127, 128, 129, 200, 400] {
                let a = (0..<length).map { _ in base + next(alphabet) }
                var b = a
                for _ in 0..<Int(next(UInt64(length))) { b[Int(next(UInt64(b.count)))] = base + next(alphabet) }
                b += (0..<Int(next(90))).map { _ in base + next(alphabet) }
                let expected = a.count - b.difference(from: a).removals.count
                XCTAssertEqual(TextDiff.common(a, b), expected, "\(length)")
                XCTAssertEqual(TextDiff.common(b, a), expected, "\(length)")
                XCTAssertEqual(CommonLength.blocks(a, b), expected, "\(length)")
            }
        }
        XCTAssertEqual(CommonLength([]).common([1, 2]), 0)
        XCTAssertEqual(CommonLength(Array(repeating: 1, count: 70)).common(Array(repeating: 1, count: 64)), 64)
        XCTAssertEqual(TextDiff.common(Array(repeating: 1, count: 64), Array(repeating: 1, count: 70)), 64)
        XCTAssertEqual(TextDiff.common([], [1, 2]), 0)
    }

    /// Texts of `longestDiffed` scalars together are diffed; one more and there is no diff (a text
    /// without stops, whose diff would take minutes), from either side and from `runs` alike.
    func testNoDiffPastTheLongestDiffed() {
        let reference = "及时公开重大项目审批结果"
        let limit = TextDiff.longestDiffed - 2 * reference.unicodeScalars.count
        for (extra, diffed) in [(limit, true), (limit + 1, false), (limit * 20, false)] {
            let text = reference + String(repeating: "a", count: extra)
            let segments = TextDiff.segments(from: reference, to: text)
            XCTAssertEqual(!segments.isEmpty, diffed, "\(extra)")
            XCTAssertEqual(!TextDiff.segments(from: text, to: reference).isEmpty, diffed)
            if diffed { XCTAssertEqual(segments, [DiffSegment(.same, reference), DiffSegment(.added, String(repeating: "a", count: extra))]) }
            let (r, t) = (MatchText(reference).scalars, MatchText(text).scalars)
            XCTAssertEqual(!TextDiff.runs(r, t).added.isEmpty, diffed)
        }
    }

    /// An item that opens with a requirement's words and runs on for 3,000 lines without a stop (a
    /// crafted file, or lines the parser does not take for headings) is checked; its findings quote
    /// the whole run and show no diff. Each such finding diffed the reference against the whole
    /// run: a plan of 8,000 such lines took 44 s in a release build, of 20,000 minutes.
    func testAnItemOfThousandsOfLinesWithoutAStopIsChecked() throws {
        var random = SeededRandom(seed: 20_000)
        var text = "某县2021年政务公开工作要点\n\n一、推进政务公开\n（一）全面推行政府网站集约化建设"
        // The first line runs on past a heading's length: it is no heading on a line of its own.
        for k in 1...3_000 {
            text += (k <= 2 ? "" : "\n") + String((0..<16).map { _ in Character(Unicode.Scalar(UInt8(97 + random.next(26)))) })
        }
        let result = try taxonomyCheck(text, name: "run-on.txt")
        let long = result.findings.filter { $0.text.unicodeScalars.count > TextDiff.longestDiffed }
        XCTAssertFalse(long.isEmpty, "\(result.findings.map(\.kind))")
        XCTAssertTrue(long.allSatisfy(\.diff.isEmpty))
    }

    func testCharacterDiffRunsAreCoalesced() {
        XCTAssertEqual(TextDiff.segments(from: "加强反垄断与反不正当竞争", to: "加强反不正当竞争工作"), [
            DiffSegment(.same, "加强反"), DiffSegment(.removed, "垄断与反"), DiffSegment(.same, "不正当竞争"), DiffSegment(.added, "工作"),
        ])
        XCTAssertEqual(TextDiff.segments(from: "甲(乙)", to: "甲（乙）"), [DiffSegment(.same, "甲（乙）")], "punctuation width is not a change")
        XCTAssertEqual(CheckMarkdown.diff(TextDiff.segments(from: "全面推进", to: "逐步推进")), "~~全面~~**逐步**推进")
    }
}

/// The Markdown check reports of two plans, byte for byte (`RECORD_GOLDEN=1` rewrites them).
final class GoldenCheckTests: XCTestCase {
    func testCheckReportsMatchGoldenFiles() throws {
        let lexicon = try ObligationLexicon.load(directory: Fixtures.taxonomyFolder)
        for name in [DiffTests.gaochang, DiffTests.zhuhai] {
            let reference = Fixtures.taxonomy.reference(year: 2021)!
            let index = ReferenceIndex(reference)
            for language in ReportLanguage.allCases {
                let render = { CheckMarkdown.render(DraftCheck.run(Aligner().align(try Fixtures.plan(name), to: index), index: index, lexicon: lexicon), reference: reference, language: language) }
                let first = try render()
                XCTAssertEqual(first, try render(), "re-running gives the same bytes")
                let prefix = language == .en ? "check-" : "check-\(language.rawValue)-"
                Golden.assertMatches(first, named: prefix + (name as NSString).deletingPathExtension + ".md")
            }
        }
    }
}

/// The Chinese check says everything the English one does, in Chinese.
final class ChineseCheckTests: XCTestCase {
    /// One note of every kind the check writes: each reads as Chinese, quoting only the plan's
    /// words, the ids and the figures.
    func testEveryFindingNoteHasAChineseSentence() {
        let r: RequirementID = "2021-1-3b"
        let notes: [FindingNote] = [
            .clausesLeftOut(requirement: r, name: "财政", clauses: ["甲", "乙"]), .listSentenceLeftOut(members: 3),
            .sentenceLeftOut(requirement: r, name: "财政"), .wordingSaidNowhere(requirement: r, name: "财政"),
            .wordsSaidNowhere(requirement: r, name: "财政", words: ["台账"], inside: [], gap: true),
            .wordsSaidNowhere(requirement: r, name: "财政", words: ["台账"], inside: ["舆情回应台账"], gap: false),
            .deadlineDropped(requirement: r, asked: "年底前"), .deadlineLater(requirement: r, written: "明年", asked: "年底前"),
            .deadlineEarlier(requirement: r, written: "6月底前", asked: "年底前"), .deadlinePastYear(written: ["2023年底前"], year: 2021),
            .deadlineAdded(written: ["9月底前"]), .beyondLevel(requirement: r, name: "规章", levels: [.province, .prefecture], level: .county),
            .memberMistyped(written: "政务", required: "政府"), .memberReplaced(required: "全国", written: "全区"),
            .ownMembers(added: ["甲"], instead: ["乙"]), .membersMissing(missing: ["甲"], of: 3), .membersMissing(missing: ["甲", "乙"], of: 2), .membersNoLongerSaid(lost: ["甲"], of: 3),
            .typo(written: "门口", right: "门户"), .unitsMissing(named: 3, items: 5), .narrower(wide: "全国", narrow: "全区"),
            .replaced(strong: "全面", weak: "逐步"), .addsDeferral(run: "配合做好", word: "配合"), .addsHedge("逐步"),
            .dropsFirm("及时"), .dropsHedge("逐步"),
        ]
        for note in notes {
            let zh = ChineseTerms.note(note)
            XCTAssertNil(zh.range(of: "[A-Za-z]{3,}", options: .regularExpression), "\(note): \(zh)")
            XCTAssertTrue(zh.unicodeScalars.contains { CJK.isIdeograph($0) }, "\(note)")
            XCTAssertNotEqual(zh, note.english)
        }
        for kind in Finding.Kind.allCases { XCTAssertNil(ChineseTerms.kind(kind).range(of: "[A-Za-z]", options: .regularExpression)) }
    }

    /// Every corpus plan's Chinese check: no English word outside the ids, the file names, code and
    /// the plan's own words (the taxonomy's source note included, from `source-zh`); and the same
    /// findings, in the same order, as the English check.
    func testEveryCorpusCheckInChineseHasNoEnglishProseAndTheSameFindings() throws {
        let lexicon = try ObligationLexicon.load(directory: Fixtures.taxonomyFolder)
        for name in Fixtures.planNames {
            let plan = try Fixtures.plan(name)
            let reference = try Fixtures.taxonomy.reference(forPlanYear: plan.metadata.year)
            let index = ReferenceIndex(reference)
            let result = DraftCheck.run(Aligner().align(plan, to: index), index: index, lexicon: lexicon)
            let zh = CheckMarkdown.render(result, reference: reference, warnings: plan.warnings, language: .zh)
            let en = CheckMarkdown.render(result, reference: reference, warnings: plan.warnings)
            for line in zh.split(separator: "\n") {
                let prose = line.replacingOccurrences(of: #"「[^」]*」|`[^`]*`|\S+\.(txt|md|docx)|\d{4}-\d+-\d+[a-z]?|~~[^~]*~~|\*\*[^*]*\*\*|\|[^|]*\|"#, with: "", options: .regularExpression)
                XCTAssertNil(prose.range(of: "[A-Za-z]{4,}", options: .regularExpression), "\(name): \(line)")
            }
            let headings = { (s: String) in s.split(separator: "\n").filter { $0.hasPrefix("### ") }.count }
            XCTAssertEqual(headings(zh), headings(en), name)
        }
    }
}

extension DiffTests {
    /// The gaps section of the Markdown report, its evidence found once by requirement, reads as
    /// when each requirement searched the findings and its section for itself: for every corpus plan
    /// against the key points, and for a plan missing every other item against its whole text, in
    /// both languages.
    func testGapsReadAsWhenEachRequirementSearchedForItsOwn() throws {
        func searched(_ r: CheckResult, _ reference: Reference, _ w: CheckWords) -> String {
            var out = w.gapsHeading
            guard !r.gaps.isEmpty else { return out + w.noGaps }
            for s in r.gaps {
                out += "### \(s.section.rawValue) \(CheckMarkdown.text(s.title))\(w.parens(w.gapHow(s)))\n\n"
                if !s.items.isEmpty { out += w.carriedOutBy(s.items.map(\.rawValue).joined(separator: w.listSeparator)) }
                for status in s.requirements where !status.isCovered {
                    let summary = reference.section(id: s.section)?.requirements.first { $0.id == status.requirement }?.summary ?? ""
                    out += "- **\(status.requirement.rawValue) \(CheckMarkdown.text(status.name))**\(w.colon)\(CheckMarkdown.text(summary))\n"
                    for f in r.findings where f.gap && f.requirement == status.requirement {
                        out += "  - " + w.nearestItem(f.path.rawValue, f.line)
                        if !f.text.isEmpty { out += w.colon + "「" + CheckMarkdown.text(f.text) + "」" }
                        if !f.missing.isEmpty {
                            out += (f.kind == .listOmission ? w.membersNotWritten : w.saidNowhere) + f.missing.map(CheckMarkdown.text).joined(separator: "、")
                        }
                        out += "\n"
                    }
                }
                out += "\n"
            }
            return out
        }
        let national = Fixtures.taxonomy.reference(year: 2021)!
        var cases: [(CheckResult, Reference)] = try Fixtures.planNames.filter { $0.hasPrefix("2021") }.map { name in
            (check(try Fixtures.plan(name), against: national), national)
        }
        let text = try Fixtures.text(Self.zhuhai)
        let own = try ReferenceBuilder.build(from: try Fixtures.parse(text, name: Self.zhuhai), path: Self.zhuhai)
        let halved = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .filter { k, line in k % 2 == 0 || !(line.trimmingCharacters(in: .whitespaces).first?.isNumber ?? false) }.map(\.1).joined(separator: "\n")
        cases.append((check(try Fixtures.parse(halved, name: Self.zhuhai), against: own), own))
        XCTAssertGreaterThan(cases.last!.0.gaps.count, 3)
        // Each gap's evidence twice, the copies later in the findings, at other lines: a
        // requirement's evidence keeps the findings' order.
        for (r, reference) in cases where r.findings.contains(where: \.gap) {
            var twice = r
            twice.findings += r.findings.filter(\.gap).map { f in
                var copy = f
                copy.line += 1_000
                return copy
            }
            cases.append((twice, reference))
        }
        XCTAssertTrue(cases.contains { $0.0.findings.count { $0.gap } >= 2 })
        for (r, reference) in cases {
            for language in [ReportLanguage.en, .zh] {
                let w = CheckWords.of(language)
                var out = ReportText()
                CheckMarkdown.gaps(r, reference: reference, w, into: &out)
                XCTAssertEqual(out.string, searched(r, reference, w), r.plan)
            }
        }
    }
}
