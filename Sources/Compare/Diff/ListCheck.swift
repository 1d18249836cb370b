/// `list-omission`: a required enumeration compared as a set with what the section's items say.
///
/// A member counts as said when any item of the section says it anywhere (plans reorder and split
/// lists). A missing member that the plan replaced by a near neighbour is not an omission: one
/// character off is a `typo` (发型 for 发行), a shared stem with a changed end is a `scope-change`
/// (创新型国家 → 创新型城市).
enum ListCheck {
    static func run(_ ctx: CheckContext, plan: PlanClauses, section: ReferenceSection, requirement r: Requirement) -> [Finding] {
        guard let sectionItems = ctx.bySection[section.id] else { return [] }
        var out: [Finding] = []
        // The reference's side of each list, made once for every plan (`CheckReference.lists`).
        let prepared = ctx.prepared.lists[r.id].flatMap { $0.lists == r.lists && $0.wording == r.wording && $0.compiled == r.compiled ? $0 : nil }
        for (k, list) in r.lists.enumerated() {
            let members = prepared?.members[k] ?? list.map(spellings)
            let needles = prepared?.needles[k] ?? members.map { ctx.needles($0) }
            guard needles.contains(where: { !ctx.says(needles: $0, in: sectionItems) }) else { continue }
            guard let target = ctx.target(section: section.id, requirement: r.id, prefer: { i in
                needles.count { ctx.says(needles: $0, in: [i]) }
            }) else { continue }
            let clause = ctx.clause(of: target, saying: members)
            out += compare(ctx, section: section, requirement: r, members: members, needles: needles, said: sectionItems,
                           target: target, clause: clause, reference: prepared?.clauses[k] ?? referenceClause(r, list: list))
        }
        // A list of obligation words (及时、准确、全面) is how firmly the duty is put: the wording check's.
        for (k, list) in r.compiled.enumerated() where prepared?.compiledRead[k] ?? !list.members.allSatisfy({ ctx.prepared.obligationWords.contains($0) }) {
            let members = list.members.map { [$0] }
            guard let (target, clause) = rendering(ctx, list, in: plan, section: section, requirement: r, prepared: prepared?.renderings[k]) else { continue }
            out += compare(ctx, section: section, requirement: r, members: members, needles: prepared?.compiledNeedles[k] ?? members.map { ctx.needles($0) },
                           said: sectionItems + [target], target: target, clause: clause, reference: list.clause,
                           severity: list.onePlan || list.parallel ? .info : .warning)
        }
        // Members left out of a requirement no item carries out are that gap's evidence, shown and
        // counted with it once (as `ElementCheck` marks its findings): a reader was told of the same
        // requirement as not carried out and again as a list to fix. A mistyped or replaced member
        // is still a change to make where it is written.
        if !out.isEmpty, ctx.reaching(section: section, requirement: r).isEmpty {
            for k in out.indices where out[k].kind == .listOmission { out[k].gap = true }
        }
        return out
    }

    /// The item clause that renders a compiled list's clause, if any: among the items of the section
    /// and those reaching the requirement, the clause saying most members that either says two or more
    /// and half of them, or says one and keeps the words that lead into the list (定期公开地方政府债务),
    /// or keeps half the reference clause in order; among the other items, a clause that copies it
    /// (keeps 70% in order). A plan that rewrote the sentence is not read member
    /// by member: what it lacks there is the coverage's to say.
    static func rendering(
        _ ctx: CheckContext, _ list: CompiledList, in plan: PlanClauses, section: ReferenceSection, requirement r: Requirement, prepared: Rendering? = nil
    ) -> (item: Int, clause: String)? {
        let prepared = prepared ?? Rendering(list)
        let (members, reference, leadIn) = (prepared.members, prepared.reference, prepared.leadIn)
        let (keptOfReference, keptOfLeadIn) = (prepared.keptOfReference, prepared.keptOfLeadIn)
        let owners = ctx.itemMask(section: section.id, requirement: r.id)
        var best: (item: Int, clause: Int, said: Int, kept: Int)? = nil
        // Each member searched for only in the clauses holding its first pair; a clause holding
        // no member's first pair is passed over before its text is touched.
        // Which members each entry may hold, as bits, in one array (an array of flags a member, and
        // a pass over them all to find the entries any member may be in, cost more than the reading).
        let (masks, words) = plan.mayHold(any: members)
        for n in plan.singles.indices where (0..<words).contains(where: { masks[plan.singles[n].entry * words + $0] != 0 }) {
            let (i, clause, t, entry) = plan.singles[n]
            // Counted, not filtered into an array a clause.
            var said = 0
            for k in members.indices where masks[entry * words + k >> 6] >> UInt64(k & 63) & 1 != 0 && t.contains(members[k]) { said += 1 }
            guard said > 0 else { continue }
            let kept = keptOfReference.common(t.scalars)
            // An item of another section renders the clause only by copying it: plans move
            // sentences between sections, and a copy is a copy wherever it stands.
            let renders = owners[i]
                ? (said >= 2 && said * 2 >= members.count)
                    || (leadIn.count >= 4 && keptOfLeadIn.common(t.scalars) * 4 >= leadIn.count * 3)
                    || kept * 2 >= reference.count
                : Double(kept) >= WordingCheck.copyShare * Double(reference.count)
            guard renders else { continue }
            if best == nil || (said, kept) > (best!.said, best!.kept) { best = (i, clause, said, kept) }
        }
        return best.map { ($0.item, plan.clauseText($0.item, $0.clause)) }
    }

    /// What `rendering` reads of a compiled list, all of it the reference's: made once for every
    /// plan (`CheckReference.lists`), where each plan made the match texts and LCS masks again.
    struct Rendering {
        let members: [MatchText]
        let reference: MatchText
        /// The last eight characters before the list.
        let leadIn: MatchText
        let keptOfReference: CommonLength
        let keptOfLeadIn: CommonLength

        init(_ list: CompiledList) {
            members = list.members.map(MatchText.init)
            reference = MatchText(list.clause)
            leadIn = MatchText(String(list.leadIn.suffix(8)))
            (keptOfReference, keptOfLeadIn) = (CommonLength(reference.scalars), CommonLength(leadIn.scalars))
        }
    }

    /// The members of a list that `said` does not say, each reported as a typo, a replacement or an
    /// omission on `target`'s `clause`. `needles`: the members' `CheckContext.needles`.
    static func compare(
        _ ctx: CheckContext, section: ReferenceSection, requirement r: Requirement, members: [[String]], needles: [[MatchText]], said: [Int],
        target: Int, clause: String, reference: String, severity: Finding.Severity = .warning
    ) -> [Finding] {
        let missing = members.indices.filter { !ctx.says(needles: needles[$0], in: said) }.map { members[$0] }
        guard !missing.isEmpty else { return [] }
        var out: [Finding] = []
        var omitted: [String] = []
        // The clause's 、-lists, read once for all its missing members and the extra ones.
        let lists = Enumerations.extract(clause, minimum: 2)
        let enumerations = lists.joined().map(MatchText.init)
        // The clause's match text and the required members' read once for every missing member.
        let (clauseScalars, required) = (MatchText(clause).scalars, members.flatMap { $0 }.map { ctx.prepared.match($0) })
        for m in missing {
            switch neighbour(of: m[0], in: clauseScalars, required: required, ctx: ctx, enumerations: enumerations) {
            case let .typo(written)?:
                out.append(ctx.finding(.typo, severity, item: target, section: section.id, requirement: r.id,
                                       text: clause, reference: reference, missing: [m[0]], added: [written],
                                       message: .memberMistyped(written: written, required: m[0])))
            case let .replaced(written)?:
                out.append(ctx.finding(.scopeChange, severity, item: target, section: section.id, requirement: r.id,
                                       text: clause, reference: reference, missing: [m[0]], added: [written],
                                       message: .memberReplaced(required: m[0], written: written)))
            case nil:
                omitted.append(m[0])
            }
        }
        guard !omitted.isEmpty else { return out }
        let added = extraMembers(in: clause, list: members, reference: reference, lists: lists)
        // Most of the list gone and as many members of the plan's own in its place: the plan names
        // its own tasks where the reference names others (its district's priorities for the
        // national ones), which changes what the requirement covers rather than leaving part out.
        if omitted.count * 2 > members.count, added.count >= omitted.count {
            out.append(ctx.finding(.scopeChange, severity, item: target, section: section.id, requirement: r.id,
                                   text: clause, reference: reference, missing: omitted, added: added,
                                   message: .ownMembers(added: added, instead: omitted)))
            return out
        }
        out.append(ctx.finding(.listOmission, severity, item: target, section: section.id, requirement: r.id,
                               text: clause, reference: reference, missing: omitted, added: added,
                               message: .membersMissing(missing: omitted, of: members.count)))
        return out
    }

    /// A list member's spellings ("环境污染/污染" → both).
    static func spellings(_ member: String) -> [String] {
        member.split(separator: "/").map { String($0) }
    }

    /// The wording line of the requirement that holds most of the list, else the list itself.
    static func referenceClause(_ r: Requirement, list: [String]) -> String {
        let members = list.map { MatchText(spellings($0)[0]) }
        var best = list.map { spellings($0)[0] }.joined(separator: "、")
        var bestCount = 1
        for w in r.wording {
            for c in TextDiff.clauses(w) {
                let t = MatchText(c)
                let n = members.count { t.contains($0) }
                if n > bestCount { best = c; bestCount = n }
            }
        }
        return best
    }

    enum Neighbour: Equatable {
        case typo(String)
        case replaced(String)
    }

    /// A stretch of `clause` as long as `member` that is one character off it (a typo when the
    /// changed character makes pairs the reference never uses), or shares its stem and differs
    /// at the end or start (a replacement). A replacement must stand in the clause's own list and
    /// be no member of the required one: a plan listing 一网通办 has kept that member, not turned
    /// 一网通查 into it.
    /// `enumerations`: the match texts of the members of `clause`'s 、-lists
    /// (`Enumerations.extract(clause, minimum: 2)`), read once by the caller for every member.
    /// `t`: the clause's match text; `required`: the match texts of every spelling of every member
    /// of the list (both read once by the caller for all the missing members).
    static func neighbour(of member: String, in t: [UInt32], required: [MatchText], ctx: CheckContext, enumerations: [MatchText]) -> Neighbour? {
        let m = MatchText(member).scalars
        let n = m.count
        guard n >= 2, t.count >= n else { return nil }
        var replaced: String? = nil
        // Two-character members are judged only as whole enumeration members, where a one-off pair
        // is not a chance overlap with the next word.
        let enumerated = n == 2 ? Set(enumerations.map { MatchText.string($0.scalars) }) : []
        func replaces(_ w: [UInt32]) -> Bool {
            let t = MatchText(scalars: w)
            return enumerations.contains { $0.contains(t) } && !required.contains { $0.contains(t) || t.contains($0) }
        }
        // Each window compared in place; its scalars copied out only when it is a candidate (a
        // copy and a list of differing positions for every window were most of this search).
        for start in 0...(t.count - n) {
            var differing = 0, first = -1
            for k in 0..<n where t[start + k] != m[k] {
                if differing == 0 { first = k }
                differing += 1
                if differing > 1 { break }
            }
            if differing == 1 {
                let w = Array(t[start..<start + n])
                if n == 2 && !enumerated.contains(MatchText.string(w)) { continue }
                if TypoCheck.isForeign(w, at: first, ctx: ctx) { return .typo(MatchText.string(w)) }
            }
            // An equal window keeps every scalar: never a replacement.
            if n >= 4 && replaced == nil && differing > 0 {
                var prefix = 0
                while prefix < n && t[start + prefix] == m[prefix] { prefix += 1 }
                var suffix = 0
                while suffix < n - prefix && t[start + n - 1 - suffix] == m[n - 1 - suffix] { suffix += 1 }
                let kept = prefix + suffix
                if kept < n && kept >= max(n - 2, (n * 3 + 4) / 5) && (prefix == 0 || suffix == 0) {
                    let w = Array(t[start..<start + n])
                    if replaces(w) { replaced = MatchText.string(w) }
                }
            }
        }
        return replaced.map { .replaced($0) }
    }

    /// Members of the clause's enumeration that match no required member. Where the clause opens
    /// with the reference's own words (重点围绕…), the list starts where they end, so a first member
    /// the plan put in (区域疫情风险等级评估) is quoted whole rather than cut to the others' length.
    /// `lists`: `Enumerations.extract(clause, minimum: 2)`, as the caller has read it already.
    static func extraMembers(in clause: String, list: [[String]], reference: String, lists: [[String]]) -> [String] {
        let required = list.flatMap { $0 }.map(MatchText.init)
        func isRequired(_ member: String) -> Bool {
            let t = MatchText(member)
            return required.contains { t.contains($0) || $0.contains(t) }
        }
        // The clause's enumeration that shares members with the list, if any.
        let (listStart, common, firstComma) = places(in: clause, list: list, reference: reference)
        // Words shared before the reference's list begins: never into its first member. Fewer
        // than four characters in common may end inside a word (及时公 of 及时公开/及时公布).
        let shared = common >= 4 ? min(common, listStart) : 0
        let listed = shared > 0 && shared < firstComma
            ? Enumerations.extract(String(clause.dropFirst(shared)), minimum: 2, cutFirst: false)
            : lists
        let enumerations = listed.filter { $0.contains(where: isRequired) }
        guard let enumeration = enumerations.max(by: { $0.count < $1.count }) else { return [] }
        return enumeration.filter { !isRequired($0) }
    }

    /// In characters: where the reference's list starts (its first member found first, else 0),
    /// how many characters the clause and the reference open with alike, and where the clause's
    /// first 、 stands (else 0).
    ///
    /// Texts whose every scalar stands alone (`ScalarText.standsAlone`) are read by scalars, each
    /// a character: counting characters through the string's grapheme breaks was most of
    /// `extraMembers`. A test holds the two readings to one answer.
    static func places(in clause: String, list: [[String]], reference: String) -> (listStart: Int, common: Int, firstComma: Int) {
        guard ScalarText.standsAlone(clause), ScalarText.standsAlone(reference), list.allSatisfy({ ScalarText.standsAlone($0[0]) }) else {
            return characterPlaces(in: clause, list: list, reference: reference)
        }
        let c = ScalarText.scalars(clause), r = ScalarText.scalars(reference)
        func firstPlace(of word: [Unicode.Scalar]) -> Int? {
            guard !word.isEmpty, word.count <= r.count else { return nil }
            return (0...(r.count - word.count)).first { i in r[i] == word[0] && r[i..<(i + word.count)].elementsEqual(word) }
        }
        let listStart = list.compactMap { firstPlace(of: ScalarText.scalars($0[0])) }.min() ?? 0
        let common = zip(c, r).prefix { $0 == $1 }.count
        return (listStart, common, c.firstIndex(of: "、") ?? 0)
    }

    /// `places` by characters: any text, and the reading the scalar one is held to.
    static func characterPlaces(in clause: String, list: [[String]], reference: String) -> (listStart: Int, common: Int, firstComma: Int) {
        let listStart = list.compactMap { m in ScalarText.characterRange(of: m[0], in: reference).map { reference.distance(from: reference.startIndex, to: $0.lowerBound) } }.min() ?? 0
        let common = zip(clause, reference).prefix { $0 == $1 }.count
        let firstComma = clause.firstIndex(of: "、").map { clause.distance(from: clause.startIndex, to: $0) } ?? 0
        return (listStart, common, firstComma)
    }
}
