import XCTest

@testable import Compare

/// Tasks written one a line under a heading, each line ending with its units (「一是…。（牵头单位：
/// 县发改局）」, 「●…（县发改局牵头）。」, 「第一，…。牵头单位：县发改局。」): each line is a task of its
/// own with its own units, as when each task's units stand on a line below it. They were one task
/// holding every line's units.
final class TaskLinesTests: XCTestCase {
    /// What a task line may open with: 一是, 第一，, a bullet, a dash, or nothing.
    static let leads = 5

    static func lead(_ form: Int, _ k: Int) -> String {
        switch form {
        case 0: return ChineseNumeral.string(k + 1) + "是"
        case 1: return "第" + ChineseNumeral.string(k + 1) + "，"
        case 2: return "●"
        case 3: return "——"
        default: return ""
        }
    }

    /// The ways a line's end gives its units (`sentence` ends with 。): a labelled bracket after
    /// or before the full stop, an unlabelled one, labels after the sentence, and a labelled
    /// bracket whose last clause is the time limit.
    static let unitForms = 5

    static func withUnits(_ form: Int, _ sentence: String, _ name: String) -> String {
        let bare = String(sentence.dropLast())
        switch form {
        case 0: return sentence + "（牵头单位：\(name)）"
        case 1: return bare + "（牵头单位：\(name)）。"
        case 2: return bare + "（\(name)牵头）。"
        case 3: return sentence + "牵头单位：\(name)。"
        default: return sentence + "（牵头单位：\(name)，2021年底前完成）"
        }
    }

    /// Sentences and unit names of a corpus plan, to write task lines with: each task's first
    /// sentence with no bracket or label in it, and the names its units give that are plain words.
    static func material(_ plan: Plan) -> (sentences: [String], names: [String]) {
        var sentences: [String] = []
        var names: [String] = []
        for item in plan.items {
            let text = item.node.text
            if let stop = text.firstIndex(of: "。") {
                let sentence = String(text[...stop])
                let count = sentence.count
                if count >= 12, count <= 80, !sentence.contains(where: { "（）()：:【】；;".contains($0) }),
                   DeadlineExtractor.deadlines(in: sentence, planYear: 2021).isEmpty, !sentences.contains(sentence) {
                    sentences.append(sentence)
                }
            }
            for name in item.node.units.lead + item.node.units.responsible
            where (2...12).contains(name.count) && name.unicodeScalars.allSatisfy(CJK.isIdeograph) && !names.contains(name) {
                names.append(name)
            }
        }
        return (sentences, names)
    }

    /// The first section of a parsed plan (the one the document holds).
    static func section(_ plan: Plan) -> Node? {
        func walk(_ nodes: [Node]) -> Node? {
            for n in nodes {
                if n.kind == .section { return n }
                if let found = walk(n.children) { return found }
            }
            return nil
        }
        return walk(plan.nodes)
    }

    static func document(heading: String, lines: [String]) -> String {
        (["某县2021年政务公开工作要点", "", "一、紧扣宏观政策落地见效深化政务公开", heading] + lines).joined(separator: "\n") + "\n"
    }

    /// Every lead, every way of writing units, three tasks from each corpus plan in turn: each line
    /// is an item under the heading with its own lead unit and text.
    func testEachLineClosedByUnitsIsATask() throws {
        var documents = 0
        // Unit names from every plan (one writes none).
        let names = try Fixtures.planNames.flatMap { Self.material(try Fixtures.plan($0)).names }
        XCTAssertGreaterThanOrEqual(names.count, 10)
        for name in Fixtures.planNames {
            let sentences = Self.material(try Fixtures.plan(name)).sentences
            XCTAssertGreaterThanOrEqual(sentences.count, 3, name)
            guard sentences.count >= 3 else { continue }
            for lead in 0..<Self.leads {
                for form in 0..<Self.unitForms {
                    let start = (lead * Self.unitForms + form) % (sentences.count - 2)
                    let tasks = (0..<3).map { k in (sentence: sentences[start + k], unit: names[(start + k) % names.count]) }
                    let lines = tasks.enumerated().map { k, t in Self.lead(lead, k) + Self.withUnits(form, t.sentence, t.unit) }
                    let plan = try Fixtures.parse(Self.document(heading: "（一）持续加强重大政策发布解读。", lines: lines))
                    documents += 1
                    let label = "\(name) lead \(lead) units \(form)"
                    guard let section = Self.section(plan) else {
                        XCTFail("\(label): no section")
                        continue
                    }
                    XCTAssertEqual(section.heading, "持续加强重大政策发布解读", label)
                    XCTAssertEqual(section.units, Units(), label)
                    XCTAssertEqual(section.children.count, 3, label)
                    for (k, child) in section.children.enumerated() where k < tasks.count {
                        XCTAssertEqual(child.units.lead, [tasks[k].unit], "\(label) task \(k)")
                        XCTAssertEqual(child.units.responsible, [], "\(label) task \(k)")
                        XCTAssertTrue(child.text.contains(String(tasks[k].sentence.dropLast())), "\(label) task \(k): \(child.text)")
                        XCTAssertEqual(child.deadlines.map(\.raw).isEmpty, form != 4, "\(label) task \(k)")
                    }
                }
            }
        }
        XCTAssertEqual(documents, Fixtures.planNames.count * Self.leads * Self.unitForms)
    }

    /// Words saying only when on the line after a task's units (「2021年12月底前完成。」, 「长期坚持」)
    /// are that task's time limit, in every lead and way of writing units but the one holding a
    /// limit already (a line with neither lead nor number after it, only when the words end with
    /// 。): each line is still a task, none is made of the time line. Words saying more
    /// (「12月10日前报送。」) are no time limit of the task above.
    func testATimeLineAfterATasksUnitsIsItsLimit() throws {
        let names = try Fixtures.planNames.flatMap { Self.material(try Fixtures.plan($0)).names }
        let limits = [("2021年12月底前完成。", "2021-12-31"), ("2021年9月30日前", "2021-09-30"), ("2021年6月底前全面完成", "2021-06-30"), ("长期坚持", nil)]
        var documents = 0
        for name in Fixtures.planNames {
            let sentences = Self.material(try Fixtures.plan(name)).sentences
            guard sentences.count >= 3 else { continue }
            for lead in 0..<Self.leads {
                for form in 0..<(Self.unitForms - 1) {
                    // Without a lead or a full stop, the next line may go on with the date's sentence
                    // (「2021年底前完成」 over 「全县…目录的编制和公开。」): not read so.
                    for (limit, date) in limits where lead < Self.leads - 1 || limit.hasSuffix("。") {
                        let lines = (0..<3).flatMap { k in [Self.lead(lead, k) + Self.withUnits(form, sentences[k], names[k % names.count]), limit] }
                        let plan = try Fixtures.parse(Self.document(heading: "（一）持续加强重大政策发布解读。", lines: lines))
                        documents += 1
                        let label = "\(name) lead \(lead) units \(form) \(limit)"
                        let section = try XCTUnwrap(Self.section(plan), label)
                        XCTAssertEqual(section.children.count, 3, label)
                        for (k, child) in section.children.enumerated() {
                            XCTAssertEqual(child.units.lead, [names[k % names.count]], "\(label) task \(k)")
                            if let date {
                                XCTAssertEqual(child.deadlines.map(\.normalized), [date], "\(label) task \(k)")
                            } else {
                                XCTAssertTrue(child.text.hasSuffix(limit), "\(label) task \(k): \(child.text)")
                            }
                        }
                    }
                    let more = (0..<2).flatMap { k in [Self.lead(lead, k) + Self.withUnits(form, sentences[k], names[k % names.count]), "12月10日前报送。"] }
                    let plan = try Fixtures.parse(Self.document(heading: "（一）持续加强重大政策发布解读。", lines: more))
                    let first = try XCTUnwrap(Self.section(plan)?.children.first, "\(name) lead \(lead) units \(form)")
                    XCTAssertEqual(first.deadlines, [], "\(name) lead \(lead) units \(form)")
                    XCTAssertEqual(first.units.lead, [names[0]], "\(name) lead \(lead) units \(form)")
                }
            }
        }
        XCTAssertEqual(documents, Fixtures.planNames.count * (Self.unitForms - 1) * ((Self.leads - 1) * limits.count + 1))
    }

    /// A date with no stop over a line that goes on with its sentence is that sentence's, not the
    /// time limit of the task above.
    func testADateOverItsSentenceIsNoLimitOfTheTaskAbove() throws {
        let text = Self.document(heading: "（一）持续加强重大政策发布解读。", lines: [
            "完善重大行政决策预公开制度。（县发改局牵头）", "2021年底前完成", "全县重大行政决策事项目录的编制和公开。（县司法局牵头）",
        ])
        let section = try XCTUnwrap(Self.section(try Fixtures.parse(text)))
        XCTAssertEqual(section.children.first?.deadlines, [])
        XCTAssertEqual(section.children.last?.deadlines.map(\.normalized), ["2021-12-31"])
    }

    /// What opens a list's item written without a number.
    func testListLeads() {
        for line in ["一是做好公开。", "十二是做好公开。", "第一，做好公开。", "第三、做好公开。", "●做好公开。", "——做好公开。", "  ■做好公开。"] {
            XCTAssertTrue(Lexicon.opensListLead(Array(line.unicodeScalars)), line)
        }
        for line in ["做好公开。", "第一时间公开。", "一是", "是否公开。", "2021年底前完成"] {
            XCTAssertFalse(Lexicon.opensListLead(Array(line.unicodeScalars)), line)
        }
    }

    /// A heading numbered as one whose words a comma parts (「一、聚焦市场主体关切，加大惠企政策公开力度」)
    /// holds its task lines as the same heading without the comma does, in every lead and way of
    /// writing units, indented or not: the first line was joined to the heading, and the next
    /// ones left the part.
    func testAHeadingWithACommaHoldsItsTaskLines() throws {
        let names = try Fixtures.planNames.flatMap { Self.material(try Fixtures.plan($0)).names }
        var documents = 0
        for name in Fixtures.planNames {
            let sentences = Self.material(try Fixtures.plan(name)).sentences
            guard sentences.count >= 3 else { continue }
            for lead in 0..<Self.leads {
                for form in 0..<Self.unitForms {
                    for indent in ["", "　　"] {
                        let lines = (0..<3).map { k in indent + Self.lead(lead, k) + Self.withUnits(form, sentences[k], names[k % names.count]) }
                        func document(_ headings: [String]) -> String {
                            (["某县2021年政务公开工作要点", "", "一、" + headings[0]] + lines + ["二、" + headings[1]] + lines).joined(separator: "\n") + "\n"
                        }
                        let label = "\(name) lead \(lead) units \(form) indent '\(indent)'"
                        let plain = try Fixtures.parse(document(["聚焦市场主体关切加大惠企政策公开力度", "聚焦民生热点加大公开力度"]))
                        let commas = try Fixtures.parse(document(["聚焦市场主体关切，加大惠企政策公开力度", "聚焦民生热点，加大公开力度"]))
                        XCTAssertEqual(commas.nodes.count, 2, label)
                        XCTAssertEqual(commas.nodes.map(\.children.count), plain.nodes.map(\.children.count), label)
                        XCTAssertEqual(commas.items.map(\.node.units), plain.items.map(\.node.units), label)
                        XCTAssertEqual(commas.items.map(\.node.text), plain.items.map(\.node.text), label)
                        documents += 1
                    }
                }
            }
        }
        XCTAssertEqual(documents, Fixtures.planNames.count * Self.leads * Self.unitForms * 2)
    }

    /// The same lines without units are one task, as before: only a line's units close it.
    func testLinesWithoutUnitsStayOneTask() throws {
        for name in Fixtures.planNames {
            let (sentences, _) = Self.material(try Fixtures.plan(name))
            guard sentences.count >= 3 else { continue }
            for lead in 0..<Self.leads {
                let lines = (0..<3).map { k in Self.lead(lead, k) + sentences[k] }
                let plan = try Fixtures.parse(Self.document(heading: "（一）持续加强重大政策发布解读。", lines: lines))
                let section = try XCTUnwrap(Self.section(plan))
                XCTAssertEqual(section.children.count, 0, "\(name) lead \(lead)")
                for s in sentences.prefix(3) { XCTAssertTrue(section.text.contains(s), "\(name) lead \(lead)") }
            }
        }
    }

    /// A heading line that ends with its units, then its paragraphs: the paragraphs are the
    /// heading's task (a heading is one as it is without its units), in each way of writing them.
    func testHeadingLineWithUnitsKeepsItsParagraphs() throws {
        let names = try Fixtures.planNames.flatMap { Self.material(try Fixtures.plan($0)).names }
        for (n, name) in Fixtures.planNames.enumerated() {
            let sentences = Self.material(try Fixtures.plan(name)).sentences
            guard sentences.count >= 2, names.count > n else { continue }
            for form in 0..<Self.unitForms {
                let heading = "（一）" + Self.withUnits(form, "持续加强重大政策发布解读。", names[n])
                let plan = try Fixtures.parse(Self.document(heading: heading, lines: Array(sentences.prefix(2))))
                let section = try XCTUnwrap(Self.section(plan), "\(name) \(form)")
                XCTAssertEqual(section.children.count, 0, "\(name) units \(form)")
                XCTAssertEqual(section.units.lead, [names[n]], "\(name) units \(form)")
                for s in sentences.prefix(2) { XCTAssertTrue(section.text.contains(s), "\(name) units \(form)") }
            }
        }
    }

    /// A paragraph after a task's units that opens by going on (同时，此外，另外，并且，与此同时) is more
    /// of that task, its units closing it inline or on a line of their own.
    func testAParagraphGoingOnIsTheTasks() throws {
        for word in ["同时，", "此外，", "另外，", "并且", "与此同时，"] {
            for units in ["（牵头单位：县发改局）", "\n牵头单位：县发改局"] {
                let lines = ["（一）全面做好各类规划主动公开。主动公开国民经济和社会发展规划纲要。" + units, word + "做好历史规划的归集整理和主动公开工作。"]
                let plan = try Fixtures.parse(Self.document(heading: lines[0], lines: [lines[1]]))
                let section = try XCTUnwrap(Self.section(plan), word)
                XCTAssertEqual(section.children.count, 0, word + units)
                XCTAssertTrue(section.text.contains(word + "做好历史规划"), word + units)
                XCTAssertEqual(section.units.lead, ["县发改局"], word + units)
            }
        }
    }
}
