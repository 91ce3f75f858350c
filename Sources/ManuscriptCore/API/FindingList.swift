/// The findings of a run, in the order they were reported.
///
/// A finding reported twice (for text the summary edition repeats) is kept once.
public struct FindingList: Codable, Sendable {
    public private(set) var all: [Finding] = []
    private var seen = Set<Finding>()

    private enum CodingKeys: String, CodingKey { case all }

    public init(_ findings: [Finding] = []) { append(contentsOf: findings) }

    public init(from decoder: Decoder) throws {
        self.init(try decoder.container(keyedBy: CodingKeys.self).decode([Finding].self, forKey: .all))
    }

    public mutating func append(_ finding: Finding) {
        if seen.insert(finding).inserted { all.append(finding) }
    }

    public mutating func append(contentsOf findings: [Finding]) {
        for finding in findings { append(finding) }
    }

    public var errorCount: Int { all.filter { $0.severity == .error }.count }
    public var warningCount: Int { all.filter { $0.severity == .warning }.count }
    public var hasErrors: Bool { errorCount > 0 }

    /// Findings sorted by file, line and column, so output is stable whatever order stages ran in.
    public var sorted: [Finding] {
        all.enumerated().sorted { a, b in
            Self.precedes(a.element.location, b.element.location, tie: a.offset < b.offset)
        }.map(\.element)
    }

    /// Findings as printed: stage by stage in the order they ran (the loader first), by file, line
    /// and column within each. A stage's problems can follow from an earlier stage's (a block it
    /// could not build) but never from a later one's, so the root cause comes first.
    public var inCauseOrder: [Finding] {
        var rank: [String: Int] = [:]
        for finding in all where rank[finding.stage] == nil { rank[finding.stage] = rank.count }
        return all.enumerated().sorted { a, b in
            let (l, r) = (rank[a.element.stage]!, rank[b.element.stage]!)
            if l != r { return l < r }
            return Self.precedes(a.element.location, b.element.location, tie: a.offset < b.offset)
        }.map(\.element)
    }

    private static func precedes(_ l: SourceLocation, _ r: SourceLocation, tie: Bool) -> Bool {
        if l.path != r.path { return l.path < r.path }
        if l.line != r.line { return l.line < r.line }
        if l.column != r.column { return l.column < r.column }
        return tie
    }
}
