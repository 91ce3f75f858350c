import ManuscriptCore

/// `survey-results`: how a survey was run (period, method, responses) and its result tables from CSV.
///
/// ```yaml
/// - survey-results:
///     name: 地域福祉に関するアンケート調査
///     period: {from: 2025-05-02, to: 2025-05-22}
///     method: WEB調査
///     responses: 657
///     tables:
///       - {caption: 地域活動への参加状況, csv: data/survey-participation.csv}
/// ```
enum SurveyResults {
    static func blocks(_ node: YAMLNode, id: String?, at location: SourceLocation, dates: DateStyle, tables: (YAMLNode) throws -> Block) throws -> [Block] {
        let item = try node.mapping("survey-results")
        try item.rejectUnknownKeys(allowed: ["id", "name", "period", "method", "responses", "target", "tables"])
        var outline: [(String, String, YAMLNode?)] = []
        if let name = item["name"] { outline.append(("調査の名称", try name.string("name"), name)) }
        if let target = item["target"] { outline.append(("調査対象", try target.string("target"), target)) }
        let period = try item.required("period")
        outline.append(("調査期間", try ItemTable.period(period, "period", style: dates).text, period))
        let method = try item.required("method")
        outline.append(("調査方法", try method.string("method"), method))
        let responses = try item.required("responses")
        outline.append(("回答数", "\(NumberText.grouped(try responses.int("responses", in: 0...10_000_000)))件", responses))
        var blocks = [Block(id: id, location: location, content: .table(ItemTable.outline("調査の概要", outline)))]
        for tableNode in try item["tables"]?.sequence("tables") ?? [] {
            blocks.append(try tables(tableNode))
        }
        return blocks
    }
}
