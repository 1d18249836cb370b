/// Web-page metadata: labelled fields printed above a plan.
extension MetadataExtractor {
    /// Number, issuer and date from labelled fields, as web pages print them above a plan
    /// ("发文字号：X政办发〔2020〕12号", "成文日期：2020-05-06", "发布机构：X市人民政府办公室"), in one
    /// line each or run together.
    static func labeledFields(_ texts: [Scalars], upTo end: Int)
        -> Fields
    {
        var fields = Fields()
        for a in texts.prefix(end) where a.count <= 400 && a.contains("：") {
            var i = 0
            while i < a.count {
                if a[i] == "：" {
                    if fields.number == nil, endingLabel(a, colon: i, W.numberFieldLabels) != nil,
                        let n = headerNumber(a, at: i + 1)
                    {
                        fields.number = n.value
                    } else if fields.date == nil, endingLabel(a, colon: i, W.dateFieldLabels) != nil {
                        fields.date = ScalarText.date(a, at: i + 1)?.value ?? ScalarText.numericDate(a, at: i + 1)
                    } else if fields.issuer == nil, endingLabel(a, colon: i, W.issuerFieldLabels) != nil {
                        fields.issuer = fieldOrganization(a, from: i + 1)
                    }
                }
                i += 1
            }
        }
        return fields
    }

    /// The label among `labels` (each ending in "：") whose colon is at `colon`.
    static func endingLabel(_ a: Scalars, colon: Int, _ labels: [Scalars]) -> Scalars? {
        for l in labels where ScalarText.has(a, l, at: colon + 1 - l.count) { return l }
        return nil
    }

    /// The organ named after a label, up to the next field name or punctuation.
    static func fieldOrganization(_ a: Scalars, from i: Int) -> String? {
        var j = i
        outer: while j < a.count, j - i < 50 {
            if !CJK.isIdeograph(a[j]) && a[j] != "（" && a[j] != "）" { break }
            if j > i {
                for f in W.fieldNames where ScalarText.has(a, f, at: j) { break outer }
            }
            j += 1
        }
        let org = a[i..<j]
        return isOrganization(org) ? ScalarText.string(org) : nil
    }
}
