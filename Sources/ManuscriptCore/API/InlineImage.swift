/// A small image set in running text or a table cell, such as a QR code. Stages generate these;
/// the manuscript's own pictures are ``Figure`` blocks.
public struct InlineImage: Codable, Hashable, Sendable {
    /// The image path: a manuscript file, or an image a stage generated (``StageContext/addGeneratedImage(_:as:)``).
    public var source: String
    public var alt: String
    /// The printed width in millimetres; the height follows the pixel aspect ratio.
    public var widthMillimetres: Double
    public var pixelWidth: Int
    public var pixelHeight: Int

    public init(source: String, alt: String, widthMillimetres: Double, pixelWidth: Int, pixelHeight: Int) {
        self.source = source
        self.alt = alt
        self.widthMillimetres = widthMillimetres
        self.pixelWidth = pixelWidth
        self.pixelHeight = pixelHeight
    }

    /// The printed height in millimetres.
    public var heightMillimetres: Double {
        widthMillimetres * Double(pixelHeight) / Double(max(pixelWidth, 1))
    }

    public var mediaType: String {
        source.lowercased().hasSuffix(".png") ? "image/png" : "image/jpeg"
    }
}
