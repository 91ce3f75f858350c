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

    /// The trie's edges, grouped by parent and sorted by scalar within each group: node `n`'s edges
    /// are `firstEdge[n]..<firstEdge[n + 1]`. Nodes are numbered in breadth-first order, the root 0.
    /// Contiguous arrays rather than a dictionary per node: 50,000 terms make 400,000 nodes.
    private var firstEdge: [Int32] = []
    private var edgeScalars: [UInt32] = []
    private var edgeTargets: [Int32] = []
    /// The root's children by scalar of the Basic Multilingual Plane (0: none): after most
    /// characters of running text the search is back at the root. Two levels: `rootBlock` gives
    /// each scalar's high byte a block of 256 in `rootChild`, block 0 all none, so a glossary pays
    /// only for the blocks its first characters use (a few kilobytes, not a 256 KB table).
    private var rootBlock = [Int32](repeating: 0, count: 256)
    private var rootChild: [Int32] = []
    private var failure: [Int32] = []
    /// The spelling ending at each node, as term and length in scalars (term -1: none).
    private var outputTerm: [Int32] = []
    private var outputLength: [Int32] = []
    /// The nearest node down the failure chain that ends a spelling (-1: none), for reporting every match.
    private var nextOutput: [Int32] = []

    /// `spellings` with their terms; where two terms share a spelling, the first one's.
    init(spellings: [(text: String, term: Int)]) {
        let words = spellings.map { Array($0.text.unicodeScalars.lazy.map(\.value)) }
        // In scalar order, equal spellings in their given order: a parent's children then come in
        // order, and the first of equal spellings is the one kept.
        let sorted = words.indices.filter { !words[$0].isEmpty }.sorted { a, b in
            words[a].lexicographicallyPrecedes(words[b]) || (words[a] == words[b] && a < b)
        }
        // The trie, from each word's shared prefix with the one before: (parent, scalar) per node.
        var parents: [Int32] = [-1], scalars: [UInt32] = [0], depth: [Int32] = [0]
        var ends: [Int32] = [-1], endLength: [Int32] = [0]
        var path: [Int32] = [0]  // the previous word's nodes, root first
        var previous: [UInt32] = []
        for index in sorted {
            let word = words[index]
            var shared = 0
            while shared < min(word.count, previous.count) && word[shared] == previous[shared] { shared += 1 }
            path.removeSubrange((shared + 1)...)
            for position in shared..<word.count {
                parents.append(path[position]); scalars.append(word[position]); depth.append(Int32(position + 1))
                ends.append(-1); endLength.append(0)
                path.append(Int32(parents.count - 1))
            }
            let node = Int(path[word.count])
            if ends[node] < 0 { ends[node] = Int32(spellings[index].term); endLength[node] = Int32(word.count) }
            previous = word
        }
        // Renumbered breadth first (by depth, then creation, which keeps siblings in scalar order),
        // so every node's edges are one contiguous run and failure links are finished in order.
        let count = parents.count
        var atDepth = [Int](repeating: 0, count: Int(depth.max() ?? 0) + 2)
        for d in depth { atDepth[Int(d) + 1] += 1 }
        for d in 1..<atDepth.count { atDepth[d] += atDepth[d - 1] }
        var order = [Int](repeating: 0, count: count)
        for old in 0..<count {
            order[atDepth[Int(depth[old])]] = old
            atDepth[Int(depth[old])] += 1
        }
        var number = [Int32](repeating: 0, count: count)
        for (new, old) in order.enumerated() { number[old] = Int32(new) }
        firstEdge = [Int32](repeating: 0, count: count + 1)
        edgeScalars = [UInt32](repeating: 0, count: max(0, count - 1))
        edgeTargets = [Int32](repeating: 0, count: max(0, count - 1))
        outputTerm = [Int32](repeating: -1, count: count)
        outputLength = [Int32](repeating: 0, count: count)
        for old in 0..<count {
            let new = Int(number[old])
            outputTerm[new] = ends[old]; outputLength[new] = endLength[old]
            if old > 0 { firstEdge[Int(number[Int(parents[old])]) + 1] += 1 }
        }
        for n in 0..<count { firstEdge[n + 1] += firstEdge[n] }
        // Children are numbered in the order they are filled in, so each parent's run is in order.
        var filled = firstEdge
        for new in 1..<max(1, count) {
            let old = order[new]
            let parent = Int(number[Int(parents[old])])
            edgeScalars[Int(filled[parent])] = scalars[old]
            edgeTargets[Int(filled[parent])] = Int32(new)
            filled[parent] += 1
        }
        rootChild = [Int32](repeating: 0, count: 256)
        for edge in Int(firstEdge[0])..<Int(firstEdge[1]) where edgeScalars[edge] < 0x10000 {
            let high = Int(edgeScalars[edge] >> 8)
            if rootBlock[high] == 0 {
                rootBlock[high] = Int32(rootChild.count >> 8)
                rootChild.append(contentsOf: repeatElement(0, count: 256))
            }
            rootChild[Int(rootBlock[high]) << 8 | Int(edgeScalars[edge] & 0xFF)] = edgeTargets[edge]
        }
        failure = [Int32](repeating: 0, count: count)
        nextOutput = [Int32](repeating: -1, count: count)
        // Breadth-first order is node order: a node's failure target is finished before the node.
        for node in 0..<count {
            for edge in Int(firstEdge[node])..<Int(firstEdge[node + 1]) {
                let scalar = edgeScalars[edge], child = Int(edgeTargets[edge])
                var fallback = Int(failure[node])
                while fallback != 0 && self.child(of: fallback, at: scalar) < 0 { fallback = Int(failure[fallback]) }
                // A depth-one node fails to the root; deeper ones to the longest proper suffix.
                let f = node == 0 ? 0 : max(0, self.child(of: fallback, at: scalar))
                failure[child] = Int32(f)
                nextOutput[child] = outputTerm[f] >= 0 ? Int32(f) : nextOutput[f]
            }
        }
    }

    /// The node reached from `node` by `scalar`, or -1.
    @inline(__always)
    private func child(of node: Int, at scalar: UInt32) -> Int {
        if node == 0 && scalar < 0x10000 {
            let target = Int(rootChild[Int(rootBlock[Int(scalar >> 8)]) << 8 | Int(scalar & 0xFF)])
            return target == 0 ? -1 : target
        }
        var edge = Int(firstEdge[node])
        var end = Int(firstEdge[node + 1])
        // Wide nodes (a kanji followed by hundreds of others) are halved first, narrow ones scanned.
        while end - edge > 8 {
            let middle = (edge + end) / 2
            if edgeScalars[middle] <= scalar { edge = middle } else { end = middle }
        }
        while edge < end {
            let found = edgeScalars[edge]
            if found == scalar { return Int(edgeTargets[edge]) }
            if found > scalar { return -1 }
            edge += 1
        }
        return -1
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
            var next = child(of: node, at: scalar)
            while next < 0 && node != 0 {
                node = Int(failure[node])
                next = child(of: node, at: scalar)
            }
            node = max(0, next)
            var candidate = outputTerm[node] >= 0 ? node : Int(nextOutput[node])
            while candidate >= 0 {
                let length = Int(outputLength[candidate])
                let start = characterAt?[index + 1 - length] ?? index + 1 - length, end = characterAt?[index + 1] ?? index + 1
                if start >= 0 && end >= 0 { found.append(Match(start: start, end: end, term: Int(outputTerm[candidate]))) }
                candidate = Int(nextOutput[candidate])
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
