/// A set of indicators (KGIs) with their baselines and targets.
public struct MetricSet: Codable, Hashable, Sendable {
    public var caption: [Inline]
    public var metrics: [Metric]

    public init(caption: [Inline], metrics: [Metric]) {
        self.caption = caption
        self.metrics = metrics
    }
}
