import Foundation

/// One file inside the EPUB's content folder, with its manifest media type.
struct EPUBFile {
    let name: String
    let mediaType: String
    let data: Data
    var properties: String?

    init(name: String, mediaType: String, text: String, properties: String? = nil) {
        self.init(name: name, mediaType: mediaType, data: Data(text.utf8), properties: properties)
    }

    init(name: String, mediaType: String, data: Data, properties: String? = nil) {
        self.name = name
        self.mediaType = mediaType
        self.data = data
        self.properties = properties
    }

    /// The manifest id: file names are ASCII ids already, so dots and slashes are all that change.
    var manifestID: String {
        "f-" + name.replacingOccurrences(of: "/", with: "-").replacingOccurrences(of: ".", with: "-")
    }
}
