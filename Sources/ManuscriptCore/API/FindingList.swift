/// The findings of a run, in the order they were reported.
public struct FindingList: Codable, Sendable {
    public private(set) var all: [Finding] = []

    public init(_ findings: [Finding] = []) { all = findings }

    public mutating func append(_ finding: Finding) { all.append(finding) }
    public mutating func append(contentsOf findings: [Finding]) { all.append(contentsOf: findings) }

    public var errorCount: Int { sorted.filter { $0.severity == .error }.count }
    public var warningCount: Int { sorted.filter { $0.severity == .warning }.count }
    public var hasErrors: Bool { errorCount > 0 }

    /// Findings sorted by file, line and column, so output is stable whatever order stages ran in.
    /// A finding reported twice (for text the summary edition repeats) is listed once.
    public var sorted: [Finding] {
        var seen = Set<Finding>()
        return all.filter { seen.insert($0).inserted }.enumerated().sorted { a, b in
            let (l, r) = (a.element.location, b.element.location)
            if l.path != r.path { return l.path < r.path }
            if l.line != r.line { return l.line < r.line }
            if l.column != r.column { return l.column < r.column }
            return a.offset < b.offset
        }.map(\.element)
    }
}
