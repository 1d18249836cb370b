@testable import Compare
import Foundation
import XCTest

/// A report built as bytes (`ReportText`) is the String built by appends, byte for byte; and what a
/// batch writes as bytes is what `render` gives, in every format, alone and in a batch.
final class ReportTextTests: XCTestCase {
    /// Random pieces of every kind a report holds (ASCII, ideographs, full-width marks, combining
    /// marks that join the piece before, an empty piece, a string bridged from Foundation), appended
    /// and joined, against the same made by String appends.
    func testAppendsGiveTheStringsBytes() {
        let pieces = ["", "### 1. ", "公开", "（三）", "e", "\u{301}", "「", "」\n", "2021-1-1a", "~~", "**", NSString(string: "桥接").description, "\u{1F600}"]
        var random = SeededRandom(seed: 7)
        for _ in 0..<500 {
            var text = ReportText(capacity: random.next(3) * 8)
            var string = ""
            for _ in 0..<random.next(30) {
                if random.next(4) == 0 {
                    let list = (0..<random.next(4)).map { _ in pieces[random.next(pieces.count)] }
                    text.append(list, separator: "、")
                    string += list.joined(separator: "、")
                } else {
                    let piece = pieces[random.next(pieces.count)]
                    text += piece
                    string += piece
                }
            }
            XCTAssertEqual(text.bytes, Array(string.utf8))
            XCTAssertEqual(text.string, string)
            XCTAssertEqual(text.bytes.isEmpty, string.isEmpty)
            var joined = ReportText()
            joined += string
            joined.append(bytes: text)
            XCTAssertEqual(joined.string, string + string)
        }
    }

    /// Every corpus plan, checked, in each format and language, alone and as a batch's entry:
    /// the bytes `BatchCheck.report` gives are `render`'s.
    func testABatchWritesTheBytesRenderGives() throws {
        let pipeline = Pipeline(taxonomy: .folder(Fixtures.taxonomyFolder))
        for name in Fixtures.planNames {
            let checked = try pipeline.check(path: Fixtures.corpus.appendingPathComponent(name).path)
            for format in BatchCheck.Format.allCases {
                for language in [ReportLanguage.en, .zh] {
                    for alone in [true, false] {
                        let text = BatchCheck.render(checked, format: format, language: language, alone: alone)
                        XCTAssertEqual(BatchCheck.report(checked, format: format, language: language, alone: alone), Array(text.utf8),
                                       "\(name) \(format) \(language) alone: \(alone)")
                    }
                }
            }
        }
    }

    /// A file written from bytes holds them; a write that cannot be made says why.
    func testBytesAreWrittenAsTheyAre() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("report-text-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var text = ReportText()
        text += "# 检查：（三）\n\n| a | b |\n"
        let path = folder.appendingPathComponent("a.md").path
        try FileStatus.write(bytes: text.bytes, to: path)
        XCTAssertEqual([UInt8](try Data(contentsOf: URL(fileURLWithPath: path))), text.bytes)
        try FileStatus.write(bytes: [], to: path)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)).count, 0)
        XCTAssertThrowsError(try FileStatus.write(bytes: text.bytes, to: folder.appendingPathComponent("no/such/a.md").path))
    }

    /// A number appended is its interpolation's digits, at zero, signs and both ends of `Int`.
    func testANumberAppendedIsWhatInterpolationWrites() {
        var random = SeededRandom(seed: 0x1D)
        let numbers = [0, 1, 9, 10, -1, -10, 1_234, Int.max, Int.min] + (0..<200).map { _ in random.next(2_000_000) - 1_000_000 }
        for n in numbers {
            var out = ReportText()
            out += "行"
            out += n
            XCTAssertEqual(out.string, "行\(n)")
        }
    }
}
