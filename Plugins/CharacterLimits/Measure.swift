/// Counts text pieces in any unit.
struct Measure {
    let rules: CountingRules
    private let table: CharacterTable

    init(rules: CountingRules) {
        self.rules = rules
        table = CharacterTable(rules: rules)
    }

    func count(_ pieces: [TextPiece], in unit: CountingUnit) -> Double {
        switch unit {
        case .characters: pieces.reduce(0) { isText($1) ? $0 + values(of: $1).characters : $0 }
        case .fullwidthEquivalent: pieces.reduce(0) { isText($1) ? $0 + values(of: $1).fullwidthEquivalent : $0 }
        case .manuscriptSheets: Double(pieces.reduce(0) { isText($1) ? $0 + values(of: $1).sheetLines : $0 }) / 20
        case .pages: Double(pieces.reduce(0) { $0 + values(of: $1).pageLines }) / Double(rules.linesPerPage)
        }
    }

    /// Whether limits in characters count the piece: footnotes take room on the page but are not the text.
    private func isText(_ piece: TextPiece) -> Bool {
        if case .footnote = piece.shape { false } else { true }
    }

    /// A piece's counts in every unit, from one pass that sorts out its characters.
    private func values(of piece: TextPiece) -> PieceCounts.Values {
        piece.counts.values {
            let characters = table.all(in: piece.text)
            return PieceCounts.Values(
                characters: Double(characters.reduce(0) { $1.counts ? $0 + 1 : $0 }),
                fullwidthEquivalent: characters.reduce(0) { $1.counts ? $0 + $1.width : $0 },
                sheetLines: lines(piece, characters, width: 20),
                pageLines: lines(piece, characters, width: rules.charactersPerLine))
        }
    }

    /// The lines one piece takes on 原稿用紙 (width 20) or on a page, body text indented.
    private func lines(_ piece: TextPiece, _ characters: [CountedCharacter], width: Int) -> Int {
        let onPage = width != 20
        let layout = Layout(rules: rules, width: Double(width), closerSharesStopCell: !onPage)
        switch piece.shape {
        case .body: return layout.lines(characters, indented: true)
        case .item: return layout.lines(characters, indented: false)
        // On a page a heading is set off by space; on 原稿用紙 it simply takes its lines.
        case .heading, .calloutTitle: return layout.lines(characters, indented: false) + (onPage ? 1 : 0)
        case .row(let cells, let shares):
            guard onPage else { return layout.lines(characters, indented: false) }
            // Each cell as wide as the writers print its column, less its padding.
            let tallest = cells.indices.map { column -> Int in
                let share = column < shares.count ? shares[column] : 1 / Double(max(cells.count, 1))
                let cellLayout = Layout(rules: rules, width: max(2, (Double(width) * share - 1).rounded(.down)))
                return cellLayout.lines(table.all(in: cells[column]), indented: false)
            }.max() ?? 1
            return max(piece.minimumLines, tallest)
        case .figure: return onPage ? rules.figureLines : 0
        // 9 pt under 10.5 pt body text: about 7 lines of notes take the room of 6.
        case .footnote:
            let noteLayout = Layout(rules: rules, width: (Double(width) * 10.5 / 9).rounded(.down))
            return Int((Double(noteLayout.lines(characters, indented: false)) * 9 / 10.5).rounded(.up))
        }
    }
}
