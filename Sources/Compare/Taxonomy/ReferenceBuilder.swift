/// Turns a parsed national text (or any plan standing in for one) into a `Reference`.
///
/// A user who has the national key points passes them in; they are parsed like a plan. Sections
/// keep the national id scheme `<year>-<part>-<n>`, counting sections within each part, so the ids
/// match the bundled taxonomy's and the labels' whatever numbering the text uses (2018 numbers its
/// sections straight through the parts). Each item (or, in a section written as a paragraph, each
/// sentence) becomes a requirement; its key terms are what a national text marks as such: the
/// members of its 、-lists, quoted phrases and cited titles.
public enum ReferenceBuilder {
    public static func build(from plan: Plan, path: String) throws(TaxonomyError) -> Reference {
        guard let year = plan.metadata.year else { throw .noYear(path: path) }
        var parts: [ReferencePart] = []
        var sections: [ReferenceSection] = []

        func addSection(_ node: Node, part: Int, ordinal: Int, partNode: Node? = nil) {
            let id = "\(year)-\(part)-\(ordinal)"
            let title = node.heading ?? firstSentence(node.text)
            var requirements: [Requirement] = []
            let units: [(String, Int, [Deadline])] = node.children.isEmpty
                ? sentences(node.text, dropping: node.heading).map { ($0, node.lines.lowerBound, node.deadlines) }
                : leaves(node).map { ($0.text, $0.lines.lowerBound, $0.deadlines) }
            // A heading written as the paragraph's first sentence leaves nothing of its own.
            for (i, unit) in units.filter({ !MatchText($0.0).isEmpty }).enumerated() {
                requirements.append(Requirement(
                    id: "\(id)\(letters(i))", name: shortName(firstSentence(unit.0)),
                    summary: firstSentence(unit.0), terms: terms(unit.0),
                    deadline: unit.2.first?.raw,
                    wording: [unit.0], source: "\(path):\(unit.1)", line: unit.1))
            }
            if requirements.isEmpty {
                requirements.append(Requirement(
                    id: "\(id)a", name: title, summary: title, terms: terms(title), wording: [node.text],
                    source: "\(path):\(node.lines.lowerBound)", line: node.lines.lowerBound))
            }
            sections.append(ReferenceSection(
                id: SectionID(id), part: part, title: title, requirements: requirements, line: node.lines.lowerBound))
            let numbering = [partNode?.numbering?.canonical, node.numbering?.canonical].compactMap { $0 }.joined(separator: "/")
            sections[sections.count - 1].numbering = numbering.isEmpty ? nil : numbering
            sections[sections.count - 1].end = node.lastLine
        }

        let partNodes = plan.nodes.filter { $0.kind == .part }
        if partNodes.isEmpty {
            parts.append(ReferencePart(number: 1, heading: plan.metadata.title ?? plan.name))
            for (i, node) in plan.nodes.filter({ $0.kind == .section }).enumerated() {
                addSection(node, part: 1, ordinal: i + 1)
            }
        } else {
            for (p, partNode) in partNodes.enumerated() {
                parts.append(ReferencePart(number: p + 1, heading: partNode.heading ?? firstSentence(partNode.text)))
                for (i, node) in partNode.children.filter({ $0.kind == .section }).enumerated() {
                    addSection(node, part: p + 1, ordinal: i + 1, partNode: partNode)
                }
            }
        }
        guard !sections.isEmpty else { throw .noSections(path: path) }
        try requireDistinctNumbering(plan, path: path)
        var reference = Reference(
            year: year, name: plan.name, title: plan.metadata.title, document: plan.metadata.documentNumber,
            issued: plan.metadata.date, source: path, parts: parts, sections: sections)
        reference.provenance = provenance(of: plan.metadata)
        return ReferenceCompiler.compile(reference)
    }

    /// National when the State Council's office issues it (国办发, 国务院办公厅); another locality's
    /// plan when it names one; else just a text.
    static func provenance(of m: Metadata) -> Reference.Provenance {
        let national = [m.documentNumber, m.issuer, m.title].compactMap { $0 }.contains { $0.contains("国办") || $0.contains("国务院") }
        if national && m.locality == nil { return .national }
        if let locality = m.locality { return .plan(locality: locality, level: m.level) }
        return .text
    }

    /// Two sections of one part numbered alike (（二） twice) would be one section to a reader of the
    /// reference and two to the check: the user must renumber one.
    static func requireDistinctNumbering(_ plan: Plan, path: String) throws(TaxonomyError) {
        let groups = plan.nodes.filter { $0.kind == .part }.map(\.children) + [plan.nodes]
        for siblings in groups {
            var seen: [String: Int] = [:]
            for node in siblings where node.kind == .section {
                guard let numbering = node.numbering?.canonical else { continue }
                if let first = seen[numbering] {
                    throw .duplicateSection(path: path, line: node.lines.lowerBound, numbering: numbering, first: first)
                }
                seen[numbering] = node.lines.lowerBound
            }
        }
    }

    static func leaves(_ node: Node) -> [Node] {
        node.children.flatMap { $0.children.isEmpty ? [$0] : leaves($0) }
    }

    /// a, b, …, z, then aa, ab, …, zz, aaa, …: requirement letters for any number of requirements.
    static func letters(_ i: Int) -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz")
        var n = max(0, i) + 1
        var out: [Character] = []
        while n > 0 {
            n -= 1
            out.append(alphabet[n % 26])
            n /= 26
        }
        return String(out.reversed())
    }

    /// A requirement's name: its first sentence, or its first 20 characters and 「…」, so that a cut
    /// name never reads as the whole (「全面推进规章集中统一公开, 2021年底」 lost its 前).
    static func shortName(_ sentence: String) -> String {
        sentence.count <= 20 ? sentence : String(sentence.prefix(20)) + "…"
    }

    /// Up to the first full stop or semicolon, or the line break a heading keeps
    /// (`NodeFinisher.joined`), without the white space around it.
    static func firstSentence(_ text: String) -> String {
        let body = text.drop { $0.isWhitespace }
        let end = body.firstIndex { "。；;\n".contains($0) } ?? body.endIndex
        return String(body[..<end]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The sentences of a paragraph after its heading; one shorter than 8 characters joins the one
    /// before it.
    static func sentences(_ text: String, dropping heading: String?) -> [String] {
        var body = Substring(text)
        if let heading, body.hasPrefix(heading) { body = body.dropFirst(heading.count) }
        var out: [String] = []
        var current = ""
        for ch in body {
            current.append(ch)
            if ch == "。" || ch == "；" {
                let trimmed = current.trimmingCharacters(in: .whitespacesAndNewlines)
                if trimmed.count < 8, !out.isEmpty { out[out.count - 1] += trimmed } else if !trimmed.isEmpty { out.append(trimmed) }
                current = ""
            }
        }
        let rest = current.trimmingCharacters(in: .whitespacesAndNewlines)
        if rest.count >= 8 || out.isEmpty { if !rest.isEmpty { out.append(rest) } } else { out[out.count - 1] += rest }
        return out
    }

    /// Members of its 、-lists, phrases in quotes and titles in 《》, each once.
    static func terms(_ text: String) -> [Term] {
        var found: [String] = Enumerations.extract(text, minimum: 2).flatMap { $0 }
        var inside: String? = nil
        for ch in text {
            if ch == "“" || ch == "《" { inside = "" } else if ch == "”" || ch == "》" {
                if let phrase = inside, phrase.count >= 2, phrase.count <= 16 { found.append(phrase) }
                inside = nil
            } else if inside != nil {
                inside!.append(ch)
            }
        }
        var seen: Set<String> = []
        return found.filter { $0.count >= 2 && seen.insert($0).inserted }.map { Term([$0]) }
    }
}
