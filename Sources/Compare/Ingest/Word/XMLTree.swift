import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An XML part of a .docx as a small tree: local names, attributes by local name, text.
///
/// Why a tree and not events: a paragraph's number lives in its properties, which come before
/// its text, but a table row is written only when its last cell is read; walking a tree keeps
/// each of those rules in one function. A plan's `document.xml` is at most a few megabytes.
/// Prefixes are dropped (Word writes `w:`, other tools may bind another prefix to the same
/// namespace); elements of other namespaces keep their local names, which do not collide with
/// the WordprocessingML names the reader asks for in practice.
final class DocxElement {
    let name: String
    let attributes: [String: String]
    var children: [DocxElement] = []
    var text = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    func child(_ name: String) -> DocxElement? { children.first { $0.name == name } }

    func children(_ name: String) -> [DocxElement] { children.filter { $0.name == name } }

    /// The `val` attribute of the named child, as in `<w:numId w:val="3"/>`.
    func value(of child: String) -> String? { self.child(child)?.attributes["val"] }
}

enum XMLTree {
    /// Deeper than any Word file nests (tables in tables are rare past three): a deeper file is
    /// refused before the walk could exhaust the stack.
    static let maxDepth = 200

    enum Failure: Error, Equatable {
        case malformed(line: Int, reason: String)
        case tooDeep
        /// Not UTF-8, or declaring another encoding: Word writes its parts in UTF-8.
        case notUTF8
    }

    static func parse(_ bytes: [UInt8]) throws(Failure) -> DocxElement {
        // Foundation's parser traps on a name that is not valid UTF-8, which libxml2 passes on
        // when it recovers from bad input (found by fuzzing): only valid UTF-8, declared as such
        // or not declared, reaches it.
        guard String(validating: bytes, as: UTF8.self) != nil, declaresUTF8(bytes) else { throw .notUTF8 }
        let builder = Builder()
        let parser = XMLParser(data: Data(bytes))
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = builder
        // Foundation's parser may return true after reporting an error: the first error counts.
        let ok = parser.parse()
        if builder.tooDeep { throw .tooDeep }
        if let (line, code) = builder.firstError ?? (ok ? nil : (parser.lineNumber, (parser.parserError as NSError?)?.code ?? 0)) {
            throw .malformed(line: line, reason: reason(code))
        }
        guard let root = builder.root else { throw .malformed(line: parser.lineNumber, reason: "no root element") }
        return root
    }

    /// The XML declaration names no encoding, or UTF-8.
    static func declaresUTF8(_ bytes: [UInt8]) -> Bool {
        let head = String(decoding: bytes.prefix(200), as: UTF8.self)
        guard head.hasPrefix("<?xml"), let end = head.range(of: "?>") else { return true }
        let declaration = head[..<end.lowerBound].lowercased()
        guard let e = declaration.range(of: "encoding") else { return true }
        let value = declaration[e.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\"" || $0 == "'" }
        return value.hasPrefix("utf-8") || value.hasPrefix("utf8")
    }

    /// Foundation's errors describe themselves as "(null)": say the common ones in words.
    static func reason(_ code: Int) -> String {
        switch XMLParser.ErrorCode(rawValue: code) {
        case .tagNameMismatchError?: return "a closing tag does not match the open element"
        case .prematureDocumentEndError?: return "the XML ends before its elements are closed"
        case .notWellBalancedError?: return "the XML is not well balanced"
        case .invalidCharacterError?, .invalidCharacterRefError?: return "an invalid character"
        case .undeclaredEntityError?, .entityRefAtEOFError?, .entityRefLoopError?: return "an entity it cannot read"
        case .emptyDocumentError?: return "the part is empty"
        default: return "XML error \(code)"
        }
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: DocxElement?
        var stack: [DocxElement] = []
        var tooDeep = false
        var firstError: (line: Int, code: Int)?

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            guard stack.count < XMLTree.maxDepth else {
                tooDeep = true
                parser.abortParsing()
                return
            }
            var attributes: [String: String] = [:]
            for (key, value) in attributeDict {
                attributes[localName(key)] = value
            }
            let element = DocxElement(name: localName(elementName), attributes: attributes)
            if let parent = stack.last { parent.children.append(element) } else if root == nil { root = element }
            stack.append(element)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            if !stack.isEmpty { stack.removeLast() }
        }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
            if firstError == nil { firstError = (parser.lineNumber, (parseError as NSError).code) }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }

        private func localName(_ name: String) -> String {
            guard let colon = name.lastIndex(of: ":") else { return name }
            return String(name[name.index(after: colon)...])
        }
    }
}
