/// How a volume is laid out in print.
public enum VolumeLayout: String, Codable, Sendable {
    /// A book: title page, table of contents, each section on a new page.
    case book
    /// A short booklet such as the 概要版: title page, then the chapters running on without page breaks
    /// or a contents page.
    case booklet
    /// A sheet to fill in: no title page or contents.
    case form
}
