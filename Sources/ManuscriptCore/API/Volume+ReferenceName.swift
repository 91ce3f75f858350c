extension Volume {
    /// Short names of the usual volumes, used when edition.yaml gives no `short-title`.
    public static let defaultShortTitles = ["vision": "本編", "appendix": "資料編"]

    /// How references from another volume name this one: its `short-title`, else 本編 for the vision
    /// and 資料編 for the appendix, else its title.
    public var referenceName: String { shortTitle ?? Self.defaultShortTitles[id] ?? title }
}
