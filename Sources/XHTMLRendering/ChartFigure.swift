import ManuscriptCore

/// A chart block in XHTML: the SVG named by its caption, the caption, and the data table in a
/// `details` element right after the figure, so screen-reader users get every number.
public enum ChartFigure {
    static func html(_ chart: Chart, block: Block, caption: String, table: String) -> String {
        let id = block.id ?? "chart"
        let svg = ChartSVG(chart: chart, id: id, title: block.printedName ?? chart.caption.plainText).svg()
        // figcaption must close the figure, so the data follows it directly.
        return "<figure id=\"\(id)\" class=\"chart\">\n" + svg + "<figcaption>\(caption)</figcaption>\n</figure>\n"
            + "<details class=\"chart-data\">\n<summary>\((block.number ?? "図").xmlEscaped)の数値データ（表）</summary>\n" + table + "</details>\n"
    }

    /// Whether a page holds inline SVG, which the EPUB manifest must declare (`properties="svg"`).
    /// A search of the bytes: Foundation's `contains` compares canonically, which at 10 MB of pages
    /// took over a second.
    public static func containsSVG(_ body: String) -> Bool {
        body.utf8Contains("<svg xmlns=\"http://www.w3.org/2000/svg\"")
    }
}
