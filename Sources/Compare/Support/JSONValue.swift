import Foundation

/// A JSON document whose object keys keep the order they were given in.
///
/// Why not `JSONEncoder`: reports must be byte-identical across runs and read in the order a person
/// expects (plan before scores, scores in table order). `JSONEncoder` promises order only with
/// `.sortedKeys`, which sorts alphabetically. Building the tree by hand and rendering it here keeps
/// both the order and the bytes under our control.
///
/// Optionals: `JSONValue.optional(_:)` turns `String?`, `Int?`, `Double?` or `Bool?` into the value
/// or `null`, so a missing field is written as `null` rather than dropped.
public indirect enum JSONValue: Equatable, Sendable {
    /// Keys in the order given; a repeated key is written twice (callers should not repeat keys).
    case object([(String, JSONValue)])
    case array([JSONValue])
    case string(String)
    case int(Int)
    /// Written with at most 4 decimals; NaN and infinities, which JSON cannot hold, as `null`.
    case double(Double)
    case bool(Bool)
    case null

    // MARK: Optionals

    /// The string, or `null` when absent.
    public static func optional(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
    /// The integer, or `null` when absent.
    public static func optional(_ value: Int?) -> JSONValue { value.map(JSONValue.int) ?? .null }
    /// The number, or `null` when absent.
    public static func optional(_ value: Double?) -> JSONValue { value.map(JSONValue.double) ?? .null }
    /// The flag, or `null` when absent.
    public static func optional(_ value: Bool?) -> JSONValue { value.map(JSONValue.bool) ?? .null }

    // MARK: Lookup

    /// The value under `key` when this is an object (first occurrence), else nil. For tests and
    /// for callers that extend a report they did not build.
    public subscript(key: String) -> JSONValue? {
        guard case let .object(pairs) = self else { return nil }
        return pairs.first { $0.0 == key }?.1
    }

    /// The keys of an object in order; empty for any other value.
    public var keys: [String] {
        guard case let .object(pairs) = self else { return [] }
        return pairs.map(\.0)
    }

    // MARK: Equality

    /// Objects are equal only with the same keys in the same order: order is part of the output.
    /// Two NaNs count as equal because both render as `null`.
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case let (.object(a), .object(b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        case let (.array(a), .array(b)): return a == b
        case let (.string(a), .string(b)): return a == b
        case let (.int(a), .int(b)): return a == b
        case let (.double(a), .double(b)): return a == b || (a.isNaN && b.isNaN)
        case let (.bool(a), .bool(b)): return a == b
        case (.null, .null): return true
        default: return false
        }
    }

    // MARK: Rendering

    /// The document as text: with `pretty`, 2-space indentation, "\n" line ends and `": "` after
    /// keys; without, no white space at all. Never a trailing newline, so callers decide.
    /// `indent`: the nesting level the value sits at, for a value written inside an array or
    /// object whose other parts are written separately (a batch's plans, one at a time).
    public func rendered(pretty: Bool = true, indent: Int = 0) -> String {
        var out = ""
        write(to: &out, pretty: pretty, indent: indent)
        return out
    }

    private func write(to out: inout String, pretty: Bool, indent: Int) {
        switch self {
        case let .object(pairs):
            if pairs.isEmpty { out += "{}"; return }
            out += "{"
            for (i, (key, value)) in pairs.enumerated() {
                if i > 0 { out += "," }
                if pretty { Self.newline(&out, indent + 1) }
                Self.writeString(key, to: &out)
                out += pretty ? ": " : ":"
                value.write(to: &out, pretty: pretty, indent: indent + 1)
            }
            if pretty { Self.newline(&out, indent) }
            out += "}"
        case let .array(values):
            if values.isEmpty { out += "[]"; return }
            out += "["
            for (i, value) in values.enumerated() {
                if i > 0 { out += "," }
                if pretty { Self.newline(&out, indent + 1) }
                value.write(to: &out, pretty: pretty, indent: indent + 1)
            }
            if pretty { Self.newline(&out, indent) }
            out += "]"
        case let .string(s):
            Self.writeString(s, to: &out)
        case let .int(n):
            out += String(n)
        case let .double(x):
            out += Self.number(x)
        case let .bool(b):
            out += b ? "true" : "false"
        case .null:
            out += "null"
        }
    }

    private static func newline(_ out: inout String, _ level: Int) {
        out += "\n"
        out += String(repeating: "  ", count: level)
    }

    /// RFC 8259 escaping, and no more: non-ASCII stays literal UTF-8 so Chinese text is readable in
    /// the file, and "/" is left alone.
    private static func writeString(_ s: String, to out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16, uppercase: false)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }

    /// At most 4 decimals, trailing zeros dropped but one kept ("1.0", "0.98", "0.6667"), so a
    /// score reads the same on every run and every machine. `%.4f` in the C locale is correctly
    /// rounded from the binary value, independent of the user's locale. Negative zero, and a tiny
    /// negative that rounds to zero, are written "0.0".
    static func number(_ x: Double) -> String {
        guard x.isFinite else { return "null" }
        var text = String(format: "%.4f", x)
        while text.hasSuffix("0") && !text.hasSuffix(".0") { text.removeLast() }
        if text == "-0.0" { text = "0.0" }
        return text
    }
}
