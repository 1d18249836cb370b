extension Plan {
    /// The task units in document order: leaf items and sub-items, and sections and parts that
    /// carry their task as a paragraph with no numbered items under them (「二、加强政策解读」 and
    /// the paragraph below it is one task).
    ///
    /// A section or item with numbered items under it is a task unit too, before them, when its own
    /// text says more than a heading (`saysMoreThanHeading`): 「（一）推动法定主动公开内容建设。」 with
    /// two paragraphs of duties below and then 「（3）…」 holds those duties in its own text, and
    /// leaving it out made the plan look silent on them. Its unit is its own text only, without
    /// the items under it (their own units).
    ///
    /// Unnumbered paragraphs are left out, and so are parts headed 总体要求, 指导思想 and the like
    /// (`NodeFinisher` makes them paragraphs): they are preambles, not tasks.
    public var items: [PlanItem] {
        var out: [PlanItem] = []
        // The path as the labels joined by "/" so far (nil at the top), and the headings above: each
        // made once a node, not an array of labels copied and joined again for every item.
        func walk(_ node: Node, path: String?, context: [String]) {
            let label = node.numbering?.canonical ?? "¶"
            // One string a node, made with room for the label (`+` twice made two).
            var here = label
            if let path {
                here = path
                here.reserveCapacity(path.utf8.count + 1 + label.utf8.count)
                here += "/"
                here += label
            }
            if node.children.isEmpty {
                if node.kind != .paragraph {
                    out.append(PlanItem(path: ItemPath(here), line: node.lines.lowerBound, node: node, context: context))
                }
                return
            }
            if node.kind != .paragraph, Self.saysMoreThanHeading(node) {
                var own = node
                own.children = []
                out.append(PlanItem(path: ItemPath(here), line: node.lines.lowerBound, node: own, context: context, headsItems: true))
            }
            let inner = context + [node.heading ?? node.text]
            for child in node.children {
                walk(child, path: here, context: inner)
            }
        }
        for node in nodes { walk(node, path: nil, context: []) }
        // Make paths unique where a plan repeats a number (a "（三）" written twice). Keyed by bytes:
        // a path is made of canonical labels (digits, numerals, brackets, 第…部分, circled numbers),
        // ¶ and /, none of which has another canonical spelling, so equal bytes are equal paths, and
        // hashing the String (normalising it first) was a twelfth of aligning a plan.
        var seen = TextTable<ByteKey, Int>(minimumCapacity: out.count)
        for i in out.indices {
            let key = ByteKey(out[i].path.rawValue)
            let n = seen[key, default: 0] + 1
            seen[key] = n
            if n > 1 { out[i].path = "\(out[i].path)#\(n)" }
        }
        return out
    }

    /// Whether a node's own text holds more than a heading: what follows its heading (a short first
    /// sentence, `NodeFinisher.heading`) has a character to match; or, with no heading, the text is
    /// longer than any heading can be (`NodeFinisher.longestHeading`) and holds a sentence's end (。 or ；),
    /// so it is a duty and not a title written with a comma (「紧扣“十四五”开好局起好步，深化政务公开」).
    static func saysMoreThanHeading(_ node: Node) -> Bool {
        let text = node.text
        guard let heading = node.heading else {
            return text.unicodeScalars.count > NodeFinisher.longestHeading
                && text.unicodeScalars.contains { $0 == "。" || $0 == "；" } && MatchText(text).count > 0
        }
        // The heading is cut from the text's own scalars (`NodeFinisher.heading`) and ends at its
        // stop or at the text's end, never before a combining mark: a prefix of its bytes is a
        // prefix as `hasPrefix` reads one (which compared them canonically, a thirtieth of
        // listing a plan's items).
        let rest = text.utf8.count > heading.utf8.count && text.utf8.starts(with: heading.utf8)
            ? String(text.utf8.dropFirst(heading.utf8.count)) ?? "" : ""
        return MatchText(rest).count > 0
    }
}
