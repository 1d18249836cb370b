/// A review (two plans, or two years of the national key points) as one self-contained web page:
/// each changed task with the two texts side by side, what only the first says struck through on
/// its side and what only the second says marked on its side; then what only each has (dropped and
/// new for one office's plans; named by place for two localities', `ReviewSides`). Same data as
/// `ReviewMarkdown`; everything from the plans escaped.
public enum ReviewHTML {
    public static func render(_ r: ReviewResult, language: ReportLanguage = .en) -> String {
        let zh = language == .zh
        let title = ReviewMarkdown.title(r, language)
        var body = "<h1>\(HTMLText.escape(title))</h1>\n"
        if r.twoLocalities {
            let (lead, rest) = ReviewMarkdown.twoLocalities(r, language)
            body += "<p><strong>\(HTMLText.escape(lead))</strong>\(HTMLText.escape(rest))</p>\n"
        }
        // The national points as the taxonomy holds them, and where its wording came from: what the
        // Markdown says before its tables.
        if r.kind == .references {
            body += "<p>\(HTMLText.escape(zh ? "国家要点以本工具整理的要点条目表为准：各项要求是条目表的概括，不是国家文本原文；行号为条目表文件的行号。" : "The key points as this tool's taxonomy holds them: the requirements are the taxonomy's summaries, not the national text; line numbers are the taxonomy file's."))</p>\n"
            for side in [r.old, r.new] where !side.drawnFrom.isEmpty {
                let (lead, rest) = ReviewMarkdown.drawnFromCaution(side, language)
                body += "<p><strong>\(HTMLText.escape(lead))</strong>\(HTMLText.escape(rest))</p>\n"
            }
        }
        for (lead, rest) in ReviewMarkdown.drawnFromItCautions(r, language) {
            body += "<p><strong>\(HTMLText.escape(lead))</strong>\(HTMLText.escape(rest))</p>\n"
        }
        // What an entry is: a plan's item, or a requirement of the national points.
        let noun = r.kind == .plans ? (zh ? "条目" : "items") : (zh ? "要求" : "requirements")
        let e = r.entries
        let sides = ReviewSides(r, language)
        // Two localities' plans: neither dropped nor added what the other had, each has its own.
        let only = sides.named
            ? (zh ? "仅见于\(sides.oldLabel)的\(e.dropped.count)项，仅见于\(sides.newLabel)的\(e.added.count)项" : "\(e.dropped.count) only in \(sides.oldLabel), \(e.added.count) only in \(sides.newLabel)")
            : (zh ? "删去\(e.dropped.count)项，新增\(e.added.count)项" : "\(e.dropped.count) dropped, \(e.added.count) new")
        let paired = sides.named
            ? (zh ? "两计划相互对应\(e.carriedOver.count)项（其中不同\(e.changed.count)项）" : "\(e.carriedOver.count) paired across the two plans (\(e.changed.count) differing)")
            : (zh ? "保留\(e.carriedOver.count)项（其中改动\(e.changed.count)项）" : "\(e.carriedOver.count) carried over (\(e.changed.count) changed)")
        body += "<p>\(HTMLText.escape(zh ? "\(paired)，\(only)。" : "\(paired), \(only)."))</p>\n"
        body += "<h2>\(HTMLText.escape(sides.changedHeading(noun)))</h2>\n"
        for (n, p) in zip(1..., e.changed) {
            let loose = p.close ? "" : ReviewMarkdown.looseNote(language)
            body += "<div class=\"finding info\" id=\"c-\(n)\">\n<h3>\(n). \(HTMLText.escape("\(p.old.id) → \(p.new.id)\(loose)"))</h3>\n"
            let kinds = p.changes.map { change -> String in
                let effect = change.effect.map { zh ? ChineseTerms.kind($0) : $0.rawValue }
                return (zh ? chinese(change.kind) : change.kind.rawValue) + (effect.map { zh ? "（\($0)）" : " (\($0))" } ?? "")
            }
            body += "<p>\(HTMLText.escape(kinds.joined(separator: zh ? "；" : "; ")))</p>\n"
            let diff = p.changes.first { $0.kind == .wording }?.diff ?? []
            let changed = diff.contains { $0.operation != .same }
            let old = changed ? CheckHTML.marked(diff, keep: .removed) : HTMLText.escape(p.old.text)
            let new = changed ? CheckHTML.marked(diff, keep: .added) : HTMLText.escape(p.new.text)
            let (oldSide, newSide) = (sides.side(old: true), sides.side(old: false))
            body += "<div class=\"pair\"><div><span class=\"label\">\(HTMLText.escape(zh ? "\(oldSide) \(p.old.id)（第\(p.old.line)行）" : "\(oldSide) \(p.old.id) (line \(p.old.line))"))</span>\(old)</div>"
            body += "<div><span class=\"label\">\(HTMLText.escape(zh ? "\(newSide) \(p.new.id)（第\(p.new.line)行）" : "\(newSide) \(p.new.id) (line \(p.new.line))"))</span>\(new)</div></div>\n</div>\n"
        }
        if e.changed.isEmpty { body += "<p>\(zh ? "无。" : "None.")</p>\n" }
        body += list(sides.onlyIn(old: true, noun), e.dropped, zh: zh)
        body += list(sides.onlyIn(old: false, noun), e.added, zh: zh)
        return CheckHTML.page(title: title, language: language, body: body)
    }

    static func chinese(_ kind: ReviewChange.Kind) -> String {
        switch kind {
        case .wording: return "表述"
        case .deadline: return "完成时限"
        case .lead: return "牵头单位"
        case .responsible: return "责任单位"
        case .members: return "列举"
        }
    }

    static func list(_ heading: String, _ entries: [ReviewEntry], zh: Bool) -> String {
        var out = "<h2>\(HTMLText.escape(heading))</h2>\n"
        guard !entries.isEmpty else { return out + "<p>\(zh ? "无。" : "None.")</p>\n" }
        out += "<table>\n<tr><th>\(zh ? "条目" : "item")</th><th>\(zh ? "行号" : "line")</th><th>\(zh ? "内容" : "text")</th></tr>\n"
        for entry in entries {
            out += "<tr><td>\(HTMLText.escape(entry.id))</td><td>\(entry.line)</td><td>\(HTMLText.escape(entry.text))</td></tr>\n"
        }
        return out + "</table>\n"
    }
}
