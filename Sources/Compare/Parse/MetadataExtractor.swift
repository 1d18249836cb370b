/// Reads what a plan says about itself from its opening: title, place, year, number, issuer, date.
///
/// How: each header line is read as a short sequence of header elements, the way official
/// documents lay them out (GB/T 9704): red header "X文件", document number, notice title
/// "X关于印发Y的通知", signature and date, the plan's own title, a draft marker. A line that is
/// not such a sequence (addressee, notice body, preamble) contributes nothing. Lines too short to
/// hold a whole element are tried joined with the next few, because titles wrap. A document
/// flattened onto one line is the same sequence without line breaks, so the same reader walks it,
/// skipping the notice body up to the signature date.
///
/// Why no regular expressions: the extractor runs on tens of thousands of plans; each element is
/// recognised from bounded look-ahead on scalars, and only header lines are read.
public enum MetadataExtractor {
    typealias Scalars = [Unicode.Scalar]

    /// `lines`: the document's cleaned logical lines (blank lines already dropped). `bodyStart`: index in
    /// `lines` of the first structural line (first numbered part/section/item or table row), or lines.count.
    /// Returns the metadata and the index of the line holding the plan's own title (nil if none found),
    /// so the parser knows where the preamble begins.
    ///
    /// `titleLine` is the last line holding title text when the title wraps; a draft-marker line
    /// such as "（征求意见稿）" may follow it. It is nil when the title is only known from the notice
    /// (关于印发X的通知) because the opening was cut off before the plan itself.
    ///
    /// `scalars`, when given, are the lines' texts decoded (as the parser holds them), so that
    /// nothing here decodes a line again.
    public static func extract(lines: [SourceLine], bodyStart: Int, scalars: [[Unicode.Scalar]]? = nil) -> Reading {
        let decoded = scalars?.count == lines.count ? scalars : nil
        let headerEnd = min(max(bodyStart, 0), lines.count)
        // Flattened files: the whole plan may sit in the first line or two of the "body".
        let scanEnd = min(lines.count, headerEnd + 2)
        var texts: [Scalars] = []
        texts.reserveCapacity(scanEnd)
        for k in 0..<scanEnd { texts.append(normalize(decoded?[k] ?? ScalarText.scalars(lines[k].text))) }

        var state = State()
        var tokens: [Tokens?] = Array(repeating: nil, count: scanEnd)
        var i = 0
        while i < scanEnd {
            if i >= headerEnd, state.title != nil || state.embeddedTitle != nil { break }
            let limit = i < headerEnd ? headerEnd : scanEnd
            let line = read(texts, at: i, limit: limit)
            tokens[i] = line.tokens
            state.apply(line.tokens, firstLine: i, lineCount: line.lineCount, tokens: tokens, texts: texts)
            i += line.lineCount
        }

        var meta = Metadata()
        var titleLine: Int?
        var titleDraft = false
        if let t = state.title {
            meta.title = t.text
            titleLine = t.line
            titleDraft = t.draft
        } else if let t = state.embeddedTitle {
            meta.title = t.text
            titleLine = t.line
            titleDraft = t.draft
        } else if let subject = state.notice?.text {
            meta.title = subject
        } else if let quoted = quotedPlanTitle(texts, upTo: headerEnd) {
            meta.title = quoted
        }
        meta.draft = titleDraft || state.markerDraft || (state.notice?.draft ?? false)
        meta.documentNumber = state.number

        let labeled = labeledFields(texts, upTo: headerEnd)
        if meta.documentNumber == nil, let n = labeled.number {
            meta.documentNumber = n.text
            state.numberYear = n.year
        }
        var issuer = state.redIssuer ?? labeled.issuer ?? state.noticeIssuer ?? state.signature?.org
        var date = state.signature?.date ?? labeled.date
        if date == nil {
            let tail = trailingDate(lines, from: headerEnd, scalars: decoded)
            date = tail.date
            if issuer == nil { issuer = tail.org }
        }
        meta.issuer = issuer
        meta.date = date

        let titleScalars = meta.title.map { Array($0.unicodeScalars) } ?? []
        var place = titlePlace(titleScalars)
        if let iss = issuer, let issuerPlace = adminChain(ScalarText.scalars(iss)) {
            if let p = place {
                if prefersIssuerPlace(title: ScalarText.scalars(p), issuer: ScalarText.scalars(issuerPlace)) {
                    place = issuerPlace
                }
            } else {
                place = issuerPlace
            }
        }
        meta.locality = place
        if let p = place { meta.level = level(of: ScalarText.scalars(p), header: texts.prefix(headerEnd)) }

        meta.year = ScalarText.firstYear(in: titleScalars) ?? state.numberYear ?? date?.year

        // The whole text, each line followed by a break, for the two readers of the whole text.
        var whole: Scalars = []
        whole.reserveCapacity(lines.reduce(0) { $0 + $1.text.utf8.count + 1 })
        for (k, line) in lines.enumerated() {
            if let d = decoded { whole.append(contentsOf: d[k]) } else { whole.append(contentsOf: ScalarText.scalars(line.text)) }
            whole.append("\n")
        }
        let titleKey = meta.title.map { CJK.removingSpaces($0) }
        let subjectKey = state.notice?.text.map { CJK.removingSpaces($0) }
        meta.cites = CitationScanner.citations(in: whole).filter { c in
            if let n = c.number, n == meta.documentNumber { return false }
            if c.number == nil, let t = c.title {
                // The plan naming itself, possibly as a draft ("现将《…（征求意见稿）》…").
                let bare = ScalarText.string(stripDraft(ScalarText.scalars(t)).text)
                if bare == titleKey || bare == subjectKey { return false }
            }
            return true
        }
        meta.province = ProvinceFinder.province(locality: meta.locality, issuer: meta.issuer, cites: meta.cites, scalars: whole)
        return Reading(metadata: meta, titleLine: titleLine)
    }
}
