import Foundation

/// A short hint, in the manuscript's terms, for libyaml's most common syntax errors: tab indentation,
/// an unquoted `{` or `:` inside a flow mapping, a colon in an unquoted value, and bad indentation.
///
/// libyaml says what it expected ("did not find expected ',' or '}'"); editors need to know what to
/// change. Marks are 0-based lines and columns in Unicode scalars, as libyaml gives them.
struct YAMLSyntaxHint {
    let problem: String
    let context: String
    let line: [Unicode.Scalar]
    let column: Int
    /// The line the context mark is on.
    let contextText: [Unicode.Scalar]
    /// Where the construct the problem belongs to began (the `{`, the mapping, the quote), 0-based.
    let contextLine: Int
    let contextColumn: Int

    init(problem: String, context: String, lines: [Substring], problemMark: (line: Int, column: Int),
         contextMark: (line: Int, column: Int)) {
        self.problem = problem
        self.context = context
        line = problemMark.line < lines.count ? Array(lines[problemMark.line].unicodeScalars) : []
        column = problemMark.column
        contextLine = contextMark.line
        contextColumn = contextMark.column
        contextText = contextMark.line < lines.count ? Array(lines[contextMark.line].unicodeScalars) : []
    }

    /// Where the message should point when libyaml notices the mistake only further on: a key
    /// without its colon is found out at the next line. Nil keeps libyaml's place.
    var betterPlace: (line: Int, column: Int)? {
        problem.hasPrefix("could not find expected ':'") && context.contains("simple key") ? (contextLine, contextColumn) : nil
    }

    /// `"; …"` to append to libyaml's message, or the empty string when there is no better advice.
    var text: String {
        let here = column < line.count ? line[column] : nil
        if problem.contains("tab character") || (problem.hasPrefix("found character that cannot start any token") && here == "\t") {
            return "; indent with spaces: YAML does not allow tabs in indentation"
        }
        if problem.hasPrefix("found character that cannot start any token"), let here, "@`".unicodeScalars.contains(here) {
            return "; a value cannot begin with '\(here)' unless it is quoted"
        }
        if problem.hasPrefix("did not find expected ',' or '}'") || problem.hasPrefix("did not find expected ',' or ']'") {
            return flowHint(here: here, brackets: problem.hasSuffix("'}'") ? "{…}" : "[…]")
        }
        if problem.hasPrefix("mapping values are not allowed") {
            guard let value = valueAfterFirstColon(), column > value.start else {
                return "; check the indentation: this key is indented under a line that already has a value"
            }
            if value.text.hasPrefix("\"") || value.text.hasPrefix("'") { return "" }
            return "; a value that contains ': ' must be quoted: \(Self.quoted(value.text))"
        }
        let isKey = problem.hasPrefix("did not find expected key") && context.contains("block mapping")
        let isItem = problem.hasPrefix("did not find expected '-' indicator")
        if isKey || isItem {
            guard column == (line.firstIndex { $0 != " " } ?? 0) else {
                // Not a line out of place but text after a finished value: `"x" y`.
                let before = line[..<min(column, line.count)].last { $0 != " " }
                return before == "\"" || before == "'" ? "; text follows the closing quote: put all of the value inside the quotes" : ""
            }
            let (what, entries) = isKey ? ("mapping", "keys") : ("list", "items")
            return "; check the indentation: the \(what) that begins on line \(contextLine + 1) has its \(entries) in column \(contextColumn + 1), this line starts in column \(column + 1)"
        }
        if betterPlace != nil {
            let key = String(String.UnicodeScalarView(contextText.dropFirst(contextColumn))).trimmingCharacters(in: .whitespaces)
            return key.isEmpty || key.count > 30 ? "; is the ':' after this key missing?" : "; a key needs ':' after it, as in '\(key):'"
        }
        if problem.hasPrefix("block sequence entries are not allowed") {
            return "; start the list on the next line, or write it as [a, b]"
        }
        if context.contains("quoted scalar") {
            return "; the quote on line \(contextLine + 1), column \(contextColumn + 1) is never closed"
        }
        return ""
    }

    /// Inside `{…}` or `[…]`, `{ } [ ] ,` and `: ` end a plain value, so text such as 第{n}章 needs quotes.
    private func flowHint(here: Unicode.Scalar?, brackets: String) -> String {
        if let here, "{}[]:".unicodeScalars.contains(here), let value = flowValue() {
            let what = here == ":" ? "': '" : "'\(here)'"
            return "; a value inside \(brackets) that contains \(what) must be quoted: \(Self.quoted(value))"
        }
        let opener = brackets.prefix(1)
        return "; is the '\(opener)' on line \(contextLine + 1), column \(contextColumn + 1) closed, with its entries separated by commas?"
    }

    /// The flow value the problem column falls in: from after the `: `, `,` or bracket before it to
    /// the `,` or closing bracket that ends it at its own nesting level.
    private func flowValue() -> String? {
        var start = column
        while start > 0 {
            let previous = line[start - 1]
            if previous == "," || previous == "{" || previous == "[" { break }
            if previous == " ", start >= 2, line[start - 2] == ":" { break }
            start -= 1
        }
        var end = column
        var depth = 0
        while end < line.count {
            let scalar = line[end]
            if scalar == "{" || scalar == "[" { depth += 1 }
            if scalar == "}" || scalar == "]" {
                if depth == 0 { break }
                depth -= 1
            }
            if scalar == ",", depth == 0 { break }
            end += 1
        }
        let text = String(String.UnicodeScalarView(line[start..<end])).trimmingCharacters(in: .whitespaces)
        return text.isEmpty ? nil : text
    }

    /// The value of a `key: value` line (after a leading `- `), with the column it starts at.
    private func valueAfterFirstColon() -> (text: String, start: Int)? {
        var index = 0
        while index + 1 < line.count {
            if line[index] == ":", line[index + 1] == " " {
                let start = index + 2
                return (String(String.UnicodeScalarView(line[start...])).trimmingCharacters(in: .whitespaces), start)
            }
            index += 1
        }
        return nil
    }

    private static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
