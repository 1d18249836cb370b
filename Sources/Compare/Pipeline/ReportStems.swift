import Foundation

/// The name each plan's reports take in the main job's folders (`check/STEM.md`, `plans/STEM.md`,
/// `review/OLD--NEW.md`): the plan's file name without its extension.
///
/// Why not the bare stem alone: an office keeps the same plan as it came, twice (「方案.docx」 and
/// the page 「方案.html」), and two plans of one stem wrote one report over the other. Where the
/// corpus holds another file of the same stem, the name keeps its extension (方案.docx, 方案.html),
/// which tells the reader which file each report is of; a name taken all the same (a file named
/// 方案.docx.txt) gets -2, -3… in the corpus's order, as the batch check names its reports.
struct ReportStems {
    private var stems: [String: String] = [:]

    /// `names`: the plans' file names, in the corpus's order (each once).
    init(_ names: [String]) {
        var count: [String: Int] = [:]
        for name in names { count[Self.bare(name), default: 0] += 1 }
        var used: Set<String> = []
        for name in names where stems[name] == nil {
            let bare = Self.bare(name)
            let first = count[bare, default: 0] > 1 ? name : bare
            var candidate = first, n = 1
            while used.contains(candidate) {
                n += 1
                candidate = "\(first)-\(n)"
            }
            used.insert(candidate)
            stems[name] = candidate
        }
    }

    /// The stem of the plan whose file is `name`: its own where the corpus had it, else the bare
    /// stem.
    subscript(_ name: String) -> String { stems[name] ?? Self.bare(name) }

    static func bare(_ name: String) -> String { (name as NSString).deletingPathExtension }
}
