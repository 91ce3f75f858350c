/// Text printed on a terminal: messages quote manuscripts and stages, which may hold anything.
public enum TerminalText {
    /// One printed line: controls (line breaks too), bidirectional overrides and other invisible
    /// format characters become `<U+XXXX>`, so a message never moves the cursor or recolours the
    /// terminal, and stays one line.
    public static func line(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar == "\n" || MessageText.needsEscape(scalar) { result += "<U+\(MessageText.hex(scalar))>" } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }
}
