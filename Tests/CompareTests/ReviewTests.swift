import XCTest

@testable import Compare

/// The year-over-year review, built by changing corpus plans the ways a plan changes from one year
/// to the next: items deleted, reordered and renumbered, a deadline moved, wording rewritten.
final class ReviewTests: XCTestCase {
    static let gaochang = AlignerTests.name
    static let wulumuqi = "2018-xinjiang-wulumuqi.txt"
    static let zhuhai = "2021-guangdong-zhuhai-gaoxinqu.txt"

    /// Corpus plans parsed once for the whole class (parsing dominates a review's time in debug builds).
    nonisolated(unsafe) static var parsed: [String: Plan] = [:]
    func plan(_ name: String) throws -> Plan {
        if let plan = Self.parsed[name] { return plan }
        let parsed = try Fixtures.plan(name)
        Self.parsed[name] = parsed
        return parsed
    }

    func review(_ old: Plan, _ new: Plan) throws -> ReviewResult {
        try Pipeline(taxonomy: Fixtures.taxonomy, lexicon: nil).review(old: old, new: new)
    }

    /// The 高昌 draft against itself after `edit`.
    func edited(_ edit: (String) -> String) throws -> ReviewResult {
        let text = try Fixtures.text(Self.gaochang)
        let edited = edit(text)
        XCTAssertNotEqual(edited, text, "the edit must change the plan")
        return try review(plan(Self.gaochang), Fixtures.parse(edited, name: Self.gaochang))
    }

    func ids(_ entries: [ReviewEntry]) -> [String] { entries.map(\.id) }

    // MARK: A plan against itself

    func testAPlanReviewedAgainstItselfCarriesEverythingOver() throws {
        for name in [Self.gaochang, Self.wulumuqi] {
            let p = try plan(name)
            let r = try review(p, p)
            XCTAssertEqual(r.entries.carriedOver.count, p.items.count, name)
            XCTAssertEqual(r.entries.carriedOver.map(\.old.id), r.entries.carriedOver.map(\.new.id), name)
            // A drawn-from plan against itself is cautioned once, not once a side.
            XCTAssertEqual(ReviewMarkdown.render(r, language: .zh).components(separatedBy: "**注意**：本工具所存").count - 1, 1, name)
            XCTAssertEqual(ids(r.entries.added), [], name)
            XCTAssertEqual(ids(r.entries.dropped), [], name)
            XCTAssertEqual(r.entries.changed.count, 0, name)
            XCTAssertEqual(Set(r.topics.map(\.status)), [.kept], name)
        }
    }

    // MARK: Changes to a plan

    func testATaskRewordedInItsTopicIsCarriedOverAndAnotherTaskIsNot() throws {
        let original = "30. 2021年底前, 政府门户网站全部支持互联网协议第6版。"
        // The same task in another year's words: too far for the first pass, each other's best in 平台.
        let reworded = try edited { $0.replacingOccurrences(of: original, with: "30. 推进政府网站部署互联网协议第六版改造，确保新建的政府网站全面支持IPv6。") }
        let pair = try XCTUnwrap(reworded.entries.carriedOver.first { $0.old.id == "三、/（二）/30." })
        XCTAssertEqual(pair.new.id, "三、/（二）/30.")
        XCTAssertLessThan(pair.similarity, ItemPairing.Weights().minimumSimilarity)
        XCTAssertEqual(ids(reworded.entries.added), [])
        // Another task of the same topic in its place is new, and the old one dropped.
        let replaced = try edited { $0.replacingOccurrences(of: original, with: "30. 加强政务新媒体矩阵建设，定期开展账号运营培训。") }
        XCTAssertEqual(ids(replaced.entries.added), ["三、/（二）/30."])
        XCTAssertEqual(ids(replaced.entries.dropped), ["三、/（二）/30."])
    }

    func testADeletedItemIsExactlyThatItemDropped() throws {
        var outline = AlignerTests.Outline(try Fixtures.text(Self.gaochang))
        let removed = outline.parts[1].sections[1].items.remove(at: 2)
        let old = try Fixtures.parse(AlignerTests.Outline(try Fixtures.text(Self.gaochang)).render(), name: Self.gaochang)
        let r = try review(old, Fixtures.parse(outline.render(), name: Self.gaochang))
        XCTAssertEqual(r.entries.dropped.count, 1)
        XCTAssertTrue(r.entries.dropped.first?.text.hasPrefix(String(removed[0].prefix(12))) == true, "\(ids(r.entries.dropped)) vs \(removed)")
        XCTAssertEqual(ids(r.entries.added), [])
        XCTAssertEqual(r.entries.carriedOver.count, old.items.count - 1)
        XCTAssertEqual(r.entries.changed.count, 0, "items renumbered after the deleted one are not changes")
    }

    func testShuffledAndRenumberedItemsAreAllCarriedOver() throws {
        let outline = AlignerTests.Outline(try Fixtures.text(Self.gaochang))
        var shuffled = outline
        shuffled.parts.reverse()
        for p in shuffled.parts.indices {
            shuffled.parts[p].sections.reverse()
            for s in shuffled.parts[p].sections.indices { shuffled.parts[p].sections[s].items.reverse() }
        }
        let renumbered = shuffled.render(part: { "\($0)、" }, section: { "（\($0)）" }, item: { String(UnicodeScalar(0x245F + $0)!) }, restartItems: true)
        let old = try Fixtures.parse(outline.render(), name: Self.gaochang)
        let r = try review(old, Fixtures.parse(renumbered, name: Self.gaochang))
        XCTAssertEqual(r.entries.carriedOver.count, old.items.count)
        XCTAssertEqual(ids(r.entries.added) + ids(r.entries.dropped), [])
        XCTAssertEqual(r.entries.changed.count, 0)
        // Each item is paired with its own text, wherever it went.
        for p in r.entries.carriedOver { XCTAssertEqual(p.old.text, p.new.text) }
        XCTAssertNotEqual(r.entries.carriedOver.map(\.old.id), r.entries.carriedOver.map(\.new.id))
    }

    static let item7 = "7. 持续深化地方债务信息公开，依托政府门户网站、中国地方政府债券信息公开平台、新疆政务服务网等集中统一平台，定期公开地方政府债务限额、债务余额等相关信息。"
    static let item8 = "8. 加大惠民惠农政策和资金发放信息公开力度，政府信息公开主管部门和惠民惠农补贴政策业务主管部门会同财政部门共同推动补贴信息公开向农村和社区延伸，并与村(居)务公开有效衔接。"

    func testTwoItemsMergedAreOneCarriedOverAndOneMergedNothingDropped() throws {
        let r = try edited { text in
            text.replacingOccurrences(of: Self.item8, with: "")
                .replacingOccurrences(of: Self.item7, with: Self.item7 + String(Self.item8.dropFirst(3)))
        }
        XCTAssertEqual(ids(r.entries.dropped), [])
        XCTAssertEqual(ids(r.entries.added), [])
        XCTAssertEqual(r.entries.continued.map(\.kind), [.merged])
        // One old item pairs with the merged one, the other is merged into it.
        let merged = try XCTUnwrap(r.entries.continued.first)
        XCTAssertEqual(merged.new.id, "一、/（三）/7.")
        let paired = r.entries.carriedOver.filter { $0.new.id == "一、/（三）/7." }.map(\.old.id)
        XCTAssertEqual(Set(paired + [merged.old.id]), ["一、/（三）/7.", "一、/（三）/8."])
        XCTAssertEqual(r.entries.changed.map(\.new.id), ["一、/（三）/7."])
        let markdown = ReviewMarkdown.render(r)
        XCTAssertTrue(markdown.contains("old merged into new"), markdown)
        XCTAssertTrue(markdown.contains("1 merged into another item"), markdown)
    }

    func testAnItemSplitInTwoIsOneCarriedOverAndOneSplitOffNothingNew() throws {
        let first = "8. 加大惠民惠农政策和资金发放信息公开力度。"
        let second = "8. 政府信息公开主管部门和惠民惠农补贴政策业务主管部门会同财政部门共同推动补贴信息公开向农村和社区延伸，并与村(居)务公开有效衔接。"
        let r = try edited { $0.replacingOccurrences(of: Self.item8, with: first + "\n" + second) }
        XCTAssertEqual(ids(r.entries.dropped), [])
        XCTAssertEqual(ids(r.entries.added), [])
        XCTAssertEqual(r.entries.continued.map(\.kind), [.split])
        XCTAssertEqual(r.entries.continued.first?.old.id, "一、/（三）/8.")
        XCTAssertEqual(ReviewJSON.value(r)["summary"]?["continued"], .int(1))
    }

    func testAnItemMovedToAnotherSectionIsCarriedOverUnchanged() throws {
        // The item with its unit lines.
        let block = Self.item7 + "\n\n牵头单位：区财政局\n\n责任单位：高昌区电子政务服务中心\n"
        let r = try edited { text in
            XCTAssertEqual(text.components(separatedBy: block).count, 2)
            return text.replacingOccurrences(of: block, with: "")
                .replacingOccurrences(of: "(四) 做好常态化疫情防控信息公开\n", with: "(四) 做好常态化疫情防控信息公开\n\n" + block + "\n")
        }
        XCTAssertEqual(ids(r.entries.dropped), [])
        XCTAssertEqual(ids(r.entries.added), [])
        XCTAssertEqual(r.entries.continued, [])
        let moved = try XCTUnwrap(r.entries.carriedOver.first { $0.old.id == "一、/（三）/7." })
        XCTAssertTrue(moved.new.id.hasPrefix("一、/（四）/"), moved.new.id)
        XCTAssertFalse(moved.isChanged)
    }

    func testAnUnrelatedNewItemIsNewNotSplitOff() throws {
        let r = try edited { $0.replacingOccurrences(of: Self.item8, with: Self.item8 + "\n8. 组织开展全区政务公开业务骨干赴先进地区学习考察活动，拓宽工作视野。") }
        XCTAssertEqual(r.entries.continued, [])
        XCTAssertEqual(r.entries.added.count, 1)
    }

    func testAChangedItemIsNamedInTheChecksKinds() throws {
        let lexicon = try ObligationLexicon.load(directory: Fixtures.taxonomyFolder)
        func effects(_ edit: (String) -> String) throws -> [Finding.Kind] {
            let text = try Fixtures.text(Self.gaochang)
            let edited = edit(text)
            XCTAssertNotEqual(edited, text)
            let r = try Pipeline(taxonomy: Fixtures.taxonomy, lexicon: lexicon).review(old: plan(Self.gaochang), new: Fixtures.parse(edited, name: Self.gaochang))
            XCTAssertEqual(r.entries.changed.count, 1)
            return r.entries.changed.flatMap(\.changes).compactMap(\.effect)
        }
        // A hedge added: weakened; a firm word dropped: weakened; the hedge dropped again: strengthened.
        XCTAssertEqual(try effects { $0.replacingOccurrences(of: "全面推行政府网站集约化建设", with: "逐步推行政府网站集约化建设") }, [.weakened])
        XCTAssertEqual(try effects { $0.replacingOccurrences(of: "及时公开建设高标准市场体系行动方案的落实举措", with: "公开建设高标准市场体系行动方案的落实举措") }, [.weakened])
        // A member of an enumeration dropped: list-omission.
        XCTAssertEqual(try effects { $0.replacingOccurrences(of: "隔离管控、流调溯源、精准防控", with: "隔离管控、精准防控") }, [.listOmission])
        // A time limit moved: deadline-change.
        XCTAssertEqual(try effects { $0.replacingOccurrences(of: "30. 2021年底前,", with: "30. 2022年6月底前,") }, [.deadlineChange])
        // Without the lexicon a rewording is a rewording.
        let text = try Fixtures.text(Self.gaochang).replacingOccurrences(of: "全面推行政府网站集约化建设", with: "逐步推行政府网站集约化建设")
        let plain = try review(plan(Self.gaochang), Fixtures.parse(text, name: Self.gaochang))
        XCTAssertEqual(plain.entries.changed.flatMap(\.changes).compactMap(\.effect), [])
    }

    func testAMovedDeadlineIsThatItemsOnlyChange() throws {
        let r = try edited { $0.replacingOccurrences(of: "30. 2021年底前,", with: "30. 2022年6月底前,") }
        XCTAssertEqual(r.entries.changed.count, 1)
        let pair = try XCTUnwrap(r.entries.changed.first)
        XCTAssertEqual(pair.new.line, 175)
        XCTAssertEqual(pair.changes, [ReviewChange(kind: .deadline, removed: ["2021年底前"], added: ["2022年6月底前"], effect: .deadlineChange)])
        XCTAssertEqual(ids(r.entries.added) + ids(r.entries.dropped), [])
    }

    func testRewordingIsAChangeWithACharacterDiff() throws {
        let r = try edited { $0.replacingOccurrences(of: "做好爱国卫生运动、健康中国行动等相关工作的信息公开", with: "做好爱国卫生运动|健康中国行动等相关工作的信息发布") }
        let pair = try XCTUnwrap(r.entries.changed.first)
        XCTAssertEqual(r.entries.changed.count, 1)
        XCTAssertEqual(pair.changes.map(\.kind), [.wording])
        let diff = pair.changes[0].diff
        XCTAssertTrue(diff.contains(DiffSegment(.removed, "公开")), "\(diff)")
        XCTAssertTrue(diff.contains(DiffSegment(.added, "发布")), "\(diff)")
        let markdown = ReviewMarkdown.render(r)
        XCTAssertTrue(markdown.contains("~~公开~~**发布**"), markdown)
        XCTAssertTrue(markdown.contains("卫生运动\\|健康"), "a | in plan text is escaped")
    }

    func testTheCalendarAloneIsNotAChange() throws {
        // The same plan a year later: every 2021 reads 2022, deadlines included.
        let r = try edited { $0.replacingOccurrences(of: "2021", with: "2022") }
        XCTAssertEqual(r.new.year, 2022)
        XCTAssertEqual(r.entries.changed.map(\.new.id), [])
        XCTAssertEqual(ids(r.entries.added) + ids(r.entries.dropped), [])
    }

    func testUnitsChangedAreNamed() throws {
        let r = try edited { $0.replacingOccurrences(of: "30. 2021年底前, 政府门户网站全部支持互联网协议第6版。", with: "30. 2021年底前, 政府门户网站全部支持互联网协议第6版。(牵头单位：区网信办)") }
        let pair = try XCTUnwrap(r.entries.changed.first)
        XCTAssertEqual(pair.changes.first { $0.kind == .lead }?.added, ["区网信办"])
    }

    // MARK: Two different plans

    func testReviewingTheOtherWaySwapsNewAndDropped() throws {
        for (a, b) in [(Self.zhuhai, Self.gaochang), (Self.wulumuqi, Self.gaochang)] {
            let ab = try review(plan(a), plan(b))
            let ba = try review(plan(b), plan(a))
            XCTAssertEqual(ids(ab.entries.added), ids(ba.entries.dropped), a)
            XCTAssertEqual(ids(ab.entries.dropped), ids(ba.entries.added), a)
            XCTAssertEqual(Set(ab.entries.carriedOver.map { [$0.old.id, $0.new.id] }), Set(ba.entries.carriedOver.map { [$0.new.id, $0.old.id] }), a)
            XCTAssertEqual(ab.topicsGained.map(\.topic), ba.topicsLost.map(\.topic), a)
        }
        // Two plans of one year that copy the national text share much of it.
        let r = try review(plan(Self.zhuhai), plan(Self.gaochang))
        XCTAssertGreaterThan(r.entries.carriedOver.count, 20)
    }

    func testTopicsGainedAndLostFollowEachItemsTopics() throws {
        let old = try plan(Self.wulumuqi), new = try plan(Self.gaochang)
        let r = try review(old, new)
        // Each item's topics come from the topic layer, whatever its year's sections.
        let layer = TopicIndex(topics: Fixtures.taxonomy.topics, references: Fixtures.taxonomy.references)
        func topics(_ plan: Plan, year: Int) -> [String: [String]] {
            var out: [String: [String]] = [:]
            for item in plan.items {
                for topic in layer.topics(of: item) { out[topic, default: []].append(item.path.rawValue) }
            }
            return out
        }
        let before = topics(old, year: 2018), after = topics(new, year: 2021)
        XCTAssertEqual(Set(r.topics.map(\.topic)), Set(before.keys).union(after.keys))
        for t in r.topics {
            XCTAssertEqual(t.old, before[t.topic] ?? [], t.topic)
            XCTAssertEqual(t.new, after[t.topic] ?? [], t.topic)
        }
        XCTAssertEqual(Set(r.topicsGained.map(\.topic)), Set(after.keys).subtracting(before.keys))
        XCTAssertEqual(Set(r.topicsLost.map(\.topic)), Set(before.keys).subtracting(after.keys))
        // 2018's points had no section on the epidemic: gained, and the national points say why.
        let epidemic = try XCTUnwrap(r.topics.first { $0.topic == "疫情" })
        XCTAssertEqual(epidemic.status, .gained)
        XCTAssertFalse(epidemic.inOldReference)
        XCTAssertTrue(epidemic.inNewReference)
    }

    func testTwoLocalitiesAreABenchmarkWithoutUnitChanges() throws {
        let r = try review(plan(Self.wulumuqi), plan(Self.gaochang))
        // Two drawn-from plans: a caution for each.
        XCTAssertEqual(ReviewMarkdown.render(r, language: .zh).components(separatedBy: "**注意**：本工具所存").count - 1, 2)
        XCTAssertFalse(r.sameLocality)
        XCTAssertFalse(r.entries.carriedOver.contains { $0.changes.contains { $0.kind == .lead || $0.kind == .responsible } })
        XCTAssertTrue(ReviewMarkdown.render(r).contains("**Two localities** (乌鲁木齐市, prefecture and 高昌区, county)"))
        let same = try edited { $0.replacingOccurrences(of: "30. 2021年底前, 政府门户网站", with: "30. 2022年底前, 政府门户网站") }
        XCTAssertTrue(same.sameLocality)
        XCTAssertFalse(ReviewMarkdown.render(same).contains("**Two localities**"))
        // Two places' plans each have their own items; one place's plan added and dropped.
        let zh = ReviewMarkdown.render(r, language: .zh), zhSame = ReviewMarkdown.render(same, language: .zh)
        XCTAssertTrue(zh.contains("- **仅见于高昌区2021年计划的条目\(r.entries.added.count)项**，**仅见于乌鲁木齐市2018年计划的\(r.entries.dropped.count)项**"), zh)
        XCTAssertFalse(zh.contains("需要承担的条目"))
        XCTAssertTrue(zhSame.contains("- **新增\(same.entries.added.count)项**需要承担的条目"))
    }

    /// Two localities' plans are not an old and a new version: both views, in both languages, name
    /// each side by its place and year where one office's review says 原 and 新 (old and new) and
    /// 新增 / 删去 (new / dropped).
    func testTwoLocalitiesNameTheirSidesByPlace() throws {
        let r = try review(plan(Self.wulumuqi), plan(Self.gaochang))
        let same = try edited { $0.replacingOccurrences(of: "30. 2021年底前, 政府门户网站", with: "30. 2022年底前, 政府门户网站") }
        XCTAssertFalse(r.sameLocality)
        XCTAssertTrue(same.sameLocality)
        let named: [(ReportLanguage, [String])] = [
            (.zh, ["- 乌鲁木齐市2018年计划：", "- 高昌区2021年计划：", "| 乌鲁木齐市2018年计划的条目 |", "## 仅见于高昌区2021年计划的条目", "## 仅见于乌鲁木齐市2018年计划的条目", "（乌鲁木齐市2018年计划有"]),
            (.en, ["- 乌鲁木齐市 2018: ", "- 高昌区 2021: ", "| items of 乌鲁木齐市 2018 |", "## Items only in 高昌区 2021", "## Items only in 乌鲁木齐市 2018", "(of "]),
        ]
        let versions: [(ReportLanguage, [String])] = [
            (.zh, ["- 原：", "- 新：", "| 原条目 |", "## 新增的条目（仅见于", "## 删去的条目（仅见于", "（原有"]),
            (.en, ["- Old: ", "- New: ", "| old item |", "## New items (only in", "## Dropped items (only in", " old and "]),
        ]
        for ((language, places), (_, olds)) in zip(named, versions) {
            let (two, one) = (ReviewMarkdown.render(r, language: language), ReviewMarkdown.render(same, language: language))
            for phrase in places { XCTAssertTrue(two.contains(phrase), "\(language): \(phrase)") }
            for phrase in olds {
                XCTAssertFalse(two.contains(phrase), "\(language): \(phrase)")
                XCTAssertTrue(one.contains(phrase), "\(language): \(phrase)")
            }
        }
        let (html, htmlSame) = (ReviewHTML.render(r, language: .zh), ReviewHTML.render(same, language: .zh))
        XCTAssertTrue(html.contains("<h2>仅见于乌鲁木齐市2018年计划的条目</h2>") && html.contains("仅见于高昌区2021年计划的\(r.entries.added.count)项"))
        XCTAssertFalse(html.contains("\">原 ") || html.contains("\">新 ") || html.contains("<h2>新增的条目"))
        XCTAssertTrue(htmlSame.contains("<h2>新增的条目（仅见于") && htmlSame.contains("新增\(same.entries.added.count)项"))
        // Item paths hold 、 themselves: a cell of several is parted by ；, every such cell.
        let zh = ReviewMarkdown.render(r, language: .zh)
        var cells = 0
        for t in r.topics { for list in [t.old, t.new] where list.count > 3 {
            cells += 1
            XCTAssertTrue(zh.contains("共\(list.count)个：" + list.prefix(3).map(ReviewMarkdown.text).joined(separator: "；") + "……"), t.topic)
        } }
        XCTAssertGreaterThan(cells, 0)
    }

    /// A place of the same name in another province (高昌区 moved to 甘肃) is another office: the
    /// review is two localities', names each side with its province, and compares no units; the
    /// same plan under another file name, in the same province, is one office's.
    func testAPlaceOfTheSameNameInAnotherProvinceIsAnotherLocality() throws {
        let text = try Fixtures.text(Self.gaochang)
        let xinjiang = try plan(Self.gaochang), gansu = try Fixtures.parse(TaxonomyTests.inGansu(text), name: "2021-gansu-gaochang.txt")
        let r = try review(xinjiang, gansu)
        XCTAssertFalse(r.sameLocality)
        XCTAssertFalse(r.entries.carriedOver.contains { $0.changes.contains { $0.kind == .lead || $0.kind == .responsible } })
        let zh = ReviewMarkdown.render(r, language: .zh)
        XCTAssertTrue(zh.hasPrefix("# 两地计划对照：高昌区 2021（新疆） → 高昌区 2021（甘肃）"), zh)
        for phrase in ["- 新疆高昌区2021年计划：", "（新疆高昌区（县级）和甘肃高昌区（县级））", "## 仅见于甘肃高昌区2021年计划的条目"] {
            XCTAssertTrue(zh.contains(phrase), phrase)
        }
        XCTAssertTrue(ReviewMarkdown.render(r).contains("(新疆 高昌区, county and 甘肃 高昌区, county)"))
        let renamed = try review(xinjiang, try Fixtures.parse(text, name: "copy.txt"))
        XCTAssertTrue(renamed.sameLocality)
        XCTAssertTrue(ReviewMarkdown.render(renamed, language: .zh).contains("- 原："))
    }

    /// Plans that name no place are not known to be two places': their review keeps one office's
    /// words (its title, old and new), though their units are not compared.
    func testPlansNamingNoPlaceAreNotTwoLocalities() throws {
        var r = try review(plan(Self.wulumuqi), plan(Self.gaochang))
        (r.old.locality, r.new.locality) = (nil, nil)
        XCTAssertFalse(r.sameLocality)
        XCTAssertFalse(r.twoLocalities)
        let zh = ReviewMarkdown.render(r, language: .zh)
        XCTAssertTrue(zh.hasPrefix("# 年度对照："), zh)
        XCTAssertFalse(zh.contains("两个不同地方") || zh.contains("两地计划对照"))
        XCTAssertTrue(zh.contains("- 原："))
    }

    /// The web page says what the Markdown says of a pair found loosely and of a plan the
    /// taxonomy's wording was drawn from; the national review's section counts add up to each
    /// year's sections (a section continued under another is counted on its own side).
    func testTheWebReviewCarriesTheCautionsAndTheSectionCountsAddUp() throws {
        let r = try review(plan(Self.wulumuqi), plan(Self.gaochang))
        let (md, html) = (ReviewMarkdown.render(r, language: .zh), ReviewHTML.render(r, language: .zh))
        let loose = r.entries.changed.filter { !$0.close }.count
        XCTAssertGreaterThan(loose, 0)
        XCTAssertEqual(md.components(separatedBy: "（近似对应：").count - 1, loose)
        XCTAssertEqual(html.components(separatedBy: "（近似对应：").count - 1, loose)
        XCTAssertEqual(html.components(separatedBy: "<strong>注意</strong>：本工具所存").count - 1, 2)
        let t = Fixtures.taxonomy
        let (old, new) = (t.reference(year: 2018)!, t.reference(year: 2021)!)
        let national = ReviewMarkdown.render(ReferenceReview.run(old: old, new: new, taxonomy: t), language: .zh)
        XCTAssertTrue(national.contains("- 国家要点各条（原有\(old.sections.count)条，现有\(new.sections.count)条）："), national)
        // Each old section continued under a new one that has requirements listed as dropped is
        // named above the dropped list, and only those; a plan review has no such line.
        let result = ReferenceReview.run(old: old, new: new, taxonomy: t)
        let dropped = Set(result.entries.dropped.flatMap(\.sections).map(\.rawValue))
        let merged = try XCTUnwrap(result.sections).continued.filter { $0.kind == .merged }
        XCTAssertFalse(merged.filter { dropped.contains($0.old.id) }.isEmpty)
        let dropHeading = try XCTUnwrap(national.range(of: "## 删去的要求"))
        let line = national[dropHeading.upperBound...].split(separator: "\n").first { $0.hasPrefix("下列要求中") } ?? ""
        for c in merged { XCTAssertEqual(line.contains("\(c.old.id) → \(c.new.id)"), dropped.contains(c.old.id), c.old.id) }
        XCTAssertFalse(md.contains("下列要求中，有的所属条"))
    }

    /// Two localities' review says what differs as it is, in both views: the year and the level only
    /// where they differ, and a title and a reading that are not year over year for one year. Each
    /// of the four cases from one review, its sides' years and levels set.
    func testTwoLocalitiesSayWhatDiffersAsItIs() throws {
        let base = try review(plan(Self.wulumuqi), plan(Self.gaochang))
        for (year, level) in [(2018, Metadata.Level.prefecture), (2018, .county), (2021, .prefecture), (2021, .county)] {
            var r = base
            (r.old.year, r.old.level) = (year, level)
            let differs = (year != 2021, level != .county)
            let zh: String
            switch differs {
            case (true, true): zh = "：年度、地方和层级同时不同，本对照应视为新计划对旧计划的参照比较"
            case (true, false): zh = "：年度和地方同时不同，本对照应视为新计划对旧计划的参照比较"
            case (false, true): zh = "：地方和层级不同，本对照应视为两地计划的相互比较"
            case (false, false): zh = "：地方不同，本对照应视为两地计划的相互比较"
            }
            // Each plan by its place and year; two localities' plans, whatever their years.
            let title = "两地计划对照：乌鲁木齐市 \(year) → 高昌区 2021"
            let md = ReviewMarkdown.render(r, language: .zh), html = ReviewHTML.render(r, language: .zh)
            XCTAssertTrue(md.contains(zh) && md.hasPrefix("# " + title), "\(year) \(level)")
            XCTAssertTrue(html.contains(zh) && html.contains("<h1>" + title), "\(year) \(level)")
            XCTAssertTrue(ReviewMarkdown.render(r).hasPrefix("# Two localities' plans compared:"), "\(year) \(level)")
        }
        // One office's plans: year over year across years, a comparison within one.
        var same = try edited { $0.replacingOccurrences(of: "30. 2021年底前, 政府门户网站", with: "30. 2022年底前, 政府门户网站") }
        // (Two plans of one place and year are told apart by their files, here of one name.)
        XCTAssertTrue(ReviewMarkdown.render(same, language: .zh).hasPrefix("# 计划对照：\(Self.gaochang) → \(Self.gaochang)"))
        same.old.year = 2018
        XCTAssertTrue(ReviewMarkdown.render(same, language: .zh).hasPrefix("# 年度对照：高昌区 2018 → 高昌区 2021"))
        XCTAssertTrue(ReviewMarkdown.render(same).hasPrefix("# Year-over-year review: 高昌区 2018 → 高昌区 2021"))
    }

    func testATopicTheNewPlanDropsWhileTheNationalPointsStillAskIsCalledOut() throws {
        var outline = AlignerTests.Outline(try Fixtures.text(Self.gaochang))
        let old = try Fixtures.parse(outline.render(), name: Self.gaochang)
        // Part 一 section （四） is the epidemic section of the 2021 points.
        outline.parts[0].sections.remove(at: 3)
        let r = try review(old, Fixtures.parse(outline.render(), name: Self.gaochang))
        let epidemic = try XCTUnwrap(r.topics.first { $0.topic == "疫情" })
        XCTAssertEqual(epidemic.status, .lost)
        XCTAssertTrue(epidemic.inNewReference)
        let markdown = ReviewMarkdown.render(r)
        XCTAssertTrue(markdown.contains("**Lost although the new year's national points still ask for it**: 疫情"), markdown)
        XCTAssertTrue(markdown.contains("**still asked for** by the new year's points"))
    }

    // MARK: The national points

    func testTheNationalPointsOfTwoYearsPairSectionsByTopic() throws {
        let t = Fixtures.taxonomy
        let old = t.reference(year: 2018)!, new = t.reference(year: 2021)!
        let r = ReferenceReview.run(old: old, new: new, taxonomy: t)
        let sections = try XCTUnwrap(r.sections)
        XCTAssertFalse(sections.carriedOver.isEmpty)
        for p in sections.carriedOver {
            XCTAssertFalse(Set(p.old.topics).isDisjoint(with: p.new.topics), "\(p.old.id) → \(p.new.id)")
        }
        // Every section is paired, dropped, new, or continued under a section of its topic.
        let merged = sections.continued.filter { $0.kind == .merged }, split = sections.continued.filter { $0.kind == .split }
        XCTAssertEqual(sections.carriedOver.count + sections.dropped.count + merged.count, old.sections.count)
        XCTAssertEqual(sections.carriedOver.count + sections.added.count + split.count, new.sections.count)
        for c in sections.continued { XCTAssertFalse(Set(c.old.topics).isDisjoint(with: c.new.topics), "\(c.old.id) → \(c.new.id)") }
        // 用好“两微一端”新平台 continues under 完善政务公开平台, which asks for 政务新媒体.
        XCTAssertTrue(sections.continued.contains { $0.old.id == "2018-3-2" && $0.new.id == "2021-3-2" && $0.byTopic })
        // A topic the new year lacks leaves its sections dropped (政务服务).
        XCTAssertTrue(sections.dropped.contains { $0.id == "2018-2-1" })
        // A topic only one year's points have is gained or lost.
        func topics(_ reference: Reference) -> Set<String> { Set(reference.sections.flatMap(\.topics)) }
        XCTAssertEqual(Set(r.topicsGained.map(\.topic)), topics(new).subtracting(topics(old)))
        XCTAssertEqual(Set(r.topicsLost.map(\.topic)), topics(old).subtracting(topics(new)))
        // Every requirement is accounted for once, and the other way round swaps new and dropped.
        XCTAssertEqual(r.entries.carriedOver.count + r.entries.dropped.count, old.requirements.count)
        let back = ReferenceReview.run(old: new, new: old, taxonomy: t)
        XCTAssertEqual(ids(back.entries.dropped), ids(r.entries.added))
        XCTAssertEqual(ids(back.sections?.dropped ?? []), ids(sections.added))
        // The same year against itself: nothing changed.
        let same = ReferenceReview.run(old: new, new: new, taxonomy: t)
        XCTAssertEqual(same.entries.carriedOver.count, new.requirements.count)
        XCTAssertEqual(same.entries.changed.count + (same.sections?.changed.count ?? 0), 0)
    }

    /// The summary's kinds of change count a requirement under each of its kinds, so they may add
    /// up to more than the requirements changed: said exactly when they do, for the national
    /// points and for two plans, in both languages.
    func testKindsOfChangeSayWhenTheyOverlap() throws {
        let t = Fixtures.taxonomy
        let national = ReferenceReview.run(old: t.reference(year: 2018)!, new: t.reference(year: 2021)!, taxonomy: t)
        let plans = try review(plan(Self.wulumuqi), plan(Self.gaochang))
        var overlapping = 0
        for r in [national, plans] {
            let changed = r.entries.changed
            let sum = ReviewChange.Kind.allCases.reduce(0) { n, k in n + changed.filter { $0.changes.contains { $0.kind == k } }.count }
            overlapping += sum > changed.count ? 1 : 0
            // Two localities' pairs differ rather than change.
            let (zh, en) = r.twoLocalities ? ("一项可兼有几处不同", "one pair may differ in more than one way") : ("一项可兼有几种改动", "one may change in more than one way")
            XCTAssertEqual(ReviewMarkdown.render(r, language: .zh).contains(zh), sum > changed.count)
            XCTAssertEqual(ReviewMarkdown.render(r).contains(en), sum > changed.count)
        }
        XCTAssertGreaterThan(overlapping, 0)
    }

    /// A section touching a lost topic and a kept one stands in both rows (the national points:
    /// 2018-4-1 under 主动公开, lost, and 依申请, kept): the table says so wherever a topic is gained
    /// or lost, and not when none is.
    func testTheTopicTableSaysAnEntryMayStandInSeveralRows() throws {
        let t = Fixtures.taxonomy
        let national = ReferenceReview.run(old: t.reference(year: 2018)!, new: t.reference(year: 2021)!, taxonomy: t)
        let lost = Set(national.topics.filter { $0.status == .lost }.flatMap(\.old))
        let kept = Set(national.topics.filter { $0.status == .kept }.flatMap(\.old))
        XCTAssertFalse(lost.isDisjoint(with: kept), "some section stands under a lost topic and a kept one")
        XCTAssertTrue(ReviewMarkdown.render(national, language: .zh).contains("一条国家要点如涉及几个主题，则列在每个主题的行中"))
        XCTAssertTrue(ReviewMarkdown.render(national).contains("One section may touch several topics"))
        let p = try plan(Self.gaochang)
        let same = try review(p, p)
        XCTAssertTrue(same.topicsGained.isEmpty && same.topicsLost.isEmpty)
        XCTAssertFalse(ReviewMarkdown.render(same, language: .zh).contains("可涉及几个主题"))
        XCTAssertFalse(ReviewMarkdown.render(same).contains("may touch several topics"))
    }

    func testRenderingIsDeterministic() throws {
        let a = try review(plan(Self.wulumuqi), plan(Self.gaochang))
        let b = try review(plan(Self.wulumuqi), plan(Self.gaochang))
        XCTAssertEqual(ReviewMarkdown.render(a), ReviewMarkdown.render(b))
        XCTAssertEqual(ReviewJSON.value(a).rendered(), ReviewJSON.value(b).rendered())
        let t = Fixtures.taxonomy
        let r = ReferenceReview.run(old: t.reference(year: 2018)!, new: t.reference(year: 2021)!, taxonomy: t)
        XCTAssertEqual(ReviewMarkdown.render(r), ReviewMarkdown.render(ReferenceReview.run(old: t.reference(year: 2018)!, new: t.reference(year: 2021)!, taxonomy: t)))
        let markdown = ReviewMarkdown.render(a)
        for heading in ["## Summary", "## Topics of each plan", "## Items only in 高昌区 2021", "## Items only in 乌鲁木齐市 2018", "## Paired items that differ", "## Paired and alike"] {
            XCTAssertTrue(markdown.contains(heading), heading)
        }
        XCTAssertLessThan(markdown.range(of: "## Summary")!.lowerBound, markdown.range(of: "## Topics")!.lowerBound)
    }

    /// Which of many list members a long text holds: the pass by windows' hashes gives the search's
    /// answers, for needles present, absent, empty, longer than the text, of every length from one
    /// to nine, over small alphabets where windows repeat; below the size where it is used, the
    /// search itself answers.
    func testMembersHeldByALongTextAreTheSearchsAnswers() {
        var random = SeededRandom(seed: 0x11_57)
        for round in 0..<12 {
            let symbols = [2, 3, 5, 40][round % 4]
            let text = MatchText(scalars: (0..<(round < 8 ? 6_000 : 40)).map { _ in UInt32(0x4E00 + random.next(symbols)) })
            var needles: [MatchText] = [MatchText(scalars: []), MatchText(scalars: text.scalars + [0x4E00])]
            for _ in 0..<800 {
                let length = 1 + random.next(9)
                if random.next(2) == 0, text.count >= length {
                    let at = random.next(text.count - length + 1)
                    needles.append(MatchText(scalars: Array(text.scalars[at..<(at + length)])))
                } else {
                    needles.append(MatchText(scalars: (0..<length).map { _ in UInt32(0x4E00 + random.next(symbols + 1)) }))
                }
            }
            let expected = needles.map(text.contains)
            XCTAssertEqual(text.holds(each: needles), expected, "round \(round)")
            XCTAssertTrue(expected.contains(true) && expected.contains(false))
        }
        // Needles found only at the text's first or last window (scalars the rest never holds),
        // of every length up to nine, among enough others for the pass.
        let inner = (0..<6_000).map { _ in UInt32(0x4E00 + random.next(5)) }
        let text = MatchText(scalars: [0x9000, 0x9001] + inner + [0x9002, 0x9003])
        var needles = (0..<800).map { _ in MatchText(scalars: (0..<(1 + random.next(9))).map { _ in UInt32(0x4E00 + random.next(5)) }) }
        for length in 1...9 {
            needles.append(MatchText(scalars: Array(text.scalars.prefix(length))))
            needles.append(MatchText(scalars: Array(text.scalars.suffix(length))))
        }
        let edges = needles.suffix(18).map(text.contains)
        XCTAssertEqual(edges, Array(repeating: true, count: 18))
        XCTAssertGreaterThan(needles.count * text.count, 1 << 22, "enough for the pass")
        XCTAssertEqual(text.holds(each: needles), needles.map(text.contains))
    }

    /// An enumeration of 20,000 members reworded by dropping one is a list omission naming that
    /// member, as for a short list.
    func testALongListMissingOneMemberIsAnOmission() {
        let members = (0..<20_000).map { "事项\($0)" }
        let old = "重点公开" + members.joined(separator: "、") + "等信息"
        let new = "重点公开" + (members[..<7_000] + members[7_001...]).joined(separator: "、") + "等信息"
        let (effect, message) = PairChanges.effect(old, new, MatchText(old), MatchText(new), words: nil)
        XCTAssertEqual(effect, .listOmission)
        XCTAssertEqual(message, .membersNoLongerSaid(lost: ["事项7000"], of: 20_000))
    }

    /// Whether each value is absent from the other list: by a set for long lists, with `String`'s
    /// equality (é and e + U+0301, K and U+212A count as one), the same answers as `contains`, on
    /// both sides of the length where the set is used.
    func testAbsentValuesAreContainsAnswersAtEveryLength() {
        var random = SeededRandom(seed: 0xAB5E)
        let spellings = ["é", "e\u{301}", "K", "\u{212A}", "单位", "科", "六", "\u{F9D1}", "a", ""]
        for round in 0..<40 {
            let sizes = [(3, 4), (16, 16), (17, 16), (200, 300)][round % 4]
            func list(_ n: Int) -> [String] { (0..<n).map { _ in spellings[random.next(spellings.count)] + spellings[random.next(spellings.count)] } }
            let values = list(sizes.0), others = list(sizes.1)
            let expected = values.map { !others.contains($0) }
            XCTAssertEqual(PairChanges.absent(values, from: others), expected, "round \(round)")
        }
    }

    /// An item whose responsible units run to 2,000 (a table read as one row of units) against
    /// a copy dropping one and adding one: the unit change names those two, and no others.
    func testALongUnitListChangeNamesWhatChanged() {
        let units = (0..<2_000).map { "单位\($0)" }
        let old = ReviewEntry(id: "1.", line: 1, text: "做好公开。", topics: [], sections: [], responsible: units)
        var changed = units
        changed.remove(at: 1_234)
        changed.append("新单位")
        let new = ReviewEntry(id: "1.", line: 1, text: "做好公开。", topics: [], sections: [], responsible: changed)
        let changes = PairChanges.changes(old, new, oldYear: 2021, newYear: 2022)
        XCTAssertEqual(changes.map(\.kind), [.responsible])
        XCTAssertEqual(changes.first?.removed, ["单位1234"])
        XCTAssertEqual(changes.first?.added, ["新单位"])
    }
}
