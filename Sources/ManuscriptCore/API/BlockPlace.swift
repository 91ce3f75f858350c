/// A block together with where it sits in the document.
public struct BlockPlace: Sendable {
    /// The volume and section, shared by every place of the section: copying them per block would
    /// retain each of their fields for each of a long manuscript's hundreds of thousands of blocks.
    @usableFromInline let surroundings: BlockSurroundings
    public var block: Block

    @inlinable public var volume: Volume { surroundings.volume }
    @inlinable public var section: Section { surroundings.section }
}
