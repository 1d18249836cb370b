import Foundation
import XCTest

@testable import Compare

/// A heading on a line of its own keeps its line break inside its node's text
/// (`NodeFinisher.join`): the clause splits cut there as at a full stop, so no check reads a word
/// or a clause across the heading and the paragraph below it.
final class HeadingLineTests: XCTestCase {
    /// The labelled plans (the kept-back ones are how the rules are measured, not what they are tried on).
    static let plans = ["2018-xinjiang-wulumuqi.txt", "2021-guangdong-zhuhai-gaoxinqu.txt", "2021-xinjiang-tulufan-gaochang-draft.txt"]

    /// Every item of the labelled plans that opens with a short sentence (「（一）做好规划公开。在区政府
    /// 门户网站……」), that sentence moved to a line of its own and its full stop dropped
    /// (「（一）做好规划公开」, the paragraph on the next line), reads alike: the same heading, the same
    /// clauses, units and deadlines, and the check finds the same things of it. Joined with
    /// nothing, the heading and the paragraph's first clause were one clause.
    func testAnOpeningSentenceOnALineOfItsOwnReadsAlike() throws {
        let pipeline = Pipeline(taxonomyFolder: Fixtures.taxonomyFolder)
        var moved = 0
        for name in Self.plans {
            let lines = try Fixtures.text(name).components(separatedBy: "\n")
            let before = try pipeline.check(try Fixtures.parse(lines.joined(separator: "\n"), name: name))
            for item in before.plan.items {
                // Not an item numbered 「1.」: the reflow joins such a line to the next when it
                // ends with no mark (`Reflow`: items are sentences, a line cut short is no heading).
                guard item.node.lines.count == 1, let heading = item.node.heading,
                      let number = item.node.numbering?.raw, let lead = number.unicodeScalars.first,
                      MatchText.kept(lead.value).map({ !(0x30...0x39).contains($0) }) ?? true else { continue }
                let line = lines[item.node.lines.lowerBound - 1]
                // The line as the item's text spells it: its number, the heading, a full stop, more.
                guard let stop = line.range(of: number + heading + "。"), stop.upperBound < line.endIndex else { continue }
                let rest = String(line[stop.upperBound...])
                var changed = lines
                changed[item.node.lines.lowerBound - 1] = String(line[..<line.index(before: stop.upperBound)])
                changed.insert(rest, at: item.node.lines.lowerBound)
                let after = try pipeline.check(try Fixtures.parse(changed.joined(separator: "\n"), name: name))
                guard let same = after.plan.items.first(where: { $0.path == item.path }) else {
                    XCTFail("\(name) \(item.path): no item after its heading was moved")
                    continue
                }
                moved += 1
                XCTAssertEqual(same.node.heading, heading, "\(name) \(item.path)")
                XCTAssertEqual(TextDiff.clauses(same.node.text), TextDiff.clauses(item.node.text), "\(name) \(item.path)")
                XCTAssertEqual(same.node.units.lead, item.node.units.lead, "\(name) \(item.path)")
                XCTAssertEqual(same.node.units.responsible, item.node.units.responsible, "\(name) \(item.path)")
                XCTAssertEqual(same.node.deadlines, item.node.deadlines, "\(name) \(item.path)")
                XCTAssertEqual(Self.found(after.result, at: item.path), Self.found(before.result, at: item.path), "\(name) \(item.path)")
            }
        }
        print("items whose opening sentence was moved to a line of its own, in place: \(moved)")
        XCTAssertGreaterThan(moved, 3)
    }

    /// Every item of the labelled plans, whatever its numbering, written as a section of a plan of
    /// its own with its first clause on the section's line and that clause's mark dropped
    /// (「（一）做好规划公开」, the rest on the next line), reads as the item did: that clause is the
    /// heading, and the clauses are the item's. Only a first clause of words alone, no longer than a
    /// heading: the reflow joins a line with a mark in it (「、」) or a longer one to the next, as a
    /// sentence broken across lines (`Reflow`).
    func testEveryFirstClauseAsASectionLineReadsAlike() throws {
        var written = 0
        for name in Self.plans {
            let plan = try Fixtures.plan(name)
            let year = plan.metadata.year ?? 2021
            for item in plan.items {
                let scalars = Array(item.node.text.unicodeScalars)
                guard let cut = scalars.firstIndex(where: { TextDiff.clauseEnds.contains(value: $0.value) }),
                      cut > 0, cut <= NodeFinisher.longestHeading, scalars[cut] == "。" || scalars[cut] == "，",
                      cut + 1 < scalars.count,
                      scalars[..<cut].allSatisfy({ MatchText.kept($0.value) != nil }) else { continue }
                let head = ScalarText.string(scalars[..<cut]), rest = ScalarText.string(scalars[(cut + 1)...])
                let read = try Fixtures.parse("\(year)年政务公开工作要点\n（一）\(head)\n\(rest)\n", name: name)
                guard let same = read.items.first(where: { $0.node.lines.contains(2) }) else {
                    XCTFail("\(name) \(item.path): no item at the section's line")
                    continue
                }
                written += 1
                XCTAssertEqual(same.node.heading, head, "\(name) \(item.path)")
                XCTAssertEqual(TextDiff.clauses(same.node.text), TextDiff.clauses(item.node.text), "\(name) \(item.path)")
            }
        }
        print("items whose first clause was written as a section's line: \(written)")
        XCTAssertGreaterThan(written, 50)
    }

    /// The kept line break shows nowhere as marks or in names: a review of a plan against itself
    /// with each section's opening sentence moved to a line of its own writes no 「** **」 or
    /// 「~~ ~~」, and a reference built from that plan names no requirement with a line break or
    /// white space at its ends. A review found both.
    func testTheLineBreakShowsAsNoMarkAndInNoName() throws {
        let old = """
            某区2021年政务公开工作要点
            一、深化重点领域信息公开
            （一）做好规划公开。全面梳理各类规划，及时公开规划和计划信息，做好历史规划的归集整理。
            （二）做好财政信息公开。稳步扩大预决算公开范围，推进部门预算决算公开。
            """
        // A word changed too (及时 → 主动), so that the items are changed and their diffs shown.
        let new = old.replacingOccurrences(of: "公开。全面", with: "公开\n全面").replacingOccurrences(of: "公开。稳步", with: "公开\n稳步")
            .replacingOccurrences(of: "及时公开", with: "主动公开")
        let pipeline = Pipeline(taxonomyFolder: Fixtures.taxonomyFolder)
        let a = try pipeline.align(try Fixtures.parse(old, name: "old.txt")), b = try pipeline.align(try Fixtures.parse(new, name: "new.txt"))
        let review = try pipeline.review(old: a, new: b)
        XCTAssertFalse(review.entries.changed.isEmpty, "a word changed")
        for language in [ReportLanguage.en, .zh] {
            let md = ReviewMarkdown.render(review, language: language)
            XCTAssertFalse(md.contains("** **") || md.contains("~~ ~~") || md.contains("**\n") || md.contains("~~\n"), md)
        }
        let reference = try ReferenceBuilder.build(from: try Fixtures.parse(new, name: "new.txt"), path: "new.txt")
        for (_, r) in reference.requirements {
            XCTAssertFalse(r.name.contains("\n") || r.summary.contains("\n"), r.name)
            XCTAssertEqual(r.name, r.name.trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }

    /// The byte test of a diff segment's white space answers as the scalars do, for every scalar
    /// alone, after a space, and before one.
    func testTheBlankTestAgreesWithTheScalarsOnEveryScalar() {
        for v in UInt32(0)...0x2_FFFF {
            guard let u = Unicode.Scalar(v) else { continue }
            for text in [String(u), " " + String(u), String(u) + " ", String(u) + "\n"] {
                XCTAssertEqual(CheckMarkdown.isBlank(text), text.unicodeScalars.allSatisfy(\.properties.isWhitespace), "U+\(String(v, radix: 16))")
            }
        }
        XCTAssertTrue(CheckMarkdown.isBlank(""))
    }

    /// What the check found of one item: each finding's kind, requirement and missing words.
    static func found(_ result: CheckResult, at path: ItemPath) -> [String] {
        result.findings.filter { $0.path == path }
            .map { "\($0.kind) \($0.requirement?.rawValue ?? "-") \($0.missing) gap=\($0.gap)" }.sorted()
    }

    /// A node's heading is a prefix of its text as `hasPrefix` reads one exactly when its bytes are
    /// (`Plan.saysMoreThanHeading` asks the bytes): every node of the corpus plans, and the heading
    /// of random texts of ideographs, stops, commas, combining marks and a compatibility ideograph.
    func testAHeadingIsAPrefixByBytesExactlyAsByCharacters() throws {
        var headings = 0
        func same(_ text: String, _ heading: String) {
            headings += 1
            XCTAssertEqual(text.utf8.starts(with: heading.utf8), text.hasPrefix(heading), "\(text) | \(heading)")
        }
        for name in Fixtures.planNames {
            func walk(_ n: Node) {
                if let h = n.heading {
                    same(n.text, h)
                    // The function itself against its reading by `hasPrefix`.
                    let rest = n.text.utf8.count > h.utf8.count && n.text.hasPrefix(h) ? String(n.text.utf8.dropFirst(h.utf8.count)) ?? "" : ""
                    XCTAssertEqual(Plan.saysMoreThanHeading(n), MatchText(rest).count > 0, n.text)
                }
                n.children.forEach(walk)
            }
            try Fixtures.plan(name).nodes.forEach(walk)
        }
        let alphabet = ["政", "务", "公开", "。", "；", "，", "\u{301}", "\u{F9D1}", "a", " ", "\n"]
        var random = SeededRandom(seed: 71)
        for _ in 0..<20_000 {
            let text = random.text(from: alphabet, maxLength: 30)
            if let h = NodeFinisher.heading(of: Array(text.unicodeScalars), text: text) { same(text, h) }
        }
        XCTAssertGreaterThan(headings, 2_000)
    }
}
