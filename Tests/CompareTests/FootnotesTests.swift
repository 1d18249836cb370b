import XCTest

@testable import Compare

/// Footnotes: a circled number right after a word (「…起草①。」) cites a note, and the line opening
/// with it is the note, not a sub-item of the task above: a plan reads as without its notes, the
/// citation kept in its task's words.
final class FootnotesTests: XCTestCase {
    static let note = "①本项所称政策文件，指县政府及其办公室印发的规范性文件。"
    static let signature = "某县人民政府办公室\n2021年5月10日"

    /// The plan's first numbered line with a full stop, the citation set before that stop.
    static func cited(_ text: String) -> (text: String, line: Int)? {
        var lines = text.components(separatedBy: "\n")
        guard let k = lines.firstIndex(where: { l in
            guard MarkerScanner.leading(l) != nil, !l.contains("\t") else { return false }
            return l.contains("。")
        }), let stop = lines[k].firstIndex(of: "。") else { return nil }
        lines[k].insert("①", at: stop)
        return (lines.joined(separator: "\n"), k)
    }

    /// Every corpus plan, a citation in its first task line and the note right under that line,
    /// or after the body's signature and date: it reads as with the citation alone.
    func testANoteCitedReadsAsNone() throws {
        var compared = 0
        for name in Fixtures.planNames {
            // Written out one line a task (a table's cell is no line to cite in).
            let original = PlanRenderer(units: .inline).render(try Fixtures.plan(name), original: try Fixtures.text(name))
            let (text, line) = try XCTUnwrap(Self.cited(original), name)
            var lines = text.components(separatedBy: "\n")
            lines.insert(Self.note, at: line + 1)
            let under = lines.joined(separator: "\n")
            let signed = text + "\n" + Self.signature + "\n"
            let want = try Fixtures.parse(text, name: name)
            assertReadsAlike(try Fixtures.parse(under, name: name), want, "\(name) under")
            assertReadsAlike(try Fixtures.parse(signed + Self.note + "\n本项所称规范性文件不含内部工作制度。\n", name: name), try Fixtures.parse(signed, name: name), "\(name) signed")
            compared += 2
        }
        XCTAssertEqual(compared, 2 * Fixtures.planNames.count)
    }

    /// A sub-list's ① opens its item's words and is never cited: it stays a list, even between a
    /// citation and its note at the end; a number cited twice is noted once.
    func testASubListStaysAList() throws {
        let text = """
            某县2021年政务公开工作要点
            一、加强政策解读
            1.推进政策文件与解读方案同步起草①。（牵头单位：县司法局）
            2.做好以下工作：
            ①加强政策图解。
            ②强化解读回应。
            某县人民政府办公室
            2021年5月10日
            ①政策文件指县政府及其办公室印发的规范性文件。

            """
        let plan = try Fixtures.parse(text)
        XCTAssertEqual(plan.items.map(\.node.text), ["推进政策文件与解读方案同步起草①。", "加强政策图解。", "强化解读回应。"])
        XCTAssertEqual(plan.items.map(\.node.kind), [.item, .subItem, .subItem])
    }

    /// A circled number that opens a clause, follows a space or a bracket's opening, points at
    /// something numbered (第①项, 同①, 附件①, ①、②), or stands in a line opening its list, cites nothing.
    func testNumbersThatCiteNothing() {
        for line in ["做好以下工作：①加强政策图解；②强化解读回应。", "做好 ①加强政策图解。", "做好（①加强政策图解）。", "参照第①项要求。",
                     "要求同①。", "具体任务见附件①。", "按照第①、②款要求", "推进标准化建设①，重点做好以下工作："] {
            var notes = Footnotes()
            _ = notes.isNote(Array(line.unicodeScalars), nil)
            XCTAssertFalse(notes.isNote(Array("①政策图解。".unicodeScalars), Numbering(family: .circled, value: 1, raw: "①")), line)
        }
        for line in ["起草①。", "起草①", "规范性文件）①，", "《条例》①；"] {
            var notes = Footnotes()
            _ = notes.isNote(Array(line.unicodeScalars), nil)
            XCTAssertTrue(notes.isNote(Array("①政策图解。".unicodeScalars), Numbering(family: .circled, value: 1, raw: "①")), line)
        }
    }

    /// A note under a task written as a paragraph hides nothing after it: the tasks after it stay.
    func testANoteUnderATaskHidesNoTask() throws {
        let text = """
            某县2021年政务公开工作要点
            一、推进决策公开
            完善重大行政决策预公开制度，做好重大行政决策公开①。（县发改局牵头）
            ①重大行政决策，是指《重大行政决策程序暂行条例》规定的事项。
            推进政府常务会议公开，及时发布会议议定事项。（县政府办牵头）
            做好政策解读，推行政策文件与解读材料同步起草。（县司法局牵头）

            """
        let plan = try Fixtures.parse(text)
        XCTAssertEqual(plan.items.map(\.node.units.lead), [["县发改局"], ["县政府办"], ["县司法局"]])
    }

    /// A cited number whose note never comes leaves a list numbered alike alone: its line came
    /// neither under the citing line nor after the signature.
    func testACitationNeverNotedLeavesAListAlone() throws {
        let text = """
            某县2021年政务公开工作要点
            一、加强政策解读
            1.推进政策文件与解读方案同步起草①。（牵头单位：县司法局）
            2.做好政策解读回应工作。（牵头单位：县政府办）
            3.做好以下工作：
            ①梳理公开事项目录。
            ②编制公开标准。
            某县人民政府办公室
            2021年5月10日
            附件
            1.做好以下工作：
            ①梳理公开事项目录。

            """
        let plan = try Fixtures.parse(text)
        XCTAssertEqual(plan.items.map(\.node.text), ["推进政策文件与解读方案同步起草①。", "做好政策解读回应工作。", "梳理公开事项目录。", "编制公开标准。", "梳理公开事项目录。"])
    }
}
