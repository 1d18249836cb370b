/// The short texts a plan's heading is compared with, per section (its title and variants, or its
/// part's headings), with an index from vocabulary number to the texts holding it.
///
/// Why an index: a heading was compared with every target by a merge of the two sets, fifty
/// targets for each heading of each plan (a sixth of aligning). From the heading's own numbers,
/// only the targets sharing one are touched, and each target's shared weight is added in the
/// same ascending order as the merge added it: the same numbers to the bit.
struct HeadingTargets: Sendable {
    private let sectionCount: Int
    /// The targets laid end to end, each with its section.
    private let flat: [(set: ReferenceIndex.BigramSet, section: Int)]
    /// Per vocabulary number, the flat targets holding it: `entries[starts[id]..<starts[id + 1]]`.
    private let starts: [Int]
    private let entries: [Int]

    init(_ sets: [[ReferenceIndex.BigramSet]], vocabularyCount: Int) {
        sectionCount = sets.count
        let flat = sets.enumerated().flatMap { s, targets in targets.map { (set: $0, section: s) } }
        var counts = [Int](repeating: 0, count: vocabularyCount + 1)
        for t in flat { for id in t.set.ids where id < vocabularyCount { counts[id + 1] += 1 } }
        for id in 0..<vocabularyCount { counts[id + 1] += counts[id] }
        var next = counts
        var entries = [Int](repeating: 0, count: counts[vocabularyCount])
        for (k, t) in flat.enumerated() {
            for id in t.set.ids where id < vocabularyCount {
                entries[next[id]] = k
                next[id] += 1
            }
        }
        (self.flat, starts, self.entries) = (flat, counts, entries)
    }

    /// Per section, the highest `ReferenceIndex.headingSimilarity` of `heading` to its targets (0
    /// for a section with none).
    func similarities(_ heading: ReferenceIndex.BigramSet, weights: [Double]) -> [Double] {
        var shared = [Double](plain: 0, count: flat.count)
        for id in heading.ids where id + 1 < starts.count {
            for k in starts[id]..<starts[id + 1] { shared[entries[k]] += weights[id] }
        }
        var out = [Double](plain: 0, count: sectionCount)
        for (k, t) in flat.enumerated() {
            let total = heading.weight + t.set.weight
            let similarity = total > 0 ? 2 * shared[k] / total : 0
            if similarity > out[t.section] { out[t.section] = similarity }
        }
        return out
    }
}
