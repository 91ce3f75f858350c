import ManuscriptCore

enum NumberingExamples {
    static let all = [
        StageExample(
            "Chapters, tables and indicator tables are numbered in reading order",
            section: """
                id: overview
                title: 概要
                blocks:
                  - table:
                      caption: 人口の推移
                      rows: [[総人口, 307558]]
                  - metrics:
                      caption: KGI
                      items:
                        - name: 幸せ度
                          baseline: {value: 6.61, year: 2024}
                          target: {value: 8.00, year: 2040}
                """,
            shows: ["第1章 概要", "表1 人口の推移", "表2 KGI"]),
        StageExample(
            "Appendix items are numbered 資料1, 資料2 in the appendix volume",
            section: """
                id: overview
                title: 概要
                blocks:
                  - paragraph: 本文
                """,
            appendix: """
                id: survey
                title: アンケート調査結果
                blocks:
                  - paragraph: 回答657件
                """,
            shows: ["第1章 概要", "資料1 アンケート調査結果"]),
        StageExample(
            "A custom format must contain {n}",
            section: """
                id: overview
                title: 概要
                blocks:
                  - paragraph: 本文
                """,
            options: "table-format: 表",
            findings: ["options:1:15: error: option 'table-format' must contain {n} [numbering]"]),
    ]
}
