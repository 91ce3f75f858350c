import Foundation
import ManuscriptCore

/// Finds placeholder marks in a block's printed text, each at its line and column.
struct PlaceholderScanner {
    struct Match {
        let placeholder: String
        let location: SourceLocation
    }

    let placeholders: [String]

    /// The placeholders in a plain string, for texts without source anchors (titles).
    func placeholders(in text: String) -> [String] {
        placeholders.filter { text.range(of: $0, options: Self.comparison) != nil }
    }

    /// Every placeholder in the text a reader of a release sees: editor notes are left out, since
    /// they are not printed there.
    func matches(in block: Block) -> [Match] {
        if case .editorNote = block.content { return [] }
        var runs = LocatedRuns(fallback: block.location)
        for inlines in block.content.inlineRuns { runs.collect(inlines) }
        var found: [Match] = []
        switch block.content {
        case .figure(let figure): runs.add(figure.alt, at: block.location)
        case .chart(let chart): runs.add(chart.description, at: block.location)
        case .callout(let callout): runs.add(callout.title, at: block.location)
        case .metrics(let set):
            for metric in set.metrics {
                for text in [metric.name, metric.measures, metric.baseline.value, metric.target.value] {
                    runs.add(text ?? "", at: block.location)
                }
            }
        default: break
        }
        for run in runs.runs {
            for placeholder in placeholders {
                var searchStart = run.text.startIndex
                while let range = run.text.range(of: placeholder, options: Self.comparison, range: searchStart..<run.text.endIndex) {
                    let offset = run.text.unicodeScalars.distance(from: run.text.startIndex, to: range.lowerBound)
                    var location = run.location
                    if run.isAnchored { location.column += offset }
                    found.append(Match(placeholder: placeholder, location: location))
                    searchStart = range.upperBound
                }
            }
        }
        return found
    }

    /// 「ＴＯＤＯ」 and 「todo」 are the same mark as 「TODO」.
    static let comparison: String.CompareOptions = [.caseInsensitive, .widthInsensitive]
}

/// Runs of text with the place each starts.
private struct LocatedRuns {
    struct Run {
        let text: String
        let location: SourceLocation
        /// Whether `location` is the text's own start (so columns can be added), not the block's.
        let isAnchored: Bool
    }

    let fallback: SourceLocation
    private(set) var runs: [Run] = []

    init(fallback: SourceLocation) { self.fallback = fallback }

    mutating func add(_ text: String, at location: SourceLocation) {
        runs.append(Run(text: text, location: location, isAnchored: false))
    }

    mutating func collect(_ inlines: [Inline]) {
        inlines.forEachPrintedPiece { piece in
            switch piece {
            case .text(let text, let location, let isExact):
                runs.append(Run(text: text, location: location ?? fallback, isAnchored: isExact))
            case .image(let image, let location):
                runs.append(Run(text: image.alt, location: location ?? fallback, isAnchored: false))
            case .lineBreak:
                break
            }
        }
    }
}
