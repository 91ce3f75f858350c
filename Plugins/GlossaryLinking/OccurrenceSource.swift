/// Where the linker takes the terms standing in each run of text from: found as it goes, found and
/// kept (one section's pass ahead of linking), or kept earlier and taken in the same order.
enum OccurrenceSource {
    case finding
    case collecting([FoundTerms])
    case replaying(ArraySlice<FoundTerms>)
}

/// The terms standing in one run of text, longest first, at positions its ``FoldedRun`` counts.
struct FoundTerms: Sendable {
    let matches: [TermAutomaton.Match]
    let countsScalars: Bool
}
