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
    public static func extract(lines: [SourceLine], bodyStart: Int) -> (metadata: Metadata, titleLine: Int?) {
        let headerEnd = min(max(bodyStart, 0), lines.count)
        // Flattened files: the whole plan may sit in the first line or two of the "body".
        let scanEnd = min(lines.count, headerEnd + 2)
        var texts: [Scalars] = []
        texts.reserveCapacity(scanEnd)
        for k in 0..<scanEnd { texts.append(normalize(lines[k].text)) }

        var state = State()
        var tokens: [Tokens?] = Array(repeating: nil, count: scanEnd)
        var i = 0
        while i < scanEnd {
            if i >= headerEnd, state.title != nil || state.embeddedTitle != nil { break }
            let limit = i < headerEnd ? headerEnd : scanEnd
            let (t, used) = read(texts, at: i, limit: limit)
            tokens[i] = t
            state.apply(t, firstLine: i, lineCount: used, tokens: tokens, texts: texts)
            i += used
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
        } else if let subject = state.notice?.subject {
            meta.title = subject
        } else if let quoted = quotedPlanTitle(texts, upTo: headerEnd) {
            meta.title = quoted
        }
        meta.draft = titleDraft || state.markerDraft || (state.notice?.draft ?? false)
        meta.documentNumber = state.number

        let labeled = labeledFields(texts, upTo: headerEnd)
        if meta.documentNumber == nil, let (n, y) = labeled.number {
            meta.documentNumber = n
            state.numberYear = y
        }
        var issuer = state.redIssuer ?? labeled.issuer ?? state.notice?.issuer ?? state.signature?.org
        var date = state.signature?.date ?? labeled.date
        if date == nil {
            let tail = trailingDate(lines, from: headerEnd)
            date = tail.date
            if issuer == nil { issuer = tail.org }
        }
        meta.issuer = issuer
        meta.date = date

        let titleScalars = meta.title.map { Array($0.unicodeScalars) } ?? []
        var place = titlePlace(titleScalars)
        if let iss = issuer, let issuerPlace = adminChain(Array(iss.unicodeScalars)) {
            if let p = place {
                if prefersIssuerPlace(title: Array(p.unicodeScalars), issuer: Array(issuerPlace.unicodeScalars)) {
                    place = issuerPlace
                }
            } else {
                place = issuerPlace
            }
        }
        meta.locality = place
        if let p = place { meta.level = level(of: Array(p.unicodeScalars), header: texts.prefix(headerEnd)) }

        meta.year = year(in: titleScalars) ?? state.numberYear ?? date.flatMap { Int($0.prefix(4)) }

        var joined = ""
        for line in lines {
            joined += line.text
            joined += "\n"
        }
        let titleKey = meta.title.map { CJK.removingSpaces($0) }
        let subjectKey = state.notice?.subject.map { CJK.removingSpaces($0) }
        meta.cites = CitationScanner.citations(in: joined).filter { c in
            if let n = c.number, n == meta.documentNumber { return false }
            if c.number == nil, let t = c.title {
                // The plan naming itself, possibly as a draft ("现将《…（征求意见稿）》…").
                let bare = String(String.UnicodeScalarView(stripDraft(Array(t.unicodeScalars)).0))
                if bare == titleKey || bare == subjectKey { return false }
            }
            return true
        }
        meta.province = ProvinceFinder.province(locality: meta.locality, issuer: meta.issuer, cites: meta.cites, text: joined)
        return (meta, titleLine)
    }

    // MARK: - Reading header lines

    enum Element {
        case draft
        case number(String, year: Int)
        case redHeader(String)
        case notice(issuer: String?, subject: String?, draft: Bool)
        case date(String, org: String?)
        case title(String, draft: Bool)
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
            for e in elements { if case .title(let t, _) = e { return t } }
            return nil
        }
    }

    /// Reads line `i`, joining it with up to three following short lines when it holds no element on
    /// its own but the join reads completely (a wrapped title or notice, "X" + "文  件").
    static func read(_ texts: [Scalars], at i: Int, limit: Int) -> (Tokens, Int) {
        let a = texts[i]
        let single = tokenize(a)
        if single.complete, single.elements.count == 1, let t = single.titleText, i + 1 < limit,
            isShortPlain(texts[i + 1])
        {
            // A title whose second line is also title text ("…工作要点" / "分工方案").
            let joined = tokenize(a + texts[i + 1])
            if joined.complete, let jt = joined.titleText, jt.unicodeScalars.count > t.unicodeScalars.count {
                return (joined, 2)
            }
        }
        if !single.elements.isEmpty || !isShortPlain(a) { return (single, 1) }
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
                return (t, k + 1)
            }
            k += 1
        }
        return (single, 1)
    }

    static func tokenize(_ a: Scalars) -> Tokens {
        var t = Tokens()
        var pos = 0
        for label in W.titleLabels where MetaScan.has(a, label, at: 0) {
            pos = label.count
            break
        }
        while pos < a.count {
            if let e = draftMarker(a, at: pos) {
                t.elements.append(.draft)
                pos = e
                continue
            }
            if let (x, e) = redHeader(a, at: pos) {
                t.elements.append(.redHeader(x))
                pos = e
                continue
            }
            if let (n, y, e) = headerNumber(a, at: pos) {
                t.elements.append(.number(n, year: y))
                pos = e
                if MetaScan.has(a, W.signer, at: pos) { pos = a.count }  // "签发人：…" ends the line
                continue
            }
            if let n = notice(a, at: pos) {
                t.elements.append(.notice(issuer: n.issuer, subject: n.subject, draft: n.draft))
                if let (num, y) = n.trailer.number { t.elements.append(.number(num, year: y)) }
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
            if let (title, draft, e) = planTitle(a, at: pos) {
                t.elements.append(.title(title, draft: draft))
                pos = e
                continue
            }
            break
        }
        t.complete = pos >= a.count
        return t
    }

    struct State {
        var title: (text: String, line: Int, draft: Bool)?
        var embeddedTitle: (text: String, line: Int, draft: Bool)?
        var notice: (issuer: String?, subject: String?, draft: Bool)?
        var redIssuer: String?
        var number: String?
        var numberYear: Int?
        var signature: (date: String, org: String?)?
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
                            redIssuer = String(String.UnicodeScalarView(texts[i - 1]))
                        }
                    }
                case .redHeader(let x):
                    if redIssuer == nil { redIssuer = x }
                case .notice(let issuer, let subject, let draft):
                    if notice == nil { notice = (issuer, subject, draft) }
                case .date(let d, let org):
                    if signature == nil {
                        var o = org
                        if o == nil, k == 0, i > 0, let prev = tokens[i - 1], prev.elements.isEmpty,
                            MetadataExtractor.isOrganization(texts[i - 1][...])
                        {
                            o = String(String.UnicodeScalarView(texts[i - 1]))
                        }
                        signature = (d, o)
                    }
                case .title(let text, let draft):
                    let line = i + lineCount - 1
                    if t.complete {
                        if title == nil { title = (text, line, draft) }
                    } else if embeddedTitle == nil {
                        embeddedTitle = (text, i, draft)
                    }
                }
            }
        }
    }

    // MARK: - Words

    enum W {
        static let wenjian = s("文件")
        static let guanyu = s("关于")
        static let tongzhi = s("通知")
        /// Last words of a notice title: a plan is issued by 通知, a draft put out for comment by
        /// 公告, 通告, 启事 or 函.
        static let noticeKinds: [Scalars] = ["通知", "公告", "通告", "启事", "的函"].map(s)
        static let deTongzhi = s("的通知")
        static let signer = s("签发人")
        /// Web-page metadata labels ("发文字号：…", "成文日期：…", "发文机关：…").
        static let titleLabels: [Scalars] = ["标题：", "名称：", "题目："].map(s)
        static let numberFieldLabels: [Scalars] = ["发文字号：", "文号：", "文件编号：", "发文编号："].map(s)
        static let dateFieldLabels: [Scalars] = ["成文日期：", "成文时间：", "印发日期：", "发文日期：", "签发日期："].map(s)
        static let issuerFieldLabels: [Scalars] = [
            "发文机关：", "发布机构：", "发文单位：", "制发机关：", "发文机构：", "发布单位：",
        ].map(s)
        static let fieldNames: [Scalars] = [
            "索引号", "发文字号", "文号", "成文日期", "成文时间", "发布日期", "发布时间", "主题分类", "公开方式",
            "有效性", "生成日期", "分类", "标题", "名称", "主题词", "体裁", "公开范围", "文件编号", "效力",
            "来源", "发文机关", "发布机构", "信息来源",
        ].map(s)
        static let attachment = s("附件")
        static let gongkai = s("公开")
        static let yinfa = s("印发")
        static let yin = s("印")
        static let numberLabels: [Scalars] = ["发文字号：", "文号：", "字号："].map(s)
        static let noticeVerbs: [Scalars] = ["公开征求", "征求", "印发", "下发", "转发", "公布", "发布", "颁发"].map(s)
        static let noticeNotTitle: [Scalars] = ["关于印发", "关于转发", "关于下发", "的通知"].map(s)
        static let draftWords: [Scalars] = [
            "征求意见稿", "意见征求稿", "送审稿", "讨论稿", "草案", "代拟稿", "草稿", "初稿", "审议稿",
        ].map(s)
        static let solicit = s("征求意见")
        /// Last words of a plan title. Why a list: a plan names its own kind last, and these are
        /// the kinds 政务公开 plans use (要点 and its 分工方案/实施方案/任务分解…).
        static let titleEndings: [Scalars] = [
            "工作要点", "要点", "分工方案", "实施方案", "工作方案", "落实方案", "推进方案", "方案",
            "工作安排", "安排", "任务分解表", "任务分解", "分解表", "工作计划", "计划", "任务清单",
            "责任清单", "清单", "重点任务", "工作任务", "任务表", "任务", "责任分工", "任务分工",
            "分工表", "台账", "实施意见", "细则",
        ].map(s)
        /// Openings of sentences, never of titles; guards the flattened-title search.
        static let sentenceOpeners: [Scalars] = [
            "本工作", "本要点", "本方案", "本单位", "本地区", "制定", "现将", "按照", "根据", "依据", "为",
            "经研究", "请", "对", "把", "结合", "各",
        ].map(s)
        /// Where a place name in a title ends and the rest of the title begins.
        static let placeStops: [Scalars] = [
            "政务公开", "政府信息公开", "信息公开", "政务", "贯彻", "落实", "推进", "关于", "深化",
            "进一步", "全面", "年度", "工作要点", "做好", "开展", "加强", "人民政府", "政府",
        ].map(s)
        /// Organ words: the end of a place name inside an issuer ("…开发区党政办公室").
        static let organWords: [Scalars] = [
            "人民", "政府", "办公", "党政", "党委", "委员", "管委", "领导", "政务", "信息", "工作", "公开",
        ].map(s)
        static let zoneSuffixes: [Scalars] = [
            "高新技术产业开发区", "经济技术开发区", "经济开发区", "高新区", "开发区", "新区", "园区",
            "试验区", "实验区", "保税区", "示范区", "合作区", "自贸区", "功能区",
        ].map(s)
        static let municipalities: [Scalars] = ["北京市", "天津市", "上海市", "重庆市", "北京", "天津", "上海", "重庆"].map(s)
        static let countyCity = s("县级市")
        static let falseUnitsAfter: [Scalars] = [
            "市场", "市民", "市直", "市属", "市级", "区域", "区直", "区属", "区级", "县域", "县级", "县直", "县属",
        ].map(s)
        static let falseUnitsBefore: [Scalars] = ["城市", "社区", "辖区", "城区", "街区", "小区", "景区"].map(s)

        static func s(_ x: String) -> Scalars { Array(x.unicodeScalars) }
    }

    // MARK: - Normalising

    /// Header lines in one spelling: no white space (it carries no meaning in a Chinese header and
    /// plans scatter it inside words), ASCII punctuation in full width, full-width digits in ASCII,
    /// leftover "[bookmark: …]" fields and HTML tags dropped (in case a caller passes raw lines).
    static func normalize(_ text: String) -> Scalars {
        let src = Array(text.unicodeScalars)
        var out: Scalars = []
        out.reserveCapacity(src.count)
        var i = 0
        while i < src.count {
            let c = src[i]
            if MetaScan.isBlank(c) {
                i += 1
                continue
            }
            if c == "[", let end = asciiDebrisEnd(src, from: i, close: "]", needsColon: true) {
                i = end + 1
                continue
            }
            if c == "<", i + 1 < src.count, src[i + 1] == "/" || (src[i + 1].isASCII && src[i + 1].properties.isAlphabetic),
                let end = asciiDebrisEnd(src, from: i, close: ">", needsColon: false)
            {
                i = end + 1
                continue
            }
            switch c {
            case "(": out.append("（")
            case ")": out.append("）")
            case ":": out.append("：")
            case ",": out.append("，")
            case ";": out.append("；")
            default:
                if let d = MetaScan.digit(c), !c.isASCII {
                    out.append(Unicode.Scalar(UInt8(0x30 + d)))
                } else {
                    out.append(c)
                }
            }
            i += 1
        }
        return out
    }

    /// End of "[bookmark: _GoBack]" or "<p class=x>": ASCII-only content, closed within 80 scalars.
    private static func asciiDebrisEnd(_ s: Scalars, from i: Int, close: Unicode.Scalar, needsColon: Bool) -> Int? {
        var j = i + 1
        var colon = false
        while j < s.count, j - i < 80 {
            let c = s[j]
            if c == close { return (!needsColon || colon) && j > i + 1 ? j : nil }
            if !c.isASCII { return nil }
            if c == ":" { colon = true }
            j += 1
        }
        return nil
    }

    // MARK: - Character classes

    @inline(__always)
    static func isSentencePunct(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "。", "，", "；", "：", "！", "？", "、": return true
        default: return false
        }
    }

    /// A line short enough, and free enough of punctuation, to be part of a wrapped header element.
    static func isShortPlain(_ a: Scalars) -> Bool {
        guard !a.isEmpty, a.count <= 40 else { return false }
        for c in a where isSentencePunct(c) { return false }
        return true
    }

    /// Names of organs end in an organ word: 办公厅, 办公室, 人民政府, 委员会, 领导小组, 局, 管委会…
    static func isOrganization(_ a: ArraySlice<Unicode.Scalar>) -> Bool {
        guard a.count >= 3, a.count <= 60, let last = a.last else { return false }
        for c in a {
            if isSentencePunct(c) || c == "《" || c == "》" || MetaScan.digit(c) != nil { return false }
        }
        switch last {
        case "厅", "室", "府", "会", "组", "局", "委", "办", "心", "部", "院", "处", "所", "队", "站", "司":
            return true
        default:
            return false
        }
    }

    // MARK: - Header elements

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
                    for w in W.draftWords where MetaScan.contains(inner, w) { return j + 1 }
                    if MetaScan.contains(inner, W.solicit) { return j + 1 }
                    return nil
                }
                j += 1
            }
            // "（征求意见稿" with its bracket lost at the end of a line.
            if a.count - i <= 21 {
                let inner = a[(i + 1)...]
                for w in W.draftWords where MetaScan.contains(inner, w) { return a.count }
            }
            return nil
        }
        for w in W.draftWords where MetaScan.has(a, w, at: i) { return i + w.count }
        return nil
    }

    /// The plan's own number at `i`: "乌政办〔2018〕158号", optionally labelled "文号：".
    static func headerNumber(_ a: Scalars, at i: Int) -> (String, Int, Int)? {
        var p = i
        for label in W.numberLabels where MetaScan.has(a, label, at: p) {
            p += label.count
            break
        }
        var j = p
        // Issuer codes are short abbreviations (乌政办, 国办公开办函); a longer run is running text.
        while j < a.count, j - p <= 10 {
            let c = a[j]
            if MetaScan.isOpenNumberBracket(c) {
                guard j > p, let bn = MetaScan.bracketNumber(a, at: j),
                    !MetaScan.contains(a[p..<j], W.wenjian), !MetaScan.contains(a[p..<j], W.guanyu)
                else { return nil }
                let prefix = String(String.UnicodeScalarView(a[p..<j]))
                return (MetaScan.formatNumber(prefix: prefix, year: bn.year, serial: bn.serial), bn.year, bn.end)
            }
            guard CJK.isIdeograph(c) else { return nil }
            j += 1
        }
        return nil
    }

    /// "X文件" (red header) at `i`, X being the issuer. Only where the next thing is the end of the
    /// line, a document number or a notice title, so "…等文件" in running text never qualifies.
    static func redHeader(_ a: Scalars, at i: Int) -> (String, Int)? {
        var j = i + 2
        while j + 1 < a.count, j - i <= 60 {
            if MetaScan.has(a, W.wenjian, at: j) {
                let x = a[i..<j]
                if MetaScan.contains(x, W.guanyu) || MetaScan.contains(x, W.yinfa) { return nil }
                let end = j + 2
                if end == a.count || headerNumber(a, at: end) != nil || notice(a, at: end) != nil {
                    return (String(String.UnicodeScalarView(x)), end)
                }
                return nil
            }
            let c = a[j]
            if isSentencePunct(c) || c == "《" || c == "〔" || c == "【" || c == "[" || MetaScan.digit(c) != nil {
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
        -> (issuer: String?, subject: String?, draft: Bool, end: Int, trailer: Trailer)?
    {
        var j = i
        var g = -1
        while j + 1 < a.count, j - i <= 60 {
            if MetaScan.has(a, W.guanyu, at: j) {
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
                for w in W.noticeKinds where MetaScan.has(a, w, at: k) {
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
        let (subject, draft) = noticeSubject(a[(g + 2)..<max(g + 2, subjectEnd)])
        let issuer = issuerPart.isEmpty ? nil : String(String.UnicodeScalarView(issuerPart))
        return (issuer, subject, draft, end, trailer)
    }

    struct Trailer {
        var end: Int
        var number: (String, Int)?
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
                if a[t.end] == "（" || a[t.end] == "〔", let (n, y, e) = headerNumber(a, at: t.end + 1), e < a.count,
                    a[e] == "）" || a[e] == "〕"
                {
                    t.number = (n, y)
                    t.end = e + 1
                    continue
                }
                if let (n, y, e) = headerNumber(a, at: t.end) {
                    t.number = (n, y)
                    t.end = e
                    continue
                }
            }
            break
        }
        return t
    }

    /// Y of "关于印发Y的通知": the 《…》 inside when there is one, else the text between the verb
    /// and 的通知, without a draft marker (which sets `draft`). "关于征求…意见的通知" is a draft.
    static func noticeSubject(_ s: ArraySlice<Unicode.Scalar>) -> (String?, Bool) {
        var draft = MetaScan.contains(s, W.solicit)
        var body = Array(s)
        if let open = body.firstIndex(of: "《"), let (inner, _) = CitationScanner.bracketedTitle(body, at: open) {
            body = inner
        } else {
            for v in W.noticeVerbs where MetaScan.has(body, v, at: 0) {
                body.removeFirst(v.count)
                break
            }
            if body.last == "的" { body.removeLast() }
        }
        let (stripped, d) = stripDraft(body)
        draft = draft || d
        guard stripped.count >= 2 else { return (nil, draft) }
        return (String(String.UnicodeScalarView(stripped)), draft)
    }

    /// Removes a trailing draft marker ("…要点（征求意见稿）", "…要点征求意见稿").
    static func stripDraft(_ t: Scalars) -> (Scalars, Bool) {
        var k = t.count - 1
        while k >= 0, t.count - k <= 22 {
            if let e = draftMarker(t, at: k), e == t.count {
                return (Array(t[0..<k]), true)
            }
            k -= 1
        }
        return (t, false)
    }

    /// A date at `i`: "2018年7月12日" or "二〇二一年七月三十日". Returns "YYYY-MM-DD" and the end.
    static func dateAt(_ a: Scalars, _ i: Int) -> (String, Int)? {
        guard i + 6 <= a.count else { return nil }
        var j = i
        var year = 0
        var n = 0
        if MetaScan.digit(a[j]) != nil {
            while j < a.count, n < 4, let d = MetaScan.digit(a[j]) {
                year = year * 10 + d
                n += 1
                j += 1
            }
        } else {
            while j < a.count, n < 4, let d = chineseYearDigit(a[j]) {
                year = year * 10 + d
                n += 1
                j += 1
            }
        }
        guard n == 4, (1949...2100).contains(year), j < a.count, a[j] == "年" else { return nil }
        guard let (month, e1) = smallNumber(a, j + 1), (1...12).contains(month), e1 < a.count, a[e1] == "月",
            let (day, e2) = smallNumber(a, e1 + 1), (1...31).contains(day), e2 < a.count,
            a[e2] == "日" || a[e2] == "号"
        else { return nil }
        let mm = month < 10 ? "0\(month)" : "\(month)"
        let dd = day < 10 ? "0\(day)" : "\(day)"
        return ("\(year)-\(mm)-\(dd)", e2 + 1)
    }

    static func chineseYearDigit(_ s: Unicode.Scalar) -> Int? {
        switch s {
        case "○", "〇", "O", "o", "Ｏ", "零", "0": return 0
        case "十", "百", "两": return nil
        default: return ChineseNumeral.digit(s)
        }
    }

    /// Month or day: 1–2 ASCII digits or a Chinese numeral (七, 十二, 三十一).
    static func smallNumber(_ a: Scalars, _ i: Int) -> (Int, Int)? {
        guard i < a.count else { return nil }
        if MetaScan.digit(a[i]) != nil {
            var v = 0
            var j = i
            while j < a.count, j - i < 2, let d = MetaScan.digit(a[j]) {
                v = v * 10 + d
                j += 1
            }
            if j < a.count, MetaScan.digit(a[j]) != nil { return nil }
            return (v, j)
        }
        var j = i
        while j < a.count, j - i < 3, ChineseNumeral.isNumeralScalar(a[j]) || a[j] == "〇" { j += 1 }
        guard j > i, let v = ChineseNumeral.value(a[i..<j]) else { return nil }
        return (v, j)
    }

    /// A date that is not a signature: "于2021年6月30日前", "2021年7月1日起施行", the print line
    /// "2018年7月13日印发".
    @inline(__always)
    static func isDateFollowerOfText(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "前", "后", "起", "止", "以", "之", "至", "到", "印", "开", "召", "发", "的", "为", "是", "在", "，",
            "、", "—", "-", "~", "～":
            return true
        default:
            return false
        }
    }

    /// "2018年7月12日" or "珠海…办公室2021年7月26日" at `i` (signature with date on one line).
    static func signatureDate(_ a: Scalars, at i: Int) -> (date: String, org: String?, end: Int)? {
        var j = i
        while j < a.count, j - i <= 40 {
            if let (d, e) = dateAt(a, j) {
                if e < a.count, isDateFollowerOfText(a[e]) { return nil }
                let org = a[i..<j]
                if org.isEmpty { return (d, nil, e) }
                guard isOrganization(org) else { return nil }
                return (d, String(String.UnicodeScalarView(org)), e)
            }
            if isSentencePunct(a[j]) || a[j] == "《" { return nil }
            j += 1
        }
        return nil
    }

    /// In a flattened opening, the first date after the notice that reads as a signature date;
    /// the organ right before it (after the last sentence mark) is the signature.
    static func flattenedSignature(_ a: Scalars, from i: Int) -> (date: String, org: String?, end: Int)? {
        var j = i
        var lastMark = i - 1
        let limit = min(a.count, i + 4000)
        while j < limit {
            let c = a[j]
            if isSentencePunct(c) || c == "）" || c == "》" { lastMark = j }
            if MetaScan.digit(c) != nil || chineseYearDigit(c) != nil, let (d, e) = dateAt(a, j) {
                let prev: Unicode.Scalar? = j > 0 ? a[j - 1] : nil
                let badPrev = prev.map { "于在自至到从截".unicodeScalars.contains($0) } ?? false
                if !badPrev, e >= a.count || !isDateFollowerOfText(a[e]) {
                    let org = a[(lastMark + 1)..<j]
                    return (d, isOrganization(org) ? String(String.UnicodeScalarView(org)) : nil, e)
                }
                j = e
                continue
            }
            j += 1
        }
        return nil
    }

    /// The plan's own title starting at `i`, up to its last word (要点, 分工方案, …), and a draft
    /// marker right after it. When several endings qualify, the one that ends the line wins (a
    /// title line), else the first (a flattened line, where the preamble follows the title).
    static func planTitle(_ a: Scalars, at i: Int) -> (String, Bool, Int)? {
        guard i < a.count else { return nil }
        var start = i
        if MetaScan.has(a, W.attachment, at: start) {
            start += 2
            while start < a.count, MetaScan.digit(a[start]) != nil || a[start] == "：" || a[start] == "、" { start += 1 }
        }
        guard start < a.count, startsLikeTitle(a, start) else { return nil }
        var first: (Int, Int, Bool)?
        var j = start
        let limit = min(a.count, start + 90)
        while j < limit {
            let c = a[j]
            if (isSentencePunct(c) && c != "、") || c == "〔" || c == "【" { break }
            for w in W.titleEndings where MetaScan.has(a, w, at: j) {
                var e = extendTitle(a, end: j + w.count, start: start)
                if validTitle(a, start, e) {
                    var end = e
                    var draft = false
                    if let d = draftMarker(a, at: end) {
                        end = d
                        draft = true
                    }
                    // A short note closing the title line ("（试行）", "（2021年）") belongs to it.
                    if end < a.count, let n = closingNote(a, at: end), n == a.count {
                        if end == e { e = n }
                        end = n
                    }
                    if end < a.count, let d = draftMarker(a, at: end), d == a.count {
                        end = d
                        draft = true
                    }
                    if end == a.count { return (String(String.UnicodeScalarView(a[start..<e])), draft, end) }
                    if first == nil { first = (e, end, draft) }
                }
                break
            }
            j += 1
        }
        guard let (e, end, draft) = first else { return nil }
        return (String(String.UnicodeScalarView(a[start..<e])), draft, end)
    }

    /// "（试行）" at `i`: a bracketed note of at most 12 scalars that is no draft marker.
    static func closingNote(_ a: Scalars, at i: Int) -> Int? {
        guard i < a.count, a[i] == "（", draftMarker(a, at: i) == nil else { return nil }
        var j = i + 1
        while j < a.count, j - i <= 13 {
            if a[j] == "）" { return j > i + 1 ? j + 1 : nil }
            if a[j] == "（" || isSentencePunct(a[j]) { return nil }
            j += 1
        }
        return nil
    }

    /// Takes in a following ending: "要点" + "分工方案", "要点" + "的实施方案", "重点任务" + "分解表".
    static func extendTitle(_ a: Scalars, end e0: Int, start: Int) -> Int {
        var e = e0
        var changed = true
        while changed {
            changed = false
            let upper = e < a.count && a[e] == "的" ? e + 1 : e
            var s = max(start, e - 3)
            while s <= upper, s < a.count, !changed {
                for w in W.titleEndings where s + w.count > e && MetaScan.has(a, w, at: s) {
                    e = s + w.count
                    changed = true
                    break
                }
                s += 1
            }
        }
        return e
    }

    /// Numbered lines ("1.", "一、", "（一）") and sentence openings are not titles.
    static func startsLikeTitle(_ a: Scalars, _ i: Int) -> Bool {
        let c = a[i]
        switch c {
        case "（", "《", "〔", "【", "[", "“", "\"", "、", "，", "。", "：", "·", "—", "-", "*", "●", "■", "◆":
            return false
        default:
            break
        }
        if MetaScan.digit(c) != nil {
            // Only a year may open a title.
            var j = i
            while j < a.count, MetaScan.digit(a[j]) != nil { j += 1 }
            return j - i == 4 && j < a.count && a[j] == "年"
        }
        if ChineseNumeral.isNumeralScalar(c) {
            var j = i
            while j < a.count, j - i < 4, ChineseNumeral.isNumeralScalar(a[j]) || a[j] == "〇" { j += 1 }
            if j < a.count, a[j] == "、" || a[j] == "是" || a[j] == "．" || a[j] == "." { return false }
        }
        if c == "第", i + 1 < a.count, ChineseNumeral.isNumeralScalar(a[i + 1]) { return false }
        for w in W.sentenceOpeners where MetaScan.has(a, w, at: i) { return false }
        return true
    }

    static func validTitle(_ a: Scalars, _ s: Int, _ e: Int) -> Bool {
        guard e - s >= 4, e - s <= 80 else { return false }
        let t = a[s..<e]
        if e < a.count, a[e] == "》" { return false }
        if MetaScan.has(a, W.tongzhi, at: e) || MetaScan.has(a, W.deTongzhi, at: e) { return false }
        for w in W.noticeNotTitle where MetaScan.contains(t, w) { return false }
        var depth = 0
        for c in t {
            if c == "《" { depth += 1 } else if c == "》" { depth -= 1 }
            if depth < 0 { return false }
        }
        guard depth == 0 else { return false }
        guard MetaScan.contains(t, W.gongkai) || year(in: Array(t)) != nil else { return false }
        var k = s
        while k < e {
            if let (_, de) = dateAt(a, k), de <= e { return false }
            k += 1
        }
        return true
    }

    // MARK: - Web-page metadata

    /// Number, issuer and date from labelled fields, as web pages print them above a plan
    /// ("发文字号：X政办发〔2020〕12号", "成文日期：2020-05-06", "发布机构：X市人民政府办公室"), in one
    /// line each or run together.
    static func labeledFields(_ texts: [Scalars], upTo end: Int)
        -> (number: (String, Int)?, issuer: String?, date: String?)
    {
        var number: (String, Int)?
        var issuer: String?
        var date: String?
        for a in texts.prefix(end) where a.count <= 400 && a.contains("：") {
            var i = 0
            while i < a.count {
                if a[i] == "：" {
                    if number == nil, endingLabel(a, colon: i, W.numberFieldLabels) != nil,
                        let (n, y, _) = headerNumber(a, at: i + 1)
                    {
                        number = (n, y)
                    } else if date == nil, endingLabel(a, colon: i, W.dateFieldLabels) != nil {
                        date = dateAt(a, i + 1)?.0 ?? isoDateAt(a, i + 1)
                    } else if issuer == nil, endingLabel(a, colon: i, W.issuerFieldLabels) != nil {
                        issuer = fieldOrganization(a, from: i + 1)
                    }
                }
                i += 1
            }
        }
        return (number, issuer, date)
    }

    /// The label among `labels` (each ending in "：") whose colon is at `colon`.
    static func endingLabel(_ a: Scalars, colon: Int, _ labels: [Scalars]) -> Scalars? {
        for l in labels where MetaScan.has(a, l, at: colon + 1 - l.count) { return l }
        return nil
    }

    /// "2020-05-06", "2020.5.6", "2020/05/06".
    static func isoDateAt(_ a: Scalars, _ i: Int) -> String? {
        var j = i
        var parts: [Int] = []
        while parts.count < 3 {
            var v = 0
            var n = 0
            while j < a.count, n < (parts.isEmpty ? 4 : 2), let d = MetaScan.digit(a[j]) {
                v = v * 10 + d
                n += 1
                j += 1
            }
            guard n == (parts.isEmpty ? 4 : n), n > 0 else { return nil }
            parts.append(v)
            if parts.count < 3 {
                guard j < a.count, "-./－／".unicodeScalars.contains(a[j]) else { return nil }
                j += 1
            }
        }
        guard (1949...2100).contains(parts[0]), (1...12).contains(parts[1]), (1...31).contains(parts[2]) else { return nil }
        let mm = parts[1] < 10 ? "0\(parts[1])" : "\(parts[1])"
        let dd = parts[2] < 10 ? "0\(parts[2])" : "\(parts[2])"
        return "\(parts[0])-\(mm)-\(dd)"
    }

    /// The organ named after a label, up to the next field name or punctuation.
    static func fieldOrganization(_ a: Scalars, from i: Int) -> String? {
        var j = i
        outer: while j < a.count, j - i < 50 {
            if !CJK.isIdeograph(a[j]) && a[j] != "（" && a[j] != "）" { break }
            if j > i {
                for f in W.fieldNames where MetaScan.has(a, f, at: j) { break outer }
            }
            j += 1
        }
        let org = a[i..<j]
        return isOrganization(org) ? String(String.UnicodeScalarView(org)) : nil
    }

    // MARK: - Fallbacks

    /// 《Y》 in a notice body cut off before the plan ("现将《Y》印发给你们"): Y when it reads as a
    /// plan title and is announced as the thing issued.
    static func quotedPlanTitle(_ texts: [Scalars], upTo end: Int) -> String? {
        let verbs: [Scalars] = ["印发", "已经", "下发", "转发"].map(W.s)
        for a in texts.prefix(end) {
            var i = 0
            while i < a.count {
                if a[i] == "《", let (inner, e) = CitationScanner.bracketedTitle(a, at: i) {
                    let before2 = i >= 2 ? Array(a[(i - 2)..<i]) : []
                    var announced = before2 == W.s("现将") || (i >= 1 && a[i - 1] == "将")
                    var k = e
                    while k < a.count, k - e <= 4, !announced {
                        for v in verbs where MetaScan.has(a, v, at: k) { announced = true }
                        k += 1
                    }
                    let (t, _) = stripDraft(inner)
                    if announced, endsLikeTitle(t), MetaScan.contains(t[...], W.gongkai) {
                        return String(String.UnicodeScalarView(t))
                    }
                    i = e
                    continue
                }
                i += 1
            }
        }
        return nil
    }

    static func endsLikeTitle(_ t: Scalars) -> Bool {
        for w in W.titleEndings where MetaScan.hasSuffix(t[...], w) { return true }
        return false
    }

    /// When the header gives no date: a signature date at the end of the document (with the
    /// signature right before it), else the print line "…2018年7月13日印发" / "…日印".
    static func trailingDate(_ lines: [SourceLine], from headerEnd: Int) -> (date: String?, org: String?) {
        let n = lines.count
        guard n > 0 else { return (nil, nil) }
        let first = max(0, n - 8)
        var k = n - 1
        while k >= max(first, headerEnd) {
            let a = normalize(lines[k].text)
            if a.count <= 60, let s = signatureDate(a, at: 0), s.end == a.count {
                var org = s.org
                if org == nil, k > 0 {
                    let prev = normalize(lines[k - 1].text)
                    if isOrganization(prev[...]) { org = String(String.UnicodeScalarView(prev)) }
                }
                return (s.date, org)
            }
            k -= 1
        }
        k = n - 1
        while k >= first {
            let whole = normalize(lines[k].text)
            let a = whole.count > 80 ? Array(whole[(whole.count - 80)...]) : whole
            var j = 0
            while j < a.count {
                if let (d, e) = dateAt(a, j) {
                    if MetaScan.has(a, W.yin, at: e) { return (d, nil) }
                    j = e
                    continue
                }
                j += 1
            }
            k -= 1
        }
        return (nil, nil)
    }

    // MARK: - Place, level, year

    /// The first year in `t`: "2021年", "2021年度", "二〇二一年".
    static func year(in t: Scalars) -> Int? {
        var i = 0
        while i < t.count {
            if let (y, e) = yearAt(t, i) {
                _ = e
                return y
            }
            i += 1
        }
        return nil
    }

    static func yearAt(_ t: Scalars, _ i: Int) -> (Int, Int)? {
        guard i + 4 < t.count else { return nil }
        if i > 0, MetaScan.digit(t[i - 1]) != nil { return nil }
        var v = 0
        var j = i
        let arabic = MetaScan.digit(t[i]) != nil
        while j < i + 4 {
            guard let d = arabic ? MetaScan.digit(t[j]) : chineseYearDigit(t[j]) else { return nil }
            v = v * 10 + d
            j += 1
        }
        guard t[j] == "年", (1949...2100).contains(v) else { return nil }
        return (v, j + 1)
    }

    /// The place a title names: the text before its year or before 政务公开/贯彻落实…, cut to a
    /// chain of administrative units ("天津市静海区"). "我区", "全市" name no place.
    static func titlePlace(_ t: Scalars) -> String? {
        guard !t.isEmpty else { return nil }
        var s = 0
        if let (_, e) = yearAt(t, 0) {
            s = e
            if s < t.count, t[s] == "度" { s += 1 }
        }
        var end = t.count
        var p = s
        while p < t.count {
            if yearAt(t, p) != nil || (MetaScan.digit(t[p]) != nil) {
                end = p
                break
            }
            var hit = false
            for w in W.placeStops where MetaScan.has(t, w, at: p) {
                hit = true
                break
            }
            if hit {
                end = p
                break
            }
            p += 1
        }
        guard end > s else { return nil }
        return adminChain(Array(t[s..<end]))
    }

    @inline(__always)
    static func isUnit(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "省", "市", "区", "县", "旗", "州", "盟": return true
        default: return false
        }
    }

    /// The leading chain of administrative units in `p`: "新疆维吾尔自治区吐鲁番市高昌区…" → all three;
    /// "乌鲁木齐市人民政府办公厅" → 乌鲁木齐市. Why forward and unit by unit: an issuer or title
    /// continues after the place with organ words (人民政府, 党政办公室) that end the chain, while
    /// "杭州市" shows a unit character (州) inside a name, so a unit directly followed by another
    /// unit is taken as one.
    static func adminChain(_ p0: Scalars) -> String? {
        var p = p0
        if MetaScan.has(p, W.s("中共"), at: 0) { p.removeFirst(2) }
        guard p.count >= 2 else { return nil }
        var i = 1
        while i < p.count, !isUnit(p[i]) || isFalseUnit(p, i) {
            if MetaScan.digit(p[i]) != nil || isSentencePunct(p[i]) { return nil }
            i += 1
        }
        guard i < p.count else { return nil }
        var end = mergeUnits(p, after: i)
        // Further units: a name of at most 12 scalars with no organ word, then a unit
        // ("郑州" + "航空港经济综合实验区", "济南市" + "市中区").
        chain: while end < p.count {
            var j = end
            while j < p.count, j - end < 12 {
                for w in W.organWords where MetaScan.has(p, w, at: j) { break chain }
                let c = p[j]
                if !CJK.isIdeograph(c) { break chain }
                if isUnit(c), j > end, !isFalseUnit(p, j) {
                    end = mergeUnits(p, after: j)
                    continue chain
                }
                j += 1
            }
            break
        }
        let place = Array(p[0..<end])
        if place.count == 2, "我本全各该此".unicodeScalars.contains(place[0]) { return nil }
        return String(String.UnicodeScalarView(place))
    }

    /// End of the unit at `i`, taking in a unit right after it when the first is a name's last
    /// character rather than a unit: "杭州市", "贵州省", "沙市区".
    static func mergeUnits(_ p: Scalars, after i: Int) -> Int {
        var end = i + 1
        if end < p.count, isUnit(p[end]), p[i] == "州" || (p[i] == "市" && p[end] == "区") { end += 1 }
        return end
    }

    /// Unit characters inside ordinary words: 城市, 市场, 社区, 区域, 县级, 市直…
    static func isFalseUnit(_ p: Scalars, _ j: Int) -> Bool {
        for w in W.falseUnitsAfter where MetaScan.has(p, w, at: j) { return true }
        for w in W.falseUnitsBefore where MetaScan.has(p, w, at: j - 1) { return true }
        return false
    }

    /// "高新区" in a title and "珠海高新技术产业开发区" in the issuer are the same place: the title's
    /// name is an abbreviation whose characters appear in order in the issuer's, with the same
    /// final unit. The issuer's longer form is the place's real name.
    static func prefersIssuerPlace(title t: Scalars, issuer s: Scalars) -> Bool {
        guard s.count > t.count, let lt = t.last, let ls = s.last, lt == ls else { return false }
        var k = 0
        for c in s where k < t.count && c == t[k] { k += 1 }
        return k == t.count
    }

    /// Level by the place's last unit. Choices: 省 and 自治区 and the four municipalities by
    /// themselves are provinces; development and high-tech zones, 新区, 园区 and 试验区/保税区-type
    /// areas are zones (checked first: "高新区" ends in 区 but is no district); 州, 自治州, 盟,
    /// 地区 are prefectures; 区 (districts, 林区, 特区), 县, 旗 and their autonomous forms are
    /// counties; 市 is a prefecture unless it is a county-level city, which shows either in the
    /// header ("XX市（县级市）") or in the chain, a 市 under a 市/州/盟/地区 ("恩施州恩施市").
    static func level(of loc: Scalars, header: ArraySlice<Scalars>) -> Metadata.Level? {
        let s = loc[...]
        for z in W.zoneSuffixes where MetaScan.hasSuffix(s, z) { return .zone }
        if MetaScan.hasSuffix(s, W.s("自治区")) { return .province }
        guard let last = loc.last else { return nil }
        switch last {
        case "省": return .province
        case "州", "盟": return .prefecture
        case "区":
            return MetaScan.hasSuffix(s, W.s("地区")) ? .prefecture : .county
        case "县", "旗": return .county
        case "市":
            for m in W.municipalities where loc == m { return .province }
            if loc.count >= 2 {
                // A 市 under another 市, 州, 盟 or 地区 in the chain is county-level.
                var k = loc.count - 2
                while k >= 1 {
                    switch loc[k] {
                    case "市", "州", "盟":
                        if k + 1 < loc.count - 1 { return .county }
                    case "区":
                        if k >= 1, loc[k - 1] == "地" { return .county }
                    default: break
                    }
                    k -= 1
                }
            }
            for line in header where MetaScan.contains(line[...], loc + W.s("（县级市）")) || MetaScan.contains(line[...], W.countyCity + loc) {
                return .county
            }
            return .prefecture
        default:
            return nil
        }
    }
}
