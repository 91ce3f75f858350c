/// Text from a manuscript or a stage, made safe to print on a terminal.
enum MessageText {
    /// `text` with controls, bidirectional overrides and other invisible format characters written as
    /// `U+XXXX`, so a message never moves the cursor, recolours the terminal or reorders what it shows.
    static func escaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if needsEscape(scalar) { result += "<U+\(hex(scalar))>" } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }

    static func describe(_ scalar: Unicode.Scalar) -> String {
        scalar == " " ? "a space" : "the character U+\(hex(scalar))"
    }

    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate, .unassigned: scalar != "\n" && scalar != "\t"
        default: SourceText.isForbidden(scalar)
        }
    }

    static func hex(_ scalar: Unicode.Scalar) -> String {
        let code = String(scalar.value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - code.count)) + code
    }
}
