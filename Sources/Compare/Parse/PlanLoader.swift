/// File → `Plan`: Ingest and Parse together, refusing a text with no plan structure.
public enum PlanLoader {
    public static func load(path: String) throws -> Plan {
        try plan(Ingest.read(path: path), path: path)
    }

    /// `load(path:)` refusing a file over `limit` bytes before it is read (`Ingest.read(path:limit:)`).
    static func load(path: String, limit: Int) throws -> Plan {
        try plan(Ingest.read(path: path, limit: limit), path: path)
    }

    /// Text already read → `Plan`, refused as `load` refuses it (`path` names it in the error).
    public static func plan(_ source: SourceText, path: String) throws(InputError) -> Plan {
        let plan = PlanParser.parse(source)
        if !plan.nodes.contains(where: { $0.kind != .paragraph }) {
            throw .noPlanStructure(path: path)
        }
        return plan
    }
}
