import Foundation
import ManuscriptCore

// STAND-IN for the WebEdition module of wt-web, deleted when that branch is merged: just enough
// pages (one per section, block text, block ids) to build the preview's server side against.
struct WebPageDecoration {
    var head = ""
    var bodyStart = ""
    var markedBlockIDs: Set<String> = []
}

struct WebEditionWriter {
    var decoration = WebPageDecoration()

    func write(_ input: RenderInput, to folder: URL) throws {
        var toc = ""
        for volume in input.document.volumes {
            let volumeFolder = folder.appendingPathComponent(volume.id)
            try FileManager.default.createDirectory(at: volumeFolder, withIntermediateDirectories: true)
            for section in volume.sections {
                toc += "<li><a href=\"\(volume.id)/\(section.id).html\">\(section.displayTitle.xmlEscaped)</a></li>"
                var body = "<h1 id=\"\(section.id)\">\(section.displayTitle.xmlEscaped)</h1>"
                for place in input.document.blockPlaces where place.section.id == section.id && place.volume.id == volume.id {
                    if case .editorNote = place.block.content, !input.showsEditorNotes { continue }
                    let id = place.block.id.map { " id=\"\($0)\"" } ?? ""
                    let mark = place.block.id.map { decoration.markedBlockIDs.contains($0) } == true ? " class=\"finding\"" : ""
                    body += "<div\(id)\(mark)>\(text(place.block.content).xmlEscaped)</div>"
                }
                try page(section.displayTitle, body).write(to: volumeFolder.appendingPathComponent("\(section.id).html"), atomically: false, encoding: .utf8)
            }
        }
        try page(input.document.edition.printedTitle, "<ul>\(toc)</ul>").write(to: folder.appendingPathComponent("index.html"), atomically: false, encoding: .utf8)
    }

    private func text(_ content: BlockContent) -> String {
        switch content {
        case .heading(let heading): return heading.text.plainText
        case .paragraph(let text): return text.plainText
        case .editorNote(let text): return "【編集メモ】" + text.plainText
        case .list(let list): return list.items.map(\.plainText).joined(separator: " / ")
        default: return ""
        }
    }

    private func page(_ title: String, _ body: String) -> String {
        "<!DOCTYPE html>\n<html lang=\"ja\"><head><meta charset=\"utf-8\"/><title>\(title.xmlEscaped)</title>\n\(decoration.head)</head>"
            + "<body>\(decoration.bodyStart)<main>\(body)</main></body></html>\n"
    }
}
