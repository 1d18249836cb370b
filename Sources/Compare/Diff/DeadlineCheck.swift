/// `deadline-change`: the time limit of a requirement against those of the items carrying it out,
/// as dates: later or dropped (a warning), earlier (worth knowing). A time limit an item sets where
/// the reference sets none makes the obligation stricter: `strengthened`.
enum DeadlineCheck {
    static func run(_ ctx: CheckContext, section: ReferenceSection, requirement r: Requirement) -> [Finding] {
        guard let raw = r.deadline,
              let required = DeadlineExtractor.deadlines(in: raw, planYear: ctx.reference.year).first,
              let carriers = ctx.byRequirement[r.id]?.filter({ ctx.bySection[section.id]?.contains($0) ?? false }),
              !carriers.isEmpty else { return [] }
        let stated = carriers.flatMap { ctx.item($0).node.deadlines }
        if stated.contains(where: { $0.normalized == required.normalized }) { return [] }
        let target = ctx.target(section: section.id, requirement: r.id) { ctx.item($0).node.deadlines.isEmpty ? 0 : 1 } ?? carriers[0]
        // The wording's clause that sets the time limit, so the diff compares like with like.
        let wording = ElementCheck.nearestWording(r, to: ctx.texts[target])
        let reference = TextDiff.clauses(wording).first { $0.contains(raw) } ?? wording
        guard let requiredDate = date(required) else { return [] }
        let dates = ctx.item(target).node.deadlines.compactMap { d in date(d).map { (d, $0) } }
        if dates.isEmpty {
            guard stated.isEmpty else { return [] }
            return [ctx.finding(.deadlineChange, .warning, item: target, section: section.id, requirement: r.id,
                                text: ElementCheck.nearestClause(ctx, item: target, to: reference), reference: reference, missing: [raw],
                                note: "The time limit 「\(raw)」 of \(r.id) is dropped")]
        }
        let latest = dates.max { $0.1 < $1.1 }!
        // Quote the clause that sets the time limit compared, not the item's first dated clause.
        let text = ctx.clause(of: target, saying: [[latest.0.raw]])
        if latest.1 > requiredDate {
            return [ctx.finding(.deadlineChange, .warning, item: target, section: section.id, requirement: r.id,
                                text: text, reference: reference, missing: [raw], added: [latest.0.raw],
                                note: "Later: 「\(latest.0.raw)」 where \(r.id) asks 「\(raw)」")]
        }
        return [ctx.finding(.deadlineChange, .info, item: target, section: section.id, requirement: r.id,
                            text: text, reference: reference, missing: [raw], added: [latest.0.raw],
                            note: "Earlier: 「\(latest.0.raw)」 where \(r.id) asks 「\(raw)」")]
    }

    /// Items that set a time limit where none of the requirements they carry out has one.
    static func added(_ ctx: CheckContext) -> [Finding] {
        var out: [Finding] = []
        for (i, a) in ctx.alignment.items.enumerated() where !a.isLocal {
            let deadlines = a.item.node.deadlines.filter { date($0) != nil || isDuration($0) }
            guard let first = deadlines.first else { continue }
            let requirements = a.requirements.compactMap { id in ctx.reference.requirements.first { $0.requirement.id == id }?.requirement }
            guard !requirements.contains(where: { $0.deadline != nil }), let match = a.matches.first else { continue }
            let r = requirements.first
            out.append(ctx.finding(.strengthened, .info, item: i, section: match.section, requirement: r?.id,
                                   text: ctx.clause(of: i, saying: [[first.raw]]),
                                   reference: r.map { ElementCheck.nearestWording($0, to: ctx.texts[i]) } ?? "",
                                   added: deadlines.map(\.raw),
                                   note: "Sets the time limit 「\(deadlines.map(\.raw).joined(separator: "、"))」 where the reference sets none"))
        }
        return out
    }

    static func date(_ d: Deadline) -> Int? {
        if case let .date(y, m, day) = d.value { return y * 10_000 + m * 100 + day }
        return nil
    }

    static func isDuration(_ d: Deadline) -> Bool {
        if case .duration = d.value { return true }
        return false
    }
}
