import ArgumentParser

/// The counting units of the character-limits stage, as `--compare-unit` takes them; listed here so the
/// command line rejects a misspelt unit before anything runs.
enum ComparisonUnit: String, ExpressibleByArgument, CaseIterable {
    case characters
    case fullwidthEquivalent = "fullwidth-equivalent"
    case manuscriptSheets = "manuscript-sheets"
    case pages
}
