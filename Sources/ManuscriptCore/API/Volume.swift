/// A separately published book of the plan, such as the vision itself or its 資料編(別冊).
public struct Volume: Codable, Hashable, Sendable {
    /// `vision` or `appendix` in the sample; used in output file names.
    public var id: String
    public var title: String
    /// How references from the other volume name this one, e.g. 「資料編」.
    public var shortTitle: String?
    public var sections: [Section]
    /// Nil for a book (title page, contents); `form` for a sheet to fill in, such as the opinion form.
    public var layout: VolumeLayout?
    /// Nil for portrait.
    public var orientation: PageOrientation?

    public init(id: String, title: String, shortTitle: String? = nil, sections: [Section], layout: VolumeLayout? = nil,
                orientation: PageOrientation? = nil) {
        self.id = id
        self.title = title
        self.shortTitle = shortTitle
        self.sections = sections
        self.layout = layout
        self.orientation = orientation
    }
}

extension Volume {
    /// The id of the summary edition (概要版), which the `summary` stage builds and limits can name.
    public static let summaryID = "summary"

    /// Whether the volume holds the plan's own text: not the summary, which repeats it, nor a form.
    public var holdsOwnText: Bool { id != Volume.summaryID && layout != .form }
}
