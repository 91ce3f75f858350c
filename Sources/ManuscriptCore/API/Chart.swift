/// A chart drawn from data by the `charts` stage: one value that the EPUB writer draws as SVG and
/// the DOCX writer as a native Word chart, so both show the same numbers.
public struct Chart: Codable, Hashable, Sendable {
    public var kind: ChartKind
    public var caption: [Inline]
    /// What the chart shows, in words: the accessible description and Word's alt text.
    public var description: String
    /// Category labels in order (years, answers, …).
    public var categories: [String]
    /// One series per legend entry; each has a value per category.
    public var series: [ChartSeries]
    /// How values print: 「32.5万人」, 「31.4%」.
    public var format: ChartNumberFormat
    public var categoryAxisTitle: String?
    public var valueAxisTitle: String?
    /// A reference line across the plot, such as a target value.
    public var target: ChartTarget?
    /// The header of the category column in the data table that follows the chart.
    public var categoryHeader: String

    public init(kind: ChartKind, caption: [Inline], description: String, categories: [String], series: [ChartSeries],
                format: ChartNumberFormat, categoryAxisTitle: String? = nil, valueAxisTitle: String? = nil,
                target: ChartTarget? = nil, categoryHeader: String = "区分") {
        self.kind = kind
        self.caption = caption
        self.description = description
        self.categories = categories
        self.series = series
        self.format = format
        self.categoryAxisTitle = categoryAxisTitle
        self.valueAxisTitle = valueAxisTitle
        self.target = target
        self.categoryHeader = categoryHeader
    }

    /// The data as a table (categories down, series across), for readers who need the numbers.
    public var dataTable: Table {
        let header: [[Inline]] = [[.text(categoryHeader)]] + series.map { [.text($0.name)] }
        let rows = categories.indices.map { index -> [[Inline]] in
            [[.text(categories[index])]] + series.map { [.text(format.text($0.values[index]))] }
        }
        return Table(caption: caption, header: [header], rows: rows, rowHeaderColumns: 1)
    }
}
