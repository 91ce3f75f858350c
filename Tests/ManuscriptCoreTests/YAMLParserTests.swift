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
        #expect(error("見出し: [1, 2\n") == "t.yaml:2:1: error: YAML syntax error: did not find expected ',' or ']' while parsing a flow sequence; is the '[' on line 1, column 6 closed, with its entries separated by commas?")
        #expect(error("- 地域: x\n  y: [\n") != nil)
        #expect(error("地域福祉: @x\n") == "t.yaml:1:7: error: YAML syntax error: found character that cannot start any token while scanning for the next token; a value cannot begin with '@' unless it is quoted")
    }

    /// The common mistakes get a hint saying what to change; the place stays libyaml's.
    @Test func commonSyntaxErrorsGetAHint() {
        #expect(error("blocks:\n\t- paragraph: x\n") == "t.yaml:2:1: error: YAML syntax error: found character that cannot start any token while scanning for the next token; indent with spaces: YAML does not allow tabs in indentation")
        #expect(error("a:\n  b: 1\n\tc: 2\n") == "t.yaml:3:1: error: YAML syntax error: found a tab character that violates indentation while scanning a plain scalar; indent with spaces: YAML does not allow tabs in indentation")
        #expect(error("section-formats: {vision: 第{n}章, appendix: 資料{n}}\n") == "t.yaml:1:28: error: YAML syntax error: did not find expected ',' or '}' while parsing a flow mapping; a value inside {…} that contains '{' must be quoted: \"第{n}章\"")
        #expect(error("- {date: 2026-03-19, meeting: 第3回: 推進会議}\n") == "t.yaml:1:34: error: YAML syntax error: did not find expected ',' or '}' while parsing a flow mapping; a value inside {…} that contains ': ' must be quoted: \"第3回: 推進会議\"")
        #expect(error("agenda: [計画[案], 報告]\n") == "t.yaml:1:12: error: YAML syntax error: did not find expected ',' or ']' while parsing a flow sequence; a value inside […] that contains '[' must be quoted: \"計画[案]\"")
        #expect(error("title: 会議: 第3回\n") == "t.yaml:1:10: error: YAML syntax error: mapping values are not allowed in this context; a value that contains ': ' must be quoted: \"会議: 第3回\"")
        #expect(error("blocks:\n  - paragraph: 日時: 3月19日\n") == "t.yaml:2:18: error: YAML syntax error: mapping values are not allowed in this context; a value that contains ': ' must be quoted: \"日時: 3月19日\"")
        #expect(error("title: x\n  label: y\n") == "t.yaml:2:8: error: YAML syntax error: mapping values are not allowed in this context; check the indentation: this key is indented under a line that already has a value")
        #expect(error("a:\n  b: 1\n   c: 2\n") == "t.yaml:3:5: error: YAML syntax error: mapping values are not allowed in this context; check the indentation: this key is indented under a line that already has a value")
        #expect(error("a:\n  b: 1\n c: 2\n") == "t.yaml:3:2: error: YAML syntax error: did not find expected key while parsing a block mapping; check the indentation: the mapping that begins on line 1 has its keys in column 1, this line starts in column 2")
        #expect(error("volumes:\n  - id: a\n   title: b\n") == "t.yaml:3:4: error: YAML syntax error: did not find expected '-' indicator while parsing a block collection; check the indentation: the list that begins on line 2 has its items in column 3, this line starts in column 4")
        #expect(error("title: \"地域共生\" 案\n") == "t.yaml:1:15: error: YAML syntax error: did not find expected key while parsing a block mapping; text follows the closing quote: put all of the value inside the quotes")
        #expect(error("title: x\nblocks\n  - paragraph: y\n") == "t.yaml:2:1: error: YAML syntax error: could not find expected ':' while scanning a simple key; a key needs ':' after it, as in 'blocks:'")
        #expect(error("items: - 一\n") == "t.yaml:1:8: error: YAML syntax error: block sequence entries are not allowed in this context; start the list on the next line, or write it as [a, b]")
        #expect(error("title: \"地域共生\nlabel: x\n") == "t.yaml:3:1: error: YAML syntax error: found unexpected end of stream while scanning a quoted scalar; the quote on line 1, column 8 is never closed")
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
        // Long mappings are checked through a table: duplicates before, across and after the switch.
        let keys = (1...40).map { "k\($0): v\n" }.joined()
        #expect(error(keys + "k3: again\n") == "t.yaml:41:1: error: duplicate key 'k3'; first defined at 3:1")
        #expect(error(keys + "k40: again\n") == "t.yaml:41:1: error: duplicate key 'k40'; first defined at 40:1")
        #expect(error((1...16).map { "k\($0): v\n" }.joined() + "k16: again\n") == "t.yaml:17:1: error: duplicate key 'k16'; first defined at 16:1")
        #expect(error(keys) == nil)
    }

    @Test func oneDocumentPerFile() {
        #expect(error("a: 1\n---\nb: 2\n") == "t.yaml:2:1: error: a manuscript file holds one YAML document; found another here")
    }

    @Test func emptyFileHasNoDocument() throws {
        #expect(try parse("") == nil)
        #expect(try parse("# only a comment\n") == nil)
    }
}
