import Foundation
import XCTest

@testable import Compare

/// A part's marker (一、 第一部分 第一章) never opens a level below numbered sections and items
/// alone (`TreeBuilder.placement`): official documents rank 一、 above （一）, 1. and （1）.
final class PartRankTests: XCTestCase {
    /// Every part heading of every corpus plan deleted in turn: every other part stays at the top
    /// of the outline, with its number and its line. Before the rule, the part after a deleted first
    /// part sat under that part's last section.
    func testEveryOtherPartStaysAtTheTopWhenOnePartsHeadingIsDeleted() throws {
        var deleted = 0, kept = 0
        for name in Fixtures.planNames {
            let lines = try Fixtures.text(name).components(separatedBy: "\n")
            let plan = try Fixtures.plan(name)
            let parts = plan.nodes.filter { $0.numbering?.family.ranksAsPart ?? false }
            for part in parts where part.lines.count == 1 {
                var changed = lines
                changed.remove(at: part.lines.lowerBound - 1)
                let after = try Fixtures.parse(changed.joined(separator: "\n"), name: name)
                deleted += 1
                for other in parts where other.lines != part.lines {
                    // Lines after the deleted one moved up by one.
                    let line = other.lines.lowerBound > part.lines.lowerBound ? other.lines.lowerBound - 1 : other.lines.lowerBound
                    XCTAssertTrue(after.nodes.contains { $0.lines.lowerBound == line && $0.numbering?.canonical == other.numbering?.canonical },
                                  "\(name) without line \(part.lines.lowerBound): \(other.numbering?.canonical ?? "") of line \(line) is not at the top")
                    kept += 1
                }
            }
        }
        print("part headings deleted: \(deleted); other parts kept at the top: \(kept)")
        XCTAssertGreaterThan(deleted, 5)
    }

    /// The cases of the rule: parts after items with no part above them go to the top, whatever
    /// the items' numbering; a part under a part of a higher rank (第一部分) still nests; and a
    /// section family the plan opened under a part continues under the next part.
    func testPartsAfterItemsGoToTheTopAndNestUnderHigherParts() throws {
        for items in [["（1）", "（2）"], ["1.", "2."], ["（一）", "（二）"], ["①", "②"]] {
            let text = """
                某区2021年政务公开工作要点
                \(items[0])做好规划公开。全面梳理各类规划。
                \(items[1])做好财政信息公开。按要求公开预算决算。
                二、加强政策解读
                （一）做好政策解读。推动解读与文件同步起草。
                （二）做好舆情回应。及时回应社会关切。
                三、强化平台建设
                （一）加强政府网站建设。
                """
            let plan = try Fixtures.parse(text)
            XCTAssertEqual(plan.nodes.map { $0.numbering?.canonical ?? "¶" }.suffix(2), ["二、", "三、"], "\(items)")
            XCTAssertEqual(plan.nodes.last?.children.count, 1, "\(items)")
            XCTAssertEqual(plan.nodes.dropLast().last?.children.count, 2, "\(items)")
        }
        let nested = try Fixtures.parse("""
            某区2021年政务公开工作要点
            第一部分 重点任务
            一、加强政策解读
            （一）做好政策解读。推动解读与文件同步起草。
            二、强化平台建设
            （一）加强政府网站建设。
            """)
        XCTAssertEqual(nested.nodes.map { $0.numbering?.canonical ?? "¶" }, ["第一部分"])
        XCTAssertEqual(nested.nodes.first?.children.map { $0.numbering?.canonical ?? "¶" }, ["一、", "二、"])
    }

    /// 「一、二、三、」 listed inside an item (「做好以下工作：」) stays under it: a list starts at 一、,
    /// and the plan has opened no part at the top. The items and sections after it go on as before,
    /// with no numbering warning. A review found the rule had made the list the plan's parts.
    func testAListNumberedAsPartsInsideAnItemStaysThere() throws {
        let plan = try Fixtures.parse("""
            某区2021年政务公开工作要点
            （一）做好政策解读
            1. 围绕重点工作做好以下工作：
            一、做好政策文件解读。
            二、做好新闻发布。
            三、做好舆情回应。
            2. 加强解读平台建设。
            （二）完善公开平台
            1. 加强政府网站建设。
            """)
        XCTAssertEqual(Fixtures.outline(plan), [
            "part （一）", " item 1.", "  sub-item 一、", "  sub-item 二、", "  sub-item 三、", " item 2.", "part （二）", " item 1.",
        ])
        XCTAssertTrue(plan.warnings.isEmpty, "\(plan.warnings)")
    }
}

/// Plans are labelled so that a reader tells them apart (`BatchCheckMarkdown.distinct`).
final class PlanLabelTests: XCTestCase {
    /// Each case of the rule: a place and year alone where unique; with the province where two
    /// share place and year; the file name where the province does not tell them apart either, or
    /// is unknown; the file name for a plan with no place.
    func testLabelsTellThePlansApart() {
        let plans: [(name: String, locality: String?, year: Int?, province: String?)] = [
            ("a.txt", "高新区", 2021, "广东"), ("b.txt", "高新区", 2021, "四川"), ("c.txt", "高新区", 2018, "广东"),
            ("d.txt", "新城区", 2021, "广东"), ("e.txt", "新城区", 2021, "广东"), ("f.txt", "东区", 2021, nil),
            ("g.txt", "东区", 2021, "广东"), ("h.txt", nil, 2021, nil), ("i.txt", "静海区", nil, "天津"),
        ]
        XCTAssertEqual(BatchCheckMarkdown.distinct(plans), [
            "高新区 2021（广东）", "高新区 2021（四川）", "高新区 2018", "d.txt", "e.txt", "f.txt", "东区 2021（广东）", "h.txt", "静海区",
        ])
        let labels = BatchCheckMarkdown.distinct(plans)
        XCTAssertEqual(Set(labels).count, labels.count, "every label is another's")
    }
}

extension PlanLabelTests {
    /// The batch summary labels its rows as the indexes do: two plans of one place and year, of
    /// two provinces, each with its province; a third of the same province by its file.
    func testTheBatchSummaryTellsItsPlansApart() throws {
        let pipeline = Pipeline(taxonomyFolder: Fixtures.taxonomyFolder)
        let checked = try pipeline.check(try Fixtures.plan("2021-xinjiang-tulufan-gaochang-draft.txt"))
        let row = BatchCheckMarkdown.Row(checked.plan, reference: checked.reference, result: checked.result)
        var rows = [row, row, row, row]
        for (k, (file, province)) in [("a.txt", "新疆"), ("b.txt", "广东"), ("c.txt", "广东"), ("d.txt", "四川")].enumerated() {
            (rows[k].file, rows[k].province) = (file, province)
        }
        rows[3].locality = "东区"
        // The labels alone: not the † of a plan the wording was drawn from (高昌区's).
        for k in rows.indices { rows[k].drawnFrom = false }
        let summary = BatchCheckMarkdown.summary(rows, language: .zh)
        for label in ["高昌区 2021（新疆）", "| b.txt | b.txt |", "| c.txt | c.txt |", "| 东区 2021 |"] {
            XCTAssertTrue(summary.contains(label), "\(label) in \(summary)")
        }
    }
}
