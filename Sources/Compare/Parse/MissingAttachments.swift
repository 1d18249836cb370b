/// Attachments a plan names and the file does not hold: warned of, as their tasks go unread.
extension PlanParser {
    /// Attachments a 附件 line names (附件：1.…任务台账 2.…清单) whose title appears on no later line:
    /// the attachment itself, which opens with its title, is not in the file.
    static func missingAttachments(_ lines: [SourceLine]) -> [(Int, String)] {
        // Lines are canonicalised only when asked for: a line that holds no 附 and 件 never opens
        // with 附件 (canonical spelling leaves ideographs as they are), and the lines after a 附件
        // line are read only when it lists a title to look for.
        var texts = [String?](repeating: nil, count: lines.count)
        func text(_ k: Int) -> String {
            if let known = texts[k] { return known }
            let made = CJK.removingSpaces(Canonical.text(lines[k].text))
            texts[k] = made
            return made
        }
        var out: [(Int, String)] = []
        for k in lines.indices where ScalarText.contains(lines[k].text, "附") && ScalarText.contains(lines[k].text, "件") {
            let opening = text(k)
            guard opening.hasPrefix("附件") else { continue }
            for title in attachmentTitles(String(opening.dropFirst(2))) {
                // Too short to be a title ("附件1"), or a sentence about attachments rather than a list.
                guard ScalarText.characterCount(title) >= 6, !ScalarText.holds(title, "，") else { continue }
                if !((k + 1)..<lines.count).contains(where: { ScalarText.holds(text($0), title) }) { out.append((lines[k].line, title)) }
            }
        }
        return out
    }

    static let digits = Set("0123456789０１２３４５６７８９")
    static let numberEnds = Set(".．、")

    /// The titles of a 附件 line's list: split at each numbering token (digits and . ． 、), the
    /// colon and the sentence's end dropped.
    static func attachmentTitles(_ list: String) -> [String] {
        var titles: [String] = []
        var current = ""
        let chars = Array(list)
        var i = 0
        while i < chars.count {
            var j = i
            while j < chars.count, digits.contains(chars[j]) { j += 1 }
            if j > i, j < chars.count, numberEnds.contains(chars[j]) {
                titles.append(current)
                current = ""
                i = j + 1
                continue
            }
            if chars[i] == "。" || chars[i] == "；" { break }
            if !(current.isEmpty && (chars[i] == "：" || chars[i] == ":")) { current.append(chars[i]) }
            i += 1
        }
        titles.append(current)
        return titles.filter { !$0.isEmpty }
    }
}
