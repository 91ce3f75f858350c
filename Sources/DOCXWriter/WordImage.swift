/// An image placed in the document, with its relationship id and file name under word/media.
struct WordImage {
    let source: String
    let relationshipID: String
    let fileName: String
    let contentType: String
}
