import Foundation
import ManuscriptCore
import Testing

/// A block shares its fields with its copies until one changes (BlockStorage): it must still behave
/// as a value, and write the JSON external stages read with the keys it always had.
struct BlockValueTests {
    let location = SourceLocation(path: "a.yaml", line: 3, column: 5)

    @Test func changingACopyLeavesTheOriginal() {
        let original = Block(id: "a", location: location, options: ["summary": "true"], content: .paragraph([.text("元")]))
        var copy = original
        copy.content = .paragraph([.text("変更")])
        copy.options["summary"] = nil
        copy.id = "b"
        copy.number = "表1"
        copy.location.line = 9
        #expect(original.content == .paragraph([.text("元")]) && original.options == ["summary": "true"] && original.id == "a")
        #expect(original.number == nil && original.location.line == 3)
        #expect(copy.id == "b" && copy.number == "表1" && copy.location.line == 9 && copy.options.isEmpty)
        #expect(copy != original)
        var same = original
        same.id = "a"
        #expect(same == original && same.hashValue == original.hashValue, "equal fields are equal blocks, shared or not")
    }

    @Test func blocksInAnArrayChangeInPlace() {
        var blocks = [Block(location: location, content: .paragraph([.text("一")])), Block(location: location, content: .paragraph([.text("二")]))]
        let before = blocks
        blocks[1].content.updateInlines { $0 = [.text("三")] }
        #expect(blocks[1].content == .paragraph([.text("三")]) && before[1].content == .paragraph([.text("二")]))
        #expect(blocks[0] == before[0])
    }

    @Test func jsonKeepsItsKeys() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let plain = String(decoding: try encoder.encode(Block(location: location, content: .paragraph([]))), as: UTF8.self)
        #expect(plain == #"{"content":{"paragraph":[],"type":"paragraph"},"location":{"column":5,"line":3,"path":"a.yaml"},"options":{}}"#)
        let full = Block(id: "t", location: location, number: "表1", options: ["summary": "true"], content: .paragraph([.text("本文")]))
        let data = try encoder.encode(full)
        #expect(String(decoding: data, as: UTF8.self).hasPrefix(#"{"content":"#) && String(decoding: data, as: UTF8.self).contains(#""id":"t""#))
        #expect(try JSONDecoder().decode(Block.self, from: data) == full)
    }
}
