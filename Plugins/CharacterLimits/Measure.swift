/// Counts text pieces in any unit.
struct Measure {
    let rules: CountingRules

    func count(_ pieces: [TextPiece], in unit: CountingUnit) -> Double {
        switch unit {
        case .characters:
            text(pieces).reduce(0) { total, piece in total + PieceCounts.remembered(&piece.counts.characters) { rules.characters(of: piece.characters) } }
        case .fullwidthEquivalent:
            text(pieces).reduce(0) { total, piece in
                total + PieceCounts.remembered(&piece.counts.fullwidthEquivalent) { rules.fullwidthEquivalent(of: piece.characters) }
            }
        case .manuscriptSheets: Double(lines(text(pieces), width: 20, indentBody: true)) / 20
        case .pages: Double(lines(pieces, width: rules.charactersPerLine, indentBody: true)) / Double(rules.linesPerPage)
        }
    }

    /// The pieces limits in characters count: footnotes take room on the page but are not the text.
    private func text(_ pieces: [TextPiece]) -> [TextPiece] {
        pieces.filter { if case .footnote = $0.shape { false } else { true } }
    }

    private func lines(_ pieces: [TextPiece], width: Int, indentBody: Bool) -> Int {
        let onPage = width != 20
        let layout = Layout(rules: rules, width: Double(width), closerSharesStopCell: !onPage)
        return pieces.reduce(0) { total, piece in
            total + piece.counts.lines(width: width, indentBody: indentBody) { lines(piece, layout: layout, width: width, indentBody: indentBody) }
        }
    }

    /// The lines one piece takes in a layout.
    private func lines(_ piece: TextPiece, layout: Layout, width: Int, indentBody: Bool) -> Int {
        let onPage = width != 20
        switch piece.shape {
        case .body: return layout.lines(piece.characters, indented: indentBody)
        case .item: return layout.lines(piece.characters, indented: false)
        // On a page a heading is set off by space; on 原稿用紙 it simply takes its lines.
        case .heading, .calloutTitle: return layout.lines(piece.characters, indented: false) + (onPage ? 1 : 0)
        case .row(let cells, let shares):
            guard onPage else { return layout.lines(piece.characters, indented: false) }
            // Each cell as wide as the writers print its column, less its padding.
            let tallest = cells.indices.map { column -> Int in
                let share = column < shares.count ? shares[column] : 1 / Double(max(cells.count, 1))
                let cellLayout = Layout(rules: rules, width: max(2, (Double(width) * share - 1).rounded(.down)))
                return cellLayout.lines(Array(cells[column]), indented: false)
            }.max() ?? 1
            return max(piece.minimumLines, tallest)
        case .figure: return onPage ? rules.figureLines : 0
        // 9 pt under 10.5 pt body text: about 7 lines of notes take the room of 6.
        case .footnote:
            let noteLayout = Layout(rules: rules, width: (Double(width) * 10.5 / 9).rounded(.down))
            return Int((Double(noteLayout.lines(piece.characters, indented: false)) * 9 / 10.5).rounded(.up))
        }
    }
}
