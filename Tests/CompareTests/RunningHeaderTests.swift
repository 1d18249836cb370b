import XCTest

@testable import Compare

/// A page header or footer repeated through a text converted from a print (the issuer, the plan's
/// title): the plan reads as without it, wherever the page breaks fell, a sentence's wrap included.
final class RunningHeaderTests: XCTestCase {
    static let headers = ["某县人民政府办公室文件", "某县2021年政务公开工作要点", "内部资料　注意保存", "XX县政务公开领导小组办公室"]

    /// `text` with `header` after every `every` lines, from that line on.
    static func paged(_ text: String, header: String, every: Int) -> String {
        var out: [String] = []
        for (k, line) in text.components(separatedBy: "\n").enumerated() {
            out.append(line)
            if (k + 1) % every == 0 { out.append(header) }
        }
        return out.joined(separator: "\n")
    }

    /// Every corpus plan, each header, a page every 12 and every 20 lines: the same metadata and items.
    func testARepeatedPageHeaderChangesNothing() throws {
        var pages = 0
        for name in Fixtures.planNames {
            let text = try Fixtures.text(name)
            let plan = try Fixtures.parse(text, name: name)
            for header in Self.headers {
                for every in [12, 20] where text.components(separatedBy: "\n").count >= 3 * every {
                    pages += 1
                    let variant = try Fixtures.parse(Self.paged(text, header: header, every: every), name: name)
                    let label = "\(name) \(header) every \(every)"
                    XCTAssertEqual(variant.metadata, plan.metadata, label)
                    assertReadsAlike(variant, plan, label, metadata: false)
                }
            }
        }
        XCTAssertGreaterThanOrEqual(pages, Fixtures.planNames.count * Self.headers.count)
    }

    static func lines(_ texts: [String]) -> [SourceLine] {
        texts.enumerated().map { SourceLine(text: $1, line: $0 + 1) }
    }

    /// What repeats and stays: a unit's name a few lines apart (a table typed a cell a line), unit
    /// lines, sentences, numbered lines, a line written twice; the first of a running header.
    func testWhatRepeatsAndStays() {
        var texts: [String] = []
        for k in 0..<40 {
            texts.append(k % 3 == 0 ? "县发改局" : k % 3 == 1 ? "做好规划公开工作。" : "县财政局负责")
        }
        XCTAssertEqual(RunningHeader.removed(Self.lines(texts)), Self.lines(texts))
        var spaced: [String] = []
        for k in 0..<60 {
            spaced.append(k % 15 == 0 ? "1.做好规划公开" : k % 15 == 5 ? "责任单位：县发改局" : k % 15 == 10 ? "县政务公开办公室" : "第\(k)行的任务。")
        }
        let kept = RunningHeader.removed(Self.lines(spaced + ["某县政府", "任务。", "某县政府"]))
        // 县政务公开办公室 is on lines 11, 26, 41, 56: all go.
        XCTAssertEqual(kept.filter { $0.text == "县政务公开办公室" }.map(\.line), [])
        XCTAssertEqual(kept.count, spaced.count + 3 - 4)
        // The plan's title on its first line, repeated as the pages' header: the first stays.
        let title = "某县2021年政务公开工作要点"
        let titled = RunningHeader.removed(Self.lines([title] + spaced[0..<20] + [title] + spaced[20..<40] + [title] + spaced[40...]))
        XCTAssertEqual(titled.filter { $0.text == title }.map(\.line), [1])
    }

    /// Time limits written alone under task after task, pages apart, are no header.
    func testRepeatedTimeLimitsStay() {
        var texts: [String] = []
        for k in 0..<7 { texts += ["\(k + 1).做好规划公开工作", "县司法局", ["2021年12月底前", "持续推进", "长期坚持", "2021年底前"][k % 4]] + Array(repeating: "第\(k)段的说明文字。", count: 9) }
        XCTAssertEqual(RunningHeader.removed(Self.lines(texts)).count, texts.count - 0)
    }
}
