/// What the check needs of a reference and a lexicon, built once and shared by every plan checked
/// against them (a batch checks thousands of plans against one year).
public struct CheckReference: Sendable {
    public let index: ReferenceIndex
    public let lexicon: ObligationLexicon
    /// The lexicon's words as the wording check reads them (`LexiconWords`).
    let lexiconWords: LexiconWords
    /// Every character pair the reference and the glossary use: what a typo's pairs are checked
    /// against.
    let vocabulary: Set<UInt64>
    /// Terms a typo is looked for against, by (first scalar, last scalar, length): a typo changes an
    /// inner character, so a window can only spoil a term whose ends it shares. Looked up for every
    /// window of every item: a plain table with a cheap hash (`BigramTable`), not a `Dictionary`,
    /// whose seeded hasher was a fifth of the whole check.
    let typoTable: BigramTable
    let typoGroups: [[MatchText]]
    let typoLengths: [Int]
    let typoKnown: Set<[UInt32]>
    /// The first scalars of the typo terms in the Basic Multilingual Plane: a window starting on
    /// any other scalar of the plane spoils no term, told by one bit before any table is asked
    /// (most of a plan's windows).
    let typoStarts: ScalarSet
    /// The same for the terms' last scalars: a window must both start and end as some term does.
    let typoEnds: ScalarSet
    /// Per scalar a term starts (ends) with, the lengths of those terms, as bits of a mask (bit
    /// `min(length, 63)`): a window is looked up only where a term of its very length starts and
    /// ends as it does, not for every length at every place that starts and ends some term.
    let typoStartLengths: TypoLengths
    let typoEndLengths: TypoLengths
    /// The match text of every spelling, list member and wording clause of the reference, made once
    /// (the checks test them against every item of every plan), keyed by bytes (`ByteKey`): a
    /// `String` key hashed its normalised form on every lookup.
    let matchTexts: TextTable<ByteKey, MatchText>
    /// Per `requires`/`scope` spelling, its match texts with the lexicon's equivalents swapped in
    /// (部门所属单位 → 机关所属单位, 单位所属单位), the spelling itself first.
    let elementVariants: TextTable<String, [MatchText]>
    /// Per `requires`/`scope` spelling, the longer phrases of other requirements that hold it
    /// (台账 in 舆情回应台账): written inside one of them, it is the other requirement's, and a plan
    /// with a 舆情回应台账 has not yet said it keeps a 台账 of its tasks.
    let elementShadows: TextTable<String, [Shadow]>
    /// Per requirement id, its wording lines' clauses long enough to be copied, with their match
    /// texts and pair sets: the wording check compares every aligned item's clauses with them.
    let wordingClauses: TextTable<RequirementID, [WordingClause]>
    /// Requirements by id (`Reference.requirements` flattens the sections on every call).
    let requirements: TextTable<RequirementID, Requirement>
    /// Per section and requirement (in the reference's order), the character pairs of each wording
    /// line that has any: what an item of the section must share (`CheckContext.copyShare`) to
    /// copy it. Made here, not for every plan.
    let wordingPairs: [[[PairSet]]]
    /// Every wording line's and summary's pairs by its bytes: what the checks quote a plan's nearest
    /// clause beside (`ElementCheck.nearestClause`), made once here rather than for every finding.
    /// By bytes, so a line is only ever answered with its own pairs.
    let linePairs: TextTable<ByteKey, PairSet>
    /// The lexicon's obligation words (firm, hedges, cautions, intensifiers): a 、-list of nothing
    /// else says how firmly a duty is put, which is the wording check's to read, not the list check's.
    let obligationWords: Set<String>
    /// Per requirement id, its curated lists (`Requirement.lists`) as the list check reads them
    /// against every plan: each member's spellings' match texts, and the wording clause holding
    /// most of the list (`ListCheck.referenceClause`); and its compiled lists' members' match texts.
    let lists: TextTable<RequirementID, PreparedLists>

    struct PreparedLists {
        /// The lists and wording these were made from (the reference clause is read from the
        /// wording): a requirement whose id another shares is checked against its own.
        var lists: [[String]]
        var wording: [String]
        /// Per list, each member's spellings (`ListCheck.spellings`).
        var members: [[[String]]]
        var needles: [[[MatchText]]]
        var clauses: [String]
        var compiled: [CompiledList]
        var compiledNeedles: [[[MatchText]]]
        /// Per compiled list, what the list check looks for its rendering with.
        var renderings: [ListCheck.Rendering]
        /// Per compiled list, whether the list check reads it: not a list of obligation words only
        /// (those are the wording check's).
        var compiledRead: [Bool]
    }

    /// Per requirement id, the wording a gap's evidence quotes (`ClauseCheck.gapEvidence`): the
    /// national lines (one plan's only where there are no others), their clauses, and whether any
    /// binds firmly. The reference's alone, made once rather than for each plan lacking it.
    let gapWording: TextTable<RequirementID, GapWording>

    struct GapWording {
        /// What these were made from: a requirement whose id another shares reads its own.
        var wording: [String]
        var onePlanWording: [String]
        var lines: [String]
        var clauses: [String]
        var firm: Bool
        /// The match texts of the one-plan lines and of the others (none when no line is one
        /// plan's), for `isOnePlan`: a finding's quote was tested against every line made again.
        var onePlanMatches: [MatchText]
        var confirmedMatches: [MatchText]

        init(_ r: Requirement, lexicon: ObligationLexicon) {
            (wording, onePlanWording) = (r.wording, r.onePlanWording)
            let confirmed = r.wording.filter { !r.onePlanWording.contains($0) }
            lines = confirmed.isEmpty ? r.wording : confirmed
            clauses = lines.flatMap(TextDiff.clauses)
            firm = clauses.contains { lexicon.isFirm($0) }
            onePlanMatches = r.onePlanWording.map(MatchText.init)
            confirmedMatches = r.onePlanWording.isEmpty ? [] : confirmed.map(MatchText.init)
        }

        /// `Requirement.isOnePlan(text)` of the requirement these were made from.
        func isOnePlan(_ text: String) -> Bool {
            guard !onePlanMatches.isEmpty else { return false }
            let t = MatchText(text)
            return onePlanMatches.contains { $0.contains(t) } && !confirmedMatches.contains { $0.contains(t) }
        }
    }

    /// The reference's own time limits, normalised: a plan's time limit past its year that the
    /// reference sets is the reference's, not a slip (`DeadlineCheck.pastYear`).
    let askedDeadlines: Set<String?>

    /// A class, not a struct: the clause and wording checks visit every wording clause of every
    /// requirement for every plan, and copying a struct of ten counted fields out of its array at
    /// each visit cost as much as the visit's own test.
    final class WordingClause: Sendable {
        let text: String
        let match: MatchText
        let bigrams: PairSet
        /// The clause's LCS masks, made once for every plan clause it is compared with.
        let common: CommonLength
        /// Only a time limit (2021年底前): every dated sentence of a plan holds it.
        let dateOnly: Bool
        /// The members of its 、-lists (two or more): a clause holding a list is compared member by member.
        let members: [String]
        /// `members`' match texts, and `match` as a string: what the wording check reads of the
        /// clause for each plan clause that copies it, made once here.
        let memberMatches: [MatchText]
        let matchString: String
        /// Whether it binds firmly (`ObligationLexicon.isFirm`): what a plan leaving it out weakens.
        let firm: Bool
        /// `bigrams`' pairs, those fewest of the reference's wording clauses hold first (then in
        /// order): the order a plan's clauses are searched for it (`PlanClauses.best`), where the
        /// commonest pairs (信息, 公开) are asked only of the clauses the rarer ones reach. Any order
        /// finds the same clause; this one visits fewest. Sorted by pair until the reference orders it.
        let searchOrder: [UInt64]
        /// `match`'s digest (`MatchText.digest`): a plan clause that is the clause itself, found
        /// in one lookup (`PlanClauses.best`).
        let digest: UInt64
        /// The lexicon's words `matchString` holds (`LexiconWords.presence`), read once a reference
        /// for every copy the wording check compares with it; nil until the reference reads them.
        let lexiconPresence: LexiconWords.Presence?
        /// Whether `matchString` holds one of the lexicon's wider words (全国): only then can a copy
        /// narrow it (`WordingCheck.narrowing`). Nil until the reference reads it.
        let holdsWider: Bool?

        init(text: String, match: MatchText, dateOnly: Bool, members: [String], firm: Bool) {
            (self.text, self.match, self.dateOnly, self.members, self.firm) = (text, match, dateOnly, members, firm)
            bigrams = PairSet(match)
            searchOrder = bigrams.sorted
            digest = MatchText.digest(match.scalars)
            common = CommonLength(match.scalars)
            memberMatches = members.map(MatchText.init)
            matchString = MatchText.string(match.scalars)
            (lexiconPresence, holdsWider) = (nil, nil)
        }

        /// `clause` searched in `order` and with its lexicon words read (`wider`: the lexicon's
        /// wider words): what the reference sets once it has read all its clauses.
        init(_ clause: WordingClause, searchOrder order: [UInt64], lexiconPresence presence: LexiconWords.Presence?, wider: [String]) {
            (text, match, bigrams, common, dateOnly) = (clause.text, clause.match, clause.bigrams, clause.common, clause.dateOnly)
            (members, memberMatches, matchString, firm) = (clause.members, clause.memberMatches, clause.matchString, clause.firm)
            (searchOrder, lexiconPresence, digest) = (order, presence, clause.digest)
            holdsWider = wider.contains { ScalarText.contains(clause.matchString, word: $0) }
        }
    }

    /// Per requirement id, each wording line with its clauses long enough to be copied, in order:
    /// what the clause check compares a plan's copies with.
    let wordingLines: TextTable<RequirementID, [(line: String, clauses: [WordingClause])]>

    struct Shadow: Hashable {
        var phrase: MatchText
        /// Where the element starts inside `phrase`.
        var offset: Int
    }

    func match(_ s: String) -> MatchText { Self.match(s, in: matchTexts) }

    static func match(_ s: String, in matchTexts: TextTable<ByteKey, MatchText>) -> MatchText { matchTexts[ByteKey(s)] ?? MatchText(s) }

    /// The match texts of `spellings` that hold anything: what `CheckContext.says` looks for.
    static func needles(_ spellings: [String], in matchTexts: TextTable<ByteKey, MatchText>) -> [MatchText] {
        spellings.map { match($0, in: matchTexts) }.filter { !$0.isEmpty }
    }

    /// `phrase` with each word of an equivalence class it contains swapped, one word at a time, for
    /// the others of its class; `phrase` first.
    static func variants(of phrase: String, equivalents: [[String]]) -> [String] {
        var out = [phrase]
        for group in equivalents {
            for word in group where phrase.contains(word) {
                for other in group where other != word {
                    let swapped = phrase.replacingOccurrences(of: word, with: other)
                    if !out.contains(swapped) { out.append(swapped) }
                }
            }
        }
        return out
    }

    /// (first, last, length) in one word: scalar values take 21 bits each.
    @inline(__always)
    static func typoKey(first: UInt32, last: UInt32, length: Int) -> UInt64 {
        UInt64(first) | UInt64(last) << 21 | UInt64(truncatingIfNeeded: length) << 42
    }

    /// The terms whose first and last scalars and length are these.
    @inline(__always)
    func typoTerms(first: UInt32, last: UInt32, length: Int) -> [MatchText]? {
        typoTable[Self.typoKey(first: first, last: last, length: length)].map { typoGroups[$0] }
    }

    public init(index: ReferenceIndex, lexicon: ObligationLexicon) {
        self.index = index
        self.lexicon = lexicon
        let lexiconWords = LexiconWords(lexicon)
        self.lexiconWords = lexiconWords
        obligationWords = Set(lexicon.firm + lexicon.hedges + lexicon.cautions + lexicon.intensifiers)
        wordingPairs = index.reference.sections.map { section in
            section.requirements.map { r in r.wording.map { PairSet(MatchText($0).bigrams) }.filter { !$0.isEmpty } }
        }
        var linePairs = TextTable<ByteKey, PairSet>()
        for section in index.reference.sections {
            for r in section.requirements {
                for line in r.wording + [r.summary] + TextDiff.clauses(r.wording.joined(separator: "\n")) where linePairs[ByteKey(line)] == nil {
                    linePairs[ByteKey(line)] = PairSet(MatchText(line).bigrams)
                }
            }
        }
        self.linePairs = linePairs
        var vocabulary = Set<UInt64>()
        func add(_ s: String) { vocabulary.formUnion(MatchText(s).bigrams) }
        let reference = index.reference
        for part in reference.parts { add(part.heading); part.variants.forEach(add) }
        for section in reference.sections {
            add(section.title)
            section.variants.forEach(add)
            for r in section.requirements {
                add(r.name); add(r.summary)
                r.wording.forEach(add)
                r.terms.flatMap(\.spellings).forEach(add)
                r.lists.flatMap { $0 }.forEach(add)
                r.elements.flatMap(\.spellings).forEach(add)
            }
        }
        lexicon.glossary.forEach(add)
        self.vocabulary = vocabulary
        var matchTexts = TextTable<ByteKey, MatchText>()
        for (_, r) in reference.requirements {
            let strings = r.terms.flatMap(\.spellings) + r.lists.flatMap { $0.flatMap(ListCheck.spellings) }
                + r.elements.flatMap(\.spellings) + r.wording.flatMap(TextDiff.clauses)
            for s in strings where matchTexts[ByteKey(s)] == nil { matchTexts[ByteKey(s)] = MatchText(s) }
        }
        self.matchTexts = matchTexts
        var elementVariants = TextTable<String, [MatchText]>()
        var elementShadows = TextTable<String, [Shadow]>()
        let phrases = reference.requirements.map { ($0.requirement.id, ($0.requirement.terms.flatMap(\.spellings) + $0.requirement.elements.flatMap(\.spellings)).map(MatchText.init)) }
        for (_, r) in reference.requirements {
            for s in r.elements.flatMap(\.spellings) where elementVariants[s] == nil {
                elementVariants[s] = Self.variants(of: s, equivalents: lexicon.equivalents).map(MatchText.init)
                let needle = MatchText(s)
                var shadows: [Shadow] = []
                for (id, texts) in phrases where id != r.id {
                    for t in texts where t.count > needle.count {
                        if let k = t.firstOffset(of: needle.scalars), !shadows.contains(where: { $0.phrase == t && $0.offset == k }) {
                            shadows.append(Shadow(phrase: t, offset: k))
                        }
                    }
                }
                elementShadows[s] = shadows
            }
        }
        self.elementVariants = elementVariants
        self.elementShadows = elementShadows
        var wordingClauses: [RequirementID: [WordingClause]] = [:]
        var wordingLines: [RequirementID: [(line: String, clauses: [WordingClause])]] = [:]
        for (_, r) in reference.requirements {
            let lines = r.wording.map { line in
                (line, TextDiff.clauses(line).compactMap { c -> WordingClause? in
                    let m = MatchText(c)
                    guard m.count >= WordingCheck.shortestClause else { return nil }
                    let dateOnly = DeadlineExtractor.deadlines(in: c, planYear: nil).contains { MatchText($0.raw).count * 10 >= m.count * 7 }
                    return WordingClause(text: c, match: m, dateOnly: dateOnly, members: Enumerations.extract(c, minimum: 2).flatMap { $0 },
                                         firm: lexicon.isFirm(c))
                })
            }
            wordingLines[r.id] = lines
        }
        // How many wording clauses hold each pair, over the whole reference.
        var held: [UInt64: Int] = [:]
        for lines in wordingLines.values {
            for (_, clauses) in lines {
                for c in clauses {
                    for pair in c.bigrams.sorted { held[pair, default: 0] += 1 }
                }
            }
        }
        for (id, lines) in wordingLines {
            let ordered = lines.map { line in
                (line.line, line.clauses.map { c in
                    WordingClause(c, searchOrder: c.bigrams.sorted.sorted { (held[$0] ?? 0, $0) < (held[$1] ?? 0, $1) },
                                  lexiconPresence: lexiconWords.presence(in: c.matchString), wider: lexicon.wider)
                })
            }
            wordingLines[id] = ordered
            wordingClauses[id] = ordered.flatMap(\.1)
        }
        // In the reference's order (the table keeps its keys in the order stored).
        var clauseTable = TextTable<RequirementID, [WordingClause]>(), lineTable = TextTable<RequirementID, [(line: String, clauses: [WordingClause])]>()
        for (_, r) in reference.requirements where lineTable[r.id] == nil {
            (clauseTable[r.id], lineTable[r.id]) = (wordingClauses[r.id], wordingLines[r.id])
        }
        self.wordingClauses = clauseTable
        self.wordingLines = lineTable
        var lists = TextTable<RequirementID, PreparedLists>()
        for (_, r) in reference.requirements where lists[r.id] == nil {
            func needles(_ spellings: [String]) -> [MatchText] { Self.needles(spellings, in: matchTexts) }
            let members = r.lists.map { $0.map(ListCheck.spellings) }
            let obligation = obligationWords
            lists[r.id] = PreparedLists(
                lists: r.lists, wording: r.wording, members: members, needles: members.map { $0.map(needles) },
                clauses: r.lists.map { ListCheck.referenceClause(r, list: $0) },
                compiled: r.compiled, compiledNeedles: r.compiled.map { $0.members.map { needles([$0]) } },
                renderings: r.compiled.map(ListCheck.Rendering.init),
                compiledRead: r.compiled.map { !$0.members.allSatisfy(obligation.contains) })
        }
        self.lists = lists
        var gapWording = TextTable<RequirementID, GapWording>()
        for (_, r) in reference.requirements where gapWording[r.id] == nil { gapWording[r.id] = GapWording(r, lexicon: lexicon) }
        self.gapWording = gapWording
        askedDeadlines = Set(reference.requirements.compactMap { $0.requirement.deadline }.flatMap {
            DeadlineExtractor.deadlines(in: $0, planYear: reference.year).map(\.normalized)
        })
        var requirements = TextTable<RequirementID, Requirement>()
        for (_, r) in reference.requirements where requirements[r.id] == nil { requirements[r.id] = r }
        self.requirements = requirements
        let terms = TypoCheck.glossary(reference: reference, lexicon: lexicon)
        var groups: [[MatchText]] = []
        var byKey: [UInt64: Int] = [:]
        for t in terms {
            let key = Self.typoKey(first: t.scalars[0], last: t.scalars[t.count - 1], length: t.count)
            if let g = byKey[key] { groups[g].append(t) } else { byKey[key] = groups.count; groups.append([t]) }
        }
        typoGroups = groups
        typoTable = BigramTable(byKey.map { ($0.key, $0.value) })
        typoLengths = Set(terms.map(\.count)).sorted(by: >)
        typoKnown = Set(terms.map(\.scalars))
        typoStarts = ScalarSet(terms.compactMap { $0.scalars.first.flatMap(Unicode.Scalar.init) })
        typoEnds = ScalarSet(terms.compactMap { $0.scalars.last.flatMap(Unicode.Scalar.init) })
        func lengthTable(_ end: (MatchText) -> UInt32) -> TypoLengths {
            var byScalar: [UInt32: UInt64] = [:]
            for t in terms { byScalar[end(t), default: 0] |= Self.lengthBit(t.count) }
            return TypoLengths(byScalar)
        }
        typoStartLengths = lengthTable { $0.scalars[0] }
        typoEndLengths = lengthTable { $0.scalars[$0.count - 1] }
    }

    @inline(__always)
    static func lengthBit(_ length: Int) -> UInt64 { 1 << UInt64(min(length, 63)) }

    /// The lengths of the terms starting (`ends`: ending) with `scalar`, as `lengthBit`s.
    @inline(__always)
    func typoLengths(of scalar: UInt32, ends: Bool) -> UInt64 {
        (ends ? typoEndLengths : typoStartLengths).mask(scalar)
    }
}
