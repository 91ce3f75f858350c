import Foundation
import ManuscriptCore

/// Draws a ``Chart`` as inline SVG: Japanese text as real text, `role="img"` named by its
/// `<title>` and `<desc>`, Okabe–Ito colours with a pattern or marker per series and every value
/// labelled, so colour is never the only cue.
struct ChartSVG {
    let chart: Chart
    /// Prefix of the ids inside the SVG, unique in the page (the block's id).
    let id: String
    /// The accessible name: the figure's number and caption.
    let title: String

    static let width = 640.0
    static let font = "font-family=\"'BIZ UDGothic', sans-serif\""

    func svg() -> String {
        let (height, body) = chart.kind.isCircular ? circular() : chart.kind == .horizontalBar ? horizontal() : vertical()
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart-graphic\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" "
            + "viewBox=\"0 0 \(n(Self.width)) \(n(height))\" width=\"\(n(Self.width))\" height=\"\(n(height))\" \(Self.font) font-size=\"13\">\n"
            + "<title id=\"\(id)-title\">\(title.xmlEscaped)</title>\n<desc id=\"\(id)-desc\">\(chart.description.xmlEscaped)</desc>\n"
            + patterns() + "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n" + body + "</svg>\n"
    }

    // MARK: Cues besides colour

    /// Series after the first are hatched (bars, slices); the first is solid.
    private func patterns() -> String {
        let count = chart.kind.isCircular ? chart.categories.count : chart.series.count
        guard count > 1, chart.kind != .line else { return "" }
        var defs = "<defs>\n"
        for index in 1..<count {
            defs += "<pattern id=\"\(id)-pattern-\(index)\" patternUnits=\"userSpaceOnUse\" width=\"8\" height=\"8\">"
                + "<rect width=\"8\" height=\"8\" fill=\"#\(ChartPalette.colour(index))\"/>"
                + "<path d=\"\(Self.hatches[(index - 1) % Self.hatches.count])\" stroke=\"#ffffff\" stroke-width=\"1.5\"/></pattern>\n"
        }
        return defs + "</defs>\n"
    }

    /// Hatching for the second series onwards, the same as the Word chart's presets
    /// (wdUpDiag, wdDnDiag, dkVert, dkHorz, diagCross).
    static let hatches = ["M0,8 L8,0", "M0,0 L8,8", "M4,0 L4,8", "M0,4 L8,4", "M0,8 L8,0 M0,0 L8,8"]

    private func fill(_ index: Int) -> String {
        index == 0 || chart.kind == .line ? "#\(ChartPalette.colour(index))" : "url(#\(id)-pattern-\(index))"
    }

    /// A label readable over any fill: dark text with a white halo.
    private func label(_ text: String, x: Double, y: Double, anchor: String = "middle", bold: Bool = false) -> String {
        "<text x=\"\(n(x))\" y=\"\(n(y))\" text-anchor=\"\(anchor)\"\(bold ? " font-weight=\"bold\"" : "") fill=\"#000000\" "
            + "stroke=\"#ffffff\" stroke-width=\"3\" style=\"paint-order: stroke\">\(text.xmlEscaped)</text>\n"
    }

    private func text(_ text: String, x: Double, y: Double, anchor: String = "middle", extra: String = "") -> String {
        "<text x=\"\(n(x))\" y=\"\(n(y))\" text-anchor=\"\(anchor)\" fill=\"#000000\"\(extra)>\(text.xmlEscaped)</text>\n"
    }

    /// A legend row at the top: a swatch (or line and marker) and each series' name.
    private func legend(y: Double, names: [String]) -> String {
        var svg = "", x = 60.0
        for (index, name) in names.enumerated() {
            if chart.kind == .line {
                svg += "<line x1=\"\(n(x))\" y1=\"\(n(y - 4))\" x2=\"\(n(x + 24))\" y2=\"\(n(y - 4))\" stroke=\"\(fill(index))\" stroke-width=\"3\"\(dash(index))/>\n"
                svg += marker(index, x: x + 12, y: y - 4)
                x += 30
            } else {
                svg += "<rect x=\"\(n(x))\" y=\"\(n(y - 12))\" width=\"14\" height=\"14\" fill=\"\(fill(index))\" stroke=\"#000000\"/>\n"
                x += 20
            }
            svg += text(name, x: x, y: y, anchor: "start")
            x += Self.textWidth(name, size: 13) + 24
        }
        if let target = chart.target {
            svg += "<line x1=\"\(n(x))\" y1=\"\(n(y - 4))\" x2=\"\(n(x + 24))\" y2=\"\(n(y - 4))\" stroke=\"#000000\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>\n"
            svg += text(target.label, x: x + 30, y: y, anchor: "start")
        }
        return svg
    }

    private func dash(_ index: Int) -> String {
        ["", " stroke-dasharray=\"8 4\"", " stroke-dasharray=\"2 3\"", " stroke-dasharray=\"10 3 2 3\""][index % 4]
    }

    /// Circle, square, triangle, diamond: each line's points have their own shape.
    private func marker(_ index: Int, x: Double, y: Double) -> String {
        let colour = "#\(ChartPalette.colour(index))"
        switch index % 4 {
        case 0: return "<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"5\" fill=\"\(colour)\" stroke=\"#ffffff\"/>\n"
        case 1: return "<rect x=\"\(n(x - 5))\" y=\"\(n(y - 5))\" width=\"10\" height=\"10\" fill=\"\(colour)\" stroke=\"#ffffff\"/>\n"
        case 2: return "<path d=\"M\(n(x)),\(n(y - 6)) L\(n(x + 6)),\(n(y + 5)) L\(n(x - 6)),\(n(y + 5)) Z\" fill=\"\(colour)\" stroke=\"#ffffff\"/>\n"
        default: return "<path d=\"M\(n(x)),\(n(y - 6)) L\(n(x + 6)),\(n(y)) L\(n(x)),\(n(y + 6)) L\(n(x - 6)),\(n(y)) Z\" fill=\"\(colour)\" stroke=\"#ffffff\"/>\n"
        }
    }

    // MARK: Axes

    private var scale: ChartScale { chart.valueScale }

    private func tickText(_ value: Double, _ scale: ChartScale) -> String {
        ChartNumberFormat(unit: chart.format.unit, decimals: scale.decimals).text(value)
    }

    private func vertical() -> (Double, String) {
        let scale = self.scale
        let top = 50.0, bottom = 300.0
        let tickWidth = scale.ticks.map { Self.textWidth(tickText($0, scale), size: 12) }.max() ?? 0
        let left = max(60, tickWidth + 24 + (chart.valueAxisTitle == nil ? 0 : 20)), right = Self.width - 20
        func y(_ value: Double) -> Double { bottom - (value - scale.minimum) / (scale.maximum - scale.minimum) * (bottom - top) }
        var svg = legend(y: 22, names: chart.series.map(\.name))
        for tick in scale.ticks {
            svg += "<line x1=\"\(n(left))\" y1=\"\(n(y(tick)))\" x2=\"\(n(right))\" y2=\"\(n(y(tick)))\" stroke=\"#cccccc\"/>\n"
            svg += text(tickText(tick, scale), x: left - 6, y: y(tick) + 4, anchor: "end", extra: " font-size=\"12\"")
        }
        let band = (right - left) / Double(chart.categories.count)
        for (c, category) in chart.categories.enumerated() {
            svg += text(category, x: left + band * (Double(c) + 0.5), y: bottom + 18)
        }
        switch chart.kind {
        case .line:
            for (s, series) in chart.series.enumerated() {
                let points = series.values.enumerated().map { (left + band * (Double($0.offset) + 0.5), y($0.element)) }
                svg += "<polyline points=\"\(points.map { "\(n($0.0)),\(n($0.1))" }.joined(separator: " "))\" fill=\"none\" stroke=\"\(fill(s))\" stroke-width=\"3\"\(dash(s))/>\n"
                for (index, point) in points.enumerated() {
                    svg += marker(s, x: point.0, y: point.1)
                    svg += label(chart.format.text(series.values[index]), x: point.0, y: point.1 - 10)
                }
            }
        case .stackedBar:
            let width = band * 0.6
            for c in chart.categories.indices {
                var base = 0.0
                let x = left + band * Double(c) + (band - width) / 2
                for (s, series) in chart.series.enumerated() {
                    let value = series.values[c]
                    svg += "<rect x=\"\(n(x))\" y=\"\(n(y(base + value)))\" width=\"\(n(width))\" height=\"\(n(y(base) - y(base + value)))\" fill=\"\(fill(s))\" stroke=\"#000000\"/>\n"
                    svg += label(chart.format.text(value), x: x + width / 2, y: (y(base) + y(base + value)) / 2 + 4)
                    base += value
                }
            }
        default:
            let group = band * 0.8, width = group / Double(chart.series.count)
            for c in chart.categories.indices {
                for (s, series) in chart.series.enumerated() {
                    let value = series.values[c]
                    let x = left + band * Double(c) + (band - group) / 2 + width * Double(s)
                    let (from, to) = (y(max(0, value)), y(min(0, value)))
                    svg += "<rect x=\"\(n(x + 1))\" y=\"\(n(from))\" width=\"\(n(width - 2))\" height=\"\(n(to - from))\" fill=\"\(fill(s))\" stroke=\"#000000\"/>\n"
                    svg += label(chart.format.text(value), x: x + width / 2, y: from - 4)
                }
            }
        }
        svg += "<line x1=\"\(n(left))\" y1=\"\(n(y(0)))\" x2=\"\(n(right))\" y2=\"\(n(y(0)))\" stroke=\"#000000\"/>\n"
        svg += "<line x1=\"\(n(left))\" y1=\"\(n(top))\" x2=\"\(n(left))\" y2=\"\(n(bottom))\" stroke=\"#000000\"/>\n"
        if let target = chart.target {
            svg += "<line x1=\"\(n(left))\" y1=\"\(n(y(target.value)))\" x2=\"\(n(right))\" y2=\"\(n(y(target.value)))\" stroke=\"#000000\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>\n"
            svg += label(target.label, x: right, y: y(target.value) - 6, anchor: "end", bold: true)
        }
        if let title = chart.categoryAxisTitle { svg += text(title, x: (left + right) / 2, y: bottom + 40) }
        if let title = chart.valueAxisTitle {
            svg += text(title, x: 16, y: (top + bottom) / 2, extra: " transform=\"rotate(-90 16 \(n((top + bottom) / 2)))\"")
        }
        return (chart.categoryAxisTitle == nil ? bottom + 30 : bottom + 52, svg)
    }

    private func horizontal() -> (Double, String) {
        let scale = self.scale
        let labelWidth = chart.categories.map { Self.textWidth($0, size: 13) }.max() ?? 0
        let left = min(300, labelWidth + 16), right = Self.width - 70
        let top = chart.categoryAxisTitle == nil ? 44.0 : 60.0, band = 24.0 + 14.0 * Double(chart.series.count)
        let bottom = top + band * Double(chart.categories.count)
        func x(_ value: Double) -> Double { left + (value - scale.minimum) / (scale.maximum - scale.minimum) * (right - left) }
        var svg = legend(y: 22, names: chart.series.map(\.name))
        for tick in scale.ticks {
            svg += "<line x1=\"\(n(x(tick)))\" y1=\"\(n(top))\" x2=\"\(n(x(tick)))\" y2=\"\(n(bottom))\" stroke=\"#cccccc\"/>\n"
            svg += text(tickText(tick, scale), x: x(tick), y: bottom + 16, extra: " font-size=\"12\"")
        }
        let barHeight = (band - 16) / Double(chart.series.count)
        for (c, category) in chart.categories.enumerated() {
            let y0 = top + band * Double(c) + 8
            svg += text(category, x: left - 8, y: y0 + (band - 16) / 2 + 5, anchor: "end")
            for (s, series) in chart.series.enumerated() {
                let value = series.values[c]
                let y = y0 + barHeight * Double(s)
                svg += "<rect x=\"\(n(x(min(0, value))))\" y=\"\(n(y))\" width=\"\(n(abs(x(value) - x(0))))\" height=\"\(n(barHeight - 2))\" fill=\"\(fill(s))\" stroke=\"#000000\"/>\n"
                svg += label(chart.format.text(value), x: x(max(0, value)) + 4, y: y + barHeight / 2 + 4, anchor: "start")
            }
        }
        svg += "<line x1=\"\(n(x(0)))\" y1=\"\(n(top))\" x2=\"\(n(x(0)))\" y2=\"\(n(bottom))\" stroke=\"#000000\"/>\n"
        var height = bottom + 26
        if let title = chart.valueAxisTitle { svg += text(title, x: (left + right) / 2, y: bottom + 38); height += 16 }
        if let title = chart.categoryAxisTitle { svg += text(title, x: left - 8, y: top - 6, anchor: "end") }
        return (height, svg)
    }

    private func circular() -> (Double, String) {
        let values = chart.series[0].values
        let total = values.reduce(0, +)
        let cx = Self.width / 2, cy = 170.0, radius = 110.0
        var svg = "", angle = -Double.pi / 2
        for (index, value) in values.enumerated() {
            let sweep = total > 0 ? value / total * 2 * Double.pi : 0
            let end = angle + sweep
            if sweep >= 2 * Double.pi - 1e-9 {
                svg += "<circle cx=\"\(n(cx))\" cy=\"\(n(cy))\" r=\"\(n(radius))\" fill=\"\(fill(index))\" stroke=\"#ffffff\" stroke-width=\"2\"/>\n"
            } else if sweep > 0 {
                let large = sweep > Double.pi ? 1 : 0
                svg += "<path d=\"M\(n(cx)),\(n(cy)) L\(n(cx + radius * cos(angle))),\(n(cy + radius * sin(angle))) "
                    + "A\(n(radius)),\(n(radius)) 0 \(large) 1 \(n(cx + radius * cos(end))),\(n(cy + radius * sin(end))) Z\" "
                    + "fill=\"\(fill(index))\" stroke=\"#ffffff\" stroke-width=\"2\"/>\n"
            }
            // The category and its value beside its slice, so no legend is needed.
            let middle = angle + sweep / 2
            let lx = cx + (radius + 18) * cos(middle), ly = cy + (radius + 18) * sin(middle)
            svg += "<line x1=\"\(n(cx + radius * cos(middle)))\" y1=\"\(n(cy + radius * sin(middle)))\" x2=\"\(n(lx))\" y2=\"\(n(ly))\" stroke=\"#000000\"/>\n"
            svg += label("\(chart.categories[index]) \(chart.format.text(value))", x: lx + (cos(middle) >= 0 ? 4 : -4), y: ly + 5,
                         anchor: cos(middle) >= 0 ? "start" : "end")
            angle = end
        }
        if chart.kind == .donut {
            svg += "<circle cx=\"\(n(cx))\" cy=\"\(n(cy))\" r=\"\(n(radius * 0.55))\" fill=\"#ffffff\"/>\n"
            svg += text(chart.series[0].name, x: cx, y: cy + 5)
        }
        return (310, svg)
    }

    // MARK: Helpers

    /// Coordinates with one decimal, so the output is the same on every machine.
    private func n(_ value: Double) -> String {
        let text = NumberText.fixed(value, decimals: 1)
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    /// An estimate of text width: full-width characters one em, others about half.
    static func textWidth(_ text: String, size: Double) -> Double {
        text.unicodeScalars.reduce(0) { $0 + ($1.value < 0x2E80 ? 0.6 : 1.0) } * size
    }
}
