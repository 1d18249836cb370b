/// The words of a 政务公开 office for what the check finds: 覆盖, 缺项, 表述差异, 责任单位, 完成时限.
///
/// Why one place: the same finding is named in the check, the comparison and the index; an
/// office reading two reports must meet one term for one thing.
enum ChineseTerms {
    static func kind(_ k: Finding.Kind) -> String {
        switch k {
        case .listOmission: return "列举不全"
        case .deadlineChange: return "完成时限变化"
        case .weakened: return "表述弱化"
        case .strengthened: return "表述加强"
        case .typo: return "错别字"
        case .unitMissing: return "缺少责任单位"
        case .scopeChange: return "表述差异"
        case .beyondLevel: return "超出本级职权"
        }
    }

    static func severity(_ s: Finding.Severity) -> String {
        switch s {
        case .warning: return "需修改或说明"
        case .info: return "提示"
        }
    }

    /// A plan's mark in a comparison's cell, in the words its check gives a section's status
    /// (`status`): the CSV and the Markdown comparison said 全部落实 / 均未落实 where the web page
    /// and every check said 已覆盖 / 缺项, for the same cell (a researcher's trial).
    static func mark(_ m: MatrixCell.Mark) -> String {
        switch m {
        case .covered: return status(.covered)
        case .partial: return status(.partial)
        case .missing: return status(.missing)
        case .absent: return "不适用"
        }
    }

    static func status(_ s: SectionStatus.Status) -> String {
        switch s {
        case .covered: return "已覆盖"
        case .partial: return "部分覆盖"
        case .missing: return "缺项"
        case .notApplicable: return "不适用于本级"
        }
    }

    static func evidence(_ e: UpperLevelPairs.Evidence) -> String {
        switch e {
        case .citesNumber: return "引用了其文号"
        case .citesTitle: return "引用了其标题"
        case .issuerNamesIt: return "发文机关或标题中写明"
        case .sameProvince: return "同一省级行政区"
        }
    }

    static func level(_ l: Metadata.Level) -> String {
        switch l {
        case .province: return "省级"
        case .prefecture: return "地市级"
        case .county: return "县级"
        case .zone: return "开发区"
        }
    }

    /// A parse warning in Chinese, without the line (the caller places it); the English message
    /// where a kind carries nothing to word it from.
    static func warning(_ w: ParseWarning) -> String {
        switch (w.kind, w.numbers.count) {
        case (.attachmentMissing, _):
            return "计划提到附件「\(w.subject ?? "")」，但文件中没有该附件：其中分配的任务、责任单位和完成时限均未读取；请把附件加入文件，或另行检查"
        case (.truncated, _): return "正文在句子中间结束，文件可能不完整"
        case (.noTitle, _): return "未找到计划标题"
        case (.numberingSkip, 2): return "编号从\(w.numbers[0])跳到\(w.numbers[1])"
        case (.numberingRestart, 1): return "编号\(w.numbers[0])重复"
        case (.numberingRestart, 2): return "编号从\(w.numbers[0])退回到\(w.numbers[1])"
        default: return w.message
        }
    }

    static func quoted(_ words: [String]) -> String { words.map { "「\($0)」" }.joined(separator: "、") }

    /// A finding's note in Chinese; `onePlan`: the reference wording quoted is one plan's.
    /// `showsReference`: the report shows the reference wording beside the note (the check does; a
    /// comparison shows the consensus instead), so the note may point at it.
    static func note(_ n: FindingNote, onePlan: Bool = false, showsReference: Bool = true) -> String {
        note(n, showsReference: showsReference) + (onePlan ? "（所引参考表述只出自一个计划，未经国家文本确认）" : "")
    }

    static func note(_ n: FindingNote, showsReference: Bool = true) -> String {
        let see = showsReference ? "（见“参考”）" : ""
        switch n {
        case let .clausesLeftOut(r, name, clauses):
            return showsReference ? "沿用了\(r)「\(name)」的表述\(see)，但删去了\(quoted(clauses))，计划其他部分亦未体现" : "与\(r)「\(name)」的参考表述相比，删去了\(quoted(clauses))，计划其他部分亦未体现"
        case let .listSentenceLeftOut(members):
            return "要求列举的\(members)项均未写入：含有该列举的句子被整句略去"
        case let .sentenceLeftOut(r, name):
            return showsReference ? "落实了\(r)「\(name)」，但未写入其中下列一句\(see)，计划其他部分亦未体现" : "落实了\(r)「\(name)」，但未写入其参考表述中的一句（见该计划的检查报告），计划其他部分亦未体现"
        case let .wordingSaidNowhere(r, name):
            return "没有条目落实\(r)「\(name)」：计划中没有出现其表述"
        case let .wordsSaidNowhere(r, name, words, inside, gap):
            let said = inside.isEmpty ? "" : "（仅在\(quoted(inside))之中出现）"
            return gap ? "没有条目落实\(r)「\(name)」：计划中未出现\(quoted(words))\(said)" : "计划中未出现\(r)「\(name)」要求的\(quoted(words))\(said)"
        case let .deadlineDropped(r, asked):
            return "删去了\(r)的完成时限「\(asked)」"
        case let .deadlineLater(r, written, asked):
            return "完成时限推迟：计划为「\(written)」，\(r)要求「\(asked)」"
        case let .deadlineEarlier(r, written, asked):
            return "完成时限提前：计划为「\(written)」，\(r)要求「\(asked)」"
        case let .deadlinePastYear(written, year):
            return "「\(written.joined(separator: "、"))」超出本计划所在年度（\(year)年）：请核对日期，或说明任务为何延续"
        case let .deadlineAdded(written):
            return "设定了完成时限「\(written.joined(separator: "、"))」，参考文本未设时限"
        case let .beyondLevel(r, name, levels, level):
            return "承担了\(r)「\(name)」，该项仅适用于\(levels.map(Self.level).joined(separator: "、"))，本计划为\(Self.level(level))计划：请核实本级是否承担此项职责，或说明所指"
        case let .memberMistyped(written, required):
            return "「\(written)」疑为「\(required)」之误"
        case let .memberReplaced(required, written):
            return "「\(required)」改为「\(written)」"
        case let .ownMembers(added, instead):
            return "列举了本地的\(added.joined(separator: "、"))，参考文本列举的是\(instead.joined(separator: "、"))"
        case let .membersMissing(missing, count):
            return missing.count == count
                ? "要求列举的\(count)项均未写入"
                : "要求列举的\(count)项缺\(missing.count)项：\(missing.joined(separator: "、"))"
        case let .membersNoLongerSaid(lost, count):
            return "原列举的\(count)项中有\(lost.count)项不再写入：\(lost.joined(separator: "、"))"
        case let .typo(written, right):
            return "「\(written)」应为「\(right)」"
        case let .unitsMissing(named, items):
            return "未明确牵头或责任单位，而本计划\(items)个条目中有\(named)个已明确"
        case let .narrower(wide, narrow):
            return "「\(wide)」改为「\(narrow)」：要求适用的范围变窄"
        case let .replaced(strong, weak):
            return "「\(strong)」改为「\(weak)」"
        case let .addsDeferral(run, word):
            return "增加了「\(run)」：用「\(word)」后，本级由承担该项任务变为协助落实"
        case let .addsHedge(word):
            return "增加了弱化词「\(word)」"
        case let .dropsFirm(word):
            return "删去了「\(word)」"
        case let .dropsHedge(word):
            return "删去了弱化词「\(word)」"
        }
    }
}
