import Foundation

/// A manuscript file's text, checked before parsing: valid UTF-8, no NUL or other characters XML cannot carry.
///
/// libyaml stops silently at NUL and would pass some controls through to the outputs, so they are
/// rejected here, at their line and column.
struct SourceText {
    let path: String
    let text: String

    init(data: Data, path: String, limits: YAMLLimits = .standard) throws {
        self.path = path
        guard data.count <= limits.maximumFileBytes else {
            throw AssemblyError(
                "file is \(NumberText.grouped(data.count)) bytes; the limit is \(NumberText.grouped(limits.maximumFileBytes)) bytes",
                at: .start(of: path))
        }
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw AssemblyError("file is not valid UTF-8", at: Self.locationOfInvalidUTF8(in: bytes, path: path))
        }
        var line = 1, column = 1
        for scalar in text.unicodeScalars {
            if scalar == "\n" { line += 1; column = 1; continue }
            if Self.isForbidden(scalar) {
                throw AssemblyError(
                    "character U+\(MessageText.hex(scalar)) is not allowed in a manuscript",
                    at: SourceLocation(path: path, line: line, column: column))
            }
            column += 1
        }
        self.text = text
    }

    /// C0 and C1 controls other than tab and line ends, the noncharacters U+FFFE and U+FFFF, and the
    /// line and paragraph separators U+2028 and U+2029: libyaml counts those as line breaks, so every
    /// line number after one (even in a comment) would be one off from what an editor shows.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF, 0x2028, 0x2029: true
        default: false
        }
    }

    private static func locationOfInvalidUTF8(in bytes: Data, path: String) -> SourceLocation {
        var line = 1, column = 1
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput, .error:
                break loop
            }
        }
        return SourceLocation(path: path, line: line, column: column)
    }
}
