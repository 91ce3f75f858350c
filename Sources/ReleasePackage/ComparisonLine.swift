/// One printed line of a 新旧対照表 side: what the reader sees, what it is compared by, and the
/// name of what it belongs to when the line alone would not say (a table row, a glossary entry's
/// usage list).
struct ComparisonLine: Hashable, Sendable {
    /// The line as printed, numbers included (「2. 地域で話し合います。」).
    var text: String
    /// What the line is matched by: the text without list numbers, so inserting one item does not
    /// "change" every item after it.
    var key: String
    /// The table caption or glossary term the line belongs to, when it is not the line itself.
    var context: String?

    init(_ text: String, key: String? = nil, context: String? = nil) {
        self.text = text
        self.key = key ?? text
        self.context = context
    }
}
