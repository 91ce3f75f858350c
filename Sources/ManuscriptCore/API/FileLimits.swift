/// The largest figure and attachment a build accepts, set by `file-limits` in edition.yaml.
///
/// Figures are embedded in every EPUB and DOCX (and go through LibreOffice for the PDF); attachments
/// are only copied, as they are read, into `appendix-files/` and the release package, so they may be
/// larger.
public struct FileLimits: Sendable, Equatable {
    public var figureBytes: Int
    public var attachmentBytes: Int

    public init(figureBytes: Int = FileLimits.standard.figureBytes, attachmentBytes: Int = FileLimits.standard.attachmentBytes) {
        self.figureBytes = figureBytes
        self.attachmentBytes = attachmentBytes
    }

    private init(defaultFigure: Int, attachment: Int) {
        figureBytes = defaultFigure
        attachmentBytes = attachment
    }

    public static let standard = FileLimits(defaultFigure: 64 << 20, attachment: 256 << 20)
    /// The most either setting may say: far beyond a plan's files, and within what a zip entry holds.
    public static let highestSetting = 64 << 30
}
