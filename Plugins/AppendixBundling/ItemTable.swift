import ManuscriptCore

/// Small helpers for building the tables of appendix items.
enum ItemTable {
    static func cell(_ text: String) -> [Inline] { [.text(text)] }

    /// A cell printing a field of the item, starting at the field's place in the manuscript so that
    /// findings about it (a placeholder) point at the YAML row, not at the item.
    static func cell(_ text: String, from node: YAMLNode) -> [Inline] { [.anchor(node.location), .text(text)] }

    /// A two-column outline: 調査期間 | 令和7年5月2日〜令和7年5月22日, each value at its field when it has one.
    static func outline(_ caption: String, _ rows: [(String, String, YAMLNode?)]) -> Table {
        Table(caption: [.text(caption)], header: [],
              rows: rows.map { name, value, node in [cell(name), node.map { cell(value, from: $0) } ?? cell(value)] }, rowHeaderColumns: 1)
    }

    /// `2025-05-02` as 「令和7年5月2日」 (in the edition's date style); other text (令和7年度) as written.
    static func date(_ node: YAMLNode, _ what: String, style: DateStyle) throws -> (text: String, date: BuildDate?) {
        let text = try node.string(what)
        let parts = text.split(separator: "-")
        guard parts.count == 3, text.count == 10 else { return (text, nil) }
        guard let date = BuildDate(editionDate: text) else {
            throw AssemblyError("\(what) '\(text)' is not a calendar date (YYYY-MM-DD)", at: node.location)
        }
        return (JapaneseDate.format(text, style: style), date)
    }

    /// A `{from, to}` period, checked to run forwards; returns its text and its length in days.
    static func period(_ node: YAMLNode, _ what: String, style: DateStyle) throws -> (text: String, days: Int?) {
        let period = try node.mapping(what)
        try period.rejectUnknownKeys(allowed: ["from", "to"])
        let from = try date(period.required("from"), "from", style: style), to = try date(period.required("to"), "to", style: style)
        if let start = from.date, let end = to.date {
            let days = start.days(through: end)
            guard days >= 1 else { throw AssemblyError("\(what) ends before it begins", at: node.location) }
            return ("\(from.text)〜\(to.text)", days)
        }
        return ("\(from.text)〜\(to.text)", nil)
    }
}
