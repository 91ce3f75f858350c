import ManuscriptCore

/// ``CountedCharacter``s of the Basic Multilingual Plane's standalone scalars under one run's
/// rules, each worked out when text first uses it: a manuscript holds a few thousand distinct
/// scalars but millions of characters, and each is then a table lookup.
final class CharacterTable {
    let rules: CountingRules
    private var entries: [CountedCharacter]
    /// Per scalar: 0 not yet worked out, 1 standalone, 2 not standalone.
    private var kinds = [UInt8](repeating: 0, count: 0x10000)

    init(rules: CountingRules) {
        self.rules = rules
        entries = Array(repeating: CountedCharacter(standalone: " ", rules: rules), count: 0x10000)
    }

    /// The characters of NFC text: scalar by scalar when each stands alone, as almost all Japanese
    /// text does, else by grapheme cluster.
    func all(in text: String) -> [CountedCharacter] {
        var result: [CountedCharacter] = []
        result.reserveCapacity(text.utf8.count / 2)
        for scalar in text.unicodeScalars {
            let value = Int(scalar.value)
            guard value < 0x10000 else { return text.map { CountedCharacter($0, rules: rules) } }
            if kinds[value] == 0 { fill(value) }
            guard kinds[value] == 1 else { return text.map { CountedCharacter($0, rules: rules) } }
            result.append(entries[value])
        }
        return result
    }

    private func fill(_ value: Int) {
        guard let scalar = Unicode.Scalar(UInt32(value)), StandaloneScalar.contains(scalar) else {
            kinds[value] = 2
            return
        }
        entries[value] = CountedCharacter(standalone: scalar, rules: rules)
        kinds[value] = 1
    }
}
