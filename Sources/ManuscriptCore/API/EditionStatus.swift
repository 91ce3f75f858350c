/// Where an edition stands. Only drafts show editor notes.
public enum EditionStatus: String, Codable, Sendable, CaseIterable {
    case draft
    case publicComment = "public-comment"
    case final

    /// Whether this edition goes to the public.
    public var isRelease: Bool { self != .draft }
}
