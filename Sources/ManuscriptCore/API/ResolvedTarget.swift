/// Where a cross-reference points: the volume and section holding the target, and its printed name.
public struct ResolvedTarget: Codable, Hashable, Sendable {
    public var volume: String
    public var section: String
    public var anchor: String
    /// The printed name, e.g. 「第4章 このビジョンの進め方」 or 「表2 主体ごとの役割」.
    public var text: String

    public init(volume: String, section: String, anchor: String, text: String) {
        self.volume = volume
        self.section = section
        self.anchor = anchor
        self.text = text
    }
}
