/// Typed, located reading of YAML nodes. Each accessor throws an ``AssemblyError`` at the node's place.
extension YAMLNode {
    /// The scalar's text; `what` names the value in the message.
    public func string(_ what: String) throws -> String {
        guard case .scalar(let value) = kind else {
            throw AssemblyError("\(what) must be a string, found \(kindDescription)", at: location)
        }
        return value
    }

    /// A string that prints as something: `~`, `null`, an empty value or only spaces (U+3000 too)
    /// would leave a blank title or term on the page.
    public func nonBlankString(_ what: String) throws -> String {
        let value = try string(what)
        if isPlain && ["~", "null", "Null", "NULL"].contains(value) {
            throw AssemblyError("\(what) is null; write the text it should print", at: location)
        }
        guard value.contains(where: { !$0.isWhitespace }) else {
            throw AssemblyError("\(what) is empty or blank; write the text it should print", at: location)
        }
        return value
    }

    public func sequence(_ what: String) throws -> [YAMLNode] {
        guard case .sequence(let items) = kind else {
            throw AssemblyError("\(what) must be a list, found \(kindDescription)", at: location)
        }
        return items
    }

    public func mapping(_ what: String) throws -> YAMLMapping {
        guard case .mapping(let pairs) = kind else {
            throw AssemblyError("\(what) must be a mapping, found \(kindDescription)", at: location)
        }
        return YAMLMapping(pairs: pairs, location: location, what: what)
    }

    public func bool(_ what: String) throws -> Bool {
        switch (try? string(what), isPlain) {
        case ("true", true): return true
        case ("false", true): return false
        default: throw AssemblyError("\(what) must be true or false", at: location)
        }
    }

    public func int(_ what: String, in range: ClosedRange<Int>) throws -> Int {
        guard isPlain, let value = Int(try string(what)), range.contains(value) else {
            throw AssemblyError("\(what) must be a whole number from \(range.lowerBound) to \(range.upperBound)", at: location)
        }
        return value
    }

    /// One of an enumeration's values, by its raw value; the message lists them all.
    public func choice<Choice: CaseIterable & RawRepresentable>(_ what: String, of type: Choice.Type) throws -> Choice
        where Choice.RawValue == String {
        let text = try string(what)
        guard let value = Choice(rawValue: text) else {
            let choices = Choice.allCases.map(\.rawValue)
            throw AssemblyError("\(what) must be one of: \(choices.joined(separator: ", "))" + Suggestion.hint(for: text, among: choices), at: location)
        }
        return value
    }

    /// A number kept as written (e.g. `6.61`), checked to be a decimal.
    public func decimal(_ what: String) throws -> String {
        let text = try string(what)
        guard isPlain, Double(text) != nil, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }) else {
            throw AssemblyError("\(what) must be a number such as 6.61", at: location)
        }
        // Beyond 10^15 a Double no longer holds every whole number, and no plan counts that high.
        guard let value = Double(text), abs(value) < 1e15 else {
            throw AssemblyError("\(what) \(text) is out of range; numbers must stay below 1,000,000,000,000,000", at: location)
        }
        return text
    }
}

extension YAMLNode {
    /// The scalar as running text with the manuscript's inline markup (`**strong**`, links, `[[id]]`).
    public func inlineText(_ what: String) throws -> [Inline] {
        try InlineParser.parse(self, what: what)
    }
}
