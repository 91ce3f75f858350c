/// What `assemble build` writes: which formats, under which base name.
public struct OutputSettings: Sendable, Equatable {
    public enum Format: String, Sendable, CaseIterable {
        case epub
        case docx
    }

    /// Output files are named `<basename>-<volume>.<format>`.
    public var basename: String
    public var formats: [Format]

    public init(basename: String, formats: [Format]) {
        self.basename = basename
        self.formats = formats
    }

    public func fileName(volume: String, format: Format) -> String {
        "\(basename)-\(volume).\(format.rawValue)"
    }
}
