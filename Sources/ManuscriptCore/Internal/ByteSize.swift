import Foundation

/// Sizes as edition.yaml writes them (`64 MiB`, `500 MB`, `1 GiB`, or a number of bytes) and as
/// messages print them.
enum ByteSize {
    private static let units: [(name: String, factor: Int)] = [
        ("B", 1), ("KB", 1_000), ("MB", 1_000_000), ("GB", 1_000_000_000),
        ("KiB", 1 << 10), ("MiB", 1 << 20), ("GiB", 1 << 30),
    ]

    /// The number of bytes `text` says, or nil when it is not a whole number with an optional unit.
    static func parse(_ text: String) -> Int? {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        let unit = text.dropFirst(digits.count).trimmingCharacters(in: .whitespaces)
        guard !digits.isEmpty, digits.count <= 18, let count = Int(digits),
              let factor = unit.isEmpty ? 1 : units.first(where: { $0.name == unit })?.factor else { return nil }
        let (bytes, overflow) = count.multipliedReportingOverflow(by: factor)
        return overflow ? nil : bytes
    }

    /// `67,108,864 bytes (64 MiB)`: the exact count, and the largest unit that says it whole (else
    /// binary units to one decimal).
    static func described(_ bytes: Int) -> String {
        let exact = NumberText.grouped(bytes) + " bytes"
        let larger = units.filter { $0.factor > 1 && bytes >= $0.factor }.sorted { $0.factor > $1.factor }
        if let whole = larger.first(where: { bytes % $0.factor == 0 }) {
            return "\(exact) (\(bytes / whole.factor) \(whole.name))"
        }
        guard let unit = larger.first(where: { $0.name.hasSuffix("iB") }) else { return exact }
        return "\(exact) (\(NumberText.fixed(Double(bytes) / Double(unit.factor), decimals: 1)) \(unit.name))"
    }
}
