import XCTest

@testable import Compare

/// Reviewers' comments left in a draft (「【修改意见：建议完成时限改为2021年9月底前】」): the draft reads
/// as without them, their dates no task's time limit, their words no task's.
final class ReviewerCommentTests: XCTestCase {
    static let comments = [
        "【修改意见：建议完成时限改为2021年9月底前】",
        "【批注：请县财政局于2021年6月底前核实】",
        "【 审核意见 ： 此项与上级要点不一致，2021年底前完成】",
        "【意见:删去】",
        "【建议：增加“十四五”规划内容】",
        "【注：本条2021年10月底前完成】",
    ]

    /// `text` with a comment after the first full stop of every `every`-th numbered line.
    static func commented(_ text: String, every: Int) -> (text: String, comments: Int) {
        var n = 0, placed = 0
        let lines = text.components(separatedBy: "\n").map { line -> String in
            guard MarkerScanner.leading(line) != nil, !line.contains("\t"), let stop = line.firstIndex(of: "。") else { return line }
            n += 1
            guard n % every == 0 else { return line }
            placed += 1
            return String(line[...stop]) + comments[n % comments.count] + String(line[line.index(after: stop)...])
        }
        return (lines.joined(separator: "\n"), placed)
    }

    /// Every corpus plan, a comment on every numbered line and on every third: the same items,
    /// their words, units and time limits.
    func testCommentsChangeNoTask() throws {
        var placed = 0
        for name in Fixtures.planNames {
            let text = try Fixtures.text(name)
            let plan = try Fixtures.parse(text, name: name)
            for every in [1, 3] {
                let (variant, n) = Self.commented(text, every: every)
                placed += n
                assertReadsAlike(try Fixtures.parse(variant, name: name), plan, "\(name) every \(every)")
            }
        }
        XCTAssertGreaterThan(placed, 100)
    }

    /// A 【】 around the plan's own words, or a 【牵头单位】 label, is no comment.
    func testBracketsThatAreNoComment() {
        for text in ["【牵头单位】县发改局", "做好【互联网+政务服务】工作。", "【按时完成】", "【意见】"] {
            let s = Array(text.unicodeScalars)
            XCTAssertEqual(ReviewerComment.removed(s, text: text).text, text, text)
        }
    }

    /// A comment on a line of its own makes no task.
    func testACommentAloneIsNoTask() throws {
        let text = "某县2021年政务公开工作要点\n一、推进决策公开\n1.完善重大行政决策预公开制度。（牵头单位：县司法局）\n【修改意见：建议增加县政府办为配合单位】\n2.推进政府常务会议公开。\n"
        XCTAssertEqual(try Fixtures.parse(text).items.map { $0.node.text }, ["完善重大行政决策预公开制度。", "推进政府常务会议公开。"])
    }
}
