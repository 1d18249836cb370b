/// Footnotes: a circled number set right after a word, before punctuation or the line's end
/// (「…同步起草①。」), cites a note; the line opening with that number (「①政策文件指县政府…」) is the
/// note, not a sub-item of the task above (it was, and the task's units were handed down to it).
///
/// Why a cited number is a note only right under the line citing it (or under another note), or
/// once the body is signed (a signature, date or annex line read) and before any other numbered
/// line after that: a sub-list's ① opens its item's words (「做好以下工作：①…；②…」) and is never
/// cited so, an annex's own list after the signature is the annex's, and a line ending with its
/// colon opens its list. A number that points at something numbered (「第①项」, 「同①」, 「附件①」,
/// 「第①、②款」) cites no note.
struct Footnotes {
    /// The circled numbers (①–⑳, by value) cited and not yet noted.
    private var cited: Set<Int> = []
    /// Whether the line before cited a number or was a note.
    private var near = false
    /// Whether the body's signature, date or annexes have been read, and no numbered line but a
    /// note since.
    private var signed = false

    /// The body is signed: notes may follow.
    mutating func sign() { signed = true }

    /// Whether the body is signed and no numbered line but notes came since: a note there hides
    /// the paragraphs after it, as a note's label does (under a task, they are the plan's).
    var atTheEnd: Bool { signed }

    /// Whether the line `scalars`, numbered `numbering`, is a note a line above cited; when it is
    /// none, the numbers it cites are kept.
    mutating func isNote(_ scalars: [Unicode.Scalar], _ numbering: Numbering?) -> Bool {
        if let n = numbering, n.family == .circled, signed || near, cited.remove(n.value) != nil {
            near = true
            return true
        }
        if numbering != nil { signed = false }
        near = read(scalars)
        return false
    }

    /// Notes the numbers `scalars` cites; whether it cites any.
    private mutating func read(_ scalars: [Unicode.Scalar]) -> Bool {
        // A line opening a list (「…建设①，重点做好以下工作：」) is followed by its items, not notes.
        if let last = scalars.last(where: { !CJK.isSpace($0) }), last == "：" || last == ":" { return false }
        var any = false
        for i in scalars.indices where i > 0 && Self.isCircled(scalars[i]) {
            let before = scalars[i - 1]
            guard CJK.isIdeograph(before) || CJK.isASCIIAlnum(before) || before == "）" || before == "》" || before == "”",
                  !Self.pointers.contains(before) else { continue }
            let after = i + 1 < scalars.count ? scalars[i + 1] : nil
            guard let after else {
                cited.insert(Self.value(scalars[i]))
                any = true
                continue
            }
            // 「①、②款」: numbers listed, or a word for what they number, follow.
            guard Self.closesCitation(after), !(after == "、" && i + 2 < scalars.count && Self.isCircled(scalars[i + 2])) else { continue }
            cited.insert(Self.value(scalars[i]))
            any = true
        }
        return any
    }

    /// What a number pointing at something numbered follows (第①项, 同①, 附件①, 见①, 表①).
    static let pointers: Set<Unicode.Scalar> = Set("第同件见表图款项条".unicodeScalars)

    static func value(_ c: Unicode.Scalar) -> Int { Int(c.value) - 0x2460 + 1 }

    static func isCircled(_ c: Unicode.Scalar) -> Bool { (0x2460...0x2473).contains(c.value) }

    /// What may follow a citing number: a clause's punctuation, a bracket's or quote's close, a space.
    static func closesCitation(_ c: Unicode.Scalar) -> Bool {
        "。，；、：！？）」”,;.".unicodeScalars.contains(c) || CJK.isSpace(c)
    }
}
