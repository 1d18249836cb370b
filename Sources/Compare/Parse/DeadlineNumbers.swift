/// The numbers and words the deadline scanner reads around a limit: Arabic and Chinese numbers,
/// years written digit by digit, and the words before and after a date that make it a start or a
/// point of reference.
extension DeadlineExtractor.Scanner {
    // MARK: Numbers

    struct Number {
        let start: Int
        let end: Int
        let value: Int
        /// Arabic digits (ASCII or full-width) rather than Chinese numerals.
        let arabic: Bool
        let digits: Int
    }

    /// A number starting at `i`: a run of Arabic digits, or of Chinese numerals (三, 十五, and
    /// digit-by-digit years such as 二〇二一 / 二○二一).
    func number(at i: Int) -> Number? {
        if let year = chineseYear(at: i) { return year }
        if digit(s[i]) != nil {
            var v = 0, k = i
            while k < s.count, let d = digit(s[k]) {
                if k - i < 9 { v = v * 10 + d }
                k += 1
            }
            return Number(start: i, end: k, value: v, arabic: true, digits: k - i)
        }
        guard isCNNumeral(s[i]) else { return nil }
        var k = i
        while k < s.count, isCNNumeral(s[k]) { k += 1 }
        let run = s[i..<k]
        if let v = ChineseNumeral.value(run) {
            return Number(start: i, end: k, value: v, arabic: false, digits: k - i)
        }
        // A year written digit by digit.
        if k - i == 4 {
            var v = 0
            for c in run {
                guard let d = c == "○" ? 0 : ChineseNumeral.digit(c) else { return nil }
                v = v * 10 + d
            }
            return Number(start: i, end: k, value: v, arabic: false, digits: 4)
        }
        return nil
    }

    /// A year written digit by digit and followed by 年, by the same rule as every other
    /// reader (`ScalarText.yearDigit`: 〇, ○, 零 and a zero typed as O or 0 all count).
    func chineseYear(at i: Int) -> Number? {
        guard i + 4 < s.count, ChineseNumeral.digit(s[i]) != nil, s[i + 4] == "年" else { return nil }
        var v = 0
        for k in i..<(i + 4) {
            guard let d = ScalarText.yearDigit(s[k]) else { return nil }
            v = v * 10 + d
        }
        return Number(start: i, end: i + 4, value: v, arabic: false, digits: 4)
    }

    func digit(_ c: Unicode.Scalar) -> Int? { ScalarText.digit(c) }

    func isCNNumeral(_ c: Unicode.Scalar) -> Bool {
        ChineseNumeral.isNumeralScalar(c) || c == "○"
    }

    /// A small count or day/month number (not a year, not a phone number).
    func small(_ n: Number, max: Int) -> Int? {
        (n.arabic && n.digits > 3) ? nil : (1...max).contains(n.value) ? n.value : nil
    }

    // MARK: Text helpers

    func at(_ i: Int, _ word: String) -> Bool {
        end(of: word, at: i) != nil
    }

    /// Where `word` ends when it stands at `i`: the match and its length in one walk (the
    /// scalar view's count walks the word again through the generic index).
    func end(of word: String, at i: Int) -> Int? {
        var k = i
        for c in word.unicodeScalars {
            guard k < s.count, s[k] == c else { return nil }
            k += 1
        }
        return k
    }

    /// The end of `word` at `i`, if it is there.
    func after(_ i: Int, _ words: [String]) -> Int? {
        for w in words {
            if let e = end(of: w, at: i) { return e }
        }
        return nil
    }

    func before(_ i: Int, _ word: String) -> Bool {
        let n = ScalarText.scalarCount(word)
        return i - n >= 0 && at(i - n, word)
    }

    /// 前 / 之前 / 以前.
    func by(_ i: Int) -> Int? { after(i, ["之前", "以前", "前"]) }

    /// Words after a date without 前 that make it a start or a point of reference, not a limit
    /// ("2021年底起", "2020年底的余额").
    func startsSomething(_ i: Int) -> Bool {
        after(i, ["起", "以来", "开始", "后", "以后", "之后", "的"]) != nil
    }

    /// "截至2021年底" is a point of reference (as of), "自2021年底" a start.
    func statusOrStart(_ start: Int) -> Bool {
        before(start, "截至") || before(start, "截止到") || before(start, "截止至")
            || before(start, "自") || before(start, "从")
    }
}
