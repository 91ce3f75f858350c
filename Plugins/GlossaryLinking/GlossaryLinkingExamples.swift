import ManuscriptCore

enum GlossaryLinkingExamples {
    static let glossary = """
        terms:
          - term: 地域共生社会
            reading: ちいききょうせいしゃかい
            definition: 人と人、人と資源がつながる社会。
          - term: 地域共生
            reading: ちいききょうせい
            definition: 地域で共に生きること。
          - term: 共生
            reading: きょうせい
            definition: 共に生きること。
          - term: NPO
            reading: えぬぴーおー
            aliases: [NPO法人]
            definition: 営利を目的としない民間の団体。
        """

    static let all = [
        StageExample(
            "The longest term wins, and each is linked once per section with its short definition as a footnote",
            section: """
                id: overview
                title: 概要
                blocks:
                  - paragraph: 地域共生社会と地域共生、そして共生。もう一度、地域共生社会。
                """,
            files: ["glossary.yaml": glossary],
            findings: ["glossary.yaml:11:5: warning: 'NPO' is defined in the glossary but not used in the text [glossary-linking]"],
            shows: ["地域共生社会〔地域共生社会：人と人、人と資源がつながる社会。〕と地域共生〔地域共生：地域で共に生きること。〕、そして共生〔共生：共に生きること。〕。もう一度、地域共生社会。"]),
        StageExample(
            "Matching ignores width but keeps the author's text; headings and links are never linked",
            section: """
                id: overview
                title: 概要
                blocks:
                  - heading: NPOと共生
                  - paragraph: "[NPOの一覧](https://example.jp/)を見る。ＮＰＯ法人と、ｷｮｳｾｲではなく共生。地域共生社会も。"
                """,
            files: ["glossary.yaml": glossary],
            findings: ["glossary.yaml:5:5: warning: '地域共生' is defined in the glossary but not used in the text [glossary-linking]"],
            shows: ["NPOと共生", "NPOの一覧を見る。ＮＰＯ法人〔NPO：営利を目的としない民間の団体。〕と、ｷｮｳｾｲではなく共生〔共生：共に生きること。〕。"]),
        StageExample(
            "Explicit {{terms}} force a link, link-terms: false turns a block off, and the scope option widens linking",
            section: """
                id: overview
                title: 概要
                blocks:
                  - paragraph: 共生と共生。
                  - paragraph: 共生をもう一度、{{共生}}。
                  - paragraph: 地域共生社会とNPO。
                    link-terms: "false"
                  - paragraph: "{{地域共生}}と{{きょうせい}}"
                """,
            options: "scope: all",
            files: ["glossary.yaml": glossary],
            findings: [
                "example.yaml:8:26: error: 'きょうせい' is not in the glossary [glossary-linking]",
            ],
            shows: ["共生〔共生：共に生きること。〕と共生〔共生：共に生きること。〕。", "共生〔共生：共に生きること。〕をもう一度、共生〔共生：共に生きること。〕。", "地域共生社会とNPO。"]),
        StageExample(
            "The glossary is built in 五十音 order with row headings; the vision's notes point to it",
            section: """
                id: overview
                title: 概要
                blocks:
                  - paragraph: NPOと地域共生社会、地域共生と共生。
                """,
            appendix: """
                id: glossary
                title: 用語集
                blocks:
                  - glossary: {}
                """,
            files: ["glossary.yaml": glossary],
            shows: ["NPO〔NPO：営利を目的としない民間の団体。（→ 資料編 資料1 用語集）〕",
                    "あ行\nNPO（えぬぴーおー）　別表記：NPO法人\n営利を目的としない民間の団体。\n掲載箇所：第1章 概要\nか行\n共生（きょうせい）",
                    "た行\n地域共生（ちいききょうせい）\n地域で共に生きること。\n掲載箇所：第1章 概要\n地域共生社会（ちいききょうせいしゃかい）"]),
        StageExample(
            "Latin terms can come first in an A–Z block; in the glossary's own volume terms link to their entry",
            section: """
                id: overview
                title: 概要
                blocks:
                  - paragraph: 本文
                """,
            appendix: """
                id: glossary
                title: 用語集
                blocks:
                  - paragraph: NPOと共生の説明。
                  - glossary: {}
                """,
            options: "latin: alphabet-first",
            files: ["glossary.yaml": glossary],
            findings: [
                "glossary.yaml:2:5: warning: '地域共生社会' is defined in the glossary but not used in the text [glossary-linking]",
                "glossary.yaml:5:5: warning: '地域共生' is defined in the glossary but not used in the text [glossary-linking]",
            ],
            shows: ["NPO→glossary-term-1と共生→glossary-term-2の説明。", "英字\nNPO（えぬぴーおー）", "か行\n共生（きょうせい）"]),
        StageExample(
            "Duplicate spellings are errors with both places; readings must be hiragana",
            section: """
                id: overview
                title: 概要
                blocks:
                  - paragraph: 共生
                """,
            files: ["glossary.yaml": """
                terms:
                  - {term: 共生, reading: きょうせい, definition: 共に生きること。}
                  - {term: 共生社会, reading: キョウセイシャカイ, aliases: [共生], definition: 共に生きる社会。}
                """],
            findings: [
                "glossary.yaml:3:27: error: the reading of '共生社会' must be written in hiragana; 'キ' is not [glossary-linking]",
                "glossary.yaml:3:48: error: '共生' is already used by '共生' at glossary.yaml:2:12 [glossary-linking]",
            ]),
    ]
}
