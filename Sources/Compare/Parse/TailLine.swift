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
    static let printEnds = Lexicon.printLineSuffixes.map { Array($0.unicodeScalars) }

    /// `classify` on a line already decoded (the parser's segments carry their scalars).
    static func classify(_ written: [Unicode.Scalar]) -> Kind? {
        let text = Canonical.scalars(written)
        for p in endPrefixes where text.starts(with: p) { return .end }
        for p in closingPrefixes where text.starts(with: p) {
            // A sentence that opens with 附件 (「附件所列各项任务，各单位要逐项落实。」) is the plan's text.
            if p == attachment, !isAttachmentLine(text) { break }
            return .skip
        }
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

    /// Whether a line opens the plan's annexes: 「附件」 alone, or followed by its colon, its number
    /// (「附件1」「附件一」) or a space, not by a sentence's words (「附件所列…」).
    static func opensAttachment(_ written: [Unicode.Scalar]) -> Bool {
        let text = Canonical.scalars(written)
        return text.starts(with: attachment) && isAttachmentLine(text)
    }

    /// After a 附件 line listing its annexes by number (「附件：1.重点任务分工表」, 「附件：1.A 2.B」):
    /// the number the list's next line would have; nil when the line lists none.
    static func annexListNext(_ written: [Unicode.Scalar]) -> Int? {
        let text = String(String.UnicodeScalarView(Canonical.scalars(written).dropFirst(attachment.count)))
        let list = text.drop { $0 == "：" || $0 == ":" || $0.isWhitespace }
        guard ["1.", "1、", "1．"].contains(where: list.hasPrefix) else { return nil }
        var next = 2
        while next < 100, ["\(next).", "\(next)、", "\(next)．"].contains(where: list.contains) { next += 1 }
        return next
    }

    /// `annexListNext`, or 1 after a 附件 line ending in its colon (the list's first number in the
    /// segment after it: 「附件：」 split from 「1．…」); nil after 「附件1」, whose next numbered
    /// line is the annex's own.
    static func annexListStart(_ written: [Unicode.Scalar]) -> Int? {
        if let next = annexListNext(written) { return next }
        guard let last = written.last(where: { !CJK.isSpace($0) }) else { return nil }
        return last == "：" || last == ":" ? 1 : nil
    }

    /// Whether a numbered line continues a list of annexes whose next number is `next`: that number,
    /// an item's, on a line that reads as a title (an annex's name).
    static func continuesAnnexList(_ numbering: Numbering, text: String, next: Int?) -> Bool {
        guard let next else { return false }
        return numbering.family.isArabicItem && numbering.value == next && NodeFinisher.isHeadingLine(text)
    }

    /// `opensAttachment` of a canonical line that starts with 附件.
    static func isAttachmentLine(_ text: [Unicode.Scalar]) -> Bool {
        guard text.count > attachment.count else { return true }
        let next = text[attachment.count]
        return next == "：" || next == ":" || CJK.isSpace(next) || ScalarText.digit(next) != nil || ChineseNumeral.isNumeralScalar(next)
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

    /// Where the plan's body starts when a notice's own numbered points came first (「现将…印发给你们，
    /// 并提出以下要求：一、…二、…」, its signature and date, then the plan's title and its 一、): the
    /// first numbered line after the plan's title standing alone on a line after a signature or a
    /// date. The notice's points were read as the plan's first parts, and the title as their words.
    /// Nil when there is no such title line (most plans: the body is the first numbered line's).
    static func planAfterNotice(_ segments: [PlanParser.Segment], from start: Int, title: String?) -> Int? {
        guard let title, !title.isEmpty, start < segments.count else { return nil }
        // The title line first (most plans have none after their first numbered line), then a
        // signature or date before it.
        let end = min(segments.count, start + 60)
        guard let k = (start..<end).first(where: { segments[$0].marker == nil && segments[$0].text.trimmingSpaces == title }),
              !segments[start..<k].contains(where: { $0.cells != nil }),
              segments[start..<k].contains(where: { $0.marker == nil && classify($0.scalars) == .skip }),
              // A notice names what it issues (「现将《…》印发给你们」): lines that do not are the plan's.
              segments[..<k].contains(where: { $0.text.contains("《" + title + "》") }) else { return nil }
        return ((k + 1)..<segments.count).first { segments[$0].marker != nil || segments[$0].cells != nil }
    }
}
