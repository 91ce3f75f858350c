import Foundation

/// Parses YAML text the way manuscript files are read: encoding checks, limits and located errors.
public enum YAMLDocument {
    /// The document's root node, or nil for an empty document.
    public static func parse(_ data: Data, path: String) throws -> YAMLNode? {
        try YAMLFile.parse(data, displayPath: path)
    }
}
