import Foundation

/// The TF-IDF cosines of a text with the reference's sections and requirements, and the weights
/// they are made of: what the aligner asks of every item and the check of a finding's candidates.
extension ReferenceIndex {
    /// TF-IDF cosine of `text` with every section (by index) and every requirement (flat
    /// numbering): the same numbers as `BigramVector(text, idf:).cosine(…)`, without building the
    /// item's vector as a dictionary.
    /// `counts`: working memory for the vocabulary (`rankCounts()`), made once for many texts.
    func cosines(_ text: MatchText, counts: RankCounts? = nil) -> (sections: [Double], requirements: [Double]) {
        cosines(weights(text, counts: counts ?? rankCounts()))
    }

    /// The cosines of a text's weights (`weights`).
    func cosines(_ weights: Weights?) -> (sections: [Double], requirements: [Double]) {
        var sections: [Double] = [], requirements: [Double] = []
        cosines(entries: weights?.entries ?? [], scale: weights?.scale, sections: &sections, requirements: &requirements)
        return (sections, requirements)
    }

    /// `cosines` of the weights `entries` and `scale` (none: the text has no pair), written into
    /// `sections` and `requirements`, whose storage is reused when it is theirs alone and the
    /// right size.
    func cosines(entries: [(id: Int, weight: Double)], scale: Double?, sections: inout [Double], requirements: inout [Double]) {
        sections.fill(0, count: reference.sections.count)
        requirements.fill(0, count: requirementOwners.count)
        guard let scale else { return }
        // Through pointers: the sums' arrays checked their uniqueness and bounds at every posting
        // of every pair (a common pair has postings in nearly every requirement). The same terms
        // are added in the same order.
        sections.withUnsafeMutableBufferPointer { sections in
            requirements.withUnsafeMutableBufferPointer { requirements in
                sectionPostings.withUnsafeBufferPointer { sectionPostings in
                    requirementPostings.withUnsafeBufferPointer { requirementPostings in
                        postingRanges.withUnsafeBufferPointer { ranges in
                            for (id, w) in entries {
                                let x = w * scale
                                let (inSections, inRequirements) = ranges[id]
                                for k in Int(inSections.lowerBound)..<Int(inSections.upperBound) {
                                    sections[sectionPostings[k].document] += x * sectionPostings[k].weight
                                }
                                for k in Int(inRequirements.lowerBound)..<Int(inRequirements.upperBound) {
                                    requirements[requirementPostings[k].document] += x * requirementPostings[k].weight
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// The cosine of `text` with one requirement (flat numbering): `cosines(text).requirements[r]`
    /// to the bit, the same terms added in the same order, for a check that needs one number for
    /// a few items rather than every number for every item.
    func cosine(_ text: MatchText, requirement r: Int, counts: RankCounts? = nil) -> Double {
        cosine(weights: weights(text, counts: counts ?? rankCounts()), requirement: r)
    }

    /// A text's weights (`weights(_:counts:)`): what `cosine` reads of it, kept by a caller that
    /// asks of one text for several requirements.
    typealias Weights = (entries: [(id: Int, weight: Double)], scale: Double)

    /// `cosine` of the text whose `weights` these are.
    func cosine(weights: Weights?, requirement r: Int) -> Double {
        guard let (entries, scale) = weights else { return 0 }
        var sum = 0.0
        for (id, w) in entries {
            let x = w * scale
            for k in requirementPostingStart[id]..<requirementPostingStart[id + 1] where requirementPostings[k].document == r {
                sum += x * requirementPostings[k].weight
            }
        }
        return sum
    }

    /// 1 + log(count), from a table for the counts a text has (the same function on the same
    /// argument, so the same number): `log` was called for every distinct pair of every item.
    @inline(__always)
    static func termFrequency(_ count: Int) -> Double {
        // Most pairs stand once in a text: 1 + log(1) is 1 exactly, and the table (a global,
        // checked for its first use at every call) is not read.
        if count == 1 { return 1 }
        return count < termFrequencies.count ? termFrequencies[count] : 1 + log(Double(count))
    }

    fileprivate static let termFrequencies: [Double] = (0..<64).map { 1 + log(Double($0)) }

    /// The text's known bigrams with their TF-IDF weights (ascending by id, only those with
    /// postings), and one over the vector's norm (unknown bigrams count in the norm); nil when the
    /// text has no bigram.
    func weights(_ text: MatchText, counts: RankCounts) -> Weights? {
        // The known pairs by ascending vocabulary number, counted there rather than sorted
        // (`RankCounts`), then the unknown ones, sorted: the order the weights are summed in.
        var unknown: [UInt64] = []
        unknown.reserveCapacity(text.count)
        let scalars = text.scalars
        for k in scalars.indices.dropFirst() {
            let b = MatchText.bigram(scalars[k - 1], scalars[k])
            if let id = vocabularyTable[b] { counts.add(id) } else { unknown.append(b) }
        }
        return weights(counted: counts, unknown: &unknown, capacity: text.count)
    }

    /// `weights` of a text whose known pairs are in `counts` and whose others are `unknown` (in any
    /// order): `counts` read back to zero. `capacity`: room for the entries (the text's length).
    func weights(counted counts: RankCounts, unknown: inout [UInt64], capacity: Int) -> Weights? {
        var entries: [(id: Int, weight: Double)] = []
        guard let scale = weights(counted: counts, unknown: &unknown, capacity: capacity, into: &entries) else { return nil }
        return (entries, scale)
    }

    /// `weights(counted:unknown:capacity:)` with the entries written into `entries` (emptied first,
    /// its storage kept): the scale, or nil when the text has no pair.
    func weights(counted counts: RankCounts, unknown: inout [UInt64], capacity: Int, into entries: inout [(id: Int, weight: Double)]) -> Double? {
        RadixSort.sort(&unknown)
        entries.removeAll(keepingCapacity: true)
        entries.reserveCapacity(capacity)
        var norm = 0.0
        // Bigrams numbered only for part headings have no postings (the last numbers): in the
        // norm, not among the entries.
        let posted = sectionPostingStart.count - 1
        counts.drain { id, count in
            let w = Self.termFrequency(count) * vocabularyWeight[id]
            norm += w * w
            if id < posted { entries.append((id, w)) }
        }
        var i = 0
        while i < unknown.count {
            var j = i + 1
            while j < unknown.count && unknown[j] == unknown[i] { j += 1 }
            // A bigram no section uses: the weight of one found in a single document.
            let w = Self.termFrequency(j - i) * unseenWeight
            norm += w * w
            i = j
        }
        guard norm > 0 else { return nil }
        return 1 / norm.squareRoot()
    }

    /// Working memory for `cosines` and `cosine`, for texts one after another.
    func rankCounts() -> RankCounts { RankCounts(vocabularyWeight.count) }
}
