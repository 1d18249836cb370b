import XCTest

@testable import Compare

/// Units set in 【】 before a task's number (「【县发改局】3.做好规划公开工作。」) are that task's, as
/// a 责任单位 line under it gives them; the number opens the task.
final class UnitPrefixTests: XCTestCase {
    /// Tasks from every corpus plan, numbered in each way a task is, with one or two unit names
    /// before the number (a space after the bracket or none): each reads as the same task with a
    /// 责任单位 line under it.
    func testUnitsBeforeTheNumberAreTheTasks() throws {
        let names = try Fixtures.planNames.flatMap { TaskLinesTests.material(try Fixtures.plan($0)).names }
        var documents = 0
        for (p, name) in Fixtures.planNames.enumerated() {
            let sentences = TaskLinesTests.material(try Fixtures.plan(name)).sentences
            guard sentences.count >= 3 else { continue }
            for marks in [["1.", "2.", "3."], ["1、", "2、", "3、"], ["（1）", "（2）", "（3）"]] {
                for gap in ["", " "] {
                    let units = (0..<3).map { k in k == 1 ? names[(p + k) % names.count] + "、" + names[(p + k + 1) % names.count] : names[(p + k) % names.count] }
                    let prefixed = (0..<3).map { k in "【\(units[k])】" + gap + marks[k] + sentences[k] }
                    let labelled = (0..<3).flatMap { k in [marks[k] + sentences[k], "责任单位：" + units[k]] }
                    let heading = "（一）持续加强重大政策发布解读"
                    let got = try Fixtures.parse(TaskLinesTests.document(heading: heading, lines: prefixed))
                    let want = try Fixtures.parse(TaskLinesTests.document(heading: heading, lines: labelled))
                    assertReadsAlike(got, want, "\(name) \(marks[0]) gap '\(gap)'")
                    XCTAssertEqual(got.items.count, 3, "\(name) \(marks[0])")
                    documents += 1
                }
            }
        }
        XCTAssertGreaterThan(documents, 0)
    }

    /// A bracket that names no body, or no number after it, is no units' prefix.
    func testOtherBracketsAreNoPrefix() {
        for line in ["【重点任务】1.做好规划公开工作。", "【县发改局】做好规划公开工作。", "【】1.做好规划公开工作。", "县发改局】1.做好。"] {
            XCTAssertNil(UnitPrefix.read(Array(line.unicodeScalars)), line)
        }
        let read = UnitPrefix.read(Array("【县发改局、县财政局】 3.做好规划公开工作。".unicodeScalars))
        XCTAssertEqual(read?.units.responsible, ["县发改局", "县财政局"])
        XCTAssertEqual(read?.rest, 12)
    }
}
