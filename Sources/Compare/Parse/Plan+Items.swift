extension Plan {
    /// The leaf task units in document order: items and sub-items, and sections and parts that
    /// carry their task as a paragraph with no numbered items under them (「二、加强政策解读」 and
    /// the paragraph below it is one task).
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
}
