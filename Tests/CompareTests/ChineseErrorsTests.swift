import Foundation
import XCTest
@testable import Compare

/// Every error a user can meet is told in Chinese under `--lang zh`: the file it names kept, and no
/// English sentence left in it; the English, which tests and scripts read, as it was.
final class ChineseErrorsTests: XCTestCase {
    /// One of every case, with the arguments a run gives them (`path` where a case names a file).
    static var errors: [(error: BilingualError, path: String?)] {
        let p = "计划/方案.txt"
        var out: [(BilingualError, String?)] = [
            (InputError.notFound(path: p), p),
            (InputError.unreadable(path: p, reason: "it is a folder"), p),
            (InputError.unreadable(path: p, reason: "permission denied or I/O error"), p),
            (InputError.empty(path: p), p),
            (InputError.binary(path: p, offset: 9), p),
            (InputError.undecodable(path: p, line: 3), p),
            (InputError.noPlanStructure(path: p), p),
            (InputError.tooLarge(path: p, bytes: 80 << 20, limit: 64 << 20), p),
            (InputError.notWord(path: p, what: "an Excel workbook"), p),
            (InputError.notWord(path: p, what: "a PowerPoint presentation"), p),
            (InputError.notWord(path: p, what: "an OpenDocument file"), p),
            (InputError.notWord(path: p, what: "no word/document.xml in it"), p),
            (InputError.damagedWord(path: p, reason: "bad zip"), p),
            (InputError.noPlansInFolder(path: p), p),
            (InputError.noPlansInFolder(path: p, subfolders: ["a", "b", "c", "d"]), p),
            (InputError.noPlansInFolder(path: p, subfolders: ["a"]), p),
            (InputError.noPlansInFolder(path: p, unread: ["a.doc"]), p),
            (InputError.noPlansInFolder(path: p, unread: ["a.doc", "b.pdf", "c.wps", "d.ofd"]), p),
            (InputError.reportsFolder(path: p), p),
            (TaxonomyError.folderMissing(path: p), p),
            (TaxonomyError.unreadable(path: p, reason: "no such file"), p),
            (TaxonomyError.unreadable(path: p, reason: "not UTF-8 text"), p),
            (TaxonomyError.syntax(path: p, line: 4, problem: "x"), p),
            (TaxonomyError.controlCharacter(path: p, line: 4, scalar: 0), p),
            (TaxonomyError.unknownTopic(path: p, line: 4, topic: "甲", known: ["乙", "丙"]), p),
            (TaxonomyError.noSuchYear(year: 2030, available: [2018, 2021]), nil),
            (TaxonomyError.noSuchYear(year: 2030, available: []), nil),
            (TaxonomyError.yearNotInTaxonomy(year: 2030, available: [2018, 2021]), nil),
            (TaxonomyError.noSections(path: p), p),
            (TaxonomyError.noYear(path: p), p),
            (TaxonomyError.duplicateSection(path: p, line: 9, numbering: "（一）", first: 5), p),
            (ReportFolder.WriteError.notAFolder(path: p), p),
            (ReportFolder.WriteError.cannotWrite(path: p, reason: "x"), p),
            (ReportSpool.SpoolError.cannotSpool(path: p, reason: "x"), p),
            (PipelineError.notAReference("20x1"), nil),
        ]
        for format in UnreadFile.Format.allCases {
            out.append((InputError.unreadableFormat(path: p, format: format.english), p))
        }
        return out
    }

    /// Words of English a Chinese message may hold: formats, file and option names, the tool's own.
    static let kept: Set<String> = [
        "word", "docx", "html", "wps", "document", "xml", "txt", "taxonomy", "topics", "corpus", "readme", "reference",
        "zip", "excel", "powerpoint", "opendocument", "tmpdir", "compare", "tool", "max", "out", "dir", "year", "mhtml",
        "rich", "text", "rtf", "odt", "ofd", "pdf", "utf", "gb", "mb",
    ]

    func testEveryErrorIsToldInChineseWithItsFileAndNoEnglishSentence() {
        for (error, path) in Self.errors {
            let zh = error.message(.zh), en = error.message(.en)
            XCTAssertEqual(error.errorDescription, en, "English stays the description")
            XCTAssertNotEqual(zh, en, en)
            if let path { XCTAssertTrue(zh.hasPrefix(path), zh) }
            XCTAssertTrue(zh.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, zh)
            // The English of the case itself: its words of four letters or more, but for the
            // arguments and the names above, are none of them in the Chinese.
            func words(_ s: String) -> Set<String> { Set(s.lowercased().split { !($0.isASCII && $0.isLetter) }.map(String.init).filter { $0.count >= 4 }) }
            let left = words(en).subtracting(Self.kept).intersection(words(zh))
            XCTAssertEqual(left, [], zh)
        }
    }

    /// A message made for an error not told in two languages is its English description.
    func testAnErrorOfOneLanguageIsItsDescription() {
        struct Plain: LocalizedError { var errorDescription: String? { "plain" } }
        XCTAssertEqual(ReportLanguage.zh.message(Plain()), "plain")
        XCTAssertEqual(ReportLanguage.zh.message(InputError.empty(path: "a")), InputError.empty(path: "a").message(.zh))
        XCTAssertEqual(ReportLanguage.en.message(InputError.empty(path: "a")), InputError.empty(path: "a").errorDescription)
    }
}
