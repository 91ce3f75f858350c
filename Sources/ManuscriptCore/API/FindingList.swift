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
            let (l, r) = (a.element.location, b.element.location)
            if l.path != r.path { return l.path < r.path }
            if l.line != r.line { return l.line < r.line }
            if l.column != r.column { return l.column < r.column }
            return a.offset < b.offset
        }.map(\.element)
    }
}
