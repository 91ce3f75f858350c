import ManuscriptCore

enum RoleTablesExamples {
    static let actors = """
        actors:
          - id: citizens
            name: 市民
          - id: government
            name: 行政
          - id: council
            name: 社会福祉協議会
        """

    static let all = [
        StageExample(
            "A role table lists each actor's responsibilities declared in its section",
            section: """
                id: promotion
                title: 推進方法
                blocks:
                  - roles:
                      responsibilities:
                        citizens: [自分の暮らす地域に関心を持つ, できるところから地域に関わる]
                        government: 施策を総合的に推進する
                        council: 地域福祉活動計画を策定する
                  - role-table:
                      id: roles
                      caption: 主体ごとの役割
                """,
            files: ["actors.yaml": actors],
            shows: ["主体ごとの役割", "主体 | 役割", "市民 | ●自分の暮らす地域に関心を持つ\n●できるところから地域に関わる", "行政 | ●施策を総合的に推進する"]),
        StageExample(
            "A matrix marks which actors take part in each goal, in reading order of the headings",
            section: """
                id: directions
                title: 取り組みの方向性
                blocks:
                  - heading: 共に生きる社会
                    id: goal-1
                  - roles:
                      responsibilities: {citizens: 地域に関心を持つ}
                  - heading: 支え合う地域
                    id: goal-2
                  - roles:
                      responsibilities: {government: 見守り体制を整える, council: ボランティアを育てる}
                  - role-matrix:
                      caption: 基本目標ごとの主体の関わり
                """,
            files: ["actors.yaml": actors],
            shows: ["主体 | 共に生きる社会 | 支え合う地域", "市民 | ● | －", "行政 | － | ●", "社会福祉協議会 | － | ●"]),
        StageExample(
            "A chapter named as a goal takes in what its headings declare",
            section: """
                id: directions
                title: 取り組みの方向性
                blocks:
                  - heading: 共に生きる社会
                    id: goal-1
                  - roles:
                      responsibilities: {citizens: 地域に関心を持つ}
                  - heading: 支え合う地域
                    id: goal-2
                  - roles:
                      responsibilities: {government: 見守り体制を整える, council: ボランティアを育てる}
                  - role-matrix:
                      caption: 章ごとの主体の関わり
                      goals: [directions, goal-2]
                """,
            files: ["actors.yaml": actors],
            shows: ["主体 | 取り組みの方向性 | 支え合う地域", "市民 | ● | －", "行政 | ● | ●", "社会福祉協議会 | ● | ●"]),
        StageExample(
            "Unknown actors are errors and repeated responsibilities warnings; unused actors wait until the errors are fixed",
            section: """
                id: promotion
                title: 推進方法
                blocks:
                  - roles:
                      responsibilities:
                        citizen: 地域に関心を持つ
                        government: [施策を推進する, 施策を推進する]
                """,
            files: ["actors.yaml": actors],
            findings: [
                "example.yaml:6:9: error: unknown actor 'citizen'; did you mean 'citizens'? [role-tables]",
                "example.yaml:7:31: warning: 'government' already has this responsibility at example.yaml:7:22 [role-tables]",
            ]),
        StageExample(
            "An actor with no responsibilities in any roles block is a warning",
            section: """
                id: promotion
                title: 推進方法
                blocks:
                  - roles:
                      responsibilities: {citizens: 地域に関心を持つ, government: 施策を推進する}
                """,
            files: ["actors.yaml": actors],
            findings: ["actors.yaml:6:5: warning: actor 'council' (社会福祉協議会) has no responsibilities in any roles block [role-tables]"]),
        StageExample(
            "A role table for chosen actors and goals; a goal must be a section or heading id",
            section: """
                id: promotion
                title: 推進方法
                blocks:
                  - roles:
                      goal: promotion
                      responsibilities: {citizens: 関心を持つ, government: 推進する, council: 計画を策定する}
                  - role-table:
                      caption: 市民と行政の役割
                      actors: [citizens, government]
                  - role-table:
                      caption: 誤った目標
                      goals: [nowhere]
                """,
            files: ["actors.yaml": actors],
            findings: ["example.yaml:12:15: error: goal 'nowhere' is not the id of a section or heading [role-tables]"],
            shows: ["市民 | ●関心を持つ", "行政 | ●推進する"]),
        StageExample(
            "A misspelt goal is an error with a suggestion, not an empty table",
            section: """
                id: directions
                title: 取り組みの方向性
                blocks:
                  - heading: 共に生きる社会
                    id: goal-1
                  - roles:
                      goal: goal-l
                      responsibilities: {citizens: 地域に関心を持つ, government: 施策を推進する, council: 計画を策定する}
                  - role-matrix:
                      caption: 基本目標ごとの主体の関わり
                      goals: [goal-1]
                """,
            files: ["actors.yaml": actors],
            findings: ["example.yaml:7:13: error: goal 'goal-l' is not the id of a section or heading; did you mean 'goal-1'? [role-tables]"]),
        StageExample(
            "A role table with nothing to show is an error, not a header-only table",
            section: """
                id: promotion
                title: 推進方法
                blocks:
                  - role-table:
                      caption: 主体ごとの役割
                """,
            appendix: """
                id: overview
                title: 概要
                blocks:
                  - roles:
                      responsibilities: {citizens: 関心を持つ, government: 推進する, council: 計画を策定する}
                """,
            files: ["actors.yaml": actors],
            findings: ["example.yaml:5:7: error: role table has nothing to show: no roles block declares responsibilities of its actors for section 'promotion'; declare them, or name the goals with 'goals:' [role-tables]"]),
        StageExample(
            "An unknown actor in a table's actors is the one error: references to the table do not echo it",
            section: """
                id: promotion
                title: 推進方法
                blocks:
                  - paragraph: 役割は[[roles]]のとおりです。
                  - roles:
                      responsibilities: {citizens: 関心を持つ, government: 推進する, council: 計画を策定する}
                  - role-table:
                      id: roles
                      caption: 主体ごとの役割
                      actors: [citizens, goverment]
                """,
            files: ["actors.yaml": actors],
            findings: ["example.yaml:10:26: error: unknown actor 'goverment'; did you mean 'government'? [role-tables]"]),
        StageExample(
            "A reference to a roles block is an error: it prints nothing to point at",
            section: """
                id: promotion
                title: 推進方法
                blocks:
                  - paragraph: 役割は[[citizen-roles]]のとおりです。
                  - roles:
                      responsibilities: {citizens: 関心を持つ, government: 推進する, council: 計画を策定する}
                    id: citizen-roles
                """,
            files: ["actors.yaml": actors],
            findings: ["example.yaml:4:19: error: 'citizen-roles' is a 'roles' block, which prints nothing for a reference to point at [cross-references]"]),
    ]
}
