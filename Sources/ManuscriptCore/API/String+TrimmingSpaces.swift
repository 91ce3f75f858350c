import Foundation

extension String {
    /// `trimmingCharacters(in: .whitespaces)`: the spaces (Zs) and tabs at either end removed. Text
    /// with neither end a space, as almost every cell, term and sentence is, comes back as it is
    /// without a pass through Foundation.
    public func trimmingSpaces() -> String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last else { return self }
        return first.isSpaceOrTab || last.isSpaceOrTab ? trimmingCharacters(in: .whitespaces) : self
    }
}

extension Unicode.Scalar {
    /// In `CharacterSet.whitespaces`: a space separator (Zs) or the tab. ASCII, kana and ideographs
    /// are answered without a property lookup.
    var isSpaceOrTab: Bool {
        switch value {
        case 0x09, 0x20: true
        case 0x00...0x7F, 0x3001...0x9FFF: false
        default: properties.generalCategory == .spaceSeparator
        }
    }
}
