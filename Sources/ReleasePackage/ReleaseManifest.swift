import Crypto
import Foundation
import ManuscriptCore

/// What the release package holds: the edition, its date, and each file's size and SHA-256, as
/// `manifest.json` for people and programs and `SHA256SUMS` for `sha256sum -c`.
struct ReleaseManifest: Encodable {
    struct File: Encodable {
        let path: String
        let bytes: Int
        let sha256: String
    }

    let title: String
    let label: String
    let status: String
    let publisher: String
    let editionDate: String
    /// The title and dates as the volumes print them (「…（案）」, 和暦 by default), for people.
    let printedTitle: String
    let printedDate: String
    let printedCommentPeriod: String?
    /// The build date (`SOURCE_DATE_EPOCH` or the edition date), the one time stamped into the files.
    let built: String
    let commentPeriod: PublicCommentCall?
    /// Whether PDFs are included, and why not when they are not.
    let pdf: String
    let files: [File]

    init(edition: Edition, date: BuildDate, pdfNote: String, files: [(path: String, contents: FileContents)]) throws {
        title = edition.title
        label = edition.label
        status = edition.status.rawValue
        publisher = edition.publisher
        editionDate = edition.date
        printedTitle = edition.printedTitle
        printedDate = edition.printedDate(edition.date)
        built = date.iso8601
        commentPeriod = edition.status == .publicComment ? edition.publicComment : nil
        printedCommentPeriod = commentPeriod.map { "\(edition.printedDate($0.from))から\(edition.printedDate($0.to))まで" }
        pdf = pdfNote
        self.files = try files.map { File(path: $0.path, bytes: $0.contents.byteCount, sha256: try Self.sha256($0.contents)) }
    }

    /// Hashed a piece at a time: an attachment is never read whole.
    static func sha256(_ contents: FileContents) throws -> String {
        var hash = SHA256()
        try contents.forEachChunk { hash.update(data: $0) }
        return hex(hash.finalize())
    }

    private static func hex(_ digest: SHA256.Digest) -> String { NumberText.hex(digest) }

    var json: Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return ((try? encoder.encode(self)) ?? Data()) + Data("\n".utf8)
    }

    /// `sha256sum` lines for the files and for manifest.json itself.
    func checksums(manifest: Data) -> Data {
        let lines = files.map { "\($0.sha256)  \($0.path)\n" } + ["\(Self.hex(SHA256.hash(data: manifest)))  manifest.json\n"]
        return Data(lines.joined().utf8)
    }
}
