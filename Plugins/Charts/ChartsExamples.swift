import ManuscriptCore

enum ChartsExamples {
    static let population = """
        区分,2018年,2019年,2020年
        総人口,"324,706人","322,040人","319,028人"
        高齢者数,"96,827人","97,598人","98,461人"
        高齢化率,29.8%,30.3%,30.9%
        """

    static let participation = """
        回答,割合
        参加している,32%
        参加していない,68%
        """

    static let all = [
        StageExample(
            "A bar chart from rows of a CSV, in 万人, numbered as a figure, with its data as a table",
            section: """
                id: overview
                title: 概要
                blocks:
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
                  - paragraph: 推移は[[population-chart]]のとおりです。
                """,
            files: ["data/population.csv": population],
            shows: [
                "図1 総人口と高齢者数の推移",
                "棒グラフ。総人口：2018年 32.5万人、2019年 32.2万人、2020年 31.9万人。高齢者数：2018年 9.7万人、2019年 9.8万人、2020年 9.8万人。",
                "年 | 総人口 | 高齢者数\n2018年 | 32.5万人 | 9.7万人",
                "推移は図1 総人口と高齢者数の推移のとおりです。",
            ]),
        StageExample(
            "A stacked bar chart takes its series from columns; values keep their written decimals",
            section: """
                id: overview
                title: 概要
                blocks:
                  - chart:
                      type: stacked-bar
                      caption: 高齢者数の内訳
                      csv: data/elderly.csv
                      label-column: 年
                      series: [前期高齢者, 後期高齢者]
                """,
            files: ["data/elderly.csv": "年,前期高齢者,後期高齢者\n2022年,\"48,836人\",\"50,009人\"\n2023年,\"47,120人\",\"51,496人\"\n"],
            shows: ["積み上げ棒グラフ。前期高齢者：2022年 48,836人、2023年 47,120人。後期高齢者：2022年 50,009人、2023年 51,496人。"]),
        StageExample(
            "A horizontal bar chart for survey answers, and a line chart with the KGI's target line",
            section: """
                id: overview
                title: 概要
                blocks:
                  - chart:
                      type: horizontal-bar
                      caption: 地域活動への参加状況
                      csv: data/participation.csv
                  - chart:
                      type: line
                      caption: 幸せ度の推移
                      csv: data/happiness.csv
                      unit: 点
                      target: {value: 8.00, label: 目標値（KGI）}
                """,
            files: ["data/participation.csv": participation, "data/happiness.csv": "年度,幸せ度\n2023,6.52\n2024,6.61\n"],
            shows: [
                "図1 地域活動への参加状況",
                "横棒グラフ。割合：参加している 32%、参加していない 68%。",
                "図2 幸せ度の推移",
                "折れ線グラフ。幸せ度：2023 6.52点、2024 6.61点。目標値（KGI） 8.00点。",
            ]),
        StageExample(
            "Pie and donut charts show one series as shares",
            section: """
                id: overview
                title: 概要
                blocks:
                  - chart:
                      type: pie
                      caption: 参加状況（円）
                      csv: data/participation.csv
                  - chart:
                      type: donut
                      caption: 参加状況（ドーナツ）
                      csv: data/participation.csv
                      alt: 参加している人は約3割です。
                """,
            files: ["data/participation.csv": participation],
            shows: ["円グラフ。参加している 32%、参加していない 68%。", "参加している人は約3割です。", "図2 参加状況（ドーナツ）"]),
        StageExample(
            "An unknown column is named with the CSV's columns and the nearest one",
            section: """
                id: overview
                title: 概要
                blocks:
                  - chart:
                      type: bar
                      caption: 総人口
                      csv: data/population.csv
                      categories: [2018年, 2019ねん]
                      series-in: rows
                """,
            files: ["data/population.csv": population],
            findings: ["example.yaml:8:27: error: '2019ねん' is not a column of data/population.csv (区分, 2018年, 2019年, 2020年); did you mean '2019年'? [charts]"]),
        StageExample(
            "Non-numeric values, a unit other than the chart's, and empty cells are errors at their cells",
            section: """
                id: overview
                title: 概要
                blocks:
                  - chart:
                      type: line
                      caption: 推移
                      csv: data/values.csv
                      unit: 人
                """,
            files: ["data/values.csv": "年,人数,割合\n2022,100人,\n2023,不明,30%\n"],
            findings: [
                "data/values.csv:2:11: error: series '割合' has no value for '2022' [charts]",
                "data/values.csv:3:6: error: '不明' (series '人数', '2023') is not a number [charts]",
                "data/values.csv:3:9: error: '30%' is in '%', but the chart's unit is '人' [charts]",
            ]),
        StageExample(
            "A row of the wrong length and a CSV with no data rows are errors in the CSV",
            section: """
                id: overview
                title: 概要
                blocks:
                  - chart: {type: bar, caption: 長さ, csv: data/ragged.csv}
                  - chart: {type: bar, caption: 空, csv: data/empty.csv}
                """,
            files: ["data/ragged.csv": "年,人数\n2022,100\n2023,120,130\n2024\n", "data/empty.csv": "年,人数\n"],
            findings: [
                "data/empty.csv:1:1: error: CSV file has a header but no data rows, so the chart's series would be empty [charts]",
                "data/ragged.csv:3:10: error: this row has 3 fields; the header has 2 [charts]",
                "data/ragged.csv:4:1: error: this row has 1 field; the header has 2 [charts]",
            ]),
        StageExample(
            "A pie chart takes one series, and a target line needs axes",
            section: """
                id: overview
                title: 概要
                blocks:
                  - chart: {type: pie, caption: 円, csv: data/population.csv, series-in: rows}
                  - chart: {type: horizontal-bar, caption: 横, csv: data/participation.csv, target: {value: 50}}
                """,
            files: ["data/population.csv": population, "data/participation.csv": participation],
            findings: [
                "example.yaml:4:12: error: a pie chart shows one series; this one has 3 (総人口, 高齢者数, 高齢化率); choose one with 'series' [charts]",
                "example.yaml:5:84: error: a target line needs a bar, stacked-bar or line chart, not horizontal-bar [charts]",
            ]),
    ]
}
