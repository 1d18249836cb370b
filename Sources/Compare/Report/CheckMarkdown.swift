/// The draft check as an official reads it: a summary, a table of national sections, each gap, each
/// divergence with its evidence and a readable diff, and the plan's own additions.
public enum CheckMarkdown {
    public static func render(_ r: CheckResult, reference: Reference) -> String {
        ""
    }
}
