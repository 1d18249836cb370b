/// A header line read as a short sequence of header elements, and what the opening as a whole says.
extension MetadataExtractor {
    enum Element {
        case draft
        case number(String, year: Int)
        case redHeader(String)
        case notice(issuer: String?, subject: String?, draft: Bool)
        case date(CalendarDate, org: String?)
        case title(String, draft: Bool, annex: Bool = false)
    }

    struct Tokens {
        var elements: [Element] = []
        /// The whole (joined) text was read as header elements.
        var complete = false

        var hasAnchor: Bool {
            elements.contains {
                switch $0 {
                case .title, .notice, .redHeader: return true
                default: return false
                }
            }
        }
        var titleText: String? {
            for e in elements { if case .title(let t, _, _) = e { return t } }
            return nil
        }
    }

    /// Reads line `i`, joining it with up to three following short lines when it holds no element on
    /// its own but the join reads completely (a wrapped title or notice, "X" + "文  件").
    static func read(_ texts: [Scalars], at i: Int, limit: Int) -> LineRead {
        let a = texts[i]
        let single = tokenize(a)
        if single.complete, single.elements.count == 1, let t = single.titleText, i + 1 < limit,
            isShortPlain(texts[i + 1])
        {
            // A title whose second line is also title text ("…工作要点" / "分工方案").
            let joined = tokenize(a + texts[i + 1])
            if joined.complete, let jt = joined.titleText, jt.unicodeScalars.count > t.unicodeScalars.count {
                return LineRead(tokens: joined, lineCount: 2)
            }
        }
        if !single.elements.isEmpty || !isShortPlain(a) { return LineRead(tokens: single, lineCount: 1) }
        var joined = a
        var k = 1
        while k <= 3, i + k < limit, isShortPlain(texts[i + k]) {
            // A line that is a whole element by itself is not the tail of this one: an organ's name
            // above a title stays out of the title.
            let alone = tokenize(texts[i + k])
            if alone.complete, alone.hasAnchor { break }
            joined += texts[i + k]
            let t = tokenize(joined)
            if t.complete, t.hasAnchor || t.elements.contains(where: { if case .date = $0 { return true } else { return false } }) {
                return LineRead(tokens: t, lineCount: k + 1)
            }
            k += 1
        }
        return LineRead(tokens: single, lineCount: 1)
    }

    static func tokenize(_ a: Scalars) -> Tokens {
        var t = Tokens()
        var pos = 0
        for label in W.titleLabels where ScalarText.has(a, label, at: 0) {
            pos = label.count
            break
        }
        while pos < a.count {
            if let e = draftMarker(a, at: pos) {
                t.elements.append(.draft)
                pos = e
                continue
            }
            if let red = redHeader(a, at: pos) {
                t.elements.append(.redHeader(red.value))
                pos = red.end
                continue
            }
            if let number = headerNumber(a, at: pos) {
                t.elements.append(.number(number.value.text, year: number.value.year))
                pos = number.end
                if ScalarText.has(a, W.signer, at: pos) { pos = a.count }  // "签发人：…" ends the line
                continue
            }
            if let n = notice(a, at: pos) {
                t.elements.append(.notice(issuer: n.issuer, subject: n.subject, draft: n.draft))
                if let number = n.trailer.number { t.elements.append(.number(number.text, year: number.year)) }
                if n.trailer.draft { t.elements.append(.draft) }
                pos = n.trailer.end
                if pos < a.count {
                    // A flattened opening: skip addressee and notice body to the signature date.
                    guard let s = flattenedSignature(a, from: pos) else { break }
                    t.elements.append(.date(s.date, org: s.org))
                    pos = s.end
                }
                continue
            }
            if let s = signatureDate(a, at: pos) {
                t.elements.append(.date(s.date, org: s.org))
                pos = s.end
                continue
            }
            if let title = planTitle(a, at: pos) {
                t.elements.append(.title(title.text, draft: title.draft, annex: title.annex))
                pos = title.end
                continue
            }
            break
        }
        t.complete = pos >= a.count
        return t
    }

    struct State {
        var title: TitleAt?
        var embeddedTitle: TitleAt?
        var notice: Subject?
        var noticeIssuer: String?
        var redIssuer: String?
        var number: String?
        var numberYear: Int?
        var signature: DateOfIssue?
        var markerDraft = false

        mutating func apply(_ t: Tokens, firstLine i: Int, lineCount: Int, tokens: [Tokens?], texts: [Scalars]) {
            guard !t.elements.isEmpty else { return }
            // A line only partly read is trusted only when it holds a title, notice or red header
            // (a flattened opening); otherwise "国办发〔2021〕12号文件指出…" would pass for the
            // plan's own number.
            if !t.complete, !t.hasAnchor { return }
            for (k, e) in t.elements.enumerated() {
                switch e {
                case .draft:
                    markerDraft = true
                case .number(let n, let y):
                    if number == nil {
                        number = n
                        numberYear = y
                        // A red header whose 文件 was lost (an image, a dropped line): the organ
                        // on the line right above the number.
                        if redIssuer == nil, k == 0, i > 0, let prev = tokens[i - 1], prev.elements.isEmpty,
                            MetadataExtractor.isOrganization(texts[i - 1][...])
                        {
                            redIssuer = ScalarText.string(texts[i - 1])
                        }
                    }
                case .redHeader(let x):
                    if redIssuer == nil { redIssuer = x }
                case .notice(let issuer, let subject, let draft):
                    if notice == nil {
                        notice = Subject(text: subject, draft: draft)
                        noticeIssuer = issuer
                    }
                case .date(let d, let org):
                    if signature == nil {
                        var o = org
                        if o == nil, k == 0, i > 0, let prev = tokens[i - 1], prev.elements.isEmpty,
                            MetadataExtractor.isOrganization(texts[i - 1][...])
                        {
                            o = ScalarText.string(texts[i - 1])
                        }
                        signature = DateOfIssue(date: d, org: o)
                    }
                case .title(let text, let draft, let annex):
                    let line = i + lineCount - 1
                    if t.complete {
                        // A notice's 「附件：…分工表」 names an annex: the plan's own title line
                        // after it is the title (a file that is the annex alone keeps its name).
                        if title == nil || title?.annex == true && !annex { title = TitleAt(text: text, line: line, draft: draft, annex: annex) }
                    } else if embeddedTitle == nil {
                        embeddedTitle = TitleAt(text: text, line: i, draft: draft)
                    }
                }
            }
        }
    }
}
