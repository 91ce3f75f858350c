import ManuscriptCore

enum CrossReferencesExamples {
    static let all = [
        StageExample(
            "A reference prints the target's number and title",
            section: """
                id: promotion
                title: 推進方法
                blocks:
                  - paragraph: 役割は[[roles]]のとおりです。
                  - table:
                      id: roles
                      caption: 主体ごとの役割
                      rows: [[市民, 地域に関心を持つ]]
                """,
            shows: ["役割は表1 主体ごとの役割のとおりです。"]),
        StageExample(
            "A reference into the other volume names that volume",
            section: """
                id: overview
                title: 概要
                blocks:
                  - paragraph: 詳しくは[[survey]]をご覧ください。
                """,
            appendix: """
                id: survey
                title: アンケート調査結果
                blocks:
                  - paragraph: 回答657件
                """,
            shows: ["詳しくは資料編 資料1 アンケート調査結果をご覧ください。"]),
        StageExample(
            "The author's label replaces the title",
            section: """
                id: overview
                title: 概要
                blocks:
                  - paragraph: "[[overview|この章]]を参照"
                """,
            shows: ["この章を参照"]),
        StageExample(
            "A reference to a heading names its chapter, since every chapter has its （1）",
            section: """
                id: promotion
                title: 推進方法
                blocks:
                  - heading: （1）相談体制の充実
                    id: consultation
                  - heading: 目指す指標
                    id: indicators
                  - paragraph: "[[consultation]]と[[indicators]]を参照"
                """,
            shows: ["第1章（1）相談体制の充実と第1章 目指す指標を参照"]),
        StageExample(
            "The heading format is an option",
            section: """
                id: promotion
                title: 推進方法
                blocks:
                  - heading: （1）相談体制の充実
                    id: consultation
                  - paragraph: "[[consultation]]を参照"
                """,
            options: """
                heading-format: "{section}の{heading}"
                """,
            shows: ["第1章の（1）相談体制の充実を参照"]),
        StageExample(
            "A reference to running text prints that text (a run-in term, or its first sentence), never its section's title",
            section: """
                id: overview
                title: 概要
                blocks:
                  - paragraph: "**地域共生社会**（ちいききょうせいしゃかい）とは、支え合う社会です。"
                    id: term
                  - paragraph: 計画期間は定めません。社会の変化に応じて見直します。
                    id: period
                  - paragraph: "[[term]]、[[period]]"
                """,
            shows: ["地域共生社会、計画期間は定めません"]),
        StageExample(
            "A glossary's related terms print the related term, not the glossary's title",
            section: """
                id: overview
                title: 概要
                blocks:
                  - paragraph: 地域共生社会と重層的支援体制整備事業を進めます。
                """,
            appendix: """
                id: glossary
                title: 用語集
                blocks:
                  - glossary: {}
                """,
            files: ["glossary.yaml": """
                terms:
                  - term: 地域共生社会
                    reading: ちいききょうせいしゃかい
                    definition: 誰もが役割を持ち、支え合う社会です。
                    see-also: [重層的支援体制整備事業]
                  - term: 重層的支援体制整備事業
                    reading: じゅうそうてきしえんたいせいせいびじぎょう
                    definition: 相談を丸ごと受け止める事業です。
                """],
            shows: ["関連：重層的支援体制整備事業→glossary-"]),
        StageExample(
            "A reference to an unknown id is an error at the reference, with a suggestion",
            section: """
                id: overview
                title: 概要
                blocks:
                  - paragraph: |
                      地域共生社会については
                      [[overveiw]]を参照。
                """,
            findings: ["example.yaml:6:7: error: reference to unknown id 'overveiw'; did you mean 'overview'? [cross-references]"]),
    ]
}
