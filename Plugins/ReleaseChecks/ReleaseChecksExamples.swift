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
    ]
}
