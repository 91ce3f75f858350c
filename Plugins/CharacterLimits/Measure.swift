/// Counts text pieces in any unit.
struct Measure {
    let rules: CountingRules

    func count(_ pieces: [TextPiece], in unit: CountingUnit) -> Double {
        switch unit {
        case .characters: text(pieces).reduce(0) { $0 + rules.characters(of: $1.characters) }
        case .fullwidthEquivalent: text(pieces).reduce(0) { $0 + rules.fullwidthEquivalent(of: $1.characters) }
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
            switch piece.shape {
            case .body: return total + layout.lines(piece.characters, indented: indentBody)
            case .item: return total + layout.lines(piece.characters, indented: false)
            // On a page a heading is set off by space; on 原稿用紙 it simply takes its lines.
            case .heading: return total + layout.lines(piece.characters, indented: false) + (onPage ? 1 : 0)
            case .row(let cells):
                guard onPage else { return total + layout.lines(piece.characters, indented: false) }
                let cellLayout = Layout(rules: rules, width: max(2, Double(width / max(cells.count, 1)) - 1))
                return total + max(piece.minimumLines, cells.map { cellLayout.lines(Array($0), indented: false) }.max() ?? 1)
            case .figure: return total + (onPage ? rules.figureLines : 0)
            // 9 pt under 10.5 pt body text: about 7 lines of notes take the room of 6.
            case .footnote:
                let noteLayout = Layout(rules: rules, width: (Double(width) * 10.5 / 9).rounded(.down))
                return total + Int((Double(noteLayout.lines(piece.characters, indented: false)) * 9 / 10.5).rounded(.up))
            }
        }
    }
}
