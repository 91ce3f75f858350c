/// How the city takes comments on a public-comment edition (`public-comment:` in edition.yaml):
/// printed on the opinion form of the release package.
public struct PublicCommentCall: Codable, Hashable, Sendable {
    /// The first and last day comments are accepted, `YYYY-MM-DD`.
    public var from: String
    public var to: String
    /// Where and how to send comments, one line each (address, FAX, e-mail, web form).
    public var submitTo: [String]

    public init(from: String, to: String, submitTo: [String]) {
        self.from = from
        self.to = to
        self.submitTo = submitTo
    }

    /// Days from the first to the last day, both counted.
    public var days: Int? {
        guard let start = BuildDate(editionDate: from), let end = BuildDate(editionDate: to) else { return nil }
        return start.days(through: end)
    }
}
