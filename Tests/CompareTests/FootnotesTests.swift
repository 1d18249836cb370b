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

    /// A circled number that opens a clause, or follows a space or a bracket's opening, cites nothing.
    func testNumbersThatCiteNothing() {
        for line in ["做好以下工作：①加强政策图解；②强化解读回应。", "做好 ①加强政策图解。", "做好（①加强政策图解）。"] {
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
}
