/// Word lists the stages share. Kept in one place, as data, so that a rule reads the same in
/// Ingest (which must not glue these lines to others) and Parse (which must not read them as tasks).
public enum Lexicon {
    /// Lines that end an official document: distribution, the print line.
    /// (「版权所有」 and 「网站标识码」 open a government site's footer: a page saved with it holds
    /// nothing of the plan after them.)
    public static let documentEndPrefixes = ["抄送", "抄报", "主送：", "版权所有", "网站标识码"]
    /// Closing lines that name an attachment or a disclosure attribute.
    public static let closingLinePrefixes = ["附件", "公开方式", "公开属性", "信息公开选项", "主题词", "（此件", "联系人：", "联系电话："]
    /// How a print line (「…办公室　2021年4月2日印发」) ends.
    public static let printLineSuffixes = ["日印发", "日印", "日发布"]
    /// How a signature line (the issuing office) ends.
    public static let signatureSuffixes = ["办公室", "办公厅", "人民政府", "委员会", "领导小组", "管委会", "办事处", "政务公开办"]

    /// True when a (canonical) line opens a closing or end-of-document line.
    public static func opensClosingLine(_ canonical: String) -> Bool {
        documentEndPrefixes.contains(where: canonical.hasPrefix) || closingLinePrefixes.contains(where: canonical.hasPrefix)
    }

    /// `opensClosingLine` of the line with these scalars. Where the scalars a prefix could reach,
    /// and the one after, each stand alone (`ScalarText.standsAlone`: no compatibility ideograph
    /// equal to another, no combining mark joining the last), a prefix of characters is a prefix of
    /// scalars; any other line is asked as a string. Reflow asks it of every line.
    static func opensClosingLine(scalars: [Unicode.Scalar]) -> Bool {
        guard scalars.prefix(longestClosingPrefix + 1).allSatisfy({ ScalarText.standsAlone($0.value) }) else {
            return opensClosingLine(ScalarText.string(scalars))
        }
        return closingPrefixScalars.contains { scalars.starts(with: $0) }
    }

    /// Labels a note opens with, before its colon (「注：」, 「备注：」, 「注1：」): a note explains the
    /// plan and asks nothing, so Ingest keeps it off the line above and Parse out of every task.
    public static let noteLabels = ["注", "备注", "附注", "说明"]

    /// Where a note's words start on a (canonical) line that opens with a note's label and its
    /// colon (an ordinal after the label allowed: 「注1：」, 「注①：」); nil for any other line, as
    /// 「注重…」 or 「说明会…」.
    static func noteWordsStart(_ text: [Unicode.Scalar]) -> Int? {
        var i = 0
        while i < text.count, CJK.isSpace(text[i]) { i += 1 }
        guard let label = noteLabelScalars.first(where: { text[i...].starts(with: $0) }) else { return nil }
        i += label.count
        while i < text.count, ScalarText.digit(text[i]) != nil || (0x2460...0x2473).contains(text[i].value) { i += 1 }
        while i < text.count, CJK.isSpace(text[i]) { i += 1 }
        guard i < text.count, text[i] == "：" || text[i] == ":" else { return nil }
        return i + 1
    }

    /// Whether the line with these scalars opens a note (`noteWordsStart`); most lines are told
    /// by their first scalar, which opens no label.
    static func opensNote(scalars: [Unicode.Scalar]) -> Bool {
        mayOpenNote(scalars) && noteWordsStart(Canonical.scalars(scalars)) != nil
    }

    /// False when the line's first scalar opens no note's label (nearly every line): asked before
    /// the line is spelt canonically.
    static func mayOpenNote(_ scalars: [Unicode.Scalar]) -> Bool {
        guard let first = scalars.first(where: { !CJK.isSpace($0) }) else { return false }
        return first == "注" || first == "备" || first == "附" || first == "说" || !ScalarText.standsAlone(first.value)
    }

    /// The fields a government site prints above a document it publishes (its 信息公开目录 entry:
    /// 「索引号：…」, 「发布机构：…」, 「标　　题：…」), often as a table of label and value cells.
    public static let siteFieldLabels: Set<String> = [
        "索引号", "主题分类", "体裁分类", "组配分类", "服务对象", "分类", "发布机构", "发文机关", "成文日期", "发布日期",
        "生效日期", "废止日期", "标题", "名称", "文号", "发文字号", "主题词", "有效性", "信息来源", "公开方式", "公开范围",
    ]

    /// Whether a line opens with a site's field label and its colon (spaces inside the label, as
    /// 「标　　题：」 is set, looked through): its tabs set a label apart from its value, not a table's
    /// cells, and read as cells the fields were a table that opened the plan's body.
    /// Whether a line opens as an item of a list written without numbers: 「一是…」, 「第二，…」,
    /// 「第三、…」, a bullet (●■◆▲★•·○◎□) or a dash (——, －).
    static func opensListLead(_ scalars: [Unicode.Scalar]) -> Bool {
        guard let first = scalars.first(where: { !CJK.isSpace($0) }), let i = scalars.firstIndex(of: first) else { return false }
        if "●■◆▲★•·○◎□—―─－-".unicodeScalars.contains(first) { return true }
        var k = first == "第" ? i + 1 : i
        let start = k
        while k < scalars.count, ChineseNumeral.isNumeralScalar(scalars[k]), k - start < 3 { k += 1 }
        guard k > start, k < scalars.count else { return false }
        guard k + 1 < scalars.count else { return false }
        return first == "第" ? scalars[k] == "，" || scalars[k] == "、" || scalars[k] == "是" : scalars[k] == "是"
    }

    static func opensSiteField(_ scalars: [Unicode.Scalar]) -> Bool {
        var label: [Unicode.Scalar] = []
        for c in scalars.prefix(16) {
            if c == "：" || c == ":" { return siteFieldLabels.contains(ScalarText.string(label)) }
            if CJK.isSpace(c) || c == "\t" { continue }
            guard CJK.isIdeograph(c), label.count < 6 else { return false }
            label.append(c)
        }
        return false
    }

    private static let noteLabelScalars = noteLabels.map { Array($0.unicodeScalars) }

    private static let closingPrefixScalars = (documentEndPrefixes + closingLinePrefixes).map { Array($0.unicodeScalars) }
    private static let longestClosingPrefix = closingPrefixScalars.map(\.count).max() ?? 0
}
