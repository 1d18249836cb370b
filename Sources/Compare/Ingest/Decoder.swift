import Foundation

/// Turns a file's bytes into text, choosing the encoding from the bytes themselves.
///
/// Why our own detection: `String(decoding:as:)` keeps a BOM and silently turns bad bytes into
/// U+FFFD, which would hide a GBK file behind replacement characters. We check UTF-8 strictly,
/// fall back to GB18030 (a superset of GBK), and refuse binary data before guessing.
enum Decoder {
    /// Foundation's NSStringEncoding for GB18030 (kCFStringEncodingGB_18030_2000 = 0x0632,
    /// converted); CFStringEncodings is not exported on Linux, the raw value works on both.
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    /// The text and its encoding, and the text's scalars when the decoding made them on the way (a
    /// GB18030 text the table reads: `GB18030Table.decodeWithScalars`), so the reader does not
    /// decode the text again.
    static func decodeWithScalars(_ bytes: [UInt8], path: String) throws -> (text: String, encoding: TextEncoding, scalars: [Unicode.Scalar]?) {
        if bytes.isEmpty { throw InputError.empty(path: path) }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            // The same refusal as without the mark: a NUL in a plan's text makes Foundation's
            // search trap (a word cut from the plan, ending in it, searched for in the plan).
            if let offset = controlByteOffset(bytes[3...]) { throw InputError.binary(path: path, offset: offset) }
            return (try utf8(bytes[3...], path: path), .utf8BOM, nil)
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return (try utf16(bytes[2...], littleEndian: true, path: path), .utf16LE, nil)
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return (try utf16(bytes[2...], littleEndian: false, path: path), .utf16BE, nil)
        }
        if let littleEndian = utf16WithoutBOM(bytes) {
            let even = bytes.count % 2 == 0 ? bytes[...] : bytes.dropLast()
            return (try utf16(even, littleEndian: littleEndian, path: path), littleEndian ? .utf16LE : .utf16BE, nil)
        }
        if let offset = controlByteOffset(bytes[...]) { throw InputError.binary(path: path, offset: offset) }
        if let text = String(validating: bytes, as: UTF8.self) { return (text, .utf8, nil) }
        if let (text, scalars) = GB18030Table.decodeWithScalars(bytes), !text.isEmpty { return (text, .gb18030, scalars) }
        if let text = String(data: Data(bytes), encoding: gb18030), !text.isEmpty {
            return (text, .gb18030, nil)
        }
        throw InputError.undecodable(path: path, line: lineOfFirstInvalidUTF8(bytes))
    }

    private static func utf8(_ bytes: ArraySlice<UInt8>, path: String) throws -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        throw InputError.undecodable(path: path, line: lineOfFirstInvalidUTF8(Array(bytes)))
    }

    private static func utf16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool, path: String) throws -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i + 1 < bytes.endIndex {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(littleEndian ? (b << 8 | a) : (a << 8 | b))
            i += 2
        }
        guard let text = String(validating: units, as: UTF16.self) else {
            var line = 1
            for u in units { if u == 0x0A { line += 1 } else if (0xD800...0xDFFF).contains(u) { break } }
            throw InputError.undecodable(path: path, line: line)
        }
        if text.unicodeScalars.contains(where: { $0.value == 0 }) {
            throw InputError.binary(path: path, offset: 0)
        }
        return text
    }

    /// UTF-16 without a BOM: text with NUL bytes in it (the high byte of ASCII) and an even
    /// length. Both byte orders are decoded and the one that reads as Chinese or ASCII text wins;
    /// counting NULs per side alone fails, since 一 (U+4E00) puts a NUL on the other side too.
    /// Returns true for little-endian, false for big-endian, nil when neither reads as text.
    private static func utf16WithoutBOM(_ bytes: [UInt8]) -> Bool? {
        // An odd length is a file cut off mid-character: judge (and decode) without the last byte.
        // NUL looked for by `memchr`: a loop over the bytes was a fortieth of reading a file.
        guard bytes.count >= 4, bytes.withUnsafeBufferPointer({ b in b.baseAddress.map { memchr($0, 0, b.count) != nil } ?? false }) else { return nil }
        let sample = Array(bytes.prefix(8192))
        func plausibility(littleEndian: Bool) -> Double {
            var good = 0, total = 0
            var i = 0
            while i + 1 < sample.count {
                let a = UInt32(sample[i]), b = UInt32(sample[i + 1])
                let unit = littleEndian ? (b << 8 | a) : (a << 8 | b)
                total += 1
                if let scalar = Unicode.Scalar(unit),
                    scalar == "\n" || scalar == "\r" || scalar == "\t" || (0x20..<0x7F).contains(unit)
                        || CJK.isWide(scalar) || CJK.isSpace(scalar)
                {
                    good += 1
                }
                i += 2
            }
            return total == 0 ? 0 : Double(good) / Double(total)
        }
        let le = plausibility(littleEndian: true), be = plausibility(littleEndian: false)
        guard max(le, be) >= 0.9 else { return nil }
        return le >= be
    }

    /// The offset of the first byte that no text file holds (NUL, or C0 controls other than
    /// tab, line feed, form feed, carriage return and escape).
    /// Read eight bytes a step while none is below 0x20 (`(x − 0x20…) & ~x & 0x80…` is zero exactly
    /// when no byte of the word is): a byte-by-byte loop was a sixteenth of reading a file.
    static func controlByteOffset(_ bytes: ArraySlice<UInt8>) -> Int? {
        bytes.withUnsafeBufferPointer { b -> Int? in
            guard let base = UnsafeRawPointer(b.baseAddress) else { return nil }
            let (ones, highs): (UInt64, UInt64) = (0x2020_2020_2020_2020, 0x8080_8080_8080_8080)
            var i = 0
            while i < b.count {
                if i + 8 <= b.count {
                    let x = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                    if (x &- ones) & ~x & highs == 0 {
                        i += 8
                        continue
                    }
                }
                switch b[i] {
                case 0x09, 0x0A, 0x0C, 0x0D, 0x1B, 0x20...: break
                default: return bytes.startIndex + i
                }
                i += 1
            }
            return nil
        }
    }

    /// Line (1-based) of the first byte sequence that is not UTF-8, for the error message.
    static func lineOfFirstInvalidUTF8(_ bytes: [UInt8]) -> Int {
        var line = 1
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x0A { line += 1; i += 1; continue }
            if b < 0x80 { i += 1; continue }
            let need: Int
            if b & 0xE0 == 0xC0, b >= 0xC2 { need = 1 }
            else if b & 0xF0 == 0xE0 { need = 2 }
            else if b & 0xF8 == 0xF0, b <= 0xF4 { need = 3 }
            else { return line }
            for k in 1...need where i + k >= bytes.count || bytes[i + k] & 0xC0 != 0x80 { return line }
            i += need + 1
        }
        return line
    }
}
