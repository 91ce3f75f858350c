import ManuscriptCore

/// The blocks of a document that findings point into, so the preview can mark them in the page.
///
/// A finding belongs to the last block of its file that starts at or before its line; a block
/// without an id of its own is marked through its section's. Findings before the first block of a
/// file (a section's title) mark the section.
public struct FindingMarks: Equatable, Sendable {
    /// Element id → the findings printed there, in the order reported.
    public private(set) var messages: [String: [String]] = [:]

    public init(_ findings: [Finding], in document: Document?) {
        guard let document else { return }
        var starts: [String: [(line: Int, id: String)]] = [:]
        for volume in document.volumes {
            for section in volume.sections {
                starts[section.location.path, default: []].append((section.location.line, section.id))
            }
        }
        for place in document.blockPlaces {
            starts[place.block.location.path, default: []].append((place.block.location.line, place.block.id ?? place.section.id))
        }
        for (path, list) in starts { starts[path] = list.sorted { $0.line < $1.line } }
        for finding in findings {
            guard let list = starts[finding.location.path],
                  let target = list.last(where: { $0.line <= finding.location.line }) ?? list.first else { continue }
            messages[target.id, default: []].append(finding.description)
        }
    }

    public var ids: Set<String> { Set(messages.keys) }
}
