@testable import Compare
import XCTest

/// The values kept in a shared box (`CopiedOnWrite`: findings, nodes, sections, requirements): a
/// copy changed in any field is changed alone, and equality and hashing are field by field, as for
/// a value holding its fields itself.
final class CopiedOnWriteTests: XCTestCase {
    /// Every field changed on a copy, one at a time: the copy differs, the original and a second
    /// copy still equal (and hash as) a value made alike, and a value made alike and changed the
    /// same way equals the changed copy.
    func assertEveryFieldChangesItsCopyAlone<T: Hashable>(_ make: () -> T, _ changes: [(String, (inout T) -> Void)], file: StaticString = #filePath, line: UInt = #line) {
        for (name, change) in changes {
            let original = make()
            let shared = original
            var changed = original
            change(&changed)
            XCTAssertNotEqual(changed, original, name, file: file, line: line)
            XCTAssertEqual(original, make(), name, file: file, line: line)
            XCTAssertEqual(shared, make(), name, file: file, line: line)
            XCTAssertEqual(original.hashValue, make().hashValue, name, file: file, line: line)
            var again = make()
            change(&again)
            XCTAssertEqual(changed, again, name, file: file, line: line)
            XCTAssertEqual(changed.hashValue, again.hashValue, name, file: file, line: line)
        }
    }

    func finding() -> Finding {
        Finding(kind: .listOmission, severity: .warning, section: SectionID("2021-1-1"), requirement: RequirementID("2021-1-1a"),
                path: ItemPath("一、/（二）"), line: 12, text: "公开财政预决算", reference: "公开财政预决算、重大项目",
                missing: ["重大项目"], added: ["民生项目"], diff: [DiffSegment(.same, "公开"), DiffSegment(.removed, "重大")],
                message: .membersMissing(missing: ["重大项目"], of: 2))
    }

    func testEveryFieldOfAFindingChangedOnACopyChangesThatCopyAlone() {
        assertEveryFieldChangesItsCopyAlone(finding, [
            ("kind", { $0.kind = .weakened }),
            ("severity", { $0.severity = .info }),
            ("section", { $0.section = nil }),
            ("requirement", { $0.requirement = RequirementID("2021-1-1b") }),
            ("path", { $0.path = ItemPath("二、") }),
            ("line", { $0.line = 13 }),
            ("text", { $0.text = "公开财政" }),
            ("reference", { $0.reference = "" }),
            ("missing", { $0.missing.append("专项资金") }),
            ("added", { $0.added = [] }),
            ("diff", { $0.diff.removeLast() }),
            ("message", { $0.message = .typo(written: "预决算", right: "预算") }),
            ("quotesOnePlan", { $0.quotesOnePlan = true }),
            ("gap", { $0.gap = true }),
        ])
    }

    func node() -> Node {
        Node(kind: .item, numbering: Numbering(family: .arabicDot, value: 1, raw: "1."), heading: "做好规划公开", text: "做好规划公开。",
             units: Units(lead: ["区政府办"], raw: ["区政府办牵头"]), deadlines: [Deadline(raw: "年底前", value: .unresolved)],
             lines: 3...4,
             children: [Node(kind: .paragraph, text: "及时公开。", lines: 5...5)])
    }

    func testEveryFieldOfANodeChangedOnACopyChangesThatCopyAlone() {
        assertEveryFieldChangesItsCopyAlone(node, [
            ("kind", { $0.kind = .section }),
            ("numbering", { $0.numbering = nil }),
            ("heading", { $0.heading = nil }),
            ("text", { $0.text = "做好规划公开" }),
            ("units", { $0.units.lead.append("区发改委") }),
            ("deadlines", { $0.deadlines = [] }),
            ("lines", { $0.lines = 3...3 }),
            ("children", { $0.children[0].text = "及时公开" }),
            ("grandchildren", { $0.children[0].children.append(Node(kind: .paragraph, text: "又", lines: 6...6)) }),
        ])
    }

    func section() -> ReferenceSection {
        var s = ReferenceSection(id: SectionID("2021-1-1"), part: 1, title: "加强政策解读", variants: ["政策解读"], topics: ["解读"],
                                 requirements: [Requirement(id: RequirementID("2021-1-1a"), name: "解读", summary: "做好解读", source: "test")], line: 7)
        s.numbering = "（一）"
        s.end = 9
        s.national = [SectionID("2021-1-2")]
        return s
    }

    func testEveryFieldOfASectionChangedOnACopyChangesThatCopyAlone() {
        assertEveryFieldChangesItsCopyAlone(section, [
            ("id", { $0.id = SectionID("2021-1-2") }),
            ("part", { $0.part = 2 }),
            ("title", { $0.title = "政策解读" }),
            ("variants", { $0.variants = [] }),
            ("topics", { $0.topics.append("回应") }),
            ("requirements", { $0.requirements[0].summary = "解读" }),
            ("line", { $0.line = 8 }),
            ("numbering", { $0.numbering = nil }),
            ("end", { $0.end = 0 }),
            ("national", { $0.national = [] }),
        ])
    }

    /// Values alone in their box are changed in place, an array's one by one (the check marks
    /// cautions so): the others, and copies of the array, keep their values.
    func testFindingsChangedInAnArrayLeaveItsCopiesAlone() {
        var list = (0..<5).map { k -> Finding in
            var f = finding()
            f.line = k
            return f
        }
        let before = list
        for k in list.indices where k % 2 == 0 { list[k].quotesOnePlan = true }
        XCTAssertEqual(list.map(\.quotesOnePlan), [true, false, true, false, true])
        XCTAssertEqual(before.map(\.quotesOnePlan), [false, false, false, false, false])
        XCTAssertEqual(list.map(\.line), before.map(\.line))
        XCTAssertEqual(Set(list + before).count, 8)
    }
}
