/// The entries of a zip archive (a .docx is one), read from its central directory.
///
/// Only what a Word file needs: stored and deflated entries, no encryption, no ZIP64 (a plan is
/// far below 4 GB). Every offset is checked against the bytes, so a damaged or hostile archive is
/// a `Failure`, never a trap.
struct ZipArchive {
    enum Failure: Error, Equatable {
        case notAnArchive
        case damaged(String)
        case encrypted(String)
        case unsupported(String)
        case tooLarge(String)
    }

    struct Entry: Equatable {
        var name: String
        var method: Int
        var flags: Int
        var compressedSize: Int
        var size: Int
        var localHeader: Int
    }

    let bytes: [UInt8]
    let entries: [Entry]

    /// True when `bytes` open as a zip archive does (a local file header).
    static func looksLikeArchive(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 4 && bytes[0] == 0x50 && bytes[1] == 0x4B && bytes[2] == 0x03 && bytes[3] == 0x04
    }

    init(_ bytes: [UInt8]) throws(Failure) {
        self.bytes = bytes
        // The end record is in the last 22 bytes plus up to 65,535 bytes of comment.
        let lowest = max(0, bytes.count - 22 - 65_535)
        var end = bytes.count - 22
        while end >= lowest, !(bytes[end] == 0x50 && bytes[end + 1] == 0x4B && bytes[end + 2] == 0x05 && bytes[end + 3] == 0x06) {
            end -= 1
        }
        guard end >= lowest else { throw .notAnArchive }
        let count = Self.u16(bytes, end + 10)
        let directory = Self.u32(bytes, end + 16)
        guard count != 0xFFFF, directory != 0xFFFF_FFFF else { throw .unsupported("ZIP64") }
        var entries: [Entry] = []
        var p = directory
        for _ in 0..<count {
            guard p + 46 <= bytes.count, Self.u32(bytes, p) == 0x0201_4B50 else {
                throw .damaged("the central directory is cut short or out of place")
            }
            let nameLength = Self.u16(bytes, p + 28)
            let extra = Self.u16(bytes, p + 30), comment = Self.u16(bytes, p + 32)
            guard p + 46 + nameLength <= bytes.count else { throw .damaged("an entry's name runs past the end") }
            let name = String(decoding: bytes[(p + 46)..<(p + 46 + nameLength)], as: UTF8.self)
            entries.append(Entry(
                name: name, method: Self.u16(bytes, p + 10), flags: Self.u16(bytes, p + 8),
                compressedSize: Self.u32(bytes, p + 20), size: Self.u32(bytes, p + 24),
                localHeader: Self.u32(bytes, p + 42)))
            p += 46 + nameLength + extra + comment
        }
        self.entries = entries
    }

    func contains(_ name: String) -> Bool { entries.contains { $0.name == name } }

    /// The entry's bytes, unpacked; nil when the archive has no such entry. At most `limit` bytes.
    func data(_ name: String, limit: Int) throws(Failure) -> [UInt8]? {
        guard let entry = entries.first(where: { $0.name == name }) else { return nil }
        if entry.flags & 1 != 0 { throw .encrypted(name) }
        let p = entry.localHeader
        guard p + 30 <= bytes.count, Self.u32(bytes, p) == 0x0403_4B50 else { throw .damaged("\(name) has no local header") }
        let start = p + 30 + Self.u16(bytes, p + 26) + Self.u16(bytes, p + 28)
        let end = start + entry.compressedSize
        guard end <= bytes.count else { throw .damaged("\(name) runs past the end of the file") }
        switch entry.method {
        case 0:
            guard entry.compressedSize <= limit else { throw .tooLarge(name) }
            return Array(bytes[start..<end])
        case 8:
            do throws(Inflate.Failure) {
                return try Inflate.inflate(bytes[start..<end], limit: limit)
            } catch {
                switch error {
                case .tooLarge: throw .tooLarge(name)
                case .truncated: throw .damaged("\(name) is cut short")
                case let .invalid(what): throw .damaged("\(name): \(what)")
                }
            }
        default:
            throw .unsupported("\(name) is packed with method \(entry.method)")
        }
    }

    static func u16(_ b: [UInt8], _ p: Int) -> Int {
        guard p >= 0, p + 2 <= b.count else { return 0 }
        return Int(b[p]) | Int(b[p + 1]) << 8
    }

    static func u32(_ b: [UInt8], _ p: Int) -> Int {
        guard p >= 0, p + 4 <= b.count else { return 0 }
        return Int(b[p]) | Int(b[p + 1]) << 8 | Int(b[p + 2]) << 16 | Int(b[p + 3]) << 24
    }
}
