import Foundation
import ManuscriptCore

/// Finds placeholder marks in a block's printed text, each at its line and column.
struct PlaceholderScanner {
    struct Match {
        let placeholder: String
        let location: SourceLocation
    }

    let placeholders: [String]
    /// Each placeholder folded (``PlaceholderFolding``); nil when some placeholder has a scalar the
    /// folding does not cover, and then Foundation searches every run.
    private let folded: [[UInt32]]?
    /// The scalars folded placeholders start with: most positions start none.
    private let starts: ScalarSet

    init(placeholders: [String]) {
        self.placeholders = placeholders
        var folded: [[UInt32]] = []
        var buffer: [UInt32] = []
        for placeholder in placeholders {
            guard PlaceholderFolding.folded(placeholder, into: &buffer) else { self.folded = nil; self.starts = ScalarSet(""); return }
            folded.append(buffer)
        }
        self.folded = folded
        starts = ScalarSet(scalars: folded.compactMap { $0.first.flatMap(Unicode.Scalar.init) })
    }

    /// The placeholders in a plain string, for texts without source anchors (titles).
    func placeholders(in text: String) -> [String] {
        var buffer: [UInt32] = []
        let offsets = offsets(in: text, buffer: &buffer)
        return offsets.indices.filter { !offsets[$0].isEmpty }.map { placeholders[$0] }
    }

    /// Every placeholder in the text a reader of a release sees: editor notes are left out, since
    /// they are not printed there.
    func matches(in block: Block) -> [Match] {
        if case .editorNote = block.content { return [] }
        var found: [Match] = []
        var buffer: [UInt32] = []
        // Each run is searched as it is read: by placeholder, then by place, as the reports have
        // always listed them.
        func scan(_ text: String, at location: SourceLocation, anchored: Bool) {
            for (index, offsets) in offsets(in: text, buffer: &buffer).enumerated() {
                for offset in offsets {
                    var place = location
                    if anchored { place.column += offset }
                    found.append(Match(placeholder: placeholders[index], location: place))
                }
            }
        }
        block.content.forEachInlineRun { inlines in
            inlines.forEachPrintedPiece { piece in
                switch piece {
                case .text(let text, let location, let isExact): scan(text, at: location ?? block.location, anchored: isExact)
                case .image(let image, let location): scan(image.alt, at: location ?? block.location, anchored: false)
                case .lineBreak: break
                }
            }
        }
        switch block.content {
        case .figure(let figure): scan(figure.alt, at: block.location, anchored: false)
        case .chart(let chart): scan(chart.description, at: block.location, anchored: false)
        case .callout(let callout): scan(callout.title, at: block.location, anchored: false)
        case .metrics(let set):
            for metric in set.metrics {
                for text in [metric.name, metric.measures, metric.baseline.value, metric.target.value] {
                    scan(text ?? "", at: block.location, anchored: false)
                }
            }
        default: break
        }
        return found
    }

    /// For each placeholder, the scalar offsets where it stands in the text, not overlapping itself
    /// (●●●● holds ●● twice); no entries at all when none stands in it, as in almost every run.
    private func offsets(in text: String, buffer: inout [UInt32]) -> [[Int]] {
        guard let folded, PlaceholderFolding.folded(text, into: &buffer) else { return foundationOffsets(in: text) }
        var offsets: [[Int]] = []
        var nextFree: [Int] = []
        for start in buffer.indices {
            let scalar = buffer[start]
            guard starts.contains(value: scalar) else { continue }
            for (index, placeholder) in folded.enumerated() where placeholder.first == scalar && (nextFree.isEmpty || start >= nextFree[index]) {
                let end = start + placeholder.count
                guard end <= buffer.count, buffer[start..<end].elementsEqual(placeholder) else { continue }
                if offsets.isEmpty {
                    offsets = Array(repeating: [], count: placeholders.count)
                    nextFree = Array(repeating: 0, count: placeholders.count)
                }
                offsets[index].append(start)
                nextFree[index] = end
            }
        }
        return offsets
    }

    /// The same by Foundation's own search, for text the folding does not cover.
    private func foundationOffsets(in text: String) -> [[Int]] {
        placeholders.map { placeholder in
            var offsets: [Int] = []
            var searchStart = text.startIndex
            while let range = text.range(of: placeholder, options: Self.comparison, range: searchStart..<text.endIndex) {
                offsets.append(text.unicodeScalars.distance(from: text.startIndex, to: range.lowerBound))
                searchStart = range.upperBound
            }
            return offsets
        }
    }

    /// 「ＴＯＤＯ」 and 「todo」 are the same mark as 「TODO」.
    static let comparison: String.CompareOptions = [.caseInsensitive, .widthInsensitive]
}
