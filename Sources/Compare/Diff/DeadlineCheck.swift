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
                                message: .deadlineDropped(requirement: r.id, asked: raw))]
        }
        let latest = dates.max { $0.1 < $1.1 }!
        // Quote the clause that sets the time limit compared, not the item's first dated clause.
        let text = ctx.clause(of: target, saying: [[latest.0.raw]])
        if latest.1 > requiredDate {
            return [ctx.finding(.deadlineChange, .warning, item: target, section: section.id, requirement: r.id,
                                text: text, reference: reference, missing: [raw], added: [latest.0.raw],
                                message: .deadlineLater(requirement: r.id, written: latest.0.raw, asked: raw))]
        }
        return [ctx.finding(.deadlineChange, .info, item: target, section: section.id, requirement: r.id,
                            text: text, reference: reference, missing: [raw], added: [latest.0.raw],
                            message: .deadlineEarlier(requirement: r.id, written: latest.0.raw, asked: raw))]
    }

    /// Time limits past the plan's own year that the reference does not set: a year's key points set
    /// that year's tasks, so a date in a later year is a slip or a task that runs on, and either way
    /// the office should look.
    /// `besides`: (item path, time limit as written) pairs reported already.
    static func pastYear(_ ctx: CheckContext, besides reported: Set<[String]> = []) -> [Finding] {
        guard let year = ctx.alignment.planYear else { return [] }
        let asked = ctx.prepared.askedDeadlines
        var out: [Finding] = []
        // Items by position, an item's alignment read whole only for a late time limit in it.
        for i in ctx.alignment.items.indices where !ctx.alignment.items[i].item.node.deadlines.isEmpty {
            let a = ctx.alignment.items[i]
            let late = a.item.node.deadlines.filter { d in
                isPastYear(d, ctx) && !asked.contains(d.normalized) && !reported.contains([a.item.path.rawValue, d.raw])
            }
            guard !late.isEmpty else { continue }
            let raws = late.map(\.raw)
            let text = ctx.clause(of: i, saying: [raws])
            let match = a.matches.first
            let requirements = a.requirements.compactMap { ctx.prepared.requirements[$0] }
            let finding = ctx.finding(.deadlineChange, .warning, item: i, section: match?.section, requirement: requirements.first?.id,
                                      text: text, reference: nearestClause(ctx, in: requirements, to: text), added: raws,
                                      message: .deadlinePastYear(written: raws, year: year), diff: false)
            out.append(finding)
        }
        return out
    }

    /// Whether `d` is a date past the plan's own year.
    static func isPastYear(_ d: Deadline, _ ctx: CheckContext) -> Bool {
        guard let year = ctx.alignment.planYear, case let .date(y, _, _) = d.value else { return false }
        return y > year
    }

    /// Items that set a time limit where none of the requirements they carry out has one.
    static func added(_ ctx: CheckContext) -> [Finding] {
        var out: [Finding] = []
        // An item with no time limit adds none: its requirements are not looked up.
        for i in ctx.alignment.items.indices where !ctx.alignment.items[i].isLocal && !ctx.alignment.items[i].item.node.deadlines.isEmpty {
            let a = ctx.alignment.items[i]
            let requirements = a.requirements.compactMap { ctx.prepared.requirements[$0] }
            guard !requirements.contains(where: { $0.deadline != nil }), let match = a.matches.first else { continue }
            let text = a.item.node.text
            let dated = a.item.node.deadlines.filter { (date($0) != nil || isDuration($0)) && !isPastYear($0, ctx) }.map { ($0, sentence(of: text, saying: $0.raw)) }
            let deadlines = dated.filter { !isReporting($0.1, deadline: $0.0.raw) }.map(\.0)
            guard let first = deadlines.first else { continue }
            let r = requirements.first
            let quoted = dated.first { $0.0 == first }?.1 ?? text
            // A time limit governs its own sentence: one about something the requirement's wording
            // does not speak of (a local target in the same item) adds nothing to the requirement.
            let reference = nearestClause(ctx, in: requirements, to: quoted)
            guard !reference.isEmpty || requirements.allSatisfy({ ($0.wording).isEmpty }) else { continue }
            let finding = ctx.finding(.strengthened, .info, item: i, section: match.section, requirement: r?.id,
                                      text: quoted, reference: reference,
                                      added: deadlines.map(\.raw),
                                      message: .deadlineAdded(written: deadlines.map(\.raw)),
                                      // What is new is the time limit, not the rest of the sentence: a diff would bury it.
                                      diff: false)
            out.append(finding)
        }
        return out
    }

    /// Whether the time limit is for reporting upward (于10月底前将…情况报市政府政务公开办公室备案): an
    /// office's own bookkeeping, not a firmer national duty.
    static func isReporting(_ sentence: String, deadline raw: String) -> Bool {
        guard let r = ScalarText.characterRange(of: raw, in: sentence) else { return false }
        // The clause after the time limit, and its last 报. Where every scalar stands alone, each is
        // a character and equal characters are equal scalars: read by scalars, where comparing each
        // character with the marks cost a string comparison a mark.
        let after: Substring, report: String.Index?
        if ScalarText.standsAlone(sentence) {
            let tail = sentence.unicodeScalars[r.upperBound...]
            let end = tail.firstIndex { $0 == "，" || $0 == "," || $0 == "。" || $0 == "；" || $0 == ";" } ?? tail.endIndex
            after = sentence[r.upperBound..<end]
            report = sentence.unicodeScalars[r.upperBound..<end].lastIndex(of: "报")
        } else {
            // The marks compared one by one: asking the string "，,。；;" walked its characters for
            // every character of the sentence.
            after = sentence[r.upperBound...].prefix { $0 != "，" && $0 != "," && $0 != "。" && $0 != "；" && $0 != ";" }
            report = after.lastIndex(of: "报")
        }
        if reportingWords.contains(where: { ScalarText.holds(after, $0) }) { return true }
        guard let report else { return false }
        let rest = after[after.index(after: report)...]
        return reportingTargets.contains { ScalarText.holds(rest, $0) }
    }

    /// `isReporting` by characters whatever the text: the reading the scalar one is held to.
    static func characterIsReporting(_ sentence: String, deadline raw: String) -> Bool {
        guard let r = ScalarText.characterRange(of: raw, in: sentence) else { return false }
        let after = sentence[r.upperBound...].prefix { $0 != "，" && $0 != "," && $0 != "。" && $0 != "；" && $0 != ";" }
        if reportingWords.contains(where: { ScalarText.holds(after, $0) }) { return true }
        guard let report = after.lastIndex(of: "报") else { return false }
        let rest = after[after.index(after: report)...]
        return reportingTargets.contains { ScalarText.holds(rest, $0) }
    }

    static let reportingWords = ["上报", "报送", "报备", "备案"]
    /// What a report goes to: 报市政府办公室, 报领导小组.
    static let reportingTargets = ["办公室", "办公厅", "领导小组", "政务公开办"]

    /// The sentence (up to 。 or ；) that holds `raw`: a time limit alone (到2018年10月底前) says nothing
    /// of what is due.
    static func sentence(of text: String, saying raw: String) -> String {
        sentenceByBytes(of: text, saying: raw) ?? splitSentence(of: text, saying: raw)
    }

    /// `sentence(of:saying:)` from the first place `raw`'s bytes stand in `text`, when both stand
    /// alone (a match of bytes is then a match of characters, and only that), `raw` holds no mark
    /// that ends a sentence and neither starts nor ends with a space: the first sentence holding
    /// `raw` is then the one around its first occurrence, trimmed, and none holds it when the text
    /// does not. Nil for any other text, which is split. Splitting every dated item into sentences
    /// to find one was 65,000 instructions a time limit. U+0020 and U+3000 are the only white
    /// space among the scalars that stand alone (a test holds this on every one of them).
    static func sentenceByBytes(of text: String, saying raw: String) -> String? {
        guard let first = raw.unicodeScalars.first, let last = raw.unicodeScalars.last,
              ![" ", "\u{3000}"].contains(first), ![" ", "\u{3000}"].contains(last),
              !raw.unicodeScalars.contains(where: { $0 == "。" || $0 == "；" || $0 == ";" }),
              ScalarText.standsAlone(text), ScalarText.standsAlone(raw) else { return nil }
        var (t, r) = (text, raw)
        return t.withUTF8 { tb in
            r.withUTF8 { rb -> String in
                guard let at = ScalarText.byteOffset(of: rb, in: tb, from: 0) else { return text }
                // The sentence's bytes: from after the last mark before the occurrence to the first after it.
                var (start, end, i) = (0, tb.count, 0)
                while i < tb.count {
                    let (v, length) = ScalarText.utf8Scalar(tb, at: i)
                    if v == 0x3002 || v == 0xFF1B || v == 0x3B {
                        if i < at { start = i + length } else if i >= at + rb.count { end = i; break }
                    }
                    i += length
                }
                return ScalarText.trimmingSpaces(String(decoding: UnsafeBufferPointer(rebasing: tb[start..<end]), as: UTF8.self))
            }
        }
    }

    /// `sentence(of:saying:)` by splitting the text into sentences: any text, and the reading the
    /// byte one is held to.
    static func splitSentence(of text: String, saying raw: String) -> String {
        // Where every scalar stands alone (`ScalarText.standsAlone`), each is a character: the text
        // splits at its scalars, without breaking it into characters first.
        let pieces = ScalarText.standsAlone(text)
            ? text.unicodeScalars.split(whereSeparator: { $0 == "。" || $0 == "；" || $0 == ";" }).map(Substring.init)
            : text.split(whereSeparator: { $0 == "。" || $0 == "；" || $0 == ";" })
        let sentences = pieces.map(ScalarText.trimmingSpaces)
        return sentences.first { ScalarText.holds($0, raw) } ?? text
    }

    /// The clause of the requirements' wording that shares most character pairs with `text`, or
    /// nothing when none shares three: an unrelated national sentence beside an added time limit
    /// reads as if the plan had changed it.
    static func nearestClause(_ ctx: CheckContext, in requirements: [Requirement], to text: String) -> String {
        let bigrams = PairSet(MatchText(text).bigrams)
        var best = "", bestShared = 2
        for c in requirements.flatMap({ ctx.prepared.wordingClauses[$0.id] ?? [] }) {
            let shared = c.bigrams.sharedCount(bigrams)
            if shared > bestShared { best = c.text; bestShared = shared }
        }
        return best
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
