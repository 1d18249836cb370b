/// Every sentence of the draft check, in each report language: `CheckMarkdown` lays the report
/// out once and asks this table what to write.
///
/// Why a table and not a second renderer: the two languages must report the same findings in the
/// same order; only the words may differ.
struct CheckWords: Sendable {
    var title: @Sendable (_ plan: String) -> String
    let checkedAgainst: @Sendable (_ reference: String, _ provenance: String) -> String
    let provenance: @Sendable (Reference.Provenance) -> String
    let source: @Sendable (String) -> String
    /// Quote the reference's Chinese source note (`source-zh`) where it has one.
    let chineseSource: Bool
    let drawnFrom: String
    /// No item carries out any section (`CheckResult.coversNothing`).
    let coversNothing: String
    let notRead: @Sendable (ParseWarning) -> String
    /// A numbering that skips or goes back: in a draft, where a part or section was lost.
    let numbering: @Sendable (ParseWarning) -> String
    let naming: String
    let topicsHeading: String
    let topicColumns: [String]
    var noItemSpeaksOf: @Sendable (String) -> String
    let summaryHeading: String
    var nothingToFix: String
    let needsAttention: @Sendable (_ open: Int, _ sections: Int, _ fix: Int) -> String
    var coverage: @Sendable (_ covered: Int, _ all: Int, _ partial: Int, _ missing: Int) -> String
    let toFix: @Sendable (_ count: Int, _ tally: String) -> String
    let notesLine: @Sendable (_ count: Int, _ tally: String) -> String
    var additionsLine: @Sendable (Int) -> String
    let sectionsHeading: String
    let referenceSectionsHeading: String
    var sectionColumns: [String]
    let itemAt: @Sendable (_ path: String, _ line: Int) -> String
    let notBinding: @Sendable (String) -> String
    let national: @Sendable (String) -> String
    let status: @Sendable (SectionStatus.Status) -> String
    /// A missing section beside the items aligned to it: they carry out none of its requirements
    /// (`DraftCheck.coverage`), which 缺项 alone, next to an item, did not say.
    let missingBesideItems: String
    let kind: @Sendable (Finding.Kind) -> String
    let severity: @Sendable (Finding.Severity) -> String
    let note: @Sendable (Finding) -> String
    let gapsHeading: String
    var noGaps: String
    let gapHow: @Sendable (SectionStatus) -> String
    let carriedOutBy: @Sendable (String) -> String
    let nearestItem: @Sendable (_ path: String, _ line: Int) -> String
    let saidNowhere: String
    /// A list's members the items of the section leave out, as a gap's evidence: the members are
    /// read against the section's items, not the whole plan (`ListCheck`), so "said nowhere" would
    /// be untrue of a member the plan names in another section.
    let membersNotWritten: String
    let divergencesHeading: String
    let noDivergences: String
    var notesHeading: String
    /// A finding's heading and its section's line, written into the report piece by piece: made
    /// as interpolated strings, these two were an eighth of a plan's Markdown report.
    let findingHeading: @Sendable (_ out: inout ReportText, _ n: Int, _ kind: String, _ severity: String, _ path: String, _ line: Int) -> Void
    var sectionLine: @Sendable (_ out: inout ReportText, _ section: String, _ title: String, _ requirement: String?) -> Void
    let sentenceEnd: String
    let planNoClause: String
    let plan: String
    let requirementOwnWords: String
    let reference: String
    let diff: String
    let missing: String
    let added: String
    /// One heading for every item naming no unit: each is one difference in the counts above the
    /// list, so a heading for several says so (the numbers of the list alone ran short of the count).
    let unitsHeading: @Sendable (_ n: Int, _ kind: String, _ severity: String, _ count: Int) -> String
    var unitsIntro: @Sendable (String) -> String
    /// After the list of items without units: how many more name none and are not listed (local
    /// additions, or text naming who acts, which `UnitCheck` leaves alone); said only when there are such.
    let unlistedUnits: @Sendable (Int) -> String
    let itemLine: @Sendable (_ path: String, _ line: Int) -> String
    let additionsHeading: String
    var noAdditions: String
    var additionsIntro: String
    let additionColumns: [String]
    let listSeparator: String
    /// " (x)" in English, "（x）" in Chinese.
    let parens: @Sendable (String) -> String
    let colon: String

    static func of(_ language: ReportLanguage) -> CheckWords {
        language == .zh ? chinese : english
    }

    static func plural(_ n: Int, _ one: String, _ many: String) -> String { n == 1 ? one : many }

    /// A finding's heading from the words `around` its number, kind, severity, item and line
    /// (before, between and after them: six).
    static func findingHeading(around w: [String]) -> @Sendable (inout ReportText, Int, String, String, String, Int) -> Void {
        { out, n, kind, severity, path, line in
            out += w[0]
            out += n
            out += w[1]
            out += kind
            out += w[2]
            out += severity
            out += w[3]
            out += path
            out += w[4]
            out += line
            out += w[5]
        }
    }

    /// A finding's section line from the words `around` the section's id and title (before,
    /// between, after), those around the requirement's id where there is one, and the `end`.
    static func sectionLine(around w: [String], requirement r: (String, String), end: String) -> @Sendable (inout ReportText, String, String, String?) -> Void {
        { out, section, title, requirement in
            out += w[0]
            out += section
            out += w[1]
            out += title
            out += w[2]
            if let requirement {
                out += r.0
                out += requirement
                out += r.1
            }
            out += end
        }
    }

    static let order = "2021-1-3 is the third section of its first part"

    static let english = CheckWords(
        title: { "# Plan check: \($0)\n\n" },
        checkedAgainst: { "Checked against \($0). \($1)\n\n" },
        provenance: { p in
            switch p {
            case .derived:
                return "The reference is this tool's record of the national key points: their structure and requirements, with wording derived from the plans that copy the national text, not the national text itself."
            case .national:
                return "The reference is the national key points text given; its sections are named by year, part and order (\(order))."
            case let .plan(locality, level):
                return "The reference is the plan of \(MarkdownText.escape(locality))\(level.map { " (\($0.rawValue) level)" } ?? ""), not the national text; its sections are named by year, part and order (\(order))."
            case .text:
                return "The reference is the text given; its sections are named by year, part and order (\(order))."
            }
        },
        source: { "Where the reference data comes from: \($0).\n\n" },
        chineseSource: false,
        drawnFrom: "**Caution**: this plan is one of those the reference's wording was drawn from, so where it copies that wording it agrees by construction: a divergence found is real, but finding none proves little.\n\n",
        coversNothing: "**Caution**: no item of this file carries out any section of the key points. Check that it is a 政务公开工作要点, not a cover letter, a report or another document; if it is, its layout may not have been read (see `compare-tool parse`).\n\n",
        notRead: { "**\($0.kind == .truncated ? "Possibly cut off" : "Not read")**: line \($0.line): \(MarkdownText.escape($0.message)).\n\n" },
        numbering: { "**Numbering**: line \($0.line): \(MarkdownText.escape($0.message)); a part or section may have been left out or repeated, or numbered wrongly.\n\n" },
        naming: "Items are named by the plan's own numbering, outer level first (二、/（3） is item （3） under part 二、), with the line where they start in the file.\n\n",
        topicsHeading: "## Topics\n\nWhat the plan's items speak of, by the topics that outlive each year's structure.\n\n",
        topicColumns: ["topic", "items"],
        noItemSpeaksOf: { "\nNo item speaks of: \($0). Check whether this year's key points ask for them.\n\n" },
        summaryHeading: "## Summary\n\n",
        nothingToFix: "**Nothing to fix**: every national section is covered in full and no divergence needs a fix.\n\n",
        needsAttention: { open, sections, fix in
            // As the Chinese says it: a plan carrying out every requirement is not told of 0 in 0 sections.
            (open == 0 ? "**Needs attention**: every requirement is carried out; "
                : "**Needs attention**: \(open) \(plural(open, "requirement", "requirements")) not carried out (in \(sections) \(plural(sections, "section", "sections"))), ")
                + "\(fix) \(plural(fix, "divergence", "divergences")) to fix or explain.\n\n"
        },
        coverage: { "- Coverage: \($0) of \($1) national sections in full, \($2) in part, \($3) missing.\n" },
        toFix: { "- Divergences to fix or explain: \($0)\($1).\n" },
        notesLine: { "- Notes (the plan doing more than asked, leaving out a clause that narrows a requirement, or differing from one plan's unconfirmed wording): \($0)\($1).\n" },
        additionsLine: { "- Local additions: \($0) \(plural($0, "item", "items")) carrying out no national section.\n\n" },
        sectionsHeading: "## National sections\n\n",
        referenceSectionsHeading: "## The reference's sections\n\nNamed by year, part and order, with the reference's own numbering before the title, and the national sections each carries out where the bundled key points have its year.\n\n",
        sectionColumns: ["section", "title", "status", "items", "requirements not carried out"],
        itemAt: { "\($0) (line \($1))" },
        notBinding: { "(not binding at this plan's level: \($0))" },
        national: { " (national \($0))" },
        status: { $0.rawValue },
        missingBesideItems: "missing (its items carry out none of its requirements)",
        kind: { $0.rawValue },
        severity: { $0.rawValue },
        note: { $0.note },
        gapsHeading: "## Gaps\n\n",
        noGaps: "None: every requirement of every national section is carried out by some item.\n\n",
        gapHow: { s in s.status == .partial ? "in part" : s.items.isEmpty ? "no item" : "items aligned to it carry out none of its requirements" },
        carriedOutBy: { "Carried out by \($0); not carried out:\n\n" },
        nearestItem: { "Nearest item \($0) (line \($1))" },
        saidNowhere: "; said nowhere: ",
        membersNotWritten: "; the section's items do not name these members of its list: ",
        divergencesHeading: "## Divergences\n\nWhat to fix first (a misspelt term, a missing list member, a later or dropped time limit, then the rest), each item's divergences together at the place of its first.\n\n",
        noDivergences: "None to fix or explain.\n\n",
        notesHeading: "## Notes\n\nWhere the plan does more than the reference asks (earlier or added time limits, a hedge dropped), leaves out a clause of a sentence it copies that sets no firm duty (what the requirement covers is narrower), or differs from wording found in one plan only, not confirmed as the national text (a list, a word): worth knowing, nothing that must be fixed; a weakening or a list cut short among them still deserves a look.\n\n",
        findingHeading: findingHeading(around: ["### ", ". ", " (", "): ", ", line ", "\n\n"]),
        sectionLine: sectionLine(around: ["Section ", " ", ""], requirement: (", requirement ", ""), end: ".\n\n"),
        sentenceEnd: ".",
        planNoClause: "- Plan: no clause of the item comes close to it\n",
        plan: "- Plan: ",
        requirementOwnWords: "- Requirement (in this tool's words; the national wording is not on file): ",
        reference: "- Reference: ",
        diff: "- Diff (~~reference only~~ **plan only**): ",
        missing: "- Missing: ",
        added: "- Added: ",
        unitsHeading: { "### \($0). \($1) (\($2)): \($3) \(plural($3, "item", "items"))\($3 > 1 ? ", each counted as one difference" : "")\n\n" },
        unitsIntro: { "\($0); these carry out a national section and name none, in their text or beside it:\n\n" },
        unlistedUnits: { "\($0) more \(plural($0, "item names", "items name")) no unit and \(plural($0, "is", "are")) not listed: a local addition, or text that says who acts (「各部门要…」).\n\n" },
        itemLine: { "- \($0), line \($1): " },
        additionsHeading: "## Local additions\n\n",
        noAdditions: "None: every item carries out a national section.\n",
        additionsIntro: "Items that carry out no national section: the plan's own priorities.\n\n",
        additionColumns: ["item", "line", "text"],
        listSeparator: ", ",
        parens: { " (\($0))" },
        colon: ": ")

    static let chinese = CheckWords(
        title: { "# 政务公开工作要点检查：\(ReportLanguage.zh.planName($0))\n\n" },
        checkedAgainst: { "检查依据：\($0)。\($1)\n\n" },
        provenance: { p in
            let order = "2021-1-3 即第一部分第（三）条"
            switch p {
            case .derived:
                return "依据是本工具整理的国家要点：结构和各项要求取自国家要点，表述取自照搬国家文本的计划，并非国家文本原文。"
            case .national:
                return "依据是所给的国家要点文本；各条按年份、部分和顺序编号（\(order)）。"
            case let .plan(locality, level):
                return "依据是\(MarkdownText.escape(locality))\(level.map { "（\(ChineseTerms.level($0))）" } ?? "")计划，而非国家文本；各条按年份、部分和顺序编号（\(order)）。"
            case .text:
                return "依据是所给的文本；各条按年份、部分和顺序编号（\(order)）。"
            }
        },
        source: { "参考数据来源：\($0)。\n\n" },
        chineseSource: true,
        drawnFrom: "**注意**：参考表述部分取自本计划，凡沿用该表述之处必然一致：查出的差异确实存在，但未查出差异不能说明与国家原文一致。\n\n",
        coversNothing: "**注意**：本文件没有任何条目对应国家要点的任何一条。请确认这是政务公开工作要点，而不是报送函、报告等其他文件；如确是工作要点，可能是其版式未被正确读取（可用 `compare-tool parse` 查看）。\n\n",
        notRead: { "**\($0.kind == .truncated ? "可能不完整" : "未读取")**：第\($0.line)行：\(MarkdownText.escape(ChineseTerms.warning($0)))。\n\n" },
        numbering: { "**编号**：第\($0.line)行：\(MarkdownText.escape(ChineseTerms.warning($0)))；可能漏了或重复了一部分、一节，或编号有误。\n\n" },
        naming: "条目按计划自身的编号标注，外层在前（二、/（3） 即第二部分下的第（3）条），并注明其在文件中的起始行。\n\n",
        topicsHeading: "## 主题覆盖\n\n计划各条目涉及的主题（主题跨年度稳定，不随每年要点的结构变化）。\n\n",
        topicColumns: ["主题", "条目"],
        noItemSpeaksOf: { "\n没有条目涉及：\($0)。请核对当年要点是否有此要求。\n\n" },
        summaryHeading: "## 概要\n\n",
        nothingToFix: "**无需修改**：国家要点各条均已全部覆盖，没有需要修改的表述差异。\n\n",
        needsAttention: { open, sections, fix in
            (open == 0 ? "**需要处理**：各项要求均已落实，" : "**需要处理**：\(open)项要求未落实（涉及\(sections)条），") + "\(fix)处差异需修改或说明。\n\n"
        },
        coverage: { "- 覆盖：国家要点\($1)条中，已全部覆盖\($0)条，部分覆盖\($2)条，缺项\($3)条。\n" },
        toFix: { "- 需修改或说明的差异：\($0)处\($1)。\n" },
        notesLine: { "- 提示（计划要求高于参考文本，引用时删去了不设硬性义务的分句，或与仅出自一个计划的表述不同）：\($0)处\($1)。\n" },
        additionsLine: { "- 本地新增：\($0)个条目不对应国家要点任何一条。\n\n" },
        sectionsHeading: "## 国家要点各条\n\n",
        referenceSectionsHeading: "## 参考文本各条\n\n按年份、部分和顺序编号，标题前为参考文本自身的编号；内置要点有该年份时，注明各条对应的国家要点。\n\n",
        sectionColumns: ["编号", "国家要点标题", "覆盖情况", "对应条目", "未落实的要求"],
        itemAt: { "\($0)（第\($1)行）" },
        notBinding: { "（不适用于本级：\($0)）" },
        national: { "（国家要点 \($0)）" },
        status: { ChineseTerms.status($0) },
        missingBesideItems: "缺项（对应条目未落实其任何一项要求）",
        kind: { ChineseTerms.kind($0) },
        severity: { ChineseTerms.severity($0) },
        note: { ChineseTerms.note($0.message, onePlan: $0.quotesOnePlan) },
        gapsHeading: "## 未落实的要求\n\n",
        noGaps: "无：国家要点各条的每项要求都有条目落实。\n\n",
        gapHow: { s in s.status == .partial ? "部分覆盖" : s.items.isEmpty ? "无对应条目" : "对应条目未落实其任何一项要求" },
        carriedOutBy: { "对应条目：\($0)；未落实的要求：\n\n" },
        nearestItem: { "最相近的条目 \($0)（第\($1)行）" },
        saidNowhere: "；计划中未见以下表述：",
        membersNotWritten: "；本条各条目均未写入要求列举的：",
        divergencesHeading: "## 需修改或说明的差异\n\n按应优先修改的顺序排列（错别字、列举不全、完成时限推迟或删去，然后是其他），同一条目的差异集中列在其第一处。\n\n",
        noDivergences: "无需修改或说明的差异。\n\n",
        notesHeading: "## 提示\n\n计划要求高于参考文本（时限提前或新增、删去弱化词），引用时删去了不设硬性义务的分句（覆盖范围收窄），或与仅出自一个计划、未经国家文本确认的表述（列举、用词）不同：供参考，不要求修改；其中的表述弱化或列举不全仍值得一看。\n\n",
        findingHeading: findingHeading(around: ["### ", ". ", "（", "）：", "（第", "行）\n\n"]),
        sectionLine: sectionLine(around: ["对应国家要点 ", "「", "」"], requirement: ("第 ", " 项要求"), end: "。\n\n"),
        sentenceEnd: "。",
        planNoClause: "- 计划：该条目中无相近表述\n",
        plan: "- 计划：",
        requirementOwnWords: "- 要求（本工具概括，未收录国家原文表述）：",
        reference: "- 参考：",
        diff: "- 对比（~~仅参考有~~ **仅计划有**）：",
        missing: "- 缺少：",
        added: "- 增加：",
        unitsHeading: { "### \($0). \($1)（\($2)）：\($3)个条目\($3 > 1 ? "，每个条目计1处差异" : "")\n\n" },
        unitsIntro: { "\($0)；以下条目对应国家要点，但正文及括注中均未明确牵头或责任单位：\n\n" },
        unlistedUnits: { "另有\($0)个未明确单位的条目未列出：属本地新增，或正文已写明由谁负责（「各部门要…」）。\n\n" },
        itemLine: { "- \($0)（第\($1)行）：" },
        additionsHeading: "## 本地新增\n\n",
        noAdditions: "无：每个条目都对应国家要点的一条。\n",
        additionsIntro: "以下条目不对应国家要点任何一条，属本地自行部署的工作：\n\n",
        additionColumns: ["条目", "行号", "内容摘要"],
        listSeparator: "；",
        parens: { "（\($0)）" },
        colon: "：")
}

extension CheckWords {
    /// A section's status as its row in the sections table shows it.
    func status(of s: SectionStatus) -> String {
        s.status == .missing && !s.items.isEmpty ? missingBesideItems : status(s.status)
    }
}
