import Foundation
import XCTest

@testable import Compare

/// Plans changed in ways whose effect is known, for every case a rule covers rather than chosen
/// examples: each corpus plan is the reference (compiled from its own text, as `--reference FILE`
/// compiles any upper-level plan), and a copy with one edit is checked against it. Whatever the
/// check reports beyond the unchanged plan's findings is what the edit caused.
final class ChangedPlanTests: XCTestCase {
    let lexicon: ObligationLexicon = {
        do { return try ObligationLexicon.load(directory: Fixtures.taxonomyFolder) } catch { fatalError("\(error)") }
    }()

    struct Case {
        var plan: String
        var edit: String
        var text: String
    }

    /// The findings of `text` checked against `reference`, less those of the unchanged plan (by
    /// kind, requirement and missing words), and less unit findings (an edit moves no unit).
    static func caused(_ text: String, name: String, reference: CheckReference, baseline: [Finding]) throws -> [Finding] {
        let plan = try Fixtures.parse(text, name: name)
        let result = DraftCheck.run(Aligner().align(plan, to: reference.index), against: reference)
        let before = Set(baseline.map { [$0.kind.rawValue, $0.requirement?.rawValue ?? "", $0.missing.joined(separator: "、")] })
        return result.findings.filter { $0.kind != .unitMissing && !before.contains([$0.kind.rawValue, $0.requirement?.rawValue ?? "", $0.missing.joined(separator: "、")]) }
    }

    /// `caused` for many edited texts at once, on every core (each check is independent), in order.
    func causedAll(_ texts: [String], name: String, reference: CheckReference, baseline: [Finding]) -> [[Finding]] {
        final class Slots: @unchecked Sendable {
            var values: [[Finding]]
            let lock = NSLock()
            init(_ n: Int) { values = Array(repeating: [], count: n) }
        }
        let slots = Slots(texts.count)
        DispatchQueue.concurrentPerform(iterations: texts.count) { k in
            let found = (try? Self.caused(texts[k], name: name, reference: reference, baseline: baseline)) ?? []
            slots.lock.lock()
            slots.values[k] = found
            slots.lock.unlock()
        }
        return slots.values
    }

    func prepared(_ name: String) throws -> (text: String, reference: CheckReference, baseline: [Finding]) {
        let text = try Fixtures.text(name)
        let reference = CheckReference(index: ReferenceIndex(try ReferenceBuilder.build(from: try Fixtures.parse(text, name: name), path: name)), lexicon: lexicon)
        let plan = try Fixtures.parse(text, name: name)
        let baseline = DraftCheck.run(Aligner().align(plan, to: reference.index), against: reference).findings
        return (text, reference, baseline)
    }

    /// Prints how many cases the check reported as expected, with the first misses, and requires
    /// enough cases and every one of them found.
    func report(_ what: String, found: Int, of cases: Int, as expected: String, misses: [String], atLeast minimum: Int, file: StaticString = #filePath, line: UInt = #line) {
        print("\(what): \(found) of \(cases) reported as \(expected)")
        misses.prefix(20).forEach { print("  missed: \($0)") }
        XCTAssertGreaterThan(cases, minimum, file: file, line: line)
        XCTAssertEqual(found, cases, misses.prefix(5).joined(separator: "\n"), file: file, line: line)
    }

    static func occurrences(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    /// `text` with the one place that writes `member` as a member of a 、-list (、m, m、, 和m, 及m)
    /// cut out of it, or nil when there is no such single place.
    static func dropping(_ member: String, from text: String) -> String? {
        for pattern in ["、" + member, member + "、", "和" + member, "及" + member] where occurrences(pattern, in: text) == 1 {
            return text.replacingOccurrences(of: pattern, with: "")
        }
        return nil
    }

    func testDroppingAnyMemberOfAnyEnumerationIsAListOmission() throws {
        var cases = 0, found = 0, exact = 0, skipped = 0
        var misses: [String] = [], extras: [String] = []
        for name in Fixtures.planNames {
            let (text, reference, baseline) = try prepared(name)
            var seen = Set<[String]>()
            var edits: [(member: String, list: [String], text: String)] = []
            for (_, r) in reference.index.reference.requirements {
                for list in r.compiled where seen.insert(list.members).inserted {
                    for m in list.members {
                        // A member said twice in the plan stays said when one place drops it.
                        guard MatchText(m).count >= 2, Self.occurrences(m, in: text) == 1, let edited = Self.dropping(m, from: text) else {
                            skipped += 1
                            continue
                        }
                        edits.append((m, list.members, edited))
                    }
                }
            }
            let results = causedAll(edits.map(\.text), name: name, reference: reference, baseline: baseline)
            for (edit, new) in zip(edits, results) {
                cases += 1
                let hit = new.contains { $0.kind == .listOmission && Scorer.overlaps(edit.member, $0.missing) }
                if hit { found += 1 } else { misses.append("\(name): \(edit.member) of \(edit.list.joined(separator: "、")) → \(new.map(\.kind.rawValue))") }
                if hit && new.count == 1 { exact += 1 } else if hit { extras.append("\(name): \(edit.member) → \(new.map { "\($0.kind.rawValue) \($0.missing)" })") }
            }
        }
        extras.forEach { print("  more than the omission: \($0)") }
        report("member dropped", found: found, of: cases, as: "list-omission, \(exact) with nothing else (\(skipped) members said more than once or not in a list form)", misses: misses, atLeast: 100)
        // Checked against the plan it was made from, the edited plan differs by exactly that edit.
        XCTAssertEqual(exact, cases, extras.prefix(5).joined(separator: "\n"))
    }

    func testMovingAnyTimeLimitPastThePlansYearIsAWarning() throws {
        var cases = 0, found = 0
        var misses: [String] = []
        for name in Fixtures.planNames {
            let (text, reference, baseline) = try prepared(name)
            let plan = try Fixtures.parse(text, name: name)
            guard let year = plan.metadata.year else { continue }
            let lines = text.components(separatedBy: "\n")
            for item in plan.items {
                for d in item.node.deadlines {
                    guard case let .date(y, _, _) = d.value, y == year, d.raw.hasPrefix(String(year)) else { continue }
                    // The item's own lines, where it writes this time limit once.
                    let range = (item.node.lines.lowerBound - 1)..<min(lines.count, item.node.lines.upperBound)
                    let own = lines[range].joined(separator: "\n")
                    guard Self.occurrences(d.raw, in: own) == 1 else { continue }
                    let moved = String(year + 1) + d.raw.dropFirst(4)
                    var edited = lines
                    edited.replaceSubrange(range, with: own.replacingOccurrences(of: d.raw, with: moved).components(separatedBy: "\n"))
                    cases += 1
                    let new = try Self.caused(edited.joined(separator: "\n"), name: name, reference: reference, baseline: baseline)
                    if new.contains(where: { $0.kind == .deadlineChange && $0.severity == .warning && $0.added.contains(moved) }) {
                        found += 1
                    } else {
                        misses.append("\(name) line \(item.line): \(d.raw) → \(moved): \(new.map { "\($0.kind.rawValue) \($0.added)" })")
                    }
                }
            }
        }
        report("time limit moved past the plan's year", found: found, of: cases, as: "a deadline-change warning", misses: misses, atLeast: 10)
    }

    func testReplacingTheEndOfAnyLongMemberIsAScopeChange() throws {
        var cases = 0, found = 0
        var misses: [String] = []
        for name in Fixtures.planNames {
            let (text, reference, baseline) = try prepared(name)
            var seen = Set<[String]>()
            var edits: [(member: String, other: String)] = []
            for (_, r) in reference.index.reference.requirements {
                for list in r.compiled where seen.insert(list.members).inserted {
                    for m in list.members where m.count >= 5 && MatchText(m).count == m.count && Self.occurrences(m, in: text) == 1 {
                        // The stem kept, the last two characters another place (创新型国家 → 创新型城市).
                        let other = String(m.dropLast(2)) + (m.hasSuffix("本区") ? "全市" : "本区")
                        if Self.occurrences(other, in: text) == 0 { edits.append((m, other)) }
                    }
                }
            }
            let results = causedAll(edits.map { text.replacingOccurrences(of: $0.member, with: $0.other) }, name: name, reference: reference, baseline: baseline)
            for (edit, new) in zip(edits, results) {
                cases += 1
                if new.contains(where: { $0.kind == .scopeChange && $0.missing == [edit.member] && $0.added == [edit.other] }) {
                    found += 1
                } else {
                    misses.append("\(name): \(edit.member) → \(edit.other): \(new.map { "\($0.kind.rawValue) \($0.missing) \($0.added)" })")
                }
            }
        }
        report("member's end replaced", found: found, of: cases, as: "scope-change", misses: misses, atLeast: 20)
    }

    /// The same against the bundled key points, as the product checks a plan: for every list member
    /// of the plan's year (the curated `list` lines and the enumerations of the wording) that the
    /// plan copies (one clause writes half the list or more) and writes once, and that the unchanged
    /// check does not already miss.
    func testDroppingAMemberOfANationalEnumerationAPlanCopiesIsAListOmission() throws {
        var cases = 0, found = 0
        var misses: [String] = []
        for name in Fixtures.planNames {
            let text = try Fixtures.text(name)
            let plan = try Fixtures.parse(text, name: name)
            let reference = CheckReference(index: ReferenceIndex(try Fixtures.taxonomy.reference(forPlanYear: plan.metadata.year)), lexicon: lexicon)
            let baseline = DraftCheck.run(Aligner().align(plan, to: reference.index), against: reference).findings
            let missed = Set(baseline.flatMap(\.missing))
            let clauses = TextDiff.clauses(text)
            var seen = Set<String>()
            for (_, r) in reference.index.reference.requirements {
                let lists = r.lists.map { $0.map { ListCheck.spellings($0)[0] } } + r.compiled.map(\.members)
                for list in lists {
                    for m in list where seen.insert(m).inserted && !missed.contains(m) && MatchText(m).count >= 2 {
                    guard Self.occurrences(m, in: text) == 1, let edited = Self.dropping(m, from: text) else { continue }
                    // The plan copies the enumeration: the clause writing m writes half its members.
                    guard let clause = clauses.first(where: { $0.contains(m) }) else { continue }
                    let copied = list.filter { clause.contains($0) }.count
                    guard copied >= 2, copied * 2 >= list.count else { continue }
                    cases += 1
                    let new = try Self.caused(edited, name: name, reference: reference, baseline: baseline)
                    // An omission; or, where the plan's own members now stand for most of the list,
                    // the replacement that says so (a scope-change naming the member among the missing).
                    if new.contains(where: { ($0.kind == .listOmission || $0.kind == .scopeChange && $0.missing.count * 2 > list.count) && Scorer.overlaps(m, $0.missing) }) {
                        found += 1
                    } else {
                        misses.append("\(name): \(m) (\(r.id)) → \(new.map { "\($0.kind.rawValue) \($0.missing)" })")
                    }
                    }
                }
            }
        }
        report("national member dropped", found: found, of: cases, as: "list-omission (or as the replacement of most of its list)", misses: misses, atLeast: 30)
    }

    /// A copied enumeration moved into an item of another section is still compared there.
    func testAnEnumerationCopiedInAnotherSectionIsStillCompared() throws {
        let name = "2021-guangdong-zhuhai-gaoxinqu.txt"
        let text = try Fixtures.text(name)
        let sentence = "推动更多政务服务事项网上办、掌上办、一次办, "
        XCTAssertEqual(Self.occurrences(sentence, in: text), 1)
        let moved = text.replacingOccurrences(of: sentence, with: "")
            .replacingOccurrences(of: "正确对待社会上各类政务公开第三方评估结果，", with: "正确对待社会上各类政务公开第三方评估结果，推动更多政务服务事项网上办、一次办，")
        let plan = try Fixtures.parse(moved, name: name)
        let reference = CheckReference(index: ReferenceIndex(try Fixtures.taxonomy.reference(forPlanYear: 2021)), lexicon: lexicon)
        let findings = DraftCheck.run(Aligner().align(plan, to: reference.index), against: reference).findings
        let f = try XCTUnwrap(findings.first { $0.kind == .listOmission && $0.missing == ["掌上办"] })
        XCTAssertTrue(f.text.contains("网上办、一次办"), f.text)
        XCTAssertEqual(f.requirement, "2021-3-2a")
    }

    /// One edit at one place of a plan's text, and what the check must say of it.
    struct PlacedEdit {
        var kind: Finding.Kind
        var range: NSRange
        var with: String
        var item: Int
        var label: String
        var expected: (Finding) -> Bool
    }

    /// Every edit the three tests above make one at a time (a member dropped, a time limit moved past
    /// the plan's year, a member's end replaced), placed in the original text.
    func placedEdits(_ name: String, text: String, reference: CheckReference) throws -> [PlacedEdit] {
        let plan = try Fixtures.parse(text, name: name)
        let ns = text as NSString
        let lineStarts = [0] + text.utf16.indices.filter { text.utf16[$0] == 10 }.map { text.utf16.distance(from: text.utf16.startIndex, to: $0) + 1 }
        func item(at location: Int) -> Int {
            let line = lineStarts.lastIndex { $0 <= location }.map { $0 + 1 } ?? 1
            return plan.items.firstIndex { $0.node.lines.contains(line) } ?? -line
        }
        var edits: [PlacedEdit] = []
        var seen = Set<[String]>()
        for (_, r) in reference.index.reference.requirements {
            for list in r.compiled where seen.insert(list.members).inserted {
                for m in list.members where MatchText(m).count >= 2 && Self.occurrences(m, in: text) == 1 {
                    if let pattern = ["、" + m, m + "、", "和" + m, "及" + m].first(where: { Self.occurrences($0, in: text) == 1 }) {
                        let range = ns.range(of: pattern)
                        edits.append(PlacedEdit(kind: .listOmission, range: range, with: "", item: item(at: range.location), label: "drop \(m)") {
                            $0.kind == .listOmission && Scorer.overlaps(m, $0.missing)
                        })
                    }
                    let other = String(m.dropLast(2)) + (m.hasSuffix("本区") ? "全市" : "本区")
                    // A replacement that cuts a firm word (不及时 → 不本区) also weakens: not this edit.
                    if m.count >= 5, MatchText(m).count == m.count, Self.occurrences(other, in: text) == 0, !lexicon.isFirm(m) || lexicon.isFirm(other) {
                        let range = ns.range(of: m)
                        edits.append(PlacedEdit(kind: .scopeChange, range: range, with: other, item: item(at: range.location), label: "\(m) → \(other)") {
                            $0.kind == .scopeChange && $0.missing == [m] && $0.added == [other]
                        })
                    }
                }
            }
        }
        guard let year = plan.metadata.year else { return edits }
        for (k, it) in plan.items.enumerated() {
            let start = lineStarts[it.node.lines.lowerBound - 1]
            let end = it.node.lines.upperBound < lineStarts.count ? lineStarts[it.node.lines.upperBound] : ns.length
            let own = ns.substring(with: NSRange(location: start, length: end - start))
            for d in it.node.deadlines {
                guard case let .date(y, _, _) = d.value, y == year, d.raw.hasPrefix(String(year)), Self.occurrences(d.raw, in: own) == 1 else { continue }
                let moved = String(year + 1) + d.raw.dropFirst(4)
                let local = (own as NSString).range(of: d.raw)
                edits.append(PlacedEdit(kind: .deadlineChange, range: NSRange(location: start + local.location, length: local.length), with: moved, item: k, label: "\(d.raw) → \(moved)") {
                    $0.kind == .deadlineChange && $0.severity == .warning && $0.added.contains(moved)
                })
            }
        }
        return edits
    }

    /// Plan B is plan A with several known edits at once, of any kinds, in different items:
    /// checked against A, B differs by exactly those edits (one finding each, of its kind, and
    /// nothing else); and A checked against itself differs by nothing but the units it never names.
    func testAPlanWithSeveralKnownEditsDiffersFromItsSourceByExactlyThoseEdits() throws {
        var groups = 0, exact = 0, edits = 0
        var misses: [String] = []
        for name in Fixtures.planNames {
            let (text, reference, baseline) = try prepared(name)
            XCTAssertEqual(baseline.filter { $0.kind != .unitMissing }.map(\.kind.rawValue), [], name)
            var grouped: [[PlacedEdit]] = []
            for edit in try placedEdits(name, text: text, reference: reference) {
                if let g = grouped.firstIndex(where: { $0.count < 4 && $0.allSatisfy { $0.item != edit.item && NSIntersectionRange($0.range, edit.range).length == 0 } }) {
                    grouped[g].append(edit)
                } else {
                    grouped.append([edit])
                }
            }
            let texts = grouped.map { group -> String in
                let edited = NSMutableString(string: text)
                for e in group.sorted(by: { $0.range.location > $1.range.location }) { edited.replaceCharacters(in: e.range, with: e.with) }
                return edited as String
            }
            for (group, new) in zip(grouped, causedAll(texts, name: name, reference: reference, baseline: baseline)) {
                groups += 1
                edits += group.count
                var left = new
                let matched = group.allSatisfy { e in
                    guard let i = left.firstIndex(where: e.expected) else { return false }
                    left.remove(at: i)
                    return true
                }
                if matched && left.isEmpty { exact += 1 } else {
                    misses.append("\(name): \(group.map(\.label)) → \(new.map { "\($0.kind.rawValue) \($0.missing) \($0.added)" })")
                }
            }
        }
        report("plans with \(edits) known edits in all", found: exact, of: groups, as: "exactly those edits", misses: misses, atLeast: 100)
    }
}
