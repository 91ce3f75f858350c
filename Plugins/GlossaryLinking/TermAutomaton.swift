/// An Aho–Corasick automaton over the spellings of all terms: one pass over the text finds every
/// occurrence, so linking costs time linear in the text (plus matches), not terms × text.
///
/// It steps over Unicode scalars, which hash far faster than `Character`s; matches that would start
/// or end inside a grapheme cluster (a term ending in か within が written か+゛) are dropped.
struct TermAutomaton {
    /// One occurrence: positions `start..<end` of the text (characters, or scalars of a text whose
    /// scalars are each a character), of term `term`.
    struct Match {
        let start: Int
        let end: Int
        let term: Int
    }

    private var transitions: [[UInt32: Int32]] = [[:]]
    private var failure: [Int32] = [0]
    /// The spelling ending at each node, as (term, length in scalars).
    private var output: [(term: Int, length: Int)?] = [nil]
    /// The nearest node down the failure chain that ends a spelling, for reporting every match.
    private var nextOutput: [Int32?] = [nil]

    init(spellings: [(text: [Character], term: Int)]) {
        for (text, term) in spellings where !text.isEmpty {
            var node = 0
            var length = 0
            for scalar in text.flatMap(\.unicodeScalars) {
                length += 1
                if let next = transitions[node][scalar.value] {
                    node = Int(next)
                } else {
                    transitions.append([:]); failure.append(0); output.append(nil); nextOutput.append(nil)
                    transitions[node][scalar.value] = Int32(transitions.count - 1)
                    node = transitions.count - 1
                }
            }
            if output[node] == nil { output[node] = (term, length) }
        }
        // Breadth-first, so a node's failure target is finished before the node.
        var queue = transitions[0].values.map(Int.init)
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for (scalar, childID) in transitions[node] {
                let child = Int(childID)
                var fallback = Int(failure[node])
                while fallback != 0 && transitions[fallback][scalar] == nil { fallback = Int(failure[fallback]) }
                let target = transitions[fallback][scalar].map(Int.init) ?? 0
                failure[child] = Int32(target == child ? 0 : target)
                let f = Int(failure[child])
                nextOutput[child] = output[f] != nil ? Int32(f) : nextOutput[f]
                queue.append(child)
            }
        }
    }

    /// Every occurrence in `text`, in order of their ends.
    func matches(in text: [Character]) -> [Match] {
        // Scalar offset → character index, for the grapheme boundaries (-1 inside a cluster).
        var scalars: [UInt32] = []
        var characterAt: [Int] = []
        for (index, character) in text.enumerated() {
            for (k, scalar) in character.unicodeScalars.enumerated() {
                scalars.append(scalar.value)
                characterAt.append(k == 0 ? index : -1)
            }
        }
        characterAt.append(text.count)
        return matches(scalars: scalars, characterAt: characterAt)
    }

    /// The same in a text of scalars that are each a character (``FoldedRun``): offsets are scalars.
    func matches(inScalars scalars: [UInt32]) -> [Match] {
        matches(scalars: scalars, characterAt: nil)
    }

    private func matches(scalars: [UInt32], characterAt: [Int]?) -> [Match] {
        var found: [Match] = []
        var node = 0
        for (index, scalar) in scalars.enumerated() {
            while node != 0 && transitions[node][scalar] == nil { node = Int(failure[node]) }
            node = transitions[node][scalar].map(Int.init) ?? 0
            var candidate: Int? = output[node] != nil ? node : nextOutput[node].map(Int.init)
            while let hit = candidate, let (term, length) = output[hit] {
                let start = characterAt?[index + 1 - length] ?? index + 1 - length, end = characterAt?[index + 1] ?? index + 1
                if start >= 0 && end >= 0 { found.append(Match(start: start, end: end, term: term)) }
                candidate = nextOutput[hit].map(Int.init)
            }
        }
        return found
    }

    /// Leftmost-longest occurrences that do not overlap: 地域共生社会 wins over 地域共生 and 共生.
    /// Occurrences `accepted` turns down are dropped first, so they never hide a shorter or later
    /// term (協議会 in 協議会議事録 when 会議 is excluded there).
    func longestMatches(in text: [Character], accepted: (Match) -> Bool = { _ in true }) -> [Match] {
        Self.leftmostLongest(matches(in: text), accepted: accepted)
    }

    static func leftmostLongest(_ matches: [Match], accepted: (Match) -> Bool) -> [Match] {
        let all = matches.filter(accepted).sorted { ($0.start, -($0.end - $0.start)) < ($1.start, -($1.end - $1.start)) }
        var chosen: [Match] = []
        var covered = 0
        for match in all where match.start >= covered {
            chosen.append(match)
            covered = match.end
        }
        return chosen
    }
}
