import Foundation

/// A term's `not-in` string folded (``WidthFolding``), by characters and as scalars to compare with
/// a ``FoldedRun`` of scalars.
struct FoldedExclusion {
    let characters: [Character]
    /// One scalar per character: its NFC form when that is one scalar, else a value no scalar has. A
    /// run's scalars are their own NFC forms, so comparing these is comparing the characters.
    let scalars: [UInt32]

    init(_ text: String) {
        characters = WidthFolding.fold(text)
        scalars = characters.map { character in
            let composed = String(character).precomposedStringWithCanonicalMapping.unicodeScalars
            return composed.count == 1 ? composed.first!.value : UInt32.max
        }
    }
}
