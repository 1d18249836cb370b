/// File → `Plan`: Ingest and Parse together, refusing a text with no plan structure.
public enum PlanLoader {
    public static func load(path: String) throws -> Plan {
        let source = try Ingest.read(path: path)
        let plan = PlanParser.parse(source)
        if !plan.nodes.contains(where: { $0.kind != .paragraph }) {
            throw InputError.noPlanStructure(path: path)
        }
        return plan
    }
}
