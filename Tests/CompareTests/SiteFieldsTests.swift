import XCTest

@testable import Compare

/// A plan saved from a government site, its 信息公开目录 fields above it (索引号, 发布机构, 标题, 文号,
/// 成文日期…), as label and value cells of a table or on lines: the plan reads as without them,
/// and their number, issuer and date are the plan's where it says none itself. As a table's rows
/// they opened the plan's body: its title, year and locality were lost.
final class SiteFieldsTests: XCTestCase {
    /// The fields for a plan titled `title`, two to a row (the site's table) or one a line, each
    /// label spelt as sites set it (spaces inside, full-width or ASCII colon).
    static func fields(title: String, separator: String, twoARow: Bool) -> String {
        let pairs = [
            ("索 引 号：", "11650000/2021-00123"), ("主题分类：", "综合政务"),
            ("发布机构：", "某县人民政府办公室"), ("成文日期：", "2021-05-20"),
            ("标　　题：", "某县人民政府办公室关于印发\(title)的通知"), ("有 效 性：", "有效"),
            ("文　　号：", "某政办发〔2021〕12号"), ("发布日期:", "2021-05-21"),
        ]
        let cells = pairs.map { $0.0 + separator + $0.1 }
        guard twoARow else { return cells.joined(separator: "\n") }
        return stride(from: 0, to: cells.count, by: 2).map { cells[$0] + separator + cells[$0 + 1] }.joined(separator: "\n")
    }

    /// Every corpus plan under the fields in each layout: the same items, title, year and locality.
    func testSiteFieldsAboveAPlanChangeNothingOfIt() throws {
        for name in Fixtures.planNames {
            let text = try Fixtures.text(name)
            let plan = try Fixtures.parse(text, name: name)
            let title = plan.metadata.title ?? "某县2021年政务公开工作要点"
            for (separator, twoARow) in [("\t", true), ("\t", false), ("　", false), ("", false)] {
                let variant = try Fixtures.parse(Self.fields(title: title, separator: separator, twoARow: twoARow) + "\n" + text, name: name)
                assertReadsAlike(variant, plan, "\(name) separator \(separator.unicodeScalars.first?.value ?? 0) two a row \(twoARow)")
            }
        }
    }

    /// A site's fields give a plan that says none of them its number, issuer and date.
    func testTheFieldsGiveWhatThePlanDoesNotSay() throws {
        let body = "某县2021年政务公开工作要点\n一、紧扣“十四五”开好局起好步深化政务公开\n（一）全面做好各类规划主动公开。主动公开国民经济和社会发展第十四个五年规划纲要。\n"
        for twoARow in [true, false] {
            let plan = try Fixtures.parse(Self.fields(title: "某县2021年政务公开工作要点", separator: "\t", twoARow: twoARow) + "\n" + body)
            XCTAssertEqual(plan.metadata.documentNumber, "某政办发〔2021〕12号")
            XCTAssertEqual(plan.metadata.issuer, "某县人民政府办公室")
            XCTAssertEqual(plan.metadata.title, "某县2021年政务公开工作要点")
            XCTAssertEqual(plan.items.count, 1)
        }
    }

    /// A task table's header or row is no site's fields: 工作任务 or 责任单位 is no field label.
    func testATableRowIsNoSiteField() {
        for line in ["序号\t工作任务\t责任单位", "1\t做好规划公开\t县发改局", "责任单位：\t县发改局", "工作要求：\t及时公开"] {
            XCTAssertFalse(Lexicon.opensSiteField(Array(line.unicodeScalars)), line)
        }
        for line in ["索引号：\t1165", "标　　题：\t某县…", "文 号:\t某政办发", "发布机构：某县"] {
            XCTAssertTrue(Lexicon.opensSiteField(Array(line.unicodeScalars)), line)
        }
    }
}
