/// How an indicator's values are printed: 「6.61点/10点（2024年調査）」.
public enum MetricText {
    public static func value(_ measurement: Metric.Measurement, of metric: Metric) -> String {
        let scale = metric.scale.map { "/\($0)\(metric.unit)" } ?? ""
        let note = measurement.note ?? ""
        return "\(measurement.value)\(metric.unit)\(scale)（\(measurement.year)年\(note)）"
    }
}
