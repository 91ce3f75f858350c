import ManuscriptCore

/// What makes warnings "the same" for summarizing them: the stage, and the message with what it
/// quotes and counts left out (`sentence has … characters; the limit is …`, `'…' is defined in the
/// glossary but not used in the text`).
struct WarningKind: Hashable {
    let stage: String
    let pattern: String

    init(of finding: Finding) {
        stage = finding.stage
        pattern = Self.pattern(of: finding.message)
    }

    static func pattern(of message: String) -> String {
        let characters = Array(message)
        var result = ""
        var index = 0
        while index < characters.count {
            let character = characters[index]
            let previous: Character = index > 0 ? characters[index - 1] : " "
            if let close = closer(of: character, after: previous), let end = characters[(index + 1)...].firstIndex(of: close) {
                result += "\(character)…\(close)"
                index = end + 1
            } else if isDigit(character) {
                // 1,000 and 6.61 are one number; a comma or full stop after one ends it.
                index += 1
                while index < characters.count, isDigit(characters[index])
                    || ",.".contains(characters[index]) && index + 1 < characters.count && isDigit(characters[index + 1]) {
                    index += 1
                }
                result += "…"
            } else {
                result.append(character)
                index += 1
            }
        }
        return result
    }

    /// `'` opens a quotation unless it is an apostrophe (after a letter: "don't").
    private static func closer(of character: Character, after previous: Character) -> Character? {
        switch character {
        case "「": "」"
        case "\"": "\""
        case "'" where !previous.isLetter: "'"
        default: nil
        }
    }

    private static func isDigit(_ character: Character) -> Bool { character.isASCII && character.isWholeNumber }
}
