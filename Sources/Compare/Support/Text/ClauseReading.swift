/// An item's text read once for both stages that read it by clauses: where each clause stands in
/// its UTF-8 and each clause's match text (the check), and the whole match text (the aligner and
/// the topic layer), which is the clauses' end to end (`TextDiff.clauseMatches`).
///
/// Why one value: the aligner read every item's match text, and the check read every item again
/// into clauses and the same match text; made once, the second reading is not made.
struct ClauseReading: Sendable {
    let ranges: [Range<Int>]
    let clauses: [MatchText]
    let text: MatchText

    init(_ text: String) {
        var bytes = text
        (ranges, clauses, self.text) = bytes.withUTF8 { b in
            let (ranges, scalars, ends) = TextDiff.clauseMatches(b)
            let clauses = ends.indices.map { k in MatchText(scalars: Array(scalars[(k == 0 ? 0 : ends[k - 1])..<ends[k]])) }
            return (ranges, clauses, MatchText(scalars: scalars))
        }
    }
}
