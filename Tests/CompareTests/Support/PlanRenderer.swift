import Foundation

@testable import Compare

/// Writes a parsed plan back out in another layout, so layout tests can start from every corpus
/// plan instead of a chosen example: the same tasks, units and time limits, laid out as plans are
/// published (other numbering, unit lines in another form, sections whose paragraph is the task).
///
/// The header (title, issuer, preamble) is copied from the original text up to the first numbered
/// line; the body is written from the tree.
struct PlanRenderer {
    /// How an item's units are written.
    enum UnitForm: CaseIterable {
        /// 「牵头单位：A」 and 「责任单位：B」 lines under the item.
        case labelLines
        /// 「A牵头，B负责落实」 on a line of its own.
        case bareLine
        /// 「（A牵头，B负责落实）」 on a line of its own.
        case parentheticalLine
        /// 「……。（A牵头，B负责落实）」 at the end of the item's text.
        case inline
    }

    /// Where a time limit said as a field (「完成时限：…」, `timeLimit`) goes, with label lines.
    enum TimeField: CaseIterable {
        /// A line of its own under the label lines.
        case ownLine
        /// After the last label, on its line: 「责任单位：B；完成时限：C」.
        case onLabelLine
        /// In a labelled bracket at the end of the item's text: 「……。（牵头单位：A；完成时限：C）」.
        case inBracket
    }

    /// The time limit a time field says (a month no corpus plan's items set).
    static let timeLimit = "2021年10月底前"

    /// Markers per level: part, section, item, sub-item.
    enum Numbering: String, CaseIterable {
        case national = "一、（一）1.（1）"
        case arabicComma = "一、（一）1、（1）"
        case parenItems = "一、（一）（1）①"

        func mark(_ rung: Int, _ n: Int) -> String {
            switch (rung, self) {
            case (0, _): return ChineseNumeral.string(n) + "、"
            case (1, _): return "（\(ChineseNumeral.string(n))）"
            case (2, .national): return "\(n)."
            case (2, .arabicComma): return "\(n)、"
            case (2, .parenItems): return "（\(n)）"
            case (_, .parenItems): return String(UnicodeScalar(0x2460 + UInt32((n - 1) % 20))!)
            default: return "（\(n)）"
            }
        }
    }

    var numbering = Numbering.national
    var units = UnitForm.labelLines
    /// With label lines: a time field beside every item's units, placed so.
    var timeField: TimeField? = nil
    /// Write a leaf section's heading on its own line and its paragraph below it.
    var headingOnItsOwnLine = false
    /// Write the items of a node whose items all name units as unnumbered paragraphs, each followed
    /// by its units (the units are what tells one task from the next).
    var itemsAsParagraphs = false

    /// The original text's lines before the plan's first numbered line.
    static func header(_ text: String, plan: Plan) -> [String] {
        let lines = text.components(separatedBy: "\n")
        let first = plan.nodes.first { $0.kind != .paragraph }?.lines.lowerBound ?? lines.count + 1
        return Array(lines.prefix(first - 1))
    }

    func render(_ plan: Plan, original text: String) -> String {
        var out = Self.header(text, plan: plan)
        // Items count on through a plan as in the national text; sections restart in each part.
        var counters = [0, 0, 0, 0]
        func walk(_ node: Node, level: Int, parent: Node? = nil) {
            guard node.kind != .paragraph else { return }
            let rung = min(level, 3)
            counters[rung] += 1
            for deeper in (rung + 1)..<4 where deeper != 2 { counters[deeper] = 0 }
            var mark = numbering.mark(rung, counters[rung])
            if itemsAsParagraphs, let parent, Self.hasParagraphItems(parent) { mark = "" }
            var body = node.text
            let isLeaf = node.children.isEmpty
            let unitsText = Self.statement(node.units)
            if isLeaf && headingOnItsOwnLine, let h = node.heading, body.hasPrefix(h), body.count > h.count + 1 {
                var rest = String(body.dropFirst(h.count))
                if rest.hasPrefix("。") { rest.removeFirst() }
                out.append(mark + h)
                body = rest
                out.append(contentsOf: unitLines(for: node.units, text: body, statement: unitsText))
            } else {
                out.append(contentsOf: unitLines(for: node.units, text: mark + body, statement: unitsText))
            }
            for child in node.children { walk(child, level: level + 1, parent: node) }
        }
        let levels = Self.levelOffset(plan)
        for node in plan.nodes { walk(node, level: levels) }
        return out.joined(separator: "\n") + "\n"
    }

    /// Whether `node` has two tasks or more, each a leaf naming its units (one paragraph alone
    /// under a heading is the heading's own task, as the label format reads a section paragraph).
    static func hasParagraphItems(_ node: Node) -> Bool {
        node.children.count >= 2 && node.children.allSatisfy { $0.children.isEmpty && $0.kind != .paragraph && !$0.units.isEmpty }
    }

    /// A plan whose top level is items (no parts or sections) starts at the item rung.
    static func levelOffset(_ plan: Plan) -> Int {
        guard let top = plan.nodes.first(where: { $0.kind != .paragraph }) else { return 0 }
        switch top.kind {
        case .part: return 0
        case .section: return 1
        case .item: return 2
        default: return 3
        }
    }

    /// 「A牵头，B负责落实」, 「A牵头落实」, 「B负责落实」.
    static func statement(_ units: Units) -> String? {
        let lead = units.lead.joined(separator: "、"), responsible = units.responsible.joined(separator: "、")
        switch (lead.isEmpty, responsible.isEmpty) {
        case (true, true): return nil
        case (false, true): return lead + "牵头落实"
        case (true, false): return responsible + "负责落实"
        case (false, false): return lead + "牵头，" + responsible + "负责落实"
        }
    }

    func unitLines(for u: Units, text: String, statement: String?) -> [String] {
        guard let statement else { return [text] }
        switch units {
        case .labelLines:
            var labels: [String] = []
            if !u.lead.isEmpty { labels.append("牵头单位：" + u.lead.joined(separator: "、")) }
            if !u.responsible.isEmpty { labels.append("责任单位：" + u.responsible.joined(separator: "、")) }
            let field = "完成时限：" + Self.timeLimit
            switch timeField {
            case nil: return [text] + labels
            case .ownLine?: return [text] + labels + [field]
            case .onLabelLine?: return [text] + labels.dropLast() + [labels[labels.count - 1] + "；" + field]
            case .inBracket?: return [text + "（" + (labels + [field]).joined(separator: "；") + "）"]
            }
        case .bareLine: return [text, statement]
        case .parentheticalLine: return [text, "（" + statement + "）"]
        case .inline: return [text + "（" + statement + "）"]
        }
    }

    // MARK: Task tables

    /// A task table's columns.
    enum Column: String, CaseIterable {
        case number = "序号", section = "工作任务", task = "具体要求", units = "责任单位", deadline = "时限要求"
    }

    /// How a task table is laid out.
    struct Table: CustomStringConvertible {
        enum Sections: String, CaseIterable {
            /// The section's title in its column on the section's first row only (a merged cell).
            case merged
            /// The title repeated on every row.
            case repeated
            /// A row of its own spanning the table, and no section column.
            case rows
            /// On the section's first row only; later rows lack the cell, so their cells stand one
            /// column to the left (a merged cell a conversion dropped).
            case dropped
        }

        var numberColumn: Bool
        /// How the 序号 column writes a row's number.
        var numberStyle: NumberStyle = .bare
        var header: Bool
        var sections: Sections
        /// Whether a section's title in its column keeps its number (「（一）做好…」) or is its
        /// words alone, under the part's heading line above the table.
        var sectionMarks = true
        /// The order of the section, task, units and deadline columns (the section one dropped when
        /// sections are rows); a number column comes first.
        var order: [Column]

        var columns: [Column] {
            (numberColumn ? [.number] : []) + order.filter { sections != .rows || $0 != .section }
        }

        /// 「1」, or an item's marker: 「1.」, 「（1）」 (a number cell read as a task of no text
        /// put an empty item before each row's task).
        enum NumberStyle: String, CaseIterable {
            case bare, dotted, parenthesised

            func mark(_ n: Int) -> String {
                switch self {
                case .bare: return "\(n)"
                case .dotted: return "\(n)."
                case .parenthesised: return "（\(n)）"
                }
            }
        }

        var description: String {
            "\(header ? "header" : "no header"), \(numberColumn ? "序号 \(numberStyle.rawValue)" : "no 序号"), sections \(sections.rawValue)\(sectionMarks ? "" : " unnumbered"), \(columns.map(\.rawValue).joined(separator: "|"))"
        }

        static let orders: [[Column]] = [[.section, .task, .units, .deadline], [.section, .task, .deadline, .units], [.task, .units, .deadline, .section]]

        /// Tables without a header whose section titles have lost their numbers: nothing in a
        /// title's words tells it from a task, only that it spans rows (`TableLayout.infer`).
        static var headerlessUnnumbered: [Table] {
            var out: [Table] = []
            for (numberColumn, style) in NumberStyle.allCases.map({ (true, $0) }) + [(false, NumberStyle.bare)] {
                for sections in Sections.allCases where sections != .rows {
                    for order in orders {
                        out.append(Table(numberColumn: numberColumn, numberStyle: style, header: false, sections: sections, sectionMarks: false, order: order))
                    }
                }
            }
            return out
        }

        static var all: [Table] {
            var out: [Table] = []
            for (numberColumn, style) in NumberStyle.allCases.map({ (true, $0) }) + [(false, .bare)] {
                for header in [true, false] {
                    for sections in Sections.allCases {
                        for order in orders {
                            out.append(Table(numberColumn: numberColumn, numberStyle: style, header: header, sections: sections, order: order))
                            // A title on a row of its own keeps its number: a line of words alone
                            // between rows is no heading. Without a header, titles without their
                            // numbers are `headerlessUnnumbered`'s (what tells them from tasks is a
                            // guess there).
                            if sections != .rows, header {
                                out.append(Table(numberColumn: numberColumn, numberStyle: style, header: header, sections: sections, sectionMarks: false, order: order))
                            }
                        }
                    }
                }
            }
            return out
        }
    }

    /// The plan with the items of every section as rows of one table: parts and sections whose
    /// task is their own paragraph stay lines of text (they span the table), items are rows.
    func render(_ plan: Plan, original text: String, as table: Table) -> String {
        var out = Self.header(text, plan: plan)
        if table.header { out.append(table.columns.map(\.rawValue).joined(separator: "\t")) }
        var item = 0
        var counters = [0, 0, 0, 0]
        func row(_ node: Node, section: String, first: Bool) {
            item += 1
            let columns = table.columns.filter { first || table.sections != .dropped || $0 != .section }
            let cells: [String] = columns.map { column in
                switch column {
                case .number: return table.numberStyle.mark(item)
                case .section: return first || table.sections == .repeated ? section : ""
                case .task: return table.numberColumn ? node.text : "\(item)." + node.text
                case .units: return Self.statement(node.units) ?? ""
                case .deadline: return node.deadlines.map(\.raw).joined(separator: "、")
                }
            }
            out.append(cells.joined(separator: "\t"))
        }
        func walk(_ node: Node, level: Int) {
            guard node.kind != .paragraph else { return }
            let rung = min(level, 3)
            counters[rung] += 1
            for deeper in (rung + 1)..<4 where deeper != 2 { counters[deeper] = 0 }
            let mark = numbering.mark(rung, counters[rung])
            let rows = !node.children.isEmpty && node.children.allSatisfy { $0.children.isEmpty && $0.kind != .paragraph }
            guard rows else {
                out.append(contentsOf: unitLines(for: node.units, text: mark + node.text, statement: Self.statement(node.units)))
                for child in node.children { walk(child, level: level + 1) }
                return
            }
            // A section over rows: its title spans the table, or stands in the section column.
            let title = table.sectionMarks ? mark + node.text : String(node.text.trimmingCharacters(in: CharacterSet(charactersIn: "。")))
            if table.sections == .rows { out.append(title) }
            for (k, child) in node.children.enumerated() { row(child, section: title, first: k == 0) }
        }
        let levels = Self.levelOffset(plan)
        for node in plan.nodes { walk(node, level: levels) }
        return out.joined(separator: "\n") + "\n"
    }
}
