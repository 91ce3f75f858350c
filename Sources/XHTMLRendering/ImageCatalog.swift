/// The images a volume uses, each given an ASCII file name inside the EPUB or the web edition's folder.
public struct ImageCatalog {
    public struct Entry {
        public let source: String
        public let name: String
        public let mediaType: String
    }

    public private(set) var entries: [Entry] = []

    public init() {}

    /// The in-book file name for an image, adding it on first use.
    public mutating func name(for source: String, mediaType: String) -> String {
        if let entry = entries.first(where: { $0.source == source }) { return entry.name }
        let ext = mediaType == "image/png" ? "png" : "jpg"
        let name = "images/image-\(entries.count + 1).\(ext)"
        entries.append(Entry(source: source, name: name, mediaType: mediaType))
        return name
    }
}
