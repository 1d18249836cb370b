import XCTest
@testable import Compare

final class JSONValueTests: XCTestCase {
    func testPrettyKeepsKeyOrderAndIndentsTwoSpaces() {
        let value: JSONValue = .object([
            ("zeta", .int(1)),
            ("alpha", .array([.bool(true), .null])),
            ("mid", .object([("x", .string("y"))])),
        ])
        XCTAssertEqual(value.rendered(), """
            {
              "zeta": 1,
              "alpha": [
                true,
                null
              ],
              "mid": {
                "x": "y"
              }
            }
            """)
        XCTAssertFalse(value.rendered().hasSuffix("\n"))
    }

    func testCompactHasNoWhiteSpace() {
        let value: JSONValue = .object([("a", .array([.int(1), .int(-2)])), ("b", .object([])), ("c", .array([]))])
        XCTAssertEqual(value.rendered(pretty: false), #"{"a":[1,-2],"b":{},"c":[]}"#)
    }

    func testEmptyContainersStayOnOneLine() {
        let value: JSONValue = .object([("o", .object([])), ("a", .array([]))])
        XCTAssertEqual(value.rendered(), "{\n  \"o\": {},\n  \"a\": []\n}")
        XCTAssertEqual(JSONValue.object([]).rendered(), "{}")
        XCTAssertEqual(JSONValue.array([]).rendered(), "[]")
    }

    func testStringEscapesOnlyWhatRFC8259Requires() {
        let s = "a\"b\\c/d\ne\tf\rg\u{01}h\u{1F}i\u{08}"
        XCTAssertEqual(JSONValue.string(s).rendered(), #""a\"b\\c/d\ne\tf\rg\u0001h\u001fi\u0008""#)
    }

    func testChineseStaysLiteral() {
        let rendered = JSONValue.string("区发改委、区自然资源局（牵头）").rendered()
        XCTAssertEqual(rendered, "\"区发改委、区自然资源局（牵头）\"")
        XCTAssertFalse(rendered.contains("\\u"))
        XCTAssertEqual(JSONValue.object([("单位", .string("市政府办公厅"))]).rendered(pretty: false), #"{"单位":"市政府办公厅"}"#)
    }

    func testDoublesHaveAtMostFourDecimalsAndOneKeptZero() {
        let cases: [(Double, String)] = [
            (0.98, "0.98"), (1.0, "1.0"), (2.0 / 3.0, "0.6667"), (0, "0.0"), (-0.0, "0.0"),
            (0.5, "0.5"), (12.25, "12.25"), (-1.5, "-1.5"), (0.00004, "0.0"), (-0.00004, "0.0"),
            (1.0 / 3.0, "0.3333"), (100, "100.0"), (0.12344, "0.1234"), (0.99996, "1.0"),
        ]
        for (x, expected) in cases {
            XCTAssertEqual(JSONValue.double(x).rendered(), expected, "\(x)")
        }
    }

    func testNonFiniteDoublesAreNull() {
        XCTAssertEqual(JSONValue.double(.nan).rendered(), "null")
        XCTAssertEqual(JSONValue.double(.infinity).rendered(), "null")
        XCTAssertEqual(JSONValue.double(-.infinity).rendered(), "null")
    }

    func testOptionalHelpers() {
        XCTAssertEqual(JSONValue.optional(nil as String?), .null)
        XCTAssertEqual(JSONValue.optional("x" as String?), .string("x"))
        XCTAssertEqual(JSONValue.optional(nil as Int?), .null)
        XCTAssertEqual(JSONValue.optional(3 as Int?), .int(3))
        XCTAssertEqual(JSONValue.optional(0.5 as Double?), .double(0.5))
        XCTAssertEqual(JSONValue.optional(nil as Bool?), .null)
        XCTAssertEqual(JSONValue.object([("date", .optional(nil as String?))]).rendered(pretty: false), #"{"date":null}"#)
    }

    func testEqualityIsOrderSensitiveForObjects() {
        let ab: JSONValue = .object([("a", .int(1)), ("b", .int(2))])
        let ba: JSONValue = .object([("b", .int(2)), ("a", .int(1))])
        XCTAssertEqual(ab, .object([("a", .int(1)), ("b", .int(2))]))
        XCTAssertNotEqual(ab, ba)
        XCTAssertNotEqual(JSONValue.int(1), .double(1))
        XCTAssertEqual(JSONValue.double(.nan), .double(.nan))
        XCTAssertEqual(ab["b"], .int(2))
        XCTAssertNil(ab["c"])
        XCTAssertEqual(ba.keys, ["b", "a"])
    }

    func testRenderingIsStableAndParsesBack() throws {
        let value: JSONValue = .object([
            ("text", .string("“双随机、一公开”\n监管 / 50%")),
            ("n", .double(0.123456)),
            ("list", .array([.int(1), .string("\u{0}")])),
        ])
        let first = value.rendered()
        XCTAssertEqual(first, value.rendered())
        let parsed = try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any]
        XCTAssertEqual(parsed?["text"] as? String, "“双随机、一公开”\n监管 / 50%")
        XCTAssertEqual(parsed?["n"] as? Double, 0.1235)
        XCTAssertEqual((parsed?["list"] as? [Any])?.last as? String, "\u{0}")
    }
}
