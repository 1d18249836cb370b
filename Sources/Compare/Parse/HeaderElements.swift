/// The elements a header line is made of: draft marker, document number, red header, notice title.
extension MetadataExtractor {
    /// "（征求意见稿）", "(草案)", "【送审稿】", or the bare word: a draft marker at `i`.
    static func draftMarker(_ a: Scalars, at i: Int) -> Int? {
        guard i < a.count else { return nil }
        let c = a[i]
        if c == "（" || c == "【" || c == "〔" || c == "[" || c == "［" {
            var j = i + 1
            while j < a.count, j - i <= 20 {
                let d = a[j]
                if d == "）" || d == "】" || d == "〕" || d == "]" || d == "］" {
                    let inner = a[(i + 1)..<j]
                    for w in W.draftWords where ScalarText.contains(inner, w) { return j + 1 }
                    if ScalarText.contains(inner, W.solicit) { return j + 1 }
                    return nil
                }
                j += 1
            }
            // "（征求意见稿" with its bracket lost at the end of a line.
            if a.count - i <= 21 {
                let inner = a[(i + 1)...]
                for w in W.draftWords where ScalarText.contains(inner, w) { return a.count }
            }
            return nil
        }
        for w in W.draftWords where ScalarText.has(a, w, at: i) { return i + w.count }
        return nil
    }

    /// The plan's own number at `i`: "乌政办〔2018〕158号", optionally labelled "文号：".
    static func headerNumber(_ a: Scalars, at i: Int) -> Read<NumberText>? {
        var p = i
        for label in W.numberLabels where ScalarText.has(a, label, at: p) {
            p += label.count
            break
        }
        var j = p
        // Issuer codes are short abbreviations (乌政办, 国办公开办函); a longer run is running text.
        while j < a.count, j - p <= 10 {
            let c = a[j]
            if ScalarText.isOpenBracket(c) {
                guard j > p, let bn = DocumentNumberReader.bracketNumber(a, at: j),
                    !ScalarText.contains(a[p..<j], W.wenjian), !ScalarText.contains(a[p..<j], W.guanyu)
                else { return nil }
                let prefix = ScalarText.string(a[p..<j])
                return Read(value: NumberText(text: DocumentNumberReader.formatNumber(prefix: prefix, year: bn.year, serial: bn.serial), year: bn.year), end: bn.end)
            }
            guard CJK.isIdeograph(c) else { return nil }
            j += 1
        }
        return nil
    }

    /// "X文件" (red header) at `i`, X being the issuer. Only where the next thing is the end of the
    /// line, a document number or a notice title, so "…等文件" in running text never qualifies.
    static func redHeader(_ a: Scalars, at i: Int) -> Read<String>? {
        var j = i + 2
        while j + 1 < a.count, j - i <= 60 {
            if ScalarText.has(a, W.wenjian, at: j) {
                let x = a[i..<j]
                if ScalarText.contains(x, W.guanyu) || ScalarText.contains(x, W.yinfa) { return nil }
                let end = j + 2
                if end == a.count || headerNumber(a, at: end) != nil || notice(a, at: end) != nil {
                    return Read(value: ScalarText.string(x), end: end)
                }
                return nil
            }
            let c = a[j]
            if isSentencePunct(c) || c == "《" || c == "〔" || c == "【" || c == "[" || ScalarText.digit(c) != nil {
                return nil
            }
            j += 1
        }
        return nil
    }

    /// "X关于印发Y的通知" at `i`. X must be an organ's name (or empty); between 关于 and 通知 there
    /// is no sentence punctuation outside 《》. In a flattened line the notice must be followed by
    /// an addressee ending in "：" before any "。", which running text that merely mentions a
    /// notice ("…的通知要求，…。") does not have.
    static func notice(_ a: Scalars, at i: Int)
        -> Notice?
    {
        var j = i
        var g = -1
        while j + 1 < a.count, j - i <= 60 {
            if ScalarText.has(a, W.guanyu, at: j) {
                g = j
                break
            }
            let c = a[j]
            if isSentencePunct(c) || c == "《" || c == "〔" || c == "【" { return nil }
            j += 1
        }
        guard g >= 0 else { return nil }
        let issuerPart = a[i..<g]
        if !issuerPart.isEmpty, !isOrganization(issuerPart) { return nil }
        var k = g + 2
        var depth = 0
        var end = -1
        var kindLength = 0
        scan: while k + 1 < a.count, k - g <= 160 {
            let c = a[k]
            if c == "《" {
                depth += 1
            } else if c == "》" {
                depth = max(0, depth - 1)
            } else if depth == 0 {
                for w in W.noticeKinds where ScalarText.has(a, w, at: k) {
                    end = k + w.count
                    kindLength = w.count
                    break scan
                }
                if isSentencePunct(c) { return nil }
            }
            k += 1
        }
        guard end > 0 else { return nil }
        let trailer = noticeTrailer(a, from: end)
        if trailer.end < a.count {
            // Only a flattened opening continues after the notice title, with its addressee.
            var m = trailer.end
            var colon = false
            while m < a.count, m - trailer.end <= 200 {
                if a[m] == "：" {
                    colon = true
                    break
                }
                if a[m] == "。" { break }
                m += 1
            }
            guard colon else { return nil }
        }
        var subjectEnd = end - kindLength
        if subjectEnd > g + 2, a[subjectEnd - 1] == "的" { subjectEnd -= 1 }
        let subject = noticeSubject(a[(g + 2)..<max(g + 2, subjectEnd)])
        let issuer = issuerPart.isEmpty ? nil : ScalarText.string(issuerPart)
        return Notice(issuer: issuer, subject: subject.text, draft: subject.draft, end: end, trailer: trailer)
    }

    struct Trailer {
        var end: Int
        var number: NumberText?
        var draft = false
    }

    /// What may follow a notice title on its line: a draft marker, its number, bare or in brackets
    /// ("…的通知（X政办发〔2021〕5号）", web page style).
    static func noticeTrailer(_ a: Scalars, from p: Int) -> Trailer {
        var t = Trailer(end: p)
        while t.end < a.count {
            if let e = draftMarker(a, at: t.end) {
                t.draft = true
                t.end = e
                continue
            }
            if t.number == nil {
                if a[t.end] == "（" || a[t.end] == "〔", let n = headerNumber(a, at: t.end + 1), n.end < a.count,
                    a[n.end] == "）" || a[n.end] == "〕"
                {
                    t.number = n.value
                    t.end = n.end + 1
                    continue
                }
                if let n = headerNumber(a, at: t.end) {
                    t.number = n.value
                    t.end = n.end
                    continue
                }
            }
            break
        }
        return t
    }

    /// Y of "关于印发Y的通知": the 《…》 inside when there is one, else the text between the verb
    /// and 的通知, without a draft marker (which sets `draft`). "关于征求…意见的通知" is a draft.
    static func noticeSubject(_ s: ArraySlice<Unicode.Scalar>) -> Subject {
        var draft = ScalarText.contains(s, W.solicit)
        var body = Array(s)
        if let open = body.firstIndex(of: "《"), let inner = CitationScanner.bracketedTitle(body, at: open) {
            body = inner.value
        } else {
            for v in W.noticeVerbs where ScalarText.has(body, v, at: 0) {
                body.removeFirst(v.count)
                break
            }
            if body.last == "的" { body.removeLast() }
        }
        let stripped = stripDraft(body)
        draft = draft || stripped.draft
        guard stripped.text.count >= 2 else { return Subject(text: nil, draft: draft) }
        return Subject(text: ScalarText.string(stripped.text), draft: draft)
    }

    /// Removes a trailing draft marker ("…要点（征求意见稿）", "…要点征求意见稿").
    static func stripDraft(_ t: Scalars) -> Undrafted {
        var k = t.count - 1
        while k >= 0, t.count - k <= 22 {
            if let e = draftMarker(t, at: k), e == t.count {
                return Undrafted(text: Array(t[0..<k]), draft: true)
            }
            k -= 1
        }
        return Undrafted(text: t, draft: false)
    }
}
