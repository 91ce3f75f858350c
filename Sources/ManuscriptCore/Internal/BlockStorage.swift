/// The fields of a ``Block``, shared by its copies until one of them changes.
///
/// Unchecked-sendable, and unchecked for exclusive access, because it is changed only through a
/// block that holds the sole reference: the checks would cost more than every walk saves.
@usableFromInline
final class BlockStorage: @unchecked Sendable {
    @usableFromInline @exclusivity(unchecked) var id: String?
    @usableFromInline @exclusivity(unchecked) var location: SourceLocation
    @usableFromInline @exclusivity(unchecked) var number: String?
    @usableFromInline @exclusivity(unchecked) var options: [String: String]
    @usableFromInline @exclusivity(unchecked) var content: BlockContent

    init(id: String?, location: SourceLocation, number: String?, options: [String: String], content: BlockContent) {
        self.id = id
        self.location = location
        self.number = number
        self.options = options
        self.content = content
    }

    func copy() -> BlockStorage {
        BlockStorage(id: id, location: location, number: number, options: options, content: content)
    }
}
