/// How a volume is laid out in print.
public enum VolumeLayout: String, Codable, Sendable {
    /// A book: title page, table of contents, each section on a new page.
    case book
    /// A sheet to fill in: no title page or contents.
    case form
}
