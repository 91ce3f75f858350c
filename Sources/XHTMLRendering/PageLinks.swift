import ManuscriptCore

/// How rendered pages name each other and what markup their format allows: what differs between the
/// EPUB's content files and the web edition's pages, which share ``XHTMLRenderer``.
public struct PageLinks {
    /// The extension of a section's page: `xhtml` in the EPUB, `html` on the web.
    public var pageExtension: String
    /// Whether to write `epub:type` semantics (EPUB only; HTML has no `epub:` namespace).
    public var epubTypes: Bool
    /// The address of a target in another volume, if it can be linked (otherwise the reference prints as text).
    public var otherVolume: (ResolvedTarget) -> String?
    /// Whether glossary terms show their definition beside the link (on hover and focus, without scripts).
    public var definitionTips: Bool
    /// Whether an image without alt text is written without `alt` (the web edition: checkers and
    /// screen readers then see that it is missing) rather than with `alt=""`, which calls it
    /// decorative (the EPUB, where epubcheck requires the attribute).
    public var leavesOutBlankAlt: Bool
    /// Extra markup around a block, such as the preview's finding marks: the opening and closing tags, or nil.
    public var blockWrapper: (Block) -> (open: String, close: String)?

    public init(pageExtension: String, epubTypes: Bool, otherVolume: @escaping (ResolvedTarget) -> String?,
                definitionTips: Bool = false, leavesOutBlankAlt: Bool = false, blockWrapper: @escaping (Block) -> (open: String, close: String)? = { _ in nil }) {
        self.pageExtension = pageExtension
        self.epubTypes = epubTypes
        self.otherVolume = otherVolume
        self.definitionTips = definitionTips
        self.leavesOutBlankAlt = leavesOutBlankAlt
        self.blockWrapper = blockWrapper
    }

    /// A section's page file name.
    public func page(of section: String) -> String { "\(section).\(pageExtension)" }
}
