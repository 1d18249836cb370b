/// `weakened` / `scope-change` by a clause left out of a copied sentence: a plan copies a sentence of
/// the reference wording (one clause kept 70% or more, in order) but leaves out another clause that
/// it says nowhere (no clause of any item keeps half of it). A left-out clause that binds firmly (a
/// firm word, a caution, a word that drives the obligation harder: `ObligationLexicon.isFirm`)
/// weakens the requirement; any other narrows what it covers.
///
/// Why clause by clause: the reference's sentences are what plans copy, and a copy that stops short
/// (加快形成以国务院政策问答平台为龙头，各部门协同联动… → 各部门协同联动…) has dropped the words it
/// stopped at. No hand-written line names them: the wording does.
///
/// A requirement no item carries out, with no `requires`/`scope` line to name what is missing, gets
/// its gap's evidence here too: the nearest item of the section and the clauses of its wording.
enum ClauseCheck {
    /// Below this share of a reference clause kept in order, a plan clause does not say it.
    static let saidShare = 0.5

    /// `unsaid`: the requirement's `requires`/`scope` elements no item says (the element check's).
    static func run(_ ctx: CheckContext, plan: PlanClauses, section: ReferenceSection, requirement r: Requirement, unsaid elements: [RequirementElement]) -> [Finding] {
        let lines = ctx.prepared.wordingLines[r.id] ?? []
        guard lines.contains(where: { !$0.clauses.isEmpty }) else { return [] }
        var out: [Finding] = []
        if r.elements.isEmpty, ctx.reaching(section: section, requirement: r).isEmpty, let f = gapEvidence(ctx, section: section, requirement: r) {
            out.append(f)
        }
        let unsaid = elements.flatMap(\.spellings).map { ctx.prepared.match($0) }
        // Only the items of the section, or those reaching the requirement, copy it: a short clause
        // found elsewhere (及时发布权威信息) is the plan's own sentence about something else.
        let owners = ctx.itemMask(section: section.id, requirement: r.id)
        var anchorItem: Int? = nil
        var droppedLines: [String] = []
        for (line, lineClauses) in lines {
            guard !lineClauses.isEmpty else { continue }
            let found = lineClauses.map { plan.best($0) }
            let copied = found.indices.filter { k in
                guard let f = found[k], f.share >= WordingCheck.copyShare, owners[plan.items[f.index]] else { return false }
                return lineClauses[k].match.count >= shortestCopy && !lineClauses[k].dateOnly
            }
            guard let anchor = copied.max(by: { found[$0]!.share < found[$1]!.share }) else {
                if found.allSatisfy({ ($0?.share ?? 0) < saidShare }) { droppedLines.append(line) }
                continue
            }
            let item = plan.items[found[anchor]!.index]
            anchorItem = anchorItem ?? item
            // Not repeated here: a clause the element check reports already (its `requires` or
            // `scope` word), or one holding a list some member of which the plan says (the list
            // check compares it member by member).
            let dropped = lineClauses.indices.filter { k in
                (found[k]?.share ?? 0) < saidShare && !unsaid.contains { lineClauses[k].match.contains($0) }
                    && !lineClauses[k].members.contains { ctx.saysAnywhere($0) }
            }
            guard !dropped.isEmpty else { continue }
            let text = plan.quote(item: item, entries: copied.map { found[$0]!.index }.filter { plan.items[$0] == item })
            let missing = dropped.map { lineClauses[$0].text }
            let firm = dropped.contains { lineClauses[$0].firm }
            // A firm duty or a caution left out is to be fixed; a narrower scope, or a clause of one
            // plan's wording, is worth knowing.
            let severity: Finding.Severity = firm && !r.onePlanWording.contains(line) ? .warning : .info
            out.append(ctx.finding(firm ? .weakened : .scopeChange, severity, item: item, section: section.id, requirement: r.id,
                                   text: text, reference: line, missing: missing,
                                   message: .clausesLeftOut(requirement: r.id, name: r.name, clauses: missing)))
        }
        // A sentence of a requirement whose other sentence the plan copies, said nowhere: the plan
        // left it out. Reported beside the copy.
        if let item = anchorItem {
            // One plan's sentence is no national duty a plan can be said to leave out.
            for line in droppedLines where !r.onePlanWording.contains(line) {
                if let f = droppedLine(ctx, line, item: item, section: section, requirement: r, unsaid: unsaid) { out.append(f) }
            }
        }
        // Clauses left out of a requirement no item carries out are that gap's evidence, shown with
        // it (the nearest item, what it leaves out), as the element and list checks mark theirs: a
        // reader was told the requirement is not carried out and, again, that the plan copied its
        // wording but left a clause out.
        // Once: a clause the gap's own evidence already names as said nowhere is not named again.
        if !out.isEmpty, ctx.reaching(section: section, requirement: r).isEmpty {
            let named = Set(out.filter(\.gap).flatMap(\.missing))
            out = out.filter { $0.gap || !$0.missing.allSatisfy(named.contains) }
            for k in out.indices { out[k].gap = true }
        }
        return out
    }

    /// The finding for a wording line left out whole: a list-omission when it holds an enumeration
    /// (none of whose members the section says), else weakened or scope-change as a left-out clause.
    /// A line whose list a curated `list` line holds, or whose duty a `requires` line names, is the
    /// list and element checks' to report.
    static func droppedLine(_ ctx: CheckContext, _ line: String, item: Int, section: ReferenceSection, requirement r: Requirement, unsaid: [MatchText]) -> Finding? {
        let m = MatchText(line)
        if unsaid.contains(where: m.contains) { return nil }
        if r.lists.contains(where: { list in list.filter { m.contains(MatchText(ListCheck.spellings($0)[0])) }.count * 2 >= list.count }) { return nil }
        let sectionItems = ctx.bySection[section.id] ?? []
        let text = ElementCheck.nearestClause(ctx, item: item, to: line)
        if let list = r.compiled.first(where: { m.contains(MatchText($0.clause)) }) {
            guard !list.members.contains(where: { ctx.says($0, in: sectionItems) }) else { return nil }
            return ctx.finding(.listOmission, .warning, item: item, section: section.id, requirement: r.id,
                               text: text, reference: line, missing: list.members,
                               message: .listSentenceLeftOut(members: list.members.count))
        }
        let firm = ctx.lexicon.isFirm(line)
        return ctx.finding(firm ? .weakened : .scopeChange, firm ? .warning : .info, item: item, section: section.id, requirement: r.id,
                           text: text, reference: line, missing: [line],
                           message: .sentenceLeftOut(requirement: r.id, name: r.name))
    }

    /// Reference clauses shorter than this (match scalars) are too common to show a copy.
    static let shortestCopy = 8


    /// A requirement no item carries out: its wording's clauses the plan says nowhere, quoted beside
    /// the section's item nearest to it. A clause some item does say is left out of that list: the
    /// requirement is still not carried out as a whole, but "said nowhere" must not name words the
    /// quote beside it shows.
    static func gapEvidence(_ ctx: CheckContext, section: ReferenceSection, requirement r: Requirement) -> Finding? {
        // The national wording, where there is any; one plan's only where there is nothing else
        // (made once a reference: `CheckReference.gapWording`).
        let prepared = ctx.prepared.gapWording[r.id].flatMap { $0.wording == r.wording && $0.onePlanWording == r.onePlanWording ? $0 : nil }
            ?? CheckReference.GapWording(r, lexicon: ctx.lexicon)
        let (lines, clauses, firm) = (prepared.lines, prepared.clauses, prepared.firm)
        guard let target = ctx.target(section: section.id, requirement: r.id), let line = lines.first else { return nil }
        let missing = clauses.filter { !ctx.saysAnywhere($0) }
        var f = ctx.finding(firm ? .weakened : .scopeChange, .warning, item: target, section: section.id, requirement: r.id,
                            text: ElementCheck.nearestClause(ctx, item: target, to: line), reference: line, missing: missing,
                            message: .wordingSaidNowhere(requirement: r.id, name: r.name), diff: false)
        f.gap = true
        return f
    }
}
