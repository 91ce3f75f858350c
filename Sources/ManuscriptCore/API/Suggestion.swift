/// The "did you mean" hint for a misspelt name: the known name nearest to it, when it is close
/// enough to be a likely typo.
public enum Suggestion {
    /// The candidate nearest to `name` by edit distance, or nil when none is close enough: at most
    /// one edit in three characters (one for names of up to five, so 'quote' is not taken for 'note'),
    /// a swap of neighbours counting as one edit ('tilte' → 'title'). Ties go to the alphabetically
    /// first candidate, so messages are stable.
    public static func closest<S: Sequence>(to name: String, among candidates: S) -> String? where S.Element == String {
        var best: (String, Int)?
        for candidate in candidates where candidate != name {
            let distance = editDistance(candidate, name)
            if best == nil || distance < best!.1 || (distance == best!.1 && candidate < best!.0) {
                best = (candidate, distance)
            }
        }
        guard let best, best.1 <= max(1, name.count / 3) else { return nil }
        return best.0
    }

    /// `"; did you mean 'x'?"` for a close candidate, else the empty string, for appending to a message.
    public static func hint<S: Sequence>(for name: String, among candidates: S) -> String where S.Element == String {
        closest(to: name, among: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }

    /// The did-you-mean hint when a candidate is close, else every candidate after `listing`
    /// (`"; expected one of: a, b"`), so a message always says what would have been right.
    public static func hint<C: Collection>(for name: String, among candidates: C, otherwise listing: String) -> String
        where C.Element == String {
        let hint = hint(for: name, among: candidates)
        return hint.isEmpty ? "; \(listing): \(candidates.joined(separator: ", "))" : hint
    }

    /// Edit distance over Characters (optimal string alignment: insertions, deletions,
    /// substitutions and swaps of adjacent characters).
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var beforePrevious = Array(repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }
}
