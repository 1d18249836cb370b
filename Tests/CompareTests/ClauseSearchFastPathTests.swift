import XCTest
@testable import Compare

/// The clause search's fast paths against the plain readings they replaced: which entry of a
/// plan's clause index keeps most of a reference clause, which entries hold a pair, and the tables
/// those answers are read from. Any difference here would change a finding.
final class ClauseSearchFastPathTests: XCTestCase {
    /// The clause lookup through the pair index finds what comparing every entry finds: the
    /// entry sharing a third of the clause's distinct pairs that keeps most of it in order (the
    /// shorter, then the earlier, on a tie), for every wording clause of both years against every
    /// corpus plan, with the clauses' pair rows as bits and as lists.
    func testClauseLookupIsTheExhaustiveOne() throws {
        var found = 0
        for (prepared, ctx) in try Fixtures.checkContexts() + Fixtures.checkContexts(pairLayout: .sparse) {
            let plan = PlanClauses(ctx)
            let entryPairs = plan.matches.map { PairSet($0.bigrams) }
            for clause in prepared.wordingClauses.values.joined() {
                let expected = Self.exhaustiveBest(plan, clause, entryPairs: entryPairs)
                let got = plan.best(clause)
                XCTAssertEqual(got?.index, expected)
                if got != nil { found += 1 }
                // The order the pairs are searched in changes the work, not the answer: the
                // commonest first (the rare ones then counted only on what those reach), and the
                // pairs' own order.
                for order in [Array(clause.searchOrder.reversed()), clause.bigrams.sorted] {
                    let reordered = CheckReference.WordingClause(clause, searchOrder: order, lexiconPresence: clause.lexiconPresence, wider: [])
                    XCTAssertEqual(plan.best(reordered)?.index, expected)
                }
                XCTAssertEqual(Set(clause.searchOrder), Set(clause.bigrams.sorted))
            }
        }
        XCTAssertGreaterThan(found, 1_000)
    }

    /// A clause copied whole is found by its digest: `copy(of:)` is the first entry, in the plan's
    /// order, whose match text is the clause's, or nil where no entry is, for every wording clause
    /// of both years against every corpus plan; and where it finds one, the full search finds the
    /// same entry as comparing every entry does (`exhaustiveBest`): the lookup's answer is the
    /// search's, not only what the search returns first.
    func testAClauseCopiedWholeIsTheFirstEntryEqualToIt() throws {
        var (copies, clauses) = (0, 0)
        for (prepared, ctx) in try Fixtures.checkContexts() {
            let plan = PlanClauses(ctx)
            let matches = plan.matches
            let entryPairs = matches.map { PairSet($0.bigrams) }
            for clause in prepared.wordingClauses.values.joined() {
                let first = matches.firstIndex { $0.scalars == clause.match.scalars }
                XCTAssertEqual(plan.copy(of: clause), first, clause.text)
                if let first, clause.searchOrder.count > 0 {
                    XCTAssertEqual(Self.exhaustiveBest(plan, clause, entryPairs: entryPairs), first, clause.text)
                    XCTAssertEqual(plan.best(clause)?.index, first)
                    XCTAssertEqual(plan.best(clause)?.share, 1)
                    copies += 1
                }
                clauses += 1
            }
        }
        XCTAssertGreaterThan(copies, 100)
        XCTAssertGreaterThan(clauses, copies)
    }

    /// The cases a copy comes in, made from a reference clause `w` of nine scalars or more, cut into
    /// a head and a tail: `w` split by a comma (found as the entry joining its two clauses), `w`
    /// whole after it (the split copy comes first, so it is the one found), `w` whole alone, `w`
    /// with one character changed (no copy: the full search decides), and `w` twice in one item (the
    /// first). In every case the search's answer is the one comparing every entry gives.
    func testEachWayOfCopyingAClauseFindsTheFirstCopy() throws {
        let lexicon = try ObligationLexicon.load(directory: Fixtures.taxonomyFolder)
        let prepared = CheckReference(index: ReferenceIndex(try Fixtures.taxonomy.reference(forPlanYear: 2021)), lexicon: lexicon)
        let chosen = prepared.wordingClauses.values.joined().filter { $0.match.count >= 9 && $0.match.count == Array($0.text.unicodeScalars).count }
        XCTAssertGreaterThan(chosen.count, 20)
        var checked = 0
        for clause in chosen.prefix(40) {
            let scalars = Array(clause.text.unicodeScalars)
            let cut = scalars.count / 2
            let head = String(String.UnicodeScalarView(scalars[..<cut])), tail = String(String.UnicodeScalarView(scalars[cut...]))
            var changed = scalars
            changed[cut] = changed[cut] == "甲" ? "乙" : "甲"
            let altered = String(String.UnicodeScalarView(changed))
            let cases: [(items: [String], expect: (PlanClauses) -> Int?)] = [
                (["\(head)，\(tail)。", "\(clause.text)。"], { p in (0..<p.items.count).first { p.items[$0] == 0 && p.spans[$0].count == 2 } }),
                (["做好政务公开工作。", "\(clause.text)。"], { p in (0..<p.items.count).first { p.items[$0] == 1 } }),
                (["\(altered)。"], { _ in nil }),
                (["\(clause.text)；\(clause.text)。"], { _ in 0 }),
            ]
            for (n, (items, expect)) in cases.enumerated() {
                let text = "某县2021年政务公开工作要点\n" + items.enumerated().map { "\($0 + 1).\($1)" }.joined(separator: "\n") + "\n"
                let ctx = CheckContext(alignment: Aligner().align(try Fixtures.parse(text), to: prepared.index), prepared: prepared)
                let plan = PlanClauses(ctx)
                XCTAssertEqual(plan.copy(of: clause), expect(plan), text)
                XCTAssertEqual(expect(plan) == nil, n == 2, text)
                let exhaustive = Self.exhaustiveBest(plan, clause)
                XCTAssertEqual(plan.best(clause)?.index, exhaustive, text)
                if let e = expect(plan) {
                    XCTAssertEqual(plan.match(e).scalars, clause.match.scalars, text)
                    XCTAssertEqual(exhaustive, e, text)
                }
                checked += 1
            }
        }
        XCTAssertEqual(checked, 160)
    }

    /// A digest continued over a second text is the digest of the two end to end (what a joined
    /// entry's digest is made by), and the context's clause digests are each clause's own: every
    /// two adjacent clauses of every corpus plan.
    func testADigestContinuedIsTheDigestOfTheTextsEndToEnd() throws {
        var pairs = 0
        for (_, ctx) in try Fixtures.checkContexts().prefix(Fixtures.planNames.count) {
            let clauses = ctx.clauseMatches.joined().map(\.scalars)
            XCTAssertEqual(ctx.clauseDigests, clauses.map { MatchText.digest($0) })
            for (a, b) in zip(clauses, clauses.dropFirst()) {
                XCTAssertEqual(MatchText.digest(b, continuing: MatchText.digest(a)), MatchText.digest(a + b))
                pairs += 1
            }
        }
        XCTAssertEqual(MatchText.digest([]), MatchText.digestSeed)
        XCTAssertGreaterThan(pairs, 500)
    }

    /// The wording check's search for the item clause copying a reference clause ends at the first
    /// clause that is the reference clause itself, unless a clause before it keeps all of it too:
    /// for every wording clause of 2021 (six scalars or more, no hedge in it), an item holding a
    /// hedged copy (原则上 and the clause) before the clause itself is compared with the hedged copy
    /// and found weakened; with the two the other way round, or the clause alone, nothing is found.
    func testTheWordingCheckComparesTheFirstClauseKeepingAllOfTheReference() throws {
        let lexicon = try ObligationLexicon.load(directory: Fixtures.taxonomyFolder)
        let reference = try Fixtures.taxonomy.reference(forPlanYear: 2021)
        let prepared = CheckReference(index: ReferenceIndex(reference), lexicon: lexicon)
        var weakened = 0
        for section in reference.sections {
            for r in section.requirements {
                for clause in prepared.wordingClauses[r.id] ?? [] where clause.match.count >= WordingCheck.shortestClause {
                    guard !lexicon.hedges.contains(where: { clause.text.contains($0) }) else { continue }
                    for (items, expected) in [("原则上\(clause.text)；\(clause.text)", true), ("\(clause.text)；原则上\(clause.text)", false), (clause.text, false)] {
                        let text = "某县2021年政务公开工作要点\n1.\(items)。\n"
                        let ctx = CheckContext(alignment: Aligner().align(try Fixtures.parse(text), to: prepared.index), prepared: prepared)
                        XCTAssertEqual(ctx.alignment.items.count, 1, text)
                        let clauses = ctx.clauseMatches[0].indices.map { k in (k, ctx.clauseMatches[0][k], ctx.clause(0, k)) }
                        let found = WordingCheck.compare(ctx, item: 0, clauses: clauses, section: section, requirement: r)
                            .contains { $0.kind == .weakened && $0.reference == clause.text && $0.added == ["原则上"] }
                        XCTAssertEqual(found, expected, text)
                        if found { weakened += 1 }
                    }
                }
            }
        }
        XCTAssertGreaterThan(weakened, 100)
    }

    /// Which entries of the clause index hold a pair, read from the clauses' bits and the table of
    /// the pairs where joined clauses meet (and whether one entry does, asked alone, and which of
    /// many needles each entry may hold, as bits), are those
    /// whose own match text holds it: for every
    /// corpus plan, every pair of every entry (a clause's, a meeting pair, one of each side of a
    /// row's 64-clause word) and pairs no entry has, against every entry; with the clauses' rows as
    /// bits and as lists. Each plan has more than 64 clauses, so joined entries cross the rows' words.
    func testEntriesHoldingAPairAreThoseWhoseTextHoldsIt() throws {
        var (checked, plans) = (0, 0)
        let count = Fixtures.planNames.count
        for (_, ctx) in try Fixtures.checkContexts().prefix(count) + Fixtures.checkContexts(pairLayout: .sparse).prefix(count) {
            let plan = PlanClauses(ctx)
            let sets = plan.matches.map { PairSet($0) }
            XCTAssertGreaterThan(plan.singles.count, 64)
            var pool = Set(sets.flatMap(\.sorted))
            pool.formUnion([MatchText.bigram(0x7A7A, 0x7A7A), MatchText.bigram(0x61, 0x31)])
            for pair in pool {
                let needle = MatchText(scalars: [UInt32(truncatingIfNeeded: pair >> 32), UInt32(truncatingIfNeeded: pair)])
                XCTAssertEqual(plan.mayHold(needle), sets.map { $0.sorted.contains(pair) })
                XCTAssertEqual(sets.indices.map { plan.entry($0, holds: pair) }, sets.map { $0.sorted.contains(pair) })
                checked += 1
            }
            // Many needles at once, as bits: 130 of the pool's pairs (three words an entry) and a
            // needle of one scalar, which every entry may hold.
            let needles = pool.sorted().prefix(130).map { MatchText(scalars: [UInt32(truncatingIfNeeded: $0 >> 32), UInt32(truncatingIfNeeded: $0)]) } + [MatchText("甲")]
            let (bits, words) = plan.mayHold(any: needles)
            XCTAssertEqual(words, 3)
            for (k, needle) in needles.enumerated() {
                XCTAssertEqual(sets.indices.map { bits[$0 * words + k >> 6] >> UInt64(k & 63) & 1 != 0 }, plan.mayHold(needle))
            }
            plans += 1
        }
        XCTAssertEqual(plans, 2 * count)
        XCTAssertGreaterThan(checked, 10_000)
    }

    /// The neighbour search compared in place answers as the search that copied every window:
    /// every list member of both years against every corpus clause holding a near copy of it (the
    /// member with one inner character changed, or its end replaced), so typos and replacements
    /// both turn up.
    func testNeighbourSearchIsTheWindowCopyingOne() throws {
        func plain(of member: String, in clause: String, list: [[String]], ctx: CheckContext, enumerations: [MatchText]) -> ListCheck.Neighbour? {
            let m = MatchText(member).scalars, t = MatchText(clause).scalars, n = m.count
            guard n >= 2, t.count >= n else { return nil }
            var replaced: String? = nil
            let listed: Set<String> = n == 2 ? Set(enumerations.map { MatchText.string($0.scalars) }) : []
            let requiredTexts = list.joined().map { ctx.prepared.match($0) }
            for start in 0...(t.count - n) {
                let w = Array(t[start..<start + n])
                let differing = (0..<n).filter { w[$0] != m[$0] }
                if differing.count == 1 {
                    if n == 2 && !listed.contains(MatchText.string(w)) { continue }
                    if TypoCheck.isForeign(w, at: differing[0], ctx: ctx) { return .typo(MatchText.string(w)) }
                }
                if n >= 4 && replaced == nil {
                    var prefix = 0
                    while prefix < n && w[prefix] == m[prefix] { prefix += 1 }
                    var suffix = 0
                    while suffix < n - prefix && w[n - 1 - suffix] == m[n - 1 - suffix] { suffix += 1 }
                    let kept = prefix + suffix
                    let window = MatchText(scalars: w)
                    let inOwnList = enumerations.contains { $0.contains(window) }
                    let isRequired = requiredTexts.contains { $0.contains(window) || window.contains($0) }
                    if kept < n && kept >= max(n - 2, (n * 3 + 4) / 5) && (prefix == 0 || suffix == 0) && inOwnList && !isRequired {
                        replaced = MatchText.string(w)
                    }
                }
            }
            return replaced.map { .replaced($0) }
        }
        let lexicon = try ObligationLexicon.load(directory: Fixtures.taxonomyFolder)
        var answered = 0
        for year in [2018, 2021] {
            let prepared = CheckReference(index: ReferenceIndex(try Fixtures.taxonomy.reference(forPlanYear: year)), lexicon: lexicon)
            let ctx = CheckContext(alignment: Aligner().align(try Fixtures.plan(Fixtures.planNames[0]), to: prepared.index), prepared: prepared)
            let lists = prepared.index.reference.sections.flatMap { $0.requirements.flatMap { $0.lists.map { $0.map(ListCheck.spellings) } } }
            for list in lists {
                let clause = list.map { $0[0] }.joined(separator: "、")
                let enumerations = Enumerations.extract(clause, minimum: 2).joined().map(MatchText.init)
                for member in list.map({ $0[0] }) {
                    let chars = Array(member)
                    var variants = [clause]
                    if chars.count >= 3 {
                        var typo = chars
                        typo[chars.count / 2] = "口"
                        variants.append(clause.replacingOccurrences(of: member, with: String(typo)))
                        variants.append(clause.replacingOccurrences(of: member, with: String(chars.dropLast()) + "城"))
                    }
                    for text in variants {
                        let required = list.joined().map { ctx.prepared.match($0) }
                        let got = ListCheck.neighbour(of: member, in: MatchText(text).scalars, required: required, ctx: ctx, enumerations: enumerations)
                        XCTAssertEqual(got, plain(of: member, in: text, list: list, ctx: ctx, enumerations: enumerations), "\(member) in \(text)")
                        if got != nil { answered += 1 }
                    }
                }
            }
        }
        XCTAssertGreaterThan(answered, 10)
    }


    /// The plan's table of which texts hold each pair answers as each text's own pair set: whether
    /// a text holds a pair, how many distinct pairs it holds, and how many of a set's pairs it holds
    /// (by pair and by the set's rows), for every pair of every text and pairs no text has, on
    /// every corpus plan's items and clauses and on 300 random plans of 1 to 200 texts (rows of
    /// several words), texts empty, of one scalar and repeated; with the rows kept as bits and as
    /// lists of texts (the layout a plan of megabytes gets), and as the plan's size chooses.
    func testPairHoldersAnswerAsEachTextsPairSet() throws {
        var plans: [[MatchText]] = []
        for name in Fixtures.planNames {
            let items = try Fixtures.plan(name).items.map(\.node.text)
            plans.append(items.map(MatchText.init))
            plans.append(items.flatMap(TextDiff.clauses).map(MatchText.init))
        }
        let alphabet: [UInt32] = [0x653F, 0x52A1, 0x516C, 0x5F00, 0x4FE1, 0x606F, 0x31, 0x61, 0x2000B]
        var random = SeededRandom(seed: 83)
        for _ in 0..<300 {
            plans.append((0..<(1 + random.next(200))).map { _ in
                MatchText(scalars: (0..<random.next(12)).map { _ in alphabet[random.next(alphabet.count)] })
            })
        }
        var held = 0
        for (texts, layout) in plans.flatMap({ p in [PairHolders.Layout.bySize, .dense, .sparse].map { (p, $0) } }) {
            let index = PairHolders(texts, layout: layout)
            XCTAssertEqual(index.isDense, layout != .sparse, "small plans keep bits")
            let sets = texts.map { PairSet($0) }
            var pool = Set(sets.flatMap(\.sorted))
            pool.formUnion([MatchText.bigram(0x7A7A, 0x7A7A), MatchText.bigram(0x61, 0x31), MatchText.bigram(0x2000B, 0x2000B)])
            let probe = PairSet(pool)
            let rows = index.rows(of: probe)
            XCTAssertEqual(index.counts, sets.map(\.count))
            for t in texts.indices {
                for pair in pool {
                    let has = sets[t].sorted.contains(pair)
                    XCTAssertEqual(index.holds(pair, in: t), has)
                    if has { held += 1 }
                }
                XCTAssertEqual(index.sharedCount(probe, in: t), probe.sharedCount(sets[t]))
                XCTAssertEqual(index.sharedCount(rows: rows, in: t), probe.sharedCount(sets[t]))
                XCTAssertEqual(index.sharedCount(rows: index.rows(of: sets[t]), in: t), sets[t].count)
            }
            for pair in pool {
                guard let g = index.row(pair) else { continue }
                XCTAssertEqual(index.population(row: g), sets.filter { $0.sorted.contains(pair) }.count)
            }
        }
        XCTAssertGreaterThan(held, 10_000)
    }

    /// The clauses' and items' tables made with one numbering answer as each made alone: whether a
    /// text holds a pair, how many texts hold it, each text's count and its share of a set; on
    /// every corpus plan's items (split into clauses as the check splits them) and on 300 random
    /// plans of items of up to 6 clauses, empty clauses and clauses of one scalar among them (so
    /// clauses meet across an empty one), in every layout.
    func testClauseAndItemTablesFromOneNumberingAreTheTablesMadeAlone() throws {
        var plans: [[[MatchText]]] = []
        for name in Fixtures.planNames {
            plans.append(try Fixtures.plan(name).items.map { TextDiff.clauses($0.node.text).map(MatchText.init) })
        }
        let alphabet: [UInt32] = [0x653F, 0x52A1, 0x516C, 0x5F00, 0x31, 0x2000B]
        var random = SeededRandom(seed: 61)
        for _ in 0..<300 {
            plans.append((0..<(1 + random.next(40))).map { _ in
                (0..<random.next(7)).map { _ in MatchText(scalars: (0..<random.next(5)).map { _ in alphabet[random.next(alphabet.count)] }) }
            })
        }
        var held = 0
        for clauses in plans {
            let flat = Array(clauses.joined())
            let items = clauses.map { MatchText(scalars: Array($0.map(\.scalars).joined())) }
            for layout in [PairHolders.Layout.bySize, .dense, .sparse] {
                let (c, i) = PairHolders.clausesAndItems(clauses, layout: layout)
                let pool = Set(PairHolders.pairs(of: items).pairs).union([MatchText.bigram(0x7A7A, 0x7A7A)])
                for (shared, alone, texts) in [(c, PairHolders(flat, layout: layout), flat), (i, PairHolders(items, layout: layout), items)] {
                    XCTAssertEqual(shared.counts, alone.counts)
                    let probe = PairSet(Array(pool))
                    for pair in pool {
                        XCTAssertEqual(shared.row(pair).map(shared.population) ?? 0, alone.row(pair).map(alone.population) ?? 0)
                        for t in texts.indices {
                            XCTAssertEqual(shared.holds(pair, in: t), alone.holds(pair, in: t))
                            if alone.holds(pair, in: t) { held += 1 }
                        }
                    }
                    for t in texts.indices { XCTAssertEqual(shared.sharedCount(rows: shared.rows(of: probe), in: t), alone.sharedCount(probe, in: t)) }
                }
            }
        }
        XCTAssertGreaterThan(held, 10_000)
    }

    /// The pair table of a plan of megabytes stays linear in its pairs: 20,000 clauses of up to
    /// 40 random ideographs of 3,000 (as rows of bits, 313 words for each of some 380,000 distinct
    /// pairs) keep their rows as lists, within `denseShare` elements a pair; a corpus plan's
    /// clauses keep bits within the same bound.
    func testPairTableStaysLinearInThePlansPairs() throws {
        var random = SeededRandom(seed: 29)
        let big = (0..<20_000).map { _ in MatchText(scalars: (0..<random.next(40)).map { _ in 0x4E00 + UInt32(random.next(3_000)) }) }
        let corpus = try Fixtures.plan(Fixtures.planNames[0]).items.map(\.node.text).flatMap(TextDiff.clauses).map(MatchText.init)
        for (texts, dense) in [(big, false), (corpus, true)] {
            let holders = PairHolders(texts)
            let pairs = PairHolders.pairs(of: texts).pairs.count
            XCTAssertEqual(holders.isDense, dense)
            XCTAssertLessThanOrEqual(holders.storage, Swift.max(4_096, PairHolders.denseShare * pairs) + pairs + 1)
        }
    }


    /// The entry the clause search must find, by comparing every entry of the plan's clause index:
    /// of the entries sharing a pair with the clause (a third of its pairs or more), the one keeping
    /// most of it, then the shorter, then the earlier. What `PlanClauses.best` is held to, whichever
    /// way it gets there.
    static func exhaustiveBest(_ plan: PlanClauses, _ clause: CheckReference.WordingClause, entryPairs: [PairSet]? = nil) -> Int? {
        let pairs = entryPairs ?? plan.matches.map { PairSet($0.bigrams) }
        var expected: (index: Int, kept: Int)? = nil
        for k in plan.matches.indices {
            let shared = pairs[k].sharedCount(clause.bigrams)
            guard shared > 0, shared * 3 >= clause.bigrams.count else { continue }
            let kept = TextDiff.common(clause.match.scalars, plan.matches[k].scalars)
            guard kept > 0 else { continue }
            if expected == nil || kept > expected!.kept || (kept == expected!.kept && plan.matches[k].count < plan.matches[expected!.index].count) {
                expected = (k, kept)
            }
        }
        return expected?.index
    }
}
