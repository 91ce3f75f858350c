/// What a block holds. Each case is one block kind of the manuscript format.
public enum BlockContent: Hashable, Sendable {
    case heading(Heading)
    case paragraph([Inline])
    case list(BulletList)
    case table(Table)
    case callout(Callout)
    case metrics(MetricSet)
    case figure(Figure)
    /// A chart drawn from data (made by the `charts` stage from a `chart` block).
    case chart(Chart)
    /// An editor's note: shown in draft editions only.
    case editorNote([Inline])
    /// A block kind declared by a stage, which replaces it with ordinary blocks.
    case custom(CustomBlock)

    /// The kind's name as written in the manuscript.
    public var kind: String {
        switch self {
        case .heading: "heading"
        case .paragraph: "paragraph"
        case .list: "list"
        case .table: "table"
        case .callout: "callout"
        case .metrics: "metrics"
        case .figure: "figure"
        case .chart: "chart"
        case .editorNote: "note"
        case .custom(let block): block.kind
        }
    }
}
