@testable import Compare
import Foundation
import XCTest

/// The table's decoding is Foundation's, byte for byte, for every text it takes, and it takes every
/// text of ASCII and two-byte codes; anything else it leaves to Foundation.
final class GB18030TableTests: XCTestCase {
    func foundation(_ bytes: [UInt8]) -> String? { String(data: Data(bytes), encoding: Decoder.gb18030) }

    /// The table's text, its scalars (`decodeWithScalars`) held to the text's own.
    func table(_ bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line) -> String? {
        let read = GB18030Table.decodeWithScalars(bytes)
        if let read { XCTAssertEqual(read.scalars, Array(read.text.unicodeScalars), "\(bytes)", file: file, line: line) }
        return read?.text
    }

    /// Each of the 23,940 codes alone, as Foundation decodes it alone (the table was made from one
    /// call over all of them), its scalar the text's.
    func testEveryTwoByteCodeAloneIsFoundations() {
        var codes = 0
        for lead in UInt8(0x81)...0xFE {
            for trail in Array(UInt8(0x40)...0x7E) + Array(UInt8(0x80)...0xFE) {
                let got = table([lead, trail])
                XCTAssertNotNil(got, "\(lead) \(trail)")
                XCTAssertEqual(got, foundation([lead, trail]), "\(lead) \(trail)")
                codes += 1
            }
        }
        XCTAssertEqual(codes, 126 * GB18030Table.trails)
    }

    /// Texts of ASCII (line breaks, tabs, escapes included) and two-byte codes, in any mixture.
    func testTextsOfASCIIAndTwoByteCodesAreFoundations() {
        var random = SeededRandom(seed: 41)
        let ascii: [UInt8] = [0x0A, 0x0D, 0x09, 0x1B, 0x20, 0x41, 0x7A, 0x30, 0x2E, 0x7F, 0x40, 0x7E]
        for _ in 0..<3_000 {
            var bytes: [UInt8] = []
            for _ in 0..<random.next(60) {
                if random.next(3) == 0 {
                    bytes.append(ascii[random.next(ascii.count)])
                } else {
                    let lead = UInt8(0x81 + random.next(126))
                    let t = random.next(GB18030Table.trails)
                    bytes += [lead, UInt8(t < 63 ? 0x40 + t : 0x80 + t - 63)]
                }
            }
            let got = table(bytes)
            XCTAssertNotNil(got, "\(bytes)")
            XCTAssertEqual(got, foundation(bytes), "\(bytes)")
        }
    }

    /// A four-byte code, a lone 0x80 (Foundation's €), 0xFF, a lead byte cut off at the end or
    /// followed by a byte no code has: the table takes none of these, wherever they stand, and the
    /// decoder's text is still Foundation's (or its refusal).
    func testAnythingElseIsLeftToFoundation() throws {
        let others: [[UInt8]] = [[0x81, 0x30, 0x81, 0x30], [0x84, 0x31, 0x95, 0x33], [0x90, 0x30, 0x81, 0x30], [0x80], [0xFF], [0xB0], [0xB0, 0x20], [0xB0, 0x7F], [0xB0, 0xFF]]
        let around: [[UInt8]] = [[], [0x41], [0xB0, 0xA1], [0x0D, 0x0A, 0xC4, 0xE3]]
        var decodedByFoundation = 0
        for other in others {
            for before in around {
                // A lead byte cut off is cut off only at the end: anything after it could be its trail.
                for after in other == [0xB0] ? [[]] : around {
                    let bytes = before + other + after
                    XCTAssertNil(table(bytes), "\(bytes)")
                    let decoded = try? Decoder.decodeWithScalars(bytes, path: "x.txt")
                    if let text = foundation(bytes), !text.isEmpty, String(validating: bytes, as: UTF8.self) == nil {
                        XCTAssertEqual(decoded?.text, text, "\(bytes)")
                        XCTAssertEqual(decoded?.encoding, .gb18030, "\(bytes)")
                        decodedByFoundation += 1
                    }
                }
            }
        }
        XCTAssertGreaterThan(decodedByFoundation, 40)
    }
}
