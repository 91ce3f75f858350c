import ManuscriptCore

/// The opinion submission form (意見提出用紙) of a public-comment release, one or two A4 pages: the
/// plan and the comment period at the top, who is commenting, rows pairing a place in the plan
/// (冊子・ページ・項目) with an opinion, the ways to submit, and how personal data is handled.
public enum OpinionForm {
    public static let volumeID = "opinion-form"
    /// Pairs of 該当箇所 and ご意見 on the form; more go on a separate sheet.
    static let opinionRows = 4

    public static func volume(for document: Document) -> Volume {
        let edition = document.edition
        let location = SourceLocation.start(of: "edition.yaml")
        func block(_ content: BlockContent) -> Block { Block(location: location, content: content) }
        func heading(_ text: String) -> Block { block(.heading(Heading(level: 2, text: [.text(text)]))) }
        func blank(_ lines: Int) -> [Inline] { Array(repeating: .lineBreak, count: lines) }
        let plan = edition.printedTitle
        // 「市内に住んでいる」 for a city or a council named after its city; otherwise the plan's area.
        let area = edition.areaWord ?? "計画の対象地域内"

        var summary: [[[Inline]]] = [[[.text("案の名称")], [.text("\(plan)（\(edition.label)）")]]]
        if let call = edition.publicComment {
            summary.append([[.text("募集期間")], [.text("\(edition.printedDate(call.from))から\(edition.printedDate(call.to))まで（必着）")]])
            if !call.submitTo.isEmpty {
                summary.append([[.text("提出方法")], Array(call.submitTo.map { [Inline.text($0)] }.joined(separator: [.lineBreak]))])
            }
        }
        var blocks: [Block] = [
            block(.paragraph([.text("「\(plan)」について、ご意見をお寄せください。この用紙のほか、任意の様式でも受け付けます。")])),
            block(.table(Table(caption: [.text("募集の概要")], header: [], rows: summary, rowHeaderColumns: 1))),
            heading("提出者"),
            // ☐ in a form becomes a box to tick on screen (a Word checkbox content control).
            block(.table(Table(caption: [.text("提出者の連絡先")], header: [], rows: [
                [[.text("氏名（団体の場合は名称と代表者名）")], blank(1)],
                [[.text("住所（所在地）")], blank(1)],
                [[.text("電話番号またはメールアドレス")], blank(1)],
                [[.text("区分（該当するものに☑）")],
                 [.text("☐ \(area)に住んでいる　☐ \(area)に通勤・通学している"), .lineBreak,
                  .text("☐ \(area)に事務所・事業所がある　☐ その他（計画に利害関係がある）")]],
            ], rowHeaderColumns: 1))),
        ]
        blocks.append(block(.list(BulletList(items: [
            [.text("ご記入いただいた個人情報は、ご意見の内容を確認するためだけに使い、公表しません。")],
            [.text("ご意見の概要と\(edition.answeringParty)の考え方は、後日まとめて公表します。個別の回答はいたしません。")],
            [.text("書ききれない場合は、別紙（様式は自由）を添えてください。")],
        ]))))
        // The opinions take the second page whole, so the rows are never split from their heading.
        let opinions: [Block] = [
            block(.paragraph([.text("該当箇所には冊子名、ページ、章・項目を書いてください（例：\(example(in: document))）。冊子と章は次のとおりです。")])),
            block(.list(BulletList(items: contents(of: document)))),
            block(.table(Table(
                caption: [.text("ご意見と該当箇所")],
                header: [[[.text("No.")], [.text("該当箇所（ページ・項目）")], [.text("ご意見（理由があれば併せてお書きください）")]]],
                rows: (1...opinionRows).map { [[.text("\($0)")], blank(3), blank(3)] }))),
        ]
        let title = "「\(plan)」に対する意見提出用紙"
        return Volume(id: volumeID, title: title, sections: [
            Section(id: volumeID, title: title, location: location, blocks: blocks),
            Section(id: "\(volumeID)-opinions", title: "ご意見", location: location, blocks: opinions),
        ], layout: .form)
    }

    /// An example place taken from the plan itself, so it names a chapter and heading that exist:
    /// 「本編 第2章 基本計画1-1 本人の意思の尊重」 (the page is the reader's to add).
    static func example(in document: Document) -> String {
        guard let volume = document.volumes.first(where: { $0.layout != .form }), let first = volume.sections.first else { return "本編 第1章" }
        func firstHeading(_ section: Section) -> String? {
            section.blocks.lazy.compactMap { block -> String? in
                if case .heading(let heading) = block.content { heading.text.plainText } else { nil }
            }.first
        }
        // A middle chapter with a heading reads as a real place; the first chapter is often the overview.
        let section = volume.sections.dropFirst().first { firstHeading($0) != nil } ?? first
        return ([volume.referenceName, section.number ?? section.displayTitle] + [firstHeading(section)].compactMap { $0 }).joined(separator: " ")
    }

    /// One line per published volume (本編, 資料編, 概要版), naming its chapters, so a citizen can say
    /// where an opinion belongs in any of them.
    static func contents(of document: Document) -> [[Inline]] {
        document.volumes.filter { $0.layout != .form }.map { volume in
            [.text("\(volume.referenceName)：" + volume.sections.map(\.displayTitle).joined(separator: "／"))]
        }
    }
}
