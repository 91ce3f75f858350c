/// A stage's options from the edition file, read with located errors.
public struct StageOptions: Sendable {
    public let mapping: YAMLMapping?
    /// Where the options (or the stage entry, when there are none) were written.
    public let location: SourceLocation

    public init(mapping: YAMLMapping?, location: SourceLocation) {
        self.mapping = mapping
        self.location = location
    }

    public subscript(key: String) -> YAMLNode? { mapping?[key] }

    /// Throws at any option the stage does not declare, suggesting the declared one it is likely a typo of.
    public func validate(against description: StageDescription) throws {
        let names = description.options.map(\.name)
        for pair in mapping?.pairs ?? [] {
            let name = try pair.key.string("an option name")
            guard !names.contains(name) else { continue }
            let known = names.isEmpty ? "; it takes no options"
                : Suggestion.hint(for: name, among: names, otherwise: "its options are")
            throw AssemblyError("unknown option '\(name)' for stage '\(description.identifier)'" + known, at: pair.key.location)
        }
    }

    public func string(_ key: String, default value: String) throws -> String {
        try self[key]?.string("option '\(key)'") ?? value
    }

    /// A data file option: the path given, or `path` by default.
    public func dataFile(_ key: String, default path: String) throws -> DataFileOption {
        DataFileOption(path: try string(key, default: path), location: self[key]?.location ?? location, isExplicit: self[key] != nil)
    }

    /// An option whose value is one of an enumeration's raw values.
    public func choice<Choice: CaseIterable & RawRepresentable>(_ key: String, default value: Choice) throws -> Choice
        where Choice.RawValue == String {
        try self[key]?.choice(key, of: Choice.self) ?? value
    }

    /// A list of strings, such as placeholder marks; an empty string in it is refused.
    public func strings(_ key: String, default value: [String]) throws -> [String] {
        self[key] == nil ? value : try locatedStrings(key).map(\.text)
    }

    /// A list of strings with where each is written, for findings about one entry; none when absent.
    public func locatedStrings(_ key: String) throws -> [(text: String, location: SourceLocation)] {
        guard let node = self[key] else { return [] }
        return try node.sequence("option '\(key)'").map { item in
            let text = try item.string("each entry of option '\(key)'")
            guard !text.isEmpty else { throw AssemblyError("option '\(key)' has an empty entry", at: item.location) }
            return (text, item.location)
        }
    }

    public func bool(_ key: String, default value: Bool) throws -> Bool {
        try self[key]?.bool("option '\(key)'") ?? value
    }
}
