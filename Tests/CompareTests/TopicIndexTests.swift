import XCTest

@testable import Compare

/// The topic layer names what a text is about from the topics' own words, in any year.
final class TopicIndexTests: XCTestCase {
    let taxonomy = Fixtures.taxonomy

    // Every topic's own summary is about that topic first.
    func testEveryTopicsSummaryIsAboutThatTopic() {
        let index = TopicIndex(topics: taxonomy.topics, references: taxonomy.references)
        for topic in taxonomy.topics {
            XCTAssertEqual(index.topics(for: topic.summary).first, topic.name, topic.summary)
        }
    }

    // Every section title of each year, read by a layer built from the other year alone, gets one
    // of the section's topics: titles carry their subject across years.
    func testEverySectionTitleGetsItsTopicFromTheOtherYear() {
        var titles = 0, sharing = 0
        var misses: [String] = []
        for reference in taxonomy.references {
            let others = TopicIndex(topics: taxonomy.topics, references: taxonomy.references.filter { $0.year != reference.year })
            for section in reference.sections {
                titles += 1
                let got = others.topics(for: section.title + "。" + section.requirements.map(\.summary).joined(separator: "；"))
                if !Set(got).isDisjoint(with: section.topics) { sharing += 1 } else { misses.append("\(section.id) \(section.title): \(section.topics) → \(got)") }
            }
        }
        print("section titles and summaries sharing a topic with their section, layer from the other year: \(sharing) of \(titles)")
        misses.forEach { print("  \($0)") }
        XCTAssertGreaterThanOrEqual(Double(sharing) / Double(titles), 0.8)
    }

    /// The topics assigned from the match texts the aligner read, each heading's made once for the
    /// items under it, are those assigned from the items' own texts, on every corpus plan against
    /// both years (and the alignment that reading comes with is the aligner's).
    func testTopicsFromTheAlignersTextsAreTheItemsOwn() throws {
        let index = TopicIndex(topics: taxonomy.topics, references: taxonomy.references)
        var items = 0
        for name in Fixtures.planNames {
            let plan = try Fixtures.plan(name)
            for reference in taxonomy.references {
                let referenceIndex = ReferenceIndex(reference)
                let (alignment, readings) = Aligner().alignReading(plan, to: referenceIndex)
                let texts = readings.map(\.text)
                XCTAssertEqual(alignment, Aligner().align(plan, to: referenceIndex))
                XCTAssertEqual(texts.map(\.scalars), alignment.items.map { MatchText($0.item.node.text).scalars })
                let viaTexts = index.assign(alignment, texts: texts).items.map(\.topics)
                XCTAssertEqual(viaTexts, index.assign(alignment).items.map(\.topics))
                XCTAssertEqual(viaTexts, alignment.items.map { index.topics(of: $0.item) })
                items += texts.count
            }
        }
        XCTAssertGreaterThan(items, 300)
    }

    // Text that speaks of nothing the layer knows names no topic rather than a guess.
    func testTextOfNoTopicNamesNone() {
        let index = TopicIndex(topics: taxonomy.topics, references: taxonomy.references)
        XCTAssertEqual(index.topics(for: "天气晴朗"), [])
        XCTAssertEqual(index.topics(for: ""), [])
    }

    /// The scores through the term-start table and the profiles' postings are those of testing every
    /// term with `contains` and every profile pair by pair (pairs in sorted order), bit for bit, for
    /// every item of every corpus plan, every topic summary, every term at the end of a text, and
    /// texts with no pair or unknown pairs; with fresh working memory and with one reused (the
    /// counts alone, and the whole `Scratch` of an alignment's items).
    func testScoresEqualEveryTermAndProfileTested() throws {
        let index = TopicIndex(topics: taxonomy.topics, references: taxonomy.references)
        func naive(_ text: String) -> [Double] {
            let m = MatchText(text)
            let vector = BigramVector(m, idf: index.idf)
            var found = Array(repeating: 0.0, count: index.profiles.count)
            for t in index.terms where m.contains(t.text) { for k in t.owners { found[k] += t.weight } }
            return index.profiles.enumerated().map { k, p in
                var cosine = 0.0
                for b in vector.weights.keys.sorted() { if let pw = p.vector.weights[b] { cosine += vector.weights[b]! * pw } }
                return found[k] + cosine * index.cosineWeight
            }
        }
        var texts = taxonomy.topics.map(\.summary) + ["", "甲", "0a公开xyz信息政务zz公开0a"]
        texts += index.terms.map { "做好" + MatchText.string($0.text.scalars) }
        for name in Fixtures.planNames { texts += try Fixtures.plan(name).items.map(\.node.text) }
        let scratch = RankCounts(index.idfKeys.count)
        let shared = TopicIndex.Scratch(index)
        for text in texts {
            let expected = naive(text)
            XCTAssertEqual(index.scores(text).map(\.score), expected, text)
            XCTAssertEqual(index.scoreValues(MatchText(text), scratch: scratch), expected, text)
            index.score(MatchText(text), into: shared)
            XCTAssertEqual(shared.values, expected, text)
        }
        XCTAssertGreaterThan(texts.count, 200)
    }
}
