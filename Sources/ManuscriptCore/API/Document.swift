/// The whole plan as stages see it: the edition and its volumes.
///
/// It is `Codable` so external stages can receive and return it as JSON.
public struct Document: Codable, Hashable, Sendable {
    public var edition: Edition
    public var volumes: [Volume]

    public init(edition: Edition, volumes: [Volume]) {
        self.edition = edition
        self.volumes = volumes
    }
}
