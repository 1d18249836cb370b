import XCTest
@testable import Compare

/// `MarkdownText.escape` reads bytes where every scalar stands alone; it is held here to the
/// character-by-character escape it replaced, so any difference is a change of behaviour.
final class MarkdownEscapeTests: XCTestCase {
    /// Every ASCII byte and every scalar that stands alone, alone and between each special
    /// character, CR and LF: the same text as the escape by characters.
    func testEveryScalarThatStandsAloneIsEscapedAsCharactersAre() {
        let neighbours = ["", "*", "\\", "|", "\r", "\n", "\r\n", "政", "a"]
        var checked = 0
        for v in UInt32(0)...0xFFFF {
            guard let c = Unicode.Scalar(v), v < 0x80 || ScalarText.standsAlone(v) else { continue }
            for before in neighbours {
                for after in neighbours {
                    let text = before + String(c) + after
                    XCTAssertEqual(MarkdownText.escape(text), MarkdownText.escapeCharacters(text), "U+\(String(v, radix: 16)) in \(text.debugDescription)")
                    checked += 1
                }
            }
        }
        XCTAssertEqual(checked, (128 + 24 + 42 + 0x5200 + 94) * 81)
    }

    /// Random texts of specials, line breaks, ideographs and scalars that do not stand alone (a
    /// combining mark after `*`, U+1FEF which is canonically a backquote, a variation selector,
    /// a zero-width joiner, an emoji, Hangul jamo, U+302A): the same text as the escape by
    /// characters, whichever path answered.
    func testRandomTextsAreEscapedAsCharactersAre() {
        let alphabet = ["*", "_", "`", "~", "[", "]", "<", ">", "#", "|", "\\", "\r", "\n", "\r\n", "\t", " ", "政", "。", "Ａ", "a",
                        "\u{301}", "\u{1FEF}", "\u{FE0F}", "\u{200D}", "👍", "\u{1100}", "\u{1161}", "\u{302A}", "\u{85}", "\u{2028}"]
        var random = SeededRandom(seed: 71)
        var viaBytes = 0
        for _ in 0..<20_000 {
            let text = random.text(from: alphabet, maxLength: 12)
            if text.unicodeScalars.allSatisfy({ $0.value < 0x80 || ScalarText.standsAlone($0.value) }) { viaBytes += 1 }
            XCTAssertEqual(MarkdownText.escape(text), MarkdownText.escapeCharacters(text), text.debugDescription)
        }
        XCTAssertGreaterThan(viaBytes, 2_000)
    }

    /// A long text and a cut of it agree; the two characters the bytes alone would misread are
    /// read as characters.
    func testLongTextsAndTheCharactersBytesWouldMisreadAgree() {
        let text = String(repeating: "各地区*各部门\r\n要[按时]报送|`代码`\\。", count: 50)
        XCTAssertEqual(MarkdownText.escape(text), MarkdownText.escapeCharacters(text))
        let cut = String(text.dropFirst(7))
        XCTAssertEqual(MarkdownText.escape(cut), MarkdownText.escapeCharacters(cut))
        XCTAssertEqual(MarkdownText.escape("*\u{301}"), "*\u{301}", "a star a mark follows is another character")
        XCTAssertEqual(MarkdownText.escape("\u{1FEF}"), "\\\u{1FEF}", "U+1FEF is a backquote")
    }
}
