/// An Aho–Corasick automaton over the spellings of all terms: one pass over the text finds every
/// occurrence, so linking costs time linear in the text (plus matches), not terms × text.
struct TermAutomaton {
    /// One occurrence: `length` characters ending at `end` (exclusive), of term `term`.
    struct Match {
        let start: Int
        let end: Int
        let term: Int
    }

    private var transitions: [[Character: Int]] = [[:]]
    private var failure: [Int] = [0]
    /// The spelling ending at each node, as (term, length).
    private var output: [(term: Int, length: Int)?] = [nil]
    /// The nearest node down the failure chain that ends a spelling, for reporting every match.
    private var nextOutput: [Int?] = [nil]

    init(spellings: [(text: [Character], term: Int)]) {
        for (text, term) in spellings where !text.isEmpty {
            var node = 0
            for character in text {
                if let next = transitions[node][character] {
                    node = next
                } else {
                    transitions.append([:]); failure.append(0); output.append(nil); nextOutput.append(nil)
                    transitions[node][character] = transitions.count - 1
                    node = transitions.count - 1
                }
            }
            if output[node] == nil { output[node] = (term, text.count) }
        }
        // Breadth-first, so a node's failure target is finished before the node.
        var queue = Array(transitions[0].values)
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for (character, child) in transitions[node] {
                var fallback = failure[node]
                while fallback != 0 && transitions[fallback][character] == nil { fallback = failure[fallback] }
                let target = transitions[fallback][character] ?? 0
                failure[child] = target == child ? 0 : target
                nextOutput[child] = output[failure[child]] != nil ? failure[child] : nextOutput[failure[child]]
                queue.append(child)
            }
        }
    }

    /// Every occurrence in `text`, in order of their ends.
    func matches(in text: [Character]) -> [Match] {
        var found: [Match] = []
        var node = 0
        for (index, character) in text.enumerated() {
            while node != 0 && transitions[node][character] == nil { node = failure[node] }
            node = transitions[node][character] ?? 0
            var candidate: Int? = output[node] != nil ? node : nextOutput[node]
            while let hit = candidate, let (term, length) = output[hit] {
                found.append(Match(start: index + 1 - length, end: index + 1, term: term))
                candidate = nextOutput[hit]
            }
        }
        return found
    }

    /// Leftmost-longest occurrences that do not overlap: 地域共生社会 wins over 地域共生 and 共生.
    func longestMatches(in text: [Character]) -> [Match] {
        let all = matches(in: text).sorted { ($0.start, -($0.end - $0.start)) < ($1.start, -($1.end - $1.start)) }
        var chosen: [Match] = []
        var covered = 0
        for match in all where match.start >= covered {
            chosen.append(match)
            covered = match.end
        }
        return chosen
    }
}
