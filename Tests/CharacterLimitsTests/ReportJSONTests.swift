@testable import CharacterLimits
import Foundation
import Testing

/// The brevity report's JSON is written by ReportJSON; Foundation's JSONEncoder, with the options
/// the report used to be written with, is the oracle: the two must give the same bytes.
struct ReportJSONTests {
    enum Status: String, Encodable { case ok, warning }

    struct Inner: Encodable {
        let unit: String
        let old: Double?
        let count: Int
        let flag: Bool
    }

    struct Outer: Encodable {
        let title: String
        let status: Status
        let values: [Double]
        let empty: [Inner]
        let inners: [Inner]
        let nested: [[Int]]
        let missing: String?
        let small: Float
        let big: UInt64
        let zB: Int
        let Za: Int
        let ａ: Int
    }

    func foundation(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test func writesWhatFoundationWrites() throws {
        let strings = ["", "いわき市「地域共生」", "a\"b\\c/d", "\u{0}\u{1}\u{8}\u{9}\u{A}\u{C}\u{D}\u{1F}\u{7F}", "😀é\u{2028}\u{FEFF}", "か\u{3099}"]
        let numbers: [Double] = [0, -0.0, 1, 12.5, 0.1, 1e-7, 1.2345678901234568e+20, 1e21, 4.9406564584124654e-324, 0.30000000000000004,
                                 100, 1e16, 1e15, 123456.789, -3.25, 1e300, 2.5e-5, 0.001, 5016.5, 12.299999999999999]
        for string in strings {
            let value = Outer(title: string, status: .warning, values: numbers, empty: [],
                              inners: [Inner(unit: string, old: nil, count: -3, flag: true), Inner(unit: "pages", old: 0.4, count: 0, flag: false)],
                              nested: [[1], []], missing: nil, small: 0.1, big: .max, zB: 1, Za: 2, ａ: 3)
            #expect(try ReportJSON.text(of: value) == foundation(value))
            #expect(try ReportJSON.text(of: [string]) == foundation([string]))
        }
        #expect(try ReportJSON.text(of: [Inner]()) == foundation([Inner]()))
    }

    @Test func numbersJSONCannotHoldAreRefused() {
        #expect(throws: EncodingError.self) { try ReportJSON.text(of: [Double.nan]) }
        #expect(throws: EncodingError.self) { try ReportJSON.text(of: [Double.infinity]) }
    }
}
