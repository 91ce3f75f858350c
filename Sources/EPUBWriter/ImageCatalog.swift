/// The images a volume uses, each given an ASCII file name inside the EPUB.
struct ImageCatalog {
    struct Entry {
        let source: String
        let name: String
        let mediaType: String
    }

    private(set) var entries: [Entry] = []

    /// The in-book file name for an image, adding it on first use.
    mutating func name(for source: String, mediaType: String) -> String {
        if let entry = entries.first(where: { $0.source == source }) { return entry.name }
        let ext = mediaType == "image/png" ? "png" : "jpg"
        let name = "images/image-\(entries.count + 1).\(ext)"
        entries.append(Entry(source: source, name: name, mediaType: mediaType))
        return name
    }
}
