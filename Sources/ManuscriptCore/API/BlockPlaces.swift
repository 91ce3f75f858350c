/// Every block of a document in reading order, callout contents included, with its volume and
/// section: walked as it is read rather than gathered into an array first, since most stages go
/// over all of them and a long manuscript has hundreds of thousands.
public struct BlockPlaces: Sequence, Sendable {
    let volumes: [Volume]

    public func makeIterator() -> Iterator { Iterator(volumes: volumes) }

    public struct Iterator: IteratorProtocol {
        private let volumes: [Volume]
        private var volume = 0
        private var section = 0
        /// The blocks being walked, the section's own first and a callout's inside it, each with
        /// the index of the next block to give.
        private var levels: [(blocks: [Block], next: Int)] = []
        private var entered = false

        init(volumes: [Volume]) { self.volumes = volumes }

        public mutating func next() -> BlockPlace? {
            while volume < volumes.count {
                guard section < volumes[volume].sections.count else {
                    volume += 1
                    section = 0
                    continue
                }
                if !entered {
                    levels = [(volumes[volume].sections[section].blocks, 0)]
                    entered = true
                }
                while let level = levels.last {
                    guard level.next < level.blocks.count else {
                        levels.removeLast()
                        continue
                    }
                    let block = level.blocks[level.next]
                    levels[levels.count - 1].next += 1
                    if case .callout(let callout) = block.content { levels.append((callout.blocks, 0)) }
                    return BlockPlace(volume: volumes[volume], section: volumes[volume].sections[section], block: block)
                }
                section += 1
                entered = false
            }
            return nil
        }
    }
}
