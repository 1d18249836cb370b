import XCTest

@testable import Compare

/// A notice that makes its own numbered points (「并提出以下要求：一、…二、…」), signs and dates them,
/// then gives the plan under its title: the plan reads as without the notice. The notice's points
/// were the plan's first parts, and the plan's title their words.
final class NoticePointsTests: XCTestCase {
    static func notice(_ title: String, points: [String]) -> String {
        (["某县人民政府办公室关于印发\(title)的通知", "", "各乡镇人民政府，县直各部门：", "现将《\(title)》印发给你们，并提出以下要求："]
            + points.enumerated().map { ChineseNumeral.string($0 + 1) + "、" + $1 }
            + ["某县人民政府办公室", "2021年5月20日", ""]).joined(separator: "\n")
    }

    static let points = ["提高认识。各单位要高度重视，认真抓好贯彻落实。", "按时报送。各单位要于2021年12月10日前报送工作落实情况。", "加强督查。县政府办将适时开展督查。"]

    /// Every corpus plan whose title stands on a line of its own, under notices of one to three
    /// points: the same title, year, locality and items.
    func testANoticesOwnPointsAreNoPartOfThePlan() throws {
        var plans = 0
        for name in Fixtures.planNames {
            let text = try Fixtures.text(name)
            let plan = try Fixtures.parse(text, name: name)
            guard let title = plan.metadata.title, text.components(separatedBy: "\n").contains(where: { $0.trimmingSpaces == title }) else { continue }
            plans += 1
            for n in 1...Self.points.count {
                let variant = try Fixtures.parse(Self.notice(title, points: Array(Self.points.prefix(n))) + "\n" + text, name: name)
                assertReadsAlike(variant, plan, "\(name) \(n) points")
            }
        }
        XCTAssertGreaterThanOrEqual(plans, 3)
    }

    /// Parts signed and dated, then an annex under the plan's title, with nothing naming the plan
    /// as issued: the parts are the plan's.
    func testPartsNamingNoPlanStayThePlans() throws {
        let text = "某县2021年政务公开工作要点\n\n一、推进决策公开\n完善重大行政决策预公开制度，扩大公众参与。\n二、推进执行公开\n推进重点领域公开，做好财政信息公开。\n某县人民政府办公室\n2021年5月10日\n附件\n某县2021年政务公开工作要点\n1.完善重大行政决策预公开制度（县司法局牵头）\n"
        let plan = try Fixtures.parse(text)
        XCTAssertEqual(plan.nodes.filter { $0.numbering?.family == .cjkComma }.count, 2)
    }
}
