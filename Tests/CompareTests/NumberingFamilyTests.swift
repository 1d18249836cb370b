import XCTest
@testable import Compare

/// Dotted numbers (1.1, 1.1.1) and ordinal headings (第一部分, 第一章, 第一节) are numberings: read by
/// the marker scanner in every spelling, placed in the tree, and equal to the markers they replace.
final class NumberingFamilyTests: XCTestCase {
    private func marker(_ text: String) -> Numbering? { MarkerScanner.leading(text)?.numbering }

    func testDottedNumbersInEverySpelling() {
        let cases: [(String, Numbering.Family, Int, String)] = [
            ("1.1 指导思想", .dottedTwo, 1, "1.1"), ("1.2做好规划公开", .dottedTwo, 2, "1.2"), ("12.3．做好", .dottedTwo, 3, "12.3"),
            ("２．１ 做好", .dottedTwo, 1, "2.1"), ("1．2、做好", .dottedTwo, 2, "1.2"), ("2.3.1 做好", .dottedThree, 1, "2.3.1"),
            ("1.1.1.4 做好", .dottedFour, 4, "1.1.1.4"), ("  3.10 做好", .dottedTwo, 10, "3.10"),
            ("1.1.41日常指导", .dottedThree, 41, "1.1.41"),
            // Parts set apart by hyphens, as a 分工方案 numbers its tasks.
            ("1-1 做好", .dottedTwo, 1, "1.1"), ("2-3做好", .dottedTwo, 3, "2.3"), ("１－２ 做好", .dottedTwo, 2, "1.2"),
            ("2-3-1做好", .dottedThree, 1, "2.3.1"), ("3-10、做好", .dottedTwo, 10, "3.10"), ("1-1-1-2 做好", .dottedFour, 2, "1.1.1.2"),
            ("12-3．做好", .dottedTwo, 3, "12.3"),
        ]
        for (text, family, value, canonical) in cases {
            let n = marker(text)
            XCTAssertEqual(n?.family, family, text)
            XCTAssertEqual(n?.value, value, text)
            XCTAssertEqual(n?.canonical, canonical, text)
        }
    }

    /// Quantities, decimals and versions stay text; an item whose text opens with a year is still
    /// item 31.
    func testQuantitiesAreNotDottedNumbers() {
        for text in ["1.5万元资金", "2.5倍", "0.5个百分点", "1.05亿", "1.0版", "3.1%", "1.2.3.4.5 五段", "1.1000 条",
                     // Ranges, dates and numbers written with hyphens.
                     "1-6月份", "3-5家单位", "5-10个工作日内", "1-2季度", "3-5天内", "2-3批", "1-2～3", "1-2~3", "2021-6-30", "2021-06",
                     "0991-1234567", "1-2.3 做好", "1-1-做好", "1-2-3-4-5 五段", "0-1 做好", "1-01 做好",
                     // A wrapped line that opens with a range or a day (a review's): not a marker.
                     "1-2场，主要", "3-5篇，", "6-12岁学生", "6-30前", "1-3条", "2-3份", "1-2小时"] {
            let n = marker(text)
            XCTAssertFalse([Numbering.Family.dottedTwo, .dottedThree, .dottedFour].contains(n?.family), "\(text): \(String(describing: n))")
        }
        XCTAssertEqual(marker("31.2021年底前完成")?.family, .arabicDot)
        XCTAssertEqual(marker("31.2021年底前完成")?.value, 31)
        XCTAssertEqual(marker("1.做好")?.family, .arabicDot)
    }

    func testOrdinalHeadings() {
        let cases: [(String, Numbering.Family, Int, String)] = [
            ("第一部分 总体要求", .partWord, 1, "第一部分"), ("第2部分重点任务", .partWord, 2, "第二部分"),
            ("第三章　保障措施", .chapterWord, 3, "第三章"), ("第十二节 附则", .sectionWord, 12, "第十二节"),
            // A plan written in articles (a new user's trial: its 第一条… were read as its parts' text).
            ("第一条 规定", .articleWord, 1, "第一条"), ("第21条做好公开", .articleWord, 21, "第二十一条"),
        ]
        for (text, family, value, canonical) in cases {
            let n = marker(text)
            XCTAssertEqual(n?.family, family, text)
            XCTAssertEqual(n?.value, value, text)
            XCTAssertEqual(n?.canonical, canonical, text)
        }
        for text in ["第一条款", "第三条例", "第二条件", "第十三条规定，行政机关应当", "第一，做好", "第一批试点", "第部分", "第一部门"] {
            XCTAssertNil(marker(text), text)
        }
    }

    func testADottedPlanIsATreeAndAOnePartPlanIsRead() throws {
        let plan = try Fixtures.parse("""
            某县2021年政务公开工作要点
            一、重点任务
            1.1 围绕优化营商环境加强政务公开。做好规划公开。
            1.2 围绕保障民生加强政务公开。做好就业信息公开。
            1.2.1 做好教育信息公开。
            1.2.2 做好医疗信息公开。
            二、保障措施
            2.1 加强组织领导。
            """)
        XCTAssertEqual(Fixtures.outline(plan), ["part 一、", " section 1.1", " section 1.2", "  item 1.2.1", "  item 1.2.2", "part 二、", " section 2.1"])
        // 1.2 says a duty after its heading (做好就业信息公开), so it is a unit as well as its items.
        XCTAssertEqual(plan.items.map(\.path.description), ["一、/1.1", "一、/1.2", "一、/1.2/1.2.1", "一、/1.2/1.2.2", "二、/2.1"])
        let flat = try Fixtures.parse("某县2021年政务公开工作要点\n1.1 做好规划公开工作。\n1.2 做好政策解读工作。\n")
        XCTAssertEqual(Fixtures.outline(flat), ["item 1.1", "item 1.2"])
        let parts = try Fixtures.parse("某县2021年政务公开工作要点\n第一部分 总体要求\n坚持以人民为中心。\n第二部分 重点任务\n一、围绕营商环境\n1.做好规划公开。\n2.做好政策解读。\n")
        XCTAssertEqual(Fixtures.outline(parts), ["paragraph 第一部分", "part 第二部分", " section 一、", "  item 1.", "  item 2."])
    }

    /// Each corpus plan renumbered: its line-leading sections （k） or （一） under part P become "P.k"
    /// and its items m. under them "P.k.m" (or "P-k" and "P-k-m"); or its parts 一、 or 1、 become 第一部分. The tree keeps every
    /// node's kind, depth, lines, text, units and time limits; only the markers change.
    func testRenumberedCorpusPlansKeepTheirTrees() throws {
        func withoutMarkers(_ plan: Plan) -> [String] {
            TreeDump.render(plan).split(separator: "\n").map { line -> String in
                let indent = line.prefix { $0 == " " }
                var words = line.dropFirst(indent.count).split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
                guard words.count == 3, ["part", "section", "item", "subItem", "paragraph"].contains(words[0])
                else { return String(line).replacingOccurrences(of: #"numbering repeats \S+"#, with: "", options: .regularExpression) }
                words[1] = "#"
                return indent + words.joined(separator: " ")
            }
        }
        var renumbered = 0
        for name in Fixtures.planNames {
            let lines = try Fixtures.text(name).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            var dotted: [String] = [], worded: [String] = [], hyphened: [String] = [], stopped: [String] = []
            var part = 0, section = 0
            var changed = 0
            for line in lines {
                guard let m = MarkerScanner.leading(line), !line.hasPrefix(" "), !line.hasPrefix("　") else {
                    dotted.append(line)
                    worded.append(line)
                    hyphened.append(line)
                    stopped.append(line)
                    continue
                }
                // 「一、」 written 「一.」 (a full stop typed for the 、).
                stopped.append(m.numbering.family == .cjkComma ? ChineseNumeral.string(m.numbering.value) + "." + String(line.unicodeScalars.dropFirst(m.length)) : line)
                let rest = String(line.unicodeScalars.dropFirst(m.length))
                // By shape, as the tree builder continues a count: 「二、」 after 「1、」, 「（3）」 after 「（二）」.
                switch m.numbering.family.shape {
                case .enumerationComma:
                    part = m.numbering.value
                    section = 0
                    dotted.append(line)
                    worded.append("第\(ChineseNumeral.string(part))部分 " + rest)
                    hyphened.append(line)
                    changed += 1
                case .parentheses where part > 0:
                    section = m.numbering.value
                    dotted.append("\(part).\(section) " + rest)
                    worded.append(line)
                    hyphened.append("\(part)-\(section) " + rest)
                    changed += 1
                case .fullStop where part > 0 && section > 0:
                    dotted.append("\(part).\(section).\(m.numbering.value) " + rest)
                    worded.append(line)
                    hyphened.append("\(part)-\(section)-\(m.numbering.value) " + rest)
                    changed += 1
                default:
                    dotted.append(line)
                    worded.append(line)
                    hyphened.append(line)
                }
            }
            let original = try Fixtures.plan(name)
            for variant in [dotted, worded, hyphened, stopped] {
                let plan = try Fixtures.parse(variant.joined(separator: "\n"), name: name)
                let (got, expected) = (withoutMarkers(plan), withoutMarkers(original))
                if let k = (0..<min(got.count, expected.count)).first(where: { got[$0] != expected[$0] }) ?? (got.count == expected.count ? nil : min(got.count, expected.count)) {
                    XCTFail("\(name), first difference:\n  got      \(k < got.count ? got[k] : "-")\n  expected \(k < expected.count ? expected[k] : "-")")
                }
            }
            renumbered += changed
        }
        XCTAssertGreaterThan(renumbered, 100)
        print("renumbered corpus plans: \(renumbered) markers rewritten as dotted numbers (with dots, then hyphens) or 第…部分, and 一、 as 一., every tree kept")
    }
}

extension NumberingFamilyTests {
    /// Every number up to 999 is written in numerals, and a larger one (which `value` never gives,
    /// but `Numbering` values are plain Ints) in digits instead of trapping.
    func testLargeNumbersAreWrittenInDigitsNotTrapped() {
        for n in 1...999 {
            XCTAssertFalse(ChineseNumeral.string(n).unicodeScalars.contains(where: CJK.isASCIIDigit), "\(n)")
        }
        XCTAssertEqual(ChineseNumeral.string(1000), "1000")
        XCTAssertEqual(ChineseNumeral.string(Int.max), String(Int.max))
        XCTAssertEqual(Numbering(family: .cjkComma, value: 3600, raw: "").canonical, "3600、")
    }

    /// The canonical spelling of a number-word or numbered marker, read from a table for 0…99, is
    /// the number written out in each family's form, below, inside and past the table.
    func testCanonicalSpellingsAreTheNumbersWrittenOut() {
        let written: [(Numbering.Family, (Int) -> String)] = [
            (.cjkComma, { ChineseNumeral.string($0) + "、" }), (.cjkParen, { "（" + ChineseNumeral.string($0) + "）" }),
            (.arabicDot, { "\($0)." }), (.arabicComma, { "\($0)、" }), (.arabicParen, { "（\($0)）" }),
            (.partWord, { "第" + ChineseNumeral.string($0) + "部分" }), (.chapterWord, { "第" + ChineseNumeral.string($0) + "章" }),
            (.sectionWord, { "第" + ChineseNumeral.string($0) + "节" }),
            (.circled, { String(Character(Unicode.Scalar(0x2460 + UInt32(max(0, min($0, 20) - 1)))!)) }),
        ]
        for (family, spelling) in written {
            for value in -2...150 {
                XCTAssertEqual(Numbering(family: family, value: value, raw: "").canonical, spelling(value), "\(family) \(value)")
            }
        }
        XCTAssertEqual(Numbering(family: .cjkParen, value: 12, raw: "").canonical, "（十二）")
    }
}

extension NumberingFamilyTests {
    /// Every corpus plan as a task table whose 序号 column writes 「1-n」 (a 分工方案's numbering)
    /// reads as the table numbered 「n」: the same items, units and time limits, each item numbered
    /// 1.n (it was the row number 1n: 「1-1」 was 11).
    func testHyphenatedRowNumbersReadAsDottedNumbers() throws {
        for name in Fixtures.planNames {
            let text = try Fixtures.text(name)
            let plan = try Fixtures.parse(text, name: name)
            let table = PlanRenderer.Table(numberColumn: true, numberStyle: .bare, header: true, sections: .merged, order: PlanRenderer.Table.orders[0])
            let bare = PlanRenderer().render(plan, original: text, as: table)
            var rows = 0
            let hyphened = bare.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
                let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
                guard cells.count > 1, let n = Int(cells[0]) else { return String(line) }
                rows += 1
                return (["1-\(n)"] + cells.dropFirst().map(String.init)).joined(separator: "\t")
            }.joined(separator: "\n")
            let want = try Fixtures.parse(bare, name: name), got = try Fixtures.parse(hyphened, name: name)
            XCTAssertEqual(LayoutVariantTests.signature(got), LayoutVariantTests.signature(want), name)
            let numbers = got.items.compactMap { $0.node.numbering?.canonical }.filter { $0.hasPrefix("1.") }
            XCTAssertEqual(numbers, (1...rows).map { "1.\($0)" }, name)
        }
    }
}
