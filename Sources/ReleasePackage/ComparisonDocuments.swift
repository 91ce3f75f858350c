import Foundation
import ManuscriptCore

/// The 新旧対照表 as a standalone HTML page and as a document volume for the DOCX writer.
extension EditionComparison {
    static let explanation = "変更のある箇所だけを掲げています。変更した部分には下線を引いています。"

    var newLabel: String { "新（\(new.edition.label)）" }
    var oldLabel: String { "旧（\(old.edition.label)）" }
    var title: String { "\(new.edition.title) 新旧対照表" }

    public var html: String {
        var rows = ""
        for section in sections {
            let status = section.status.isEmpty ? "" : "（\(section.status)）"
            rows += "<tr><th scope=\"rowgroup\" colspan=\"2\" class=\"section\">\((section.title + status).xmlEscaped)</th></tr>\n"
            for row in section.rows {
                rows += "<tr><td>\(Self.html(row.new))</td><td>\(Self.html(row.old, deleted: true))</td></tr>\n"
            }
        }
        if sections.isEmpty { rows = "<tr><td colspan=\"2\">変更はありません。</td></tr>\n" }
        return """
            <!DOCTYPE html>
            <html lang="\(new.edition.language.xmlEscaped)">
            <head>
            <meta charset="utf-8"/>
            <title>\(title.xmlEscaped)</title>
            <style>
            body { font-family: sans-serif; line-height: 1.7; margin: 2em; }
            table { border-collapse: collapse; width: 100%; table-layout: fixed; }
            caption { text-align: left; font-weight: bold; padding-bottom: 0.5em; }
            th, td { border: 1px solid #555; padding: 0.4em 0.6em; vertical-align: top; }
            thead th { background: #dde6f2; }
            th.section { background: #f2f5f9; text-align: left; }
            ins, del { text-decoration: underline; text-decoration-thickness: 2px; text-underline-offset: 3px; }
            ins { background: #e6f4ea; } del { background: #fdecea; }
            </style>
            </head>
            <body>
            <h1>\(title.xmlEscaped)</h1>
            <p>\(Self.explanation)</p>
            <table>
            <caption>\(title.xmlEscaped)</caption>
            <thead><tr><th scope="col">\(newLabel.xmlEscaped)</th><th scope="col">\(oldLabel.xmlEscaped)</th></tr></thead>
            <tbody>
            \(rows)</tbody>
            </table>
            </body>
            </html>

            """
    }

    /// In the old column changed text is deleted text; both are underlined, as 新旧対照表 do.
    private static func html(_ inlines: [Inline], deleted: Bool = false) -> String {
        inlines.map { inline -> String in
            switch inline {
            case .changed(let content): return deleted ? "<del>\(html(content))</del>" : "<ins>\(html(content))</ins>"
            default: return inline.plainText.xmlEscaped
            }
        }.joined()
    }

    /// One section holding a table per changed section, for the DOCX writer.
    public var volume: Volume {
        let location = SourceLocation.start(of: "edition.yaml")
        var blocks = [Block(location: location, content: .paragraph([.text(Self.explanation)]))]
        for section in sections {
            let status = section.status.isEmpty ? "" : "（\(section.status)）"
            blocks.append(Block(location: location, content: .heading(Heading(level: 2, text: [.text(section.title + status)]))))
            blocks.append(Block(location: location, content: .table(Table(
                caption: [.text(section.title)], header: [[[.text(newLabel)], [.text(oldLabel)]]],
                rows: section.rows.map { [$0.new, $0.old] }))))
        }
        if sections.isEmpty { blocks.append(Block(location: location, content: .paragraph([.text("変更はありません。")]))) }
        return Volume(id: "comparison", title: title, sections: [Section(id: "comparison", title: title, location: location, blocks: blocks)],
                      layout: .form)
    }
}
