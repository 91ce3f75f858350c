import Foundation

extension String {
    /// `trimmingCharacters(in: .whitespaces)`: the spaces and tabs at either end removed. Text with
    /// neither end in that set, as almost every cell, term and sentence is, comes back as it is
    /// without a pass through Foundation.
    public func trimmingSpaces() -> String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last else { return self }
        return first.isTrimmedAsWhitespace || last.isTrimmedAsWhitespace ? trimmingCharacters(in: .whitespaces) : self
    }
}

extension Unicode.Scalar {
    /// In `CharacterSet.whitespaces` (on Linux the space separators, the tab and U+200B). ASCII,
    /// punctuation, symbols, kana, ideographs and full-width forms (「）」 ends many a cell) are
    /// answered without looking in the set.
    var isTrimmedAsWhitespace: Bool {
        switch value {
        case 0x09, 0x20: true
        case 0x00...0x7F, 0x2010...0x2027, 0x2030...0x205E, 0x2190...0x2BFF, 0x3001...0x9FFF, 0xFF01...0xFFEF: false
        default: CharacterSet.whitespaces.contains(self)
        }
    }

    /// A space separator (Zs) or the tab: where table text may hang a space at a break.
    var isSpaceOrTab: Bool {
        switch value {
        case 0x09, 0x20: true
        case 0x00...0x7F, 0x3001...0x9FFF: false
        default: properties.generalCategory == .spaceSeparator
        }
    }
}
