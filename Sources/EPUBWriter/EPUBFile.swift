import Foundation
import ManuscriptCore

/// One file inside the EPUB's content folder, with its manifest media type.
struct EPUBFile {
    let name: String
    let mediaType: String
    let body: Body
    var properties: String?

    /// Text the book makes, kept as a string until the zip copies it once (a glossary page can be
    /// tens of megabytes); an image is a manuscript file, copied into the book as it is read.
    enum Body {
        case text(String)
        case contents(FileContents)
    }

    init(name: String, mediaType: String, text: String, properties: String? = nil) {
        self.name = name
        self.mediaType = mediaType
        self.body = .text(text)
        self.properties = properties
    }

    init(name: String, mediaType: String, contents: FileContents, properties: String? = nil) {
        self.name = name
        self.mediaType = mediaType
        self.body = .contents(contents)
        self.properties = properties
    }

    /// The manifest id: file names are ASCII ids already, so dots and slashes are all that change.
    var manifestID: String {
        "f-" + String(name.map { $0 == "/" || $0 == "." ? "-" : $0 })
    }
}
