/// Raw DEFLATE (RFC 1951) decompression: how a .docx stores `word/document.xml`.
///
/// Why written here: Foundation on Linux has no zip reader and the project takes no package, and a
/// decoder of a hundred lines is easier to bound than a C library: every read is checked, the
/// output has a ceiling (a small zip may unpack to gigabytes), and damaged data is an error,
/// never a trap. Huffman codes are decoded canonically, one bit at a time (RFC 1951 3.2.2, in the
/// manner of zlib's `puff.c`): a document is a few hundred kilobytes, so clarity wins over tables.
enum Inflate {
    enum Failure: Error, Equatable {
        /// The stream ends before its last block does.
        case truncated
        /// A block type, code length set or distance the format does not allow.
        case invalid(String)
        /// The output would pass `limit` bytes.
        case tooLarge
    }

    static func inflate(_ input: ArraySlice<UInt8>, limit: Int) throws(Failure) -> [UInt8] {
        var reader = BitReader(input)
        var out: [UInt8] = []
        var last = false
        while !last {
            last = try reader.bits(1) == 1
            switch try reader.bits(2) {
            case 0: try stored(&reader, into: &out, limit: limit)
            case 1: try codes(&reader, Fixed.lengths, Fixed.distances, into: &out, limit: limit)
            case 2:
                let (lengths, distances) = try dynamicTables(&reader)
                try codes(&reader, lengths, distances, into: &out, limit: limit)
            default: throw .invalid("block type 3")
            }
        }
        return out
    }

    /// Bits in the order DEFLATE packs them: from the low bit of each byte up.
    struct BitReader {
        let bytes: ArraySlice<UInt8>
        var position: Int
        var buffer: UInt32 = 0
        var count = 0

        init(_ bytes: ArraySlice<UInt8>) {
            self.bytes = bytes
            position = bytes.startIndex
        }

        mutating func bits(_ n: Int) throws(Failure) -> Int {
            while count < n {
                guard position < bytes.endIndex else { throw .truncated }
                buffer |= UInt32(bytes[position]) << UInt32(count)
                position += 1
                count += 8
            }
            let value = Int(buffer & ((1 << UInt32(n)) - 1))
            buffer >>= UInt32(n)
            count -= n
            return value
        }

        /// Drops the bits left of the current byte (a stored block starts on a byte).
        mutating func align() {
            buffer = 0
            count = 0
        }
    }

    /// A canonical Huffman code: how many codes of each length, and the symbols in code order.
    struct Huffman {
        var counts = [Int](repeating: 0, count: 16)
        var symbols: [Int]

        /// Nil when the lengths over-subscribe the code (more codes than the lengths allow).
        /// An incomplete code is allowed, as zlib allows it (a single distance code is common).
        init?(lengths: ArraySlice<Int>) {
            symbols = [Int](repeating: 0, count: lengths.count)
            for length in lengths { counts[length] += 1 }
            var left = 1
            for length in 1..<16 {
                left = left * 2 - counts[length]
                if left < 0 { return nil }
            }
            var offsets = [Int](repeating: 0, count: 16)
            for length in 1..<15 { offsets[length + 1] = offsets[length] + counts[length] }
            for (symbol, length) in zip(0..., lengths) where length != 0 {
                symbols[offsets[length]] = symbol
                offsets[length] += 1
            }
        }

        func decode(_ reader: inout BitReader) throws(Failure) -> Int {
            var code = 0, first = 0, index = 0
            for length in 1..<16 {
                code |= try reader.bits(1)
                let count = counts[length]
                if code - first < count { return symbols[index + code - first] }
                index += count
                first = (first + count) << 1
                code <<= 1
            }
            throw .invalid("no such Huffman code")
        }
    }

    enum Fixed {
        static let lengths = Huffman(lengths: ArraySlice(
            [Int](repeating: 8, count: 144) + [Int](repeating: 9, count: 112)
                + [Int](repeating: 7, count: 24) + [Int](repeating: 8, count: 8)))!
        static let distances = Huffman(lengths: ArraySlice([Int](repeating: 5, count: 30)))!
    }

    static let lengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    static let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    static let distanceBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577]
    static let distanceExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]
    /// The order in which a dynamic block gives the code lengths of its code-length code.
    static let lengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    static func stored(_ reader: inout BitReader, into out: inout [UInt8], limit: Int) throws(Failure) {
        reader.align()
        var p = reader.position
        let bytes = reader.bytes
        guard p + 4 <= bytes.endIndex else { throw .truncated }
        let length = Int(bytes[p]) | Int(bytes[p + 1]) << 8
        let complement = Int(bytes[p + 2]) | Int(bytes[p + 3]) << 8
        guard length == ~complement & 0xFFFF else { throw .invalid("stored block length and its complement differ") }
        p += 4
        guard p + length <= bytes.endIndex else { throw .truncated }
        guard out.count + length <= limit else { throw .tooLarge }
        out.append(contentsOf: bytes[p..<(p + length)])
        reader.position = p + length
    }

    static func dynamicTables(_ reader: inout BitReader) throws(Failure) -> (Huffman, Huffman) {
        let literalCount = try reader.bits(5) + 257
        let distanceCount = try reader.bits(5) + 1
        let lengthCodeCount = try reader.bits(4) + 4
        guard literalCount <= 286, distanceCount <= 30 else { throw .invalid("too many codes in a dynamic block") }
        var codeLengths = [Int](repeating: 0, count: 19)
        for k in 0..<lengthCodeCount { codeLengths[lengthOrder[k]] = try reader.bits(3) }
        guard let lengthCode = Huffman(lengths: codeLengths[...]) else { throw .invalid("bad code-length code") }
        var lengths: [Int] = []
        lengths.reserveCapacity(literalCount + distanceCount)
        while lengths.count < literalCount + distanceCount {
            let symbol = try lengthCode.decode(&reader)
            switch symbol {
            case 0...15: lengths.append(symbol)
            case 16:
                guard let previous = lengths.last else { throw .invalid("a repeat with nothing before it") }
                lengths += [Int](repeating: previous, count: 3 + (try reader.bits(2)))
            case 17: lengths += [Int](repeating: 0, count: 3 + (try reader.bits(3)))
            default: lengths += [Int](repeating: 0, count: 11 + (try reader.bits(7)))
            }
        }
        guard lengths.count == literalCount + distanceCount else { throw .invalid("code lengths run past their count") }
        guard lengths[256] != 0 else { throw .invalid("no end-of-block code") }
        guard let literals = Huffman(lengths: lengths[0..<literalCount]),
            let distances = Huffman(lengths: lengths[literalCount...])
        else { throw .invalid("over-subscribed Huffman code") }
        return (literals, distances)
    }

    static func codes(_ reader: inout BitReader, _ literals: Huffman, _ distances: Huffman, into out: inout [UInt8], limit: Int) throws(Failure) {
        while true {
            let symbol = try literals.decode(&reader)
            if symbol < 256 {
                guard out.count < limit else { throw .tooLarge }
                out.append(UInt8(symbol))
                continue
            }
            if symbol == 256 { return }
            let k = symbol - 257
            guard k < 29 else { throw .invalid("length code \(symbol)") }
            let length = lengthBase[k] + (try reader.bits(lengthExtra[k]))
            let d = try distances.decode(&reader)
            guard d < 30 else { throw .invalid("distance code \(d)") }
            let distance = distanceBase[d] + (try reader.bits(distanceExtra[d]))
            guard distance <= out.count else { throw .invalid("a distance back past the start") }
            guard out.count + length <= limit else { throw .tooLarge }
            // Byte by byte: a copy may overlap what it writes (distance 1 repeats one byte).
            let start = out.count - distance
            for i in 0..<length { out.append(out[start + i]) }
        }
    }
}
