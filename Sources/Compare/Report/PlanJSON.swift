/// The machine form of a parsed plan: `{"plan", "metadata", "nodes", "items", "warnings"}`.
///
/// `items` is the shape later commands reuse (align, check): the leaf task units in document
/// order with their path, line, whole text, units and deadlines (`ModelJSON`).
public enum PlanJSON {
    public static func value(_ plan: Plan) -> JSONValue {
        .object([
            ("plan", .string(plan.name)),
            ("metadata", ModelJSON.metadata(plan.metadata)),
            ("nodes", .array(plan.nodes.map(ModelJSON.node))),
            ("items", .array(plan.items.map(ModelJSON.item))),
            ("warnings", ModelJSON.warnings(plan.warnings)),
        ])
    }
}
