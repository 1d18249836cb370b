/// The three readings the aligner makes of an item's text in one pass over its pairs: its cosines
/// with every section and requirement (`cosines`), the key terms it holds (`termHits`) and the
/// section titles it holds (`titlesInText`). Each pair is looked up once (`readTable`), where the
/// three passes looked it up in three tables. The same numbers, hits and titles, in the same order.
extension ReferenceIndex {
    struct Reading {
        var sections: [Double]
        var requirements: [Double]
        var hits: [(term: Int, offset: Int)]
        var titles: [Bool]
    }

    /// `counts`: working memory for the vocabulary (`rankCounts()`), made once for many texts.
    func read(_ text: MatchText, counts: RankCounts) -> Reading {
        var titles = [Bool](plain: false, count: titleTexts.count)
        var hits: [(term: Int, offset: Int)] = []
        var unknown: [UInt64] = []
        let s = text.scalars
        if s.count >= 2 {
            unknown.reserveCapacity(s.count)
            for i in 0..<(s.count - 1) {
                let pair = MatchText.bigram(s[i], s[i + 1])
                guard let n = readTable[pair] else {
                    unknown.append(pair)
                    continue
                }
                let id = Int(readVocabulary[n])
                if id >= 0 { counts.add(id) } else { unknown.append(pair) }
                if readTerms[n] >= 0 { appendHits(at: i, in: s, list: Int(readTerms[n]), &hits) }
                if readTitles[n] >= 0 { markTitles(at: i, in: s, list: Int(readTitles[n]), &titles) }
            }
        }
        let (sections, requirements) = cosines(weights(counted: counts, unknown: &unknown, capacity: s.count))
        return Reading(sections: sections, requirements: requirements, hits: hits, titles: titles)
    }
}
