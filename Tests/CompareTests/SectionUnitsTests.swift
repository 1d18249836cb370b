import XCTest

@testable import Compare

/// Units said once for several tasks: on the heading over them (「（一）做好规划公开（牵头单位：县发改局）」
/// over 「1.…」 「2.…」), or on a line after them (「以上任务由县财政局牵头，各乡镇配合。」). Each task
/// naming none of its own has them; one naming its own keeps its own. They were the heading's alone,
/// or the last task's (with 「以上任务由县财政局」 for a name).
final class SectionUnitsTests: XCTestCase {
    /// Lines said of the tasks above, each with the lead and the other units it names.
    static func aboveLines(_ lead: String, _ other: String) -> [(line: String, lead: [String], responsible: [String])] {
        [
            ("以上任务由\(lead)牵头，\(other)配合。", [lead], [other]),
            ("上述工作由\(lead)负责。", [], [lead]),
            ("——以上任务由\(lead)牵头", [lead], []),
            ("以上各项任务由\(lead)、\(other)负责落实", [], [lead, other]),
        ]
    }

    static func section(_ plan: Plan, _ k: Int) -> Node? {
        var found: [Node] = []
        func walk(_ nodes: [Node]) {
            for n in nodes {
                if n.kind == .section { found.append(n) }
                walk(n.children)
            }
        }
        walk(plan.nodes)
        return k < found.count ? found[k] : nil
    }

    /// Three sections of two tasks from each corpus plan: the first's heading names a unit (in
    /// every way `TaskLinesTests.withUnits` writes one), the second's tasks are followed by a line
    /// said of them, the third's first task names its own unit and a line said of both follows.
    func testUnitsSaidOnceReachEveryTaskNamingNone() throws {
        let names = try Fixtures.planNames.flatMap { TaskLinesTests.material(try Fixtures.plan($0)).names }
        var documents = 0
        for (p, name) in Fixtures.planNames.enumerated() {
            let sentences = TaskLinesTests.material(try Fixtures.plan(name)).sentences
            guard sentences.count >= 6 else { continue }
            for form in 0..<TaskLinesTests.unitForms {
                for (a, above) in Self.aboveLines(names[(p + 1) % names.count], names[(p + 2) % names.count]).enumerated() {
                    let (x, w) = (names[p % names.count], names[(p + 3) % names.count])
                    let lines = [
                        "（一）" + TaskLinesTests.withUnits(form, "做好各类规划主动公开。", x),
                        "1." + sentences[0], "2." + sentences[1],
                        "（二）深化财政资金领域信息公开",
                        "3." + sentences[2], "4." + sentences[3], above.line,
                        "（三）深化民生信息公开",
                        "5." + TaskLinesTests.withUnits(0, sentences[4], w), "6." + sentences[5], above.line,
                    ]
                    let plan = try Fixtures.parse(TaskLinesTests.document(heading: lines[0], lines: Array(lines.dropFirst())))
                    documents += 1
                    let label = "\(name) heading units \(form) line \(a)"
                    let sections = (0..<3).compactMap { Self.section(plan, $0) }
                    guard sections.count == 3, sections.allSatisfy({ $0.children.count == 2 }) else {
                        XCTFail("\(label): \(Fixtures.outline(plan))")
                        continue
                    }
                    XCTAssertEqual(sections[0].units.lead, [x], label)
                    for task in sections[0].children { XCTAssertEqual(task.units.lead, [x], label) }
                    for task in sections[1].children {
                        XCTAssertEqual(task.units.lead, above.lead, label)
                        XCTAssertEqual(task.units.responsible, above.responsible, label)
                    }
                    XCTAssertEqual(sections[2].children[0].units.lead, [w], label)
                    XCTAssertEqual(sections[2].children[0].units.responsible, [], label)
                    XCTAssertEqual(sections[2].children[1].units.lead, above.lead, label)
                    XCTAssertEqual(sections[2].children[1].units.responsible, above.responsible, label)
                }
            }
        }
        XCTAssertGreaterThan(documents, 0)
    }

    /// A line said of the tasks above after a sub-list (the last task's 「（1）」 「（2）」, or 「①」 「②」)
    /// reaches the outer list: every task naming none, and the sub-items through their task. A
    /// task naming its own keeps its own, its sub-items too. The sub-items alone had them.
    func testALineAfterASubListReachesTheOuterList() throws {
        let names = try Fixtures.planNames.flatMap { TaskLinesTests.material(try Fixtures.plan($0)).names }
        var documents = 0
        for (p, name) in Fixtures.planNames.enumerated() {
            let sentences = TaskLinesTests.material(try Fixtures.plan(name)).sentences
            guard sentences.count >= 5 else { continue }
            for (a, above) in Self.aboveLines(names[(p + 1) % names.count], names[(p + 2) % names.count]).enumerated() {
                for (open, close) in [("（", "）"), ("(", ")")] {
                    for ownFirst in [false, true] {
                        let w = names[(p + 3) % names.count]
                        let first = ownFirst ? TaskLinesTests.withUnits(0, sentences[0], w) : sentences[0]
                        let lines = ["1." + first, "2." + sentences[1], "3." + sentences[2],
                                     open + "1" + close + sentences[3], open + "2" + close + sentences[4], above.line]
                        let plan = try Fixtures.parse(TaskLinesTests.document(heading: "（一）深化财政资金领域信息公开", lines: lines))
                        documents += 1
                        let label = "\(name) line \(a) \(open) own \(ownFirst)"
                        guard let section = Self.section(plan, 0), section.children.count == 3, section.children[2].children.count == 2 else {
                            XCTFail("\(label): \(Fixtures.outline(plan))")
                            continue
                        }
                        let tasks = section.children
                        for (k, task) in tasks.enumerated() {
                            let own = ownFirst && k == 0
                            XCTAssertEqual(task.units.lead, own ? [w] : above.lead, "\(label) task \(k)")
                            XCTAssertEqual(task.units.responsible, own ? [] : above.responsible, "\(label) task \(k)")
                        }
                        for sub in tasks[2].children {
                            XCTAssertEqual(sub.units.lead, above.lead, label)
                            XCTAssertEqual(sub.units.responsible, above.responsible, label)
                        }
                    }
                }
            }
        }
        XCTAssertGreaterThan(documents, 0)
    }

    /// A line counting the tasks it is said of (「以上两项…」, 「上述2项…」) is said of the list that
    /// long: the sub-list's two items, or the outer list's three.
    func testALineCountingItsTasksIsSaidOfThatList() throws {
        for (count, outer) in [("两项", false), ("2项", false), ("二项", false), ("三项", true), ("3条", true)] {
            let text = TaskLinesTests.document(heading: "（一）深化财政资金领域信息公开", lines: [
                "1.稳步扩大预决算公开范围。", "2.推进政府债务信息公开。", "3.做好以下工作：", "（1）做好项目审批信息公开。", "（2）做好项目实施信息公开。",
                "以上\(count)由县发改局牵头。",
            ])
            let section = try XCTUnwrap(Self.section(try Fixtures.parse(text), 0), count)
            XCTAssertEqual(section.children.map(\.units.lead), outer ? [["县发改局"], ["县发改局"], ["县发改局"]] : [[], [], []], count)
            XCTAssertEqual(section.children.last?.children.map(\.units.lead), [["县发改局"], ["县发改局"]], count)
        }
        XCTAssertNil(UnitExtractor.aboveCount(Array("以上任务由县发改局牵头。".unicodeScalars)))
        XCTAssertEqual(UnitExtractor.aboveCount(Array("——上述12项任务由县发改局牵头".unicodeScalars)), 12)
        XCTAssertNil(UnitExtractor.aboveCount(Array(("以上" + String(repeating: "9", count: 40) + "项由县发改局牵头").unicodeScalars)))
    }

    /// A unit line that is not said of the tasks above is the last task's alone, as before.
    func testAUnitLineIsTheLastTasksAlone() throws {
        let text = TaskLinesTests.document(heading: "（一）深化财政资金领域信息公开", lines: [
            "1.稳步扩大预决算公开范围。", "2.推进各单位预算、决算及相关报表公开。", "县财政局牵头，各乡镇配合。",
        ])
        let section = try XCTUnwrap(Self.section(try Fixtures.parse(text), 0))
        XCTAssertEqual(section.children.map(\.units.lead), [[], ["县财政局"]])
    }

    /// After a section's own paragraph, a line said of the work above is that section's: its
    /// sibling sections are not its tasks.
    func testALineAfterASectionsParagraphIsThatSections() throws {
        for (line, lead, responsible) in Self.aboveLines("县人社局", "各乡镇") {
            let text = TaskLinesTests.document(heading: "（一）深化财政资金领域信息公开", lines: [
                "1.稳步扩大预决算公开范围。", "（二）深化民生信息公开", "做好就业信息公开。", line,
            ])
            let plan = try Fixtures.parse(text)
            let (first, second) = (try XCTUnwrap(Self.section(plan, 0)), try XCTUnwrap(Self.section(plan, 1)))
            XCTAssertEqual(first.children.map(\.units), [Units()], line)
            XCTAssertEqual(second.units.lead, lead, line)
            XCTAssertEqual(second.units.responsible, responsible, line)
        }
    }
}
