/// The images a volume uses, each given an ASCII file name inside the EPUB.
struct ImageCatalog {
    struct Entry {
        let source: String
        let name: String
        let mediaType: String
    }

    private(set) var entries: [Entry] = []

    /// The in-book file name for an image, adding it on first use.
    mutating func name(for figure: ManuscriptFigure) -> String {
        if let entry = entries.first(where: { $0.source == figure.source }) { return entry.name }
        let ext = figure.mediaType == "image/png" ? "png" : "jpg"
        let name = "images/image-\(entries.count + 1).\(ext)"
        entries.append(Entry(source: figure.source, name: name, mediaType: figure.mediaType))
        return name
    }
}
