import Foundation

/// Reads one manuscript YAML file into a node tree, checking encoding and limits first.
enum YAMLFile {
    static func read(_ url: URL, displayPath: String) throws -> YAMLNode? {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw AssemblyError("cannot read file: \(error.localizedDescription)", at: .start(of: displayPath))
        }
        return try parse(data, displayPath: displayPath)
    }

    static func parse(_ data: Data, displayPath: String) throws -> YAMLNode? {
        let source = try SourceText(data: data, path: displayPath)
        return try YAMLParser(source: source).parseDocument()
    }
}
