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
        classify(ScalarText.scalars(written))
    }

    static let endPrefixes = Lexicon.documentEndPrefixes.map { Array($0.unicodeScalars) }
    static let closingPrefixes = Lexicon.closingLinePrefixes.map { Array($0.unicodeScalars) }
    static let signatureEnds = Lexicon.signatureSuffixes.map { Array($0.unicodeScalars) }
    static let printEnds = ["日印发", "日印", "日发布"].map { Array($0.unicodeScalars) }

    /// `classify` on a line already decoded (the parser's segments carry their scalars).
    static func classify(_ written: [Unicode.Scalar]) -> Kind? {
        let text = Canonical.scalars(written)
        for p in endPrefixes where text.starts(with: p) { return .end }
        for p in closingPrefixes where text.starts(with: p) { return .skip }
        let hasDate = containsDate(text)
        // A print line ("…办公厅 2018年7月13日印发"): short, no clause punctuation, the date at its end.
        if hasDate && text.count <= 40 && printEnds.contains(where: { ScalarText.hasSuffix(text[...], $0) })
            && !text.contains(where: { isClausePunct($0, colon: false) })
        {
            return .end
        }
        if hasDate && isDateOnly(text) { return .skip }
        if text.count <= 30, !text.contains(where: { isClausePunct($0, colon: true) }) {
            for s in signatureEnds where ScalarText.hasSuffix(text[...], s) { return .skip }
        }
        return nil
    }

    static let attachment = Array("附件".unicodeScalars)

    /// Whether a closing line opens the plan's annexes (「附件」, 「附件：…」, 「附件1」).
    static func opensAttachment(_ written: [Unicode.Scalar]) -> Bool {
        Canonical.scalars(written).starts(with: attachment)
    }

    /// ，。；、 (and ： when `colon`): a line holding one is a sentence, not a print or signature line.
    @inline(__always)
    static func isClausePunct(_ c: Unicode.Scalar, colon: Bool) -> Bool {
        c == "，" || c == "。" || c == "；" || c == "、" || colon && c == "："
    }

    /// "2018年7月12日", "二〇二一年七月三十日": digits or numerals, then 年, 月 after it, 日 after that.
    static func containsDate(_ s: [Unicode.Scalar]) -> Bool {
        guard let y = s.firstIndex(of: "年"), let m = s[(y + 1)...].firstIndex(of: "月") else { return false }
        return s[(m + 1)...].contains("日")
    }

    static func isDateOnly(_ s: [Unicode.Scalar]) -> Bool {
        s.count <= 14 && s.allSatisfy { CJK.isASCIIDigit($0) || ChineseNumeral.isNumeralScalar($0) || $0 == "年" || $0 == "月" || $0 == "日" }
    }
}
