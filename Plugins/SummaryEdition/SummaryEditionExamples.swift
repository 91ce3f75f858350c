import ManuscriptCore

enum SummaryEditionExamples {
    static let all = [
        StageExample(
            "Marked blocks form the summary volume, under the headings they sit beneath",
            section: """
                id: overview
                title: ビジョンの概要
                blocks:
                  - heading: 策定の趣旨
                  - paragraph: 地域共生社会の実現に向けた方向性を示します。
                    summary: true
                  - paragraph: 詳しい経緯は次のとおりです。
                  - heading: 位置づけ
                  - paragraph: 社会福祉法第107条の地域福祉計画です。
                """,
            shows: ["＝いわき市地域共生ビジョン 概要版＝\n第1章 ビジョンの概要\n策定の趣旨\n地域共生社会の実現に向けた方向性を示します。"]),
        StageExample(
            "`summary: only` writes text for the summary alone; a reference in it points at the full text",
            section: """
                id: overview
                title: ビジョンの概要
                blocks:
                  - paragraph: 本編では地域共生社会の考え方を詳しく説明します。
                  - paragraph: 考え方は[[overview]]をご覧ください。
                    summary: only
                """,
            shows: ["＝いわき市地域共生ビジョン 概要版＝\n第1章 ビジョンの概要\n考え方は本編 第1章 ビジョンの概要をご覧ください。"]),
        StageExample(
            "An unknown mark is an error at the block",
            section: """
                id: overview
                title: ビジョンの概要
                blocks:
                  - paragraph: 地域共生社会を目指します。
                    summary: yes
                """,
            findings: ["example.yaml:4:5: error: summary must be true, false or only, found 'yes' [summary]"]),
        StageExample(
            "A callout goes into the summary whole: a mark inside one is a warning",
            section: """
                id: overview
                title: ビジョンの概要
                blocks:
                  - callout:
                      blocks:
                        - paragraph: 期間を定めずに推進します。
                          summary: true
                """,
            findings: ["example.yaml:6:11: warning: a summary mark inside a callout is ignored; mark the callout itself [summary]"]),
        StageExample(
            "A generated table marked for the summary is in it, numbered as in the full text",
            section: """
                id: promotion
                title: 推進方法
                blocks:
                  - roles:
                      responsibilities: {citizens: 地域に関心を持つ}
                  - role-table:
                      caption: 主体ごとの役割
                    summary: true
                """,
            files: ["actors.yaml": "actors:\n  - {id: citizens, name: 市民}\n"],
            shows: ["＝いわき市地域共生ビジョン 概要版＝\n第1章 推進方法\n表1 主体ごとの役割\n主体 | 役割\n市民 | ●地域に関心を持つ"]),
        StageExample(
            "A mark on a block the summary cannot show is an error that says why",
            section: """
                id: promotion
                title: 推進方法
                blocks:
                  - roles:
                      responsibilities: {citizens: 地域に関心を持つ}
                    summary: true
                  - role-table:
                      caption: 主体ごとの役割
                """,
            files: ["actors.yaml": "actors:\n  - {id: citizens, name: 市民}\n"],
            findings: ["example.yaml:4:5: error: a roles block prints nothing, so the summary cannot show it; mark the role-table or role-matrix that shows it [summary]"]),
        StageExample(
            "The summary's title is printed: a placeholder in it is found at the option",
            section: """
                id: overview
                title: ビジョンの概要
                blocks:
                  - paragraph: 地域共生社会を目指します。
                    summary: true
                """,
            options: """
                title: いわき市地域共生ビジョン 概要版（●●）
                """,
            findings: ["options:1:8: warning: placeholder '●●' left in the title of volume 'summary'; replace it before the release [release-checks]"]),
        StageExample(
            "`chapter-breaks` is continue (a compact booklet, the default) or page",
            section: """
                id: overview
                title: ビジョンの概要
                blocks:
                  - paragraph: 地域共生社会を目指します。
                    summary: true
                """,
            options: """
                chapter-breaks: pages
                """,
            findings: ["options:1:17: error: chapter-breaks must be continue or page, not 'pages'; did you mean 'page'? [summary]"]),
    ]
}
