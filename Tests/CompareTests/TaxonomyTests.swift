import XCTest

@testable import Compare

/// The bundled taxonomy and its reader: content checks, and one test per kind of mistake a person
/// editing the files can make.
final class TaxonomyTests: XCTestCase {
    let topics = [Topic(name: "财政", key: "fiscal", summary: ""), Topic(name: "平台", key: "platforms", summary: "")]

    // MARK: The bundled files

    func testBundledYearsHaveTheNationalSections() throws {
        let taxonomy = Fixtures.taxonomy
        XCTAssertEqual(taxonomy.years, [2018, 2021])
        let y2021 = try XCTUnwrap(taxonomy.reference(year: 2021))
        XCTAssertEqual(y2021.sections.count, 16)
        XCTAssertEqual(y2021.parts.count, 5)
        XCTAssertEqual(y2021.section(id: "2021-1-3")?.title, "做好财政信息公开")
        XCTAssertEqual(y2021.section(id: "2021-4-2")?.title, "规范政府信息公开行政复议案件审理标准")
        let y2018 = try XCTUnwrap(taxonomy.reference(year: 2018))
        XCTAssertEqual(y2018.sections.count, 15)
        XCTAssertEqual(y2018.parts.count, 4)
        XCTAssertEqual(y2018.section(id: "2018-1-1")?.title, "围绕建设法治政府全面推进政务公开")
        // Ids follow <year>-<part>-<n> with n counting within the part.
        for reference in taxonomy.references {
            for part in reference.parts {
                let ids = reference.sections.filter { $0.part == part.number }.map(\.id)
                XCTAssertEqual(ids, (1...ids.count).map { "\(reference.year)-\(part.number)-\($0)" })
            }
        }
    }

    /// `requirement(id:)` answers as the first of the flattened requirements does, for every id of
    /// every bundled year, for an id two sections share (the first section's), and for none.
    func testRequirementByIdIsTheFirstInDocumentOrder() throws {
        for reference in Fixtures.taxonomy.references {
            for (_, r) in reference.requirements {
                XCTAssertEqual(reference.requirement(id: r.id), reference.requirements.first { $0.requirement.id == r.id }?.requirement)
            }
            XCTAssertNil(reference.requirement(id: "no-such-requirement"))
            var twice = reference
            let first = try XCTUnwrap(twice.sections.first?.requirements.first)
            var copy = first
            copy.summary = "a second requirement with the first one's id"
            twice.sections[twice.sections.count - 1].requirements.insert(copy, at: 0)
            XCTAssertEqual(twice.requirement(id: first.id), first)
        }
    }

    func testTheFinanceSectionHoldsItsDistinctObligations() throws {
        let section = try XCTUnwrap(Fixtures.taxonomy.reference(year: 2021)?.section(id: "2021-1-3"))
        XCTAssertGreaterThanOrEqual(section.requirements.count, 4)
        let names = section.requirements.map(\.name).joined(separator: "|")
        for word in ["预算决算", "地方政府债务", "惠民惠农", "补贴"] {
            XCTAssertTrue(names.contains(word), "no requirement about \(word) in \(names)")
        }
        let debt = try XCTUnwrap(section.requirements.first { $0.name.contains("债务") })
        XCTAssertEqual(debt.lists.first, ["限额", "余额", "发行", "品种", "期限", "利率", "偿还计划", "偿债资金来源"])
    }

    func testEverySectionHasATopicAndTheCoreTopicsExist() {
        let taxonomy = Fixtures.taxonomy
        for name in ["规划公开", "财政", "疫情", "政策解读", "平台", "依申请"] {
            XCTAssertNotNil(taxonomy.topic(named: name), name)
        }
        for reference in taxonomy.references {
            for section in reference.sections {
                XCTAssertFalse(section.topics.isEmpty, "\(section.id)")
                for requirement in section.requirements {
                    XCTAssertFalse(requirement.summary.isEmpty, "\(requirement.id)")
                    XCTAssertFalse(requirement.terms.isEmpty, "\(requirement.id)")
                    XCTAssertFalse(requirement.source.isEmpty, "\(requirement.id)")
                }
            }
        }
    }

    func testReferenceDefaultsToThePlansYearElseTheNearestEarlier() throws {
        let taxonomy = Fixtures.taxonomy
        XCTAssertEqual(try taxonomy.reference(forPlanYear: 2021).year, 2021)
        XCTAssertEqual(try taxonomy.reference(forPlanYear: 2020).year, 2018)
        XCTAssertEqual(try taxonomy.reference(forPlanYear: 2025).year, 2021)
        XCTAssertEqual(try taxonomy.reference(forPlanYear: nil).year, 2021)
        XCTAssertThrowsError(try taxonomy.reference(forPlanYear: 2017)) { error in
            XCTAssertEqual(error as? TaxonomyError, .noSuchYear(year: 2017, available: [2018, 2021]))
            XCTAssertTrue((error as? LocalizedError)?.errorDescription?.contains("--reference") ?? false)
        }
    }

    // MARK: The reader

    let minimal = """
        reference 2021
        part 1 紧扣财政
        section 2021-1-1 做好财政信息公开
          topics 财政
          requirement 2021-1-1a 债务
            summary 公开债务
            terms 地方政府债务、IPv6/互联网协议第6版
            list 限额、余额
            source test
        """

    func testAMinimalFileReads() throws {
        let reference = try TaxonomyFile.reference(text: minimal, path: "t.txt", topics: topics)
        XCTAssertEqual(reference.year, 2021)
        let requirement = try XCTUnwrap(reference.sections.first?.requirements.first)
        XCTAssertEqual(requirement.terms.map(\.spellings), [["地方政府债务"], ["IPv6", "互联网协议第6版"]])
        XCTAssertEqual(requirement.lists, [["限额", "余额"]])
    }

    /// The issue date is a calendar date: read in every form the files may write it, refused at its line
    /// for anything that is not a day of the calendar.
    func testIssuedIsACalendarDate() throws {
        XCTAssertEqual(Fixtures.taxonomy.reference(year: 2021)?.issued, CalendarDate(year: 2021, month: 4, day: 9))
        XCTAssertEqual(Fixtures.taxonomy.reference(year: 2018)?.issued, CalendarDate(year: 2018, month: 4, day: 8))
        for (written, day) in [("2021-04-09", CalendarDate(year: 2021, month: 4, day: 9)), ("2021-4-9", CalendarDate(year: 2021, month: 4, day: 9)),
                               ("2019-12-31", CalendarDate(year: 2019, month: 12, day: 31))] {
            let text = minimal.replacingOccurrences(of: "reference 2021\n", with: "reference 2021\nissued \(written)\n")
            XCTAssertEqual(try TaxonomyFile.reference(text: text, path: "t.txt", topics: topics).issued, day, written)
        }
        for bad in ["2021-13-01", "2021-00-10", "2021-04-32", "21-04-09", "2021/04/09", "2021-04", "2021-04-09-1", "2021--09", "二〇二一-04-09", "2021-０4-09"] {
            let text = minimal.replacingOccurrences(of: "reference 2021\n", with: "reference 2021\nissued \(bad)\n")
            assertSyntaxError(text, line: 2, mentions: ["YYYY-MM-DD"])
        }
    }

    func testDrawnFromNamesThePlansTheWordingCameFrom() throws {
        let text = minimal.replacingOccurrences(of: "reference 2021\n", with: "reference 2021\ndrawn-from a.txt、b.txt\n")
        XCTAssertEqual(try TaxonomyFile.reference(text: text, path: "t.txt", topics: topics).drawnFrom, ["a.txt", "b.txt"])
        XCTAssertEqual(Fixtures.taxonomy.reference(year: 2018)?.drawnFrom, ["2018-xinjiang-wulumuqi.txt"])
        assertSyntaxError(minimal + "\ndrawn-from a.txt", line: 10, mentions: ["'drawn-from' belongs in the header"])
        assertSyntaxError(minimal.replacingOccurrences(of: "reference 2021\n", with: "reference 2021\ndrawn-from 、\n"), line: 2, mentions: ["lists no file"])
        // A file may name its place: 「FILE（PLACE）」.
        let placed = try TaxonomyFile.reference(text: minimal.replacingOccurrences(of: "reference 2021\n", with: "reference 2021\ndrawn-from a.txt（高昌区）、b（1）.txt、c.txt（珠海高新技术产业开发区）\n"), path: "t.txt", topics: topics)
        XCTAssertEqual(placed.drawnFrom, ["a.txt", "b（1）.txt", "c.txt"])
        XCTAssertEqual(placed.drawnFromPlaces, [.init(place: "高昌区"), .init(place: "珠海高新技术产业开发区")])
        XCTAssertEqual(Fixtures.taxonomy.reference(year: 2018)?.drawnFromPlaces, [.init(place: "乌鲁木齐市", province: "新疆")])
        assertSyntaxError(minimal.replacingOccurrences(of: "reference 2021\n", with: "reference 2021\ndrawn-from a.txt（）\n"), line: 2, mentions: ["empty place", "FILE（PLACE）"])
        // ASCII brackets as full-width ones; the province first, in its short or full name, parted
        // by a space, 「·」 or 「/」.
        let read = { (entry: String) throws -> Reference in
            try TaxonomyFile.reference(text: self.minimal.replacingOccurrences(of: "reference 2021\n", with: "reference 2021\ndrawn-from \(entry)\n"), path: "t.txt", topics: self.topics)
        }
        for (entry, file, place) in [("a.txt(高昌区)", "a.txt", Reference.DrawnFromPlace(place: "高昌区")),
                                     ("a.txt（新疆 高昌区）", "a.txt", .init(place: "高昌区", province: "新疆")),
                                     ("a.txt（新疆维吾尔自治区·高昌区）", "a.txt", .init(place: "高昌区", province: "新疆")),
                                     ("a.txt(江苏/鼓楼区)", "a.txt", .init(place: "鼓楼区", province: "江苏")),
                                     ("a.txt（吉林市）", "a.txt", .init(place: "吉林市")),
                                     ("a.txt（新疆・高昌区）", "a.txt", .init(place: "高昌区", province: "新疆")),
                                     ("a.docx(新疆•高昌区)", "a.docx", .init(place: "高昌区", province: "新疆"))] {
            let r = try read(entry)
            XCTAssertEqual(r.drawnFrom, [file], entry)
            XCTAssertEqual(r.drawnFromPlaces, [place], entry)
        }
        XCTAssertEqual(try read("b(1).txt").drawnFrom, ["b(1).txt"])
        XCTAssertEqual(try read("b(1).txt").drawnFromPlaces, [])
        // ASCII brackets after a name without an extension are the name's own.
        XCTAssertEqual(try read("政务公开(草案)").drawnFrom, ["政务公开(草案)"])
        XCTAssertEqual(try read("政务公开(草案)").drawnFromPlaces, [])
        let bad = { (entry: String) in self.minimal.replacingOccurrences(of: "reference 2021\n", with: "reference 2021\ndrawn-from \(entry)\n") }
        assertSyntaxError(bad("a.txt（吐鲁番 高昌区）"), line: 2, mentions: ["「吐鲁番」", "not a province's name", "新疆 高昌区"])
        assertSyntaxError(bad("a.txt（新疆 吐鲁番 高昌区）"), line: 2, mentions: ["more than a province and a place"])
        assertSyntaxError(bad("a.txt( )"), line: 2, mentions: ["empty place"])
    }

    /// The plan moved to 甘肃: its province's names and its documents' prefix (新政 → 甘政).
    static func inGansu(_ text: String) -> String {
        text.replacingOccurrences(of: "新疆维吾尔自治区", with: "甘肃省").replacingOccurrences(of: "新疆", with: "甘肃")
            .replacingOccurrences(of: "自治区", with: "省").replacingOccurrences(of: "新政", with: "甘政")
    }

    /// A place the wording was drawn from, given with its province, is that province's: a plan of
    /// the same place name in another province is not drawn from, one naming no province or the same
    /// is; a place given alone is any province's. Every case of the rule.
    func testADrawnFromPlaceWithItsProvinceIsThatProvincesOnly() {
        var r = Fixtures.taxonomy.reference(year: 2021)!
        r.drawnFrom = []
        r.drawnFromPlaces = [.init(place: "鼓楼区", province: "江苏"), .init(place: "城关区")]
        let cases: [(String, String?, Int?, Bool)] = [
            ("鼓楼区", "江苏", 2021, true), ("鼓楼区", nil, 2021, true), ("鼓楼区", "福建", 2021, false), ("鼓楼区", "江苏", 2018, false),
            ("城关区", "甘肃", 2021, true), ("城关区", "西藏", 2021, true), ("城关区", nil, 2021, true), ("新城区", "江苏", 2021, false),
        ]
        for (place, province, year, drawn) in cases {
            XCTAssertEqual(r.isDrawnFrom(plan: "x.txt", locality: place, province: province, year: year), drawn, "\(place) \(province ?? "-") \(year ?? 0)")
        }
        XCTAssertTrue(r.isDrawnFrom(plan: "x.txt", locality: nil, province: nil, year: nil) == false)
    }

    /// A plan the wording was drawn from is known by its file name, or by its place in the
    /// reference's year under any file name; a plan of another place or year is not, and a copy
    /// with its place renamed is not either (it names another place).
    func testAPlanTheWordingWasDrawnFromIsKnownByItsNameOrItsPlaceAndYear() throws {
        let pipeline = Pipeline(taxonomyFolder: Fixtures.taxonomyFolder)
        let name = "2021-xinjiang-tulufan-gaochang-draft.txt", text = try Fixtures.text(name)
        let cases: [(text: String, name: String, drawn: Bool)] = [
            (text, name, true),
            (text, "高昌区2021年政务公开工作要点.txt", true),
            (text.replacingOccurrences(of: "高昌区", with: "平和区"), "高昌区2021年政务公开工作要点.txt", false),
            (text.replacingOccurrences(of: "2021", with: "2022"), "高昌区2022年政务公开工作要点.txt", false),
            // The taxonomy gives 高昌区's province (新疆): a 高昌区 of another province is another place.
            (Self.inGansu(text), "高昌区2021年政务公开工作要点.txt", false),
        ]
        XCTAssertEqual(try Fixtures.parse(text, name: name).metadata.province, "新疆")
        XCTAssertEqual(try Fixtures.parse(Self.inGansu(text), name: name).metadata.province, "甘肃")
        for c in cases {
            let checked = try pipeline.check(try Fixtures.parse(c.text, name: c.name))
            XCTAssertEqual(checked.result.referenceDrawnFromIt, c.drawn, c.name)
            XCTAssertEqual(CheckMarkdown.render(checked.result, reference: checked.reference, language: .zh).contains("参考表述部分取自本计划"), c.drawn, c.name)
        }
        // Unranked in a comparison under either name.
        let renamed = try Fixtures.parse(text, name: "高昌区2021年政务公开工作要点.txt")
        let c = ComparisonTests.compare([renamed, ComparisonTests.plan("2021-tianjin-jinghai-draft.txt")])
        XCTAssertEqual(c.plans.first { $0.name == renamed.name }?.referenceDrawnFromIt, true)
        XCTAssertEqual(c.plans.first { $0.name == renamed.name }?.rank, 0)
    }

    func testLevelsNameTheLevelsARequirementBinds() throws {
        let text = minimal + "\n    levels province、prefecture"
        let r = try XCTUnwrap(try TaxonomyFile.reference(text: text, path: "t.txt", topics: topics).sections.first?.requirements.first)
        XCTAssertEqual(r.levels, [.province, .prefecture])
        assertSyntaxError(minimal + "\n    levels city", line: 10, mentions: ["unknown level 'city'", "prefecture"])
        assertSyntaxError(minimal + "\n    levels 、", line: 10, mentions: ["'levels' lists no level"])
        assertSyntaxError(minimal + "\n    list 预算、/", line: 10, mentions: ["an empty list member"])
    }

    private func assertSyntaxError(_ text: String, line expected: Int, mentions words: [String], file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try TaxonomyFile.reference(text: text, path: "t.txt", topics: topics), file: file, line: line) { error in
            guard case let .syntax(path, at, _)? = error as? TaxonomyError else {
                return XCTFail("expected a syntax error, got \(error)", file: file, line: line)
            }
            XCTAssertEqual(path, "t.txt", file: file, line: line)
            XCTAssertEqual(at, expected, file: file, line: line)
            let message = (error as? LocalizedError)?.errorDescription ?? ""
            XCTAssertTrue(message.hasPrefix("t.txt:\(expected): "), message, file: file, line: line)
            for word in words { XCTAssertTrue(message.contains(word), "'\(word)' not in: \(message)", file: file, line: line) }
        }
    }

    func testMistakesAreReportedAtTheirLine() {
        assertSyntaxError("part 1 x", line: 1, mentions: ["reference <year>"])
        assertSyntaxError(minimal + "\n    colour red", line: 10, mentions: ["unknown keyword 'colour'"])
        assertSyntaxError(minimal + "\nsection 2021-1-1 again", line: 10, mentions: ["defined twice"])
        assertSyntaxError(minimal + "\n    summary 又一个", line: 10, mentions: ["second 'summary'"])
        // (what the minimal file says, what a mistaken edit says instead, the line reported, words of the message)
        let edits: [(String, String, Int, String)] = [
            ("section 2021-1-1", "section 2021-2-1", 3, "part 2"),
            ("section 2021-1-1 做好财政信息公开", "section 21-1-1 做好", 3, "section 2021-<part>-<n>"),
            ("section 2021-1-1 ", "section 2021-1-1-x ", 3, "section 2021-<part>-<n>"),
            ("section 2021-1-1 ", "section 2021-01-001 ", 3, "section 2021-<part>-<n>"),
            ("    summary 公开债务\n", "", 5, "summary"),
            ("  topics 财政\n", "", 3, "topics"),
            ("topics 财政", "topics 财政、财政", 4, "named twice"),
            ("list 限额、余额", "list 限额", 8, "two members"),
            ("requirement 2021-1-1a", "requirement 2021-1-2a", 5, "requirement 2021-1-1<letter>"),
            ("requirement 2021-1-1a", "requirement 2021-1-1ß", 5, "<letter>"),
            ("terms 地方政府债务、IPv6/互联网协议第6版", "terms 、、", 7, "lists no term"),
            ("part 1 紧扣财政", "part 1 紧扣财政\npart 2 其他", 4, "stands under 'part 2'"),
        ]
        for (written, mistaken, line, words) in edits {
            XCTAssertTrue(minimal.contains(written), written)
            assertSyntaxError(minimal.replacingOccurrences(of: written, with: mistaken), line: line, mentions: [words])
        }
    }

    func testAnUnknownTopicNamesTheKnownOnes() {
        let text = minimal.replacingOccurrences(of: "topics 财政", with: "topics 财务")
        XCTAssertThrowsError(try TaxonomyFile.reference(text: text, path: "t.txt", topics: topics)) { error in
            XCTAssertEqual(error as? TaxonomyError, .unknownTopic(path: "t.txt", line: 4, topic: "财务", known: ["财政", "平台"]))
            XCTAssertTrue((error as? LocalizedError)?.errorDescription?.contains("topics.txt") ?? false)
        }
    }

    func testTopicsFileMistakes() {
        XCTAssertThrowsError(try TaxonomyFile.topics(text: "topic 财政", path: "topics.txt")) { error in
            guard case .syntax(_, 1, _)? = error as? TaxonomyError else { return XCTFail("\(error)") }
        }
        XCTAssertThrowsError(try TaxonomyFile.topics(text: "topic 财政 fiscal\ntopic 财务 fiscal", path: "topics.txt"))
        XCTAssertEqual(try TaxonomyFile.topics(text: "# c\ntopic 财政 fiscal\n  summary 钱", path: "p").first?.summary, "钱")
        XCTAssertThrowsError(try TaxonomyFile.topics(text: "# nothing\n", path: "topics.txt"))
    }

    func testAMissingFolderSaysWhatToDo() {
        XCTAssertThrowsError(try Taxonomy.load(directory: "/nowhere/taxonomy")) { error in
            XCTAssertEqual(error as? TaxonomyError, .folderMissing(path: "/nowhere/taxonomy"))
            XCTAssertTrue((error as? LocalizedError)?.errorDescription?.contains("--taxonomy") ?? false)
        }
    }

    // MARK: A national text passed in

    func testAPlanStandingInForTheNationalTextBecomesAReference() throws {
        let name = "2021-xinjiang-tulufan-gaochang-draft.txt"
        let reference = try ReferenceBuilder.build(from: Fixtures.plan(name), path: name)
        let bundled = try XCTUnwrap(Fixtures.taxonomy.reference(year: 2021))
        XCTAssertEqual(reference.year, 2021)
        XCTAssertEqual(reference.sections.map(\.id), bundled.sections.map(\.id))
        XCTAssertEqual(reference.section(id: "2021-1-3")?.title, "做好财政信息公开")
        // Each item became a requirement, with the line it came from and its 、-list members as terms.
        let finance = try XCTUnwrap(reference.section(id: "2021-1-3"))
        XCTAssertEqual(finance.requirements.count, 3)
        XCTAssertTrue(finance.requirements[0].source.hasPrefix(name + ":"))
        XCTAssertTrue(reference.section(id: "2021-1-4")!.requirements[0].terms.map(\.name).contains("流调溯源"))
    }

    func testSectionsNumberedStraightThroughCountWithinTheirPart() throws {
        let text = """
            2018年政务公开工作要点
            一、第一部分
            （一）甲乙丙丁的公开工作。做好甲乙丙丁公开。
            （二）戊己庚辛的公开工作。做好戊己庚辛公开。
            二、第二部分
            （三）壬癸子丑的公开工作。做好壬癸子丑公开。
            """
        let reference = try ReferenceBuilder.build(from: Fixtures.parse(text), path: "n.txt")
        XCTAssertEqual(reference.sections.map(\.id), ["2018-1-1", "2018-1-2", "2018-2-1"])
    }

    func testRequirementLettersNeverRunOut() {
        XCTAssertEqual([0, 1, 25, 26, 27, 701, 702, 18277].map(ReferenceBuilder.letters), ["a", "b", "z", "aa", "ab", "zz", "aaa", "zzz"])
    }

    func testANationalTextWithoutAYearIsRefused() throws {
        let plan = try Fixtures.parse("政务公开工作要点\n一、第一部分\n（一）甲乙丙丁的公开工作。做好甲乙丙丁公开。")
        XCTAssertThrowsError(try ReferenceBuilder.build(from: plan, path: "n.txt")) { error in
            XCTAssertEqual(error as? TaxonomyError, .noYear(path: "n.txt"))
        }
    }

    func testATextWithNoSectionsIsRefused() throws {
        let plan = try Fixtures.parse("2021年要点\n1. 做好甲乙丙丁公开工作。\n2. 做好戊己庚辛公开工作。")
        XCTAssertThrowsError(try ReferenceBuilder.build(from: plan, path: "x.txt")) { error in
            XCTAssertEqual(error as? TaxonomyError, .noSections(path: "x.txt"))
        }
    }

    func testEnumerationsAreCutAtTheirEdges() {
        XCTAssertEqual(
            Enumerations.extract("定期公开地方政府债务限额、余额、发行、品种、期限、利率、偿还计划、偿债资金来源等信息。"),
            [["限额", "余额", "发行", "品种", "期限", "利率", "偿还计划", "偿债资金来源"]])
        XCTAssertEqual(Enumerations.extract("做好教育、卫生健康和供水等领域工作"), [["教育", "卫生健康", "供水"]])
        XCTAssertEqual(Enumerations.extract("没有列举的句子。"), [])
    }

    // MARK: Elements (requires, scope) and list spellings

    func testRequiresAndScopeLinesBecomeElementsWithRolesAndSpellings() throws {
        let text = minimal.replacingOccurrences(of: "    source test", with: """
                requires 减轻基层负担、行政复议/复议
                scope 动态更新/动态调整
                requires 台账
                list 政府网站/门户网站、政务新媒体
                source test
            """)
        let reference = try TaxonomyFile.reference(text: text, path: "t.txt", topics: topics)
        let requirement = try XCTUnwrap(reference.sections.first?.requirements.first)
        XCTAssertEqual(requirement.elements, [
            RequirementElement(["减轻基层负担"], role: .duty),
            RequirementElement(["行政复议", "复议"], role: .duty),
            RequirementElement(["动态更新", "动态调整"], role: .scope),
            RequirementElement(["台账"], role: .duty),
        ])
        XCTAssertEqual(requirement.elements.map(\.name), ["减轻基层负担", "行政复议", "动态更新", "台账"])
        // A list member keeps its spellings as written; the check splits them and reports the first.
        XCTAssertEqual(requirement.lists, [["限额", "余额"], ["政府网站/门户网站", "政务新媒体"]])
        XCTAssertEqual(ListCheck.spellings("政府网站/门户网站"), ["政府网站", "门户网站"])
        XCTAssertEqual(ListCheck.referenceClause(requirement, list: requirement.lists[1]), "政府网站、政务新媒体")
        // The minimal file, without such lines, has no elements.
        XCTAssertEqual(try TaxonomyFile.reference(text: minimal, path: "t.txt", topics: topics).sections[0].requirements[0].elements, [])
    }

    func testRequiresOrScopeOutsideARequirementIsAnErrorAtItsLine() {
        let underSection = minimal.replacingOccurrences(of: "  topics 财政\n", with: "  topics 财政\n  requires 减轻基层负担\n")
        assertSyntaxError(underSection, line: 5, mentions: ["'requires' belongs to a requirement"])
        let underPart = minimal.replacingOccurrences(of: "part 1 紧扣财政\n", with: "part 1 紧扣财政\nscope 动态更新\n")
        assertSyntaxError(underPart, line: 3, mentions: ["'scope' belongs to a requirement"])
        assertSyntaxError(minimal.replacingOccurrences(of: "    source test", with: "    requires\n    source test"), line: 9, mentions: ["'requires' needs a value"])
        assertSyntaxError(minimal.replacingOccurrences(of: "    source test", with: "    scope 动态更新、 / \n    source test"), line: 9, mentions: ["an empty element"])
    }

    func testTheBundled2021TaxonomyHasElementsAndLists() throws {
        let y2021 = try XCTUnwrap(Fixtures.taxonomy.reference(year: 2021))
        let requirements = Dictionary(uniqueKeysWithValues: y2021.requirements.map { ($0.requirement.id, $0.requirement) })
        let catalogue = try XCTUnwrap(requirements["2021-3-3a"])
        XCTAssertTrue(catalogue.elements.contains(RequirementElement(["动态更新", "动态调整"], role: .scope)), "\(catalogue.elements)")
        let burden = try XCTUnwrap(requirements["2021-5-2a"])
        XCTAssertTrue(burden.elements.contains(RequirementElement(["减轻基层负担"], role: .duty)), "\(burden.elements)")
        let enforcement = try XCTUnwrap(requirements["2021-1-2c"])
        XCTAssertTrue(enforcement.lists.contains(["反垄断", "反不正当竞争"]), "\(enforcement.lists)")
        // Every element has a spelling, and both roles occur in the year.
        let elements = y2021.requirements.flatMap(\.requirement.elements)
        XCTAssertTrue(elements.allSatisfy { !$0.spellings.isEmpty && $0.spellings.allSatisfy { !$0.isEmpty } })
        XCTAssertEqual(Set(elements.map(\.role)), [.duty, .scope])
    }

    // MARK: The obligation lexicon and the glossary

    private func assertLexiconError(_ text: String, glossary: Bool = false, line expected: Int, mentions words: [String], file: StaticString = #filePath, line: UInt = #line) {
        let path = glossary ? "glossary.txt" : "obligations.txt"
        XCTAssertThrowsError(
            try glossary ? ObligationLexicon.parse(glossary: text, path: path).count : ObligationLexicon.parse(obligations: text, path: path).hedges.count,
            file: file, line: line
        ) { error in
            guard case let .syntax(at, number, problem)? = error as? TaxonomyError else {
                return XCTFail("expected a syntax error, got \(error)", file: file, line: line)
            }
            XCTAssertEqual(at, path, file: file, line: line)
            XCTAssertEqual(number, expected, file: file, line: line)
            for word in words { XCTAssertTrue(problem.contains(word), "'\(word)' not in: \(problem)", file: file, line: line) }
        }
    }

    let obligations = """
        # softening
        hedge 逐步、探索、可

        defer 配合、协助
        firm 及时、全部
        firm 定期
        pair 全面 逐步
          pair 要\t可
        """

    func testTheObligationsFileReads() throws {
        let lexicon = try ObligationLexicon.parse(obligations: obligations, path: "obligations.txt")
        XCTAssertEqual(lexicon.hedges, ["逐步", "探索", "可"])
        XCTAssertEqual(lexicon.deferrals, ["配合", "协助"])
        XCTAssertEqual(lexicon.firm, ["及时", "全部", "定期"])
        XCTAssertEqual(lexicon.pairs.map(\.strong), ["全面", "要"])
        XCTAssertEqual(lexicon.pairs.map(\.weak), ["逐步", "可"])
        XCTAssertEqual(lexicon.glossary, [])
    }

    func testObligationsFileMistakesAreReportedAtTheirLine() {
        assertLexiconError(obligations + "\nsoften 逐渐", line: 9, mentions: ["unknown keyword 'soften'", "hedge, defer, firm, caution, intensify, wider, narrower, pair"])
        assertLexiconError(obligations + "\npair 全面", line: 9, mentions: ["pair <strong> <weak>"])
        assertLexiconError(obligations + "\npair 全面 逐步 部分", line: 9, mentions: ["pair <strong> <weak>"])
        assertLexiconError(obligations.replacingOccurrences(of: "defer 配合、协助", with: "defer 、"), line: 4, mentions: ["'defer' lists no word"])
        assertLexiconError(obligations.replacingOccurrences(of: "hedge 逐步、探索、可", with: "# no hedges"), line: 1, mentions: ["'hedge'"])
        assertLexiconError("hedge 逐步", line: 1, mentions: ["'firm'"])
    }

    func testTheGlossaryFileReadsAndRejectsOtherKeywords() throws {
        XCTAssertEqual(try ObligationLexicon.parse(glossary: "# c\nterms 政府门户网站、政务新媒体\n\nterms 政务公开", path: "glossary.txt"),
                       ["政府门户网站", "政务新媒体", "政务公开"])
        assertLexiconError("terms 政府门户网站\nterm 政务公开", glossary: true, line: 2, mentions: ["unknown keyword 'term'", "terms <term>"])
        assertLexiconError("terms 政府门户网站\n\nhedge 逐步", glossary: true, line: 3, mentions: ["unknown keyword 'hedge'"])
        assertLexiconError("terms 、", glossary: true, line: 1, mentions: ["lists no term"])
        assertLexiconError("terms 政务公开\nsame 部门", glossary: true, line: 2, mentions: ["'same' needs two or more words"])
    }

    func testTheGlossarysSameLinesSwapWordsInRequiredPhrases() throws {
        let file = try ObligationLexicon.glossaryFile(text: "terms 政务公开\nsame 部门、机关、单位", path: "glossary.txt")
        XCTAssertEqual(file.equivalents, [["部门", "机关", "单位"]])
        XCTAssertEqual(CheckReference.variants(of: "部门所属单位", equivalents: file.equivalents),
                       ["部门所属单位", "机关所属单位", "单位所属单位", "部门所属部门", "部门所属机关"])
        XCTAssertEqual(CheckReference.variants(of: "减轻基层负担", equivalents: file.equivalents), ["减轻基层负担"])
    }

    func testTheBundledLexiconLoads() throws {
        let lexicon = try ObligationLexicon.load(directory: Fixtures.taxonomyFolder)
        XCTAssertFalse(lexicon.hedges.isEmpty)
        XCTAssertFalse(lexicon.firm.isEmpty)
        XCTAssertFalse(lexicon.pairs.isEmpty)
        XCTAssertFalse(lexicon.glossary.isEmpty)
        XCTAssertTrue(lexicon.hedges.contains("逐步"))
        XCTAssertTrue(lexicon.firm.contains("及时"))
        XCTAssertTrue(lexicon.pairs.contains { $0.strong == "全面" && $0.weak == "逐步" })
        XCTAssertTrue(lexicon.glossary.contains("政府门户网站"))
        // A folder without the files names the missing one; a missing folder says so.
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("lexicon-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        XCTAssertThrowsError(try ObligationLexicon.load(directory: empty.path)) { error in
            XCTAssertEqual(error as? TaxonomyError, .unreadable(path: empty.appendingPathComponent("obligations.txt").path, reason: "no such file"))
        }
        XCTAssertThrowsError(try ObligationLexicon.load(directory: "/nowhere/taxonomy")) { error in
            XCTAssertEqual(error as? TaxonomyError, .folderMissing(path: "/nowhere/taxonomy"))
        }
    }
}

extension TaxonomyTests {
    /// A requirement is a value though its fields sit behind one reference: a copy changed leaves
    /// the original as it was, for every field; two built apart with the same fields are equal and
    /// hash alike; any field changed makes them unequal; every bundled requirement equals its copy
    /// and a rebuild from its fields.
    func testRequirementsAreValuesUnderCopyOnWrite() throws {
        let original = Requirement(id: "2021-1-1a", name: "名", summary: "要", terms: [Term(["规划"])], lists: [["甲", "乙"]],
                                   deadline: "2021年底前", wording: ["主动公开规划。"], source: "s", line: 3)
        let changes: [(inout Requirement) -> Void] = [
            { $0.id = "2021-1-1b" }, { $0.name = "另" }, { $0.summary = "另" }, { $0.terms = [] }, { $0.lists = [] },
            { $0.compiled = [CompiledList(members: ["甲", "乙"], clause: "甲、乙", leadIn: "")] },
            { $0.elements = [RequirementElement(["及时"], role: .duty)] }, { $0.levels = [.county] },
            { $0.deadline = nil }, { $0.wording = [] }, { $0.onePlanWording = ["主动公开规划。"] }, { $0.source = "t" }, { $0.line = 4 },
        ]
        for change in changes {
            var copy = original
            XCTAssertEqual(copy, original)
            change(&copy)
            XCTAssertNotEqual(copy, original)
            XCTAssertEqual(original.name, "名")
            XCTAssertEqual(original.wording, ["主动公开规划。"])
            XCTAssertEqual(original.line, 3)
            var again = original
            change(&again)
            XCTAssertEqual(again, copy, "built apart, changed alike")
            XCTAssertEqual(again.hashValue, copy.hashValue)
        }
        for reference in try Fixtures.taxonomy.references {
            for r in reference.sections.flatMap(\.requirements) {
                var rebuilt = Requirement(id: r.id, name: r.name, summary: r.summary, terms: r.terms, lists: r.lists,
                                          deadline: r.deadline, wording: r.wording, source: r.source, line: r.line)
                (rebuilt.compiled, rebuilt.elements, rebuilt.levels, rebuilt.onePlanWording) = (r.compiled, r.elements, r.levels, r.onePlanWording)
                XCTAssertEqual(rebuilt, r)
                XCTAssertEqual(rebuilt.hashValue, r.hashValue)
                XCTAssertEqual(Set([r, rebuilt]).count, 1)
            }
        }
    }

    /// A control character in any taxonomy file, on any line, is refused when the file is read,
    /// naming the file and the line: NUL (on which Foundation's search traps, as a list member
    /// ending in it did in the check), another C0 control and DEL; the line as the reader counts
    /// lines, whatever breaks them. Tab and carriage return are not refused, and a taxonomy with
    /// CR LF line ends reads as before.
    func testAControlCharacterInAnyTaxonomyFileIsRefusedAtItsLine() throws {
        let source = Fixtures.taxonomyFolder
        let names = try FileManager.default.contentsOfDirectory(atPath: source).filter { $0.hasSuffix(".txt") }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 5)
        var refused = 0
        for name in names {
            let text = try String(contentsOfFile: source + "/" + name, encoding: .utf8)
            var lines = text.components(separatedBy: "\n")
            let k = lines.count / 2
            for control in ["\u{0}", "\u{1}", "\u{1F}", "\u{7F}"] {
                let folder = FileManager.default.temporaryDirectory.appendingPathComponent("taxonomy-\(UUID().uuidString)")
                try FileManager.default.copyItem(atPath: source, toPath: folder.path)
                defer { try? FileManager.default.removeItem(at: folder) }
                var edited = lines
                edited[k] += control
                try edited.joined(separator: "\n").write(toFile: folder.path + "/" + name, atomically: true, encoding: .utf8)
                let path = folder.appendingPathComponent(name).path
                let expected = TaxonomyError.controlCharacter(path: path, line: k + 1, scalar: control.unicodeScalars.first!.value)
                do {
                    _ = try Taxonomy.load(directory: folder.path)
                    _ = try ObligationLexicon.load(directory: folder.path)
                    XCTFail("\(name): \(control.debugDescription) read")
                } catch {
                    XCTAssertEqual(error, expected, name)
                    let message = error.errorDescription ?? ""
                    XCTAssertTrue(message.hasPrefix("\(path):\(k + 1): holds the control character U+00"), message)
                    XCTAssertTrue(message.contains("Remove it"), message)
                    refused += 1
                }
            }
            // Tab and carriage return are not refused; lines are counted as the reader breaks them.
            lines[k] += "\t"
            XCTAssertNil(ScalarText.firstControl(lines.joined(separator: "\r\n")), name)
            for breaks in ["\r\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"] {
                var marked = lines
                marked[k] += "\u{0}"
                XCTAssertEqual(ScalarText.firstControl(marked.joined(separator: breaks))?.line, k + 1, "\(name) \(breaks.debugDescription)")
            }
        }
        XCTAssertEqual(refused, names.count * 4)
        // A taxonomy written with CR LF line ends reads as the one written with LF.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("taxonomy-\(UUID().uuidString)")
        try FileManager.default.copyItem(atPath: source, toPath: folder.path)
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in names {
            let text = try String(contentsOfFile: source + "/" + name, encoding: .utf8)
            try text.replacingOccurrences(of: "\n", with: "\r\n").write(toFile: folder.path + "/" + name, atomically: true, encoding: .utf8)
        }
        XCTAssertEqual(try Taxonomy.load(directory: folder.path).references, try Taxonomy.load(directory: source).references)
    }
}
