import XCTest
@testable import Compare

final class DeadlineExtractorTests: XCTestCase {
    private func one(_ text: String, planYear: Int? = 2021, file: StaticString = #filePath, line: UInt = #line) -> Deadline? {
        let found = DeadlineExtractor.deadlines(in: text, planYear: planYear)
        XCTAssertEqual(found.count, 1, "\(text) → \(found)", file: file, line: line)
        return found.first
    }

    private func none(_ text: String, planYear: Int? = 2021, file: StaticString = #filePath, line: UInt = #line) {
        let found = DeadlineExtractor.deadlines(in: text, planYear: planYear)
        XCTAssertEqual(found, [], text, file: file, line: line)
    }

    // MARK: Year end

    func testYearEndForms() {
        let cases: [(String, String)] = [
            ("全面推进规章集中统一公开，2021年底前将本区现行有效规章集中公开", "2021年底前"),
            ("到2018年年底前，市级部门基本达到要求", "2018年年底前"),
            ("2021年末前完成清理", "2021年末前"),
            ("力争2021年底实现全覆盖", "2021年底"),
        ]
        for (text, raw) in cases {
            let d = one(text)
            XCTAssertEqual(d?.raw, raw, text)
            let year = Int(raw.prefix(4))!
            XCTAssertEqual(d?.value, .date(year: year, month: 12, day: 31), text)
        }
    }

    func testYearEndWithSpacesAndFullWidthDigits() {
        let d = one("全面推进规章集中统一公开, 2021 年底前将本区现行有效规章通过区政府门户网站集中公开。")
        XCTAssertEqual(d?.raw, "2021年底前")
        XCTAssertEqual(d?.normalized, "2021-12-31")
        let e = one("２０２１年底前完成")
        XCTAssertEqual(e?.raw, "２０２１年底前")
        XCTAssertEqual(e?.value, .date(year: 2021, month: 12, day: 31))
    }

    func testRawStartsAtNumber() {
        XCTAssertEqual(one("在2021年底前通过政府门户网站相关专栏集中公开")?.raw, "2021年底前")
        XCTAssertEqual(one("于2018年10月底前实现市级政府公报创刊印发")?.raw, "2018年10月底前")
    }

    // MARK: Month and day

    func testMonthEnd() {
        let d = one("区司法局要在2021年7月底前对区政府规章进行梳理")
        XCTAssertEqual(d?.raw, "2021年7月底前")
        XCTAssertEqual(d?.value, .date(year: 2021, month: 7, day: 31))
        XCTAssertEqual(one("2021年11月底前将现行有效的规章集中公开")?.normalized, "2021-11-30")
        XCTAssertEqual(one("2021年6月前完成")?.normalized, "2021-06-30")
        XCTAssertEqual(one("2021年9月末完成")?.normalized, "2021-09-30")
        XCTAssertEqual(one("2021 年 10 月底前")?.raw, "2021年10月底前")
    }

    func testLeapYears() {
        XCTAssertEqual(one("2020年2月底前")?.normalized, "2020-02-29")
        XCTAssertEqual(one("2021年2月底前")?.normalized, "2021-02-28")
        XCTAssertEqual(one("2000年2月底前")?.normalized, "2000-02-29")
        XCTAssertEqual(one("2100年2月底前")?.normalized, "2100-02-28")
    }

    func testFullDate() {
        let d = one("各单位于2021年6月30日前报送总结")
        XCTAssertEqual(d?.raw, "2021年6月30日前")
        XCTAssertEqual(d?.value, .date(year: 2021, month: 6, day: 30))
        XCTAssertEqual(one("2021年12月15日之前")?.normalized, "2021-12-15")
        none("2021年2月30日前")
    }

    func testTwoDeadlinesInOrder() {
        let text = "到2018年10月底前，市级部门实现80%的群众和企业到政府申请办理事项“最多跑一次”；到2018年年底前，市级部门基本达到要求，各区（县）实现70%的群众和企业到政府申请办理事项“最多跑一次”。"
        let found = DeadlineExtractor.deadlines(in: text, planYear: 2018)
        XCTAssertEqual(found.map(\.raw), ["2018年10月底前", "2018年年底前"])
        XCTAssertEqual(found.map(\.normalized), ["2018-10-31", "2018-12-31"])
    }

    func testYearlessMonthUsesPlanYear() {
        let d = one("加快建设统一的政务咨询投诉举报平台，于10月底前将清理整合情况报市政府政务公开办公室备案。", planYear: 2018)
        XCTAssertEqual(d?.raw, "10月底前")
        XCTAssertEqual(d?.value, .date(year: 2018, month: 10, day: 31))
        XCTAssertEqual(one("9月15日前报送", planYear: 2021)?.value, .date(year: 2021, month: 9, day: 15))
        XCTAssertEqual(one("十月底前完成", planYear: 2021)?.value, .date(year: 2021, month: 10, day: 31))
    }

    func testYearlessMonthWithoutPlanYearIsUnresolved() {
        let d = one("于10月底前报送", planYear: nil)
        XCTAssertEqual(d?.raw, "10月底前")
        XCTAssertEqual(d?.value, .unresolved)
        XCTAssertNil(d?.normalized)
    }

    func testQuartersAndMonthWithFen() {
        let d = one("2021年三季度末前完成")
        XCTAssertEqual(d?.raw, "2021年三季度末前")
        XCTAssertEqual(d?.normalized, "2021-09-30")
        XCTAssertEqual(one("2021年第1季度前")?.normalized, "2021-03-31")
        XCTAssertEqual(one("二季度末前报送", planYear: 2022)?.normalized, "2022-06-30")
        XCTAssertEqual(one("10月份前完成", planYear: 2021)?.raw, "10月份前")
        XCTAssertEqual(one("10月份前完成", planYear: 2021)?.normalized, "2021-10-31")
        none("2021年第一季度工作情况")
    }

    func testYearEndWithoutNumberUsesPlanYear() {
        let d = one("年底前实现政务服务事项全覆盖", planYear: 2021)
        XCTAssertEqual(d?.raw, "年底前")
        XCTAssertEqual(d?.value, .date(year: 2021, month: 12, day: 31))
        XCTAssertEqual(one("力争今年底前完成", planYear: 2021)?.raw, "今年底前")
        XCTAssertEqual(one("本年年底前完成", planYear: nil)?.value, .unresolved)
        XCTAssertEqual(one("年内完成清理", planYear: 2021)?.raw, "年内")
        none("开展年底总结")
        none("上一年度工作要点落实情况")
        let y = one("每年年底前报送")
        XCTAssertEqual(y?.raw, "每年年底前")
        XCTAssertEqual(y?.value, .unresolved)
    }

    // MARK: The year itself as the limit

    func testBareYearWithCompletionVerb() {
        let d = one("推进政府网站部署互联网协议第六版（IPv6），2018年完成门户网站相关改造工作，同时，确保新建的政府网站全面支持互联网协议第六版。", planYear: 2018)
        XCTAssertEqual(d?.raw, "2018年")
        XCTAssertEqual(d?.value, .date(year: 2018, month: 12, day: 31))
        XCTAssertEqual(one("2021年实现一网通办")?.raw, "2021年")
        XCTAssertEqual(one("于2022年全面完成改造")?.raw, "2022年")
        XCTAssertEqual(one("力争2022年基本建成")?.raw, "2022年")
    }

    func testBareYearDescribingPastWorkIsNotALimit() {
        none("公开2020年完成的项目清单")
        none("通报2020年完成情况")
        none("2020年完成率达到95%")
        none("到2025年，基本实现政务公开标准化")
    }

    // MARK: Recurring

    func testMonthlyDay() {
        let d = one("各区（县）、各部门、各单位自2018年7月起，定期于每月30日前向市政务公开领导小组办公室报送工作落实情况", planYear: 2018)
        XCTAssertEqual(d?.raw, "每月30日前")
        XCTAssertEqual(d?.value, .recurring(period: .month, day: 30))
        XCTAssertEqual(d?.normalized, "monthly:30")
        XCTAssertEqual(one("每月 5 号前报送")?.value, .recurring(period: .month, day: 5))
    }

    func testOtherRecurring() {
        XCTAssertEqual(one("每季度末前报送进展")?.raw, "每季度末前")
        XCTAssertEqual(one("每季度末前报送进展")?.value, .unresolved)
        XCTAssertEqual(one("每季度首月10日前报送")?.value, .recurring(period: .quarter, day: 10))
        XCTAssertEqual(one("每周五前报送")?.value, .recurring(period: .week, day: 5))
        let y = one("每年3月底前公布上一年度报告")
        XCTAssertEqual(y?.raw, "每年3月底前")
        XCTAssertEqual(y?.value, .unresolved)
    }

    // MARK: Durations

    func testDurations() {
        let cases: [(String, String, Deadline.Value)] = [
            ("应在完成审批程序后1个工作日内公开变更后的相关信息", "1个工作日内", .duration(amount: 1, unit: .workingDays)),
            ("应当自该政府信息形成或者变更之日起20个工作日内予以公开", "20个工作日内", .duration(amount: 20, unit: .workingDays)),
            ("三个工作日内答复", "三个工作日内", .duration(amount: 3, unit: .workingDays)),
            ("收到申请后15日内", "15日内", .duration(amount: 15, unit: .days)),
            ("7天内完成整改", "7天内", .duration(amount: 7, unit: .days)),
            ("三个月内完成", "三个月内", .duration(amount: 3, unit: .months)),
            ("2周内反馈", "2周内", .duration(amount: 2, unit: .weeks)),
            ("两周以内反馈", "两周以内", .duration(amount: 2, unit: .weeks)),
            ("十五日之内", "十五日之内", .duration(amount: 15, unit: .days)),
            ("１０个工作日内", "１０个工作日内", .duration(amount: 10, unit: .workingDays)),
            ("5 个 工作日 内", "5个工作日内", .duration(amount: 5, unit: .workingDays)),
        ]
        for (text, raw, value) in cases {
            let d = one(text)
            XCTAssertEqual(d?.raw, raw, text)
            XCTAssertEqual(d?.value, value, text)
        }
        XCTAssertEqual(one("对重大舆情24小时内作出回应")?.value, .unresolved)
        XCTAssertEqual(one("20个工作日内")?.normalized, "P20WD")
    }

    // MARK: Not limits

    func testStartDatesAreNotLimits() {
        none("自2018年7月起，定期报送")
        none("2018年7月起实施")
        none("自2021年底起施行")
        none("截至2021年底，已公开规范性文件100件")
        none("2021年10月底以来")
        none("公开2020年底的债务余额")
    }

    func testYearsThatAreNotLimits() {
        none("2021年是中国共产党成立100周年，是“十四五”规划开局之年。")
        none("要对2020年度我区政务公开工作要点落实情况开展“回头看”")
        none("做好健康鄂尔多斯行动（2020年—2030年）等相关工作的信息公开")
        none("《内蒙古自治区国民经济和社会发展第十四个五年规划和2035年远景目标纲要》")
        none("制定二○三五年远景目标")
        none("关于印发乌鲁木齐市2018年政务公开工作要点的通知")
        none("2021年政务公开工作要点")
        none("2021 年高昌区政务公开工作要点")
        none("2021年我区政务公开工作的总体要求是：")
        none("根据国务院办公厅通知（国办发〔2021〕12号）")
    }

    func testFrequenciesAndNumbersAreNotLimits() {
        none("各部门主要负责同志每年至少听取1次政务公开工作汇报")
        none("领导班子定期听取情况汇报，年内不少于一次。")
        none("每年不少于一次，不断提升业务能力")
        none("以优异成绩庆祝中国共产党成立 100 周年！")
        none("有效依托 12345 政务服务便民热线")
        none("政府门户网站全部支持互联网协议第 6 版")
        none("分值权重不低于4%的要求")
        none("涉及 26 个领域基层政务公开标准目录的单位")
        none("公开近三年内的财政信息")
        none("各机关应按周跟进推动")
        none("（联系人：易卫平，联系电话：4689937）")
    }

    func testDatesOfIssueAreNotLimits() {
        none("2018年7月12日")
        none("                               2018年7月12日")
        none("乌鲁木齐市人民政府办公厅                   2018年7月13日印发")
        none("2021 年 7 月 26 日印")
    }

    func testMixedSentenceKeepsOnlyTheLimit() {
        let found = DeadlineExtractor.deadlines(in: "2021年，各部门要在2021年底前对26个领域的标准目录进行更新，每年至少更新1次。", planYear: 2021)
        XCTAssertEqual(found.map(\.raw), ["2021年底前"])
    }
}

