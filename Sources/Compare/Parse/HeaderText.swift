/// Header lines in one spelling, and the classes of scalars the header readers test.
extension MetadataExtractor {
    /// Header lines in one spelling: no white space (it carries no meaning in a Chinese header and
    /// plans scatter it inside words), ASCII punctuation in full width, full-width digits in ASCII,
    /// leftover "[bookmark: …]" fields and HTML tags dropped (in case a caller passes raw lines).
    static func normalize(_ text: String) -> Scalars {
        normalize(ScalarText.scalars(text))
    }

    static func normalize(_ src: Scalars) -> Scalars {
        var out: Scalars = []
        out.reserveCapacity(src.count)
        var i = 0
        while i < src.count {
            let c = src[i]
            if ScalarText.isBlank(c) {
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
                if let d = ScalarText.digit(c), !c.isASCII {
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
    static func isSentencePunct(_ c: Unicode.Scalar) -> Bool { ScalarText.isSentencePunct(c) }

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
            if isSentencePunct(c) || c == "《" || c == "》" || ScalarText.digit(c) != nil { return false }
        }
        switch last {
        case "厅", "室", "府", "会", "组", "局", "委", "办", "心", "部", "院", "处", "所", "队", "站", "司":
            return true
        default:
            return false
        }
    }
}
