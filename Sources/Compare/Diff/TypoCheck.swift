/// `typo`: a standard term written with one character wrong (政府门口网站 for 政府门户网站).
///
/// Why the character pairs decide: a plan may write a near variant on purpose (政务信息 beside
/// 政府信息), but a slip makes pairs of characters the domain's wording never uses (门口, 口网).
/// The vocabulary is every pair in the reference and the glossary. Only terms of five or more
/// characters with the change inside them are judged: a changed first or last character may be the
/// next word beginning (行政法规集|中), and four-character terms collide with ordinary words (深度解读).
enum TypoCheck {
    static let shortestTerm = 5

    static func run(_ ctx: CheckContext) -> [Finding] {
        let prepared = ctx.prepared
        var out: [Finding] = []
        // Items by position: an item's alignment is read only for a slip found in it (a copy of
        // every item's was a twelfth of the typo check: 65.7 → 60.3 M on 200 plans).
        for i in ctx.alignment.items.indices {
            let t = ctx.texts[i].scalars
            var seen = Set<[UInt32]>()
            var spoiled: [Range<Int>] = []
            // Where the item's clauses meet in its match text (their match texts end to end): no
            // term is written across ，。；：！？, so a window across a cut is no slip (「规范化。顺平区」
            // read as 规范化水平 with one character wrong).
            var cuts: [Int] = []
            var end = 0
            for clause in ctx.clauseMatches[i].dropLast() {
                end += clause.count
                cuts.append(end)
            }
            // Longest terms first, so a slip is reported against the longest term it spoils.
            for (n, start) in windows(t, prepared) where !cuts.contains(where: { $0 > start && $0 < start + n }) {
                guard let terms = prepared.typoTerms(first: t[start], last: t[start + n - 1], length: n) else { continue }
                for term in terms {
                    let m = term.scalars
                    var differing = -1
                    var count = 0
                    for k in 1..<(n - 1) where t[start + k] != m[k] {
                        count += 1
                        differing = k
                        if count > 1 { break }
                    }
                    guard count == 1, !spoiled.contains(where: { $0.contains(start + differing) }) else { continue }
                    let w = Array(t[start..<start + n])
                    guard !prepared.typoKnown.contains(w), !seen.contains(w), isForeign(w, at: differing, ctx: ctx) else { continue }
                    seen.insert(w)
                    spoiled.append(start..<start + n)
                    let written = MatchText.string(w), right = MatchText.string(m)
                    let a = ctx.alignment.items[i]
                    let clause = TextDiff.clauses(a.item.node.text).first { MatchText($0).contains(MatchText(written)) } ?? a.item.node.text
                    let fixed = ScalarText.replacing(written, with: right, in: clause)
                    out.append(Finding(
                        kind: .typo, severity: .warning, section: a.matches.first?.section, requirement: a.requirements.first,
                        path: a.item.path, line: a.item.line, text: clause, reference: fixed, missing: [right], added: [written],
                        diff: TextDiff.segments(from: fixed, to: clause),
                        message: .typo(written: written, right: right)))
                }
            }
        }
        return out
    }

    /// The windows of `t` worth a look, longest first and then by place, as a pass per length
    /// would take them: where a term of the window's length starts and one of that length ends
    /// (`typoLengths(of:ends:)`), found in one pass over the places. A pass per term length over
    /// every place that starts and ends some term looked up most windows for nothing.
    static func windows(_ t: [UInt32], _ prepared: CheckReference) -> [(length: Int, start: Int)] {
        var windows: [(length: Int, start: Int)] = []
        // An item has a few dozen: room for them made once, not grown four times.
        windows.reserveCapacity(32)
        // Appended to in the loop itself, not by a nested function: one capturing the array had
        // every append checked for exclusive access at run time, a third of this search.
        t.withUnsafeBufferPointer { t in
            for start in 0..<t.count where t[start] >= 0x1_0000 || prepared.typoStarts.contains(value: t[start]) {
                // Whether a window of length `n` from here fits and ends as a term of that length does.
                let ends = { (n: Int) in
                    start + n <= t.count && prepared.typoLengths(of: t[start + n - 1], ends: true) & CheckReference.lengthBit(n) != 0
                }
                var lengths = prepared.typoLengths(of: t[start], ends: false)
                while lengths != 0 {
                    let bit = lengths.trailingZeroBitCount
                    lengths &= lengths &- 1
                    if bit < 63 {
                        if ends(bit) { windows.append((bit, start)) }
                    } else {
                        // Bit 63 stands for every length from 63 up.
                        for n in prepared.typoLengths where n >= 63 && ends(n) { windows.append((n, start)) }
                    }
                }
            }
        }
        windows.sort { $0.length != $1.length ? $0.length > $1.length : $0.start < $1.start }
        return windows
    }

    /// Terms worth checking: the glossary, the section titles and part headings, and the reference's
    /// terms, list members and elements, of `shortestTerm` or more ideographs, each once.
    static func glossary(reference: Reference, lexicon: ObligationLexicon) -> [MatchText] {
        // Section titles and part headings too: plans copy them as their own headings, slips and all
        // (做妤常态化疫情防控信息公开).
        var words = lexicon.glossary + reference.sections.flatMap { [$0.title] + $0.variants } + reference.parts.flatMap { [$0.heading] + $0.variants }
        for (_, r) in reference.requirements {
            words += r.terms.flatMap(\.spellings)
            words += r.lists.flatMap { $0.flatMap(ListCheck.spellings) }
            words += r.elements.flatMap(\.spellings)
        }
        var seen = Set<[UInt32]>()
        var out: [MatchText] = []
        for w in words {
            let t = MatchText(w)
            guard t.count >= shortestTerm, t.scalars.allSatisfy({ Unicode.Scalar($0).map(CJK.isIdeograph) ?? false }), seen.insert(t.scalars).inserted else { continue }
            out.append(t)
        }
        return out
    }

    /// Whether the character at `k` of `w` makes, with each neighbour, a pair the vocabulary lacks.
    static func isForeign(_ w: [UInt32], at k: Int, ctx: CheckContext) -> Bool {
        let vocabulary = ctx.vocabulary
        if k > 0 && vocabulary.contains(MatchText.bigram(w[k - 1], w[k])) { return false }
        if k < w.count - 1 && vocabulary.contains(MatchText.bigram(w[k], w[k + 1])) { return false }
        return true
    }
}
