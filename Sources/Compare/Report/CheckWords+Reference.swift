/// The check's words where the reference is a text given to it (an upper-level plan, a national
/// text with its own numbering), not the bundled national key points: its sections are the
/// reference's, and a report that said 「国家要点16条」 and 「不对应国家要点任何一条」 of a county
/// checked against its prefecture's plan misled its reader (a researcher's trial).
extension CheckWords {
    /// The words of `language` for `reference`: the bundled points' as they are; a given text's,
    /// where it has sections of its own numbering (`ReferenceSection.numbering`), named as the
    /// reference text.
    static func of(_ language: ReportLanguage, about reference: Reference) -> CheckWords {
        var w = of(language)
        // A check against another locality's plan says so in its title: the plan's own check has
        // the same file name (a researcher's trial read two pages of one title).
        if case let .plan(locality, _) = reference.provenance {
            let base = w.title
            let against = language == .zh ? "（对照\(MarkdownText.escape(locality))计划）" : " (against the plan of \(MarkdownText.escape(locality)))"
            w.title = { plan in base(plan + against) }
        }
        guard reference.hasOwnNumbering else { return w }
        if language == .zh {
            w.nothingToFix = "**无需修改**：参考文本各条均已全部覆盖，没有需要修改的表述差异。\n\n"
            w.coverage = { "- 覆盖：参考文本\($1)条中，已全部覆盖\($0)条，部分覆盖\($2)条，缺项\($3)条。\n" }
            w.additionsLine = { "- 本地新增：\($0)个条目不对应参考文本任何一条。\n\n" }
            w.sectionColumns = ["编号", "参考文本标题", "覆盖情况", "对应条目", "未落实的要求"]
            w.noGaps = "无：参考文本各条的每项要求都有条目落实。\n\n"
            w.sectionLine = CheckWords.sectionLine(around: ["对应参考文本 ", "「", "」"], requirement: ("第 ", " 项要求"), end: "。\n\n")
            w.unitsIntro = { "\($0)；以下条目对应参考文本，但正文及括注中均未明确牵头或责任单位：\n\n" }
            w.noAdditions = "无：每个条目都对应参考文本的一条。\n"
            w.additionsIntro = "以下条目不对应参考文本任何一条，属本地自行部署的工作：\n\n"
            w.noItemSpeaksOf = { "\n没有条目涉及：\($0)。请核对参考文本是否有此要求。\n\n" }
            // A given text has no wording found in one plan only (`Requirement.onePlanWording`
            // comes from the bundled taxonomy): its notes are the plan doing more or saying less.
            w.notesHeading = "## 提示\n\n计划要求高于参考文本（时限提前或新增、删去弱化词），或引用时删去了不设硬性义务的分句（覆盖范围收窄）：供参考，不要求修改；其中的表述弱化或列举不全仍值得一看。\n\n"
        } else {
            w.nothingToFix = "**Nothing to fix**: every section of the reference is covered in full and no divergence needs a fix.\n\n"
            w.coverage = { "- Coverage: \($0) of the reference's \($1) sections in full, \($2) in part, \($3) missing.\n" }
            w.additionsLine = { "- Local additions: \($0) \(CheckWords.plural($0, "item", "items")) carrying out no section of the reference.\n\n" }
            w.noGaps = "None: every requirement of every section of the reference is carried out by some item.\n\n"
            w.unitsIntro = { "\($0); these carry out a section of the reference and name none, in their text or beside it:\n\n" }
            w.noAdditions = "None: every item carries out a section of the reference.\n"
            w.additionsIntro = "Items that carry out no section of the reference: the plan's own priorities.\n\n"
            w.noItemSpeaksOf = { "\nNo item speaks of: \($0). Check whether the reference asks for them.\n\n" }
            w.notesHeading = "## Notes\n\nWhere the plan does more than the reference asks (earlier or added time limits, a hedge dropped), or leaves out a clause of a sentence it copies that sets no firm duty (what the requirement covers is narrower): worth knowing, nothing that must be fixed; a weakening or a list cut short among them still deserves a look.\n\n"
        }
        return w
    }
}
