/// A counted subject as the report names it for reviewers: 「第4章 基本目標」 in 本編, 「市民の役割」,
/// 「文」 with its whole text. Messages keep the manuscript's ids (`section "goals"`) for editors.
struct SubjectLabel: Hashable {
    /// What it is, as printed: 「第4章 基本目標」, 「市民の役割」, 「見出し「…」」, 「文」.
    let name: String
    /// The volumes it is printed in, by short title (本編, 資料編, 概要版); the summary repeats text.
    var volumes: [String] = []
    /// The chapter it is in, as printed; nil for a whole volume.
    var chapter: String? = nil
    /// The whole text counted, for sentences and blocks (messages shorten it to 20 characters).
    var text: String? = nil
}
