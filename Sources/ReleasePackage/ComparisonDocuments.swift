import Foundation
import ManuscriptCore

/// The 新旧対照表 as a standalone HTML page and as a document volume for the DOCX writer.
extension EditionComparison {
    static let explanation = "変更のある箇所だけを、本文の順に掲げています。変更した部分には下線を引いています。"
    static let pageLabel = "ページ"

    var newLabel: String { "新（\(new.edition.label)）" }
    var oldLabel: String { "旧（\(old.edition.label)）" }
    var title: String { "\(new.edition.title) 新旧対照表" }

    /// 「章番号の変更：第3章（旧第4章） …、…」, when numbers moved.
    var renumberingNote: String? {
        renumbered.isEmpty ? nil : "章・資料の番号の変更：" + renumbered.joined(separator: "、")
    }

    private func heading(of section: ChangedSection) -> String {
        section.title + (section.status.isEmpty ? "" : "（\(section.status)）")
    }

    public var html: String {
        let columns = hasPages ? 3 : 2
        var rows = ""
        for section in sections {
            rows += "<tr><th scope=\"rowgroup\" colspan=\"\(columns)\" class=\"section\">\(heading(of: section).xmlEscaped)</th></tr>\n"
            if section.rows.isEmpty {
                rows += "<tr>\(hasPages ? "<td></td>" : "")<td colspan=\"2\">（番号の変更のみ）</td></tr>\n"
            }
            for row in section.rows {
                let page = hasPages ? "<td class=\"page\">\((row.page ?? "").xmlEscaped)</td>" : ""
                rows += "<tr>\(page)<td>\(Self.html(row.new, context: row.context))</td><td>\(Self.html(row.old, context: row.context, deleted: true))</td></tr>\n"
            }
        }
        if sections.isEmpty { rows = "<tr><td colspan=\"\(columns)\">変更はありません。</td></tr>\n" }
        let pageHeader = hasPages ? "<th scope=\"col\" class=\"page\">\(Self.pageLabel)</th>" : ""
        let pageColumn = hasPages ? "<col class=\"page\"/>" : ""
        let note = renumberingNote.map { "<p>\($0.xmlEscaped)</p>\n" } ?? ""
        return """
            <!DOCTYPE html>
            <html lang="\(new.edition.language.xmlEscaped)">
            <head>
            <meta charset="utf-8"/>
            <title>\(title.xmlEscaped)</title>
            <style>
            @page { size: A4 landscape; margin: 15mm; }
            body { font-family: sans-serif; line-height: 1.7; margin: 2em; }
            table { border-collapse: collapse; width: 100%; table-layout: fixed; }
            col.page { width: 6em; } col.side { width: auto; }
            caption { text-align: left; font-weight: bold; padding-bottom: 0.5em; }
            th, td { border: 1px solid #555; padding: 0.4em 0.6em; vertical-align: top; }
            td.page, th.page { text-align: center; }
            thead th { background: #dde6f2; }
            thead { display: table-header-group; }
            tr { break-inside: avoid; }
            th.section { background: #f2f5f9; text-align: left; }
            .context { display: block; font-weight: bold; font-size: 0.9em; }
            ins, del { text-decoration: underline; text-decoration-thickness: 2px; text-underline-offset: 3px; }
            ins { background: #e6f4ea; } del { background: #fdecea; }
            </style>
            </head>
            <body>
            <h1>\(title.xmlEscaped)</h1>
            <p>\(Self.explanation)</p>
            \(note)<table>
            <caption>\(title.xmlEscaped)</caption>
            <colgroup>\(pageColumn)<col class="side"/><col class="side"/></colgroup>
            <thead><tr>\(pageHeader)<th scope="col">\(newLabel.xmlEscaped)</th><th scope="col">\(oldLabel.xmlEscaped)</th></tr></thead>
            <tbody>
            \(rows)</tbody>
            </table>
            </body>
            </html>

            """
    }

    /// In the old column changed text is deleted text; both are underlined, as 新旧対照表 do.
    private static func html(_ inlines: [Inline], context: String?, deleted: Bool = false) -> String {
        guard !inlines.isEmpty else { return "" }
        let label = context.map { "<span class=\"context\">【\($0.xmlEscaped)】</span>" } ?? ""
        return label + html(inlines, deleted: deleted)
    }

    private static func html(_ inlines: [Inline], deleted: Bool) -> String {
        inlines.map { inline -> String in
            switch inline {
            case .changed(let content): return deleted ? "<del>\(html(content, deleted: deleted))</del>" : "<ins>\(html(content, deleted: deleted))</ins>"
            default: return inline.plainText.xmlEscaped
            }
        }.joined()
    }

    /// One table per changed section, captioned with the section's title, for the DOCX writer.
    public var volume: Volume {
        let location = SourceLocation.start(of: "edition.yaml")
        var blocks = [Block(location: location, content: .paragraph([.text(Self.explanation)]))]
        if let renumberingNote { blocks.append(Block(location: location, content: .paragraph([.text(renumberingNote)]))) }
        let header: [[Inline]] = (hasPages ? [[.text(Self.pageLabel)]] : []) + [[.text(newLabel)], [.text(oldLabel)]]
        for section in sections {
            func cell(_ inlines: [Inline], _ context: String?) -> [Inline] {
                guard let context, !inlines.isEmpty else { return inlines }
                return [.strong([.text("【\(context)】")]), .lineBreak] + inlines
            }
            var rows = section.rows.map { row in
                (hasPages ? [[.text(row.page ?? "")]] : []) + [cell(row.new, row.context), cell(row.old, row.context)]
            }
            if rows.isEmpty { rows = [(hasPages ? [[]] : []) + [[.text("（番号の変更のみ）")], []]] }
            // 新 and 旧 equal, whatever their content; a narrow page column before them.
            blocks.append(Block(location: location, content: .table(Table(
                caption: [.text(heading(of: section))], header: [header], rows: rows,
                columnShares: hasPages ? [0.07, 0.465, 0.465] : [0.5, 0.5]))))
        }
        if sections.isEmpty { blocks.append(Block(location: location, content: .paragraph([.text("変更はありません。")]))) }
        return Volume(id: "comparison", title: title, sections: [Section(id: "comparison", title: title, location: location, blocks: blocks)],
                      layout: .form, orientation: .landscape)
    }
}
