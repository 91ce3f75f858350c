import ManuscriptCore

/// Keeps unfinished text out of public editions: placeholders left in the text and images without
/// alternative text. Drafts get warnings, so editors see what is left; public-comment and final
/// editions fail.
public struct ReleaseChecksStage: Stage {
    /// Marks editors leave for text still to be settled.
    public static let defaultPlaceholders = ["●●", "○○", "要検討", "TODO"]

    public static let description = StageDescription(
        identifier: "release-checks",
        name: "Release Checks",
        summary: "Fails a public-comment or final edition that still has placeholders (●●, 要検討, TODO) or images without alt text, and warns about them in drafts",
        options: [
            StageOptionDescription(name: "placeholders", summary: "The marks of unfinished text, as a list; matched ignoring case and full/half width",
                                   defaultValue: defaultPlaceholders.joined(separator: ", ")),
        ],
        examples: ReleaseChecksExamples.all,
        alwaysRuns: true,
        readsOnly: true)

    let placeholders: [String]

    public init(options: StageOptions) throws {
        placeholders = try options.strings("placeholders", default: Self.defaultPlaceholders)
    }

    public func run(_ context: inout StageContext) throws {
        let release = context.document.edition.status.isRelease
        let severity: Severity = release ? .error : .warning
        let why = release ? "a \(context.document.edition.status.rawValue) edition cannot be published with it" : "replace it before the release"
        let scanner = PlaceholderScanner(placeholders: placeholders)
        // Sections are scanned side by side and reported in order, so the findings never depend on timing.
        let sections = context.document.volumes.flatMap { volume in volume.sections.map { (volume: volume, section: $0) } }
        let found = ConcurrentWork.map(sections) { volume, section in
            section.blockPlaces(in: volume).flatMap { place in
                scanner.matches(in: place.block).map { ("placeholder '\($0.placeholder)' left in the text; \(why)", $0.location) }
                    + ImageSurvey.imagesWithoutAlt(in: place.block).map {
                        ("image '\($0)' has no alt text; describe what it shows for readers who cannot see it", place.block.location)
                    }
            }
        }
        for (message, location) in found.joined() { context.report(severity, message, at: location) }
        let edition = context.document.edition
        for (field, name, text) in Self.printedFields(of: context.document) {
            guard let location = edition.fieldLocations?[field] else { continue }
            for placeholder in scanner.placeholders(in: text) {
                context.report(severity, "placeholder '\(placeholder)' left in \(name); \(why)", at: location)
            }
        }
        for volume in context.document.volumes {
            for section in volume.sections {
                for placeholder in scanner.placeholders(in: section.title) {
                    context.report(severity, "placeholder '\(placeholder)' left in the section title; \(why)", at: section.location)
                }
            }
        }
    }

    /// The fields of edition.yaml that are printed (title pages, the volumes' names in references,
    /// the opinion form's where-to-send lines), by their key in ``Edition/fieldLocations``.
    static func printedFields(of document: Document) -> [(field: String, name: String, text: String)] {
        let edition = document.edition
        var fields: [(String, String, String?)] = [
            ("title", "the edition's title", edition.title), ("subtitle", "the edition's subtitle", edition.subtitle),
            ("label", "the edition's label", edition.label), ("publisher", "the edition's publisher", edition.publisher),
        ]
        for volume in document.volumes {
            fields += [("volumes.\(volume.id).title", "the title of volume '\(volume.id)'", volume.title),
                       ("volumes.\(volume.id).short-title", "the short-title of volume '\(volume.id)'", volume.shortTitle)]
        }
        for (index, line) in (edition.publicComment?.submitTo ?? []).enumerated() {
            fields.append(("public-comment.submit-to.\(index)", "public-comment's submit-to (printed on the opinion form)", line))
        }
        return fields.compactMap { field, name, text in text.map { (field, name, $0) } }
    }
}
