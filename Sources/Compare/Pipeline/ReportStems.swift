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
            let first = Self.fitted(count[bare, default: 0] > 1 ? name : bare)
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
    subscript(_ name: String) -> String { stems[name] ?? Self.fitted(Self.bare(name)) }

    /// Bytes of UTF-8 a stem keeps in a report's file name.
    static let longest = 100

    /// `stem` as a report's file name may hold it: whole up to `longest` bytes; past that, cut at
    /// a character and followed by `-` and eight hexadecimal digits of the whole stem's hash, so two
    /// long names that open alike stay two. Why: a folder entry holds 255 bytes, 85 Chinese
    /// characters; a plan's file named after its notice's title (「关于印发……的通知及附件……」)
    /// made a review's name (OLD--NEW.md) or an upper-level check's (STEM.upper.md) longer, and the
    /// whole job failed to write (a new user's trial).
    static func fitted(_ stem: String) -> String {
        guard stem.utf8.count > longest else { return stem }
        var kept = "", bytes = 0
        for c in stem {
            let n = c.utf8.count
            if bytes + n > longest { break }
            kept.append(c)
            bytes += n
        }
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in stem.utf8 { hash = (hash ^ UInt64(b)) &* 0x100_0000_01B3 }
        let digits = String(hash & 0xFFFF_FFFF, radix: 16)
        return kept + "-" + String(repeating: "0", count: 8 - digits.count) + digits
    }

    /// The file name without its extension: the stem two files of one plan share.
    static func bare(_ name: String) -> String { (name as NSString).deletingPathExtension }
}
