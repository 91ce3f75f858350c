import ManuscriptCore

enum AppendixBundlingExamples {
    static let vision = """
        id: promotion
        title: 推進方法
        blocks:
          - heading: 見直し
            id: review
          - paragraph: 詳しくは[[results]]をご覧ください。
        """

    static let all = [
        StageExample(
            "Meeting history becomes a table; references from the vision name the item by number",
            section: vision.replacing("[[results]]", with: "[[history]]"),
            appendix: """
                id: meetings
                title: 推進会議の検討経過
                blocks:
                  - meeting-history:
                      id: history
                      meetings:
                        - {date: 2026-03-19, meeting: 第3回推進会議, venue: 総合保健福祉センター, agenda: [計画（案）について, 今後の予定]}
                        - {date: 令和7年度, meeting: 第2回推進会議, agenda: アンケート結果について}
                """,
            shows: ["詳しくは資料編 表1 検討経過をご覧ください。", "開催日 | 会議 | 主な議題", "令和8年3月19日 | 第3回推進会議（総合保健福祉センター） | 計画（案）について\n今後の予定"]),
        StageExample(
            "Public comment results check 該当箇所 and counts, and print the city's answers",
            section: vision,
            appendix: """
                id: public-comment
                title: パブリックコメントの結果
                blocks:
                  - public-comment-results:
                      id: results
                      period: {from: 2026-12-01, to: 2026-12-31}
                      submitters: 1
                      opinions: 2
                      comments:
                        - {section: review, summary: 見直しの時期を明記してほしい。, response: 状況に応じて柔軟に見直します。, revised: false}
                        - {section: promotion, summary: 市民の役割をわかりやすく。, response: 表現を改めました。, revised: true}
                """,
            shows: ["募集期間 | 令和8年12月1日〜令和8年12月31日", "提出者数 | 1人", "意見件数 | 2件",
                    "No. | 該当箇所 | 意見の概要 | 市の考え方 | 修正の有無", "1 | 本編 第1章 見直し | 見直しの時期を明記してほしい。 | 状況に応じて柔軟に見直します。 | 無",
                    "2 | 本編 第1章 推進方法 | 市民の役割をわかりやすく。 | 表現を改めました。 | 有"]),
        StageExample(
            "No comments received is a state of its own; a short period is a warning",
            section: vision,
            appendix: """
                id: public-comment
                title: パブリックコメントの結果
                blocks:
                  - public-comment-results: {id: results, period: {from: 2026-12-01, to: 2026-12-20}, submitters: 0, opinions: 0, comments: none}
                """,
            findings: ["appendix.yaml:4:51: warning: the comment period is 20 days; it is usually at least 30 (行政手続法第39条, most cities' 要綱) [appendix-bundling]"],
            shows: ["意見件数 | 0件", "意見の提出はありませんでした。"]),
        StageExample(
            "Unknown 該当箇所, wrong counts and submitters' personal data are errors",
            section: vision,
            appendix: """
                id: public-comment
                title: パブリックコメントの結果
                blocks:
                  - public-comment-results:
                      period: {from: 2026-12-01, to: 2026-12-31}
                      submitters: 1
                      opinions: 1
                      comments:
                        - {section: reveiw, summary: 意見, response: 回答, revised: false}
                  - public-comment-results:
                      period: {from: 2026-12-01, to: 2026-12-31}
                      submitters: 1
                      opinions: 2
                      comments:
                        - {section: review, summary: 意見, response: 回答, revised: false}
                  - public-comment-results:
                      period: {from: 2026-12-01, to: 2026-12-31}
                      submitters: 1
                      opinions: 1
                      comments:
                        - {section: review, name: 磐城太郎, summary: 意見, response: 回答, revised: false}
                """,
            findings: [
                "appendix.yaml:9:21: error: 該当箇所 'reveiw' is not the id of a section or heading of this plan [appendix-bundling]",
                "appendix.yaml:13:17: error: opinions is 2 but 1 comments are listed [appendix-bundling]",
                "appendix.yaml:21:29: error: 'name' would record a submitter's personal data; public comment results publish opinions only [appendix-bundling]",
                "example.yaml:6:20: error: reference to unknown id 'results' [cross-references]",
            ]),
        StageExample(
            "Material marked for the appendix moves there and leaves a pointer",
            section: """
                id: overview
                title: 概要
                blocks:
                  - paragraph: 人口は減っています。
                  - table:
                      caption: 人口の推移（詳細）
                      rows: [[2018年, 324706人]]
                    to-appendix: survey
                """,
            appendix: """
                id: survey
                title: アンケート調査結果
                blocks:
                  - survey-results: {period: {from: 2025-05-02, to: 2025-05-22}, method: WEB調査, responses: 657}
                """,
            shows: ["人口は減っています。\n（→ 資料編 表2 人口の推移（詳細））", "資料1 アンケート調査結果\n表1 調査の概要", "調査期間 | 令和7年5月2日〜令和7年5月22日",
                    "回答数 | 657件", "表2 人口の推移（詳細）"]),
        StageExample(
            "A survey's tables keep their ids, so references reach them",
            section: """
                id: overview
                title: 概要
                blocks:
                  - paragraph: 参加の状況は[[participation]]のとおりです。
                """,
            appendix: """
                id: survey
                title: アンケート調査結果
                blocks:
                  - survey-results:
                      period: {from: 2025-05-02, to: 2025-05-22}
                      method: WEB調査
                      responses: 657
                      tables:
                        - {id: participation, caption: 地域活動への参加状況, header: [回答, 割合], rows: [[参加している, 30%]]}
                """,
            shows: ["参加の状況は資料編 表2 地域活動への参加状況のとおりです。", "表2 地域活動への参加状況\n回答 | 割合"]),
        StageExample(
            "Attachments print their title, kind, size and file name, which the printed page can use",
            section: """
                id: overview
                title: 概要
                blocks:
                  - paragraph: 集計表は資料編にあります。
                """,
            appendix: """
                id: survey
                title: アンケート調査結果
                blocks:
                  - attachments:
                      - {file: data/counts.csv, title: 地区別の集計表}
                """,
            files: ["data/counts.csv": "地区,件数\n平,12\n"],
            shows: ["この資料には、次のファイルを添付しています。電子版とあわせて公開します。\n地区別の集計表（CSV形式、21バイト、ファイル名 counts.csv）"]),
    ]
}
