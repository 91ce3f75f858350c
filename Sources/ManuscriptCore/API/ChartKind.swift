/// The chart types the `chart` block draws.
public enum ChartKind: String, Codable, CaseIterable, Hashable, Sendable {
    case bar
    case stackedBar = "stacked-bar"
    /// Bars along the horizontal axis, for survey answers with long labels.
    case horizontalBar = "horizontal-bar"
    case line
    case pie
    case donut

    /// How the chart is named to readers, at the start of its description.
    public var japaneseName: String {
        switch self {
        case .bar: "棒グラフ"
        case .stackedBar: "積み上げ棒グラフ"
        case .horizontalBar: "横棒グラフ"
        case .line: "折れ線グラフ"
        case .pie: "円グラフ"
        case .donut: "ドーナツグラフ"
        }
    }

    /// Pie and donut charts show one series as shares of a whole; they have no axes.
    public var isCircular: Bool { self == .pie || self == .donut }
}
