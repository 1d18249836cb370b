import Foundation

/// Bytes → clean text: the first stage of the pipeline.
public enum Ingest {
    /// Reads a plan file. Throws an `InputError` naming the file when it is missing, empty,
    /// binary or in no encoding we read.
    /// `-` reads standard input (a draft piped in), named "stdin" in reports.
    public static func read(path: String) throws -> SourceText {
        try read(path: path, limit: maxBytes)
    }

    /// `read(path:)` refusing a file over `limit` bytes before it is read, and a Word file that
    /// unpacks to more, or standard input longer: a batch reads `maxBytes` once for all its plans,
    /// where each read walked the whole environment for it.
    static func read(path: String, limit: Int) throws -> SourceText {
        if path == "-" { return try decode(bytes: readStandardInput(limit: limit), name: ReportLanguage.standardInputName, path: "(standard input)", limit: limit) }
        // One stat, following a link to the file it names (its size is the file's, not the link's).
        let status = FileStatus(path)
        if status == .missing { throw InputError.notFound(path: path) }
        if status == .folder { throw InputError.unreadable(path: path, reason: "it is a folder") }
        if let size = status.size, size > limit { throw InputError.tooLarge(path: path, bytes: size, limit: limit) }
        // A spreadsheet saved as comma-separated values is named as a spreadsheet, with what to save
        // it as (its commas set no cells apart here: it was "no plan structure found").
        if path.lowercased().hasSuffix(".csv") { throw InputError.unreadableFormat(path: path, format: UnreadFile.Format.spreadsheet.english) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError.unreadable(path: path, reason: "permission denied or I/O error")
        }
        return try decode(bytes: [UInt8](data), name: fileName(path), path: path, limit: limit)
    }

    /// A path's last component, read from its bytes: the part after the last "/", trailing slashes
    /// left out, "/" for a path of slashes only. What `(path as NSString).lastPathComponent` gives,
    /// without its trap on some paths ("a//中") and its cost (an NSString, every slash fixed first:
    /// about a fortieth of reading a plan), and with two differences, both on paths no plan is
    /// named by in practice: a name that opens with a combining mark ("dir/\u{301}x") is that name,
    /// where Foundation read the slash and the mark as one character and gave "dir/\u{301}x"; and
    /// "//" is "/", where Foundation gave "". "/" is one byte in UTF-8 and never part of another
    /// scalar's, so a cut beside it is a cut between scalars.
    static func fileName(_ path: String) -> String {
        let b = Array(path.utf8)
        var end = b.count
        while end > 1, b[end - 1] == 0x2F { end -= 1 }
        if end <= 1 { return end == 1 && b[0] == 0x2F ? "/" : String(decoding: b[0..<end], as: UTF8.self) }
        var start = end
        while start > 0, b[start - 1] != 0x2F { start -= 1 }
        return String(decoding: b[start..<end], as: UTF8.self)
    }

    /// Standard input to its end, refused past `limit` bytes like a file.
    static func readStandardInput(limit: Int) throws -> [UInt8] {
        let data: Data?
        do {
            data = try FileHandle.standardInput.readToEnd()
        } catch {
            throw InputError.unreadable(path: "(standard input)", reason: error.localizedDescription)
        }
        let bytes = [UInt8](data ?? Data())
        if bytes.count > limit { throw InputError.tooLarge(path: "(standard input)", bytes: bytes.count, limit: limit) }
        return bytes
    }

    /// The largest file `read` takes: 8 MB, or `COMPARE_TOOL_MAX_MB` megabytes. A plan is tens of
    /// kilobytes, so a file of hundreds of megabytes is a wrong file, refused at once rather than
    /// read for minutes (times by size: Benchmarks/README.md). Read from `environ` directly, not
    /// `ProcessInfo.environment`, which copies the whole environment into a dictionary at every
    /// call (a twelfth of reading a plan); like that dictionary, an environment naming the
    /// variable twice gives its last value (`getenv` would give the first).
    public static var maxBytes: Int {
        if let text = lastEnvironmentValue("COMPARE_TOOL_MAX_MB"), let mb = Double(text), mb > 0 {
            return Int(min(mb, 1_000_000) * 1_048_576)
        }
        return 8 * 1_048_576
    }

    /// The value of the last `name=` entry of the process's environment.
    static func lastEnvironmentValue(_ name: String) -> String? {
        let prefix = name + "="
        let length = prefix.utf8.count
        var found: UnsafeMutablePointer<CChar>? = nil
        var entry: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = environ
        while let e = entry, let text = e.pointee {
            if strncmp(text, prefix, length) == 0 { found = text + length }
            entry = e + 1
        }
        return found.map { String(cString: $0) }
    }

    /// Decodes and cleans bytes already in memory. `path` is only used in error messages. `limit`:
    /// the most a Word file may unpack to (`maxBytes` when not given).
    public static func decode(bytes: [UInt8], name: String, path: String? = nil, limit: Int? = nil) throws -> SourceText {
        let where_ = path ?? name
        let (lines, count, encoding) = try readLines(bytes, path: where_, limit: limit ?? maxBytes)
        if lines.isEmpty { throw InputError.empty(path: where_) }
        return SourceText(name: name, encoding: encoding, lines: Reflow.join(lines), originalLineCount: count)
    }

    /// The cleaned lines of a Word file, a web page or a text file in whichever encoding it is in;
    /// a PDF or an old binary Word file is named as such, not called "binary", so the user knows
    /// what to save it as.
    static func readLines(_ bytes: [UInt8], path: String, limit: Int = maxBytes) throws -> (lines: [SourceLine], count: Int, encoding: TextEncoding) {
        if ZipArchive.looksLikeArchive(bytes) {
            let paragraphs: [String]
            do {
                paragraphs = try WordDocument.lines(bytes, limit: limit)
            } catch {
                switch error {
                case let .notWord(what): throw InputError.notWord(path: path, what: what)
                case let .damaged(reason): throw InputError.damagedWord(path: path, reason: reason)
                }
            }
            // The file's size was bounded before reading; what it unpacks to is bounded here, by the
            // same limit, so a small archive of a huge text is refused as a huge text file would be.
            let size = paragraphs.reduce(0) { $0 + $1.utf8.count + 1 }
            if size > limit { throw InputError.tooLarge(path: path, bytes: size, limit: limit) }
            return (cleanLines(paragraphs.enumerated().map { ($1, $0 + 1) }), paragraphs.count, .docx)
        }
        if bytes.starts(with: Array("%PDF-".utf8)) {
            throw InputError.unreadableFormat(path: path, format: "a PDF")
        }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            throw InputError.unreadableFormat(path: path, format: "a Word 97–2003 (.doc) or WPS (.wps) file")
        }
        if isSingleFilePage(bytes) {
            throw InputError.unreadableFormat(path: path, format: UnreadFile.Format.singleFilePage.english)
        }
        let (text, encoding, decoded) = try Decoder.decodeWithScalars(bytes, path: path)
        let scalars = decoded ?? ScalarText.scalars(text)
        if HTMLReader.looksLikeHTML(scalars) {
            let count = scalars.reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
            return (siteFieldsUntabbed(cleanLines(HTMLReader.lines(scalars))), count, encoding)
        }
        let (lines, count) = cleanLines(scalars: scalars, text: text)
        // A text converted from a print may repeat its pages' header or footer (`RunningHeader`).
        return (RunningHeader.removed(siteFieldsUntabbed(lines)), count, encoding)
    }

    /// The lines of a site's fields (`Lexicon.opensSiteField`) with their tabs as spaces: a label
    /// and its value, not a table's row. Only the first `siteFieldLines` are asked: a site prints
    /// its fields above what it publishes (asking every line cost a quarter of reading a plan).
    static func siteFieldsUntabbed(_ lines: [SourceLine]) -> [SourceLine] {
        var out = lines
        // Asked of the decoded scalars: `String.utf8.contains` walked a line at twenty instructions a byte.
        for k in lines.indices.prefix(siteFieldLines) where lines[k].scalars.contains("\t") && Lexicon.opensSiteField(lines[k].scalars) {
            out[k].text = String(String.UnicodeScalarView(lines[k].scalars.map { $0 == "\t" ? " " : $0 }))
        }
        return out
    }

    /// How many of a text's first lines may be a site's fields.
    static let siteFieldLines = 40

    /// A web page a browser saved as one file (Chrome's 「单个文件」, IE's .mht): a mail message of
    /// MIME parts, whose header opens the file (`Name: value` lines) and names `multipart/related`
    /// before its first blank line. Read as text it was one item of MIME headers and encoded HTML.
    static func isSingleFilePage(_ bytes: [UInt8]) -> Bool {
        // A header's name opens the file: a plan (Chinese, a mark, white space) is passed at its first byte.
        guard let first = bytes.first, (0x41...0x5A).contains(first) || (0x61...0x7A).contains(first) else { return false }
        var mime = false, related = false, firstLine = true
        var start = 0
        let head = bytes.prefix(2048)
        while start < head.count {
            var end = start
            while end < head.count, head[end] != 0x0A, head[end] != 0x0D { end += 1 }
            let line = head[start..<end]
            if line.isEmpty { break }
            let lower = String(decoding: line.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }, as: UTF8.self)
            if firstLine {
                guard let colon = lower.firstIndex(of: ":"), colon > lower.startIndex,
                      lower[..<colon].allSatisfy({ $0.isLetter || $0 == "-" }) else { return false }
                firstLine = false
            }
            if lower.hasPrefix("mime-version:") { mime = true }
            if lower.contains("multipart/related") { related = true }
            // CRLF: the line feed after a carriage return ends the same line.
            start = end + (end + 1 < head.count && head[end] == 0x0D && head[end + 1] == 0x0A ? 2 : 1)
        }
        return mime && related
    }

    /// Lines a Word or HTML reader wrote, with their line numbers: spaces cleaned, no debris
    /// removed (there is none, and what looks like it is the plan's text), a page number dropped
    /// (a document converted from a PDF has them as paragraphs).
    static func cleanLines(_ read: [(text: String, line: Int)]) -> [SourceLine] {
        var lines: [SourceLine] = []
        var spaced: [SpacedColumns.Line] = []
        for (text, number) in read {
            let scalars = ScalarText.scalars(text)
            if PageNumber.isPageNumber(scalars) { continue }
            // A line the cleaner would leave as it is keeps its own string.
            let cleaned = LineCleaner.isClean(scalars, debris: false) ? scalars : LineCleaner.cleanScalars(scalars, debris: false)
            guard cleaned.contains(where: { $0 != "\t" }) else { continue }
            var line = SourceLine(text: cleaned.count == scalars.count && cleaned == scalars ? text : ScalarText.string(cleaned), line: number)
            line.rawLength = scalars.count
            line.decoded = cleaned
            let gaps = SpacedColumns.gaps(scalars[...])
            if !gaps.isEmpty { spaced.append(SpacedColumns.Line(index: lines.count, scalars: scalars[...], gaps: gaps)) }
            lines.append(line)
        }
        SpacedColumns.apply(spaced, to: &lines, debris: false)
        return lines
    }

    /// Splits on CRLF, CR or LF (CRLF is one `Character`, so split on scalars), cleans each line
    /// and drops the blank ones and page numbers (`PageNumber`), keeping original line numbers.
    static func cleanLines(_ text: String) -> (lines: [SourceLine], originalLines: Int) {
        cleanLines(scalars: ScalarText.scalars(text))
    }

    /// `text`: the string `scalars` were decoded from, when there is one. A line the cleaner would
    /// leave as it is (`LineCleaner.isClean`, most lines) is then cut from it as written, a copy of
    /// its bytes, where writing the string again from the scalars cost more than all the cleaning;
    /// a line with only spaces to clean is cut from it piece by piece (`LineCleaner.spacesCleaned`).
    static func cleanLines(scalars: [Unicode.Scalar], text: String? = nil) -> (lines: [SourceLine], originalLines: Int) {
        var lines: [SourceLine] = []
        var number = 0
        var start = 0, startByte = 0
        var i = 0, byte = 0
        let utf8 = text?.utf8
        // Lines holding a run of spaces wide enough to set table cells apart.
        var spaced: [SpacedColumns.Line] = []
        // Whether the text holds an ASCII double quote: only then may a spreadsheet's quoted cell
        // span lines (`QuotedCells`).
        var quotes = false
        func emit(_ end: Int, endByte: Int) {
            number += 1
            let raw = scalars[start..<end]
            // A printed page's number between two pages' text goes, as a blank line does.
            if PageNumber.isPageNumber(raw) { return }
            if LineCleaner.isClean(raw) {
                guard raw.contains(where: { $0 != "\t" }) else { return }
                let written = text.map { t in String(t[utf8!.index(utf8!.startIndex, offsetBy: startByte)..<utf8!.index(utf8!.startIndex, offsetBy: endByte)]) }
                var line = SourceLine(text: written ?? ScalarText.string(raw), line: number)
                line.rawLength = end - start
                line.decoded = Array(raw)
                lines.append(line)
                return
            }
            // A line whose spaces may set table cells apart: its gaps, once it is kept.
            func noteGaps() {
                let gaps = SpacedColumns.gaps(raw)
                if !gaps.isEmpty { spaced.append(SpacedColumns.Line(index: lines.count - 1, scalars: raw, gaps: gaps)) }
            }
            if let text, let (written, cleaned, wide) = LineCleaner.spacesCleaned(raw, text: text, startByte: startByte) {
                guard cleaned.contains(where: { $0 != "\t" }) else { return }
                var line = SourceLine(text: written, line: number)
                line.rawLength = end - start
                line.decoded = cleaned
                lines.append(line)
                if wide { noteGaps() }
                return
            }
            let cleaned = LineCleaner.cleanScalars(Array(raw))
            if cleaned.contains(where: { $0 != "\t" }) {
                var line = SourceLine(text: ScalarText.string(cleaned), line: number)
                line.rawLength = end - start
                line.decoded = cleaned
                lines.append(line)
                noteGaps()
            }
        }
        while i < scalars.count {
            let c = scalars[i]
            let v = c.value
            // Ideographs and full-width marks (U+3000–U+FFFF): three bytes, no line break among them.
            // (The places count with wrapping arithmetic: neither can pass the text's length.)
            if v >= 0x3000 && v < 0x1_0000 {
                i &+= 1
                byte &+= 3
                continue
            }
            let length = v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x1_0000 ? 3 : 4
            if c == "\n" || c == "\r" || c == "\u{2028}" || c == "\u{2029}" {
                emit(i, endByte: byte)
                var next = i + 1, nextByte = byte + length
                if c == "\r", next < scalars.count, scalars[next] == "\n" { next += 1; nextByte += 1 }
                (start, startByte) = (next, nextByte)
                (i, byte) = (next, nextByte)
            } else {
                if c == "\"" { quotes = true }
                i &+= 1
                byte &+= length
            }
        }
        if start < scalars.count { emit(scalars.count, endByte: byte) }
        SpacedColumns.apply(spaced, to: &lines, debris: true)
        return (quotes ? QuotedCells.joined(lines) : lines, number)
    }
}
