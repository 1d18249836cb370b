import Foundation

/// Why the taxonomy or a reference could not be loaded. Each message names the file and line, says
/// what is wrong and what to write instead.
public enum TaxonomyError: Error, Equatable, BilingualError, Sendable {
    case folderMissing(path: String)
    case unreadable(path: String, reason: String)
    /// A line that does not fit the format; `problem` says what is wrong and what to write.
    case syntax(path: String, line: Int, problem: String)
    /// A control character (NUL and the like) in a taxonomy file: no line of one holds such.
    case controlCharacter(path: String, line: Int, scalar: UInt32)
    case unknownTopic(path: String, line: Int, topic: String, known: [String])
    case noSuchYear(year: Int, available: [Int])
    /// `--reference YEAR` names a year the taxonomy does not hold.
    case yearNotInTaxonomy(year: Int, available: [Int])
    /// A user's reference text that has no sections to align to.
    case noSections(path: String)
    /// A national text passed in whose title gives no year: its section ids would be meaningless.
    case noYear(path: String)
    /// A reference text with two sections of one part numbered alike.
    case duplicateSection(path: String, line: Int, numbering: String, first: Int)

    public func message(_ w: ReportLanguage) -> String {
        switch self {
        case let .folderMissing(path):
            return w("\(path): no taxonomy folder here. Pass --taxonomy with a folder that holds topics.txt and the <year>.txt files, or leave it out to use the taxonomy built into compare-tool.",
                     "\(path)：这里没有国家要点库文件夹（taxonomy）。请用 --taxonomy 指定存放 topics.txt 和各 <年份>.txt 文件的文件夹，或不加该选项，使用 compare-tool 内置的国家要点库。")
        case let .unreadable(path, reason):
            let chinese = ["no such file": "没有该文件", "not UTF-8 text": "不是 UTF-8 文本"][reason] ?? reason
            return w("\(path): cannot be read (\(reason)). Check that the file exists and is UTF-8 text.",
                     "\(path)：无法读取（\(chinese)）。请确认文件存在且为 UTF-8 文本。")
        case let .controlCharacter(path, line, scalar):
            return w("\(path):\(line): holds the control character U+\(String(format: "%04X", scalar)), which no taxonomy line may hold. Remove it and save the file as plain UTF-8 text.",
                     "\(path):\(line)：含有控制字符 U+\(String(format: "%04X", scalar))，国家要点库文件中不能有这种字符。请删除后将文件另存为 UTF-8 纯文本。")
        case let .syntax(path, line, problem):
            return w("\(path):\(line): \(problem). See Corpus/taxonomy/README.md for the format.",
                     "\(path):\(line)：格式有误（\(problem)）。格式见 Corpus/taxonomy/README.md。")
        case let .unknownTopic(path, line, topic, known):
            return w("\(path):\(line): unknown topic '\(topic)'. Use one of \(known.joined(separator: "、")), or add it to topics.txt.",
                     "\(path):\(line)：未知的主题“\(topic)”。请使用\(known.joined(separator: "、"))之一，或将其加入 topics.txt。")
        case let .noSuchYear(year, available):
            let years = available.map(String.init).joined(separator: w(", ", "、"))
            return w("no national key points for \(year) or any earlier year in the taxonomy (it has \(available.isEmpty ? "no year files" : years)). Pass --reference with one of those years or a national text FILE.",
                     "所用的国家要点库中没有 \(year) 年或更早年份的国家工作要点（\(available.isEmpty ? "没有任何年份文件" : "现有：" + years)）。请用 --reference 指定其中一个年份，或指定国家要点的文本文件。")
        case let .yearNotInTaxonomy(year, available):
            let years = available.map(String.init).joined(separator: w(", ", "、"))
            return w("no national key points for \(year) in the taxonomy (it has \(years)). Pass --reference with one of those years, or the national text as a FILE.",
                     "所用的国家要点库中没有 \(year) 年的国家工作要点（现有：\(years)）。请用 --reference 指定其中一个年份，或指定国家要点的文本文件。")
        case let .noYear(path):
            return w("\(path): no year found in the title (e.g. 2021年政务公开工作要点), so its sections cannot be given national ids. Put the title with its year on the first line.",
                     "\(path)：标题中没有年份（如“2021年政务公开工作要点”），无法为各节确定对应的国家要点编号。请在第一行写上带年份的标题。")
        case let .duplicateSection(path, line, numbering, first):
            return w("\(path):\(line): a second section numbered \(numbering) in the same part (the first is at line \(first)). The reference's sections are named by their numbering: renumber one, or join them.",
                     "\(path):\(line)：同一部分中出现了第二个编号为\(numbering)的节（第一个在第 \(first) 行）。参照文本的各节以编号区分：请重新编号其中一个，或将两节合并。")
        case let .noSections(path):
            return w("\(path): no numbered sections found to use as a reference. Pass a national key points text whose sections are numbered (一、 （一） …).",
                     "\(path)：没有找到可作参照的编号章节。请指定各节有编号（一、（一）……）的国家工作要点文本。")
        }
    }
}
