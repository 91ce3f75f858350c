/// A set of characters that are each one Unicode scalar, tested without hashing: a bit per scalar
/// of the Basic Multilingual Plane, since such sets are checked for every character of the
/// manuscript (sentence ends, line-start rules, where a placeholder may begin).
public struct ScalarSet: Sendable {
    private var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
    private var beyond: Set<UInt32> = []

    public init(_ characters: String) {
        self.init(scalars: characters.unicodeScalars)
    }

    public init(scalars: some Sequence<Unicode.Scalar>) {
        for scalar in scalars {
            let value = scalar.value
            if value < 0x10000 { bits[Int(value >> 6)] |= 1 << (value & 63) } else { beyond.insert(value) }
        }
    }

    public func contains(_ character: Character) -> Bool {
        let scalars = character.unicodeScalars
        return scalars.count == 1 && contains(scalars.first!)
    }

    public func contains(_ scalar: Unicode.Scalar) -> Bool {
        contains(value: scalar.value)
    }

    /// Whether the scalar of this value is in the set, for text kept as scalar values.
    public func contains(value: UInt32) -> Bool {
        value < 0x10000 ? bits[Int(value >> 6)] & (1 << (value & 63)) != 0 : beyond.contains(value)
    }
}
