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
