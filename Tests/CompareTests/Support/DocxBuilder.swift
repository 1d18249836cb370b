import Foundation
@testable import Compare

/// Builds .docx files in the test: a zip writer (stored or deflated entries, real CRC-32, so the
/// files also open in Word), a DEFLATE encoder with fixed Huffman codes and LZ77 back-references
/// (so the reader's length and distance decoding is exercised, overlapping copies included), and
/// WordprocessingML for paragraphs, lists and tables.
enum DocxBuilder {
    enum Packing { case stored, fixedHuffman, storedBlocks }

    // MARK: Zip

    static func zip(_ entries: [(name: String, data: [UInt8])], packing: Packing) -> [UInt8] {
        var out: [UInt8] = []
        var directory: [UInt8] = []
        for (name, data) in entries {
            let method: UInt16 = packing == .stored ? 0 : 8
            let packed: [UInt8]
            switch packing {
            case .stored: packed = data
            case .fixedHuffman: packed = deflateFixed(data)
            case .storedBlocks: packed = deflateStored(data)
            }
            let crc = crc32(data)
            let nameBytes = Array(name.utf8)
            let offset = out.count
            out += le32(0x0403_4B50) + le16(20) + le16(0) + le16(method) + le16(0) + le16(0x21)
            out += le32(crc) + le32(UInt32(packed.count)) + le32(UInt32(data.count))
            out += le16(UInt16(nameBytes.count)) + le16(0) + nameBytes + packed
            directory += le32(0x0201_4B50) + le16(20) + le16(20) + le16(0) + le16(method) + le16(0) + le16(0x21)
            directory += le32(crc) + le32(UInt32(packed.count)) + le32(UInt32(data.count))
            directory += le16(UInt16(nameBytes.count)) + le16(0) + le16(0) + le16(0) + le16(0) + le32(0)
            directory += le32(UInt32(offset)) + nameBytes
        }
        let start = out.count
        out += directory
        out += le32(0x0605_4B50) + le16(0) + le16(0) + le16(UInt16(entries.count)) + le16(UInt16(entries.count))
        out += le32(UInt32(directory.count)) + le32(UInt32(start)) + le16(0)
        return out
    }

    static func le16(_ v: UInt16) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8)] }
    static func le32(_ v: UInt32) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v >> 16 & 0xFF), UInt8(v >> 24)] }

    static func crc32(_ data: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    // MARK: DEFLATE

    struct BitWriter {
        var bytes: [UInt8] = []
        var buffer: UInt32 = 0
        var count: UInt32 = 0

        mutating func write(_ value: Int, _ n: Int) {
            for k in 0..<n { push(UInt32(value >> k) & 1) }
        }

        /// Huffman codes go most significant bit first.
        mutating func writeCode(_ code: Int, _ n: Int) {
            for k in stride(from: n - 1, through: 0, by: -1) { push(UInt32(code >> k) & 1) }
        }

        private mutating func push(_ bit: UInt32) {
            buffer |= bit << count
            count += 1
            if count == 8 { flush() }
        }

        mutating func flush() {
            guard count > 0 else { return }
            bytes.append(UInt8(buffer & 0xFF))
            buffer = 0
            count = 0
        }
    }

    /// Stored blocks of at most `blockSize` bytes (several blocks for larger data).
    static func deflateStored(_ data: [UInt8], blockSize: Int = 1_000) -> [UInt8] {
        var out: [UInt8] = []
        var start = 0
        repeat {
            let end = min(data.count, start + blockSize)
            out.append(end == data.count ? 1 : 0)
            let n = UInt16(end - start)
            out += le16(n) + le16(~n) + data[start..<end]
            start = end
        } while start < data.count
        return out
    }

    /// One fixed-Huffman block: greedy LZ77 over the last 32 KB (matches of 3…258 bytes found
    /// through a hash of 3 bytes), literals otherwise.
    static func deflateFixed(_ data: [UInt8]) -> [UInt8] {
        var w = BitWriter()
        w.write(1, 1)
        w.write(1, 2)
        var last: [Int: Int] = [:]
        var i = 0
        while i < data.count {
            var length = 0, distance = 0
            if i + 3 <= data.count {
                let key = Int(data[i]) << 16 | Int(data[i + 1]) << 8 | Int(data[i + 2])
                if let j = last[key], i - j <= 32_768 {
                    var n = 0
                    while i + n < data.count, n < 258, data[j + n] == data[i + n] { n += 1 }
                    if n >= 3 { length = n; distance = i - j }
                }
                last[key] = i
            }
            if length >= 3 {
                writeLength(length, &w)
                writeDistance(distance, &w)
                for k in (i + 1)..<(i + length) where k + 3 <= data.count {
                    last[Int(data[k]) << 16 | Int(data[k + 1]) << 8 | Int(data[k + 2])] = k
                }
                i += length
            } else {
                writeLiteral(Int(data[i]), &w)
                i += 1
            }
        }
        writeLiteral(256, &w)
        w.flush()
        return w.bytes
    }

    static func writeLiteral(_ symbol: Int, _ w: inout BitWriter) {
        switch symbol {
        case 0...143: w.writeCode(0x30 + symbol, 8)
        case 144...255: w.writeCode(0x190 + symbol - 144, 9)
        case 256...279: w.writeCode(symbol - 256, 7)
        default: w.writeCode(0xC0 + symbol - 280, 8)
        }
    }

    static func writeLength(_ length: Int, _ w: inout BitWriter) {
        let k = Inflate.lengthBase.lastIndex { $0 <= length }!
        writeLiteral(257 + k, &w)
        w.write(length - Inflate.lengthBase[k], Inflate.lengthExtra[k])
    }

    static func writeDistance(_ distance: Int, _ w: inout BitWriter) {
        let k = Inflate.distanceBase.lastIndex { $0 <= distance }!
        w.writeCode(k, 5)
        w.write(distance - Inflate.distanceBase[k], Inflate.distanceExtra[k])
    }

    // MARK: WordprocessingML

    static let namespace = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }

    /// A paragraph; `list` and `level` give it automatic numbering, `style` a paragraph style.
    static func paragraph(_ text: String, list: Int? = nil, level: Int = 0, style: String? = nil) -> String {
        var properties = ""
        if let style { properties += "<w:pStyle w:val=\"\(style)\"/>" }
        if let list { properties += "<w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"\(list)\"/></w:numPr>" }
        let pPr = properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>"
        return "<w:p>\(pPr)<w:r><w:t xml:space=\"preserve\">\(escaped(text))</w:t></w:r></w:p>"
    }

    static func table(_ rows: [[String]]) -> String {
        let body = rows.map { row in
            "<w:tr>" + row.map { "<w:tc><w:p><w:r><w:t xml:space=\"preserve\">\(escaped($0))</w:t></w:r></w:p></w:tc>" }.joined() + "</w:tr>"
        }
        return "<w:tbl>" + body.joined() + "</w:tbl>"
    }

    static func document(_ body: [String]) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document \(namespace)><w:body>"
            + body.joined() + "<w:sectPr/></w:body></w:document>"
    }

    struct Level {
        var format: String
        var text: String
        var start = 1
        var suffix = "tab"
    }

    /// Abstract definitions (each a list of levels) and the lists (numId → abstract, start overrides).
    static func numbering(abstracts: [Int: [Level]], lists: [(id: Int, abstract: Int, restart: [Int: Int])]) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering \(namespace)>"
        for (id, levels) in abstracts.sorted(by: { $0.key < $1.key }) {
            out += "<w:abstractNum w:abstractNumId=\"\(id)\">"
            for (k, l) in levels.enumerated() {
                out += "<w:lvl w:ilvl=\"\(k)\"><w:start w:val=\"\(l.start)\"/><w:numFmt w:val=\"\(l.format)\"/>"
                out += "<w:lvlText w:val=\"\(l.text)\"/><w:suff w:val=\"\(l.suffix)\"/></w:lvl>"
            }
            out += "</w:abstractNum>"
        }
        for list in lists {
            out += "<w:num w:numId=\"\(list.id)\"><w:abstractNumId w:val=\"\(list.abstract)\"/>"
            for (k, start) in list.restart.sorted(by: { $0.key < $1.key }) {
                out += "<w:lvlOverride w:ilvl=\"\(k)\"><w:startOverride w:val=\"\(start)\"/></w:lvlOverride>"
            }
            out += "</w:num>"
        }
        return out + "</w:numbering>"
    }

    /// Paragraph styles that number their paragraphs: styleId → (numId, level).
    static func styles(_ numbered: [String: (list: Int, level: Int)]) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles \(namespace)>"
        for (id, n) in numbered.sorted(by: { $0.key < $1.key }) {
            out += "<w:style w:type=\"paragraph\" w:styleId=\"\(id)\"><w:name w:val=\"\(id)\"/>"
            out += "<w:pPr><w:numPr><w:ilvl w:val=\"\(n.level)\"/><w:numId w:val=\"\(n.list)\"/></w:numPr></w:pPr></w:style>"
        }
        return out + "</w:styles>"
    }

    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        </Types>
        """

    static let packageRelationships = """
        <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
        </Relationships>
        """

    /// A whole .docx: the document, and numbering and styles when given.
    static func docx(body: [String], numbering: String? = nil, styles: String? = nil, packing: Packing = .fixedHuffman) -> [UInt8] {
        var entries: [(name: String, data: [UInt8])] = [
            ("[Content_Types].xml", Array(contentTypes.utf8)), ("_rels/.rels", Array(packageRelationships.utf8)),
            ("word/document.xml", Array(document(body).utf8)),
        ]
        if let numbering { entries.append(("word/numbering.xml", Array(numbering.utf8))) }
        if let styles { entries.append(("word/styles.xml", Array(styles.utf8))) }
        return zip(entries, packing: packing)
    }
}
