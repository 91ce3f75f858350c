/// The volume and section around the blocks of one walk over a section.
@usableFromInline
final class BlockSurroundings: Sendable {
    @usableFromInline let volume: Volume
    @usableFromInline let section: Section

    init(volume: Volume, section: Section) {
        self.volume = volume
        self.section = section
    }
}
