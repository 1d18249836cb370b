/// A .docx as lines of text, the way a text export by Word or WPS would write them.
///
/// - each paragraph is a line, its automatic number written in front (`WordNumbering`);
///   a line break inside a paragraph starts a new line;
/// - each table row is a line with its cells joined by tabs, the path tab-separated task tables
///   already take (`TableLayout`); a cell's paragraphs are joined by `ScalarText.cellBreak`, a table
///   inside a cell is read into that cell;
/// - tracked deletions, field codes and the fallback copy of a text box are left out; tracked
///   insertions, hyperlinks, content controls and field results are read as text;
/// - the line numbers of a .docx in every report count these lines.
enum WordDocument {
    enum Failure: Error, Equatable {
        /// A zip archive that is not a Word document (a spreadsheet, a presentation, an OpenDocument).
        case notWord(String)
        case damaged(String)
    }

    /// The most a part may unpack to, for `limit`, the largest text read (`Ingest.maxBytes`): a
    /// plan's `document.xml` is well under a megabyte, and its markup is several times its text,
    /// so eight times that.
    static func partLimit(_ limit: Int) -> Int { limit.multipliedReportingOverflow(by: 8).overflow ? .max : limit * 8 }

    /// `limit`: the largest text read, in bytes (`Ingest.maxBytes` when not given).
    static func lines(_ bytes: [UInt8], limit: Int = Ingest.maxBytes) throws(Failure) -> [String] {
        let cap = partLimit(limit)
        let archive: ZipArchive
        do {
            archive = try ZipArchive(bytes)
        } catch {
            throw describe(error, partLimit: cap)
        }
        guard archive.contains("word/document.xml") else {
            let kind = archive.contains("xl/workbook.xml") ? "an Excel workbook"
                : archive.contains("ppt/presentation.xml") ? "a PowerPoint presentation"
                : archive.contains("content.xml") ? "an OpenDocument file" : "no word/document.xml in it"
            throw .notWord(kind)
        }
        let document = try part(archive, "word/document.xml", limit: cap)
        guard let body = document?.child("body") else { throw .damaged("word/document.xml has no body") }
        let numbering = WordNumbering(numbering: try part(archive, "word/numbering.xml", limit: cap),
                                      styles: try part(archive, "word/styles.xml", limit: cap))
        var reader = Reader(numbering: numbering)
        reader.block(body)
        return reader.lines
    }

    private static func part(_ archive: ZipArchive, _ name: String, limit: Int) throws(Failure) -> DocxElement? {
        let data: [UInt8]?
        do {
            data = try archive.data(name, limit: limit)
        } catch {
            throw describe(error, partLimit: limit)
        }
        guard let data else { return nil }
        do {
            return try XMLTree.parse(data)
        } catch {
            switch error {
            case let .malformed(line, reason): throw .damaged("\(name), line \(line): \(reason)")
            case .tooDeep: throw .damaged("\(name) nests elements more than \(XMLTree.maxDepth) deep")
            case .notUTF8: throw .damaged("\(name) is not UTF-8 text")
            }
        }
    }

    private static func describe(_ error: ZipArchive.Failure, partLimit: Int) -> Failure {
        switch error {
        case .notAnArchive: return .damaged("the zip archive's directory is missing")
        case let .damaged(what): return .damaged(what)
        case let .encrypted(name): return .damaged("\(name) is password-protected")
        case let .unsupported(what): return .damaged("\(what) is not supported")
        case let .tooLarge(name): return .damaged("\(name) unpacks to more than \(String(format: "%.1f", Double(partLimit) / 1_048_576)) MB")
        }
    }

    /// Walks the body in document order, writing lines.
    struct Reader {
        var numbering: WordNumbering
        var lines: [String] = []
        /// Inside a table cell an empty numbered paragraph shows its number alone, and that number
        /// is the row's (a 序号 column numbered by Word); in the body a number with no words after
        /// it would be an empty item, so there only the count goes on.
        var inCell = false
        /// The lines that are a number alone: kept only where the cell holds nothing else, so an
        /// empty numbered paragraph after a task's words adds no stray number to them.
        var numberOnly: Set<Int> = []

        /// Block-level content: paragraphs, tables, and the wrappers that hold them.
        mutating func block(_ element: DocxElement) {
            for child in element.children {
                switch child.name {
                case "p": paragraph(child)
                case "tbl": table(child)
                case "sdt", "sdtContent", "customXml", "ins", "moveTo", "smartTag": block(child)
                default: break
                }
            }
        }

        mutating func paragraph(_ p: DocxElement) {
            var text = ""
            var extra: [DocxElement] = []
            inline(p, into: &text, nested: &extra)
            let properties = p.child("pPr")
            let numPr = properties?.child("numPr")
            if let (list, level) = numbering.listAndLevel(
                numID: numPr?.value(of: "numId"), level: numPr?.value(of: "ilvl").flatMap(Int.init),
                style: properties?.value(of: "pStyle")),
                let label = numbering.label(list: list, level: level),
                inCell || text.unicodeScalars.contains(where: { !CJK.isSpace($0) && $0 != "\n" })
            {
                if !text.unicodeScalars.contains(where: { !CJK.isSpace($0) && $0 != "\n" }) { numberOnly.insert(lines.count) }
                text = label + text
            }
            lines.append(contentsOf: text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
            // Paragraphs of text boxes anchored in this one follow it.
            for box in extra { block(box) }
        }

        /// Run-level content of a paragraph, in order.
        func inline(_ element: DocxElement, into text: inout String, nested: inout [DocxElement]) {
            for child in element.children {
                switch child.name {
                case "t": text += child.text
                // A tab is a gap two columns wide: a table typed with tabs in paragraphs is read
                // as one set out with spaces (`SpacedColumns`); elsewhere cleaning makes it a space.
                case "tab", "ptab": text += "  "
                case "br", "cr": text += "\n"
                case "noBreakHyphen": text += "-"
                case "r", "hyperlink", "ins", "moveTo", "smartTag", "customXml", "fldSimple", "sdt", "sdtContent",
                    "drawing", "inline", "anchor", "graphic", "graphicData", "wsp", "txbx", "pict", "shape", "textbox",
                    "AlternateContent", "Choice", "object":
                    inline(child, into: &text, nested: &nested)
                case "txbxContent": nested.append(child)
                default: break  // pPr, rPr, del, moveFrom, instrText, delText, Fallback, …
                }
            }
        }

        /// One line per row, cells joined by tabs; a cell's own tabs become spaces and its paragraphs
        /// and breaks `ScalarText.cellBreak`, so a cell never splits into two and names set one
        /// under another stay apart.
        /// A cell that continues a vertical merge (`vMerge` other than `restart`) and holds no text
        /// of its own is `ScalarText.mergedAbove`: a task table's units cell spans the rows of the
        /// tasks it serves, and read as empty it left all rows but the first without units.
        ///
        /// A cell spanning grid columns (`gridSpan`) leaves empty cells after it, and a row that
        /// starts past the grid's first columns (`gridBefore`) empty cells before its first, as a
        /// web page's `colspan` does: a task cell spanning the units column put the time limit under
        /// the units, and a row without its number cell moved every cell one column left.
        mutating func table(_ tbl: DocxElement) {
            for row in rows(tbl) {
                var cells = [String](repeating: "", count: Self.gridNumber(row.child("trPr")?.child("gridBefore"), least: 0))
                for cell in Self.cells(row) {
                    var inner = Reader(numbering: numbering, inCell: true)
                    inner.block(cell)
                    numbering = inner.numbering
                    // A number alone is the cell's text only where the cell holds no words (a 序号
                    // column, after a merged 类别 column or not), and never in a cell merged with the
                    // one above (Word hides what such a cell holds). A number is no unit's name and
                    // no date (`UnitExtractor.cell`), so one in another column says nothing.
                    let words = inner.lines.indices.filter { !inner.numberOnly.contains($0) }
                    let hasWords = words.contains { inner.lines[$0].unicodeScalars.contains { !CJK.isSpace($0) } }
                    let text = (hasWords ? words.map { inner.lines[$0] } : inner.lines).joined(separator: "\n")
                    let properties = cell.child("tcPr")
                    let span = Self.gridNumber(properties?.child("gridSpan"), least: 1)
                    let merge = properties?.child("vMerge")
                    if let merge, merge.attributes["val"] != "restart", !hasWords {
                        // Every column it spans continues the cell above, as a page's rowspan over
                        // a colspan does.
                        cells += Array(repeating: String(ScalarText.mergedAbove), count: span)
                        continue
                    }
                    cells.append(String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\t" ? " " : $0 == "\n" ? ScalarText.cellBreak : $0 })))
                    cells += Array(repeating: "", count: span - 1)
                }
                lines.append(cells.joined(separator: "\t"))
            }
        }

        /// A `w:val` count of grid columns (`gridSpan`, `gridBefore`): `least` when absent or not
        /// a number, at most 64 (as a page's `colspan`), so a damaged value cannot make a row of
        /// millions of cells.
        static func gridNumber(_ element: DocxElement?, least: Int) -> Int {
            guard let value = element?.attributes["val"], let n = Int(value) else { return least }
            return Swift.min(Swift.max(n, least), 64)
        }

        /// The rows of a table, or the cells of a row, with content controls around them opened.
        private static func wrapped(_ element: DocxElement, _ name: String) -> [DocxElement] {
            element.children.flatMap { child -> [DocxElement] in
                switch child.name {
                case name: return [child]
                case "sdt", "sdtContent", "customXml": return wrapped(child, name)
                default: return []
                }
            }
        }

        private func rows(_ tbl: DocxElement) -> [DocxElement] { Self.wrapped(tbl, "tr") }

        private static func cells(_ row: DocxElement) -> [DocxElement] { wrapped(row, "tc") }
    }
}
