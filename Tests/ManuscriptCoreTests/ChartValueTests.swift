import ManuscriptCore
import Testing

/// The pieces of the chart value both writers share: printed numbers, Word's format codes, the
/// palette's contrast and the value axis.
struct ChartValueTests {
    @Test func numbersPrintGroupedWithTheirJapaneseUnit() {
        #expect(ChartNumberFormat(unit: "人", decimals: 0).text(324_706) == "324,706人")
        #expect(ChartNumberFormat(unit: "万人", decimals: 1).text(32.4706) == "32.5万人")
        #expect(ChartNumberFormat(unit: "%", decimals: 1).text(31.4) == "31.4%")
        #expect(ChartNumberFormat(unit: "点", decimals: 2).text(8) == "8.00点")
        #expect(ChartNumberFormat(unit: "", decimals: 0).text(-1_234_567) == "-1,234,567")
        #expect(ChartNumberFormat(unit: "人", decimals: 0).text(-0.2) == "0人")
    }

    @Test func wordFormatCodesMatchThePrintedNumbers() {
        #expect(ChartNumberFormat(unit: "万人", decimals: 1).formatCode == "#,##0.0\"万人\"")
        #expect(ChartNumberFormat(unit: "%", decimals: 0).formatCode == "#,##0\"%\"")
        #expect(ChartNumberFormat(unit: "", decimals: 2).formatCode == "#,##0.00")
    }

    @Test func everyPaletteColourHasThreeToOneContrastAgainstWhite() {
        for colour in ChartPalette.colours {
            #expect(ChartPalette.contrastAgainstWhite(colour) >= 3, "\(colour)")
        }
        // Okabe–Ito's orange fails 1.4.11 on white, which is why it is left out.
        #expect(ChartPalette.contrastAgainstWhite("E69F00") < 3)
    }

    @Test func theValueAxisRunsFromZeroToARoundValueAboveTheTarget() {
        let chart = Chart(kind: .line, caption: [], description: "", categories: ["2023", "2024"],
                          series: [ChartSeries(name: "幸せ度", values: [6.52, 6.61])],
                          format: ChartNumberFormat(unit: "点", decimals: 2), target: ChartTarget(value: 8, label: "目標値"))
        #expect(chart.valueScale.ticks == [0, 2, 4, 6, 8, 10])
        #expect(ChartScale(minimum: 0, maximum: 68).ticks == [0, 20, 40, 60, 80])
        #expect(ChartScale(minimum: 0, maximum: 32.47).ticks == [0, 10, 20, 30, 40])
        #expect(ChartScale(minimum: 0, maximum: 0).ticks.count > 1)
    }

    @Test func theDataTableListsCategoriesDownAndSeriesAcross() {
        let chart = Chart(kind: .bar, caption: [.text("推移")], description: "", categories: ["2022年", "2023年"],
                          series: [ChartSeries(name: "総人口", values: [31.182, 30.7558])],
                          format: ChartNumberFormat(unit: "万人", decimals: 1), categoryHeader: "年")
        let table = chart.dataTable
        #expect(table.header.map { $0.map(\.plainText) } == [["年", "総人口"]])
        #expect(table.rows.map { $0.map(\.plainText) } == [["2022年", "31.2万人"], ["2023年", "30.8万人"]])
        #expect(table.rowHeaderColumns == 1)
    }
}
