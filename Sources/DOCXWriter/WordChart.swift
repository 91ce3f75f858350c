import Foundation
import ManuscriptCore

/// A chart as a native Word chart: the DrawingML part `word/charts/chartN.xml` with every value
/// cached (so Word and LibreOffice draw it without a workbook), placed inline by a `c:chart`
/// graphic whose `docPr descr` is the chart's description.
///
/// No workbook is embedded: the project writes no spreadsheets, and the cached values are what Word
/// and LibreOffice draw and what Word's chart tools format. Editing the numbers in Word needs the
/// CSV, which stays in the manuscript (and the appendix's attachments).
struct WordChart {
    let chart: Chart
    /// 1-based: the part is `charts/chart<number>.xml`, the relationship `rIdChart<number>`.
    let number: Int

    var partName: String { "word/charts/chart\(number).xml" }
    var relationshipID: String { "rIdChart\(number)" }
    static let contentType = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"

    /// Height in EMU: horizontal bars grow with their answers.
    var heightEMU: Int {
        chart.kind == .horizontalBar ? 900_000 + 380_000 * chart.categories.count * max(1, chart.series.count) : 3_240_000
    }

    func drawing(id: Int, name: String) -> String {
        """
        <w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="\(WordBody.textWidthEMU)" cy="\(heightEMU)"/>\
        <wp:effectExtent l="0" t="0" r="0" b="0"/>\
        <wp:docPr id="\(id)" name="グラフ \(id)" title="\(name.xmlEscaped)" descr="\(chart.description.xmlEscaped)"/><wp:cNvGraphicFramePr/>\
        <a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">\
        <c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="\(relationshipID)"/>\
        </a:graphicData></a:graphic></wp:inline></w:drawing></w:r>
        """
    }

    func xml() -> String {
        WordXML.declaration + """
            <c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" \
            xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
            <c:date1904 val="0"/><c:lang val="ja-JP"/><c:roundedCorners val="0"/>\
            <c:chart><c:autoTitleDeleted val="1"/><c:plotArea><c:layout/>\(plots())</c:plotArea>\
            \(chart.kind.isCircular ? "" : "<c:legend><c:legendPos val=\"t\"/><c:overlay val=\"0\"/></c:legend>")\
            <c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>\
            <c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr>\
            \(Self.textProperties(size: 1000))</c:chartSpace>
            """
    }

    // MARK: Plots

    private static let categoryAxisID = 50010, valueAxisID = 50020

    private func plots() -> String {
        let axes = "<c:axId val=\"\(Self.categoryAxisID)\"/><c:axId val=\"\(Self.valueAxisID)\"/>"
        let series = chart.series.enumerated().map { self.series($0.offset, $0.element) }.joined()
        switch chart.kind {
        case .bar, .stackedBar, .horizontalBar:
            let stacked = chart.kind == .stackedBar
            // Side-by-side bars stand a third of a bar apart: a value label is wider than its bar
            // (「9.7万人」), and without the gap it runs onto the neighbour's fill.
            let overlap = stacked ? "<c:overlap val=\"100\"/>" : chart.series.count > 1 ? "<c:overlap val=\"-35\"/>" : ""
            return "<c:barChart><c:barDir val=\"\(chart.kind == .horizontalBar ? "bar" : "col")\"/>"
                + "<c:grouping val=\"\(stacked ? "stacked" : "clustered")\"/><c:varyColors val=\"0\"/>\(series)"
                + "<c:gapWidth val=\"80\"/>\(overlap)\(axes)</c:barChart>"
                + targetLine(axes) + self.axes()
        case .line:
            return "<c:lineChart><c:grouping val=\"standard\"/><c:varyColors val=\"0\"/>\(series)\(targetSeries())"
                + "<c:marker val=\"1\"/>\(axes)</c:lineChart>" + self.axes()
        case .pie:
            return "<c:pieChart><c:varyColors val=\"1\"/>\(series)<c:firstSliceAng val=\"0\"/></c:pieChart>"
        case .donut:
            return "<c:doughnutChart><c:varyColors val=\"1\"/>\(series)<c:firstSliceAng val=\"0\"/><c:holeSize val=\"50\"/></c:doughnutChart>"
        }
    }

    private func series(_ index: Int, _ series: ChartSeries) -> String {
        let column = Self.columnName(index + 2)
        var xml = "<c:ser><c:idx val=\"\(index)\"/><c:order val=\"\(index)\"/>" + seriesName(series.name, column: column)
        switch chart.kind {
        case .line:
            let symbol = ["circle", "square", "triangle", "diamond"][index % 4]
            let dash = ["solid", "dash", "sysDot", "dashDot"][index % 4]
            xml += "<c:spPr><a:ln w=\"38100\" cap=\"rnd\">\(Self.fill(ChartPalette.colour(index)))<a:prstDash val=\"\(dash)\"/></a:ln></c:spPr>"
            xml += "<c:marker><c:symbol val=\"\(symbol)\"/><c:size val=\"7\"/><c:spPr>\(Self.fill(ChartPalette.colour(index)))"
                + "<a:ln><a:solidFill><a:srgbClr val=\"FFFFFF\"/></a:solidFill></a:ln></c:spPr></c:marker>"
            xml += labels(position: "t")
        case .pie, .donut:
            for slice in chart.categories.indices {
                xml += "<c:dPt><c:idx val=\"\(slice)\"/><c:bubble3D val=\"0\"/><c:spPr>\(Self.fill(ChartPalette.colour(slice), pattern: slice))"
                    + "<a:ln w=\"19050\"><a:solidFill><a:srgbClr val=\"FFFFFF\"/></a:solidFill></a:ln></c:spPr></c:dPt>"
            }
            xml += labels(position: chart.kind == .pie ? "outEnd" : nil, categoryNames: true)
        default:
            xml += "<c:spPr>\(Self.fill(ChartPalette.colour(index), pattern: index))<a:ln w=\"9525\"><a:solidFill><a:srgbClr val=\"000000\"/></a:solidFill></a:ln></c:spPr>"
            xml += "<c:invertIfNegative val=\"0\"/>" + labels(position: chart.kind == .stackedBar ? "ctr" : "outEnd")
        }
        xml += categories() + values(series.values, column: column)
        if chart.kind == .line { xml += "<c:smooth val=\"0\"/>" }
        return xml + "</c:ser>"
    }

    /// A target drawn over bars: a line plot on the same axes with the value at every category.
    private func targetLine(_ axes: String) -> String {
        guard chart.target != nil else { return "" }
        return "<c:lineChart><c:grouping val=\"standard\"/><c:varyColors val=\"0\"/>\(targetSeries())<c:marker val=\"1\"/>\(axes)</c:lineChart>"
    }

    private func targetSeries() -> String {
        guard let target = chart.target else { return "" }
        let index = chart.series.count, column = Self.columnName(index + 2)
        return "<c:ser><c:idx val=\"\(index)\"/><c:order val=\"\(index)\"/>" + seriesName(target.label, column: column)
            + "<c:spPr><a:ln w=\"28575\"><a:solidFill><a:srgbClr val=\"000000\"/></a:solidFill><a:prstDash val=\"dash\"/></a:ln></c:spPr>"
            + "<c:marker><c:symbol val=\"none\"/></c:marker>"
            + categories() + values(chart.categories.map { _ in target.value }, column: column) + "<c:smooth val=\"0\"/></c:ser>"
    }

    private func axes() -> String {
        let scale = chart.valueScale
        let horizontal = chart.kind == .horizontalBar
        let line = "<c:spPr><a:ln w=\"9525\"><a:solidFill><a:srgbClr val=\"000000\"/></a:solidFill></a:ln></c:spPr>"
        // Survey answers read top to bottom, as in the data table.
        let categoryAxis = "<c:catAx><c:axId val=\"\(Self.categoryAxisID)\"/><c:scaling><c:orientation val=\"\(horizontal ? "maxMin" : "minMax")\"/></c:scaling>"
            + "<c:delete val=\"0\"/><c:axPos val=\"\(horizontal ? "l" : "b")\"/>" + title(chart.categoryAxisTitle, rotated: false)
            + "<c:numFmt formatCode=\"General\" sourceLinked=\"0\"/><c:majorTickMark val=\"out\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/>"
            + line + "<c:crossAx val=\"\(Self.valueAxisID)\"/><c:crosses val=\"autoZero\"/><c:auto val=\"1\"/><c:lblAlgn val=\"ctr\"/>"
            + "<c:lblOffset val=\"100\"/><c:noMultiLvlLbl val=\"0\"/></c:catAx>"
        let tickFormat = ChartNumberFormat(unit: chart.format.unit, decimals: scale.decimals).formatCode
        let valueAxis = "<c:valAx><c:axId val=\"\(Self.valueAxisID)\"/><c:scaling><c:orientation val=\"minMax\"/>"
            + "<c:max val=\"\(Self.number(scale.maximum))\"/><c:min val=\"\(Self.number(scale.minimum))\"/></c:scaling>"
            + "<c:delete val=\"0\"/><c:axPos val=\"\(horizontal ? "b" : "l")\"/>"
            + "<c:majorGridlines><c:spPr><a:ln w=\"6350\"><a:solidFill><a:srgbClr val=\"BFBFBF\"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>"
            + title(chart.valueAxisTitle, rotated: !horizontal)
            + "<c:numFmt formatCode=\"\(tickFormat.xmlEscaped)\" sourceLinked=\"0\"/><c:majorTickMark val=\"out\"/><c:minorTickMark val=\"none\"/>"
            + "<c:tickLblPos val=\"nextTo\"/>" + line + "<c:crossAx val=\"\(Self.categoryAxisID)\"/>"
            + "<c:crosses val=\"\(horizontal ? "max" : "autoZero")\"/><c:crossBetween val=\"between\"/><c:majorUnit val=\"\(Self.number(scale.step))\"/></c:valAx>"
        return categoryAxis + valueAxis
    }

    // MARK: Pieces

    private func seriesName(_ name: String, column: String) -> String {
        "<c:tx><c:strRef><c:f>Sheet1!$\(column)$1</c:f><c:strCache><c:ptCount val=\"1\"/><c:pt idx=\"0\"><c:v>\(name.xmlEscaped)</c:v></c:pt></c:strCache></c:strRef></c:tx>"
    }

    private func categories() -> String {
        let points = chart.categories.enumerated().map { "<c:pt idx=\"\($0.offset)\"><c:v>\($0.element.xmlEscaped)</c:v></c:pt>" }.joined()
        return "<c:cat><c:strRef><c:f>Sheet1!$A$2:$A$\(chart.categories.count + 1)</c:f><c:strCache><c:ptCount val=\"\(chart.categories.count)\"/>\(points)</c:strCache></c:strRef></c:cat>"
    }

    private func values(_ values: [Double], column: String) -> String {
        let points = values.enumerated().map { "<c:pt idx=\"\($0.offset)\"><c:v>\(Self.number($0.element))</c:v></c:pt>" }.joined()
        return "<c:val><c:numRef><c:f>Sheet1!$\(column)$2:$\(column)$\(values.count + 1)</c:f><c:numCache>"
            + "<c:formatCode>\(chart.format.formatCode.xmlEscaped)</c:formatCode><c:ptCount val=\"\(values.count)\"/>\(points)</c:numCache></c:numRef></c:val>"
    }

    /// Every value printed on its bar, point or slice, so colour is never the only cue.
    private func labels(position: String?, categoryNames: Bool = false) -> String {
        "<c:dLbls><c:numFmt formatCode=\"\(chart.format.formatCode.xmlEscaped)\" sourceLinked=\"0\"/>"
            + "<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>\(Self.textProperties(size: 900))"
            + (position.map { "<c:dLblPos val=\"\($0)\"/>" } ?? "")
            + "<c:showLegendKey val=\"0\"/><c:showVal val=\"1\"/><c:showCatName val=\"\(categoryNames ? 1 : 0)\"/><c:showSerName val=\"0\"/>"
            + "<c:showPercent val=\"0\"/><c:showBubbleSize val=\"0\"/>\(categoryNames ? "<c:separator> </c:separator><c:showLeaderLines val=\"1\"/>" : "")</c:dLbls>"
    }

    private func title(_ text: String?, rotated: Bool) -> String {
        guard let text else { return "" }
        return "<c:title><c:tx><c:rich><a:bodyPr\(rotated ? " rot=\"-5400000\" vert=\"horz\"" : "")/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"1000\" b=\"0\"/></a:pPr>"
            + "<a:r><a:rPr lang=\"ja-JP\" sz=\"1000\" b=\"0\"/><a:t>\(text.xmlEscaped)</a:t></a:r></a:p></c:rich></c:tx><c:overlay val=\"0\"/></c:title>"
    }

    /// Solid for the first series; later ones hatched in white over their colour, as in the SVG.
    private static func fill(_ colour: String, pattern index: Int = 0) -> String {
        let presets = ["wdUpDiag", "wdDnDiag", "dkVert", "dkHorz", "diagCross"]
        guard index > 0 else { return "<a:solidFill><a:srgbClr val=\"\(colour)\"/></a:solidFill>" }
        return "<a:pattFill prst=\"\(presets[(index - 1) % presets.count])\">"
            + "<a:fgClr><a:srgbClr val=\"FFFFFF\"/></a:fgClr><a:bgClr><a:srgbClr val=\"\(colour)\"/></a:bgClr></a:pattFill>"
    }

    static func textProperties(size: Int) -> String {
        "<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"\(size)\"><a:solidFill><a:srgbClr val=\"000000\"/></a:solidFill>"
            + "<a:latin typeface=\"BIZ UDGothic\"/><a:ea typeface=\"BIZ UDGothic\"/></a:defRPr></a:pPr><a:endParaRPr lang=\"ja-JP\"/></a:p></c:txPr>"
    }

    /// Values as plain decimals (no exponent), the same on every machine.
    static func number(_ value: Double) -> String {
        var text = NumberText.fixed(value, decimals: 6)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }

    /// Spreadsheet column letters: 1 → A, 27 → AA.
    static func columnName(_ index: Int) -> String {
        var index = index, name = ""
        while index > 0 {
            let remainder = (index - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            index = (index - 1) / 26
        }
        return name
    }
}
