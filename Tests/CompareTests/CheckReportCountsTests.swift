import Foundation
import XCTest

@testable import Compare

/// What a reader of a check report counts must add up to what the report says, on every corpus
/// plan, in both languages: the differences to fix against the numbered entries, and a missing
/// section's status beside the items aligned to it.
final class CheckReportCountsTests: XCTestCase {
    static let checked: [CheckedPlan] = {
        let pipeline = Pipeline(taxonomyFolder: Fixtures.taxonomyFolder)
        return Fixtures.planNames.compactMap { name in try? pipeline.check(Fixtures.plan(name)) }
    }()

    /// 「需修改或说明的差异：N处」 is the number of entries marked 需修改或说明, an entry for the
    /// items naming no unit counting each item, as its heading says.
    func testDifferencesToFixAddUpToTheEntries() throws {
        XCTAssertEqual(Self.checked.count, Fixtures.planNames.count)
        var grouped = 0
        for c in Self.checked {
            let zh = CheckMarkdown.render(c.result, reference: c.reference, language: .zh)
            let stated = try XCTUnwrap(Self.number(in: zh, after: "- 需修改或说明的差异：", before: "处"), c.plan.name)
            var entries = 0
            for line in zh.split(separator: "\n") where line.hasPrefix("### ") && line.contains("（需修改或说明）") {
                if let n = Self.number(in: String(line), after: "：", before: "个条目") {
                    XCTAssertEqual(line.hasSuffix("，每个条目计1处差异"), n > 1, "\(c.plan.name): \(line)")
                    if n > 1 { grouped += 1 }
                    entries += n
                } else {
                    entries += 1
                }
            }
            XCTAssertEqual(entries, stated, c.plan.name)
            XCTAssertEqual(stated, c.result.divergencesToFixCount, c.plan.name)
            let en = CheckMarkdown.render(c.result, reference: c.reference, language: .en)
            for line in en.split(separator: "\n") where line.hasPrefix("### ") && line.contains(" items") {
                XCTAssertTrue(line.hasSuffix(", each counted as one difference"), "\(c.plan.name): \(line)")
            }
        }
        XCTAssertGreaterThan(grouped, 0, "some plan has several items naming no unit")
    }

    /// Every section's row: 缺项 alone where no item is aligned to it, and said to be 缺项 though
    /// items are aligned to it where they carry out none of its requirements.
    func testAMissingSectionBesideItemsSaysSo() {
        var beside = 0, alone = 0
        let w = CheckWords.of(.zh)
        for c in Self.checked {
            let zh = CheckMarkdown.render(c.result, reference: c.reference, language: .zh)
            for s in c.result.coverage where s.status == .missing {
                let row = zh.split(separator: "\n").first { $0.hasPrefix("| \(s.section.rawValue) |") }.map(String.init) ?? ""
                if s.items.isEmpty {
                    alone += 1
                    XCTAssertTrue(row.contains("| 缺项 |"), row)
                } else {
                    beside += 1
                    XCTAssertTrue(row.contains("| \(w.missingBesideItems) |"), row)
                }
            }
        }
        XCTAssertGreaterThan(beside, 0)
        XCTAssertGreaterThan(alone, 0)
    }

    /// The heatmap's cell titles name a topic by its title only (its id is an English word), and a
    /// section by its id and title, in both languages.
    func testHeatmapTitlesNameTopicsByTheirTitles() throws {
        let comparison = CrossComparison.run(checked: Self.checked.map(\.comparable), taxonomy: Fixtures.taxonomy)
        XCTAssertEqual(comparison.rows, .topics)
        for language in [ReportLanguage.zh, .en] {
            let html = ComparisonHTML.render(comparison, language: language)
            let titles = html.components(separatedBy: "<title>").dropFirst().compactMap { $0.components(separatedBy: "</title>").first }
            XCTAssertGreaterThan(titles.count, comparison.matrix.count)
            for row in comparison.matrix {
                XCTAssertFalse(titles.contains { $0.contains(" · \(row.id) ") }, "\(language) \(row.id)")
                XCTAssertTrue(titles.contains { $0.contains(" · \(row.title): ") }, "\(language) \(row.title)")
            }
        }
        let sections = CrossComparison.run(checked: Self.checked.filter { $0.reference.year == 2021 }.map(\.comparable), taxonomy: Fixtures.taxonomy)
        XCTAssertEqual(sections.rows, .sections)
        let html = ComparisonHTML.render(sections, language: .zh)
        for row in sections.matrix {
            XCTAssertTrue(html.contains(" · \(row.id) \(row.title): "), row.id)
        }
    }

    /// A list's members, or a clause of the wording, left out of a requirement no item carries out
    /// are that gap's evidence, not a difference or a note besides: on every corpus plan, and on
    /// every labelled plan with each of its items deleted in turn (which leaves requirements not
    /// carried out), every such finding is gap evidence exactly when its requirement is not carried
    /// out, and the count of differences to fix leaves it out.
    func testOmissionsOfARequirementNotCarriedOutAreItsGapsEvidence() throws {
        let pipeline = Pipeline(taxonomyFolder: Fixtures.taxonomyFolder)
        var asGap = 0, asDifference = 0, clausesAsGap = 0
        // Every corpus plan as it is, and the labelled ones with each item deleted in turn.
        for name in Fixtures.planNames {
            let lines = try Fixtures.text(name).components(separatedBy: "\n")
            let items = try Fixtures.plan(name).items
            var variants = [lines]
            for item in items where ParentItemTests.plans.contains(name) && item.node.lines.upperBound <= lines.count {
                var changed = lines
                changed.removeSubrange((item.node.lines.lowerBound - 1)..<item.node.lines.upperBound)
                variants.append(changed)
            }
            for variant in variants {
                let r = try pipeline.check(try Fixtures.parse(variant.joined(separator: "\n"), name: name)).result
                var open: Set<[String]> = []
                for s in r.coverage {
                    for q in s.requirements where !q.isCovered { open.insert([s.section.rawValue, q.requirement.rawValue]) }
                }
                for f in r.findings where f.kind == .listOmission {
                    guard let section = f.section, let requirement = f.requirement else { continue }
                    let notCarriedOut = open.contains([section.rawValue, requirement.rawValue])
                    XCTAssertEqual(f.gap, notCarriedOut, "\(name) \(requirement) \(f.path)")
                    if notCarriedOut { asGap += 1 } else { asDifference += 1 }
                }
                // The clause check's findings (a clause or a sentence of the wording left out) too;
                // and none names again a clause the gap's wording evidence names.
                for f in r.findings {
                    guard let section = f.section, let requirement = f.requirement else { continue }
                    let notCarriedOut = open.contains([section.rawValue, requirement.rawValue])
                    switch f.message {
                    case .clausesLeftOut, .sentenceLeftOut, .listSentenceLeftOut:
                        XCTAssertEqual(f.gap, notCarriedOut, "\(name) \(requirement) \(f.path)")
                        if notCarriedOut {
                            clausesAsGap += 1
                            let named = Set(r.findings.filter { g in
                                if case .wordingSaidNowhere = g.message { return g.requirement == requirement }
                                return false
                            }.flatMap(\.missing))
                            XCTAssertFalse(!named.isEmpty && f.missing.allSatisfy(named.contains), "\(name) \(requirement): named twice")
                        }
                    default: break
                    }
                    // No clause finding of a gap (its wording said nowhere included) says again a
                    // list the gap's list evidence names: some clause it names holds fewer than
                    // two, or fewer than half, of each such list's members.
                    switch f.message {
                    case .clausesLeftOut, .sentenceLeftOut, .listSentenceLeftOut, .wordingSaidNowhere:
                        guard f.gap else { break }
                        for list in r.findings where list.gap && list.kind == .listOmission && list.requirement == requirement {
                            let members = list.missing.map(MatchText.init)
                            XCTAssertFalse(f.missing.allSatisfy { c in let held = members.count { MatchText(c).contains($0) }; return held >= 2 && held * 2 >= members.count },
                                           "\(name) \(requirement): the list named again in \(f.missing)")
                        }
                    default: break
                    }
                }
                XCTAssertEqual(r.divergencesToFixCount, r.findings.count { $0.severity == .warning && !$0.gap })
                XCTAssertFalse(r.divergencesToFix.contains { $0.kind == .listOmission && $0.gap })
                // A gap's evidence is no note either, whatever its severity.
                XCTAssertEqual(r.notesCount, r.findings.count { $0.severity == .info && !$0.gap })
                XCTAssertFalse(r.notes.contains(where: \.gap))
            }
        }
        print("list omissions: \(asGap) as a gap's evidence, \(asDifference) as differences; clauses left out as a gap's evidence: \(clausesAsGap)")
        XCTAssertGreaterThan(asGap, 0)
        XCTAssertGreaterThan(asDifference, 0)
        // Not asserted, as no case is left to count: no variant keeps a clause finding on a
        // requirement not carried out once the gap's wording evidence names its clauses (康巴什's
        // 2021-3-3b did, and the twice-named check above fails if the filter is taken out), and none
        // has a gap's evidence of `info` severity, so the marking of the clause check's findings and
        // the notes' leaving them out are held by these assertions only where such a case arises.
    }

    /// The web page shows each gap's evidence under its requirement, as the Markdown report does:
    /// a finding marked `gap` is in neither of the page's lists of findings.
    func testTheWebPageShowsEachGapsEvidence() {
        var shown = 0
        for c in Self.checked {
            for language in [ReportLanguage.zh, .en] {
                let w = CheckWords.of(language)
                let html = CheckHTML.render(c.result, reference: c.reference, language: language)
                for f in c.result.findings where f.gap && !f.missing.isEmpty {
                    let said = (f.kind == .listOmission ? w.membersNotWritten : w.saidNowhere) + f.missing.joined(separator: "、")
                    XCTAssertTrue(html.contains(HTMLText.escape(said)), "\(c.plan.name) \(f.requirement?.rawValue ?? "")")
                    shown += 1
                }
            }
        }
        XCTAssertGreaterThan(shown, 0)
    }

    /// A section's own unit with items under it is not told it names no unit: plans name the units
    /// of such a section under its items. Each section of the labelled plans with items under it
    /// given a duty after its heading becomes a unit and gets no unit finding; its items are
    /// checked as before.
    func testASectionsOwnUnitAboveItsItemsNeedsNoUnitOfItsOwn() throws {
        let pipeline = Pipeline(taxonomyFolder: Fixtures.taxonomyFolder)
        var units = 0
        for name in ParentItemTests.plans {
            let text = try Fixtures.text(name)
            let lines = text.components(separatedBy: "\n")
            let plan = try Fixtures.plan(name)
            var parents: [Node] = []
            func walk(_ n: Node) {
                if n.kind == .section && !n.children.isEmpty { parents.append(n) }
                n.children.forEach(walk)
            }
            plan.nodes.forEach(walk)
            let before = Set(try pipeline.check(plan).result.findings.filter { $0.kind == .unitMissing }.map(\.path))
            for node in parents where node.lines.upperBound <= lines.count {
                var changed = lines
                changed.insert("统筹推进本条各项工作，确保按时保质完成。", at: node.lines.upperBound)
                let after = try pipeline.check(try Fixtures.parse(changed.joined(separator: "\n"), name: name))
                guard let unit = after.plan.items.first(where: { $0.node.lines.lowerBound == node.lines.lowerBound && $0.node.text.hasSuffix("确保按时保质完成。") }) else { continue }
                units += 1
                let missing = Set(after.result.findings.filter { $0.kind == .unitMissing }.map(\.path))
                XCTAssertFalse(missing.contains(unit.path), "\(name) \(unit.path)")
                XCTAssertEqual(missing.subtracting([unit.path]), before, "\(name) \(unit.path): the other items as before")
            }
        }
        XCTAssertGreaterThan(units, 10)
    }

    /// A section whose number the plan repeats has a path of its own (「一、/（一）#2」) that the
    /// paths of the items under it (「一、/（一）/1.#2」) do not start with: its own unit still
    /// needs no unit of its own, written with either number, while an item naming none is told so.
    func testASectionWhoseNumberRepeatsNeedsNoUnitOfItsOwn() throws {
        let pipeline = Pipeline(taxonomyFolder: Fixtures.taxonomyFolder)
        for second in ["（一）", "（二）"] {
            let text = """
                2021年某区政务公开工作要点
                一、深化重点领域信息公开
                （一）做好规划公开。全面梳理各类规划，及时公开规划信息。（牵头单位：区发改委）
                1. 公开本区国土空间规划。（牵头单位：区发改委）
                2. 公开本区专项规划。（牵头单位：区发改委）
                \(second)做好财政信息公开。按要求公开预算决算信息。
                1. 公开部门预算。（牵头单位：区财政局）
                2. 公开部门决算。
                二、加强政策解读
                （一）做好政策解读。推动政策解读与政策文件同步起草。（牵头单位：区司法局）
                1. 解读重要政策。（牵头单位：区司法局）
                """
            let checked = try pipeline.check(try Fixtures.parse(text, name: "repeat.txt"))
            let path = second == "（一）" ? "一、/（一）#2" : "一、/（二）"
            let unit = try XCTUnwrap(checked.plan.items.first { $0.path.rawValue == path }, "\(checked.plan.items.map(\.path))")
            XCTAssertTrue(unit.headsItems)
            let missing = checked.result.findings.filter { $0.kind == .unitMissing }.map(\.path.rawValue)
            XCTAssertEqual(missing, [second == "（一）" ? "一、/（一）/2.#2" : "一、/（二）/2."], second)
        }
    }

    /// A word said to be missing is named as the wording quoted beside it spells it, where that
    /// wording spells it at all: every such finding of every corpus plan, each of its words one of
    /// its element's spellings.
    func testAMissingWordIsSpeltAsItsQuotedWordingSpellsIt() throws {
        var spelt = 0
        for c in Self.checked {
            for f in c.result.findings {
                guard case .wordsSaidNowhere = f.message, let id = f.requirement,
                      let r = c.reference.requirement(id: id) else { continue }
                for word in f.missing {
                    let e = try XCTUnwrap(r.elements.first { $0.spellings.contains(word) }, "\(c.plan.name) \(id) \(word)")
                    guard e.spellings.contains(where: { ScalarText.contains(f.reference, word: $0) }) else { continue }
                    XCTAssertTrue(ScalarText.contains(f.reference, word: word), "\(c.plan.name) \(id): \(word) beside 「\(f.reference)」")
                    if word != e.name { spelt += 1 }
                }
            }
        }
        XCTAssertGreaterThan(spelt, 0, "some word is named by a spelling other than its first")
    }

    static func number(in text: String, after: String, before: String) -> Int? {
        guard let a = text.range(of: after), let b = text.range(of: before, range: a.upperBound..<text.endIndex) else { return nil }
        return Int(text[a.upperBound..<b.lowerBound])
    }
}
