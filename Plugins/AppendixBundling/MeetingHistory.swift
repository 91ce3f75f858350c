import ManuscriptCore

/// `meeting-history`: the council's meetings as a table of 開催日 | 会議 | 主な議題.
///
/// ```yaml
/// - meeting-history:
///     caption: 推進会議の検討経過
///     meetings:
///       - {date: 2026-03-19, meeting: 第3回推進会議, agenda: 地域福祉計画（案）について}
/// ```
enum MeetingHistory {
    static func blocks(_ node: YAMLNode, id: String?, at location: SourceLocation, dates: DateStyle) throws -> [Block] {
        let item = try node.mapping("meeting-history")
        try item.rejectUnknownKeys(allowed: ["id", "caption", "meetings"])
        let meetings = try item.required("meetings").sequence("meetings")
        guard !meetings.isEmpty else { throw AssemblyError("meeting-history lists no meetings", at: node.location) }
        let rows: [[[Inline]]] = try meetings.map { node in
            let meeting = try node.mapping("a meeting")
            try meeting.rejectUnknownKeys(allowed: ["date", "meeting", "agenda", "venue"])
            let meetingNode = try meeting.required("meeting")
            var name = ItemTable.cell(try meetingNode.string("meeting"), from: meetingNode)
            if let venue = meeting["venue"] { name += [.text("（"), .anchor(venue.location), .text(try venue.string("venue")), .text("）")] }
            let agendaNode = try meeting.required("agenda")
            let agenda: [Inline] = if case .sequence(let items) = agendaNode.kind {
                try items.enumerated().flatMap { index, item in (index > 0 ? [.lineBreak] : []) + (try item.inlineText("an agenda item")) }
            } else {
                try agendaNode.inlineText("agenda")
            }
            let date = try meeting.required("date")
            return [ItemTable.cell(try ItemTable.date(date, "date", style: dates).text, from: date), name, agenda]
        }
        let caption = try item["caption"]?.inlineText("caption") ?? [.text("検討経過")]
        let table = Table(caption: caption, header: [[ItemTable.cell("開催日"), ItemTable.cell("会議"), ItemTable.cell("主な議題")]],
                          rows: rows, rowHeaderColumns: 0)
        return [Block(id: id, location: location, content: .table(table))]
    }
}
