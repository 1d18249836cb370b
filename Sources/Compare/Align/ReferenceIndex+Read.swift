/// The three readings the aligner makes of an item's text in one pass over its pairs: its cosines
/// with every section and requirement (`cosines`), the key terms it holds (`termHits`) and the
/// section titles it holds (`titlesInText`). Each pair is looked up once (`readTable`), where the
/// three passes looked it up in three tables. The same numbers, hits and titles, in the same order.
extension ReferenceIndex {
    struct Reading {
        var sections: [Double] = []
        var requirements: [Double] = []
        var hits: [(term: Int, offset: Int)] = []
        var titles: [Bool] = []
    }

    /// Working memory for reading a plan's items one after another (`read(_:into:scratch:)`):
    /// the vocabulary's counts, and the pairs and weights of the item being read, kept at their
    /// largest size rather than made for every item. One plan, one thread.
    final class ReadScratch {
        let counts: RankCounts
        var unknown: [UInt64] = []
        var entries: [(id: Int, weight: Double)] = []

        init(_ index: ReferenceIndex) { counts = index.rankCounts() }
    }

    /// `counts`: working memory for the vocabulary (`rankCounts()`), made once for many texts.
    func read(_ text: MatchText, counts: RankCounts) -> Reading {
        var reading = Reading()
        var unknown: [UInt64] = []
        var entries: [(id: Int, weight: Double)] = []
        read(text, into: &reading, counts: counts, unknown: &unknown, entries: &entries)
        return reading
    }

    /// `read`, into `reading`'s arrays (each replaced whole, as a fresh reading would be) with
    /// `scratch`'s memory: the aligner reads every item of a plan, and made five arrays an item.
    func read(_ text: MatchText, into reading: inout Reading, scratch: ReadScratch) {
        read(text, into: &reading, counts: scratch.counts, unknown: &scratch.unknown, entries: &scratch.entries)
    }

    private func read(_ text: MatchText, into reading: inout Reading, counts: RankCounts, unknown: inout [UInt64], entries: inout [(id: Int, weight: Double)]) {
        reading.titles.fill(false, count: titleTexts.count)
        reading.hits.removeAll(keepingCapacity: true)
        unknown.removeAll(keepingCapacity: true)
        let s = text.scalars
        if s.count >= 2 {
            unknown.reserveCapacity(s.count)
            for i in 0..<(s.count - 1) {
                let pair = MatchText.bigram(s[i], s[i &+ 1])
                guard let (id, start) = readTable[pair] else {
                    unknown.append(pair)
                    continue
                }
                if id >= 0 { counts.add(Int(id)) } else { unknown.append(pair) }
                guard start >= 0 else { continue }
                let lists = readStarts[Int(start)]
                if lists.terms >= 0 { appendHits(at: i, in: s, list: Int(lists.terms), &reading.hits) }
                if lists.titles >= 0 { markTitles(at: i, in: s, list: Int(lists.titles), &reading.titles) }
            }
        }
        let scale = weights(counted: counts, unknown: &unknown, capacity: s.count, into: &entries)
        cosines(entries: entries, scale: scale, sections: &reading.sections, requirements: &reading.requirements)
    }
}
