/// One series of a chart: its name (the legend entry) and a value per category.
public struct ChartSeries: Codable, Hashable, Sendable {
    public var name: String
    public var values: [Double]

    public init(name: String, values: [Double]) {
        self.name = name
        self.values = values
    }
}
