/// The edition's metadata, from `edition.yaml`.
public struct Edition: Codable, Hashable, Sendable {
    public var title: String
    public var subtitle: String?
    /// The edition label, e.g. 「第3回推進会議資料」.
    public var label: String
    public var status: EditionStatus
    /// The edition date, `YYYY-MM-DD`.
    public var date: String
    public var publisher: String
    /// A BCP 47 language tag; `ja` for the sample.
    public var language: String
    /// A stable identifier; derived from title and label when the manuscript does not set one.
    public var identifier: String
    /// The comment period and where to send comments, for public-comment editions.
    public var publicComment: PublicCommentCall?
    /// How dates print (`date-style:`); nil means 和暦.
    public var dateStyle: DateStyle?
    /// How the publisher names itself in answers (`self-reference:`, e.g. 本会); nil derives it
    /// from the publisher's name (see `answeringParty`).
    public var selfReference: String?
    /// Where `title`, `subtitle`, `label`, `publisher` and `status` are written in edition.yaml, so
    /// checks and the release command can point at them; also each volume's `volumes.<id>.title`
    /// and `volumes.<id>.short-title`, and each `public-comment.submit-to.<index>` line.
    public var fieldLocations: [String: SourceLocation]?

    public init(title: String, subtitle: String?, label: String, status: EditionStatus, date: String,
                publisher: String, language: String, identifier: String,
                publicComment: PublicCommentCall? = nil, dateStyle: DateStyle? = nil, selfReference: String? = nil,
                fieldLocations: [String: SourceLocation]? = nil) {
        self.title = title
        self.subtitle = subtitle
        self.label = label
        self.status = status
        self.date = date
        self.publisher = publisher
        self.language = language
        self.identifier = identifier
        self.publicComment = publicComment
        self.dateStyle = dateStyle
        self.selfReference = selfReference
        self.fieldLocations = fieldLocations
    }
}
