/// The ids a valid document claims, as its validation found them: the pipeline takes the ids a
/// failed stage lost from two validations instead of walking the document again before every stage.
struct ClaimedIDs {
    struct Claim {
        /// Where the id was first claimed.
        let location: SourceLocation
        /// A footnote's id is not one a stage withdraws.
        let isFootnote: Bool
    }

    /// Every claimed id: sections, blocks at any depth, footnotes.
    var claims: [String: Claim] = [:]

    /// The ids of sections and blocks, callouts' included.
    var sectionsAndBlocks: Set<String> {
        Set(claims.lazy.filter { !$0.value.isFootnote }.map(\.key))
    }
}
