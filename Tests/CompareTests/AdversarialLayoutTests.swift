import XCTest

@testable import Compare

/// Layouts and inputs found by trying to break the parser; each was once misread.
final class AdversarialLayoutTests: XCTestCase {
    func outline(_ plan: Plan) -> [String] { Fixtures.outline(plan) }

    func testABodyLineWithADateAndPublishDoesNotEndThePlan() throws {
        let plan = try Fixtures.parse("""
            某某县2022年政务公开工作要点
            一、加强规划公开
            1. 各乡镇于2022年6月30日前完成规划信息发布
            2. 做好专项规划公开。
            二、加强财政公开
            3. 推进预算公开。
            """)
        XCTAssertEqual(plan.items.count, 3)
    }

    func testADataRowIsNotTakenForARepeatedHeader() throws {
        let plan = try Fixtures.parse("""
            某某区2021年政务公开工作要点分工方案
            工作任务\t具体任务\t责任单位
            （一）做好规划公开\t1. 主动公开规划纲要。\t区发改局
            （二）政务服务事项公开\t2. 公开政务服务事项清单。\t各部门
            """)
        XCTAssertEqual(plan.items.map(\.node.text), ["主动公开规划纲要。", "公开政务服务事项清单。"])
        XCTAssertEqual(plan.items[1].node.units.responsible, ["各部门"])
    }

    func testPartsWithArabicItemsDirectlyBelowArePartsAndItems() throws {
        let plan = try Fixtures.parse("""
            某某县2021年政务公开工作要点
            一、加强规划公开
            1. 主动公开规划纲要。
            2. 做好历史规划归集。
            二、加强财政公开
            1. 推进预算公开。
            """)
        XCTAssertEqual(outline(plan), ["part 一、", " item 1.", " item 2.", "part 二、", " item 1."])
    }

    func testItemsWrittenWithOnlyAClosingParenthesis() throws {
        let plan = try Fixtures.parse("""
            某某县2021年政务公开工作要点
            一、推进决策公开
            1）完善公众参与机制。
            2）做好决策草案公开。
            """)
        XCTAssertEqual(plan.items.map(\.node.text), ["完善公众参与机制。", "做好决策草案公开。"])
    }

    func testALegalReferenceInsideALongSentenceDoesNotSplit() throws {
        let sentence = String(repeating: "依法依规做好政府信息公开工作，", count: 20) + "依照条例第十条（二）项规定，做好相关信息公开。"
        let plan = try Fixtures.parse("某某县2021年政务公开工作要点\n一、加强公开\n（一）依法公开\n1. " + sentence + "\n")
        XCTAssertEqual(plan.items.count, 1)
        XCTAssertTrue(plan.items[0].node.text.hasSuffix("做好相关信息公开。"))
    }

    func testANumericEntityNeverPutsAControlCharacterIntoText() throws {
        let source = try Ingest.decode(bytes: Array("一、加强&#0;公开\n".utf8), name: "e.txt")
        XCTAssertFalse(source.lines.contains { $0.text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\t" } })
    }

    func testUTF16WithoutBOMCutAtAnOddByteStillDecodes() throws {
        let text = "某某县2021年政务公开工作要点\n一、加强规划公开\n1. 主动公开规划纲要。\n"
        var bytes: [UInt8] = text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        bytes.removeLast()
        let plan = try Fixtures.parse(bytes: bytes, name: "odd.txt")
        XCTAssertEqual(plan.items.count, 1)
    }

    /// Many lines ending in "，" join into one paragraph; the join keeps running counts, so this
    /// is linear (no time is asserted here: speed is measured by compare-bench).
    func testAVeryLongJoinedParagraphParses() throws {
        let body = Array(repeating: "做好政府信息公开工作，", count: 5000).joined(separator: "\n")
        let plan = try Fixtures.parse("某某县2021年政务公开工作要点\n一、加强公开\n1. " + body + "完成。\n")
        XCTAssertEqual(plan.items.count, 1)
        XCTAssertEqual(plan.items[0].node.lines, 3...5002)
        // An "&" decoded from "&amp;" on every line is text, not an entity cut by a wrap.
        let amp = Array(repeating: "做好公开工作&amp;加强解读，", count: 5000).joined(separator: "\n")
        let other = try Fixtures.parse("某某县2021年政务公开工作要点\n一、加强公开\n1. " + amp + "完成。\n")
        XCTAssertEqual(other.items.count, 1)
        XCTAssertTrue(other.items[0].node.text.contains("做好公开工作&加强解读，"))
    }
}
