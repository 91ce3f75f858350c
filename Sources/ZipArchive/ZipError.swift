/// A zip archive could not be written or read.
public struct ZipError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
