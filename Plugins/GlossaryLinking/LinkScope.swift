/// Which occurrences of a term are linked.
enum LinkScope: String, CaseIterable {
    /// The first in each section, i.e. under each heading.
    case firstPerSection = "first-per-section"
    /// The first in each chapter (section file), the default: a reader meets each footnote once a chapter.
    case firstPerChapter = "first-per-chapter"
    case firstPerVolume = "first-per-volume"
    case all
}
