import XCTest
@testable import Compare

/// The check's fast paths against the plain readings they replaced: any difference here would
/// change a finding.
final class CheckFastPathTests: XCTestCase {
    /// The table's numbering gives each key the number of its first appearance, as a `Dictionary`
    /// filled in order would, on keys of every range including 0, few and many distinct, and the
    /// table then answers each key its number and no other key at all; so does a table built from
    /// the entries.
    func testNumberingNumbersKeysByFirstAppearance() {
        var seed: UInt64 = 3
        func next(_ n: UInt64) -> UInt64 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return (seed >> 33) % n
        }
        for round in 0..<200 {
            let n = Int(next(round % 20 == 19 ? 20_000 : 300))
            let keys = (0..<n).map { v in [next(50), next(1 << 40), next(70_000) << 32 | next(70_000)][v % 3] }
            let (table, numbers, distinct) = BigramTable.numbering(keys)
            var plain: [UInt64: Int32] = [:]
            for (v, key) in keys.enumerated() {
                if plain[key] == nil { plain[key] = Int32(plain.count) }
                XCTAssertEqual(numbers[v], plain[key])
            }
            XCTAssertEqual(distinct, plain.count)
            for (key, v) in plain { XCTAssertEqual(table[key], Int(v)) }
            XCTAssertNil(table[1 << 50])
            // The table built from entries answers as the dictionary does, key 0 and absent keys too.
            let built = BigramTable(plain.map { ($0.key, Int($0.value)) })
            for (key, v) in plain { XCTAssertEqual(built[key], Int(v)) }
            for absent: UInt64 in [0, 1 << 50, 1 << 41 | 7] where plain[absent] == nil { XCTAssertNil(built[absent]) }
            // The read table answers each key's two numbers (any, -1 included), and nil for the rest.
            let numbered = plain.map { (key: $0.key, first: $0.value - 1, second: Int32(next(3)) - 1) }
            let read = PairReadTable(numbered)
            for e in numbered {
                let got = read[e.key]
                XCTAssertEqual(got?.first, e.first)
                XCTAssertEqual(got?.second, e.second)
            }
            for absent: UInt64 in [0, 1 << 50, 1 << 41 | 7] where plain[absent] == nil { XCTAssertNil(read[absent]) }
        }
    }

    /// Clauses cut from the UTF-8 bytes equal the unicode scalar view's reading they replace: on
    /// every corpus line and whole text, and on 20,000 random strings over clause ends, white space
    /// of every width (tab, CR, LF, U+00A0, U+3000, U+2028), two-, three- and four-byte scalars,
    /// a combining mark and 、.
    func testClausesEqualTheScalarViewReading() throws {
        func plain(_ text: String) -> [String] {
            var out: [String] = []
            let scalars = text.unicodeScalars
            var start = scalars.startIndex
            func add(_ end: String.UnicodeScalarView.Index) {
                var a = start, b = end
                while a < b, scalars[a].properties.isWhitespace { a = scalars.index(after: a) }
                while b > a, scalars[scalars.index(before: b)].properties.isWhitespace { b = scalars.index(before: b) }
                if a < b { out.append(String(scalars[a..<b])) }
            }
            var i = start
            while i < scalars.endIndex {
                if TextDiff.clauseEnds.contains(scalars[i]) {
                    add(i)
                    start = scalars.index(after: i)
                }
                i = scalars.index(after: i)
            }
            add(scalars.endIndex)
            return out
        }
        let root = URL(fileURLWithPath: "\(#filePath)").deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let dir = root.appendingPathComponent("Corpus/local")
        var texts: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: dir.path).filter({ $0.hasSuffix(".txt") }).sorted() {
            let text = try Ingest.decode(bytes: [UInt8](Data(contentsOf: dir.appendingPathComponent(name))), name: name)
            texts.append(text.lines.map(\.text).joined(separator: "\n"))
            texts += text.lines.map(\.text)
        }
        let alphabet: [String] = ["，", "。", "；", "：", "！", "？", ",", ";", ":", "!", "?", "\n", " ", "\t", "\r", "\u{00A0}",
                                  "\u{3000}", "\u{2028}", "é", "e\u{0301}", "政", "务", "、", "𠀀", "😀", "a", "1"]
        var random = SeededRandom(seed: 5)
        for _ in 0..<20_000 { texts.append((0..<random.next(14)).map { _ in alphabet[random.next(alphabet.count)] }.joined()) }
        var pieces = 0
        for text in texts {
            let cut = TextDiff.clauses(text)
            // Bytes, not `String` equality (which would take é and e + U+0301 as one).
            XCTAssertEqual(cut.map { Array($0.utf8) }, plain(text).map { Array($0.utf8) }, "\(text.debugDescription)")
            pieces += cut.count
        }
        XCTAssertGreaterThan(pieces, 20_000)
    }

    /// The clause split asks Unicode's White_Space property, and the trim Foundation, only of
    /// scalars that may hold it: on every scalar there is, the shortcut never says "cannot" of one
    /// that does; trims equal Foundation's on ends of every kind, and on 5,000 random texts of
    /// spaces, ideographs and scalars that do not stand alone.
    func testWhitespaceShortcutMissesNoWhitespace() {
        var asked = 0
        for v in UInt32(0)...0x10_FFFF {
            guard let s = Unicode.Scalar(v), s.properties.isWhitespace else { continue }
            XCTAssertTrue(ScalarText.mayBeWhitespace(v), "U+\(String(v, radix: 16))")
            asked += 1
        }
        XCTAssertEqual(asked, 25)
        var spaces = 0
        for v in UInt32(0)...0x10_FFFF {
            guard let s = Unicode.Scalar(v), CharacterSet.whitespaces.contains(s) else { continue }
            XCTAssertTrue(ScalarText.mayBeWhitespace(v), "U+\(String(v, radix: 16))")
            spaces += 1
        }
        XCTAssertGreaterThan(spaces, 10)
        // Of the scalars that stand alone, U+0020 and U+3000 alone are white space.
        for v in UInt32(0)...0xFFFF where ScalarText.standsAlone(v) {
            XCTAssertEqual(CharacterSet.whitespaces.contains(Unicode.Scalar(v)!), v == 0x20 || v == 0x3000, "U+\(String(v, radix: 16))")
        }
        var random = SeededRandom(seed: 7)
        let alphabet = [" ", "\u{3000}", "甲", "。", "a", "\t", "\u{00A0}", "e\u{301}", "\n"]
        let randomTexts = (0..<5_000).map { _ in random.text(from: alphabet, maxLength: 6) }
        for text in ["", " ", "\u{3000}甲\u{3000}", "甲 ", " 甲", "甲乙", "a b", "\t甲\u{00A0}", "甲\u{301}", " \u{301}", "（甲）", "\n甲\n"] + randomTexts {
            XCTAssertEqual(Array(ScalarText.trimmingSpaces(text).utf8), Array(text.trimmingCharacters(in: .whitespaces).utf8), text.debugDescription)
            let sub = text[...]
            XCTAssertEqual(Array(ScalarText.trimmingSpaces(sub).utf8), Array(sub.trimmingCharacters(in: .whitespaces).utf8), text.debugDescription)
        }
    }

    /// One requirement's cosine, made when a finding needs it, is the number `cosines` gives it,
    /// to the bit: every corpus item and every line of wording against every requirement of both
    /// years' references, and texts with no known pair.
    func testOneCosineIsTheCosinesNumber() throws {
        var texts: [MatchText] = [MatchText(""), MatchText("甲"), MatchText("𠀀𠀁𠀂"), MatchText("abc123")]
        for name in Fixtures.planNames {
            texts += try Fixtures.plan(name).items.map { MatchText($0.node.text) }
        }
        var nonzero = 0
        for year in [2018, 2021] {
            let index = ReferenceIndex(try Fixtures.taxonomy.reference(forPlanYear: year))
            let lines = index.reference.sections.flatMap { $0.requirements.flatMap(\.wording) }.map(MatchText.init)
            for text in texts + lines {
                let all = index.cosines(text).requirements
                for r in all.indices {
                    let one = index.cosine(text, requirement: r)
                    XCTAssertEqual(one.bitPattern, all[r].bitPattern)
                    if one > 0 { nonzero += 1 }
                }
            }
        }
        XCTAssertGreaterThan(nonzero, 1_000)
        // The table of 1 + log(count) is the function's own numbers, in and past the table.
        for count in 1...200 { XCTAssertEqual(ReferenceIndex.termFrequency(count).bitPattern, (1 + log(Double(count))).bitPattern) }
    }

    /// The reference cosines, their known pairs read back in vocabulary order from per-plan
    /// counts (`RankCounts`) rather than sorted, are the numbers of sorting the text's vocabulary
    /// numbers and then its unknown pairs, to the bit: every corpus item and line of wording of both
    /// years, part headings (pairs with no postings), texts with no pair, only unknown pairs,
    /// repeated pairs and unknown pairs among known ones; each with fresh counts and with one set
    /// of counts reused for every text in turn, as a plan's items use it.
    func testReferenceCosinesSumInTheSortedOrder() throws {
        var texts: [MatchText] = ["", "甲", "𠀀𠀁𠀂", "abc123abc", "公开公开公开公开", "0a公开xyz信息政务zz公开0a"].map(MatchText.init)
        for name in Fixtures.planNames { texts += try Fixtures.plan(name).items.map { MatchText($0.node.text) } }
        var compared = 0
        for year in [2018, 2021] {
            let index = ReferenceIndex(try Fixtures.taxonomy.reference(forPlanYear: year))
            let lines = index.reference.sections.flatMap { $0.requirements.flatMap(\.wording) } + index.reference.parts.flatMap { [$0.heading] + $0.variants }
            let counts = index.rankCounts()
            for text in texts + lines.map(MatchText.init) {
                // The weights as they were made by sorting.
                let pairs = text.bigrams
                var known = pairs.compactMap { index.vocabularyTable[$0] }
                var unknown = pairs.filter { index.vocabularyTable[$0] == nil }
                known.sort()
                unknown.sort()
                var norm = 0.0
                var entries: [(Int, Double)] = []
                for run in runs(known) {
                    let w = ReferenceIndex.termFrequency(run.count) * index.vocabularyWeight[run.value]
                    norm += w * w
                    if run.value < index.sectionPostingStart.count - 1 { entries.append((run.value, w)) }
                }
                for run in runs(unknown) {
                    let w = ReferenceIndex.termFrequency(run.count) * index.unseenWeight
                    norm += w * w
                }
                var sections = [Double](repeating: 0, count: index.reference.sections.count)
                var requirements = [Double](repeating: 0, count: index.requirementOwners.count)
                if norm > 0 {
                    for (id, w) in entries {
                        let x = w * (1 / norm.squareRoot())
                        for k in index.sectionPostingStart[id]..<index.sectionPostingStart[id + 1] {
                            sections[index.sectionPostings[k].document] += x * index.sectionPostings[k].weight
                        }
                        for k in index.requirementPostingStart[id]..<index.requirementPostingStart[id + 1] {
                            requirements[index.requirementPostings[k].document] += x * index.requirementPostings[k].weight
                        }
                    }
                }
                for got in [index.cosines(text), index.cosines(text, counts: counts)] {
                    XCTAssertEqual(got.sections.map(\.bitPattern), sections.map(\.bitPattern))
                    XCTAssertEqual(got.requirements.map(\.bitPattern), requirements.map(\.bitPattern))
                }
                for r in requirements.indices where r % 7 == 0 {
                    XCTAssertEqual(index.cosine(text, requirement: r, counts: counts).bitPattern, requirements[r].bitPattern)
                }
                compared += 1
            }
        }
        XCTAssertGreaterThan(compared, 500)
    }

    /// The aligner's one pass over an item's pairs (`ReferenceIndex.read`) gives the three passes'
    /// readings: the cosines to the bit, the term hits in order and the titles held; every corpus
    /// item, every wording line, section title and part heading of both years, and texts with no
    /// pair, unknown pairs, a title or term at the very end; one set of counts reused throughout.
    func testOnePassReadsAsTheThreePasses() throws {
        var texts = ["", "甲", "𠀀𠀁𠀂", "abc123abc", "0a公开xyz信息政务zz公开0a"]
        for name in Fixtures.planNames { texts += try Fixtures.plan(name).items.map(\.node.text) }
        var (read, hits) = (0, 0)
        for year in [2018, 2021] {
            let index = ReferenceIndex(try Fixtures.taxonomy.reference(forPlanYear: year))
            let sections = index.reference.sections
            var own: [String] = sections.flatMap { s -> [String] in [s.title] + s.variants + s.requirements.flatMap(\.wording) }
            own += index.reference.parts.flatMap { p -> [String] in [p.heading] + p.variants }
            own += index.terms.map { t -> String in "做好" + MatchText.string(t.spelling) }
            let counts = index.rankCounts()
            for text in (texts + own).map({ MatchText($0) }) {
                let reading = index.read(text, counts: counts)
                let cosines = index.cosines(text)
                XCTAssertEqual(reading.sections.map(\.bitPattern), cosines.sections.map(\.bitPattern))
                XCTAssertEqual(reading.requirements.map(\.bitPattern), cosines.requirements.map(\.bitPattern))
                let expected = index.termHits(in: text)
                XCTAssertEqual(reading.hits.map(\.term), expected.map(\.term))
                XCTAssertEqual(reading.hits.map(\.offset), expected.map(\.offset))
                XCTAssertEqual(reading.titles, index.titlesInText(text))
                read += 1
                hits += expected.count
            }
        }
        XCTAssertGreaterThan(read, 1_000)
        XCTAssertGreaterThan(hits, 1_000)
    }

    /// Runs of equal values of a sorted array.
    private func runs<T: Equatable>(_ sorted: [T]) -> [(value: T, count: Int)] {
        var out: [(value: T, count: Int)] = []
        for v in sorted {
            if let last = out.last, last.value == v { out[out.count - 1].count += 1 } else { out.append((v, 1)) }
        }
        return out
    }

    /// The list reading's character marks answer as its three `Set<Character>`s do, on every
    /// scalar there is as a character (U+037E is ";" to `Character` equality, U+2329 is 〈) and on
    /// characters of several scalars.
    func testEnumerationMarksAreTheSetsAnswers() {
        func plain(_ ch: Character) -> Enumerations.Mark {
            if Enumerations.clauseEnds.contains(ch) { return .end }
            if Enumerations.openQuotes.contains(ch) { return .open }
            if Enumerations.closeQuotes.contains(ch) { return .close }
            return ch == "\"" ? .straightQuote : .other
        }
        var marked = 0
        for v in UInt32(0)...0x10_FFFF {
            guard let s = Unicode.Scalar(v) else { continue }
            let ch = Character(s)
            let expected = plain(ch)
            XCTAssertEqual(Enumerations.mark(ch), expected, "U+\(String(v, radix: 16))")
            if expected != .other { marked += 1 }
        }
        XCTAssertEqual(marked, 24, "the 23 characters of the sets, and U+037E, which is \";\"")
        for text in ["，\u{301}", "“\u{301}", "\r\n", "e\u{301}", "\u{1F1E8}\u{1F1F3}", "\"\u{301}"] {
            let ch = Character(text)
            XCTAssertEqual(Enumerations.mark(ch), plain(ch), text.debugDescription)
        }
    }

    /// Match texts read from UTF-8 equal the scalar view's reading they replace: every scalar
    /// alone and between others, every corpus line, and random strings of one- to four-byte
    /// scalars (full-width letters and digits, upper case, ideographs of every block kept).
    func testMatchTextFromBytesIsTheScalarViewsReading() throws {
        func plain(_ text: String) -> [UInt32] {
            var out: [UInt32] = []
            for s in text.unicodeScalars {
                var v = s.value
                if (0xFF10...0xFF19).contains(v) || (0xFF21...0xFF3A).contains(v) || (0xFF41...0xFF5A).contains(v) { v -= 0xFEE0 }
                if (0x41...0x5A).contains(v) { v += 0x20 }
                if let scalar = Unicode.Scalar(v), CJK.isIdeograph(scalar) || CJK.isASCIIAlnum(scalar) { out.append(v) }
            }
            return out
        }
        var kept = 0
        for v in UInt32(0)...0x10_FFFF {
            guard let s = Unicode.Scalar(v) else { continue }
            let alone = String(s), between = "甲" + String(s) + "Z"
            XCTAssertEqual(MatchText(alone).scalars, plain(alone), "U+\(String(v, radix: 16))")
            XCTAssertEqual(MatchText(between).scalars, plain(between), "U+\(String(v, radix: 16))")
            kept += MatchText(alone).count
        }
        XCTAssertGreaterThan(kept, 20_000)
        for name in Fixtures.planNames {
            for line in try Fixtures.plan(name).items.map(\.node.text) { XCTAssertEqual(MatchText(line).scalars, plain(line)) }
        }
        let alphabet: [String] = ["a", "Z", "5", "Ａ", "ｚ", "９", "é", "政", "〇", "𠀀", "\u{2FA1F}", "😀", "，", " ", "\u{F900}", "\u{3400}"]
        var random = SeededRandom(seed: 9)
        for _ in 0..<5_000 {
            let text = (0..<random.next(20)).map { _ in alphabet[random.next(alphabet.count)] }.joined()
            XCTAssertEqual(MatchText(text).scalars, plain(text), text)
        }
    }

    /// The per-item mask the clause and list checks weigh clauses by holds exactly the items of the
    /// section and those reaching the requirement, for every requirement of every section of both
    /// years, on every corpus plan.
    func testItemMaskIsTheSectionsAndRequirementsItems() throws {
        let lexicon = try ObligationLexicon.load(directory: Fixtures.taxonomyFolder)
        var owned = 0
        for year in [2018, 2021] {
            let prepared = CheckReference(index: ReferenceIndex(try Fixtures.taxonomy.reference(forPlanYear: year)), lexicon: lexicon)
            for name in Fixtures.planNames {
                let ctx = CheckContext(alignment: Aligner().align(try Fixtures.plan(name), to: prepared.index), prepared: prepared)
                for section in prepared.index.reference.sections {
                    for r in section.requirements {
                        let owners = Set((ctx.bySection[section.id] ?? []) + (ctx.byRequirement[r.id] ?? []))
                        let mask = ctx.itemMask(section: section.id, requirement: r.id)
                        XCTAssertEqual(mask.count, ctx.alignment.items.count)
                        XCTAssertEqual(Set(mask.indices.filter { mask[$0] }), owners)
                        owned += owners.count
                    }
                }
            }
        }
        XCTAssertGreaterThan(owned, 500)
    }

    /// An item the near-miss lookup passes over never holds the word with one inner character
    /// changed: for every corpus plan, every item against every term spelling and element spelling
    /// of both years of four characters or more, and words of four to eight characters cut from
    /// the items themselves with each inner character changed in turn.
    func testNearMissLookupPassesOverOnlyItemsThatCannotHoldTheWord() throws {
        let lexicon = try ObligationLexicon.load(directory: Fixtures.taxonomyFolder)
        var (passed, near) = (0, 0)
        for year in [2018, 2021] {
            let prepared = CheckReference(index: ReferenceIndex(try Fixtures.taxonomy.reference(forPlanYear: year)), lexicon: lexicon)
            let reference = prepared.index.reference
            let words = reference.sections.flatMap { $0.requirements.flatMap { r in
                r.terms.flatMap(\.spellings) + r.elements.flatMap(\.spellings)
            } }.map(MatchText.init).filter { $0.count >= 4 }
            for name in Fixtures.planNames {
                let ctx = CheckContext(alignment: Aligner().align(try Fixtures.plan(name), to: prepared.index), prepared: prepared)
                var cut = words
                for t in ctx.texts.prefix(6) {
                    for start in stride(from: 0, to: t.count, by: 11) {
                        for length in 4...8 where start + length <= t.count {
                            let w = Array(t.scalars[start..<(start + length)])
                            for k in 1..<(length - 1) {
                                var v = w
                                v[k] = 0x5730
                                cut.append(MatchText(scalars: v))
                            }
                        }
                    }
                }
                for word in cut {
                    for i in ctx.texts.indices {
                        let holds = ctx.texts[i].containsNearly(word)
                        if !ctx.mayHoldNearly(i, word) {
                            XCTAssertFalse(holds, MatchText.string(word.scalars))
                            passed += 1
                        } else if holds {
                            near += 1
                        }
                    }
                }
            }
        }
        XCTAssertGreaterThan(passed, 10_000)
        XCTAssertGreaterThan(near, 100)
    }

    /// The first-pair lookups answer as the scans they spare: for every corpus plan, every item
    /// and every clause against every term spelling, list member and element spelling of both
    /// years, and words of one to five characters cut from the items themselves, an item (or
    /// clause) said to hold a word does, and one said not to hold it does not.
    func testFirstPairLookupsAnswerAsTheScans() throws {
        let lexicon = try ObligationLexicon.load(directory: Fixtures.taxonomyFolder)
        var held = 0
        for year in [2018, 2021] {
            let prepared = CheckReference(index: ReferenceIndex(try Fixtures.taxonomy.reference(forPlanYear: year)), lexicon: lexicon)
            let reference = prepared.index.reference
            let referenceWords = reference.sections.flatMap { $0.requirements.flatMap { r in
                r.terms.flatMap(\.spellings) + r.lists.joined().flatMap(ListCheck.spellings) + r.compiled.flatMap(\.members)
            } }.map(MatchText.init)
            for name in Fixtures.planNames {
                let plan = try Fixtures.plan(name)
                let ctx = CheckContext(alignment: Aligner().align(plan, to: prepared.index), prepared: prepared)
                let clauses = PlanClauses(ctx)
                var words = referenceWords
                for t in ctx.texts.prefix(4) {
                    for start in stride(from: 0, to: t.count, by: 7) {
                        for length in 1...5 where start + length <= t.count { words.append(MatchText(scalars: Array(t.scalars[start..<(start + length)]))) }
                    }
                }
                for word in words {
                    for i in ctx.texts.indices {
                        XCTAssertEqual(ctx.holds(i, word), ctx.texts[i].contains(word))
                        if ctx.holds(i, word) { held += 1 }
                    }
                    let holders = clauses.mayHold(word)
                    for single in clauses.singles where single.match.contains(word) {
                        XCTAssertTrue(holders[single.entry], MatchText.string(word.scalars))
                    }
                }
            }
        }
        XCTAssertGreaterThan(held, 1_000)
    }

    /// The inert blocks hold what the diff numbering and the list reading assume: no scalar of
    /// them has a canonical decomposition, so no two of them are equal as `Character`s (the set of
    /// them has one element a scalar) and no sequence of several scalars equals one. A scalar
    /// outside may equal one inside (U+F9D1 is 六): that is why the numbering keys by scalar only
    /// when every character is inert.
    func testInertCharactersEqualOnlyThemselves() {
        var inert = Set<Character>()
        var scalars = 0
        for v in UInt32(0)...0x10_FFFF {
            guard let s = Unicode.Scalar(v) else { continue }
            XCTAssertEqual(TextDiff.isInert(Character(s)), CJK.isInert(v))
            guard CJK.isInert(v) else { continue }
            XCTAssertEqual(Array(String(s).decomposedStringWithCanonicalMapping.unicodeScalars), [s], "U+\(String(v, radix: 16))")
            inert.insert(Character(s))
            scalars += 1
        }
        XCTAssertEqual(inert.count, scalars)
        XCTAssertGreaterThan(scalars, 21_000)
        XCTAssertFalse(TextDiff.isInert(Character("e\u{301}")))
        XCTAssertFalse(TextDiff.isInert(Character("\r\n")))
        XCTAssertFalse(TextDiff.isInert(Character("\u{F9D1}")))
        // The list reading's byte test for 、: no other scalar is, as a character, equal to it.
        for v in UInt32(0)...0x10_FFFF where v != 0x3001 {
            guard let s = Unicode.Scalar(v) else { continue }
            XCTAssertNotEqual(Character(s), "、", "U+\(String(v, radix: 16))")
        }
        XCTAssertTrue(Character("\u{F9D1}") == Character("六"), "the case the numbering guards against")
    }

    /// The topic cosines, made from the pairs put in order by their idf numbers with the unknown
    /// ones merged in, equal those through `BigramVector`'s dictionaries to the bit: every corpus
    /// item and every line of wording, both references' sets of profiles, and texts with no pair,
    /// no known pair, repeated pairs, and unknown pairs before, between and after known ones (and
    /// repeated). One working memory serves every text in turn, as it serves a plan's items.
    func testTopicScoresAreTheVectorsScores() throws {
        let taxonomy = Fixtures.taxonomy
        var texts = ["", "甲", "𠀀𠀁𠀂𠀃", "公开公开公开公开", "abc123abc", "0a公开xyz信息政务zz公开0a", "𠀀𠀁政务公开𠀀𠀁~~", "~~公开"]
        for name in Fixtures.planNames { texts += try Fixtures.plan(name).items.map(\.node.text) }
        texts += taxonomy.references.flatMap { $0.sections.flatMap { $0.requirements.flatMap(\.wording) } }
        var scored = 0
        for references in [taxonomy.references, taxonomy.references.filter { $0.year == 2018 }] {
            let index = TopicIndex(topics: taxonomy.topics, references: references)
            let scratch = RankCounts(index.idfKeys.count)
            for text in texts {
                let m = MatchText(text)
                let vector = BigramVector(m, idf: index.idf)
                var cosine = Array(repeating: 0.0, count: index.profiles.count)
                for b in vector.weights.keys.sorted() {
                    guard let g = index.profileTable[b] else { continue }
                    for (k, pw) in index.profilePostings(g) { cosine[Int(k)] += vector.weights[b]! * pw }
                }
                let got = index.cosines(m.bigrams)
                let reused = index.cosines(m.bigrams, scratch: scratch)
                XCTAssertEqual(got.count, cosine.count)
                XCTAssertEqual(reused.map(\.bitPattern), got.map(\.bitPattern), text)
                for k in got.indices {
                    XCTAssertEqual(got[k].bitPattern, cosine[k].bitPattern, text)
                    if cosine[k] > 0 { scored += 1 }
                }
            }
        }
        XCTAssertGreaterThan(scored, 1_000)
    }

    /// An item's match text is its clauses' end to end, and the one-pass reading of an item's
    /// clauses and match texts (`TextDiff.clauseMatches`) is the split and the reading after it:
    /// every corpus item and wording line, and 5,000 random texts of
    /// ideographs, letters and digits (full-width too), every clause end, white space of every
    /// kind (U+3000, no-break space, tabs, line and paragraph separators), marks and emoji. The
    /// ideographs include the first and last of each lead byte around those passed by their lead
    /// byte alone (E4 holds U+4DC0 hexagrams, which matching ignores; EA holds no ideograph), and the
    /// match texts are also held to the scalars' own reading, byte by byte.
    func testAnItemsMatchTextAndPairsAreItsClauses() throws {
        var texts: [String] = []
        for name in Fixtures.planNames { texts += try Fixtures.plan(name).items.map(\.node.text) }
        texts += Fixtures.taxonomy.references.flatMap { $0.sections.flatMap { $0.requirements.flatMap(\.wording) } }
        let alphabet = ["政", "务", "公", "开", "，", "。", "；", "：", "！", "？", ",", ";", ":", "!", "?", "\n", "\r", " ", "\u{3000}", "\u{A0}",
                        "\t", "\u{2028}", "\u{2029}", "\u{200B}", "a", "Z", "9", "Ａ", "９", "、", "（", "）", "\u{F967}", "\u{301}", "😀", "-",
                        "\u{4000}", "\u{4DBF}", "\u{4DC0}", "\u{4E00}", "\u{4FFF}", "\u{5000}", "\u{9FFF}", "\u{A000}", "\u{3007}", "\u{E000}"]
        var random = SeededRandom(seed: 47)
        for _ in 0..<5_000 { texts.append((0..<random.next(40)).map { _ in alphabet[random.next(alphabet.count)] }.joined()) }
        var joined = 0
        for text in texts {
            let parts = TextDiff.clauses(text).map(MatchText.init)
            // A clause's match text read from the text's bytes where the clause stands is its
            // string's (the check keeps the places, not the strings).
            var bytes = text
            let fromBytes = bytes.withUTF8 { b in TextDiff.clauseRanges(b).map { MatchText.read(UnsafeBufferPointer(rebasing: b[$0])) } }
            XCTAssertEqual(fromBytes, parts.map(\.scalars), text)
            // And read in one pass with the cuts: the same places, the same match texts.
            let (ranges, scalars, ends) = bytes.withUTF8(TextDiff.clauseMatches)
            XCTAssertEqual(ranges, TextDiff.clauseRanges(text), text)
            XCTAssertEqual(ends.indices.map { Array(scalars[($0 == 0 ? 0 : ends[$0 - 1])..<ends[$0]]) }, fromBytes, text)
            XCTAssertEqual(scalars, MatchText(text).scalars, text)
            XCTAssertEqual(scalars, text.unicodeScalars.compactMap { MatchText.kept($0.value) }, text)
            XCTAssertEqual(TextDiff.clauseRanges(text).map { TextDiff.clause(text, $0) }, TextDiff.clauses(text), text)
            let whole = MatchText(text)
            XCTAssertEqual(Array(parts.map(\.scalars).joined()), whole.scalars, text)
            if parts.filter({ !$0.isEmpty }).count > 1 { joined += 1 }
        }
        XCTAssertGreaterThan(joined, 1_000)
    }

    /// The topic statuses read by name are each topic's items as asking every item gives them: on
    /// every corpus plan as aligned, and with its items' topics shuffled, repeated, dropped and
    /// written as a canonically equal spelling (a compatibility ideograph).
    func testTopicStatusesAreEachTopicsItems() throws {
        let topics = TopicIndex(topics: Fixtures.taxonomy.topics, references: Fixtures.taxonomy.references)
        let layer = Fixtures.taxonomy.topics + [Topic(name: "不动产", key: "x", summary: "")]
        var random = SeededRandom(seed: 53)
        var listed = 0
        for name in Fixtures.planNames {
            let plan = try Fixtures.plan(name)
            let index = ReferenceIndex(try Fixtures.taxonomy.choose(forPlanYear: plan.metadata.year).reference)
            var alignment = topics.assign(Aligner().align(plan, to: index))
            for round in 0..<4 {
                if round > 0 {
                    for i in alignment.items.indices {
                        var t = alignment.items[i].topics
                        if !t.isEmpty, random.next(3) == 0 { t.append(t[random.next(t.count)]) }
                        if random.next(4) == 0 { t.append("\u{F967}动产") }
                        if !t.isEmpty, random.next(5) == 0 { t.remove(at: random.next(t.count)) }
                        for k in t.indices.reversed() { t.swapAt(k, random.next(k + 1)) }
                        alignment.items[i].topics = t
                    }
                }
                let expected = layer.map { t in
                    TopicStatus(topic: t.name, key: t.key, items: alignment.items.filter { $0.topics.contains(t.name) }.map(\.item.path))
                }
                XCTAssertEqual(TopicCoverage.statuses(alignment, topics: layer), expected, name)
                listed += expected.map(\.items.count).reduce(0, +)
            }
        }
        XCTAssertGreaterThan(listed, 500)
    }

    /// Findings kept once by kind, item and requirement, then members: the findings a set of all
    /// five strings keeps, and members joined as the library joins them, in 3,000 random lists (time-limit findings of several requirements, empty
    /// and repeated members, canonically equal spellings).
    func testUniqueFindingsAreTheSetsFindings() {
        var random = SeededRandom(seed: 59)
        let kinds: [Finding.Kind] = [.weakened, .deadlineChange, .listOmission]
        let words = ["", "不动产", "\u{F967}动产", "公开", "公开、不动产"]
        var dropped = 0
        for _ in 0..<3_000 {
            let list = (0..<random.next(12)).map { k in
                Finding(kind: kinds[random.next(kinds.count)], severity: .warning, section: nil,
                        requirement: random.next(3) == 0 ? nil : RequirementID(["2021-1-1.a", "2021-1-1.b"][random.next(2)]),
                        path: ItemPath("一、/（\(random.next(3) + 1)）"), line: k, text: "", reference: "",
                        missing: (0..<random.next(3)).map { _ in words[random.next(words.count)] },
                        added: (0..<random.next(2)).map { _ in words[random.next(words.count)] }, message: .addsHedge("逐步"))
            }
            var seen = Set<[String]>()
            let expected = list.filter { f in
                let requirement = f.kind == .deadlineChange ? "" : f.requirement?.rawValue ?? ""
                return seen.insert([f.kind.rawValue, f.path.rawValue, requirement, f.missing.joined(separator: "、"), f.added.joined(separator: "、")]).inserted
            }
            XCTAssertEqual(DraftCheck.unique(list).map(\.line), expected.map(\.line))
            for f in list {
                XCTAssertEqual(DraftCheck.joined(f.missing, separator: "、"), f.missing.joined(separator: "、"))
                XCTAssertEqual(DraftCheck.joined(f.added), f.added.joined())
            }
            dropped += list.count - expected.count
        }
        XCTAssertGreaterThan(dropped, 200)
    }

    /// Reflow's canonical line from one decoding is `Canonical.text`'s, byte for byte: every corpus
    /// line and 20,000 random strings of ASCII punctuation in and between ASCII and Chinese, spaces
    /// and full-width letters and digits.
    func testReflowsCanonicalLineIsCanonicalText() throws {
        var texts: [String] = []
        for name in Fixtures.planNames { texts += try Fixtures.text(name).split(whereSeparator: \.isNewline).map(String.init) }
        let alphabet = ["(", ")", ":", ",", ";", "!", "?", " ", "a", "1", "政", "（", "Ａ", "９", "ｚ", ".", "\t", "é"]
        var random = SeededRandom(seed: 13)
        for _ in 0..<20_000 { texts.append((0..<random.next(12)).map { _ in alphabet[random.next(alphabet.count)] }.joined()) }
        var changed = 0
        for text in texts {
            let written = ScalarText.scalars(text)
            let scalars = Canonical.scalars(written)
            let line = scalars == written ? text : ScalarText.string(scalars)
            XCTAssertEqual(Array(line.utf8), Array(Canonical.text(text).utf8), text.debugDescription)
            if scalars != written { changed += 1 }
        }
        XCTAssertGreaterThan(changed, 1_000)
    }

    /// Shared pairs counted by one merge of two sorted lists equal the count of the two sets'
    /// intersection, on random lists with repeats and on every corpus line against the next.
    func testPairSetCountsWhatTheSetsShare() throws {
        var seed: UInt64 = 11
        func next(_ n: UInt64) -> UInt64 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return (seed >> 33) % n
        }
        for _ in 0..<2000 {
            let a = (0..<Int(next(60))).map { _ in next(40) }, b = (0..<Int(next(60))).map { _ in next(40) }
            XCTAssertEqual(PairSet(a).sharedCount(PairSet(b)), Set(a).intersection(Set(b)).count)
            XCTAssertEqual(PairSet(a).count, Set(a).count)
            XCTAssertEqual(Array(PairSet(a)), Set(a).sorted())
        }
        let root = URL(fileURLWithPath: "\(#filePath)").deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let dir = root.appendingPathComponent("Corpus/local")
        var lines: [MatchText] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: dir.path).filter({ $0.hasSuffix(".txt") }).sorted() {
            let text = try Ingest.decode(bytes: [UInt8](Data(contentsOf: dir.appendingPathComponent(name))), name: name)
            lines += text.lines.map { MatchText($0.text) }
        }
        var shared = 0
        // Made from a match text's scalars, the set is the one made from its pairs: every line,
        // one of one scalar and none, and 3,000 random texts long enough to be sorted by bytes.
        var random = SeededRandom(seed: 43)
        let texts = lines + [MatchText(scalars: []), MatchText(scalars: [0x4E00])] + (0..<3_000).map { _ in
            MatchText(scalars: (0..<random.next(200)).map { _ in UInt32(0x4E00 + random.next(30)) })
        }
        for t in texts { XCTAssertEqual(PairSet(t).sorted, PairSet(t.bigrams).sorted) }
        for (a, b) in zip(lines, lines.dropFirst()) {
            let n = PairSet(a.bigrams).sharedCount(PairSet(b.bigrams))
            XCTAssertEqual(n, Set(a.bigrams).sharedCount(Set(b.bigrams)))
            shared += n
        }
        XCTAssertGreaterThan(shared, 100)
    }

    /// The typo scan skips windows whose first scalar starts no term or whose last ends none: every
    /// term of both years' references starts and ends on scalars the tables hold (or past the
    /// plane, where nothing is skipped).
    func testTypoStartsHoldEveryTermsFirstScalar() throws {
        let lexicon = try ObligationLexicon.load(directory: Fixtures.taxonomyFolder)
        for year in [2018, 2021] {
            let prepared = CheckReference(index: ReferenceIndex(try Fixtures.taxonomy.reference(forPlanYear: year)), lexicon: lexicon)
            let terms = prepared.typoGroups.joined()
            XCTAssertGreaterThan(terms.count, 20)
            for term in terms {
                let first = term.scalars[0]
                XCTAssertTrue(first >= 0x1_0000 || prepared.typoStarts.contains(value: first), MatchText.string(term.scalars))
                let last = term.scalars[term.count - 1]
                XCTAssertTrue(last >= 0x1_0000 || prepared.typoEnds.contains(value: last), MatchText.string(term.scalars))
            }
            XCTAssertFalse(prepared.typoStarts.contains(value: 0x0041))
            XCTAssertFalse(prepared.typoEnds.contains(value: 0x0041))
        }
    }

    /// Where a reference's list starts, how far a clause opens as the reference does and where
    /// its first 、 stands, read by scalars, are the character reading's answers: every list of
    /// both references against every line of its requirement's wording, with clauses made from
    /// every corpus item's clauses, from the line itself cut at every fifth character, and from the
    /// line's opening words followed by an item clause (so that the two open alike), each also with
    /// a 、 put in, a decomposed accent, an emoji and a compatibility ideograph (U+F9D1, 六), which
    /// send the reading to characters.
    func testListPlacesByScalarsAreTheCharacterPlaces() throws {
        let items = try Fixtures.planNames.flatMap { try Fixtures.plan($0).items.flatMap { TextDiff.clauses($0.node.text) } }
        var compared = 0, opened = 0
        for year in [2018, 2021] {
            let reference = try Fixtures.taxonomy.reference(forPlanYear: year)
            for r in reference.sections.flatMap(\.requirements) where !r.lists.isEmpty {
                for line in r.wording {
                    let l = Array(line)
                    var clauses = stride(from: 0, to: l.count, by: 5).map { String(l[$0...]) } + stride(from: 5, to: l.count, by: 5).map { String(l[..<$0]) }
                    for (k, item) in items.enumerated() where k % 7 == compared % 7 {
                        clauses.append(item)
                        clauses.append(String(l.prefix(4 + k % 9)) + item)
                    }
                    for clause in clauses {
                        let c = Array(clause)
                        let variants = [clause, String(c.prefix(c.count / 2)) + "、" + String(c.dropFirst(c.count / 2)),
                                        clause + "e\u{301}", "😀" + clause, String(c.prefix(3)) + "\u{F9D1}" + String(c.dropFirst(3))]
                        for (v, text) in variants.enumerated() {
                            for list in r.lists.map({ $0.map(ListCheck.spellings) }) {
                                for ref in v == 2 ? [line, line + "\u{F9D1}"] : [line] {
                                    let fast = ListCheck.places(in: text, list: list, reference: ref)
                                    let plain = ListCheck.characterPlaces(in: text, list: list, reference: ref)
                                    XCTAssertTrue(fast == plain, "\(text) | \(ref): \(fast) against \(plain)")
                                    compared += 1
                                    if fast.common >= 4 { opened += 1 }
                                }
                            }
                        }
                    }
                }
            }
        }
        XCTAssertGreaterThan(compared, 10_000)
        XCTAssertGreaterThan(opened, 1_000)
    }

    /// The check's clauses of an item, made from their places when asked, are the item's clauses
    /// as `TextDiff.clauses` cuts them, with their match texts: every item of every corpus plan
    /// against both references.
    func testClauseTextsMadeWhenAskedAreTheItemsClauses() throws {
        var clauses = 0
        for (_, ctx) in try Fixtures.checkContexts() {
            let plan = PlanClauses(ctx)
            for i in ctx.alignment.items.indices {
                let written = TextDiff.clauses(ctx.item(i).node.text)
                XCTAssertEqual(ctx.clauseRanges[i].indices.map { ctx.clauseText(i, $0) }, written)
                XCTAssertEqual(written.indices.map { plan.clauseText(i, $0) }, written)
                XCTAssertEqual(ctx.clauseMatches[i], written.map(MatchText.init))
                clauses += written.count
            }
        }
        XCTAssertGreaterThan(clauses, 1_000)
    }

    /// A requirement's place among the index's owners is the first owner a scan finds with that
    /// section id and requirement id: every requirement of both years, ids no section has, and a
    /// reference where a second section repeats the first's id with other requirements (the scan
    /// finds a requirement only the second holds in the second).
    func testARequirementsOwnerIsTheFirstTheOwnersScanFinds() throws {
        let lexicon = try ObligationLexicon.load(directory: Fixtures.taxonomyFolder)
        var references = try [2018, 2021].map { try Fixtures.taxonomy.reference(forPlanYear: $0) }
        var twin = references[1]
        var second = twin.sections[1]
        second.id = twin.sections[0].id
        second.requirements = Array(second.requirements.prefix(2)) + Array(twin.sections[0].requirements.prefix(1))
        twin.sections.append(second)
        references.append(twin)
        var asked = 0
        for reference in references {
            let prepared = CheckReference(index: ReferenceIndex(reference), lexicon: lexicon)
            let ctx = CheckContext(alignment: Aligner().align(try Fixtures.plan(Fixtures.planNames[0]), to: prepared.index), prepared: prepared)
            let index = prepared.index
            func scan(_ s: SectionID, _ r: RequirementID) -> Int? {
                index.requirementOwners.firstIndex { o in
                    index.reference.sections[o.section].id == s && index.reference.sections[o.section].requirements[o.requirement].id == r
                }
            }
            let sections = Set(reference.sections.map(\.id))
            let requirements = Set(reference.sections.flatMap { $0.requirements.map(\.id) })
            for s in sections {
                for r in requirements {
                    XCTAssertEqual(ctx.owner(section: s, requirement: r), scan(s, r), "\(s) \(r)")
                    asked += 1
                }
                XCTAssertNil(ctx.owner(section: s, requirement: RequirementID("no-such-requirement")))
            }
        }
        XCTAssertGreaterThan(asked, 1_000)
    }
}
