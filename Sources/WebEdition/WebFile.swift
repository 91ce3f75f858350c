import Foundation

/// One file of a volume's web folder.
struct WebFile {
    let name: String
    let data: Data

    init(name: String, text: String) {
        self.init(name: name, data: Data(text.utf8))
    }

    init(name: String, data: Data) {
        self.name = name
        self.data = data
    }
}
