/// Which occurrences of a term are linked.
enum LinkScope: String, CaseIterable {
    /// The first in each section, i.e. under each heading (the default).
    case firstPerSection = "first-per-section"
    /// The first in each chapter (section file).
    case firstPerChapter = "first-per-chapter"
    case firstPerVolume = "first-per-volume"
    case all
}
