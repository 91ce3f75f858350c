import Foundation

/// Reads one manuscript YAML file into a node tree, checking encoding and limits first.
enum YAMLFile {
    static func read(_ url: URL, displayPath: String) throws -> YAMLNode? {
        let data = try BoundedFile.read(url, named: displayPath, limit: YAMLLimits.standard.maximumFileBytes, at: .start(of: displayPath))
        return try parse(data, displayPath: displayPath)
    }

    static func parse(_ data: Data, displayPath: String) throws -> YAMLNode? {
        let source = try SourceText(data: data, path: displayPath)
        return try YAMLParser(source: source).parseDocument()
    }
}
