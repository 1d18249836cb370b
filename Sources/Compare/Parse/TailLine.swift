/// Lines that close an official document rather than ask for anything: attachments list,
/// distribution, disclosure attribute, signature and print date.
///
/// Why they matter: appended to the last item they would give it text (and units) it does not have.
enum TailLine {
    enum Kind {
        /// Skip this line, keep reading (an attachment may follow).
        case skip
        /// The document proper has ended (抄送, the print line).
        case end
    }


    static func classify(_ written: String) -> Kind? {
        let text = Canonical.text(written)
        for p in Lexicon.documentEndPrefixes where ScalarText.hasPrefix(text, p) { return .end }
        for p in Lexicon.closingLinePrefixes where ScalarText.hasPrefix(text, p) { return .skip }
        let scalars = text.unicodeScalars
        let hasDate = containsDate(text)
        // A print line ("…办公厅 2018年7月13日印发"): short, no clause punctuation, the date at its end.
        if hasDate && scalars.count <= 40 && (ScalarText.hasSuffix(text, "日印发") || ScalarText.hasSuffix(text, "日印") || ScalarText.hasSuffix(text, "日发布"))
            && !scalars.contains(where: { "，。；、".unicodeScalars.contains($0) })
        {
            return .end
        }
        if hasDate && isDateOnly(scalars) { return .skip }
        if scalars.count <= 30, !scalars.contains(where: { "，。；：、".unicodeScalars.contains($0) }) {
            for s in Lexicon.signatureSuffixes where ScalarText.hasSuffix(text, s) { return .skip }
        }
        return nil
    }

    /// "2018年7月12日", "二〇二一年七月三十日": digits or numerals, 年, 月, 日.
    static func containsDate(_ text: String) -> Bool {
        ScalarText.containsInOrder(text, ["年", "月", "日"])
    }

    static func isDateOnly(_ s: String.UnicodeScalarView) -> Bool {
        s.count <= 14 && s.allSatisfy { CJK.isASCIIDigit($0) || ChineseNumeral.isNumeralScalar($0) || "年月日".unicodeScalars.contains($0) }
    }
}
