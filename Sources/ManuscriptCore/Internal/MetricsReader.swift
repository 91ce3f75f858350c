/// Reads a `metrics` block: indicators with a baseline and a target, each a value and a year.
enum MetricsReader {
    static func read(_ node: YAMLNode) throws -> MetricSet {
        let set = try node.mapping("metrics")
        try set.rejectUnknownKeys(allowed: ["id", "caption", "items"])
        let caption = try set["caption"].map { try InlineParser.parse($0, what: "caption") } ?? []
        let items = try set.required("items").sequence("items")
        guard !items.isEmpty else { throw AssemblyError("metrics need at least one item", at: node.location) }
        return MetricSet(caption: caption, metrics: try items.map(readMetric))
    }

    private static func readMetric(_ node: YAMLNode) throws -> Metric {
        let metric = try node.mapping("a metric")
        try metric.rejectUnknownKeys(allowed: ["name", "measures", "unit", "scale", "baseline", "target"])
        return Metric(
            name: try metric.required("name").string("name"),
            measures: try metric["measures"]?.string("measures"),
            unit: try metric["unit"]?.string("unit") ?? "",
            scale: try metric["scale"]?.decimal("scale"),
            baseline: try readMeasurement(metric.required("baseline"), what: "baseline"),
            target: try readMeasurement(metric.required("target"), what: "target"))
    }

    private static func readMeasurement(_ node: YAMLNode, what: String) throws -> Metric.Measurement {
        let m = try node.mapping(what)
        try m.rejectUnknownKeys(allowed: ["value", "year", "note"])
        return Metric.Measurement(value: try m.required("value").decimal("\(what) value"),
                                  year: try m.required("year").int("\(what) year", in: 1900...2200),
                                  note: try m["note"]?.string("note"))
    }
}
