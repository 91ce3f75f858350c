import ManuscriptCore

/// Images a block shows without alternative text: figures and images in its running text.
enum ImageSurvey {
    static func imagesWithoutAlt(in block: Block) -> [String] {
        var missing: [String] = []
        if case .figure(let figure) = block.content, isBlank(figure.alt) { missing.append(figure.source) }
        block.content.forEachInlineRun { missing += imagesWithoutAlt(in: $0) }
        return missing
    }

    private static func imagesWithoutAlt(in inlines: [Inline]) -> [String] {
        inlines.flatMap { inline -> [String] in
            switch inline {
            case .image(let image): return isBlank(image.alt) ? [image.source] : []
            case .strong(let content), .link(_, let content): return imagesWithoutAlt(in: content)
            case .footnote(let footnote): return imagesWithoutAlt(in: footnote.marked) + imagesWithoutAlt(in: footnote.note)
            default: return []
            }
        }
    }

    private static func isBlank(_ text: String) -> Bool {
        text.allSatisfy(\.isWhitespace)
    }
}
