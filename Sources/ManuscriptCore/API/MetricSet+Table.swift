extension MetricSet {
    /// The indicators as the printed table shows them: 指標 (with what it measures under the name),
    /// 現状値 and 目標値 (in bold), one row each; the first column heads the rows.
    public var printedTable: Table {
        let header: [[[Inline]]] = [[[.text("指標")], [.text("現状値")], [.text("目標値")]]]
        let rows: [[[Inline]]] = metrics.map { metric in
            let name: [Inline] = [.strong([.text(metric.name)])] + (metric.measures.map { [.lineBreak, .text($0)] } ?? [])
            return [name, [.text(MetricText.value(metric.baseline, of: metric))],
                    [.strong([.text(MetricText.value(metric.target, of: metric))])]]
        }
        return Table(caption: caption, header: header, rows: rows, rowHeaderColumns: 1)
    }
}
