/// A reference line drawn across a chart's plot, such as the KGI's target value.
public struct ChartTarget: Codable, Hashable, Sendable {
    public var value: Double
    public var label: String

    public init(value: Double, label: String) {
        self.value = value
        self.label = label
    }
}
