import Foundation
import ManuscriptCore

/// How a reference names a heading (option `heading-format`): `{section}` is the chapter's number
/// (its title when unnumbered), `{heading}` the heading's text. A space written before `{heading}`
/// is left out when the heading opens with a bracket, as 「第2章（1）相談体制の充実」 is written.
struct HeadingFormat {
    static let defaultFormat = "{section} {heading}"

    let format: String

    func name(of heading: Heading, in section: Section) -> String {
        let text = heading.text.plainText
        var format = self.format
        if let first = text.first, "（(「『【〔［〈《".contains(first) {
            format = format.replacing(" {heading}", with: "{heading}")
        }
        return format.replacing("{section}", with: section.number ?? section.title)
            .replacing("{heading}", with: text)
    }
}
