/// A year-over-year review as an office head reads it: a summary, the topics one year has and the
/// other lacks (and why), then what changed, what is new and what was dropped, each with its line
/// numbers and evidence, and last what was carried over as it was.
///
/// Why this order: the summary and the topics answer "what is different this year?"; changed tasks
/// are the few to read closely; new and dropped ones are lists to go through; near-copies, a
/// character diff; rewrites, both texts side by side.
public enum ReviewMarkdown {
    /// `checkLink`: where the newer plan's check is, relative to the review (the main job's
    /// reports); without one, the review names the command that makes it.
    public static func render(_ r: ReviewResult, language: ReportLanguage = .en, checkLink: String? = nil) -> String {
        let w = language
        let noun = r.kind == .plans
            ? Noun(one: w("item", "条目"), many: w("items", "条目"))
            : Noun(one: w("requirement", "要求"), many: w("requirements", "要求"))
        let sides = ReviewSides(r, w)
        var out = "# " + text(title(r, w)) + "\n\n"
        out += "- \(text(sides.side(old: true)))\(w(": ", "："))\(describe(r.old, kind: r.kind, w))\n- \(text(sides.side(old: false)))\(w(": ", "："))\(describe(r.new, kind: r.kind, w))\n\n"
        if r.twoLocalities {
            let (lead, rest) = twoLocalities(r, w)
            out += "**\(text(lead))**\(text(rest))\n\n"
        }
        if r.kind == .references {
            out += w("The key points as this tool's taxonomy holds them (`Corpus/taxonomy/<year>.txt`; line numbers below are that file's): the requirements are the taxonomy's summaries, not the national text.\n\n",
                     "国家要点以本工具整理的要点条目表为准（`Corpus/taxonomy/<年度>.txt`，下文行号为该文件的行号）：各项要求是条目表的概括，不是国家文本原文。\n\n")
            for side in [r.old, r.new] where !side.drawnFrom.isEmpty {
                let (lead, rest) = drawnFromCaution(side, w)
                out += "**\(lead)**\(text(rest))\n\n"
            }
        }
        for (lead, rest) in drawnFromItCautions(r, w) { out += "**\(lead)**\(text(rest))\n\n" }
        out += summary(r, noun, sides, w, checkLink: checkLink)
        out += topics(r, sides, w)
        if let sections = r.sections {
            out += w("## Sections\n\n", "## 国家要点各条\n\n")
            out += w("Sections are paired by the topic they share and what their requirements say; their titles are each year's own.\n\n",
                     "各条按共同的主题及其要求的内容配对；标题为各年度自己的标题。\n\n")
            out += pairTable(sections.carriedOver, label: w("section", "条"), oldText: true, sides, w)
            out += entries(sections.added, title: w("### New sections", "### 新增的条"), empty: w("None: every new section continues an old one.", "无：每个新条都延续了原有的条。"), label: w("section", "条"), w)
            out += entries(sections.dropped, title: w("### Dropped sections", "### 删去的条"), empty: w("None: every old section continues in the new points.", "无：原有各条在新要点中都有延续。"), label: w("section", "条"), w)
            out += continued(sections.continued, title: w("### Sections continued, merged or taken from another", "### 延续的条（并入或取自同主题的条）"), label: w("section", "条"), sides, w)
        }
        out += changed(r.entries.changed, noun, sides, w)
        out += entries(r.entries.added, title: "## " + text(sides.onlyIn(old: false, noun.many)), empty: w("None.", "无。"), label: noun.one, w)
        out += entries(r.entries.dropped, title: "## " + text(sides.onlyIn(old: true, noun.many)), empty: w("None.", "无。"), label: noun.one, w,
                       note: continuedSections(r, w))
        out += continued(r.entries.continued, title: w("## \(noun.many.prefix(1).uppercased() + noun.many.dropFirst()) merged or split", "## 合并或拆分的\(noun.many)"), label: noun.one, sides, w)
        out += sides.named ? w("## Paired and alike\n\n", "## 两计划相同的\(noun.many)\n\n") : w("## Carried over unchanged\n\n", "## 保留未变\n\n")
        out += pairTable(r.entries.unchanged, label: noun.one, sides, w)
        return out
    }

    struct Noun { var one: String; var many: String }

    /// The cautions on a side the taxonomy's wording was drawn from, as plain text, their lead and
    /// the rest, for the Markdown and the web page; once for a plan reviewed against itself (a
    /// draft against its final text under one name).
    static func drawnFromItCautions(_ r: ReviewResult, _ w: ReportLanguage) -> [(lead: String, rest: String)] {
        let cautioned = r.old.name == r.new.name && r.old.reference == r.new.reference ? [r.new] : [r.old, r.new]
        return cautioned.filter(\.referenceDrawnFromIt).map { side in
            (w("Caution", "注意"),
             w(": the taxonomy's \(side.reference) wording was drawn from \(side.name), so its items agree with its national points by construction.",
               "：本工具所存\(side.reference)年国家要点的表述部分取自\(side.name)，凡沿用之处其条目与国家要点必然一致。"))
        }
    }

    /// A pair found only by its topic and nearness, in other words: said beside it in both views.
    static func looseNote(_ w: ReportLanguage) -> String {
        w(" (a loose match: the same topic, the nearest task, in other words)", "（近似对应：同一主题下最接近的任务，表述不同）")
    }

    /// The caution on a year of the national points whose wording was drawn from local plans, as
    /// plain text, its lead and the rest, for the Markdown and the web page.
    static func drawnFromCaution(_ side: ReviewSide, _ w: ReportLanguage) -> (lead: String, rest: String) {
        let n = side.drawnFrom.count
        return (w("Caution", "注意"),
                w(": the \(side.name) wording was drawn from \(n == 1 ? "one local plan" : "\(n) local plans") (\(side.drawnFrom.joined(separator: ", "))), not from the national text.",
                  "：本报告所用\(side.name)年国家要点的表述取自\(n)个地方计划（\(side.drawnFrom.joined(separator: "、"))），而非国家文本。"))
    }

    /// The review's title, as plain text: two plans of one year are no year over year. A plan is
    /// named by its place and year where it gives them (乌鲁木齐市 2018), with its province where the
    /// two share those, its file name below.
    static func title(_ r: ReviewResult, _ w: ReportLanguage) -> String {
        guard r.kind == .plans else { return w("National key points: \(r.old.name) → \(r.new.name)", "国家要点年度对照：\(r.old.name) → \(r.new.name)") }
        let labels = BatchCheckMarkdown.distinct([r.old, r.new].map { ($0.name, $0.locality, $0.year, $0.province) })
        let (old, new) = (labels[0], labels[1])
        // Two localities' plans are no one office's year over year, whatever their years.
        guard !r.twoLocalities else { return w("Two localities' plans compared: \(old) → \(new)", "两地计划对照：\(old) → \(new)") }
        let oneYear = r.old.year != nil && r.old.year == r.new.year
        return oneYear
            ? w("Two plans compared: \(old) → \(new)", "计划对照：\(old) → \(new)")
            : w("Year-over-year review: \(old) → \(new)", "年度对照：\(old) → \(new)")
    }

    /// What differs between two localities' plans, said as it is: the place always, the year and
    /// the level where they differ (two counties' plans of one year are neither newer nor older).
    /// Plain text, its lead and the rest, for the Markdown and the web page.
    static func twoLocalities(_ r: ReviewResult, _ w: ReportLanguage) -> (lead: String, rest: String) {
        let years = r.old.year != nil && r.new.year != nil && r.old.year != r.new.year
        let levels = r.old.level != nil && r.new.level != nil && r.old.level != r.new.level
        let differs: String
        switch (years, levels) {
        case (true, true): differs = w("the year, the place and the level differ at once", "年度、地方和层级同时不同")
        case (true, false): differs = w("the year and the place differ at once", "年度和地方同时不同")
        case (false, true): differs = w("the place and the level differ", "地方和层级不同")
        case (false, false): differs = w("the place differs", "地方不同")
        }
        let read = years
            ? w("read this as a benchmark of the newer plan against the older one, not as one office's year over year",
                "本对照应视为新计划对旧计划的参照比较，而不是同一单位的逐年对照")
            : w("read this as a comparison of two localities' plans, not as one office's year over year",
                "本对照应视为两地计划的相互比较，而不是同一单位的逐年对照")
        return (w("Two localities", "两个不同地方"),
                w(" (\(place(r.old, other: r.new, w)) and \(place(r.new, other: r.old, w))): \(differs), so \(read). Units are not compared: each plan names its own.",
                  "（\(place(r.old, other: r.new, w))和\(place(r.new, other: r.old, w))）：\(differs)，\(read)。责任单位不作比较：各计划各有其单位。"))
    }

    /// Plain text: the caller escapes it. The province first where the other side's place has the
    /// same name (新疆高昌区 and 甘肃高昌区).
    static func place(_ s: ReviewSide, other: ReviewSide, _ w: ReportLanguage) -> String {
        let level = s.level.map { w(", \($0.rawValue)", "（\(ChineseTerms.level($0))）") } ?? ""
        let province = s.locality != nil && s.locality == other.locality ? s.province.map { w("\($0) ", $0) } ?? "" : ""
        return "\(province)\(s.locality ?? s.name)\(level)"
    }

    static func describe(_ s: ReviewSide, kind: ReviewResult.Kind, _ w: ReportLanguage) -> String {
        let title = s.title.map { w("\(text($0)), ", "\(text($0))，") } ?? ""
        let year = s.year.map(String.init) ?? w("year unknown", "年度不明")
        return kind == .plans
            ? w("\(title)\(text(s.name)) (\(year)), aligned to the \(text(s.reference)) national key points",
                "\(title)\(text(s.name))（\(year)），对照\(text(s.reference))年国家要点")
            : w("\(title)\(year) national key points", "\(title)\(year)年国家要点")
    }

    static func summary(_ r: ReviewResult, _ noun: Noun, _ sides: ReviewSides, _ w: ReportLanguage, checkLink: String? = nil) -> String {
        let e = r.entries
        let merged = e.continued.filter { $0.kind == .merged }.count, split = e.continued.count - merged
        let old = e.carriedOver.count + e.dropped.count + merged, new = e.carriedOver.count + e.added.count + split
        var out = w("## Summary\n\n", "## 概况\n\n")
        if let s = r.sections {
            // An old section continued under a new one, and a new one taken from an old one, told
            // apart: counted together, the old year's sections seemed one more than it has.
            let into = s.continued.filter { $0.kind == .merged }.count, from = s.continued.count - into
            let old = s.carriedOver.count + s.dropped.count + into, new = s.carriedOver.count + s.added.count + from
            out += w("- Sections (\(old) old, \(new) new): \(s.carriedOver.count) paired across the years by topic, \(s.added.count) new, \(s.dropped.count) dropped; \(into) old \(into == 1 ? "section continues" : "sections continue") under a new section of their topic, \(from) new \(from == 1 ? "section is" : "sections are") taken from an old one.\n",
                     "- 国家要点各条（原有\(old)条，现有\(new)条）：按主题跨年度对应\(s.carriedOver.count)条，新增\(s.added.count)条，删去\(s.dropped.count)条；原有\(into)条在新年度同主题的条下延续，新年度\(from)条取自原有同主题的条。\n")
        }
        let each = text(sides.counts(old: old, new: new))
        // Two localities' plans keep nothing of each other: their items correspond.
        out += sides.named
            ? w("- **\(e.carriedOver.count) \(plural(e.carriedOver.count, noun)) paired across the two plans** (\(each)): \(e.unchanged.count) alike, \(e.changed.count) differing",
                "- **两计划相互对应的\(noun.many)\(e.carriedOver.count)项**（\(each)）：相同\(e.unchanged.count)项，不同\(e.changed.count)项")
            : w("- **\(e.carriedOver.count) \(plural(e.carriedOver.count, noun)) carried over** (\(each)): \(e.unchanged.count) unchanged, \(e.changed.count) changed",
                "- **保留\(noun.many)\(e.carriedOver.count)项**（\(each)）：未变\(e.unchanged.count)项，改动\(e.changed.count)项")
        let counts = ReviewChange.Kind.allCases.map { k in (k, e.changed.filter { $0.changes.contains { $0.kind == k } }.count) }
        let kinds = counts.compactMap { k, n -> String? in
            n == 0 ? nil : w("\(label(k, w)) \(n)", "\(label(k, w))\(n)项")
        }
        // A requirement changed in two ways is counted under each: said, so the parts need not add up.
        let overlap = counts.reduce(0) { $0 + $1.1 } > e.changed.count
        let both = overlap ? (sides.named ? w("; one pair may differ in more than one way", "，一项可兼有几处不同") : w("; one may change in more than one way", "，一项可兼有几种改动")) : ""
        out += kinds.isEmpty ? w(".\n", "。\n") : w(" (\(kinds.joined(separator: ", "))\(both)).\n", "（\(kinds.joined(separator: "，"))\(both)）。\n")
        // Two localities' plans: neither added nor dropped anything the other had, each has its own.
        if !r.twoLocalities {
            out += w("- **\(e.added.count) new** \(plural(e.added.count, noun)) to take on, **\(e.dropped.count) dropped**",
                     "- **新增\(e.added.count)项**需要承担的\(noun.many)，**删去\(e.dropped.count)项**")
        } else {
            let (old, new) = (text(sides.oldLabel), text(sides.newLabel))
            out += w("- **\(e.added.count) \(plural(e.added.count, noun)) only in \(new)**, **\(e.dropped.count) only in \(old)**",
                     "- **仅见于\(new)的\(noun.many)\(e.added.count)项**，**仅见于\(old)的\(e.dropped.count)项**")
        }
        let (oldName, newName) = (text(sides.oldLabel), text(sides.newLabel))
        if !e.continued.isEmpty {
            out += sides.named
                ? w("; \(merged) of \(oldName) stand inside one of \(newName), \(split) of \(newName) inside one of \(oldName) (in both, not only in one).\n",
                    "；\(oldName)有\(merged)项包含在\(newName)的\(noun.one)之中，\(newName)有\(split)项包含在\(oldName)的\(noun.one)之中（两边都有，不算仅见于一方）。\n")
                : w("; \(merged) merged into another \(noun.one), \(split) split off one (neither new nor dropped).\n",
                    "；\(merged)项并入其他\(noun.one)，\(split)项从原有\(noun.one)中拆出（既非新增也非删去）。\n")
        } else {
            out += w(".\n", "。\n")
        }
        out += sides.named
            ? w("- Topics only \(newName) touches: \(names(r.topicsGained, w)); only \(oldName): \(names(r.topicsLost, w)).\n",
                "- 仅\(newName)涉及的主题：\(names(r.topicsGained, w))；仅\(oldName)涉及的主题：\(names(r.topicsLost, w))。\n")
            : w("- Topics gained: \(names(r.topicsGained, w)); topics lost: \(names(r.topicsLost, w)).\n",
                "- 新增的主题：\(names(r.topicsGained, w))；不再涉及的主题：\(names(r.topicsLost, w))。\n")
        let stillAsked = r.topicsLost.filter(\.inNewReference)
        if r.kind == .plans && !stillAsked.isEmpty {
            out += sides.named
                ? w("- **Not in \(newName) although the national points it follows ask for it**: \(names(stillAsked, w)).\n",
                    "- **\(newName)所对照的国家要点有要求、\(newName)却未涉及的主题**：\(names(stillAsked, w))。\n")
                : w("- **Lost although the new year's national points still ask for it**: \(names(stillAsked, w)).\n",
                    "- **新年度国家要点仍有要求、新计划却不再涉及的主题**：\(names(stillAsked, w))。\n")
        }
        if r.kind == .plans {
            let plan = sides.named ? newName : w("the new plan", "新计划")
            // A link where the report is beside the review; else the command (a Chinese page
            // pointing its reader at a shell command, where a link would do, read as English).
            let check = checkLink.map(LinkPath.encode).map { w("[its check](\($0))", "[检查报告](\($0))") }
                ?? w("its check (`compare-tool check \(text(r.new.name))`)", "其检查报告（`compare-tool check --lang zh \(text(r.new.name))`）")
            out += w("- What \(plan) lacks against its own year's national points, requirement by requirement, is in \(check).\n",
                     "- \(plan)对照本年度国家要点逐项缺少的内容，见\(check)。\n")
        }
        return out + "\n"
    }

    static func names(_ topics: [TopicChange], _ w: ReportLanguage) -> String {
        topics.isEmpty ? w("none", "无") : topics.map { text($0.topic) }.joined(separator: "、")
    }

    static func topics(_ r: ReviewResult, _ sides: ReviewSides, _ w: ReportLanguage) -> String {
        // Two localities' plans gain and lose nothing of each other: each touches its own topics.
        var out = sides.named ? w("## Topics of each plan\n\n", "## 两计划涉及的主题\n\n") : w("## Topics gained and lost\n\n", "## 主题的增减\n\n")
        if r.topicsGained.isEmpty && r.topicsLost.isEmpty {
            out += w("No topic gained or lost: both sides have entries under the same topics.\n\n", "主题没有增减：两边的条目涉及相同的主题。\n\n")
        }
        let what = r.kind == .plans ? w("items", "条目") : w("sections", "条")
        // A section or item touching several topics stands in each topic's row: one topic of it may
        // be lost while another is kept, which read as the table contradicting itself.
        if !(r.topicsGained.isEmpty && r.topicsLost.isEmpty) {
            out += w("One \(r.kind == .plans ? "item" : "section") may touch several topics and then stands in each of their rows: a topic it touches may be lost while another is kept.\n\n",
                     "\(r.kind == .plans ? "一个条目" : "一条国家要点")如涉及几个主题，则列在每个主题的行中：其中一个主题不再涉及，另一个主题仍可保留。\n\n")
        }
        var table = MarkdownTable([w("topic", "主题"), w("status", "变化"), w("why", "原因"), text(sides.column(old: true, what)), text(sides.column(old: false, what))])
        // Gained and lost first: they are what the table is for.
        for t in r.topics.filter({ $0.status != .kept }) + r.topics.filter({ $0.status == .kept }) {
            table.row([text(t.topic), status(t.status, sides, w), why(t, kind: r.kind, sides, w), few(t.old, w), few(t.new, w)])
        }
        if r.topics.isEmpty { table.row(Array(repeating: "—", count: 5)) }
        return out + table.rendered + "\n"
    }

    /// Two localities' plans neither gain nor lose a topic: each has its own.
    static func status(_ s: TopicChange.Status, _ sides: ReviewSides, _ w: ReportLanguage) -> String {
        if sides.named {
            let (old, new) = (text(sides.oldLabel), text(sides.newLabel))
            switch s {
            case .kept: return w("both", "两边都有")
            case .gained: return w("only \(new)", "仅\(new)有")
            case .lost: return w("only \(old)", "仅\(old)有")
            }
        }
        guard w == .zh else { return s.rawValue }
        switch s {
        case .kept: return "保留"
        case .gained: return "新增"
        case .lost: return "不再涉及"
        }
    }

    /// Whether the national points or the plan made the difference.
    static func why(_ t: TopicChange, kind: ReviewResult.Kind, _ sides: ReviewSides, _ w: ReportLanguage) -> String {
        guard kind == .plans else {
            return t.status == .gained ? w("new in the national points", "国家要点新增") : t.status == .lost ? w("no longer in the national points", "国家要点不再提出") : w("in both years", "两个年度都有")
        }
        if sides.named {
            let (old, new) = (text(sides.oldLabel), text(sides.newLabel))
            switch t.status {
            case .kept: return w("both plans", "两个计划都有")
            case .gained: return t.inOldReference ? w("the points \(old) follows ask for it too; \(old) has nothing on it", "\(old)所对照的国家要点也有要求，\(old)没有涉及") : w("not in the points \(old) follows", "\(old)所对照的国家要点没有")
            case .lost: return t.inNewReference ? w("the points \(new) follows **ask for it**; \(new) has nothing on it", "\(new)所对照的国家要点**有要求**，\(new)没有涉及") : w("not in the points \(new) follows", "\(new)所对照的国家要点没有")
            }
        }
        switch t.status {
        case .kept: return w("both plans", "两个计划都有")
        case .gained: return t.inOldReference ? w("the old year's points asked for it too; the old plan had nothing on it", "原年度国家要点也有要求，原计划没有涉及") : w("new in the national points", "国家要点新增")
        case .lost: return t.inNewReference ? w("**still asked for** by the new year's points; the new plan has nothing on it", "新年度国家要点**仍有要求**，新计划没有涉及") : w("no longer in the national points", "国家要点不再提出")
        }
    }

    /// How many, and the first three: the lists below give them all.
    /// Parted by 「；」 in Chinese: an item's path holds 、 itself (一、/（四）/9.), and 「一、/（四）/9.、一、/（四）/10.」
    /// could not be read apart (an office head's reading).
    static func few(_ list: [String], _ w: ReportLanguage) -> String {
        guard list.count > 3 else { return ids(list) }
        return w("\(list.count): ", "共\(list.count)个：") + list.prefix(3).map(text).joined(separator: w(", ", "；")) + w(", …", "……")
    }

    static func ids(_ list: [String]) -> String {
        list.isEmpty ? "—" : list.map(text).joined(separator: "<br>")
    }

    static func entries(_ list: [ReviewEntry], title: String, empty: String, label: String, _ w: ReportLanguage, note: String = "") -> String {
        var out = "\(title)\n\n"
        guard !list.isEmpty else { return out + empty + "\n\n" }
        out += note
        var table = MarkdownTable(w == .zh ? [label, "行号", "主题", "内容"] : [label, "line", "topics", "text"])
        for e in list {
            table.row([text(e.id), "\(e.line)", e.topics.isEmpty ? w("local", "本地") : e.topics.map(text).joined(separator: "、"), text(e.text)])
        }
        return out + table.rendered + "\n"
    }

    /// The national points' dropped requirements whose section continues under a section of the new
    /// year (`Continuation`, by topic): the section lasts, its requirements' words do not, and a
    /// reader told both that 2018-3-2 continues and that all its requirements are dropped saw a
    /// contradiction (an office head's reading). Empty where no such requirement is listed.
    static func continuedSections(_ r: ReviewResult, _ w: ReportLanguage) -> String {
        guard r.kind == .references, let sections = r.sections else { return "" }
        let ids = r.entries.dropped.flatMap(\.sections).map(\.rawValue)
        let shown = sections.continued.filter { $0.kind == .merged && ids.contains($0.old.id) }
        guard !shown.isEmpty else { return "" }
        let pairs = shown.map { "\(text($0.old.id)) → \(text($0.new.id))" }
        return w("Some of these requirements' sections continue under a section of the new year's points (\(pairs.joined(separator: ", "))): those sections last, but their requirements listed here have no counterpart in the new year's wording, so they are still listed as dropped.\n\n",
                 "下列要求中，部分要求所属的条已在新年度同主题的条下延续（\(pairs.joined(separator: "、"))）：条虽延续，这些要求在新年度表述中没有对应，故仍列为删去。\n\n")
    }

    /// Entries one side has on its own whose words the other holds inside another entry: a task
    /// merged or split is continued, not dropped and added. Nothing when there are none.
    static func continued(_ list: [Continuation], title: String, label: String, _ sides: ReviewSides, _ w: ReportLanguage) -> String {
        guard !list.isEmpty else { return "" }
        let out = "\(title)\n\n" + w("Neither dropped nor new: the words of one stand inside the other (the share of them it holds), or, for sections, it comes under the other's topic, which is what lasts of a section from year to year.\n\n",
                                       "既非删去也非新增：一方的文字包含在另一方之中（“占比”为所含文字的比例）；对国家要点各条而言，则是归入另一条的主题之下，这是各条在年度之间延续的方式。\n\n")
        var table = MarkdownTable([text(sides.column(old: true, label)), w("line", "行号"), text(sides.column(old: false, label)), w("line", "行号"),
                                   w("how", "方式"), w("share", "占比"), w("text of the one on its own", "拆出或并入一方的内容")])
        let (old, new) = (text(sides.entry(old: true)), text(sides.entry(old: false)))
        for c in list {
            let how = c.byTopic
                ? (c.kind == .merged ? w("\(old) continued under \(new) (same topic)", "\(old)在\(new)下延续（同一主题）") : w("\(new) taken from \(old) (same topic)", "\(new)取自\(old)（同一主题）"))
                : (c.kind == .merged ? w("\(old) merged into \(new)", "\(old)并入\(new)") : w("\(new) split off \(old)", "\(new)从\(old)拆出"))
            let share = c.byTopic ? "—" : "\(Int((c.share * 100).rounded()))%"
            let own = c.kind == .merged ? c.old.text : c.new.text
            table.row([
                text(c.old.id), "\(c.old.line)", text(c.new.id), "\(c.new.line)", how, share,
                text(AlignmentMarkdown.excerpt(own, 60)),
            ])
        }
        return out + table.rendered + "\n"
    }

    static func changed(_ pairs: [ReviewPair], _ noun: Noun, _ sides: ReviewSides, _ w: ReportLanguage) -> String {
        var out = "## \(sides.changedHeading(noun.many))\n\n"
        guard !pairs.isEmpty else {
            return out + (sides.named ? w("None: every \(noun.one) paired says what the other says.\n\n", "无：两计划对应的\(noun.many)内容都相同。\n\n")
                : w("None: every \(noun.one) carried over says what it said.\n\n", "无：保留的\(noun.many)内容都没有变化。\n\n"))
        }
        for (n, p) in zip(1..., pairs) {
            let loose = p.close ? "" : looseNote(w)
            let kinds = p.changes.map { label($0.kind, w) }.joined(separator: w(", ", "、"))
            out += w("### \(n). \(text(p.old.id)) (line \(p.old.line)) → \(text(p.new.id)) (line \(p.new.line)): \(kinds)\(loose)\n\n",
                     "### \(n). \(text(p.old.id))（第\(p.old.line)行）→ \(text(p.new.id))（第\(p.new.line)行）：\(kinds)\(loose)\n\n")
            let colon = w(": ", "：")
            out += "- \(text(sides.side(old: true)))\(colon)「\(text(p.old.text))」\n- \(text(sides.side(old: false)))\(colon)「\(text(p.new.text))」\n"
            for c in p.changes {
                if let effect = c.effect {
                    out += w("- **\(effect.rawValue)**" + (c.note.map { ": \(text($0))" } ?? ""),
                             "- **\(ChineseTerms.kind(effect))**" + (c.message.map { "：\(text(ChineseTerms.note($0)))" } ?? "")) + "\n"
                }
                if c.kind == .wording {
                    out += c.diff.isEmpty
                        ? w("- Wording: rewritten (too different for a character diff: read the two texts above)\n", "- 表述：重写（差别太大，无法逐字对照：请阅读上面两段原文）\n")
                        : w("- Wording \(sides.diffLegend(text)): ", "- 表述\(sides.diffLegend(text))：") + "\(CheckMarkdown.diff(c.diff))\n"
                } else {
                    let removed = c.removed.isEmpty ? "" : w("removed ", "删去") + c.removed.map(text).joined(separator: "、")
                    let added = c.added.isEmpty ? "" : w("added ", "增加") + c.added.map(text).joined(separator: "、")
                    let name = label(c.kind, w)
                    out += w("- \(name.prefix(1).uppercased() + name.dropFirst()): ", "- \(name)：") + [removed, added].filter { !$0.isEmpty }.joined(separator: w("; ", "；")) + "\n"
                }
            }
            out += "\n"
        }
        return out
    }

    /// With `oldText`, both sides' texts (sections, whose titles change); else the new one.
    static func pairTable(_ pairs: [ReviewPair], label: String, oldText: Bool = false, _ sides: ReviewSides, _ w: ReportLanguage) -> String {
        guard !pairs.isEmpty else { return w("None.\n\n", "无。\n\n") }
        let (line, content) = (w("line", "行号"), w("text", "内容"))
        let columns = [text(sides.column(old: true, label)), line] + (oldText ? [content] : []) + [text(sides.column(old: false, label)), line, content]
        var table = MarkdownTable(columns)
        for p in pairs {
            table.row(
                [text(p.old.id), "\(p.old.line)"] + (oldText ? [text(p.old.text)] : [])
                    + [text(p.new.id), "\(p.new.line)", text(AlignmentMarkdown.excerpt(p.new.text, 60))])
        }
        return table.rendered + "\n"
    }

    static func label(_ k: ReviewChange.Kind, _ w: ReportLanguage) -> String {
        switch k {
        case .wording: return w("wording", "表述")
        case .deadline: return w("deadline", "完成时限")
        case .lead: return w("lead units", "牵头单位")
        case .responsible: return w("responsible units", "责任单位")
        case .members: return w("list members", "列举项")
        }
    }

    static func plural(_ n: Int, _ noun: Noun) -> String { n == 1 ? noun.one : noun.many }

    /// Markdown-inert text, `|` escaped for tables (the check report's escaping).
    static func text(_ s: String) -> String { CheckMarkdown.text(s) }
}
