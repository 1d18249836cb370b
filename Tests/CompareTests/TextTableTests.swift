import XCTest
@testable import Compare

/// `TextTable` held to `Dictionary` with the same keys: random stores, updates through `default:`,
/// removals and lookups of keys stored and not, over keys that stand alone, keys canonically equal
/// to other bytes (U+212A and K, é and e + U+0301, U+F9D1 and 六), control characters and marks;
/// as `String`, `Identifier` and `ByteKey` keys, whose equality differs.
final class TextTableTests: XCTestCase {
    /// Keys built so that many are equal as Strings with other bytes.
    private let pieces = [
        "2021-1-1", "a", "K", "\u{212A}", "é", "e\u{301}", "六", "\u{F9D1}", "公开", "规划", "\n", "\r\n", "\u{0}",
        "\u{301}", "；", ";", "\u{37E}", "一网通办", "Å", "\u{212B}", "A\u{30A}", "、", "\u{FF21}",
    ]

    private func randomKey(_ random: inout SeededRandom) -> String {
        (0..<(1 + random.next(3))).map { _ in pieces[random.next(pieces.count)] }.joined()
    }

    private func exercise<Key: TextTableKey>(_ make: (String) -> Key, rounds: Int, seed: UInt64, file: StaticString = #filePath, line: UInt = #line) {
        var random = SeededRandom(seed: seed)
        for round in 0..<rounds {
            var table = TextTable<Key, [Int]>(minimumCapacity: random.next(4))
            var dictionary: [Key: [Int]] = [:]
            // Some rounds keep to keys that stand alone, where the table never falls back.
            let plain = round % 3 == 0
            func key() -> Key {
                var text = randomKey(&random)
                if plain { text = String(text.unicodeScalars.filter { ScalarText.standsAlone($0.value) }.map(Character.init)) }
                return make(text)
            }
            for step in 0..<(1 + random.next(60)) {
                let k = key()
                switch random.next(4) {
                case 0:
                    table[k] = [step]
                    dictionary[k] = [step]
                case 1:
                    table[k, default: []].append(step)
                    dictionary[k, default: []].append(step)
                case 2:
                    table[k] = nil
                    dictionary[k] = nil
                default:
                    break
                }
                XCTAssertEqual(table[k], dictionary[k], "\(k) after step \(step)", file: file, line: line)
                let other = key()
                XCTAssertEqual(table[other], dictionary[other], "\(other)", file: file, line: line)
                XCTAssertEqual(table[other, default: [-1]], dictionary[other, default: [-1]], file: file, line: line)
            }
            XCTAssertEqual(table.count, dictionary.count, file: file, line: line)
            XCTAssertEqual(Set(table.keys), Set(dictionary.keys), file: file, line: line)
            let mapped = table.mapValues { $0.count }
            for k in dictionary.keys { XCTAssertEqual(mapped[k], dictionary[k]!.count, file: file, line: line) }
            for (k, v) in zip(table.keys, table.values) { XCTAssertEqual(dictionary[k], v, file: file, line: line) }
        }
    }

    func testStringKeysAnswerAsADictionary() {
        exercise({ $0 }, rounds: 600, seed: 11)
    }

    func testIdentifierKeysAnswerAsADictionary() {
        exercise({ SectionID($0) }, rounds: 300, seed: 12)
    }

    func testByteKeysAnswerAsADictionary() {
        exercise({ ByteKey($0) }, rounds: 300, seed: 13)
    }

    /// The canonical pairs by name: each finds the other's value as a `String` key, and not as a
    /// `ByteKey`; whichever is stored first, and in a table that held only keys standing alone.
    func testCanonicallyEqualSpellingsAreOneKey() {
        for (a, b) in [("K", "\u{212A}"), ("é", "e\u{301}"), ("六", "\u{F9D1}"), (";", "\u{37E}"), ("Å", "\u{212B}")] {
            for (first, second) in [(a, b), (b, a)] {
                var table = TextTable<String, Int>()
                table["公开"] = 0
                table[first] = 1
                XCTAssertEqual(table[second], 1, "\(first) / \(second)")
                table[second, default: 0] += 1
                XCTAssertEqual(table[first], 2)
                XCTAssertEqual(table.count, 2)
                var bytes = TextTable<ByteKey, Int>()
                bytes[ByteKey(first)] = 1
                XCTAssertNil(bytes[ByteKey(second)])
            }
        }
    }

    /// Keys that stand alone hash by FNV-1a, the same bytes the same number; others are not hashed
    /// (nil) unless compared by bytes.
    func testOnlyKeysThatStandAloneAreHashedAsText() {
        XCTAssertNotNil(TextTable<String, Int>.hash("2021-1-1a"))
        XCTAssertNotNil(TextTable<String, Int>.hash("一网通办、公开"))
        // The same bytes made otherwise (decoded, cut from a longer string, long enough to be stored
        // apart) hash alike.
        for text in ["公开", "2021-1-1a", "2021-10-12b-公开透明", String(repeating: "规划a", count: 9)] {
            let decoded = String(decoding: Array(text.utf8), as: UTF8.self)
            let cut = String(("x" + text + "y").dropFirst().dropLast())
            XCTAssertEqual(TextTable<String, Int>.hash(text), TextTable<String, Int>.hash(decoded))
            XCTAssertEqual(TextTable<String, Int>.hash(text), TextTable<String, Int>.hash(cut))
        }
        XCTAssertNil(TextTable<String, Int>.hash("e\u{301}"))
        XCTAssertNil(TextTable<String, Int>.hash("a\nb"))
        XCTAssertNotNil(TextTable<ByteKey, Int>.hash(ByteKey("e\u{301}\n")))
    }

    /// Eight bytes are read at a time: a control character, DEL or a scalar that does not stand
    /// alone at any place of keys of every length around the steps makes the key unhashed, and a
    /// scalar that stands alone there does not.
    func testEveryPlaceOfEveryLengthIsRead() {
        for length in 1...25 {
            for place in 0..<length {
                func key(_ odd: String) -> String {
                    String(repeating: "a", count: place) + odd + String(repeating: "b", count: length - place - 1)
                }
                for bad in ["\u{1}", "\u{1F}", "\u{7F}", "\n", "é", "\u{301}", "\u{212A}"] {
                    XCTAssertNil(TextTable<String, Int>.hash(key(bad)), "\(length) \(place) \(bad.unicodeScalars.first!.value)")
                    XCTAssertNotNil(TextTable<ByteKey, Int>.hash(ByteKey(key(bad))))
                }
                for good in [" ", "~", "公", "、", "\u{FF21}"] {
                    XCTAssertNotNil(TextTable<String, Int>.hash(key(good)), "\(length) \(place) \(good)")
                }
                XCTAssertNotEqual(TextTable<String, Int>.hash(key("c")), TextTable<String, Int>.hash(key("d")))
            }
        }
    }

    /// Keys chosen to share one first slot (as a plan's author could choose headings: the hash has
    /// no secret seed) send the table to a `Dictionary` once their run passes `longestRun`, and it
    /// still answers as one; keys of a real kind, thousands of them, never do.
    func testKeysMadeToCrowdOneSlotSendTheTableToADictionary() {
        var random = SeededRandom(seed: 0xF100D)
        // ASCII keys (hashed eight bytes a step), and keys with ideographs (scalar by scalar).
        func crowd(_ make: (String) -> String) -> [String] {
            var out: [String] = []
            while out.count < 300 {
                let key = make(String((0..<12).map { _ in Character(Unicode.Scalar(UInt8(97 + random.next(26)))) }))
                if let h = TextTable<String, Int>.hash(key), TextTable<String, Int>.slot(h, 1023) == 0 { out.append(key) }
            }
            return out
        }
        for keys in [crowd { $0 }, crowd { $0 + "公开" }] {
            var table = TextTable<String, Int>()
            var dictionary: [String: Int] = [:]
            for (k, key) in keys.enumerated() {
                table[key] = k
                dictionary[key] = k
            }
            XCTAssertTrue(table.answersByDictionary)
            for key in keys + ["absent", keys[0] + "x"] { XCTAssertEqual(table[key], dictionary[key]) }
            table[keys[0]] = nil
            dictionary[keys[0]] = nil
            for key in keys { XCTAssertEqual(table[key], dictionary[key]) }
        }
        var ids = TextTable<RequirementID, Int>()
        for s in 0..<500 {
            for r in ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"] { ids[RequirementID("\(2000 + s % 30)-\(s / 30)-\(s % 7)\(r)")] = s }
        }
        XCTAssertFalse(ids.answersByDictionary)
        var spellings = TextTable<String, Int>()
        let ideographs = (0x4E00..<0x4E00 + 400).compactMap(Unicode.Scalar.init).map(String.init)
        for a in ideographs.prefix(60) {
            for b in ideographs.suffix(60) { spellings[a + b + "公开"] = 1 }
        }
        XCTAssertFalse(spellings.answersByDictionary)
        XCTAssertEqual(spellings.count, 3600)
    }
}
