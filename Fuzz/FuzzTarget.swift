// libFuzzer entry: bytes → ingest → parse → align → check, against the bundled 2021 key points.
// Built by Fuzz/run with the Compare sources compiled in (swiftc -sanitize=fuzzer), not by SwiftPM.
import Foundation

let fuzzTaxonomy: Taxonomy? = try? Taxonomy.load(directory: ProcessInfo.processInfo.environment["FUZZ_TAXONOMY"] ?? "Corpus/taxonomy")
let fuzzLexicon: ObligationLexicon? = try? ObligationLexicon.load(directory: ProcessInfo.processInfo.environment["FUZZ_TAXONOMY"] ?? "Corpus/taxonomy")
let fuzzReference: CheckReference? = {
    guard let t = fuzzTaxonomy, let l = fuzzLexicon, let r = t.reference(year: 2021) else { return nil }
    return CheckReference(index: ReferenceIndex(r), lexicon: l)
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let reference = fuzzReference else { fatalError("run from the package root, or set FUZZ_TAXONOMY") }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let source = try? Ingest.decode(bytes: bytes, name: "fuzz.txt") else { return 0 }
    let plan = PlanParser.parse(source)
    let alignment = Aligner().align(plan, to: reference.index)
    _ = DraftCheck.run(alignment, against: reference)
    return 0
}
