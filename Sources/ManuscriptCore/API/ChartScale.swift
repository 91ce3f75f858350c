import Foundation

/// A chart's value axis from zero (or the lowest value) to a round maximum, with four to eight ticks of
/// 1, 2, 2.5 or 5 times a power of ten.
public struct ChartScale: Hashable, Sendable {
    public let minimum: Double
    public let maximum: Double
    public let step: Double

    public init(minimum low: Double, maximum high: Double) {
        let span = high - low > 0 ? high - low : 1
        let rough = span / 5
        let power = pow(10, floor(log10(rough)))
        let step = [1, 2, 2.5, 5, 10].map { $0 * power }.first { $0 >= rough } ?? 10 * power
        self.step = step
        minimum = floor(low / step) * step
        // A value on the top line (a target of 8.00 on a scale to 8) gets a step of room for its label.
        let top = ceil(high / step) * step
        maximum = max(top - high < step * 0.1 ? top + step : top, minimum + step)
    }

    public var ticks: [Double] {
        // A stage's values can span more than a Double holds; Int(_:) would trap on the infinity.
        let steps = ((maximum - minimum) / step).rounded()
        let count = steps.isFinite ? Int(min(max(steps, 0), 1000)) : 0
        return (0...count).map { minimum + Double($0) * step }
    }

    /// Decimals the tick labels need for the step (2.5 needs one).
    public var decimals: Int {
        var decimals = 0, scaled = step
        while decimals < 3, abs(scaled - scaled.rounded()) > 1e-9 { scaled *= 10; decimals += 1 }
        return decimals
    }
}

extension Chart {
    /// The value axis both writers draw, so the SVG and the Word chart show the same ticks:
    /// from zero (or the lowest value) to above every value, stacked totals and the target included.
    public var valueScale: ChartScale {
        let values = series.flatMap(\.values)
        var top = values.max() ?? 0
        if kind == .stackedBar {
            top = categories.indices.map { c in series.reduce(0) { $0 + max(0, $1.values[c]) } }.max() ?? 0
        }
        if let target { top = max(top, target.value) }
        return ChartScale(minimum: min(0, values.min() ?? 0), maximum: top)
    }
}
