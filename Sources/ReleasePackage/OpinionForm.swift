import ManuscriptCore

/// The opinion submission form (意見提出用紙) of a public-comment release: who is commenting, which
/// part of the plan the comment is about (listed from the manuscript), and room for the comment.
public enum OpinionForm {
    public static let volumeID = "opinion-form"

    /// The form for the edition: contact fields, the comment period, and the sections of the volumes
    /// holding the plan's own text (not the summary, which repeats the vision) to tick.
    public static func volume(for document: Document) -> Volume {
        let edition = document.edition
        let location = SourceLocation.start(of: "edition.yaml")
        func block(_ content: BlockContent) -> Block { Block(location: location, content: content) }
        func heading(_ text: String) -> Block { block(.heading(Heading(level: 2, text: [.text(text)]))) }
        let blank: [Inline] = [.lineBreak]

        var blocks: [Block] = [
            block(.paragraph([.text("「\(edition.printedTitle)」について、ご意見をお寄せください。")])),
        ]
        if let call = edition.publicComment {
            blocks.append(block(.paragraph([.strong([.text("募集期間　")]),
                                            .text("\(edition.printedDate(call.from))から\(edition.printedDate(call.to))まで（必着）")])))
            if !call.submitTo.isEmpty {
                blocks.append(block(.paragraph([.strong([.text("提出先・提出方法")])])))
                blocks.append(block(.list(BulletList(items: call.submitTo.map { [.text($0)] }))))
            }
        }
        blocks.append(heading("提出者"))
        blocks.append(block(.table(Table(caption: [.text("提出者の連絡先")], header: [], rows: [
            [[.text("氏名（団体の場合は名称と代表者名）")], blank],
            [[.text("住所（所在地）")], blank],
            [[.text("電話番号")], blank],
            [[.text("メールアドレス")], blank],
            [[.text("区分（該当するものに☑）")],
             [.text("☐ 市内に住んでいる"), .lineBreak, .text("☐ 市内に通勤・通学している"), .lineBreak,
              .text("☐ 市内に事務所・事業所がある"), .lineBreak, .text("☐ その他（計画に利害関係がある）")]],
        ], rowHeaderColumns: 1))))

        blocks.append(heading("ご意見の該当箇所"))
        blocks.append(block(.paragraph([.text("ご意見に関係する箇所すべてに☑を付けてください。")])))
        blocks.append(block(.table(Table(caption: [.text("計画の章・節")], header: [[[.text("☑")], [.text("冊子")], [.text("章・節")]]],
                                         rows: sectionRows(of: document), rowHeaderColumns: 0))))

        blocks.append(heading("ご意見"))
        blocks.append(block(.table(Table(caption: [.text("ご意見の内容")], header: [[[.text("ご意見（理由があれば併せてお書きください）")]]],
                                         rows: [[Array(repeating: Inline.lineBreak, count: 14)]]))))
        blocks.append(block(.list(BulletList(items: [
            [.text("ご記入いただいた個人情報は、ご意見の内容を確認するためだけに使い、公表しません。")],
            [.text("ご意見の概要と市の考え方は、後日まとめて公表します。個別の回答はいたしません。")],
            [.text("書ききれない場合は、別紙（様式は自由）を添えてください。")],
        ]))))
        let title = "「\(edition.printedTitle)」に対する意見提出用紙"
        let section = Section(id: volumeID, title: title, location: location, blocks: blocks)
        return Volume(id: volumeID, title: title, sections: [section], layout: .form)
    }

    /// One row per section of the plan's volumes, and per second-level heading of the first (the plan
    /// itself; the appendix's headings are generated rows such as the glossary's あ行).
    static func sectionRows(of document: Document) -> [[[Inline]]] {
        var rows: [[[Inline]]] = []
        for (index, volume) in document.volumes.enumerated() where volume.holdsOwnText {
            let name = volume.shortTitle ?? volume.title
            for section in volume.sections {
                rows.append([[.text("☐")], [.text(name)], [.text(section.displayTitle)]])
                for block in section.blocks where index == 0 {
                    if case .heading(let heading) = block.content, heading.level == 2 {
                        rows.append([[.text("☐")], [.text(name)], [.text("　" + heading.text.plainText)]])
                    }
                }
            }
        }
        return rows
    }
}
