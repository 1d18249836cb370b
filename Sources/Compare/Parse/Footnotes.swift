/// Footnotes: a circled number set right after a word, before punctuation or the line's end
/// (「…同步起草①。」), cites a note; the line opening with that number (「①政策文件指县政府…」) is the
/// note, not a sub-item of the task above (it was, and the task's units were handed down to it).
///
/// Why a cited number is a note only right under the line citing it (or under another note), or
/// once the body is signed (a signature, date or annex line read): a sub-list's ① opens its
/// item's words (「做好以下工作：①…；②…」) and is never cited so; and a plan citing ① with its note
/// at the end may have a sub-list ① between the two, which stays a list.
struct Footnotes {
    /// The circled numbers (①–⑳, by value) cited and not yet noted.
    private var cited: Set<Int> = []
    /// Whether the line before cited a number or was a note.
    private var near = false
    /// Whether the body's signature, date or annexes have been read.
    var signed = false

    /// Whether the line `scalars`, numbered `numbering`, is a note a line above cited; when it is
    /// none, the numbers it cites are kept.
    mutating func isNote(_ scalars: [Unicode.Scalar], _ numbering: Numbering?) -> Bool {
        if let n = numbering, n.family == .circled, signed || near, cited.remove(n.value) != nil {
            near = true
            return true
        }
        near = read(scalars)
        return false
    }

    /// Notes the numbers `scalars` cites; whether it cites any.
    private mutating func read(_ scalars: [Unicode.Scalar]) -> Bool {
        var any = false
        for i in scalars.indices where i > 0 && Self.isCircled(scalars[i]) {
            let before = scalars[i - 1]
            guard CJK.isIdeograph(before) || CJK.isASCIIAlnum(before) || before == "）" || before == "》" || before == "”" else { continue }
            if i + 1 == scalars.count || Self.closesCitation(scalars[i + 1]) {
                cited.insert(Int(scalars[i].value) - 0x2460 + 1)
                any = true
            }
        }
        return any
    }

    static func isCircled(_ c: Unicode.Scalar) -> Bool { (0x2460...0x2473).contains(c.value) }

    /// What may follow a citing number: a clause's punctuation, a bracket's or quote's close, a space.
    static func closesCitation(_ c: Unicode.Scalar) -> Bool {
        "。，；、：！？）」”,;.".unicodeScalars.contains(c) || CJK.isSpace(c)
    }
}
