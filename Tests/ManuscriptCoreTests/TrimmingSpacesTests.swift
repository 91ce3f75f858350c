import Foundation
@testable import ManuscriptCore
import Testing

/// `trimmingSpaces()` is Foundation's `trimmingCharacters(in: .whitespaces)` with a shortcut: the
/// two must agree for every scalar at either end (U+200B is in the set on Linux, though not Zs).
struct TrimmingSpacesTests {
    @Test func everyScalarIsTrimmedAsFoundationTrimsIt() {
        var disagreements: [String] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if scalar.isTrimmedAsWhitespace != CharacterSet.whitespaces.contains(scalar) { disagreements.append(String(value, radix: 16)) }
            guard value <= 0xFFFF else { continue }
            let alone = String(Character(scalar))
            for text in [alone, "地域" + alone, alone + "地域", alone + "地域" + alone] where text.trimmingSpaces() != text.trimmingCharacters(in: .whitespaces) {
                disagreements.append(text.debugDescription)
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(20))")
    }

    @Test func textWithoutSpacesAtItsEndsComesBackAsItIs() {
        #expect("　市民　".trimmingSpaces() == "市民")
        #expect("\u{200B}用語\u{200B}".trimmingSpaces() == "用語")
        #expect(" \t ".trimmingSpaces() == "")
        #expect("市民\n".trimmingSpaces() == "市民\n")
    }
}
