import ManuscriptCore

/// `hearing-results`: what organizations and businesses said in hearings, as 団体等 | 実施日 | 主な意見.
enum HearingResults {
    static func blocks(_ node: YAMLNode, id: String?, at location: SourceLocation, dates: DateStyle) throws -> [Block] {
        try PersonalData.reject(in: node)
        let item = try node.mapping("hearing-results")
        try item.rejectUnknownKeys(allowed: ["id", "caption", "hearings"])
        let rows: [[[Inline]]] = try item.required("hearings").sequence("hearings").map { node in
            let hearing = try node.mapping("a hearing")
            try hearing.rejectUnknownKeys(allowed: ["organization", "date", "summary"])
            let date = try hearing["date"].map { ItemTable.cell(try ItemTable.date($0, "date", style: dates).text, from: $0) } ?? ItemTable.cell("－")
            let organization = try hearing.required("organization")
            return [ItemTable.cell(try organization.string("organization"), from: organization), date,
                    try hearing.required("summary").inlineText("summary")]
        }
        let caption = try item["caption"]?.inlineText("caption") ?? [.text("ヒアリングの結果")]
        return [Block(id: id, location: location, content: .table(Table(
            caption: caption, header: [["団体等", "実施日", "主な意見"].map(ItemTable.cell)], rows: rows, rowHeaderColumns: 1)))]
    }
}
