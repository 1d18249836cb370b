/// A report's text built as UTF-8 bytes, made a `String` once when it is done.
///
/// Why: every `+=` on a `String` holding Chinese read the appended scalars again to keep the
/// string's normalisation flags, and the string grew by copies; appends were most of the 1.4
/// million instructions a plan's Markdown report cost (callgrind, `compare-bench corpus`). Here
/// a piece's bytes are copied as they are, and the bytes are read once, when the String is made.
struct ReportText {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    static func += (report: inout ReportText, piece: String) {
        report.append(piece)
    }

    mutating func append(_ piece: String) {
        if piece.utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil {
            bytes.append(contentsOf: piece.utf8)
        }
    }

    /// A number as its decimal digits, as `"\(n)"` writes it, with no string interpolated first.
    static func += (report: inout ReportText, number: Int) {
        report.append(String(number))
    }

    /// The pieces with `separator` between them (`joined(separator:)` without the joined string).
    mutating func append(_ pieces: [String], separator: String) {
        for (k, piece) in pieces.enumerated() {
            if k > 0 { append(separator) }
            append(piece)
        }
    }

    mutating func append(bytes other: ReportText) {
        bytes.append(contentsOf: other.bytes)
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }
}
