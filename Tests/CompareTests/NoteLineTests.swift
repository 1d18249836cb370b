import XCTest

@testable import Compare

/// Note lines (「注：…」 under a task, a closing 「注：1.… 2.…」) are no task's text: a plan with them
/// reads as without them, whatever their dates, label, list or place.
final class NoteLineTests: XCTestCase {
    /// Notes as plans write them: every label, with a date a task's time limit would read, with and
    /// without the note's own list's first number (which the plan's items also use).
    static let notes = [
        "注：本项所称信息包括2021年12月31日前形成的信息。",
        "备注：各单位于2021年11月底前报送落实情况。",
        "附注：1.本项任务2021年9月底前完成。",
        "说明：本表所列时限为2021年10月底前。",
        "注1：各单位要在2021年底前完成自查。",
        "注 ：以上任务2021年8月底前完成。",
    ]

    /// The body's lines that open with a number: where a note goes under a task (above its unit
    /// lines, when it has them).
    static func withNotes(_ text: String, every k: Int) -> String {
        var out: [String] = []
        var n = 0
        let header = text.components(separatedBy: "\n")
        for line in header {
            out.append(line)
            guard MarkerScanner.leading(line) != nil, !line.contains("\t") else { continue }
            n += 1
            if n % k == 0 { out.append(notes[n % notes.count]) }
        }
        return out.joined(separator: "\n")
    }

    /// The closing notes a plan's body may end with: a list under the label, a label alone above
    /// its words and list.
    static let closings = [
        "注：1.各单位要于2021年12月10日前报送工作落实情况。\n2.联系人：张三，电话：12345678。\n3.本要点由县政务公开办负责解释。",
        "注：\n各单位要于2021年12月10日前报送工作落实情况。\n1.未按时报送的，予以通报。\n2.联系电话：12345678。",
        "备注：\n（1）2021年12月10日前报送。\n（2）报送至县政务公开办。",
    ]

    /// Every corpus plan, written out in every unit form, a note under every task (and under every
    /// second), and each closing note after the body: the same items, units and time limits.
    func testNotesChangeNoTask() throws {
        var variants = 0
        for name in Fixtures.planNames {
            let text = try Fixtures.text(name)
            let plan = try Fixtures.parse(text, name: name)
            for form in PlanRenderer.UnitForm.allCases {
                let rendered = PlanRenderer(units: form).render(plan, original: text)
                let original = try Fixtures.parse(rendered, name: name)
                var texts = [1, 2].map { Self.withNotes(rendered, every: $0) }
                texts += Self.closings.map { rendered + "\n" + $0 + "\n" }
                for (k, variant) in texts.enumerated() {
                    variants += 1
                    assertReadsAlike(try Fixtures.parse(variant, name: name), original, "\(name) \(form) variant \(k)")
                }
            }
        }
        XCTAssertEqual(variants, Fixtures.planNames.count * PlanRenderer.UnitForm.allCases.count * 5)
    }

    /// A label is a note's only with its colon: a task's words that open as a label does stay.
    func testWordsOpeningAsALabelAreNoNote() {
        for line in ["注重加强政策解读。", "说明会要及时召开。", "备注栏填写完整。", "附注明确的事项要公开。", "注意保护个人隐私。"] {
            XCTAssertNil(NoteLine.read(Array(line.unicodeScalars)), line)
        }
        for line in ["注：见附件。", "注:见附件。", "备注：无", "说明：略", "注1：略", "注①：略", "　注：略"] {
            XCTAssertNotNil(NoteLine.read(Array(line.unicodeScalars)), line)
        }
    }

    /// A note's list and the plan's own items numbered alike: the plan's next item stays its item.
    func testThePlansNextNumberIsItsItem() throws {
        let text = """
            某县2021年政务公开工作要点
            一、深化政务公开
            1.做好规划公开工作。
            注：1.规划包括专项规划。
            2.做好财政信息公开工作。
            3.做好民生信息公开工作。
            注：1.民生信息包括教育信息。
            2.民生信息还包括医疗信息。

            """
        let plan = try Fixtures.parse(text)
        XCTAssertEqual(plan.items.map { $0.node.text }, ["做好规划公开工作。", "做好财政信息公开工作。", "做好民生信息公开工作。"])
    }

    /// A note's list that has taken two numbers stays the note's when its next number is also the
    /// plan's; a label alone hides every paragraph after it up to the next numbered line.
    func testANotesListAndParagraphsStayTheNotes() throws {
        let tasks = "某县2021年政务公开工作要点\n一、推进决策公开\n1.完善重大行政决策预公开制度。（牵头单位：县司法局）\n2.推进政府常务会议公开。（牵头单位：县政府办）\n"
        let list = tasks + "注：\n1.各单位要明确一名联络员。\n2.请于2021年6月30日前报送名单。\n3.各单位于2021年12月10日前报送年度总结。\n4.联系人：张三，电话：1234567。\n"
        let paragraphs = tasks + "注：\n各单位要明确一名联络员，于2021年6月30日前报送县政府办。\n各单位于2021年12月10日前报送年度工作总结。\n"
        for text in [list, paragraphs] {
            let plan = try Fixtures.parse(text)
            XCTAssertEqual(plan.items.map { $0.node.text }, ["完善重大行政决策预公开制度。", "推进政府常务会议公开。"], text)
            XCTAssertEqual(plan.items.flatMap { $0.node.deadlines }, [], text)
        }
    }
}
