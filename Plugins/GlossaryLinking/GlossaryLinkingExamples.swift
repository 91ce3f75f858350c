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
            "The longest term wins, and each is linked once per chapter with its short definition as a footnote",
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
            "A term or alias given twice is an error naming both places; the copy is left out, so it is not also \"not used\"",
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
                  - {term: 共生, reading: きょうせい, definition: 共に生きること（重複）。}
                """],
            findings: [
                "glossary.yaml:3:27: error: the reading of '共生社会' must be written in hiragana; 'キ' is not [glossary-linking]",
                "glossary.yaml:3:48: error: alias '共生' of '共生社会' is already the term '共生' (at glossary.yaml:2:5) [glossary-linking]",
                "glossary.yaml:4:5: error: term '共生' is given twice (first at glossary.yaml:2:5) [glossary-linking]",
            ]),
        StageExample(
            "Half-width katakana with voiced marks find the full-width term (ｶﾞ is ガ); the text keeps the author's spelling",
            section: """
                id: overview
                title: 概要
                blocks:
                  - paragraph: ｶﾞｲﾄﾞ、ｹｱﾏﾈｼﾞｬｰ、ｻﾎﾟｰﾀｰとﾎﾞﾗﾝﾃｨｱ。
                """,
            files: ["glossary.yaml": """
                terms:
                  - {term: ガイド, reading: がいど, definition: 案内する人。}
                  - {term: ケアマネジャー, reading: けあまねじゃー, definition: 介護支援専門員。}
                  - {term: サポーター, reading: さぽーたー, definition: 支える人。}
                  - {term: ボランティア, reading: ぼらんてぃあ, definition: 自ら進んで活動する人。}
                """],
            shows: ["ｶﾞｲﾄﾞ〔ガイド：案内する人。〕、ｹｱﾏﾈｼﾞｬｰ〔ケアマネジャー：介護支援専門員。〕、ｻﾎﾟｰﾀｰ〔サポーター：支える人。〕とﾎﾞﾗﾝﾃｨｱ〔ボランティア：自ら進んで活動する人。〕。"]),
        StageExample(
            "Latin terms link only as whole words (not DV in DVD); not-in lists the longer words a term is not linked inside",
            section: """
                id: overview
                title: 概要
                blocks:
                  - paragraph: DVDやＤＶＤ、MAILやＭＡＩＬ、NPOsは用語ではない。都市民俗の研究と協議会議事録。ＤＶの相談はAIでなく人が受ける。市民の会議。
                """,
            files: ["glossary.yaml": """
                terms:
                  - {term: DV, reading: でぃーぶい, definition: 配偶者などからの暴力。}
                  - {term: AI, reading: えーあい, definition: 人工知能。}
                  - {term: NPO, reading: えぬぴーおー, definition: 民間の非営利団体。}
                  - {term: 市民, reading: しみん, not-in: [都市民俗], definition: 市に住む人。}
                  - {term: 会議, reading: かいぎ, not-in: [協議会議事録], definition: 話し合いの場。}
                  - {term: 協議会, reading: きょうぎかい, definition: 関係者が協議する場。}
                """],
            findings: ["glossary.yaml:4:5: warning: 'NPO' is defined in the glossary but not used in the text [glossary-linking]"],
            shows: ["DVDやＤＶＤ、MAILやＭＡＩＬ、NPOsは用語ではない。都市民俗の研究と協議会〔協議会：関係者が協議する場。〕議事録。"
                    + "ＤＶ〔DV：配偶者などからの暴力。〕の相談はAI〔AI：人工知能。〕でなく人が受ける。市民〔市民：市に住む人。〕の会議〔会議：話し合いの場。〕。"]),
        StageExample(
            "Unknown keys and not-in entries that cannot hold the term are located errors",
            section: """
                id: overview
                title: 概要
                blocks:
                  - paragraph: 市民の会議。
                """,
            files: ["glossary.yaml": """
                terms:
                  - {term: 市民, reading: しみん, not_in: [都市民俗], definition: 市に住む人。}
                  - {term: 会議, reading: かいぎ, aliases: [会合], not-in: [協議会, 会議], definition: 話し合いの場。}
                """],
            findings: [
                "glossary.yaml:2:30: error: unknown key 'not_in' in a glossary term; did you mean 'not-in'? [glossary-linking]",
                "glossary.yaml:3:54: error: not-in entry '協議会' of '会議' must contain '会議' or '会合' with more around it; it excludes nothing [glossary-linking]",
                "glossary.yaml:3:59: error: not-in entry '会議' of '会議' must contain '会議' or '会合' with more around it; it excludes nothing [glossary-linking]",
            ]),
        StageExample(
            "A see-also naming no term is a located error; the glossary is still built, its related terms named as terms",
            section: """
                id: overview
                title: 概要
                blocks:
                  - paragraph: 共生と地域共生。
                """,
            appendix: """
                id: glossary
                title: 用語集
                blocks:
                  - glossary: {}
                """,
            files: ["glossary.yaml": """
                terms:
                  - {term: 共生, reading: きょうせい, see-also: [地域共生, 共生社械], definition: 共に生きること。}
                  - {term: 地域共生, reading: ちいききょうせい, definition: 地域で共に生きること。}
                """],
            findings: ["glossary.yaml:2:49: error: see-also names '共生社械', which is not a term of the glossary [glossary-linking]"],
            shows: ["共生（きょうせい）\n共に生きること。\n関連：地域共生→glossary-term-2\n掲載箇所：第1章 概要"]),
        StageExample(
            "掲載箇所 lists the full text's chapters: the 概要版 repeats them, and names itself only for text written for it alone",
            section: """
                id: overview
                title: 概要
                blocks:
                  - paragraph: 共生の考え方。
                    summary: true
                  - paragraph: 地域共生の要約。
                    summary: only
                """,
            appendix: """
                id: glossary
                title: 用語集
                blocks:
                  - glossary: {}
                """,
            files: ["glossary.yaml": glossary],
            findings: [
                "glossary.yaml:2:5: warning: '地域共生社会' is defined in the glossary but not used in the text [glossary-linking]",
                "glossary.yaml:11:5: warning: 'NPO' is defined in the glossary but not used in the text [glossary-linking]",
            ],
            shows: ["共生（きょうせい）\n共に生きること。\n掲載箇所：第1章 概要\n", "地域共生（ちいききょうせい）\n地域で共に生きること。\n掲載箇所：概要版 第1章 概要\n"]),
        StageExample(
            "Past 20 unused terms, the rest are summarized in one warning at the 21st",
            section: """
                id: overview
                title: 概要
                blocks:
                  - paragraph: 本文。
                """,
            files: ["glossary.yaml": "terms:\n" + (1...23).map { "  - term: 語\($0)\n    reading: ご\n    definition: 説明。\n" }.joined()],
            findings: (1...20).map { "glossary.yaml:\(3 * $0 - 1):5: warning: '語\($0)' is defined in the glossary but not used in the text [glossary-linking]" }
                + ["glossary.yaml:62:5: warning: … and 3 more glossary terms are defined but not used in the text, from '語21' on [glossary-linking]"],
            shows: ["本文。"]),
    ]
}
