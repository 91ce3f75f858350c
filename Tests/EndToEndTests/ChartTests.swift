import AssemblyTestSupport
import Foundation
import Testing
import ZipArchive

/// Every chart type through `assemble build`, checked with the tools readers use: epubcheck for
/// the SVG, the DOCX's chart parts and cached values, and LibreOffice's PDF of the Word charts.
@Suite(.serialized)
struct ChartTests {
    static let section = """
        id: charts
        title: グラフ
        blocks:
          - paragraph: 人口は[[population-chart]]、参加状況は[[participation-chart]]のとおりです。
          - chart:
              id: population-chart
              type: bar
              caption: 総人口と高齢者数の推移
              csv: data/population.csv
              series-in: rows
              series: [総人口, 高齢者数]
              unit: 人
              show-in: 万人
              category-axis: 年
              value-axis: 人数（万人）
            summary: true
          - chart:
              id: elderly-chart
              type: stacked-bar
              caption: 高齢者数の内訳
              csv: data/population.csv
              series-in: rows
              series: [前期高齢者数, 後期高齢者数]
              show-in: 万人
          - chart:
              id: participation-chart
              type: horizontal-bar
              caption: 地域活動への参加状況
              csv: data/participation.csv
              value-axis: 回答の割合（%）
          - chart:
              id: happiness-chart
              type: line
              caption: 幸せ度の推移
              csv: data/happiness.csv
              unit: 点
              decimals: 2
              category-axis: 年度
              target: {value: 8.00, label: 目標値（KGI）}
          - chart: {id: share-pie, type: pie, caption: 参加状況（円グラフ）, csv: data/participation.csv}
          - chart: {id: share-donut, type: donut, caption: 参加状況（ドーナツグラフ）, csv: data/participation.csv}
        """

    static let files = [
        "edition.yaml": ManuscriptFixture.edition(vision: ["charts.yaml"]),
        "charts.yaml": section,
        "data/population.csv": """
            区分,2021年,2022年,2023年
            総人口,"315,566人","311,820人","307,558人"
            高齢者数,"98,954人","98,845人","98,616人"
            前期高齢者数,"50,047人","48,836人","47,120人"
            後期高齢者数,"48,907人","50,009人","51,496人"
            """,
        "data/participation.csv": "回答,割合\n参加している,32%\n参加していない,68%\n",
        "data/happiness.csv": "年度,幸せ度\n2022年度,6.48\n2023年度,6.52\n2024年度,6.61\n",
    ]

    let folder: TemporaryFolder
    let output: URL

    init() throws {
        folder = try TemporaryFolder()
        try folder.write(Self.files)
        output = folder.url.appendingPathComponent("Output")
        let result = try AssembleCommand.run(["build", ".", "--output", output.path], in: folder.url)
        try #require(result.status == 0, "\(result.standardError)")
    }

    func path(_ volume: String, _ format: String) throws -> String {
        let name = try FileManager.default.contentsOfDirectory(atPath: output.path).first { $0.hasSuffix("-\(volume).\(format)") }
        return output.appendingPathComponent(try #require(name)).path
    }

    func toolsPresent(_ tools: [ExternalTool], _ why: String) -> Bool {
        if tools.allSatisfy(\.isInstalled) { return true }
        if ExternalTool.isCI { Issue.record("\(why): tool missing in CI") } else { print("note: skipped, \(why): tool not installed") }
        return false
    }

    @Test func theEPUBDrawsEachChartAsNamedSVGWithItsDataTable() throws {
        let epub = try ZipReader(path: try path("vision", "epub"))
        let xhtml = try epub.text(named: "EPUB/charts.xhtml")
        #expect(xhtml.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart-graphic\" role=\"img\" aria-labelledby=\"population-chart-title population-chart-desc\""))
        #expect(xhtml.contains("<title id=\"population-chart-title\">図1 総人口と高齢者数の推移</title>"))
        #expect(xhtml.contains("<desc id=\"population-chart-desc\">棒グラフ。総人口：2021年 31.6万人、2022年 31.2万人、2023年 30.8万人。"))
        // Japanese as real text, every value labelled, and the second series hatched, not only coloured.
        #expect(xhtml.contains(">2021年</text>") && xhtml.contains(">31.6万人</text>") && xhtml.contains(">人数（万人）</text>"))
        #expect(xhtml.contains("fill=\"url(#population-chart-pattern-1)\""))
        #expect(xhtml.contains("<figcaption><span class=\"number\">図4</span> 幸せ度の推移</figcaption>"))
        #expect(xhtml.contains(">目標値（KGI） 8.00点</text>"))
        #expect(xhtml.contains("<summary>図1の数値データ（表）</summary>"))
        #expect(xhtml.contains("<tr><th scope=\"row\">2021年</th><td class=\"numeric\">31.6万人</td><td class=\"numeric\">9.9万人</td></tr>"))
        #expect(xhtml.contains(">参加している 32%</text>"))
        #expect(xhtml.contains("人口は<a class=\"xref\" href=\"charts.xhtml#population-chart\">図1 総人口と高齢者数の推移</a>"))
        let package = try epub.text(named: "EPUB/package.opf")
        #expect(package.contains("href=\"charts.xhtml\" media-type=\"application/xhtml+xml\" properties=\"svg\""))
    }

    @Test func theEPUBsPassEPUBCheckWithoutWarnings() throws {
        guard toolsPresent([.java, ExternalTool(path: ExternalTool.epubcheckJar)], "epubcheck") else { return }
        for volume in ["vision", "summary"] {
            let (status, text) = try ExternalTool.java.run(["-jar", ExternalTool.epubcheckJar, try path(volume, "epub")])
            #expect(status == 0, "\(text)")
            #expect(text.contains("No errors or warnings detected"), "\(volume): \(text)")
        }
    }

    @Test func theDOCXHoldsANativeChartPartPerChartWithCachedValuesAndAltText() throws {
        let docx = try ZipReader(path: try path("vision", "docx"))
        let bar = try docx.text(named: "word/charts/chart1.xml")
        #expect(bar.contains("<c:barDir val=\"col\"/><c:grouping val=\"clustered\"/>"))
        #expect(bar.contains("<c:pt idx=\"0\"><c:v>31.5566</c:v></c:pt>"))
        #expect(bar.contains("<c:v>総人口</c:v>") && bar.contains("<c:v>2021年</c:v>") && bar.contains("<a:t>人数（万人）</a:t>"))
        #expect(bar.contains("formatCode=\"#,##0.0&quot;万人&quot;\""))
        // Two series side by side stand apart, so a label wider than its bar stays off the neighbour.
        #expect(bar.contains("<c:gapWidth val=\"80\"/><c:overlap val=\"-35\"/>"))
        #expect(try docx.text(named: "word/charts/chart2.xml").contains("<c:grouping val=\"stacked\"/><c:varyColors val=\"0\"/>"))
        #expect(try docx.text(named: "word/charts/chart3.xml").contains("<c:barDir val=\"bar\"/>"))
        let line = try docx.text(named: "word/charts/chart4.xml")
        #expect(line.contains("<c:lineChart>") && line.contains("<c:v>目標値（KGI） 8.00点</c:v>") && line.contains("<c:v>8</c:v>"))
        #expect(try docx.text(named: "word/charts/chart5.xml").contains("<c:pieChart>"))
        #expect(try docx.text(named: "word/charts/chart6.xml").contains("<c:doughnutChart>"))
        let types = try docx.text(named: "[Content_Types].xml")
        #expect(types.contains("<Override PartName=\"/word/charts/chart6.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.drawingml.chart+xml\"/>"))
        let document = try docx.text(named: "word/document.xml")
        #expect(document.contains("descr=\"横棒グラフ。割合：参加している 32%、参加していない 68%。\""))
        #expect(document.contains("<c:chart xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" r:id=\"rIdChart1\"/>"))
    }

    @Test func pythonDocxFindsTheChartsAndTheirCachedValues() throws {
        guard toolsPresent([.python], "python3-docx") else { return }
        let script = """
            import sys, docx
            d = docx.Document(sys.argv[1])
            rels = [r for r in d.part.rels.values() if r.reltype.endswith('/chart')]
            assert len(rels) == 6, len(rels)
            xml = rels[0].target_part.blob.decode()
            assert '<c:numCache>' in xml and '<c:v>30.7558</c:v>' in xml, xml[:400]
            inline = d.inline_shapes[0]
            print(len(rels), inline._inline.docPr.get('descr')[:5])
            """
        let (status, text) = try ExternalTool.python.run(["-c", script, try path("vision", "docx")])
        #expect(status == 0, "\(text)")
        #expect(text.contains("6 棒グラフ。"), "\(text)")
    }

    @Test func libreOfficeDrawsTheWordChartsWithAxisLabelsAndValues() throws {
        guard toolsPresent([.soffice, .pdftotext], "LibreOffice") else { return }
        let profile = folder.url.appendingPathComponent("lo-profile")
        let (status, text) = try ExternalTool.soffice.run([
            "-env:UserInstallation=file://\(profile.path)", "--headless", "--convert-to", "pdf", "--outdir", folder.url.path, try path("vision", "docx"),
        ])
        #expect(status == 0, "\(text)")
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).first { $0.hasSuffix("-vision.pdf") })
        let content = try ExternalTool.pdftotext.run([folder.url.appendingPathComponent(name).path, "-"]).output
            .replacingOccurrences(of: " ", with: "")
        for expected in ["人数（万人）", "2021年", "31.6万人", "9.9万人", "参加していない", "68%", "目標値（KGI）8.00点", "6.61点", "年度", "図1総人口と高齢者数の推移"] {
            #expect(content.contains(expected), "PDF lacks «\(expected)»")
        }
    }

    @Test func aChartMarkedForTheSummaryIsInTheSummaryToo() throws {
        let epub = try ZipReader(path: try path("summary", "epub"))
        let xhtml = try epub.text(named: "EPUB/summary-charts.xhtml")
        #expect(xhtml.contains("<title id=\"summary-population-chart-title\">図1 総人口と高齢者数の推移</title>"))
        #expect(!xhtml.contains("幸せ度"))
    }

    @Test func buildsAreByteReproducible() throws {
        let again = folder.url.appendingPathComponent("Again")
        let result = try AssembleCommand.run(["build", ".", "--output", again.path], in: folder.url)
        try #require(result.status == 0, "\(result.standardError)")
        for format in ["epub", "docx"] {
            let first = try Data(contentsOf: URL(fileURLWithPath: try path("vision", format)))
            let name = URL(fileURLWithPath: try path("vision", format)).lastPathComponent
            #expect(first == (try Data(contentsOf: again.appendingPathComponent(name))), "\(format) differs between builds")
        }
    }

    @Test func theSampleDrawsItsPopulationChartAndTheSurveyChartFromCSV() throws {
        let sample = folder.url.appendingPathComponent("Sample")
        let manuscript = AssembleCommand.repositoryRoot.appendingPathComponent("Manuscript").path
        let result = try AssembleCommand.run(["build", manuscript, "--output", sample.path], in: folder.url)
        try #require(result.status == 0, "\(result.standardError)")
        let vision = try ZipReader(path: sample.appendingPathComponent("iwaki-chiiki-kyosei-vision.epub").path)
        let overview = try vision.text(named: "EPUB/overview.xhtml")
        #expect(overview.contains("<title id=\"population-chart-title\">図1 総人口と高齢者数の推移</title>"))
        #expect(overview.contains("<tr><th scope=\"row\">2023年</th><td class=\"numeric\">30.8万人</td><td class=\"numeric\">9.9万人</td></tr>"))
        #expect(!overview.contains("population.png"))
        let appendix = try ZipReader(path: sample.appendingPathComponent("iwaki-chiiki-kyosei-appendix.docx").path)
        let survey = try appendix.text(named: "word/charts/chart1.xml")
        #expect(survey.contains("<c:barDir val=\"bar\"/>") && survey.contains("<c:v>参加していない</c:v>") && survey.contains("<c:v>68</c:v>"))
        let summary = try ZipReader(path: sample.appendingPathComponent("iwaki-chiiki-kyosei-summary.docx").path)
        #expect(try summary.text(named: "word/charts/chart1.xml").contains("<c:v>総人口</c:v>"))
    }

    @Test func badDataIsLocatedAtTheCSVCellAndNothingIsWritten() throws {
        let bad = try TemporaryFolder()
        try bad.write([
            "edition.yaml": ManuscriptFixture.edition(vision: ["a.yaml"]),
            "a.yaml": "id: a\ntitle: 概要\nblocks:\n  - chart: {type: bar, caption: 推移, csv: data/x.csv, series: [人数, 人口]}\n",
            "data/x.csv": "年,人数\n2022,\"1,200人\"\n2023,約1300\n",
        ])
        let result = try AssembleCommand.run(["build", ".", "--output", "Output"], in: bad.url)
        #expect(result.status == 1)
        #expect(result.standardError.contains("a.yaml:4:67: error: '人口' is not a column of data/x.csv (年, 人数); did you mean '人数'? [charts]"), "\(result.standardError)")
        #expect(!FileManager.default.fileExists(atPath: bad.url.appendingPathComponent("Output").path), "a failed build writes nothing")
        try bad.write(["a.yaml": "id: a\ntitle: 概要\nblocks:\n  - chart: {type: bar, caption: 推移, csv: data/x.csv}\n"])
        let second = try AssembleCommand.run(["build", ".", "--output", "Output"], in: bad.url)
        #expect(second.status == 1)
        #expect(second.standardError.contains("data/x.csv:3:6: error: '約1300' (series '人数', '2023') is not a number [charts]"), "\(second.standardError)")
    }
}
