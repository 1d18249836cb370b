import Foundation
import XCTest
@testable import Compare

final class TmpMetaDump: XCTestCase {
    func testDump() throws {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Corpus/local")
        for f in try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() {
            let st = try Ingest.read(path: dir.appendingPathComponent(f).path)
            let body = MetadataExtractorTests.bodyStart(st.lines)
            let (m, t) = MetadataExtractor.extract(lines: st.lines, bodyStart: body)
            print("=== \(f) body=\(body) titleLine=\(String(describing: t)) \(t.map { st.lines[$0].text } ?? "-")")
            print(m.title ?? "nil", m.locality ?? "nil", m.level.map { "\($0)" } ?? "nil", m.year ?? 0, m.documentNumber ?? "nil", m.issuer ?? "nil", m.date ?? "nil", m.draft)
            for c in m.cites { print("   cite:", c.title ?? "-", "|", c.number ?? "-") }
            let text = try String(contentsOf: dir.appendingPathComponent(f), encoding: .utf8)
            let mine = MetadataExtractorTests.sourceLines(text)
            let m2 = MetadataExtractor.extract(lines: mine, bodyStart: MetadataExtractorTests.bodyStart(mine)).metadata
            print("same as helper:", m == m2)
            var t0 = Date()
            for _ in 0..<200 { _ = MetadataExtractor.extract(lines: st.lines, bodyStart: body) }
            print("200x:", Date().timeIntervalSince(t0))
            t0 = Date()
        }
    }
}
