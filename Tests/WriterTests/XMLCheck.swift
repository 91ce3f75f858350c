import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Whether a text is well-formed XML, with the parser's complaint when it is not.
enum XMLCheck {
    static func problem(in text: String) -> String? {
        let parser = XMLParser(data: Data(text.utf8))
        return parser.parse() ? nil : (parser.parserError.map { "\($0)" } ?? "not well-formed")
    }
}
