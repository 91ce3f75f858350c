import Foundation
@testable import ManuscriptCore
import Testing

struct SourceTextTests {
    func error(_ bytes: [UInt8]) -> String? {
        do { _ = try SourceText(data: Data(bytes), path: "s.yaml"); return nil } catch {
            return (error as? AssemblyError)?.description
        }
    }

    @Test func invalidUTF8IsLocated() {
        #expect(error(Array("id: a\nx: 地".utf8) + [0xFF, 0x41]) == "s.yaml:2:5: error: file is not valid UTF-8")
        #expect(error([0xE3, 0x81]) == "s.yaml:1:1: error: file is not valid UTF-8")
    }

    @Test(arguments: [0x00, 0x01, 0x08, 0x0B, 0x0C, 0x1B, 0x7F])
    func controlCharactersAreRejected(code: UInt8) {
        #expect(error(Array("a: b".utf8) + [code]) == "s.yaml:1:5: error: character U+\(String(format: "%04X", code)) is not allowed in a manuscript")
    }

    @Test func c1ControlsAndNoncharactersAreRejected() {
        #expect(error(Array("a: \u{85}".utf8))?.contains("U+0085") == true)
        #expect(error(Array("a: \u{FFFE}".utf8))?.contains("U+FFFE") == true)
    }

    @Test func tabsLineEndsAndByteOrderMarkAreAccepted() throws {
        let text = try SourceText(data: Data([0xEF, 0xBB, 0xBF] + Array("a:\tb\r\nc: 葛\u{E0100}\n".utf8)), path: "s.yaml")
        #expect(text.text.hasPrefix("a:"))
    }

    @Test func oversizedFilesAreRejectedBeforeParsing() {
        var limits = YAMLLimits.standard
        limits.maximumFileBytes = 10
        #expect(throws: AssemblyError.self) { try SourceText(data: Data(count: 11), path: "s.yaml", limits: limits) }
    }
}
