import Foundation

/// A file of the manuscript that a stage passes on whole (an attachment): checked to be a regular
/// file within its limit, but not read, so it is copied into the output as it is read.
public struct ManuscriptFile: Sendable {
    /// The path as the manuscript writes it.
    public let path: String
    public let byteCount: Int
    let url: URL
    let displayPath: String
    let location: SourceLocation

    /// What to write: the file's bytes up to the size it was checked at.
    public var contents: FileContents { .file(url, byteCount: byteCount) }

    /// The first `count` bytes, for checking what kind of file it is.
    public func head(_ count: Int) throws -> Data {
        try BoundedFile.head(url, count: count, named: displayPath, at: location)
    }

    /// Whether the whole file is UTF-8 text, read a piece at a time.
    public func isUTF8Text() throws -> Bool {
        var validator = UTF8Validator()
        do {
            try contents.forEachChunk { validator.feed($0) }
        } catch let error as AssemblyError {
            throw AssemblyError(error.message, at: location)
        } catch {
            throw AssemblyError("cannot read '\(displayPath)': \(BoundedFile.reason(for: error))", at: location)
        }
        return validator.finish()
    }
}
