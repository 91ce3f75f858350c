/// Where a scalar's text starts in the file, and whether its lines follow the file's lines one to one.
struct TextOrigin: Codable, Hashable, Sendable {
    var location: SourceLocation
    /// True for literal block scalars, whose text lines are the file's lines minus indentation.
    var followsLines: Bool

    func location(ofOffset offset: Int, in node: YAMLNode) -> SourceLocation {
        guard case .scalar(let text) = node.kind else { return location }
        var line = 0, column = 0
        for scalar in text.unicodeScalars.prefix(offset) {
            if scalar == "\n" { line += 1; column = 0 } else { column += 1 }
        }
        if line > 0 && !followsLines { return location }
        var result = location
        result.line += line
        result.column = location.column + column
        return result
    }
}
