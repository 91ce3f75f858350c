/// The ids a valid document claims, as its validation found them: the pipeline takes the ids a
/// failed stage lost from two validations instead of walking the document again before every stage.
struct ClaimedIDs {
    /// Every claimed id (sections, blocks at any depth, footnotes), where it was first claimed.
    var locations: [String: SourceLocation] = [:]
    /// The footnotes' among them; a footnote's id is not one a stage withdraws.
    var footnotes: Set<String> = []

    /// The ids of sections and blocks, callouts' included.
    var sectionsAndBlocks: Set<String> {
        Set(locations.keys.lazy.filter { !footnotes.contains($0) })
    }
}
