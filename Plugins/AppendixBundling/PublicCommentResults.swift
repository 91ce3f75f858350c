import ManuscriptCore

/// `public-comment-results`: the results of the public comment (パブリックコメント), as cities publish
/// them: the period, how many people sent how many opinions, and each opinion's summary with the
/// publisher's answer (「市の考え方」, 「本会の考え方」: `Edition.answeringParty`) and whether the plan
/// changed. `comments: none` records that none were received.
/// No field holds who sent an opinion.
///
/// ```yaml
/// - public-comment-results:
///     period: {from: 2026-12-01, to: 2026-12-31}
///     submitters: 3
///     opinions: 4
///     comments:
///       - {section: promotion, summary: …, response: …, revised: true}
/// ```
enum PublicCommentResults {
    /// Ids of sections and headings, which 該当箇所 must name.
    static func blocks(_ node: YAMLNode, id: String?, at location: SourceLocation, knownIDs: Set<String>,
                       minimumDays: Int, dates: DateStyle, answeringParty: String, warn: (String, SourceLocation) -> Void) throws -> [Block] {
        try PersonalData.reject(in: node)
        let item = try node.mapping("public-comment-results")
        try item.rejectUnknownKeys(allowed: ["id", "period", "submitters", "opinions", "comments"])
        let periodNode = try item.required("period")
        let period = try ItemTable.period(periodNode, "period", style: dates)
        if let days = period.days, days < minimumDays {
            warn("the comment period is \(days) days; it is usually at least \(minimumDays) (行政手続法第39条, most cities' 要綱)", periodNode.location)
        }
        let commentsNode = try item.required("comments")
        let noneReceived = (try? commentsNode.string("comments")) == "none"
        let comments = noneReceived ? [] : try commentsNode.sequence("comments")
        let submittersNode = try item.required("submitters"), opinionsNode = try item.required("opinions")
        let submitters = try submittersNode.int("submitters", in: 0...1_000_000)
        let opinions = try opinionsNode.int("opinions", in: 0...1_000_000)
        if noneReceived && (submitters > 0 || opinions > 0) {
            throw AssemblyError("comments: none, but submitters or opinions are not 0", at: commentsNode.location)
        }
        if !noneReceived && opinions != comments.count {
            throw AssemblyError("opinions is \(opinions) but \(comments.count) comments are listed", at: opinionsNode.location)
        }
        if submitters > opinions {
            throw AssemblyError("more submitters (\(submitters)) than opinions (\(opinions))", at: submittersNode.location)
        }
        var blocks = [Block(id: id, location: location, content: .table(ItemTable.outline("意見募集の概要", [
            ("募集期間", period.text, periodNode), ("提出者数", "\(submitters)人", submittersNode), ("意見件数", "\(opinions)件", opinionsNode),
        ])))]
        guard !noneReceived else {
            blocks.append(Block(location: commentsNode.location, content: .paragraph([.text("意見の提出はありませんでした。")])))
            return blocks
        }
        let rows: [[[Inline]]] = try comments.enumerated().map { index, node in
            let comment = try node.mapping("a comment")
            try comment.rejectUnknownKeys(allowed: ["section", "summary", "response", "revised"])
            let sectionNode = try comment.required("section")
            let section = try sectionNode.string("section")
            guard knownIDs.contains(section) else {
                throw AssemblyError("該当箇所 '\(section)' is not the id of a section or heading of this plan", at: sectionNode.location)
            }
            let revised = try comment.required("revised").bool("revised")
            return [
                ItemTable.cell("\(index + 1)"),
                [.reference(CrossReference(target: section, location: sectionNode.location))],
                try comment.required("summary").inlineText("summary"),
                try comment.required("response").inlineText("response"),
                ItemTable.cell(revised ? "有" : "無"),
            ]
        }
        let answers = "\(answeringParty)の考え方"
        let header = ["No.", "該当箇所", "意見の概要", answers, "修正の有無"].map(ItemTable.cell)
        blocks.append(Block(location: commentsNode.location, content: .table(Table(
            caption: [.text("提出された意見の概要と\(answers)")], header: [header], rows: rows, rowHeaderColumns: 0))))
        return blocks
    }
}
