/// What `assemble build` writes: which formats, under which base name.
public struct OutputSettings: Sendable, Equatable {
    public enum Format: String, Sendable, CaseIterable {
        case epub
        case docx
        /// Made from the DOCX by LibreOffice, when it is installed.
        case pdf
        /// The web edition: a folder of HTML pages per volume (``siteFolder(volume:)``).
        case html

        /// What an edition without `formats` gets: the web edition only when asked for.
        public static let defaults: [Format] = [.epub, .docx, .pdf]
    }

    /// Output files are named `<basename>-<volume>.<format>`.
    public var basename: String
    public var formats: [Format]
    /// Where the files will be published (ending in `/`), so an EPUB can link to the other volume.
    public var baseURL: String?

    public init(basename: String, formats: [Format], baseURL: String? = nil) {
        self.basename = basename
        self.formats = formats
        self.baseURL = baseURL
    }

    public func fileName(volume: String, format: Format) -> String {
        "\(basename)-\(volume).\(format.rawValue)"
    }

    /// The folder of a volume's web edition, `<basename>-<volume>-html`.
    public func siteFolder(volume: String) -> String {
        "\(basename)-\(volume)-html"
    }
}
