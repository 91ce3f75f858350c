/// Which way a volume's pages are printed.
public enum PageOrientation: String, Codable, Sendable {
    case portrait
    /// A4 landscape, as a 新旧対照表 is usually printed: its two columns side by side.
    case landscape
}
