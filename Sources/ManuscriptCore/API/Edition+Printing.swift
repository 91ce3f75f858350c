extension EditionStatus {
    /// Drafts and public-comment editions are proposals: their printed title carries （案）.
    public var carriesDraftMark: Bool { self != .final }
}

extension Edition {
    /// The mark a proposal's printed title ends with: 「（案）」, or nothing for the final edition.
    public var draftMark: String { status.carriesDraftMark ? "（案）" : "" }

    /// The title as the cover, the metadata and the release package print it: 「…ビジョン（案）」.
    public var printedTitle: String { title + draftMark }

    /// A volume's title as printed: the mark goes after the volume's own title.
    public func printedTitle(of volume: Volume) -> String { volume.title + draftMark }

    /// A `YYYY-MM-DD` date in the edition's style (和暦 unless `date-style` says otherwise).
    public func printedDate(_ date: String) -> String { JapaneseDate.format(date, style: dateStyle ?? .wareki) }
}
