import Foundation

/// Reads the line format of `Corpus/taxonomy` (see its README.md): year files and the topics file.
///
/// Why a hand-written reader: each line stands alone, so a mistake is reported at its line with
/// what to write instead; and the toolchain's JSON reader would give a character offset at best.
public enum TaxonomyFile {
    /// One `keyword value` line.
    struct Line {
        var number: Int
        var keyword: String
        var value: String
    }

    /// Foundation's reading (`enumerateLines`, `trimmingCharacters(in: .whitespaces)`) bridged
    /// every line through NSString: a third of a run's start. A text with no line break but LF
    /// (no CR, NEL, U+2028 or U+2029, where Foundation also breaks) is split at LF and trimmed
    /// by scalars, which is the same reading; any other text is read by Foundation.
    static func lines(_ text: String) -> [Line] {
        let onlyLF = !text.unicodeScalars.contains { $0 == "\r" || $0 == "\u{85}" || $0 == "\u{2028}" || $0 == "\u{2029}" }
        guard onlyLF else { return foundationLines(text) }
        var out: [Line] = []
        var number = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            if let line = line(trimmed(raw), number: number, trim: trimmed) { out.append(line) }
        }
        return out
    }

    /// What `lines` reads, by Foundation: the reading the fast one is held to.
    static func foundationLines(_ text: String) -> [Line] {
        var out: [Line] = []
        var number = 0
        text.enumerateLines { raw, _ in
            number += 1
            if let line = line(raw.trimmingCharacters(in: .whitespaces), number: number, trim: { $0.trimmingCharacters(in: .whitespaces) }) {
                out.append(line)
            }
        }
        return out
    }

    private static func line(_ trimmedLine: String, number: Int, trim: (Substring) -> String) -> Line? {
        var line = trimmedLine
        if line.hasPrefix("\u{FEFF}") { line.removeFirst() }
        if line.isEmpty || line.hasPrefix("#") { return nil }
        if let space = line.firstIndex(where: { $0 == " " || $0 == "\t" }) {
            return Line(number: number, keyword: String(line[..<space]), value: trim(line[space...]))
        }
        return Line(number: number, keyword: line, value: "")
    }

    /// `trimmingCharacters(in: .whitespaces)`: the scalars of general category Zs, the tab and
    /// U+200B (Foundation's set holds it) cut from both ends.
    static func trimmed(_ s: Substring) -> String {
        let u = s.unicodeScalars
        guard let first = u.firstIndex(where: { !isBlank($0) }), let last = u.lastIndex(where: { !isBlank($0) }) else { return "" }
        return String(u[first...last])
    }

    private static func isBlank(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// A drawn-from entry's file name and what its closing brackets hold (full-width, or ASCII after
    /// a name with an extension, as either is typed): nil for a file name alone. A bracket inside a
    /// name (b（1）.txt) is the name's own: only brackets that end the entry hold a place; and ASCII
    /// brackets end names without an extension (政务公开(草案)), so only after one do they hold it.
    static func placed(_ entry: String) -> (file: String, place: String)? {
        for (open, close) in [("（", "）"), ("(", ")")] where entry.hasSuffix(close) {
            guard let at = entry.range(of: open, options: .backwards), at.lowerBound > entry.startIndex else { continue }
            let file = String(entry[..<at.lowerBound])
            if open == "(" && !hasExtension(file) { continue }
            return (file, String(entry[at.upperBound..<entry.index(before: entry.endIndex)]))
        }
        return nil
    }

    /// Whether a file name ends in a dot and one to five ASCII letters or digits (.txt, .docx, .html).
    static func hasExtension(_ file: String) -> Bool {
        let u = Array(file.unicodeScalars)
        guard let dot = u.lastIndex(of: "."), dot > 0 else { return false }
        let ext = u[(dot + 1)...]
        return (1...5).contains(ext.count) && ext.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }
    }

    /// 「高昌区」, or 「新疆 高昌区」 with the province first, parted by a space, a middle dot (·, ・,
    /// •, ‧: each input method types its own) or 「/」.
    static func drawnFromPlace(_ written: String, file: String, path: String, line: Int) throws(TaxonomyError) -> Reference.DrawnFromPlace {
        let parts = written.split(whereSeparator: { " 　·・•‧/".contains($0) }).map(String.init)
        let problem: String
        switch parts.count {
        case 0: problem = "'drawn-from' gives an empty place in 「\(file)」: write FILE（PLACE）, as 2021-x.txt（高昌区）, or the file alone"
        case 1: return Reference.DrawnFromPlace(place: parts[0])
        case 2:
            if let province = ProvinceFinder.shortName(parts[0]) { return Reference.DrawnFromPlace(place: parts[1], province: province) }
            problem = "'drawn-from' gives 「\(parts[0])」 before the place in 「\(file)」, which is not a province's name: write the province first (新疆, or 新疆维吾尔自治区), as 2021-x.txt（新疆 高昌区）"
        default: problem = "'drawn-from' gives more than a province and a place in 「\(file)」: write FILE（PROVINCE PLACE）, as 2021-x.txt（新疆 高昌区）"
        }
        throw .syntax(path: path, line: line, problem: problem)
    }

    /// Members of a 、-separated list, trimmed, empty ones dropped.
    static func members(_ value: String) -> [String] {
        value.split(separator: "、")
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    // MARK: Topics

    public static func topics(text: String, path: String) throws(TaxonomyError) -> [Topic] {
        var topics: [Topic] = []
        for line in lines(text) {
            switch line.keyword {
            case "topic":
                let fields = line.value.split(separator: " ", omittingEmptySubsequences: true)
                guard fields.count == 2, fields[1].allSatisfy({ $0.isASCII }) else {
                    throw .syntax(path: path, line: line.number, problem: "a topic line is 'topic <name> <ascii-key>', e.g. 'topic 财政 fiscal'")
                }
                guard !topics.contains(where: { $0.name == fields[0] || $0.key == fields[1] }) else {
                    throw .syntax(path: path, line: line.number, problem: "topic '\(fields[0])' (\(fields[1])) is defined twice; keep one")
                }
                topics.append(Topic(name: String(fields[0]), key: String(fields[1]), summary: ""))
            case "summary":
                guard !topics.isEmpty else {
                    throw .syntax(path: path, line: line.number, problem: "'summary' before any 'topic' line; put it under the topic it describes")
                }
                topics[topics.count - 1].summary = line.value
            default:
                throw .syntax(path: path, line: line.number, problem: "unknown keyword '\(line.keyword)' in the topics file (use 'topic' or 'summary')")
            }
        }
        guard !topics.isEmpty else {
            throw .syntax(path: path, line: 1, problem: "no 'topic' lines; the topics file needs the topics sections name")
        }
        return topics
    }

    // MARK: Year files

    /// Reads one year file. `topics` are the known topic names: a section naming another is an error.
    public static func reference(text: String, path: String, topics: [Topic]) throws(TaxonomyError) -> Reference {
        let all = lines(text)
        guard let first = all.first, first.keyword == "reference", let year = Int(first.value), first.value.count == 4 else {
            throw .syntax(path: path, line: all.first?.number ?? 1, problem: "the first line must be 'reference <year>', e.g. 'reference 2021'")
        }
        let topicNames = topics.map(\.name)
        var reference = Reference(year: year, name: String(year), source: "", parts: [], sections: [])
        reference.line = first.number
        var inRequirement = false
        /// Which line a 'variant' or 'topics' below belongs to.
        var lastHeading: NodeKind? = nil

        func need(_ ok: Bool, _ line: Line, _ problem: String) throws(TaxonomyError) {
            if !ok { throw .syntax(path: path, line: line.number, problem: problem) }
        }

        for line in all.dropFirst() {
            let value = line.value
            if line.keyword != "variant" && line.keyword != "source" {
                try need(!value.isEmpty, line, "'\(line.keyword)' needs a value after it")
            }
            switch line.keyword {
            case "title", "document", "issued":
                try need(reference.parts.isEmpty, line, "'\(line.keyword)' belongs in the header, before the first 'part'")
                if line.keyword == "title" { reference.title = value }
                if line.keyword == "document" { reference.document = value }
                if line.keyword == "issued" {
                    let date = CalendarDate(iso: value)
                    try need(date != nil, line, "'issued' is a date written YYYY-MM-DD")
                    reference.issued = date
                }
            case "part":
                let (head, rest) = split(value)
                guard let number = Int(head), number > 0, !rest.isEmpty else {
                    throw .syntax(path: path, line: line.number, problem: "a part line is 'part <number> <heading>', e.g. 'part 1 紧扣…深化政务公开'")
                }
                try need(reference.part(number: number) == nil, line, "part \(number) is defined twice")
                reference.parts.append(ReferencePart(number: number, heading: rest))
                inRequirement = false
                lastHeading = .part
            case "section":
                let (id, title) = split(value)
                let fields = id.split(separator: "-", omittingEmptySubsequences: false)
                let pieces = fields.compactMap { Int($0) }
                guard fields.count == 3, pieces.count == 3, zip(fields, pieces).allSatisfy({ String($1) == $0 }),
                      pieces[0] == year, pieces[1] > 0, pieces[2] > 0, !title.isEmpty else {
                    throw .syntax(path: path, line: line.number, problem: "a section line is 'section \(year)-<part>-<n> <title>', e.g. 'section \(year)-1-3 做好财政信息公开'")
                }
                try need(reference.part(number: pieces[1]) != nil, line, "section \(id) names part \(pieces[1]), which has no 'part \(pieces[1])' line above it")
                try need(reference.parts.last?.number == pieces[1], line, "section \(id) belongs to part \(pieces[1]) but stands under 'part \(reference.parts.last?.number ?? 0)'; move it under its part")
                try need(reference.section(id: SectionID(id)) == nil, line, "section \(id) is defined twice")
                if let previous = reference.sections.last { try check(previous, path: path) }
                reference.sections.append(ReferenceSection(id: SectionID(id), part: pieces[1], title: title, line: line.number))
                inRequirement = false
                lastHeading = .section
            case "topics":
                try need(lastHeading == .section && !inRequirement, line, "'topics' belongs to a section: put it right under the 'section' line")
                for topic in members(value) {
                    guard topicNames.contains(topic) else {
                        throw .unknownTopic(path: path, line: line.number, topic: topic, known: topicNames)
                    }
                    try need(!reference.sections[reference.sections.count - 1].topics.contains(topic), line, "topic '\(topic)' is named twice for this section")
                    reference.sections[reference.sections.count - 1].topics.append(topic)
                }
            case "variant":
                try need(!value.isEmpty, line, "'variant' needs the other heading after it")
                switch (lastHeading, inRequirement) {
                case (.section?, false): reference.sections[reference.sections.count - 1].variants.append(value)
                case (.part?, false): reference.parts[reference.parts.count - 1].variants.append(value)
                default:
                    throw .syntax(path: path, line: line.number, problem: "'variant' belongs to a part or a section: put it right under that line")
                }
            case "requirement":
                try need(!reference.sections.isEmpty, line, "'requirement' before any 'section'; put it under the section it belongs to")
                let section = reference.sections[reference.sections.count - 1]
                let (id, name) = split(value)
                try need(id.hasPrefix(section.id.rawValue) && id.count == section.id.rawValue.count + 1 && ("a"..."z").contains(id.last!) && !name.isEmpty, line,
                         "a requirement line is 'requirement \(section.id)<letter> <name>', e.g. 'requirement \(section.id)a …'")
                try need(!section.requirements.contains { $0.id.rawValue == id }, line, "requirement \(id) is defined twice")
                reference.sections[reference.sections.count - 1].requirements.append(
                    Requirement(id: RequirementID(id), name: name, summary: "", source: "", line: line.number))
                inRequirement = true
            case "summary", "terms", "list", "deadline", "wording", "wording-one-plan", "requires", "scope", "levels":
                try need(inRequirement, line, "'\(line.keyword)' belongs to a requirement: put it under a 'requirement' line")
                let s = reference.sections.count - 1
                let r = reference.sections[s].requirements.count - 1
                switch line.keyword {
                case "summary":
                    try need(reference.sections[s].requirements[r].summary.isEmpty, line, "a second 'summary' for requirement \(reference.sections[s].requirements[r].id); join them into one line")
                    reference.sections[s].requirements[r].summary = value
                case "terms":
                    try need(!members(value).isEmpty, line, "the 'terms' line lists no term; separate terms with 、")
                    for member in members(value) {
                        let spellings = member.split(separator: "/").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                        try need(!spellings.isEmpty, line, "an empty term; separate terms with 、 and spellings with /")
                        reference.sections[s].requirements[r].terms.append(Term(spellings))
                    }
                case "requires", "scope":
                    let role: RequirementElement.Role = line.keyword == "scope" ? .scope : .duty
                    for member in members(value) {
                        let spellings = member.split(separator: "/").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                        try need(!spellings.isEmpty, line, "an empty element; separate elements with 、 and spellings with /")
                        reference.sections[s].requirements[r].elements.append(RequirementElement(spellings, role: role))
                    }
                case "list":
                    let list = members(value)
                    try need(list.count >= 2, line, "a list needs at least two members separated by 、")
                    try need(list.allSatisfy { $0.split(separator: "/").contains { !$0.trimmingCharacters(in: .whitespaces).isEmpty } }, line,
                             "an empty list member; separate members with 、 and spellings of one member with /")
                    reference.sections[s].requirements[r].lists.append(list)
                case "levels":
                    let names = members(value)
                    try need(!names.isEmpty, line, "'levels' lists no level; separate levels with 、 (province, prefecture, county, zone)")
                    for name in names {
                        guard let level = Metadata.Level(rawValue: name) else {
                            throw .syntax(path: path, line: line.number, problem: "unknown level '\(name)' (known: province, prefecture, county, zone)")
                        }
                        reference.sections[s].requirements[r].levels.append(level)
                    }
                case "deadline":
                    try need(reference.sections[s].requirements[r].deadline == nil, line, "a second 'deadline' for requirement \(reference.sections[s].requirements[r].id); a requirement has one time limit")
                    reference.sections[s].requirements[r].deadline = value
                case "wording-one-plan":
                    reference.sections[s].requirements[r].wording.append(value)
                    reference.sections[s].requirements[r].onePlanWording.append(value)
                default: reference.sections[s].requirements[r].wording.append(value)
                }
            case "source":
                try need(!value.isEmpty, line, "'source' needs a value: where the content comes from")
                if inRequirement {
                    let s = reference.sections.count - 1
                    reference.sections[s].requirements[reference.sections[s].requirements.count - 1].source = value
                } else if reference.parts.isEmpty {
                    reference.source = value
                } else {
                    throw .syntax(path: path, line: line.number, problem: "'source' belongs in the header or under a requirement")
                }
            case "source-zh":
                try need(!value.isEmpty, line, "'source-zh' needs a value: the source note in Chinese")
                try need(reference.parts.isEmpty, line, "'source-zh' belongs in the header, before the first 'part'")
                reference.sourceChinese = value
            case "drawn-from":
                try need(reference.parts.isEmpty, line, "'drawn-from' belongs in the header, before the first 'part'")
                let files = members(value)
                try need(!files.isEmpty, line, "'drawn-from' lists no file; separate plan file names with 、")
                // 「FILE（PLACE）」: the plan's place, by which a copy under another name is known.
                for file in files {
                    guard let (name, written) = placed(file) else {
                        reference.drawnFrom.append(file)
                        continue
                    }
                    reference.drawnFrom.append(name)
                    reference.drawnFromPlaces.append(try drawnFromPlace(written, file: file, path: path, line: line.number))
                }
            case "reference":
                throw .syntax(path: path, line: line.number, problem: "'reference' may appear only once, on the first line")
            default:
                throw .syntax(path: path, line: line.number, problem: "unknown keyword '\(line.keyword)' (known: reference, title, document, issued, source, drawn-from, part, variant, section, topics, requirement, summary, terms, list, requires, scope, levels, deadline, wording, wording-one-plan)")
            }
        }
        guard let last = reference.sections.last else {
            throw .syntax(path: path, line: all.last?.number ?? 1, problem: "no 'section' lines: a year file needs its sections")
        }
        try check(last, path: path)
        return reference
    }

    /// A section is complete when it has topics and requirements, and each requirement its summary,
    /// terms and source.
    static func check(_ section: ReferenceSection, path: String) throws(TaxonomyError) {
        guard !section.topics.isEmpty else {
            throw .syntax(path: path, line: section.line, problem: "section \(section.id) has no 'topics' line; every section needs at least one topic")
        }
        guard !section.requirements.isEmpty else {
            throw .syntax(path: path, line: section.line, problem: "section \(section.id) has no requirements; add at least one 'requirement' under it")
        }
        for r in section.requirements {
            for (field, missing) in [("summary", r.summary.isEmpty), ("terms", r.terms.isEmpty), ("source", r.source.isEmpty)] where missing {
                throw .syntax(path: path, line: r.line, problem: "requirement \(r.id) has no '\(field)' line")
            }
        }
    }

    private static func split(_ value: String) -> (head: String, rest: String) {
        guard let space = value.firstIndex(where: { $0 == " " || $0 == "\t" }) else { return (value, "") }
        return (String(value[..<space]), value[space...].trimmingCharacters(in: .whitespaces))
    }

}
