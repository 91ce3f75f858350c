import ManuscriptCore

/// Names subjects as the printed plan does: volumes by short title, chapters with their numbers,
/// responsibilities by the actor's name from the actors file.
struct SubjectNaming {
    /// Actor ids to printed names (市民 for `citizens`); ids stand in for actors not listed.
    var actorNames: [String: String] = [:]
    private var volumeOfSection: [String: String] = [:]

    init(document: Document) {
        for volume in document.volumes {
            for section in volume.sections { volumeOfSection[section.id] = Self.shortTitle(of: volume) }
        }
    }

    static func shortTitle(of volume: Volume) -> String {
        volume.shortTitle ?? (volume.id == Volume.summaryID ? "概要版" : volume.title)
    }

    private func volumes(of section: Section) -> [String] { volumeOfSection[section.id].map { [$0] } ?? [] }

    func volume(_ volume: Volume) -> SubjectLabel {
        SubjectLabel(name: "\(Self.shortTitle(of: volume))全体", volumes: [Self.shortTitle(of: volume)])
    }

    func section(_ section: Section, withSubsections: Bool = true) -> SubjectLabel {
        SubjectLabel(name: section.displayTitle + (withSubsections ? "" : "（節を除く）"), volumes: volumes(of: section), chapter: section.displayTitle)
    }

    func subsection(_ heading: String, of section: Section, withSubsections: Bool) -> SubjectLabel {
        SubjectLabel(name: "「\(heading)」の項" + (withSubsections ? "" : "（下位の項を除く）"), volumes: volumes(of: section), chapter: section.displayTitle)
    }

    /// A block of a limit's `kind`; captioned blocks are named by their printed caption.
    func block(_ kind: String, name printed: String? = nil, text: String, in section: Section) -> SubjectLabel {
        let kindName = Self.kindNames[kind] ?? kind
        let name: String = switch kind {
        case "heading", "caption": "\(kindName)「\(text)」"
        default: printed.map { "\(kindName)「\($0)」" } ?? kindName
        }
        return SubjectLabel(name: name, volumes: volumes(of: section), chapter: section.displayTitle, text: text)
    }

    func responsibility(of actor: String, text: String, in section: Section) -> SubjectLabel {
        SubjectLabel(name: "\(actorNames[actor] ?? actor)の役割", volumes: volumes(of: section), chapter: section.displayTitle, text: text)
    }

    func sentence(_ text: String, in volume: Volume, _ section: Section) -> SubjectLabel {
        SubjectLabel(name: "文", volumes: [Self.shortTitle(of: volume)], chapter: section.displayTitle, text: text)
    }

    static let kindNames = ["heading": "見出し", "paragraph": "段落", "list": "箇条書き", "list-item": "箇条書きの項目", "table": "表",
                            "metrics": "指標の表", "callout": "コラム", "caption": "図表の題", "roles": "役割"]
}
