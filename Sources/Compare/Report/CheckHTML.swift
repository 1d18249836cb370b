import Foundation

/// The draft check as one self-contained web page: what to fix first, a strip of the national
/// sections coloured by coverage (each cell links to its row), and each finding with the plan's
/// clause and the reference's side by side, the differences marked.
///
/// Why a page beside the Markdown: an office reads on a screen or prints; colour and two columns
/// show at a glance what a Markdown table makes them read. Same findings, same order, same words
/// (`CheckWords`); no script, no network, everything from the plan escaped (`HTMLText`). The page
/// is well-formed XML, so a test parses it.
public enum CheckHTML {
    /// `index`: the page listing this page among others (a batch's or the main job's index), linked
    /// above the title: an office reading many plans' pages goes back to the list from each.
    public static func render(_ r: CheckResult, reference: Reference, warnings: [ParseWarning] = [], language: ReportLanguage = .en, index: String? = nil) -> String {
        let w = CheckWords.of(language, about: reference)
        let title = heading(w.title(r.plan)).title
        var body = index.map { "<p><a href=\"\(HTMLText.escape($0))\">\(language == .zh ? "← 全部计划" : "← All plans")</a></p>\n" } ?? ""
        body += "<h1>\(HTMLText.escape(title))</h1>\n"
        body += paragraph(CheckMarkdown.caution(r.fit, reference: reference, language: language))
        body += paragraph(w.checkedAgainst(AlignmentMarkdown.referenceName(reference), w.provenance(reference.provenance)))
        if r.referenceDrawnFromIt { body += paragraph(w.drawnFrom) }
        if r.coversNothing { body += paragraph(w.coversNothing) }
        for warning in warnings where warning.kind == .attachmentMissing || warning.kind == .truncated {
            body += paragraph(w.notRead(warning))
        }
        for warning in warnings where warning.kind == .numberingSkip || warning.kind == .numberingRestart {
            body += paragraph(w.numbering(warning))
        }
        if !ReferenceChoice(reference: reference, fit: r.fit).isExact { body += topics(r, w) }
        body += section(w.summaryHeading, CheckMarkdown.summary(r, w).split(separator: "\n", omittingEmptySubsequences: true).dropFirst()
            .map { line in line.hasPrefix("- ") ? "<p class=\"count\">\(HTMLText.sentence(String(line.dropFirst(2))))</p>" : "<p>\(HTMLText.sentence(String(line)))</p>" }
            .joined(separator: "\n"))
        body += strip(r, w)
        body += findings(r, reference: reference, w)
        body += sections(r, reference: reference, w)
        body += additions(r, w)
        return page(title: title, language: language, body: body)
    }

    static let style = """
        body{font-family:"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;margin:0 auto;max-width:72rem;padding:1rem;line-height:1.6;color:#1d1d1f}
        h1{font-size:1.4rem}h2{font-size:1.15rem;border-bottom:1px solid #ccc;margin-top:2rem}h3{font-size:1rem;margin-bottom:.3rem}
        .strip{width:100%;height:auto;max-height:5rem}.legend span{display:inline-block;margin-right:1rem}
        .covered{background:#2e7d32}.partial{background:#f9a825}.missing{background:#c62828}.not-applicable{background:#9e9e9e}
        .dot{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:middle}
        .finding{border-left:4px solid #c62828;padding:.2rem .8rem;margin:1rem 0;background:#fafafa}.finding.info{border-color:#1565c0}
        .pair{display:grid;grid-template-columns:1fr 1fr;gap:.8rem}.pair div{background:#fff;border:1px solid #ddd;padding:.4rem}
        .label{font-size:.8rem;color:#555;display:block}del{background:#ffd7d5;text-decoration:line-through}ins{background:#ccf2d1;text-decoration:none}
        table{border-collapse:collapse;width:100%;font-size:.9rem}td,th{border:1px solid #ddd;padding:.3rem;vertical-align:top;text-align:left}
        @media (max-width:40rem){.pair{grid-template-columns:1fr}body{padding:.5rem}table{display:block;overflow-x:auto}th{white-space:nowrap}td:first-child{min-width:5rem}td:nth-child(2){min-width:6rem}}
        """

    static func page(title: String, language: ReportLanguage, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language == .zh ? "zh-CN" : "en")">
        <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>\(HTMLText.escape(title))</title>
        <style>\(style)</style>
        </head>
        <body>
        \(body)</body>
        </html>

        """
    }

    /// A Markdown heading of `CheckWords` ("## X\n\nparagraph\n\n") as its title and paragraph.
    static func heading(_ markdown: String) -> (title: String, paragraph: String) {
        let parts = markdown.components(separatedBy: "\n\n").filter { !$0.isEmpty }
        let title = (parts.first ?? "").drop { $0 == "#" || $0 == " " }
        return (String(title), parts.dropFirst().joined(separator: " "))
    }

    static func paragraph(_ markdown: String) -> String {
        markdown.components(separatedBy: "\n\n").filter { !$0.isEmpty }.map { "<p>\(HTMLText.sentence($0))</p>\n" }.joined()
    }

    static func section(_ markdownHeading: String, _ content: String, id: String? = nil) -> String {
        let h = heading(markdownHeading)
        var out = "<h2\(id.map { " id=\"\($0)\"" } ?? "")>\(HTMLText.escape(h.title))</h2>\n"
        if !h.paragraph.isEmpty { out += "<p>\(HTMLText.sentence(h.paragraph))</p>\n" }
        return out + content + "\n"
    }

    static func anchor(_ section: SectionID) -> String { "s-" + section.rawValue }

    /// The national sections as a strip of cells coloured by status, each linking to its row.
    static func strip(_ r: CheckResult, _ w: CheckWords) -> String {
        let cell = 24, gap = 2
        let width = max(1, r.coverage.count) * (cell + gap)
        var svg = "<svg class=\"strip\" viewBox=\"0 0 \(width) \(cell + 14)\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\">\n"
        for (k, s) in r.coverage.enumerated() {
            let x = k * (cell + gap)
            let label = HTMLText.escape("\(s.section.rawValue) \(s.title)\(w.colon)\(w.status(of: s))")
            svg += "<a href=\"#\(anchor(s.section))\"><rect x=\"\(x)\" y=\"0\" width=\"\(cell)\" height=\"\(cell)\" fill=\"\(colour(s.status))\"><title>\(label)</title></rect></a>\n"
            svg += "<text x=\"\(x + cell / 2)\" y=\"\(cell + 11)\" font-size=\"8\" text-anchor=\"middle\">\(HTMLText.escape(String(s.section.rawValue.split(separator: "-").dropFirst().joined(separator: "-"))))</text>\n"
        }
        svg += "</svg>\n"
        let legend = [SectionStatus.Status.covered, .partial, .missing, .notApplicable]
            .map { "<span><span class=\"dot \($0.rawValue)\"></span>\(HTMLText.escape(w.status($0)))</span>" }.joined()
        return "<figure>\n\(svg)<figcaption class=\"legend\">\(legend)</figcaption>\n</figure>\n"
    }

    static func colour(_ s: SectionStatus.Status) -> String {
        switch s {
        case .covered: return "#2e7d32"
        case .partial: return "#f9a825"
        case .missing: return "#c62828"
        case .notApplicable: return "#9e9e9e"
        }
    }

    /// What to fix first: the findings in the check's order (gaps' evidence with the gaps below).
    static func findings(_ r: CheckResult, reference: Reference, _ w: CheckWords) -> String {
        var out = ""
        var n = 1
        let fix = r.divergencesToFix
        out += section(w.divergencesHeading, fix.isEmpty ? paragraph(w.noDivergences) : CheckMarkdown.byItem(fix).map { finding($0, &n, reference: reference, w) }.joined())
        if !r.notes.isEmpty { out += section(w.notesHeading, CheckMarkdown.byItem(r.notes).map { finding($0, &n, reference: reference, w) }.joined()) }
        var gaps = ""
        // Each gap's evidence under its requirement, as the Markdown report has it: a finding marked
        // `gap` is in neither list above, so without these lines the page showed it nowhere.
        let evidence = CheckMarkdown.gapEvidence(r)
        for s in r.gaps {
            let summaries = CheckMarkdown.summaries(reference, s.section)
            gaps += "<h3>\(HTMLText.escape("\(s.section) \(s.title)"))\(HTMLText.escape(w.parens(w.gapHow(s))))</h3>\n<ul>\n"
            for status in s.requirements where !status.isCovered {
                let summary = summaries[status.requirement] ?? ""
                gaps += "<li><strong>\(HTMLText.escape("\(status.requirement) \(status.name)"))</strong>\(HTMLText.escape(w.colon + summary))"
                let lines = (evidence[status.requirement] ?? []).map { f in
                    "<li>\(HTMLText.escape(CheckMarkdown.evidenceLine(f, w, escape: { $0 })))</li>"
                }
                if !lines.isEmpty { gaps += "\n<ul>" + lines.joined() + "</ul>" }
                gaps += "</li>\n"
            }
            gaps += "</ul>\n"
        }
        out += section(w.gapsHeading, r.gaps.isEmpty ? paragraph(w.noGaps) : gaps)
        return out
    }

    static func finding(_ f: Finding, _ n: inout Int, reference: Reference, _ w: CheckWords) -> String {
        defer { n += 1 }
        var written = ReportText()
        w.findingHeading(&written, n, w.kind(f.kind), w.severity(f.severity), f.path.rawValue, f.line)
        let headingText = heading(written.string).title
        var out = "<div class=\"finding \(f.severity.rawValue)\" id=\"f-\(n)\">\n<h3>\(HTMLText.escape(headingText))</h3>\n"
        if let section = f.section {
            out += "<p><a href=\"#\(anchor(section))\">\(HTMLText.escape(section.rawValue))</a> \(HTMLText.escape(reference.section(id: section)?.title ?? ""))</p>\n"
        }
        out += "<p>\(HTMLText.escape(w.note(f) + w.sentenceEnd))</p>\n"
        let changed = f.diff.contains { $0.operation != .same }
        let plan = changed ? marked(f.diff, keep: .added) : HTMLText.escape(f.text)
        let ref = changed ? marked(f.diff, keep: .removed) : HTMLText.escape(f.reference)
        out += "<div class=\"pair\"><div><span class=\"label\">\(HTMLText.sentence(label(w.plan)))</span>\(plan)</div>"
        out += "<div><span class=\"label\">\(HTMLText.sentence(label(w.reference)))</span>\(ref)</div></div>\n"
        if !f.missing.isEmpty { out += "<p>\(HTMLText.escape(label(w.missing)))\(HTMLText.escape(f.missing.joined(separator: "、")))</p>\n" }
        if !f.added.isEmpty { out += "<p>\(HTMLText.escape(label(w.added)))\(HTMLText.escape(f.added.joined(separator: "、")))</p>\n" }
        return out + "</div>\n"
    }

    /// "- Plan: " → "Plan:" (the Markdown list words as labels).
    static func label(_ markdown: String) -> String {
        String(markdown.drop { $0 == "-" || $0 == " " })
    }

    /// One side of a diff: the shared text, and this side's own runs marked (`del` on the
    /// reference's side, `ins` on the plan's).
    static func marked(_ diff: [DiffSegment], keep: DiffSegment.Operation) -> String {
        diff.compactMap { s in
            switch s.operation {
            case .same: return HTMLText.escape(s.text)
            case keep: return keep == .added ? "<ins>\(HTMLText.escape(s.text))</ins>" : "<del>\(HTMLText.escape(s.text))</del>"
            default: return nil
            }
        }.joined()
    }

    /// Which topics the items speak of, and which none does: first on the page when no bundled key
    /// points are of the plan's year, as the caution above it says and the Markdown shows.
    static func topics(_ r: CheckResult, _ w: CheckWords) -> String {
        guard let topics = r.topics, !topics.isEmpty else { return "" }
        var rows = "<table>\n<tr>" + w.topicColumns.map { "<th>\(HTMLText.escape($0))</th>" }.joined() + "</tr>\n"
        for t in topics where !t.items.isEmpty {
            rows += "<tr><td>\(HTMLText.escape(t.topic))</td><td>\(t.items.count): \(HTMLText.escape(t.items.map(\.rawValue).joined(separator: ", ")))</td></tr>\n"
        }
        rows += "</table>\n"
        let none = topics.filter(\.items.isEmpty).map(\.topic)
        if !none.isEmpty { rows += paragraph(w.noItemSpeaksOf(none.map(CheckMarkdown.text).joined(separator: "、")).trimmingCharacters(in: .newlines)) }
        return section(w.topicsHeading, rows)
    }

    static func sections(_ r: CheckResult, reference: Reference, _ w: CheckWords) -> String {
        var rows = "<table>\n<tr>" + w.sectionColumns.map { "<th>\(HTMLText.escape($0))</th>" }.joined() + "</tr>\n"
        let lines = Dictionary(r.items.map { ($0.path, $0.line) }, uniquingKeysWith: { a, _ in a })
        for s in r.coverage {
            let items = s.items.map { HTMLText.escape(w.itemAt($0.rawValue, lines[$0] ?? 0)) }.joined(separator: "<br/>")
            let open = s.requirements.filter { !$0.isCovered }.map { HTMLText.escape("\($0.requirement) \($0.name)") }.joined(separator: "<br/>")
            rows += "<tr id=\"\(anchor(s.section))\"><td>\(HTMLText.escape(s.section.rawValue))</td><td>\(HTMLText.escape(CheckMarkdown.title(s, reference.section(id: s.section), w)))</td>"
            rows += "<td><span class=\"dot \(s.status.rawValue)\"></span>\(HTMLText.escape(w.status(of: s)))</td><td>\(items.isEmpty ? "—" : items)</td><td>\(open)</td></tr>\n"
        }
        return section(reference.hasOwnNumbering ? w.referenceSectionsHeading : w.sectionsHeading, rows + "</table>")
    }

    static func additions(_ r: CheckResult, _ w: CheckWords) -> String {
        guard !r.localAdditions.isEmpty else { return section(w.additionsHeading, paragraph(w.noAdditions)) }
        var rows = "<p>\(HTMLText.sentence(w.additionsIntro.trimmingCharacters(in: .newlines)))</p>\n<table>\n<tr>" + w.additionColumns.map { "<th>\(HTMLText.escape($0))</th>" }.joined() + "</tr>\n"
        for e in r.localAdditions {
            rows += "<tr><td>\(HTMLText.escape(e.path.rawValue))</td><td>\(e.line)</td><td>\(HTMLText.escape(e.text))</td></tr>\n"
        }
        return section(w.additionsHeading, rows + "</table>")
    }
}
