import XCTest
@testable import Compare

/// The list check reads each curated list's members, needles and reference clause, and whether it
/// reads each compiled list, from `CheckReference`, made once; held here to what it made for every
/// plan before, and to its own reading where a requirement's lists are not the ones prepared under
/// its id.
final class PreparedListTests: XCTestCase {
    func testEveryPreparedListIsWhatThePlanwiseReadingMakes() throws {
        let lexicon = try ObligationLexicon.load(directory: Fixtures.taxonomyFolder)
        var lists = 0
        for reference in Fixtures.taxonomy.references {
            let prepared = CheckReference(index: ReferenceIndex(reference), lexicon: lexicon)
            for (_, r) in reference.requirements {
                let p = try XCTUnwrap(prepared.lists[r.id])
                XCTAssertEqual(p.lists, r.lists)
                XCTAssertEqual(p.compiled, r.compiled)
                for (k, list) in r.lists.enumerated() {
                    let needles = list.map { ListCheck.spellings($0).map(MatchText.init).filter { !$0.isEmpty } }
                    XCTAssertEqual(p.needles[k], needles, "\(r.id)")
                    XCTAssertEqual(p.members[k], list.map(ListCheck.spellings), "\(r.id)")
                    XCTAssertEqual(p.clauses[k], ListCheck.referenceClause(r, list: list), "\(r.id)")
                    lists += 1
                }
                for (k, list) in r.compiled.enumerated() {
                    XCTAssertEqual(p.compiledNeedles[k], list.members.map { [MatchText($0)].filter { !$0.isEmpty } }, "\(r.id)")
                    XCTAssertEqual(p.compiledRead[k], !list.members.allSatisfy(prepared.obligationWords.contains), "\(r.id)")
                }
            }
        }
        XCTAssertGreaterThan(lists, 20)
    }

    /// A requirement whose lists are not the ones prepared under its id (two sections sharing an
    /// id) is checked with its own: each list requirement with a member dropped from each of its
    /// lists, checked against the reference prepared with the lists it had, gives the findings of
    /// a reference prepared with the changed lists.
    func testARequirementWhoseListsAreNotThePreparedOnesIsCheckedWithItsOwn() throws {
        let lexicon = try ObligationLexicon.load(directory: Fixtures.taxonomyFolder)
        let reference = try Fixtures.taxonomy.reference(forPlanYear: 2021)
        let original = CheckReference(index: ReferenceIndex(reference), lexicon: lexicon)
        var changed = reference
        var targets: [(section: Int, requirement: Requirement)] = []
        for s in changed.sections.indices {
            for q in changed.sections[s].requirements.indices where !changed.sections[s].requirements[q].lists.isEmpty {
                changed.sections[s].requirements[q].lists = changed.sections[s].requirements[q].lists.map { Array($0.dropFirst()) }
                targets.append((s, changed.sections[s].requirements[q]))
            }
        }
        XCTAssertGreaterThan(targets.count, 3)
        let prepared = CheckReference(index: ReferenceIndex(changed), lexicon: lexicon)
        var findings = 0
        for name in Fixtures.planNames {
            let plan = try Fixtures.plan(name)
            let viaOriginal = CheckContext(alignment: Aligner().align(plan, to: original.index), prepared: original)
            let viaChanged = CheckContext(alignment: Aligner().align(plan, to: prepared.index), prepared: prepared)
            XCTAssertEqual(viaOriginal.alignment, viaChanged.alignment, "lists do not move the alignment")
            for (s, r) in targets {
                XCTAssertNotEqual(original.lists[r.id]?.lists, r.lists)
                let a = ListCheck.run(viaOriginal, plan: PlanClauses(viaOriginal), section: reference.sections[s], requirement: r)
                let b = ListCheck.run(viaChanged, plan: PlanClauses(viaChanged), section: reference.sections[s], requirement: r)
                XCTAssertEqual(a, b, "\(name) \(r.id)")
                findings += b.count
            }
        }
        XCTAssertGreaterThan(findings, 0)
    }

    /// Whether a wording clause binds firmly, made once a reference, is the lexicon's answer for its
    /// text: every wording clause of both references.
    func testEveryWordingClauseKnowsWhetherItBindsFirmly() throws {
        let lexicon = try ObligationLexicon.load(directory: Fixtures.taxonomyFolder)
        var firm = 0, clauses = 0
        for reference in Fixtures.taxonomy.references {
            let prepared = CheckReference(index: ReferenceIndex(reference), lexicon: lexicon)
            for c in prepared.wordingLines.values.joined().flatMap(\.clauses) {
                XCTAssertEqual(c.firm, lexicon.isFirm(c.text), c.text)
                if c.firm { firm += 1 }
                clauses += 1
            }
        }
        XCTAssertGreaterThan(firm, 20)
        XCTAssertGreaterThan(clauses - firm, 20)
    }

    /// A quote's one-plan caution read from match texts made once is the requirement's own answer:
    /// every requirement of both references as it is, with its first line made one plan's, with
    /// every line made so, and with none, against each line, each clause of each line, each line's
    /// halves, a line with other text around it, and text of no line.
    func testAOnePlanCautionMadeOnceIsTheRequirementsOwn() throws {
        let lexicon = try ObligationLexicon.load(directory: Fixtures.taxonomyFolder)
        var cautioned = 0, asked = 0
        for reference in Fixtures.taxonomy.references {
            for (_, original) in reference.requirements {
                var variants = [original]
                for marked in [Array(original.wording.prefix(1)), original.wording, []] {
                    var r = original
                    r.onePlanWording = marked
                    variants.append(r)
                }
                for r in variants {
                    let prepared = CheckReference.GapWording(r, lexicon: lexicon)
                    var quotes = ["", "天气晴朗，道路通畅。"]
                    for line in r.wording {
                        let scalars = Array(line.unicodeScalars)
                        quotes += [line, "做好" + line + "等工作", ScalarText.string(scalars.prefix(scalars.count / 2)), ScalarText.string(scalars.suffix(scalars.count / 2))]
                        quotes += TextDiff.clauses(line)
                    }
                    for quote in quotes {
                        XCTAssertEqual(prepared.isOnePlan(quote), r.isOnePlan(quote), "\(r.id) \(quote)")
                        if r.isOnePlan(quote) { cautioned += 1 }
                        asked += 1
                    }
                }
            }
        }
        XCTAssertGreaterThan(cautioned, 100)
        XCTAssertGreaterThan(asked - cautioned, 100)
    }

    /// Whether a wording clause holds a wider word, read once a reference, is what the narrowing
    /// reading asks first: a clause holding none is narrowed by no copy, and one holding some is, by
    /// its copy with each wider word put narrower. Every wording clause of both references, against
    /// itself, that copy, and the copy with the wider words dropped.
    func testAClauseHoldingNoWiderWordIsNeverNarrowed() throws {
        let lexicon = try ObligationLexicon.load(directory: Fixtures.taxonomyFolder)
        var (holding, narrowed, clauses) = (0, 0, 0)
        for reference in Fixtures.taxonomy.references {
            let prepared = CheckReference(index: ReferenceIndex(reference), lexicon: lexicon)
            for c in prepared.wordingLines.values.joined().flatMap(\.clauses) {
                let holds = lexicon.wider.contains { ScalarText.contains(c.matchString, word: $0) }
                XCTAssertEqual(c.holdsWider, holds, c.text)
                var narrower = c.matchString, dropped = c.matchString
                for wide in lexicon.wider {
                    narrower = narrower.replacingOccurrences(of: wide, with: lexicon.narrower[0])
                    dropped = dropped.replacingOccurrences(of: wide, with: "")
                }
                for text in [c.matchString, narrower, dropped] {
                    let why = WordingCheck.narrowing(reference: c.matchString, text: text, members: c.members, lexicon: lexicon)
                    if why != nil { narrowed += 1 }
                    if !holds { XCTAssertNil(why, c.text) }
                }
                if holds { holding += 1 }
                clauses += 1
            }
        }
        XCTAssertGreaterThan(holding, 5)
        XCTAssertGreaterThan(clauses - holding, 100)
        XCTAssertGreaterThan(narrowed, 5)
    }

    /// The pairs prepared for each wording line, summary and wording clause are the line's own
    /// (`PairSet(MatchText(line).bigrams)`), and a line written in other bytes, even canonically
    /// equal ones (a compatibility ideograph), is not answered with them: every line of both
    /// references.
    func testEveryPreparedLinesPairsAreItsOwn() throws {
        let lexicon = try ObligationLexicon.load(directory: Fixtures.taxonomyFolder)
        var lines = 0
        for reference in Fixtures.taxonomy.references {
            let prepared = CheckReference(index: ReferenceIndex(reference), lexicon: lexicon)
            for r in reference.sections.flatMap(\.requirements) {
                for line in r.wording + [r.summary] + r.wording.flatMap(TextDiff.clauses) {
                    XCTAssertEqual(prepared.linePairs[ByteKey(line)]?.sorted, PairSet(MatchText(line).bigrams).sorted, line)
                    lines += 1
                }
            }
            // A line with 不 written as its compatibility twin U+F967: equal as a `String`, other bytes.
            let line = try XCTUnwrap(reference.sections.flatMap(\.requirements).flatMap(\.wording).first { $0.contains("不") })
            let twin = String(String.UnicodeScalarView(line.unicodeScalars.map { $0 == "不" ? "\u{F967}" : $0 }))
            XCTAssertEqual(twin, line)
            XCTAssertNil(prepared.linePairs[ByteKey(twin)])
        }
        XCTAssertGreaterThan(lines, 300)
    }
}
