/// The draft check as an official reads it: a summary, a table of national sections, each gap, each
/// divergence with its evidence and a readable diff, and the plan's own additions.
///
/// Why this order: the first screen answers "can this draft go out?", the table says where to look,
/// and every finding quotes the plan and the reference side by side so that it can be acted on
/// without opening either.
public enum CheckMarkdown {
    /// `warnings`: what the parser found odd in the file (a missing attachment, a cut-off text): the
    /// official must know what the check could not read.
    public static func render(_ r: CheckResult, reference: Reference, warnings: [ParseWarning] = [], language: ReportLanguage = .en) -> String {
        report(r, reference: reference, warnings: warnings, language: language).string
    }

    /// `render` as bytes, for a batch writing reports to files: never made a String, whose bytes
    /// would be read through once more to check them.
    static func report(_ r: CheckResult, reference: Reference, warnings: [ParseWarning] = [], language: ReportLanguage = .en) -> ReportText {
        let w = CheckWords.of(language, about: reference)
        // One report's bytes, each part written into them (`ReportText`).
        var out = ReportText(capacity: 32 * 1024)
        out += w.title(text(r.plan))
        out += caution(r.fit, reference: reference, language: language)
        out += w.checkedAgainst(text(AlignmentMarkdown.referenceName(reference)), w.provenance(reference.provenance))
        let source = w.chineseSource && !reference.sourceChinese.isEmpty ? reference.sourceChinese : reference.source
        if !source.isEmpty {
            out += w.source(text(source))
        }
        if r.referenceDrawnFromIt {
            out += w.drawnFrom
        }
        if r.coversNothing { out += w.coversNothing }
        for warning in warnings where warning.kind == .attachmentMissing || warning.kind == .truncated {
            out += w.notRead(warning)
        }
        for warning in warnings where warning.kind == .numberingSkip || warning.kind == .numberingRestart {
            out += w.numbering(warning)
        }
        out += w.naming
        if !ReferenceChoice(reference: reference, fit: r.fit).isExact { topics(r, w, into: &out) }
        out += summary(r, w)
        sections(r, reference: reference, w, into: &out)
        gaps(r, reference: reference, w, into: &out)
        divergences(r, reference: reference, w, into: &out)
        additions(r, w, into: &out)
        return out
    }

    /// When no bundled key points are of the plan's year, the first thing the report says, in the
    /// users' language first: what was used instead, and how to get the full check. The English
    /// report gives it in both languages.
    static func caution(_ fit: ReferenceChoice.Fit, reference: Reference, language: ReportLanguage = .en) -> String {
        let used = reference.year
        let english = language == .en
        switch fit {
        case .exact, .given:
            return ""
        case let .earlier(planYear):
            return "**注意**：本计划为\(planYear)年，工具内置的国家要点只有\(used)年及以前，没有\(planYear)年的要点。下面先列主题覆盖；其后的检查依据的是\(used)年要点，可能要求\(planYear)年已不再要求的内容，仅供参考。要完整检查，请用 `--reference 文件` 传入\(planYear)年国家要点或上级计划的文本。\n\n"
                + (english ? "**Caution**: this plan is of \(planYear); no key points of \(planYear) are bundled. Topic coverage comes first; the check after it is against the \(used) key points, the nearest earlier year, and may ask for what \(planYear) no longer asks. For a full check, pass the \(planYear) national text or the upper-level plan with `--reference FILE`.\n\n" : "")
        case .noYear:
            return "**注意**：未能从本计划中读出年份，下面先列主题覆盖；其后的检查依据的是工具内置最新的\(used)年要点，仅供参考。要完整检查，请用 `--reference 文件` 传入对应年份的国家要点或上级计划的文本。\n\n"
                + (english ? "**Caution**: no year was found in this plan. Topic coverage comes first; the check after it is against the latest bundled key points (\(used)). For a full check, pass the right year's national text or the upper-level plan with `--reference FILE`.\n\n" : "")
        }
    }

    /// Which topics of the topic layer the items speak of, and which none does: what holds
    /// whatever the year's key points ask.
    static func topics(_ r: CheckResult, _ w: CheckWords, into out: inout ReportText) {
        guard let topics = r.topics, !topics.isEmpty else { return }
        out += w.topicsHeading
        var table = MarkdownTable(w.topicColumns)
        for t in topics where !t.items.isEmpty {
            table.row([text(t.topic), "\(t.items.count): \(t.items.map { text($0.rawValue) }.joined(separator: ", "))"])
        }
        table.render(into: &out)
        let none = topics.filter(\.items.isEmpty).map(\.topic)
        out += none.isEmpty ? "\n" : w.noItemSpeaksOf(none.map(text).joined(separator: "、"))
    }

    static func summary(_ r: CheckResult, _ w: CheckWords) -> String {
        func count(_ s: SectionStatus.Status) -> Int { r.coverage.count { $0.status == s } }
        func tally(_ list: [Finding]) -> String {
            // Counted in one pass, each finding's kind read in place: a pass a kind copied every
            // finding out of the list a dozen times.
            let all = Finding.Kind.allCases
            var counts = [Int](repeating: 0, count: all.count)
            for i in list.indices {
                if let k = all.firstIndex(of: list[i].kind) { counts[k] += 1 }
            }
            let kinds = all.indices.compactMap { k in counts[k] == 0 ? nil : "\(w.kind(all[k])) \(counts[k])" }
            return kinds.isEmpty ? "" : w.parens(kinds.joined(separator: w.listSeparator))
        }
        let open = r.requirementsNotCarriedOut
        let fix = r.divergencesToFix
        var out = w.summaryHeading
        out += r.isClean ? w.nothingToFix : w.needsAttention(open, r.gapCount, fix.count)
        out += w.coverage(count(.covered), r.coverage.count, count(.partial), count(.missing))
        out += w.toFix(fix.count, tally(fix))
        let notes = r.notes
        out += w.notesLine(notes.count, tally(notes))
        out += w.additionsLine(r.localAdditions.count)
        return out
    }

    static func sections(_ r: CheckResult, reference: Reference, _ w: CheckWords, into out: inout ReportText) {
        out += reference.hasOwnNumbering ? w.referenceSectionsHeading : w.sectionsHeading
        var table = MarkdownTable(w.sectionColumns)
        // Looked up by path once: a search per item would grow with the square of the plan. Keyed
        // by bytes, as equal paths are equal bytes (`byItem`).
        var lines = TextTable<ByteKey, Int>(minimumCapacity: r.items.count)
        for item in r.items where lines[ByteKey(item.path.rawValue)] == nil { lines[ByteKey(item.path.rawValue)] = item.line }
        for s in r.coverage {
            let items = s.items.map { path in w.itemAt(path.rawValue, lines[ByteKey(path.rawValue)] ?? 0) }
            var open = s.requirements.filter { !$0.isCovered }.map { "\($0.requirement) \($0.name)" }
            if !s.notApplicable.isEmpty { open.append(w.notBinding(s.notApplicable.map(\.rawValue).joined(separator: ", "))) }
            table.row([
                cell(s.section.rawValue), cell(title(s, reference.section(id: s.section), w)), w.status(of: s),
                items.isEmpty ? "—" : MarkdownText.lines(items), MarkdownText.lines(open),
            ])
        }
        table.render(into: &out)
        out += "\n"
    }

    /// A section's title, after the reference text's own numbering and followed by the national
    /// sections it carries out, when there are such.
    static func title(_ s: SectionStatus, _ section: ReferenceSection?, _ w: CheckWords = .english) -> String {
        var out = s.title
        if let numbering = section?.numbering, !numbering.isEmpty { out = numbering + " " + out }
        if let national = section?.national, !national.isEmpty { out += w.national(national.joined(separator: ", ")) }
        return out
    }

    /// Each requirement no item carries out, once, with the evidence the check has for it: the
    /// nearest item and the words no item says.
    static func gaps(_ r: CheckResult, reference: Reference, _ w: CheckWords, into out: inout ReportText) {
        out += w.gapsHeading
        guard !r.gaps.isEmpty else {
            out += w.noGaps
            return
        }
        // Piece by piece into the report's bytes: a line joined first was a string made and copied.
        let evidence = gapEvidence(r)
        for s in r.gaps {
            let summaries = Self.summaries(reference, s.section)
            out += "### "
            out += s.section.rawValue
            out += " "
            out += text(s.title)
            out += w.parens(w.gapHow(s))
            out += "\n\n"
            if !s.items.isEmpty {
                out += w.carriedOutBy(s.items.map(\.rawValue).joined(separator: w.listSeparator))
            }
            for status in s.requirements where !status.isCovered {
                let summary = summaries[status.requirement] ?? ""
                out += "- **"
                out += status.requirement.rawValue
                out += " "
                out += text(status.name)
                out += "**"
                out += w.colon
                out += text(summary)
                out += "\n"
                for f in evidence[status.requirement] ?? [] {
                    out += "  - "
                    out += evidenceLine(f, w, escape: text)
                    out += "\n"
                }
            }
            out += "\n"
        }
    }

    /// The gaps' evidence by requirement, found once: searched for requirement by requirement, a
    /// reference of 20,000 requirements made the gaps' section quadratic. (Also the web page's.)
    static func gapEvidence(_ r: CheckResult) -> [RequirementID: [Finding]] {
        var evidence: [RequirementID: [Finding]] = [:]
        for f in r.findings where f.gap {
            if let id = f.requirement { evidence[id, default: []].append(f) }
        }
        return evidence
    }

    /// One piece of a gap's evidence, as both the Markdown report and the web page say it: the
    /// nearest item, its clause, and what it leaves out. `escape`: the plan's words made safe for
    /// the report (the web page escapes the whole line instead).
    static func evidenceLine(_ f: Finding, _ w: CheckWords, escape: (String) -> String) -> String {
        var line = w.nearestItem(f.path.rawValue, f.line)
        if !f.text.isEmpty { line += w.colon + "「" + escape(f.text) + "」" }
        if !f.missing.isEmpty {
            line += (f.kind == .listOmission ? w.membersNotWritten : w.saidNowhere) + f.missing.map(escape).joined(separator: "、")
        }
        return line
    }

    /// The summaries of a section's requirements by id (the first of an id, as a search finds).
    static func summaries(_ reference: Reference, _ section: SectionID) -> [RequirementID: String] {
        Dictionary((reference.section(id: section)?.requirements ?? []).map { ($0.id, $0.summary) }) { first, _ in first }
    }

    static func divergences(_ r: CheckResult, reference: Reference, _ w: CheckWords, into out: inout ReportText) {
        out += w.divergencesHeading
        let warnings = r.divergencesToFix
        var next = 1
        if warnings.isEmpty { out += w.noDivergences } else { findings(warnings, numbering: &next, reference: reference, w, into: &out) }
        let notes = r.notes
        if !notes.isEmpty {
            out += w.notesHeading
            findings(notes, numbering: &next, reference: reference, w, into: &out)
        }
    }

    /// The findings in the check's order (what to fix first), each item's findings brought together
    /// at the place of its first: a drafter fixes an item once, not in three visits far apart.
    static func byItem(_ list: [Finding]) -> [Finding] {
        // Each finding's item rank looked up once, not at every comparison of the sort. Keyed by
        // bytes: a path is made of canonical labels, so equal bytes are equal paths (`Plan.items`),
        // and hashing the String normalised it first.
        var order = TextTable<ByteKey, Int>(minimumCapacity: list.count)
        let ranks = list.indices.map { i in
            let key = ByteKey(list[i].path.rawValue)
            if let rank = order[key] { return rank }
            order[key] = order.count
            return order.count - 1
        }
        return list.indices.sorted { a, b in ranks[a] != ranks[b] ? ranks[a] < ranks[b] : a < b }.map { list[$0] }
    }

    /// `n`: the number the first finding gets; left at the next one's.
    static func findings(_ list: [Finding], numbering n: inout Int, reference: Reference, _ w: CheckWords, into out: inout ReportText) {
        // Items with no unit are one finding about the plan, not one per item.
        let units = list.filter { $0.kind == .unitMissing }
        for f in byItem(list) where f.kind != .unitMissing {
            w.findingHeading(&out, n, w.kind(f.kind), w.severity(f.severity), f.path.rawValue, f.line)
            n += 1
            if let section = f.section {
                let title = reference.section(id: section)?.title ?? ""
                w.sectionLine(&out, section.rawValue, text(title), f.requirement?.rawValue)
            }
            out += text(w.note(f))
            out += w.sentenceEnd
            out += "\n\n"
            if f.text.isEmpty {
                out += w.planNoClause
            } else {
                quote(w.plan, f.text, into: &out)
            }
            let requirement = f.requirement.flatMap { reference.requirement(id: $0) }
            if let requirement, f.reference == requirement.summary, !requirement.wording.contains(f.reference) {
                quote(w.requirementOwnWords, f.reference, into: &out)
            } else if !f.reference.isEmpty {
                quote(w.reference, f.reference, into: &out)
            }
            if !f.diff.isEmpty && f.diff.contains(where: { $0.operation != .same }) {
                out += w.diff
                diff(f.diff, into: &out)
                out += "\n"
            }
            if !f.missing.isEmpty {
                out += w.missing
                out.append(f.missing.map(text), separator: "、")
                out += "\n"
            }
            if !f.added.isEmpty {
                out += w.added
                out.append(f.added.map(text), separator: "、")
                out += "\n"
            }
            out += "\n"
        }
        if let one = units.first {
            defer { n += 1 }
            out += w.unitsHeading(n, w.kind(one.kind), w.severity(one.severity), units.count)
            out += w.unitsIntro(text(w.note(one)))
            for f in units { quote(w.itemLine(f.path.rawValue, f.line), f.text, into: &out) }
            out += "\n"
            if case let .unitsMissing(named, items) = one.message, items - named > units.count {
                out += w.unlistedUnits(items - named - units.count)
            }
        }
    }

    /// `label`「`quoted`」 and a line break: the plan's or the reference's words, made inert.
    private static func quote(_ label: String, _ quoted: String, into out: inout ReportText) {
        out += label
        out += "「"
        out += text(quoted)
        out += "」\n"
    }

    static func additions(_ r: CheckResult, _ w: CheckWords, into out: inout ReportText) {
        out += w.additionsHeading
        guard !r.localAdditions.isEmpty else {
            out += w.noAdditions
            return
        }
        out += w.additionsIntro
        out += additionsTable(r.localAdditions.map { ($0.path, $0.line, $0.text) }, columns: w.additionColumns)
    }

    /// Items of a plan that carry out no national section, as a table (the check and the comparison
    /// show them alike).
    static func additionsTable(_ items: [(path: ItemPath, line: Int, text: String)], columns: [String] = ["item", "line", "text"]) -> String {
        var table = MarkdownTable(columns)
        for e in items {
            table.row([cell(e.path.rawValue), "\(e.line)", cell(AlignmentMarkdown.excerpt(e.text, 60))])
        }
        return table.rendered
    }

    /// Reference → plan: text only in the reference struck through, text only in the plan in bold.
    static func diff(_ segments: [DiffSegment]) -> String {
        var out = ReportText()
        diff(segments, into: &out)
        return out.string
    }

    /// A segment of white space alone (a heading's line break the other text lacks) is written
    /// as it reads, unmarked: 「** **」 shows its marks in Markdown.
    static func diff(_ segments: [DiffSegment], into out: inout ReportText) {
        for s in segments {
            let blank = isBlank(s.text)
            if blank, s.operation == .removed { continue }
            let mark = blank ? "" : s.operation == .removed ? "~~" : s.operation == .added ? "**" : ""
            out += mark
            out += text(s.text)
            out += mark
        }
    }

    /// Whether a text is white space alone. Its first byte answers for nearly every segment: an
    /// ASCII byte that is no space, or a lead byte no white space starts with (white space past
    /// ASCII starts C2, E1, E2 or E3). By characters, this was half the diffs' writing.
    static func isBlank(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return true }
        if first < 0x80 ? !(first == 0x20 || (0x09...0x0D).contains(first)) : ![0xC2, 0xE1, 0xE2, 0xE3].contains(first) { return false }
        return text.unicodeScalars.allSatisfy(\.properties.isWhitespace)
    }

    /// Plan text made inert for Markdown (`MarkdownText`).
    static func text(_ s: String) -> String { MarkdownText.escape(s) }

    static func cell(_ s: String) -> String { MarkdownText.escape(s) }

}
