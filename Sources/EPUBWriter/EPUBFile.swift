import Foundation
import ManuscriptCore

/// One file inside the EPUB's content folder, with its manifest media type.
struct EPUBFile {
    let name: String
    let mediaType: String
    /// An image is a manuscript file, copied into the book as it is read.
    let contents: FileContents
    var properties: String?

    init(name: String, mediaType: String, text: String, properties: String? = nil) {
        self.init(name: name, mediaType: mediaType, contents: .bytes(Data(text.utf8)), properties: properties)
    }

    init(name: String, mediaType: String, contents: FileContents, properties: String? = nil) {
        self.name = name
        self.mediaType = mediaType
        self.contents = contents
        self.properties = properties
    }

    /// The manifest id: file names are ASCII ids already, so dots and slashes are all that change.
    var manifestID: String {
        "f-" + name.replacingOccurrences(of: "/", with: "-").replacingOccurrences(of: ".", with: "-")
    }
}
