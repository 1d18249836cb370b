import XCTest

@testable import Compare

/// The aligner on corpus plans changed the ways real plans differ from the national text:
/// sections deleted, items and sections reordered, numbering restyled. No rule may depend on order
/// or numbers, so an item keeps its alignment through all of it.
final class AlignerTests: XCTestCase {
    static let name = "2021-xinjiang-tulufan-gaochang-draft.txt"
    let index = ReferenceIndex(Fixtures.taxonomy.reference(year: 2021)!)

    /// A plan of parts (一、), sections (（一）) and items (1.) cut into blocks, so tests can drop,
    /// reorder and renumber them and write the text back out.
    struct Outline {
        struct Section { var heading: String; var items: [[String]] }
        struct Part { var heading: String; var sections: [Section] }
        var preamble: [String] = []
        var parts: [Part] = []

        init(_ text: String) {
            for line in text.components(separatedBy: "\n") {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if let rest = Self.strip(trimmed, Self.partMarker) {
                    parts.append(Part(heading: rest, sections: []))
                } else if let rest = Self.strip(trimmed, Self.sectionMarker), !parts.isEmpty {
                    parts[parts.count - 1].sections.append(Section(heading: rest, items: []))
                } else if let rest = Self.strip(trimmed, Self.itemMarker), let p = parts.indices.last, !parts[p].sections.isEmpty {
                    parts[p].sections[parts[p].sections.count - 1].items.append([rest])
                } else if let p = parts.indices.last, let s = parts[p].sections.indices.last, !parts[p].sections[s].items.isEmpty {
                    parts[p].sections[s].items[parts[p].sections[s].items.count - 1].append(line)
                } else if parts.isEmpty {
                    preamble.append(line)
                }
            }
        }

        static let partMarker = #"^[一二三四五六七八九十]+、"#
        static let sectionMarker = #"^[（(][一二三四五六七八九十]+[)）]\s*"#
        static let itemMarker = #"^[0-9]+[.．、]\s*"#

        static func strip(_ line: String, _ pattern: String) -> String? {
            guard let r = line.range(of: pattern, options: .regularExpression) else { return nil }
            return String(line[r.upperBound...])
        }

        /// The text again, numbered by the given styles; items numbered straight through or per section.
        func render(part: (Int) -> String = { "\(ChineseNumeral.string($0))、" },
                    section: (Int) -> String = { "（\(ChineseNumeral.string($0))）" },
                    item: (Int) -> String = { "\($0). " }, restartItems: Bool = false) -> String {
            var out = preamble
            var n = 0
            for (p, part_) in parts.enumerated() {
                out.append(part(p + 1) + part_.heading)
                for (s, section_) in part_.sections.enumerated() {
                    out.append(section(s + 1) + section_.heading)
                    if restartItems { n = 0 }
                    for lines in section_.items {
                        n += 1
                        out.append(item(n) + lines[0])
                        out.append(contentsOf: lines.dropFirst())
                    }
                }
            }
            return out.joined(separator: "\n")
        }
    }

    /// Item text → sections, for comparing alignments of plans whose paths differ.
    func alignment(_ text: String) throws -> [String: [SectionID]] {
        let aligned = Aligner().align(try Fixtures.parse(text, name: Self.name), to: index)
        var out: [String: [SectionID]] = [:]
        for item in aligned.items { out[item.item.node.text] = item.sections }
        return out
    }

    func original() throws -> (text: String, outline: Outline, alignment: [String: [SectionID]]) {
        let text = try Fixtures.text(Self.name)
        let outline = Outline(text)
        XCTAssertEqual(outline.parts.count, 5)
        XCTAssertEqual(outline.parts.flatMap(\.sections).count, 16)
        // Rendering unchanged must give the same alignment, or the edits below test the editor.
        let alignment = try alignment(outline.render())
        XCTAssertEqual(alignment, try self.alignment(text))
        XCTAssertEqual(alignment.count, 42)
        return (text, outline, alignment)
    }

    /// The remembered heading similarities are what each heading gives afresh, whatever was asked
    /// before: a heading spelt with a compatibility ideograph (U+FAAE for 类) after the plain one
    /// gets its own numbers, not the plain one's (a `String`-keyed memo answered canonically equal
    /// spellings alike, so the result hung on which came first); and every corpus plan's headings,
    /// asked in document order, answer as a fresh cache does.
    func testRememberedHeadingsAnswerAsFreshOnes() throws {
        let plain = "做好各类规划主动公开", twin = "做好各\u{FAAE}规划主动公开"
        XCTAssertEqual(plain, twin, "the two are canonically equal")
        var cache = Aligner.HeadingCache(index: index)
        var fresh = Aligner.HeadingCache(index: index)
        _ = cache.title(plain)
        XCTAssertEqual(cache.title(twin), fresh.title(twin))
        var again = Aligner.HeadingCache(index: index)
        XCTAssertNotEqual(again.title(plain), fresh.title(twin), "the twin reads differently, so the memo must not share")
        for name in Fixtures.planNames {
            var shared = Aligner.HeadingCache(index: index)
            for item in try Fixtures.plan(name).items {
                for heading in [item.node.heading].compactMap({ $0 }) + item.context {
                    var alone = Aligner.HeadingCache(index: index)
                    XCTAssertEqual(shared.title(heading), alone.title(heading))
                    XCTAssertEqual(shared.part(heading), alone.part(heading))
                }
            }
        }
    }

    /// One `Evidence` filled item after item aligns each item as a fresh one does: every item of
    /// every corpus plan against both years, read backwards then forwards (each after another
    /// item than in the plan), and an item emptied of its text and headings between them.
    func testEvidenceReusedItemAfterItemAlignsAsFreshEvidence() throws {
        var compared = 0
        for year in [2018, 2021] {
            let index = ReferenceIndex(try Fixtures.taxonomy.reference(forPlanYear: year))
            var cache = Aligner.HeadingCache(index: index)
            var shared = Aligner.Evidence()
            for name in Fixtures.planNames {
                let items = try Fixtures.plan(name).items
                var bare = items[0]
                (bare.node.text, bare.node.heading, bare.context) = ("", nil, [])
                for item in items.reversed() + [bare] + items {
                    let text = MatchText(item.node.text)
                    var alone = Aligner.HeadingCache(index: index)
                    var fresh = Aligner.Evidence()
                    let reused = Aligner().align(item, text: text, index: index, headings: &cache, evidence: &shared)
                    XCTAssertEqual(reused, Aligner().align(item, text: text, index: index, headings: &alone, evidence: &fresh))
                    compared += 1
                }
            }
        }
        XCTAssertGreaterThan(compared, 700)
    }

    func testDeletingASectionReportsItUncovered() throws {
        let (_, outline, before) = try original()
        var edited = outline
        let removed = edited.parts[3].sections.remove(at: 1)
        XCTAssertEqual(removed.heading, "规范政府信息公开行政复议案件审理标准")
        let plan = try Fixtures.parse(edited.render(), name: Self.name)
        let aligned = Aligner().align(plan, to: index)
        let coverage = Dictionary(uniqueKeysWithValues: aligned.coverage.map { ($0.section, $0.isCovered) })
        XCTAssertEqual(coverage["2021-4-2"], false)
        XCTAssertEqual(coverage.filter { !$0.value }.map(\.key), ["2021-4-2"])
        // Every other item keeps its alignment.
        for item in aligned.items {
            XCTAssertEqual(item.sections, before[item.item.node.text], "\(item.item.path)")
        }
    }

    func testShufflingItemsAndSectionsKeepsTheAlignment() throws {
        let (_, outline, before) = try original()
        var shuffled = outline
        shuffled.parts.reverse()
        for p in shuffled.parts.indices {
            shuffled.parts[p].sections.reverse()
            for s in shuffled.parts[p].sections.indices { shuffled.parts[p].sections[s].items.reverse() }
        }
        let after = try alignment(shuffled.render())
        XCTAssertEqual(after, before)
    }

    func testRenumberingKeepsTheAlignment() throws {
        let (_, outline, before) = try original()
        // Parts as 1、, sections as （1）, items as ① restarting in each section: another family at every level.
        let renumbered = outline.render(
            part: { "\($0)、" },
            section: { "（\($0)）" },
            item: { String(UnicodeScalar(0x245F + $0)!) }, restartItems: true)
        XCTAssertNotEqual(renumbered, outline.render())
        XCTAssertEqual(try alignment(renumbered), before)
    }

    func testAnItemGoesWhereItsTextBelongsNotWhereItIsFiled() throws {
        // 直达资金 filed under a 政策解读 heading is still fiscal information.
        let text = "2021年某区政务公开工作要点\n一、紧扣宏观政策落地见效深化政务公开\n（一）持续加强重大政策发布解读\n1. 在政府门户网站建设“财政资金直达基层”专栏，及时公开直达资金相关政策、资金分配下达等情况。\n2. 围绕做好“六稳”工作、落实“六保”任务，及时发布权威信息，开展深入解读。"
        let aligned = Aligner().align(try Fixtures.parse(text), to: index)
        XCTAssertEqual(aligned.items.map(\.sections), [["2021-1-3"], ["2021-2-1"]])
        XCTAssertEqual(aligned.items[0].requirements.first, "2021-1-3c")
        let reasons = aligned.items[0].matches[0].reasons
        XCTAssertTrue(reasons.contains { $0.kind == .term && $0.text == "直达资金" }, "\(reasons)")
    }

    func testALocalTaskUnderANationalHeadingStaysLocal() throws {
        let text = "2021年某区政务公开工作要点\n一、紧扣宏观政策落地见效深化政务公开\n（一）持续加强重大政策发布解读\n1. 各部门主要负责同志每年至少听取1次工作汇报，专题研究部署。\n2. 围绕做好“六稳”工作、落实“六保”任务，及时发布权威信息，开展深入解读。"
        let aligned = Aligner().align(try Fixtures.parse(text), to: index)
        XCTAssertTrue(aligned.items[0].isLocal)
        XCTAssertEqual(aligned.localAdditions.count, 1)
        XCTAssertEqual(aligned.items[1].sections, ["2021-2-1"])
    }

    func testAnItemWrittenAsTheNationalTitleIsNotLocal() throws {
        let text = "2021年某区政务公开工作要点\n一、紧扣强基础抓基层深化政务公开\n（一）其他工作\n1. 完善政务公开平台。\n2. 做好财政信息公开工作，按要求公开相关信息。"
        let aligned = Aligner().align(try Fixtures.parse(text), to: index)
        XCTAssertEqual(aligned.items.map(\.sections), [["2021-3-2"], ["2021-1-3"]])
        XCTAssertTrue(aligned.items[0].matches[0].reasons.contains { $0.kind == .title })
    }

    func testOneItemMayCarryOutSeveralSections() throws {
        let text = "2021年某区政务公开工作要点\n一、抓落实\n（一）综合任务\n1. 2021年底前，政府门户网站全部支持互联网协议第6版，并集中公开本地区现行有效规章，实现规章集中统一公开。"
        let aligned = Aligner().align(try Fixtures.parse(text), to: index)
        XCTAssertEqual(Set(aligned.items[0].sections), ["2021-3-1", "2021-3-2"])
    }

    func testAligningIsDeterministic() throws {
        let plan = try Fixtures.plan(Self.name)
        let a = AlignmentJSON.value(Aligner().align(plan, to: index)).rendered()
        let b = AlignmentJSON.value(Aligner().align(plan, to: ReferenceIndex(Fixtures.taxonomy.reference(year: 2021)!))).rendered()
        XCTAssertEqual(a, b)
    }
}

extension AlignerTests {
    /// The key terms an item counts per section, and the order of a section match's requirements,
    /// are those the dictionary reading gives: every item of every corpus plan against both
    /// references, and each item's text repeated and with its terms' spellings appended (so that a
    /// term is found again, inside a longer one, and for several requirements of a section).
    func testTermCountsAndRequirementOrderAreTheDictionaryReadings() throws {
        var compared = 0
        for year in [2018, 2021] {
            let index = ReferenceIndex(try Fixtures.taxonomy.reference(forPlanYear: year))
            var cache = Aligner.HeadingCache(index: index)
            let spellings = index.terms.prefix(40).map { MatchText.string($0.spelling) }
            for name in Fixtures.planNames {
                for item in try Fixtures.plan(name).items {
                    var longer = item
                    longer.node.text = item.node.text + item.node.text + spellings.joined(separator: "，")
                    for it in [item, longer] {
                        let evidence = Aligner().gather(it, text: MatchText(it.node.text), index: index, headings: &cache)
                        // Terms counted as the dictionaries counted them.
                        var hits = index.termHits(in: MatchText(it.node.text))
                        hits.sort { a, b in
                            let la = index.terms[a.term].spelling.count, lb = index.terms[b.term].spelling.count
                            return la != lb ? la > lb : (a.offset != b.offset ? a.offset < b.offset : a.term < b.term)
                        }
                        var spans: [Int: [Range<Int>]] = [:]
                        var counted: [Int: Set<Int>] = [:]
                        var terms: [Int: [String]] = [:]
                        for hit in hits {
                            let t = index.terms[hit.term]
                            let span = hit.offset..<(hit.offset + t.spelling.count)
                            if spans[t.section, default: []].contains(where: { $0.lowerBound <= span.lowerBound && span.upperBound <= $0.upperBound }) { continue }
                            spans[t.section, default: []].append(span)
                            guard counted[t.section, default: []].insert(t.term).inserted else { continue }
                            terms[t.section, default: []].append(t.name)
                        }
                        var found: [Int: [String]] = [:]
                        for t in evidence.terms { found[t.section, default: []].append(t.name) }
                        XCTAssertEqual(found, terms)
                        // Requirements ordered by their summed weights as a dictionary ordered them.
                        for si in index.reference.sections.indices {
                            var byRequirement: [Int: Double] = [:]
                            for t in evidence.terms where t.section == si { byRequirement[t.requirement, default: 0] += t.weight }
                            let plain = byRequirement.keys.sorted { byRequirement[$0]! != byRequirement[$1]! ? byRequirement[$0]! > byRequirement[$1]! : $0 < $1 }
                            let match = Aligner().match(evidence, section: si, index: index)
                            if !plain.isEmpty {
                                XCTAssertEqual(match.requirements, plain.map { index.reference.sections[si].requirements[$0].id })
                                compared += 1
                            }
                        }
                    }
                }
            }
        }
        XCTAssertGreaterThan(compared, 1_000)
    }

    /// A section's requirements read by range are those its owners name, in the same order, in every
    /// bundled year (the match picks the closest requirement's cosine from them).
    func testASectionsRequirementRangeIsItsOwners() throws {
        for year in [2018, 2021] {
            let index = ReferenceIndex(try Fixtures.taxonomy.reference(forPlanYear: year))
            var total = 0
            for si in index.reference.sections.indices {
                let owned = index.requirementOwners.indices.filter { index.requirementOwners[$0].section == si }
                XCTAssertEqual(Array(index.requirementRange(section: si)), owned)
                XCTAssertEqual(owned.count, index.reference.sections[si].requirements.count)
                total += owned.count
            }
            XCTAssertEqual(total, index.requirementOwners.count)
        }
    }

    /// The coverage read in one pass by section place is the reading by section id: per section,
    /// the paths of the items matching it, in order, and the requirements some match names, in
    /// the reference's order. Every corpus plan against both references, and each plan's items
    /// matched also to a section the reference lacks and, shuffled, to the sections of others.
    func testCoverageIsTheReadingBySectionId() throws {
        var random = SeededRandom(seed: 61)
        var reached = 0
        for year in [2018, 2021] {
            let reference = try Fixtures.taxonomy.reference(forPlanYear: year)
            let index = ReferenceIndex(reference)
            for name in Fixtures.planNames {
                var items = Aligner().align(try Fixtures.plan(name), to: index).items
                for i in items.indices where random.next(4) == 0 {
                    let other = reference.sections[random.next(reference.sections.count)]
                    items[i].matches.append(SectionMatch(section: other.id, requirements: other.requirements.prefix(2).map(\.id), score: 0, reasons: []))
                    items[i].matches.append(SectionMatch(section: "no-such-section", requirements: ["no-such-requirement"], score: 0, reasons: []))
                }
                let expected = reference.sections.map { section in
                    let matching = items.filter { $0.matches.contains { $0.section == section.id } }
                    let named = Set(matching.flatMap { $0.matches.filter { $0.section == section.id }.flatMap(\.requirements) })
                    return SectionCoverage(section: section.id, items: items.flatMap { a in a.matches.filter { $0.section == section.id }.map { _ in a.item.path } },
                                           requirementsReached: section.requirements.map(\.id).filter(named.contains), requirementsTotal: section.requirements.count)
                }
                let got = Aligner.coverage(items, reference: reference)
                XCTAssertEqual(got, expected, name)
                reached += got.reduce(0) { $0 + $1.requirementsReached.count }
            }
        }
        XCTAssertGreaterThan(reached, 100)
    }

    /// Each term's weight counts the section profiles holding it: found for all spellings at once,
    /// the counts are a search's, spelling by spelling, both for the national points and for a
    /// plan used as the reference whose items list 1,000 members each (terms enough for the pass
    /// by windows' hashes).
    func testTermWeightsCountTheProfilesASearchFinds() throws {
        let titles = ["做好信息公开", "做好政策解读", "回应社会关切", "加强平台建设"]
        var text = "某市2021年政务公开工作要点\n一、重点任务\n"
        for (k, title) in titles.enumerated() {
            let members = stride(from: k, to: 1_000 * (k + 1), by: k + 1).map { "事项\($0)" }
            text += "（\(ChineseNumeral.string(k + 1))）\(title)。\n1．重点公开\(members.joined(separator: "、"))等信息。\n"
        }
        let built = try ReferenceBuilder.build(from: try Fixtures.parse(text), path: "list.txt")
        for reference in [Fixtures.taxonomy.reference(year: 2021)!, built] {
            let index = ReferenceIndex(reference)
            let profiles = ReferenceIndex.profiles(reference.sections)
            for term in index.terms {
                let holders = profiles.count { $0.contains(MatchText(scalars: term.spelling)) }
                let expected = log(1 + Double(profiles.count) / Double(max(1, holders))) * min(1.0, 0.4 + 0.2 * Double(term.spelling.count))
                XCTAssertEqual(term.weight, expected, term.name)
            }
        }
        // Enough terms, in long enough profiles, for the pass by windows' hashes.
        let terms = ReferenceIndex(built).terms.count
        XCTAssertGreaterThan(terms, 64)
        XCTAssertTrue(ReferenceIndex.profiles(built.sections).contains { $0.count * terms > 1 << 22 })
    }
}

extension AlignerTests {
    /// An aligner that keeps the matches alone (`Aligner.Detail.matchesOnly`, what a check asks
    /// for) aligns every item of every corpus plan to the same sections, requirements and scores
    /// against both references, and the check of its alignment is the check of the full one: only
    /// the reasons and the coverage by section, which no check reads, are left out.
    func testAnAlignmentOfMatchesAloneChecksAlike() throws {
        var reasons = 0
        let lexicon = try ObligationLexicon.load(directory: Fixtures.taxonomyFolder)
        for year in [2021, 2018] {
            let index = ReferenceIndex(Fixtures.taxonomy.reference(year: year)!)
            let prepared = CheckReference(index: index, lexicon: lexicon)
            for name in Fixtures.planNames {
                let plan = try Fixtures.plan(name)
                let full = Aligner().align(plan, to: index), bare = Aligner(detail: .matchesOnly).align(plan, to: index)
                var stripped = full
                XCTAssertFalse(full.coverage.isEmpty)
                stripped.coverage = []
                for i in stripped.items.indices {
                    for m in stripped.items[i].matches.indices {
                        reasons += stripped.items[i].matches[m].reasons.count
                        stripped.items[i].matches[m].reasons = []
                    }
                }
                XCTAssertEqual(bare, stripped, "\(name) against \(year)")
                XCTAssertEqual(DraftCheck.run(bare, against: prepared), DraftCheck.run(full, against: prepared), "\(name) against \(year)")
            }
        }
        XCTAssertGreaterThan(reasons, 500)
    }
}
