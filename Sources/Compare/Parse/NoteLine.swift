/// A note's lines (「注：…」, 「备注：…」, 「说明：…」, and the numbered lines of a note's own list): they
/// explain the plan, and ask nothing of anyone.
///
/// Why they are no task's text: a closing 「注：1.各单位要于2021年12月10日前报送落实情况。2.联系人：…」
/// gave the last task a time limit it does not have (or, after a task its units closed, became a
/// task of its own, its list's 「2.」 another); a note under a task put the note's dates and words
/// in the task.
struct NoteLine {
    /// The number the next line of the note's own list would have, and its family: 2 after
    /// 「注：1.…」, 1 after a label alone (「注：」, its list below, of any family); nil when the note
    /// opens no list.
    let listNext: List?

    struct List {
        let next: Int
        let family: Numbering.Family?
    }
    /// The note's label stands alone on its line: its words are on the next line.
    let labelOnly: Bool
    /// The note's words after its label, as written.
    var words: [Unicode.Scalar] = []

    /// The note `written` is, or nil when it is none (`Lexicon.noteWordsStart`).
    static func read(_ written: [Unicode.Scalar]) -> NoteLine? {
        guard Lexicon.mayOpenNote(written) else { return nil }
        let text = Canonical.scalars(written)
        guard let i = Lexicon.noteWordsStart(text) else { return nil }
        let rest = Array(text[i...])
        guard rest.contains(where: { !CJK.isSpace($0) }) else { return NoteLine(listNext: List(next: 1, family: nil), labelOnly: true) }
        if let m = MarkerScanner.leading(rest), m.numbering.family.isArabicItem, m.numbering.value == 1 {
            return NoteLine(listNext: List(next: 2, family: m.numbering.family), labelOnly: false)
        }
        // Canonical spelling keeps one scalar for one: the written words stand where the canonical do.
        let words = text.count == written.count ? Array(written[i...]) : rest
        return NoteLine(listNext: nil, labelOnly: false, words: words)
    }

    /// A one-line note that says only who carries out the task above it or when (「备注：由县司法局牵头，
    /// 各乡镇配合」, 「备注：2021年12月底前完成」) gives the task its units or time limit, as those words
    /// on a line of their own do: dropped with the note, the task had neither.
    func giveWords(to builder: inout TreeBuilder, lines: ClosedRange<Int>, planYear: Int?, memo: UnitMemo?) {
        guard listNext == nil, !labelOnly, !words.isEmpty else { return }
        // Names of bodies only: a note on how to read the units (「责任单位：排在第一位的为牵头单位」,
        // 「标注★的任务由县政务公开办牵头」) names none.
        if let units = UnitExtractor.unitLine(words, memo: memo), (units.lead + units.responsible).allSatisfy(Self.namesABody) {
            builder.attachUnitLine(units)
        } else if let limit = UnitExtractor.timeLine(words) ?? UnitExtractor.onlyTimeLimit(words) {
            let dated = !NodeFinisher.limits(limit, planYear: planYear).isEmpty
            builder.attachTimeLine(limit, words: dated ? nil : TreeBuilder.Part(ScalarText.string(words), words), lines: lines)
        }
    }

    /// Whether a name a note gives is a body's: no word of a sentence (由, 要, 是…) in it, nor 的
    /// (「排在第一位的为牵头单位」).
    static func namesABody(_ name: String) -> Bool {
        UnitExtractor.isPlainBodyName(name) && !name.unicodeScalars.contains("的")
    }

    /// Whether a numbered line goes on with a note's list `list`: the list's next number, of its
    /// family, where the plan's own open level of that family does not go on with the same number
    /// (`planGoesOn`: 「1.…」 「注：1.…」 「2.…」 is the plan's item 2).
    /// A list that has taken two numbers or more is the note's whatever the plan's would be.
    static func continues(_ list: List?, _ numbering: Numbering, planGoesOn: Bool) -> Bool {
        guard let list, numbering.family.isArabicItem, numbering.value == list.next, !planGoesOn || list.next >= 3 else { return false }
        return list.family.map { $0 == numbering.family } ?? true
    }
}
