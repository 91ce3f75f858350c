/// Block kinds and block options that stages add to the manuscript format.
public struct FormatExtensions: Sendable {
    public var blockKinds: [String]
    public var blockOptions: [String]

    public init(blockKinds: [String] = [], blockOptions: [String] = []) {
        self.blockKinds = blockKinds
        self.blockOptions = blockOptions
    }
}
