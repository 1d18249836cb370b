import Foundation
import XCTest

@testable import Compare

/// A section or item with numbered items under it is a task unit of its own when its text says
/// more than a heading (`Plan.saysMoreThanHeading`), and a title otherwise.
final class ParentItemTests: XCTestCase {
    /// The labelled plans (the kept-back ones are how the rules are measured, not what they are tried on).
    static let plans = ["2018-xinjiang-wulumuqi.txt", "2021-guangdong-zhuhai-gaoxinqu.txt", "2021-xinjiang-tulufan-gaochang-draft.txt"]

    /// Every task unit of every labelled plan given a numbered item of its own below it (「① 认真抓好以上工作落实。」):
    /// a unit whose text says more than its heading stays a unit, at its path, with its own text,
    /// and still reaches each requirement it reached; a unit that is a heading only becomes the
    /// title of the new item and is no unit. The new item is a unit in both cases.
    func testEveryUnitGivenAnItemBelowKeepsItsOwnText() throws {
        let pipeline = Pipeline(taxonomyFolder: Fixtures.taxonomyFolder)
        var kept = 0, titled = 0
        for name in Self.plans {
            let text = try Fixtures.text(name)
            let lines = text.components(separatedBy: "\n")
            let before = try pipeline.check(try Fixtures.parse(text, name: name))
            let reached = Self.reached(before.result)
            let items = before.plan.items
            for (k, item) in items.enumerated() {
                // Not a table's cell (a line put between a table's rows is no item of that row), nor
                // an item whose last line another item shares (「3.…4.…」 on one line).
                guard !item.node.text.contains("\t"), item.node.lines.upperBound <= lines.count,
                      !items.indices.contains(where: { $0 != k && items[$0].node.lines.overlaps(item.node.lines) }) else { continue }
                var changed = lines
                changed.insert("① 认真抓好以上工作落实。", at: item.node.lines.upperBound)
                let after = try pipeline.check(try Fixtures.parse(changed.joined(separator: "\n"), name: name))
                let child = ItemPath(item.path.rawValue + "/①")
                XCTAssertTrue(after.plan.items.contains { $0.path == child }, "\(name) \(item.path): the new item")
                let same = after.plan.items.first { $0.path == item.path }
                if Plan.saysMoreThanHeading(item.node) {
                    kept += 1
                    XCTAssertEqual(same?.node.text, item.node.text, "\(name) \(item.path) keeps its text")
                    XCTAssertEqual(same?.node.children.count, 0, "\(name) \(item.path): its unit holds its own text only")
                    let now = Self.reached(after.result)
                    for r in reached[item.path] ?? [] {
                        XCTAssertTrue(now[item.path]?.contains(r) ?? false, "\(name) \(item.path) still reaches \(r)")
                    }
                } else {
                    titled += 1
                    XCTAssertNil(same, "\(name) \(item.path): a heading above an item is its title")
                }
            }
        }
        print("units given an item below: \(kept) kept as units, \(titled) became titles")
        XCTAssertGreaterThan(kept, 100)
        XCTAssertGreaterThan(titled, 0)
    }

    static func reached(_ result: CheckResult) -> [ItemPath: Set<RequirementID>] {
        var out: [ItemPath: Set<RequirementID>] = [:]
        for s in result.coverage {
            for r in s.requirements {
                for p in r.items { out[p, default: []].insert(r.requirement) }
            }
        }
        return out
    }

    /// The cases of the rule on a plan written for them: a heading with duties after it, a heading
    /// only, a duty with no heading (a long sentence), and titles written with a comma: a short one
    /// with a full stop, and one longer than a heading with none.
    func testWhichParentsAreUnits() throws {
        let text = """
            一、紧扣“十四五”开好局起好步，深化政务公开。
            （一）推动法定主动公开内容建设。
            各单位应当坚持以公开为常态、不公开为例外，依法主动公开应当主动公开的政府信息。
            1. 做好政策文件公开。
            （二）完善政务公开平台建设。
            1. 加强政府网站建设。
            （三）各单位要加强组织领导，认真抓好政府信息公开工作规范的贯彻落实，以标准化促进规范化。
            1. 开展地方标准试用。
            二、紧扣政府信息公开条例实施，以公开促落实、促规范、促服务，全面深化政务公开，推进国家治理体系和治理能力现代化
            （一）提高依申请公开工作质量。
            """
        let plan = try Fixtures.parse(text)
        let paths = plan.items.map(\.path.rawValue)
        XCTAssertEqual(paths, ["一、/（一）", "一、/（一）/1.", "一、/（二）/1.", "一、/（三）", "一、/（三）/1.", "二、/（一）"])
        XCTAssertGreaterThan(plan.nodes[1].text.unicodeScalars.count, NodeFinisher.longestHeading)
        let first = try XCTUnwrap(plan.items.first)
        XCTAssertEqual(first.node.text, "推动法定主动公开内容建设。各单位应当坚持以公开为常态、不公开为例外，依法主动公开应当主动公开的政府信息。")
        XCTAssertTrue(first.node.children.isEmpty)
        XCTAssertEqual(first.context, ["紧扣“十四五”开好局起好步，深化政务公开。"])
    }
}
