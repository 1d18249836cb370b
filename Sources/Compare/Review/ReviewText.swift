/// Text as the review compares it: `MatchText` with years masked and, for the wording check, the
/// entry's own deadlines taken out.
///
/// Why mask years: a task carried from a 2018 plan into a 2021 plan says 2021 where it said 2018;
/// that is the calendar, not a change an office must act on. Why take deadlines out of the wording:
/// a moved time limit is reported once, as a deadline change, not again as a wording change.
enum ReviewText {
    /// Stands for a year: '#' is punctuation, which `MatchText` never keeps, so it matches nothing else.
    static let year: UInt32 = 0x23

    static func masked(_ text: String, without phrases: [String] = []) -> MatchText {
        var match = MatchText(text)
        for phrase in phrases {
            let needle = MatchText(phrase).scalars
            while let at = match.firstOffset(of: needle) {
                match.scalars.removeSubrange(at..<(at + needle.count))
            }
        }
        match.scalars = maskYears(match.scalars)
        return match
    }

    /// Every run of exactly four digits from 1900 to 2099 becomes one `year` scalar.
    static func maskYears(_ scalars: [UInt32]) -> [UInt32] {
        func isDigit(_ v: UInt32) -> Bool { (0x30...0x39).contains(v) }
        var out: [UInt32] = []
        out.reserveCapacity(scalars.count)
        var i = 0
        while i < scalars.count {
            guard isDigit(scalars[i]) else { out.append(scalars[i]); i += 1; continue }
            var end = i
            while end < scalars.count && isDigit(scalars[end]) { end += 1 }
            let century = (scalars[i], i + 1 < end ? scalars[i + 1] : 0)
            if end - i == 4 && (century == (0x31, 0x39) || century == (0x32, 0x30)) {
                out.append(year)
            } else {
                out.append(contentsOf: scalars[i..<end])
            }
            i = end
        }
        return out
    }
}
