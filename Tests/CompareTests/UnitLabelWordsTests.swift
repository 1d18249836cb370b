import XCTest

@testable import Compare

/// The label words 分工方案 name units by, on a label line under a task, in a table's units cell
/// and in a labelled bracket at the end of a task: each gives lead units or units that carry the
/// task out, as its role says.
final class UnitLabelWordsTests: XCTestCase {
    static let lead = ["牵头单位", "牵头部门", "主责单位", "主办单位", "【牵头单位】", "【主责部门】", "牵头"]
    static let carrying = ["责任单位", "配合单位", "协办单位", "协助部门", "参与部门", "落实单位", "责任主体", "【配合单位】", "【责任单位】", "配合", "协办"]

    /// 「【牵头单位】」 takes no colon; the others one, full-width or not.
    static func written(_ label: String, _ units: String, colon: String) -> String {
        label.hasPrefix("【") ? label + units : label + colon + units
    }

    func testEveryLabelWordInEveryPlace() throws {
        for (label, isLead) in Self.lead.map({ ($0, true) }) + Self.carrying.map({ ($0, false) }) {
            for colon in ["：", ":"] {
                let field = Self.written(label, "区发改委、区财政局", colon: colon)
                let line = "某县2021年政务公开工作要点\n一、深化政务公开\n1.做好规划公开工作，加大规划公开力度。\n\(field)\n2.做好财政信息公开，推进预决算公开。\n"
                let bracket = "某县2021年政务公开工作要点\n一、深化政务公开\n1.做好规划公开工作，加大规划公开力度。（\(field)）\n2.做好财政信息公开，推进预决算公开。\n"
                let cell = "某县2021年政务公开工作要点任务分工方案\n序号\t工作任务\t责任单位\n1\t做好规划公开工作，加大规划公开力度。\t\(field)\n2\t做好财政信息公开，推进预决算公开。\t区审计局\n"
                for (place, text) in [("line", line), ("bracket", bracket), ("cell", cell)] {
                    let plan = try Fixtures.parse(text, name: "plan.txt")
                    let context = "\(label)\(colon) \(place): \(TreeDump.render(plan))"
                    XCTAssertEqual(plan.items.map(\.node.text), ["做好规划公开工作，加大规划公开力度。", "做好财政信息公开，推进预决算公开。"], context)
                    let units = plan.items.first?.node.units ?? Units()
                    XCTAssertEqual(isLead ? units.lead : units.responsible, ["区发改委", "区财政局"], context)
                    XCTAssertEqual(isLead ? units.responsible : units.lead, [], context)
                }
            }
        }
    }

    /// Units said after the task's last sentence, or in its closing bracket beside a time limit:
    /// the task's units and time limit, cut from its text.
    func testUnitsAfterTheLastSentenceOrBesideATimeLimit() throws {
        let cases: [(written: String, lead: [String], responsible: [String], due: [String])] = [
            ("（区政府办公室牵头，区发改委配合，2021年9月底前完成）", ["区政府办公室"], ["区发改委"], ["2021-09-30"]),
            ("（区财政局负责，2021年12月底前完成）", [], ["区财政局"], ["2021-12-31"]),
            ("责任单位：区市场监督管理局、区商工局。", [], ["区市场监督管理局", "区商工局"], []),
            ("牵头单位：区发改委；配合单位：区自然资源局。", ["区发改委"], ["区自然资源局"], []),
            ("牵头单位：区发改委。配合单位：区自然资源局。", ["区发改委"], ["区自然资源局"], []),
        ]
        for c in cases {
            let plan = try Fixtures.parse("某县2021年政务公开工作要点\n一、深化政务公开\n1.及时公开建设高标准市场体系行动方案的落实举措。\(c.written)\n2.做好财政信息公开，推进预决算公开。\n", name: "plan.txt")
            let node = try XCTUnwrap(plan.items.first?.node, TreeDump.render(plan))
            XCTAssertEqual(node.text, "及时公开建设高标准市场体系行动方案的落实举措。", c.written)
            XCTAssertEqual(node.units.lead, c.lead, c.written)
            XCTAssertEqual(node.units.responsible, c.responsible, c.written)
            XCTAssertEqual(node.deadlines.compactMap(\.normalized), c.due, c.written)
        }
        // A time limit alone in a bracket names no units: the bracket stays the task's words.
        let alone = try Fixtures.parse("某县2021年政务公开工作要点\n一、深化政务公开\n1.及时公开落实举措（2021年9月底前完成）。\n", name: "plan.txt")
        XCTAssertEqual(alone.items.first?.node.text, "及时公开落实举措（2021年9月底前完成）。")
        XCTAssertEqual(alone.items.first?.node.deadlines.compactMap(\.normalized), ["2021-09-30"])
    }

    /// A task's words that hold a role word, before a colon or not, after its first sentence or
    /// inside it, and what follows no names of bodies: the task's text, naming no units.
    func testARoleWordInATasksSentenceIsNoLabel() throws {
        let sentences = [
            "明确责任主体，压实牵头部门责任，各部门做好配合。",
            "做好年报。牵头：市政府办公室负责汇总，各部门按时报送年报材料。",
            "加强协调。协办：以下事项请各部门配合。",
            "做好培训。责任主体：各级行政机关是政务公开工作的责任主体，要切实履行职责。",
            "加强组织领导。责任单位：各区政府要在2021年底前完成目录编制，并报市政府办公室备案。",
            "举办政府开放日活动，邀请市民走进政府机关。主办单位：市政府办公室，具体由各区承办。",
            "做好政策解读。政策出台后，落实单位：要在3日内发布解读材料。",
        ]
        for sentence in sentences {
            let plan = try Fixtures.parse("某县2021年政务公开工作要点\n一、深化政务公开\n1.\(sentence)\n", name: "plan.txt")
            XCTAssertEqual(plan.items.map(\.node.text), [sentence], TreeDump.render(plan))
            XCTAssertTrue(plan.items.first?.node.units.isEmpty ?? false, TreeDump.render(plan))
        }
    }
}
