/// A run of text folded for matching (``WidthFolding``), as one array of positions: scalars when
/// every scalar is a character of its own (``WidthFolding/foldedScalar(_:)``), which is almost every
/// run of a Japanese manuscript and spares splitting it into `Character`s, else characters.
/// Match offsets count these positions.
enum FoldedRun {
    case scalars([UInt32])
    case characters([Character])

    /// The texts of a group folded as one run.
    init(_ texts: [String]) {
        var scalars: [UInt32] = []
        for text in texts {
            for scalar in text.unicodeScalars {
                guard let folded = WidthFolding.foldedScalar(scalar) else {
                    self = .characters(texts.flatMap(WidthFolding.fold))
                    return
                }
                scalars.append(folded)
            }
        }
        self = .scalars(scalars)
    }

    var count: Int {
        switch self {
        case .scalars(let scalars): scalars.count
        case .characters(let characters): characters.count
        }
    }

    var countsScalars: Bool {
        if case .scalars = self { true } else { false }
    }

    func matches(of automaton: TermAutomaton) -> [TermAutomaton.Match] {
        switch self {
        case .scalars(let scalars): automaton.matches(inScalars: scalars)
        case .characters(let characters): automaton.matches(in: characters)
        }
    }

    func isLatinAlphanumeric(at index: Int) -> Bool {
        switch self {
        case .scalars(let scalars): Unicode.Scalar(scalars[index]).map(WidthFolding.isLatinAlphanumeric) ?? false
        case .characters(let characters): WidthFolding.isLatinAlphanumeric(characters[index])
        }
    }

    /// Whether `text` stands at `start`.
    func holds(_ text: FoldedExclusion, at start: Int) -> Bool {
        guard start >= 0, start + text.characters.count <= count else { return false }
        switch self {
        case .scalars(let scalars): return scalars[start..<(start + text.scalars.count)].elementsEqual(text.scalars)
        case .characters(let characters): return characters[start..<(start + text.characters.count)].elementsEqual(text.characters)
        }
    }
}
