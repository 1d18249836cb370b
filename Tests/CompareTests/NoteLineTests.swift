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
        for (name, form, rendered) in try Self.renderings() {
            let original = try Fixtures.parse(rendered, name: name)
            var texts = [1, 2].map { Self.withNotes(rendered, every: $0) }
            texts += Self.closings.map { rendered + "\n" + $0 + "\n" }
            for (k, variant) in texts.enumerated() {
                variants += 1
                assertReadsAlike(try Fixtures.parse(variant, name: name), original, "\(name) \(form) variant \(k)")
            }
        }
        XCTAssertEqual(variants, Fixtures.planNames.count * PlanRenderer.UnitForm.allCases.count * 5)
    }

    /// Every corpus plan written out in each of `forms`.
    static func renderings(_ forms: [PlanRenderer.UnitForm] = PlanRenderer.UnitForm.allCases) throws -> [(name: String, form: PlanRenderer.UnitForm, text: String)] {
        try Fixtures.planNames.flatMap { name in
            let text = try Fixtures.text(name)
            let plan = try Fixtures.parse(text, name: name)
            return forms.map { (name, $0, PlanRenderer(units: $0).render(plan, original: text)) }
        }
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

    /// A line under every numbered line of the body (but a table's rows), or only under those
    /// numbered as tasks (1. （1） ①…, not 一、 （一）).
    static func withLine(_ text: String, _ line: String, tasksOnly: Bool = false) -> String {
        var out: [String] = []
        for l in text.components(separatedBy: "\n") {
            out.append(l)
            guard let m = MarkerScanner.leading(l), !l.contains("\t"), !tasksOnly || m.numbering.family.isArabicItem else { continue }
            out.append(line)
        }
        return out.joined(separator: "\n")
    }

    /// A one-line note that says only when or who (「备注：2021年12月底前完成」, 「备注：由县司法局牵头，
    /// 各乡镇配合」) reads as those words said as a time field or a unit line under the task, for
    /// every corpus plan in every unit form; one that says more, or tells how to read the units,
    /// reads as no note at all.
    func testANoteSayingOnlyWhenOrWhoIsTheTasks() throws {
        let whens = ["2021年12月底前完成", "2021年9月30日前", "2021年底前完成。", "2021年6月底前全面完成", "2021年10月底前落实到位"]
        let whos = ["由县司法局牵头，各乡镇配合", "县政府办牵头落实。", "牵头单位：县发改局；配合单位：县财政局"]
        let more = ["各单位于2021年12月10日前报送落实情况。", "12月10日前报送。", "本要点由县政务公开办负责解释。", "2021年底前完成的事项要公开，逐项销号。",
                    "责任单位：排在第一位的为牵头单位，其他为配合单位。", "标注★的任务由县政务公开办牵头", "本部分任务由县政府办牵头"]
        var variants = 0
        for (name, form, rendered) in try Self.renderings() {
            for when in whens {
                let field = try Fixtures.parse(Self.withLine(rendered, "完成时限：" + when), name: name)
                for label in ["备注：", "注：", "说明："] {
                    variants += 1
                    assertReadsAlike(try Fixtures.parse(Self.withLine(rendered, label + when), name: name), field, "\(name) \(form) \(label)\(when)")
                }
            }
            for who in whos {
                variants += 1
                let line = try Fixtures.parse(Self.withLine(rendered, who), name: name)
                assertReadsAlike(try Fixtures.parse(Self.withLine(rendered, "备注：" + who), name: name), line, "\(name) \(form) \(who)")
            }
            let original = try Fixtures.parse(rendered, name: name)
            for words in more {
                variants += 1
                assertReadsAlike(try Fixtures.parse(Self.withLine(rendered, "备注：" + words), name: name), original, "\(name) \(form) \(words)")
            }
        }
        XCTAssertEqual(variants, Fixtures.planNames.count * PlanRenderer.UnitForm.allCases.count * (5 * 3 + 3 + 7))
    }

    /// A note that says when and sets no date (长期坚持) keeps its words in the task, as a time field
    /// that sets none does.
    func testANoteOfAnUndatedLimitKeepsItsWords() throws {
        let text = "某县2021年政务公开工作要点\n一、推进决策公开\n1.完善重大行政决策预公开制度。\n备注：长期坚持\n2.推进政府常务会议公开。\n"
        let plan = try Fixtures.parse(text)
        XCTAssertEqual(plan.items.map { $0.node.text }, ["完善重大行政决策预公开制度。长期坚持", "推进政府常务会议公开。"])
    }

    /// A unit line in brackets under a note or a time field stands alone, however long: joined to
    /// the line above (past forty scalars it was), its units were lost with the note or read as the
    /// task's words. Every corpus plan with its units on a bracketed or bare line under each task,
    /// a time field or note above them: each task keeps the units the plan gives it.
    func testAUnitLineUnderANoteOrFieldStandsAlone() throws {
        var compared = 0
        for (name, form, rendered) in try Self.renderings([.parentheticalLine, .bareLine]) {
            let want = try Fixtures.parse(rendered, name: name).items.map(\.node.units)
            for line in ["完成时限：2021年12月底前完成", "备注：2021年12月底前完成", "时间要求：长期坚持"] {
                let got = try Fixtures.parse(Self.withLine(rendered, line, tasksOnly: true), name: name).items.map(\.node.units)
                XCTAssertEqual(got.map(\.lead), want.map(\.lead), "\(name) \(form) \(line)")
                XCTAssertEqual(got.map(\.responsible), want.map(\.responsible), "\(name) \(form) \(line)")
                compared += 1
            }
        }
        XCTAssertEqual(compared, Fixtures.planNames.count * 2 * 3)
    }

    /// A line said again and again, complete, is no fixed-width wrap: sixty copies of one note of
    /// 24 scalars made a width that joined lines; a wrap's own lines still make one, repeated or not.
    func testRepeatedLinesMakeNoWrapWidth() {
        let note = "备注：各单位于2021年12月10日前报送落实情况。"
        var lines: [SourceLine] = []
        for k in 0..<60 {
            lines.append(SourceLine(text: "\(k + 1).做好政务公开工作。", line: 2 * k + 1))
            lines.append(SourceLine(text: note, line: 2 * k + 2))
        }
        for k in lines.indices { lines[k].rawLength = ScalarText.scalarCount(lines[k].text) }
        XCTAssertNil(Reflow.wrapWidth(lines))
        let wrapped = (0..<12).map { k in
            var l = SourceLine(text: String(repeating: "政务公开工作第\(k)行", count: 3).prefix(24).description, line: k + 1)
            l.rawLength = 24
            return l
        }
        XCTAssertEqual(Reflow.wrapWidth(wrapped), 24)
        XCTAssertEqual(Reflow.wrapWidth(wrapped + lines), 24)
        // A line a wrap cut, repeated under every task (the same units each time), is the wrap's.
        let cut = "责任单位：县政府办公室、县发改局、县司法局、县财政局、县自然"
        var units: [SourceLine] = []
        for k in 0..<12 {
            units.append(SourceLine(text: "\(k + 1).完善重大行政决策预公开制度。", line: 3 * k + 1))
            units.append(SourceLine(text: cut, line: 3 * k + 2))
            units.append(SourceLine(text: "资源局", line: 3 * k + 3))
        }
        for k in units.indices { units[k].rawLength = ScalarText.scalarCount(units[k].text) }
        XCTAssertEqual(Reflow.wrapWidth(units), ScalarText.scalarCount(cut))
    }
}
