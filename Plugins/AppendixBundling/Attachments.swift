import Foundation
import ManuscriptCore

/// `attachments`: files an appendix item comes with (CSV data, PDF reports, images), copied beside
/// the volumes into `appendix-files/` and listed where the block stands. They are checked against
/// `file-limits.attachment` and copied as they are read, never held whole in memory.
///
/// ```yaml
/// - attachments:
///     - {file: data/survey-results.csv, title: アンケート調査の集計表}
/// ```
enum Attachments {
    static let folder = "appendix-files"
    static let allowed = ["csv", "pdf", "png", "jpg", "jpeg"]

    static func blocks(_ node: YAMLNode, id: String?, at location: SourceLocation, context: inout StageContext) throws -> [Block] {
        var items: [[Inline]] = []
        for entry in try node.sequence("attachments") {
            let attachment = try entry.mapping("an attachment")
            try attachment.rejectUnknownKeys(allowed: ["file", "title"])
            let fileNode = try attachment.required("file")
            let path = try fileNode.string("file")
            let name = URL(fileURLWithPath: path).lastPathComponent
            let ext = (name as NSString).pathExtension.lowercased()
            guard allowed.contains(ext) else {
                throw AssemblyError("attachment '\(path)' must be one of: \(allowed.joined(separator: ", "))", at: fileNode.location)
            }
            let file = try context.attachment(path, at: fileNode.location)
            try check(file, kind: ext, at: fileNode.location)
            let target = "\(folder)/\(name)"
            if context.artifacts.contains(where: { $0.path == target }) {
                throw AssemblyError("another attachment is already named '\(name)'", at: fileNode.location)
            }
            context.addArtifact(Artifact(path: target, contents: file.contents))
            let titleNode = try attachment.required("title")
            // What a reader of the printed page can use: the kind of file, its size and its name.
            items.append([.strong(ItemTable.cell(try titleNode.string("title"), from: titleNode)),
                          .text("（\(ext.uppercased())形式、\(size(file.byteCount))、ファイル名 \(name)）")])
        }
        return [
            Block(id: id, location: location, content: .paragraph([.text("この資料には、次のファイルを添付しています。電子版とあわせて公開します。")])),
            // File names and sizes are not sentences to hold to the sentence limit.
            Block(location: location, options: ["sentence-check": "false"], content: .list(BulletList(items: items))),
        ]
    }

    /// The file must be what its name says, so a broken or mislabelled file is caught here, not by a reader.
    private static func check(_ file: ManuscriptFile, kind: String, at location: SourceLocation) throws {
        let ok: Bool = switch kind {
        case "pdf": try file.head(5).starts(with: Array("%PDF-".utf8))
        case "png": try file.head(4).starts(with: [0x89, 0x50, 0x4E, 0x47])
        case "jpg", "jpeg": try file.head(2).starts(with: [0xFF, 0xD8])
        default: try file.isUTF8Text()
        }
        guard ok else { throw AssemblyError("'\(file.path)' is not a valid \(kind.uppercased()) file", at: location) }
    }

    private static func size(_ bytes: Int) -> String {
        bytes < 1024 ? "\(bytes)バイト" : bytes < 1024 * 1024 ? "\((bytes + 1023) / 1024)KB" : NumberText.fixed(Double(bytes) / 1_048_576, decimals: 1) + "MB"
    }
}
