import Compare
import Foundation

/// A national-scale corpus made from the bundled plans, for the batch benchmark: each generated
/// plan is a corpus plan with its locality renamed, some items dropped, some wording and time limits
/// changed, and one of three encodings (UTF-8, UTF-8 with a BOM, GB18030 with CRLF line ends).
/// Deterministic: the same count gives the same files.
enum CorpusGenerator {
    struct Source {
        var name: String
        var text: String
        var locality: String?
    }

    /// A small linear congruential generator: the same seed, the same corpus.
    struct Random {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
    }

    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    /// Place names of two characters (安平, 兴和, …): a hundred, then they repeat, as names do
    /// across a country.
    static let syllables = Array("安平和兴宁泰顺康昌丰")
    static func name(_ k: Int) -> String { String([syllables[k % 10], syllables[(k / 10) % 10]]) }

    static func sources(_ dir: String) throws -> [Source] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
        return try names.map { name in
            let path = dir + "/" + name
            let text = try String(contentsOfFile: path, encoding: .utf8)
            return Source(name: name, text: text, locality: try PlanLoader.load(path: path).metadata.locality)
        }
    }

    /// No plans to make a corpus from: run from the package root, where Corpus/local holds them.
    struct NoSources: LocalizedError {
        var errorDescription: String? {
            "Corpus/local: no .txt plans here to make a corpus from"
        }
    }

    /// What opens a line that is not part of the item above it: a number of any family.
    static let opening = #"^\s*([0-9０-９]+[.．、]|[（(][0-9０-９一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、|第[一二三四五六七八九十]+部分)"#

    /// A line that runs on: it ends in a list mark or a comma.
    static func endsOpen(_ line: String) -> Bool {
        guard let last = line.trimmingCharacters(in: .whitespaces).last else { return false }
        return "、，,".contains(last)
    }

    /// A line naming the units of the item above it, which goes with the item.
    static let unitsLine = #"^\s*(责任单位|牵头单位|配合单位|[〔（(【]牵头)"#
    /// The most lines of text an item runs on after its first (the corpus plans' run to three):
    /// past them, or past its units line, a paragraph is the plan's own (its closing), not the item's.
    static let longestRunOn = 3

    /// Writes `count` plans into `out` (created if missing); returns their paths.
    static func generate(count: Int, from sources: [Source], into out: String) throws -> [String] {
        guard !sources.isEmpty else { throw NoSources() }
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        var random = Random(state: 20_261_204)
        var paths: [String] = []
        for i in 0..<count {
            let source = sources[i % sources.count]
            var text = source.text
            if let locality = source.locality, let suffix = locality.last {
                text = text.replacingOccurrences(of: locality, with: name(i / sources.count) + String(suffix))
            }
            var lines: [String] = []
            // Inside an item dropped: the lines it runs on to and its units line are dropped too, up
            // to a line opening a number or a table row, the first paragraph after its units line, or
            // past `longestRunOn` lines. Dropping the first line alone left the rest as a fragment
            // (「期人员流动等发布权威信息…」) glued under the heading above, which no plan holds.
            var dropping = false
            var runOn = 0, unitsPassed = false
            // The units line ends in a list mark (「…教育局、」): the next line it runs on to is its
            // end (「卫健委等各有关部门」), dropped with it, not left as a fragment.
            var unitsOpen = false
            for line in text.components(separatedBy: "\n") {
                let item = line.range(of: #"^\s*(\d+[.．、]|（\d+）)"#, options: .regularExpression) != nil
                if dropping, !item, !line.contains("\t"), line.range(of: Self.opening, options: .regularExpression) == nil {
                    let blank = line.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
                    let units = line.range(of: Self.unitsLine, options: .regularExpression) != nil
                    if blank || units || unitsOpen || (!unitsPassed && runOn < Self.longestRunOn) {
                        // The draws a kept line makes, made and not used: every later line is edited as before.
                        _ = (random.next(10), random.next(3))
                        if blank {
                            lines.append(line)
                        } else {
                            if units || unitsOpen { unitsPassed = true } else { runOn += 1 }
                            unitsOpen = (units || unitsOpen) && Self.endsOpen(line)
                        }
                        continue
                    }
                }
                dropping = false
                if item && random.next(8) == 0 {  // an item dropped
                    (dropping, runOn, unitsPassed, unitsOpen) = (true, 0, false, false)
                    continue
                }
                var edited = line
                if random.next(10) == 0 { edited = edited.replacingOccurrences(of: "做好", with: "抓好") }  // reworded
                // A deadline moved: 「2021年底前」 (or 「2021年年底前」, 「2021 年底前」) to 「2021年10月底前」, as a
                // plan writes it (replacing 年底前 alone wrote 「202110月底前」, which no plan does).
                if random.next(3) == 0 {
                    edited = edited.replacingOccurrences(of: #"(\d{4})\s*年?年底前"#, with: "$1年10月底前", options: .regularExpression)
                }
                lines.append(edited)
            }
            let path = out + "/gen-\(String(format: "%05d", i))-" + source.name
            let data: Data?
            switch i % 3 {
            case 0: data = lines.joined(separator: "\r\n").data(using: gb18030)
            case 1: data = Data([0xEF, 0xBB, 0xBF]) + Data(lines.joined(separator: "\n").utf8)
            default: data = Data(lines.joined(separator: "\n").utf8)
            }
            guard let bytes = data else { throw CocoaError(.fileWriteInapplicableStringEncoding) }
            try bytes.write(to: URL(fileURLWithPath: path))
            paths.append(path)
        }
        return paths
    }

    /// Peak resident memory of this process so far, in MB (Linux reports kilobytes).
    static func peakMB() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}
