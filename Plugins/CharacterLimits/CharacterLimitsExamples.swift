import ManuscriptCore

enum CharacterLimitsExamples {
    static let sectionLimit = """
        limits:
          - scope: section
            section: overview
            unit: fullwidth-equivalent
            warning: 10
            error: 15
        """

    static let all = [
        StageExample(
            "A section over its error limit is an error in release editions; half-width letters and digits count 0.5",
            section: """
                id: overview
                title: 概要
                blocks:
                  - paragraph: 地域共生社会とは、支え合う社会です。ABCD
                """,
            files: ["limits.yaml": sectionLimit],
            status: .publicComment,
            findings: ["example.yaml:1:1: error: section \"overview\" has 24.5 characters (fullwidth-equivalent); limit 15 [character-limits]"]),
        StageExample(
            "In a draft the same overrun is a warning, so editors can still build",
            section: """
                id: overview
                title: 概要
                blocks:
                  - paragraph: 地域共生社会とは、支え合う社会です。ABCD
                """,
            files: ["limits.yaml": sectionLimit],
            findings: ["example.yaml:1:1: warning: section \"overview\" has 24.5 characters (fullwidth-equivalent); limit 15 (an error in public-comment and final editions) [character-limits]"]),
        StageExample(
            "Without a sentence limit, sentences over 60 characters get the 公用文 guidance, located at the sentence",
            section: """
                id: overview
                title: 概要
                blocks:
                  - paragraph: |
                      短い文です。
                      この文は、地域の中で一人ひとりが自分らしく幸せな日常生活を安心して送れるよう、市や地域住民、事業者などあらゆる人と団体が協力し、つながり、支え合うことを説明しています。
                """,
            findings: ["example.yaml:6:7: warning: sentence \"この文は、地域の中で一人ひとりが自分らし…\" has 84 characters; 公用文作成の考え方 suggests checking sentences over 60 [character-limits]"]),
        StageExample(
            "A sentence does not end inside brackets, and markup is not counted",
            section: """
                id: overview
                title: 概要
                blocks:
                  - paragraph: 市民は「できることから始めよう。一緒にやろう。」と**話しました**。
                """,
            options: "limits: limits.yaml",
            files: ["limits.yaml": "limits:\n  - {scope: sentence, unit: characters, warning: 20, error: 40}\n"],
            findings: ["example.yaml:4:16: warning: sentence \"市民は「できることから始めよう。一緒にや…\" has 31 characters; aim for at most 20 (limit 40) [character-limits]"]),
        StageExample(
            "Every responsibility of a roles block is counted on its own",
            section: """
                id: promotion
                title: 推進方法
                blocks:
                  - roles:
                      responsibilities:
                        citizens: 地域に関心を持ちます。
                        city: 地域福祉と地域共生社会のための施策を、分野を超えて総合的に進めます。
                """,
            files: [
                "actors.yaml": "actors:\n  - {id: citizens, name: 市民}\n  - {id: city, name: 行政}\n",
                "limits.yaml": "limits:\n  - {scope: blocks, kind: roles, unit: characters, error: 20}\n",
            ],
            status: .final,
            findings: ["example.yaml:7:15: error: responsibility of 'city' has 34 characters; limit 20 [character-limits]"]),
        StageExample(
            "Mistakes in the limits file are located",
            section: """
                id: overview
                title: 概要
                blocks:
                  - paragraph: 本文
                """,
            files: ["limits.yaml": "limits:\n  - scope: volume\n    volume: vision\n    unit: pagez\n    error: 30\n"],
            findings: ["limits.yaml:4:11: error: unit must be one of: characters, fullwidth-equivalent, manuscript-sheets, pages; did you mean 'pages'? [character-limits]"]),
    ]
}
