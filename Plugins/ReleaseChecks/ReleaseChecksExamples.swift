import ManuscriptCore

enum ReleaseChecksExamples {
    static let all = [
        StageExample(
            "A placeholder in a draft is a warning at its place",
            section: """
                id: overview
                title: 概要
                blocks:
                  - paragraph: 計画の期間は令和●●年度までとします。
                """,
            findings: ["example.yaml:4:24: warning: placeholder '●●' left in the text; replace it before the release [release-checks]"]),
        StageExample(
            "The same placeholder stops a public-comment edition; editor notes are not printed there, so they may keep theirs",
            section: """
                id: overview
                title: 概要
                blocks:
                  - paragraph: |
                      ヒアリングの結果は
                      要検討です。
                  - note: TODO 担当課に確認する
                """,
            status: .publicComment,
            findings: ["example.yaml:6:7: error: placeholder '要検討' left in the text; a public-comment edition cannot be published with it [release-checks]"]),
        StageExample(
            "Placeholders are matched ignoring case and width, and the list is configurable",
            section: """
                id: overview
                title: 概要
                blocks:
                  - list:
                      - 会議日程は ｔｏｄｏ
                      - 委員数は（調整中）
                """,
            options: """
                placeholders: [TODO, 調整中]
                """,
            findings: [
                "example.yaml:5:15: warning: placeholder 'TODO' left in the text; replace it before the release [release-checks]",
                "example.yaml:6:14: warning: placeholder '調整中' left in the text; replace it before the release [release-checks]",
            ]),
        StageExample(
            "A placeholder in table data is located at its CSV row and column, or at its YAML row",
            section: """
                id: overview
                title: 概要
                blocks:
                  - table:
                      caption: 参加の状況
                      csv: data.csv
                  - table:
                      caption: 担当
                      rows:
                        - [相談, 福祉課]
                        - [広報, TODO]
                """,
            files: ["data.csv": "項目,割合\n参加している,30%\n参加していない,●●%\n"],
            findings: [
                "data.csv:3:9: warning: placeholder '●●' left in the text; replace it before the release [release-checks]",
                "example.yaml:11:16: warning: placeholder 'TODO' left in the text; replace it before the release [release-checks]",
            ]),
        StageExample(
            "A placeholder in an appendix item's field is located at the field",
            section: """
                id: overview
                title: 概要
                blocks:
                  - paragraph: 本文
                """,
            appendix: """
                id: meetings
                title: 検討経過
                blocks:
                  - meeting-history:
                      meetings:
                        - date: 2026-03-19
                          meeting: 第3回推進会議
                          venue: ●●会館
                          agenda: 計画（案）について
                """,
            findings: ["appendix.yaml:8:18: warning: placeholder '●●' left in the text; replace it before the release [release-checks]"]),
        StageExample(
            "A placeholder in a related plan's address is located at its url",
            section: """
                id: overview
                title: 概要
                blocks:
                  - related-plans:
                      caption: 関連する計画
                      plans:
                        - name: 高齢者保健福祉計画
                          url: https://www.city.iwaki.lg.jp/TODO
                """,
            findings: ["example.yaml:8:45: warning: placeholder 'TODO' left in the text; replace it before the release [release-checks]"]),
    ]
}
