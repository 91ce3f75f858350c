import Foundation
import ManuscriptCore

/// One file of a volume's web folder; an image of the manuscript is copied as it is read.
struct WebFile {
    let name: String
    let contents: FileContents

    init(name: String, text: String) {
        self.init(name: name, contents: .bytes(Data(text.utf8)))
    }

    init(name: String, contents: FileContents) {
        self.name = name
        self.contents = contents
    }
}
