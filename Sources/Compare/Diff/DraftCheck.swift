/// The draft check: coverage requirement by requirement, and every divergence of the aligned items
/// from the reference, in the order to fix them (what needs action first, then the plan's order).
public enum DraftCheck {
    public static func run(_ alignment: Alignment, index: ReferenceIndex, lexicon: ObligationLexicon) -> CheckResult {
        run(alignment, against: CheckReference(index: index, lexicon: lexicon))
    }

    public static func run(_ alignment: Alignment, against prepared: CheckReference) -> CheckResult {
        run(alignment, against: prepared, readings: nil)
    }

    /// `readings`: the items' clauses as the aligner read them, not read again.
    static func run(_ alignment: Alignment, against prepared: CheckReference, readings: [ClauseReading]?) -> CheckResult {
        let ctx = CheckContext(alignment: alignment, prepared: prepared, readings: readings)
        let index = prepared.index
        var findings: [Finding] = []
        let clauses = PlanClauses(ctx)
        for section in index.reference.sections where ctx.bySection[section.id] != nil {
            for r in section.requirements where ctx.applies(r) {
                let lists = ListCheck.run(ctx, plan: clauses, section: section, requirement: r)
                findings += lists
                let elements = ElementCheck.run(ctx, section: section, requirement: r)
                findings += elements
                // One sentence reported once: where a duty or subject of the requirement is said
                // nowhere, that finding stands for the item's copy of the sentence.
                // The elements said nowhere, from the element check's findings (each names its own).
                // (Named by any of its spellings: a finding names an element as its quoted wording spells it.)
                let unsaid = r.elements.filter { e in elements.contains { f in e.spellings.contains(where: f.missing.contains) } }
                // A gap's evidence once: a clause left out that holds two and half or more of the
                // members a list finding of the gap names (「密切关注涉及疫情防控、…等方面的舆情」 beside
                // the members 疫情防控、…) says that list again.
                let listed = lists.filter(\.gap).map { $0.missing.map(MatchText.init).filter { $0.count > 0 } }.filter { !$0.isEmpty }
                findings += ClauseCheck.run(ctx, plan: clauses, section: section, requirement: r, unsaid: unsaid).filter { f in
                    !elements.contains { $0.path == f.path && !$0.gap } && !(f.gap && Self.repeats(f.missing, listed))
                }
                findings += DeadlineCheck.run(ctx, section: section, requirement: r)
            }
        }
        findings += beyondLevel(ctx)
        findings += DeadlineCheck.added(ctx)
        // A later time limit the requirement check reported already is not said twice.
        let later = Set(findings.filter { $0.kind == .deadlineChange }.flatMap { f in f.added.map { [f.path.rawValue, $0] } })
        findings += DeadlineCheck.pastYear(ctx, besides: later)
        for i in alignment.items.indices { findings += WordingCheck.run(ctx, item: i) }
        findings += TypoCheck.run(ctx)
        findings += UnitCheck.run(ctx)

        // Marked in place: a map copied every finding (a dozen strings and lists each) to mark a few.
        for k in findings.indices where isCautioned(findings[k], prepared) { findings[k].quotesOnePlan = true }
        // Paths keyed by their bytes, as in `unique`.
        var order = TextTable<ByteKey, Int>(minimumCapacity: alignment.items.count)
        for i in alignment.items.indices {
            let key = ByteKey(alignment.items[i].item.path.rawValue)
            if order[key] == nil { order[key] = i }
        }
        // A kind's place among the kinds, found by its case (hashing its raw string cost more).
        let kinds = Finding.Kind.allCases
        // Each finding's key made once, not at every comparison (joining its words for each was
        // a fortieth of the check); the same comparisons in the same sort give the same order.
        let kept = unique(findings)
        let keys = kept.map { f in
            OrderKey(numbers: (priority(f), order[ByteKey(f.path.rawValue)] ?? 0, kinds.firstIndex(of: f.kind) ?? kinds.count),
                     words: (f.requirement?.rawValue ?? "", joined(f.missing), joined(f.added)))
        }
        findings = kept.indices.sorted { keys[$0].precedes(keys[$1]) }.map { kept[$0] }
        var result = CheckResult(
            plan: alignment.plan, reference: alignment.reference,
            coverage: coverage(ctx), findings: findings,
            localAdditions: alignment.localAdditions.map(evidence),
            items: alignment.items.map(evidence))
        result.referenceDrawnFromIt = prepared.index.reference.isDrawnFrom(plan: alignment.plan, locality: alignment.locality, province: alignment.province, year: alignment.planYear)
        return result
    }

    /// A finding's place in the check's order: priority, item and kind, then its requirement, missing
    /// and added words, compared as a tuple of them compares.
    ///
    /// The words are compared by their bytes where all of them stand alone
    /// (`ScalarText.standsAlone`): no scalar there has another canonical spelling and UTF-8 keeps
    /// the scalars' order, so the bytes' order is `String`'s, where a string comparison normalised
    /// both sides, twice a pair in a tuple's comparison.
    struct OrderKey {
        let numbers: (Int, Int, Int)
        let words: (String, String, String)
        let alone: Bool

        init(numbers: (Int, Int, Int), words: (String, String, String)) {
            (self.numbers, self.words) = (numbers, words)
            alone = ScalarText.standsAlone(words.0) && ScalarText.standsAlone(words.1) && ScalarText.standsAlone(words.2)
        }

        func precedes(_ other: OrderKey) -> Bool {
            if numbers != other.numbers { return numbers < other.numbers }
            guard alone && other.alone else { return words < other.words }
            var c = ScalarText.byteOrder(words.0, other.words.0)
            if c == 0 { c = ScalarText.byteOrder(words.1, other.words.1) }
            if c == 0 { c = ScalarText.byteOrder(words.2, other.words.2) }
            return c < 0
        }
    }

    /// A finding quoting a wording line found in one plan only says so: the words compared with are
    /// that plan's, not confirmed as the national text.
    static func isCautioned(_ f: Finding, _ prepared: CheckReference) -> Bool {
        guard let id = f.requirement, let r = prepared.requirements[id], !f.reference.isEmpty else { return false }
        if let g = prepared.gapWording[id], g.wording == r.wording, g.onePlanWording == r.onePlanWording { return g.isOnePlan(f.reference) }
        return r.isOnePlan(f.reference)
    }

    /// What to fix first: a misspelt required term, a missing required member, a later or dropped
    /// time limit, then the rest; each group in document order.
    static func priority(_ f: Finding) -> Int {
        switch (f.kind, f.severity) {
        case (.typo, _): return 0
        case (.listOmission, _): return 1
        case (.deadlineChange, .warning): return 2
        default: return 3
        }
    }

    /// Items carrying out a requirement that does not bind the plan's level: either the plan claims
    /// a power it lacks, or it means something else (行政规范性文件 for 规章) and should say so.
    static func beyondLevel(_ ctx: CheckContext) -> [Finding] {
        guard let level = ctx.alignment.level else { return [] }
        var out: [Finding] = []
        for section in ctx.reference.sections {
            for r in section.requirements where !ctx.applies(r) {
                let carriers = (ctx.byRequirement[r.id] ?? []).filter { ctx.bySection[section.id]?.contains($0) ?? false }
                guard let i = carriers.first else { continue }
                let spellings = r.terms.flatMap(\.spellings)
                let text = ctx.clause(of: i, saying: [spellings])
                out.append(ctx.finding(.beyondLevel, .warning, item: i, section: section.id, requirement: r.id,
                                       text: text, reference: ElementCheck.nearestWording(r, to: MatchText(text)),
                                       message: .beyondLevel(requirement: r.id, name: r.name, levels: r.levels, level: level)))
            }
        }
        return out
    }

    static func evidence(_ a: ItemAlignment) -> ItemEvidence {
        ItemEvidence(path: a.item.path, line: a.item.line, text: a.item.node.text)
    }

    /// One finding per kind, item and requirement with the same missing and added members. A time
    /// limit is one: an item carrying out several requirements that all ask 「年底前」 moved its one
    /// date once, so its change is reported once, under the first requirement.
    static func unique(_ findings: [Finding]) -> [Finding] {
        // Keyed by kind, item and requirement, and the members compared only within a key: hashing
        // the members' Chinese text (the library normalises it to hash it) for every finding was
        // most of this. Two findings are one exactly when all five strings are equal, as before.
        // Sized for every finding up front, and each key looked up once (a lookup, then an append
        // through a second, rehashed the key's three strings).
        // The path keyed by its bytes: a path is made of canonical labels, so equal bytes are
        // equal paths (`Plan.items`), and hashing the String normalised it first.
        struct Key: Hashable {
            let kind: Finding.Kind
            let path: ByteKey
            let requirement: String
        }
        var seen: [Key: [(missing: String, added: String)]] = [:]
        seen.reserveCapacity(findings.count)
        return findings.filter { f in
            let requirement = f.kind == .deadlineChange ? "" : f.requirement?.rawValue ?? ""
            let key = Key(kind: f.kind, path: ByteKey(f.path.rawValue), requirement: requirement)
            let members = (missing: joined(f.missing, separator: "、"), added: joined(f.added, separator: "、"))
            guard let k = seen.index(forKey: key) else {
                seen[key] = [members]
                return true
            }
            if seen.values[k].contains(where: { $0.missing == members.missing && $0.added == members.added }) { return false }
            seen.values[k].append(members)
            return true
        }
    }

    /// `parts.joined(separator:)`, with no join for none or one (most findings name one member or
    /// none, and the library's join cost a thousand instructions even then).
    static func joined(_ parts: [String], separator: String = "") -> String {
        switch parts.count {
        case 0: return ""
        case 1: return parts[0]
        default: return parts.joined(separator: separator)
        }
    }

    static func coverage(_ ctx: CheckContext) -> [SectionStatus] {
        ctx.reference.sections.map { section in
            let items = (ctx.bySection[section.id] ?? []).map(ctx.path)
            let requirements = section.requirements.filter { ctx.applies($0) }.map { r in
                RequirementStatus(requirement: r.id, name: r.name, items: ctx.reaching(section: section, requirement: r).map(ctx.path))
            }
            let excused = section.requirements.filter { !ctx.applies($0) }.map(\.id)
            // From the requirements that bind the plan: an item aligned to the section that carries
            // out none of them leaves the section missing, as the matrix and the index count it.
            let status = SectionStatus.Status(reached: requirements.count(where: \.isCovered), total: requirements.count)
            return SectionStatus(section: section.id, title: section.title, status: status, items: items, requirements: requirements, notApplicable: excused)
        }
    }

    /// Whether every clause of `clauses` holds two or more, and half or more, of the members of one
    /// of `lists`: a clause that holds one member named missing says more than that member.
    static func repeats(_ clauses: [String], _ lists: [[MatchText]]) -> Bool {
        !lists.isEmpty && !clauses.isEmpty && clauses.allSatisfy { c in
            let m = MatchText(c)
            return lists.contains { list in
                let held = list.count { m.contains($0) }
                return held >= 2 && held * 2 >= list.count
            }
        }
    }
}
