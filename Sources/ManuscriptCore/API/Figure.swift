/// An image with mandatory alternative text and an optional caption.
public struct Figure: Codable, Hashable, Sendable {
    /// The image path, relative to the manuscript folder.
    public var source: String
    public var alt: String
    public var caption: [Inline]
    /// Pixel size read from the image header, used for layout.
    public var pixelWidth: Int
    public var pixelHeight: Int

    public init(source: String, alt: String, caption: [Inline], pixelWidth: Int, pixelHeight: Int) {
        self.source = source
        self.alt = alt
        self.caption = caption
        self.pixelWidth = pixelWidth
        self.pixelHeight = pixelHeight
    }

    /// The media type, from the file extension the loader accepted.
    public var mediaType: String {
        source.lowercased().hasSuffix(".png") ? "image/png" : "image/jpeg"
    }
}
