import Foundation
@testable import ManuscriptCore
import Testing

struct YAMLParserTests {
    func parse(_ text: String) throws -> YAMLNode? {
        try YAMLFile.parse(Data(text.utf8), displayPath: "t.yaml")
    }

    func error(_ text: String) -> String? {
        do { _ = try parse(text); return nil } catch { return (error as? AssemblyError)?.description }
    }

    @Test func marksAreOneBasedLinesAndColumnsInUnicodeScalars() throws {
        let root = try #require(try parse("title: 地域共生\nid: 概要x\n"))
        let mapping = try root.mapping("root")
        #expect(try mapping.required("id").location.description == "t.yaml:2:5")
        #expect(mapping.pairs[1].key.location.column == 1)
    }

    @Test func columnsAfterJapaneseTextCountCharactersNotBytes() {
        #expect(error("見出し: [1, 2\n") == "t.yaml:2:1: error: YAML syntax error: did not find expected ',' or ']' while parsing a flow sequence")
        #expect(error("- 地域: x\n  y: [\n") != nil)
        #expect(error("地域福祉: @x\n") == "t.yaml:1:7: error: YAML syntax error: found character that cannot start any token while scanning for the next token")
    }

    @Test func literalBlockOffsetsMapToTheirLines() throws {
        let root = try #require(try parse("p: |\n  一行目\n  二行目の[[x]]\n"))
        let node = try root.mapping("r").required("p")
        // Offset of "[[": 3 + 1 (newline) + 4 characters into the second line.
        #expect(node.location(ofScalarOffset: 8).description == "t.yaml:3:7")
    }

    @Test func aliasesExpandWithinTheBudget() throws {
        let root = try #require(try parse("a: &x [1, 2]\nb: *x\n"))
        let b = try root.mapping("r").required("b").sequence("b")
        #expect(b.count == 2)
    }

    @Test func billionLaughsIsStoppedByTheNodeBudget() {
        var text = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for i in 1...9 {
            text += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 9).joined(separator: ", ") + "]\n"
        }
        let message = error(text)
        #expect(message?.contains("document expands to more than 2,000,000 nodes") == true)
    }

    @Test func selfReferencingAnchorIsAnUnknownAlias() {
        #expect(error("a: &x [*x]\n") == "t.yaml:1:8: error: unknown alias '*x' (an anchor can only be used after its node is complete)")
        #expect(error("a: *nowhere\n")?.contains("unknown alias '*nowhere'") == true)
    }

    @Test func deepNestingIsCapped() {
        let text = "a: " + String(repeating: "[", count: 100) + String(repeating: "]", count: 100) + "\n"
        #expect(error(text)?.contains("nesting is deeper than 64 levels") == true)
    }

    @Test func duplicateKeysNameTheFirst() {
        #expect(error("id: a\ntitle: x\nid: b\n") == "t.yaml:3:1: error: duplicate key 'id'; first defined at 1:1")
    }

    @Test func oneDocumentPerFile() {
        #expect(error("a: 1\n---\nb: 2\n") == "t.yaml:2:1: error: a manuscript file holds one YAML document; found another here")
    }

    @Test func emptyFileHasNoDocument() throws {
        #expect(try parse("") == nil)
        #expect(try parse("# only a comment\n") == nil)
    }
}
