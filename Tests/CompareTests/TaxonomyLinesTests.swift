import Foundation
import XCTest
@testable import Compare

/// `TaxonomyFile.lines` splits at LF and trims by scalars where Foundation's reading would do the
/// same; held here to that reading (`foundationLines`), so any difference is a change of behaviour.
final class TaxonomyLinesTests: XCTestCase {
    private func same(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        let mine = TaxonomyFile.lines(text).map { "\($0.number)|\($0.keyword)|\($0.value)" }
        let foundation = TaxonomyFile.foundationLines(text).map { "\($0.number)|\($0.keyword)|\($0.value)" }
        XCTAssertEqual(mine, foundation, text.debugDescription, file: file, line: line)
    }

    func testTheBundledFilesReadAsFoundationReadsThem() throws {
        let folder = Fixtures.taxonomyFolder
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }
        XCTAssertGreaterThanOrEqual(names.count, 4)
        for name in names {
            let text = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
            XCTAssertGreaterThan(TaxonomyFile.lines(text).count, 5, name)
            same(text)
        }
    }

    /// Every scalar of the plane at the ends of a line, of its keyword and of its value: trimmed
    /// or kept as Foundation trims or keeps it, and a line break wherever Foundation breaks.
    func testEveryScalarAtTheEdgesOfALine() {
        for v in UInt32(0)...0xFFFF {
            guard let c = Unicode.Scalar(v) else { continue }
            let s = String(c)
            same("\(s)year 2021\(s)\nsection\(s) \(s)做好财政信息公开\(s)\n")
        }
    }

    func testRandomTextsReadAsFoundationReadsThem() {
        let alphabet = ["year", "section", "term", " ", "\t", "\n", "\n", "\r", "\r\n", "\u{2028}", "\u{2029}", "\u{85}", "\u{FEFF}", "\u{3000}",
                        "\u{A0}", "#", "、", "政", "务", "公开", "\u{301}", "\u{200B}", "2021", "👍"]
        var random = SeededRandom(seed: 95)
        var fast = 0
        for _ in 0..<5_000 {
            let text = random.text(from: alphabet, maxLength: 30)
            if !text.unicodeScalars.contains(where: { $0 == "\r" || $0 == "\u{85}" || $0 == "\u{2028}" || $0 == "\u{2029}" }) { fast += 1 }
            same(text)
        }
        XCTAssertGreaterThan(fast, 500)
    }
}
