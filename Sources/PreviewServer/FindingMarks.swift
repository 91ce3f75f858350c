import ManuscriptCore

/// The blocks of a document that findings point into, so the preview can mark them in the page.
///
/// A finding belongs to the last block of its file that starts at or before its line. One before
/// the first block of a file (on a section's title) belongs to the section.
public struct FindingMarks: Equatable, Sendable {
    /// Block location → the findings printed on it, for the web edition's block marks.
    public private(set) var byBlock: [SourceLocation: [String]] = [:]
    /// Element id → the findings marked on it, for the page script (which marks a failed build's
    /// findings on the last good page): a block without an id of its own goes by its section's.
    public private(set) var byElement: [String: [String]] = [:]

    public init(_ findings: [Finding], in document: Document?) {
        guard let document else { return }
        struct Start { var line: Int; var id: String; var block: SourceLocation? }
        var starts: [String: [Start]] = [:]
        for volume in document.volumes {
            for section in volume.sections {
                starts[section.location.path, default: []].append(Start(line: section.location.line, id: section.id, block: nil))
            }
        }
        for place in document.blockPlaces {
            let location = place.block.location
            starts[location.path, default: []].append(Start(line: location.line, id: place.block.id ?? place.section.id, block: location))
        }
        for (path, list) in starts { starts[path] = list.sorted { $0.line < $1.line } }
        for finding in findings {
            guard let list = starts[finding.location.path],
                  let target = list.last(where: { $0.line <= finding.location.line }) ?? list.first else { continue }
            byElement[target.id, default: []].append(finding.description)
            if let block = target.block { byBlock[block, default: []].append(finding.description) }
        }
    }

    public var ids: Set<String> { Set(byElement.keys) }
}
