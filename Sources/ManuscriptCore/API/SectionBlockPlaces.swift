/// A section's blocks in reading order, each callout followed by its contents, with its volume and
/// section (``Section/blockPlaces(in:)``).
public struct SectionBlockPlaces: Sequence, IteratorProtocol {
    private let surroundings: BlockSurroundings
    /// The block lists being walked, innermost callout last, each with the index of its next block.
    private var open: [(blocks: [Block], next: Int)]

    init(volume: Volume, section: Section) {
        surroundings = BlockSurroundings(volume: volume, section: section)
        open = [(section.blocks, 0)]
    }

    public mutating func next() -> BlockPlace? {
        while let last = open.indices.last {
            let index = open[last].next
            guard index < open[last].blocks.count else {
                open.removeLast()
                continue
            }
            open[last].next += 1
            let block = open[last].blocks[index]
            if case .callout(let callout) = block.content { open.append((callout.blocks, 0)) }
            return BlockPlace(surroundings: surroundings, block: block)
        }
        return nil
    }
}
