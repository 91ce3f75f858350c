/// A unit of table text as measuring and breaking read it: a `Character`, or a scalar that stands
/// alone (``StandaloneScalar``), which is the same character read without grapheme breaking. Text
/// made only of standalone scalars (almost every cell) is measured by scalar, the rest by character.
protocol TableTextUnit: Equatable, ExpressibleByUnicodeScalarLiteral {
    /// Its first scalar.
    var leadScalar: Unicode.Scalar? { get }
    /// An ASCII letter or digit.
    var isASCIIAlphanumeric: Bool { get }
    /// A space or an ideographic space.
    var isSpace: Bool { get }
    /// A digit of a number (ASCII or full-width), or 元 of 元年.
    var isDigit: Bool { get }
    var isNoLineStart: Bool { get }
    var isNoLineEnd: Bool { get }
    /// Whether trimming `.whitespaces` at this end removes the unit whole (true) or leaves it
    /// (false); nil when it would cut into it (a space and a mark joined into one character).
    func spaceEdge(first: Bool) -> Bool?
    static func string(of units: ArraySlice<Self>) -> String
    /// ``TableText/numberPrefixes`` and ``TableText/units`` as units, and the days of the week.
    static var numberPrefixes: [[Self]] { get }
    static var numberUnits: [[Self]] { get }
    static var weekdays: [Self] { get }
}

extension Unicode.Scalar: TableTextUnit {
    var leadScalar: Unicode.Scalar? { self }
    var isASCIIAlphanumeric: Bool {
        switch value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
        default: false
        }
    }
    var isSpace: Bool { self == " " || self == "　" }
    var isDigit: Bool { (0x30...0x39).contains(value) || (0xFF10...0xFF19).contains(value) || self == "元" }
    var isNoLineStart: Bool { TableText.noLineStartScalars.contains(value) }
    var isNoLineEnd: Bool { TableText.noLineEndScalars.contains(value) }
    func spaceEdge(first: Bool) -> Bool? { isSpaceOrTab }
    static func string(of units: ArraySlice<Self>) -> String {
        var text = ""
        text.unicodeScalars.append(contentsOf: units)
        return text
    }
    static let numberPrefixes = TableText.numberPrefixes.map { Array($0.unicodeScalars) }
    static let numberUnits = TableText.units.map { Array($0.unicodeScalars) }
    static let weekdays = Array("月火水木金土日".unicodeScalars)
}

extension Character: TableTextUnit {
    var leadScalar: Unicode.Scalar? { unicodeScalars.first }
    var isASCIIAlphanumeric: Bool { isASCII && (isLetter || isNumber) }
    var isSpace: Bool {
        let scalars = unicodeScalars
        guard scalars.count == 1, StandaloneScalar.contains(scalars.first!) else { return self == " " || self == "　" }
        return scalars.first!.isSpace
    }
    var isDigit: Bool {
        if isASCII { return isNumber }
        let scalars = unicodeScalars
        // A scalar that is its own NFC form is compared as a number; others need String ordering.
        if scalars.count == 1, StandaloneScalar.contains(scalars.first!) { return scalars.first!.isDigit }
        return ("０"..."９").contains(self) || self == "元"
    }
    var isNoLineStart: Bool { contained(in: TableText.noLineStart) { $0.isNoLineStart } }
    var isNoLineEnd: Bool { contained(in: TableText.noLineEnd) { $0.isNoLineEnd } }

    /// Set membership by scalar for a scalar that is its own NFC form (a String equals it only when
    /// it is that scalar); others by the set itself, which compares canonically (ゝ + ゛ is ゞ).
    private func contained(in set: Set<Character>, byScalar: (Unicode.Scalar) -> Bool) -> Bool {
        let scalars = unicodeScalars
        guard scalars.count == 1, StandaloneScalar.contains(scalars.first!) else { return set.contains(self) }
        return byScalar(scalars.first!)
    }

    func spaceEdge(first: Bool) -> Bool? {
        let scalars = unicodeScalars
        guard (first ? scalars.first! : scalars.last!).isSpaceOrTab else { return false }
        return scalars.count == 1 ? true : nil
    }
    static func string(of units: ArraySlice<Self>) -> String { String(units) }
    static let numberPrefixes = TableText.numberPrefixes.map(Array.init)
    static let numberUnits = TableText.units.map(Array.init)
    static let weekdays = Array("月火水木金土日")
}
