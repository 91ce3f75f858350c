import ManuscriptCore

enum RelatedPlansExamples {
    static let all = [
        StageExample(
            "Each plan gets its URL and a QR code named after the plan, and the trademark notice follows",
            section: """
                id: overview
                title: 概要
                blocks:
                  - related-plans:
                      id: related-plan-list
                      caption: 関連する主な計画
                      plans:
                        - name: 高齢者保健福祉計画
                          summary: 高齢者施策の基本的な方向を定める計画です。
                          url: https://www.city.iwaki.lg.jp/koureisha-keikaku
                """,
            shows: [
                "高齢者保健福祉計画 | 高齢者施策の基本的な方向を定める計画です。 | https://www.city.iwaki.lg.jp/koureisha-keikaku\n［画像：高齢者保健福祉計画の掲載ページへのQRコード］",
                "QRコードは株式会社デンソーウェーブの登録商標です。",
            ]),
        StageExample(
            "A plan without a URL is a warning in a draft and an error in a release; a URL must be http or https",
            section: """
                id: overview
                title: 概要
                blocks:
                  - related-plans:
                      plans:
                        - name: こども計画
                        - name: 障がい者計画
                          url: www.city.iwaki.lg.jp
                """,
            status: .publicComment,
            findings: [
                "example.yaml:6:11: error: plan 'こども計画' has no url yet, so it gets no QR code [related-plans]",
                "example.yaml:8:16: error: url 'www.city.iwaki.lg.jp' must be a full http:// or https:// address [related-plans]",
            ]),
    ]
}
