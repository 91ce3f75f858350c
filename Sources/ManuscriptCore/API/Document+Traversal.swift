extension Document {
    /// Every block in reading order, callout contents included, with its volume and section:
    /// walked a section at a time rather than gathered into one array, since most stages go over
    /// all of them and a long manuscript has hundreds of thousands.
    public var blockPlaces: some Sequence<BlockPlace> {
        volumes.lazy.flatMap { volume in volume.sections.lazy.flatMap { $0.blockPlaces(in: volume) } }
    }

    /// Rewrites every block in place, callout contents included, in reading order.
    public mutating func updateBlocks(_ body: (inout Block, _ volume: Volume, _ section: Section) throws -> Void) rethrows {
        for v in volumes.indices {
            // One snapshot per volume, not per section: a copy held while a section's blocks change
            // makes the sections array copy itself on every write, quadratic in the section count.
            let volume = volumes[v]
            for s in volumes[v].sections.indices {
                let section = volumes[v].sections[s]
                func update(_ blocks: inout [Block]) throws {
                    for b in blocks.indices {
                        try body(&blocks[b], volume, section)
                        if case .callout(var callout) = blocks[b].content {
                            try update(&callout.blocks)
                            blocks[b].content = .callout(callout)
                        }
                    }
                }
                try update(&volumes[v].sections[s].blocks)
            }
        }
    }

    /// Replaces blocks throughout the document, callout contents included: `body` returns the blocks
    /// that take each block's place (none to remove it, several to splice them in).
    public mutating func replaceBlocks(_ body: (Block, _ section: Section) throws -> [Block]) rethrows {
        try replaceBlocks(where: { _ in true }, body)
    }

    /// Replaces the blocks `matching` picks, as ``replaceBlocks(_:)`` does, in reading order and a
    /// callout's contents before the callout. Sections without such a block are left untouched:
    /// most stages replace a few custom blocks, and rebuilding every section copies every block.
    public mutating func replaceBlocks(where matching: (Block) -> Bool, _ body: (Block, _ section: Section) throws -> [Block]) rethrows {
        for v in volumes.indices {
            for s in volumes[v].sections.indices where volumes[v].sections[s].blocks.holdsBlock(where: matching) {
                let section = volumes[v].sections[s]
                func replace(_ blocks: [Block]) throws -> [Block] {
                    var replaced: [Block] = []
                    replaced.reserveCapacity(blocks.count)
                    for var block in blocks {
                        if case .callout(var callout) = block.content, callout.blocks.holdsBlock(where: matching) {
                            callout.blocks = try replace(callout.blocks)
                            block.content = .callout(callout)
                        }
                        guard matching(block) else { replaced.append(block); continue }
                        var replacement = try body(block, section)
                        // The larger side is moved, the smaller copied: a glossary block becomes
                        // tens of thousands of blocks.
                        if replacement.count > replaced.count {
                            replacement.insert(contentsOf: replaced, at: 0)
                            replaced = replacement
                        } else {
                            replaced += replacement
                        }
                    }
                    return replaced
                }
                volumes[v].sections[s].blocks = try replace(section.blocks)
            }
        }
    }

    /// Rewrites the runs of inline text of the blocks `matching` picks, callout contents included, in
    /// reading order; `body` gets the id of the block's section. Sections without such a block are
    /// left untouched, so a stage that resolves a few references does not copy every block of a long
    /// manuscript.
    public mutating func updateInlines(inBlocksWhere matching: (Block) -> Bool,
                                       _ body: (inout [Inline], _ sectionID: String) throws -> Void) rethrows {
        func update(_ blocks: inout [Block], _ sectionID: String) throws {
            for b in blocks.indices {
                if matching(blocks[b]) { try blocks[b].content.updateInlines { try body(&$0, sectionID) } }
                if case .callout(var callout) = blocks[b].content, callout.blocks.holdsBlock(where: matching) {
                    try update(&callout.blocks, sectionID)
                    blocks[b].content = .callout(callout)
                }
            }
        }
        for v in volumes.indices {
            for s in volumes[v].sections.indices where volumes[v].sections[s].blocks.holdsBlock(where: matching) {
                // Taken out while it changes, so the array is not shared and changes in place.
                var blocks = volumes[v].sections[s].blocks
                volumes[v].sections[s].blocks = []
                defer { volumes[v].sections[s].blocks = blocks }
                try update(&blocks, volumes[v].sections[s].id)
            }
        }
    }
}

extension [Block] {
    /// Whether `matching` picks one of these blocks or a block inside one of their callouts.
    func holdsBlock(where matching: (Block) -> Bool) -> Bool {
        contains { block in
            if matching(block) { return true }
            if case .callout(let callout) = block.content { return callout.blocks.holdsBlock(where: matching) }
            return false
        }
    }
}

extension Section {
    /// This section's blocks in reading order, callout contents included: one section's share of
    /// ``Document/blockPlaces``, for work spread over the sections. Walked, not gathered: a
    /// glossary of 50,000 terms is one section.
    public func blockPlaces(in volume: Volume) -> SectionBlockPlaces {
        SectionBlockPlaces(volume: volume, section: self)
    }
}

extension BlockContent {
    /// Each run of inline text this block holds directly, in the order ``updateInlines(_:)`` visits them.
    public var inlineRuns: [[Inline]] {
        var runs: [[Inline]] = []
        forEachInlineRun { runs.append($0) }
        return runs
    }

    /// Each run of inline text this block holds directly, in the order ``updateInlines(_:)`` visits
    /// them, read in place: checks over every block of a long manuscript need no copies.
    public func forEachInlineRun(_ body: ([Inline]) throws -> Void) rethrows {
        switch self {
        case .heading(let heading): try body(heading.text)
        case .paragraph(let text), .editorNote(let text): try body(text)
        case .list(let list): for item in list.items { try body(item) }
        case .table(let table):
            try body(table.caption)
            for row in table.header { for cell in row { try body(cell) } }
            for row in table.rows { for cell in row { try body(cell) } }
        case .metrics(let set): try body(set.caption)
        case .figure(let figure): try body(figure.caption)
        case .chart(let chart): try body(chart.caption)
        case .callout, .custom: break
        }
    }

    /// Whether this block's own text (not a callout's inner blocks) holds a cross-reference.
    public var holdsReference: Bool {
        var holds = false
        forEachInlineRun { run in if !holds { run.forEachReference { _ in holds = true } } }
        return holds
    }

    /// Rewrites each run of inline text this block holds directly (not a callout's inner blocks).
    public mutating func updateInlines(_ body: (inout [Inline]) throws -> Void) rethrows {
        switch self {
        case .heading(var heading):
            try body(&heading.text); self = .heading(heading)
        case .paragraph(var text):
            try body(&text); self = .paragraph(text)
        case .editorNote(var text):
            try body(&text); self = .editorNote(text)
        case .list(var list):
            for i in list.items.indices { try body(&list.items[i]) }
            self = .list(list)
        case .table(var table):
            try body(&table.caption)
            for r in table.header.indices { for c in table.header[r].indices { try body(&table.header[r][c]) } }
            for r in table.rows.indices { for c in table.rows[r].indices { try body(&table.rows[r][c]) } }
            self = .table(table)
        case .metrics(var set):
            try body(&set.caption); self = .metrics(set)
        case .figure(var figure):
            try body(&figure.caption); self = .figure(figure)
        case .chart(var chart):
            try body(&chart.caption); self = .chart(chart)
        case .callout, .custom:
            break
        }
    }
}

extension Array where Element == Inline {
    /// Each cross-reference in this text, inside strong text, links and footnotes too, in the order
    /// ``updateReferences(_:)`` visits them, read in place.
    public func forEachReference(_ body: (CrossReference) throws -> Void) rethrows {
        for inline in self {
            switch inline {
            case .reference(let reference): try body(reference)
            case .strong(let content), .changed(let content), .link(_, let content): try content.forEachReference(body)
            case .footnote(let footnote):
                try footnote.marked.forEachReference(body)
                try footnote.note.forEachReference(body)
            case .text, .lineBreak, .anchor, .term, .image: break
            }
        }
    }

    /// Rewrites every cross-reference in this text, inside strong text and links too.
    public mutating func updateReferences(_ body: (inout CrossReference) throws -> Void) rethrows {
        for i in indices {
            switch self[i] {
            case .reference(var reference):
                try body(&reference); self[i] = .reference(reference)
            case .strong(var content):
                try content.updateReferences(body); self[i] = .strong(content)
            case .changed(var content):
                try content.updateReferences(body); self[i] = .changed(content)
            case .link(let url, var content):
                try content.updateReferences(body); self[i] = .link(url: url, content: content)
            case .footnote(var footnote):
                try footnote.marked.updateReferences(body)
                try footnote.note.updateReferences(body)
                self[i] = .footnote(footnote)
            case .text, .lineBreak, .anchor, .term, .image:
                break
            }
        }
    }
}
