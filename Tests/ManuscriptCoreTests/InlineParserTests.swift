import Foundation
@testable import ManuscriptCore
import Testing

struct InlineParserTests {
    func parse(_ text: String) throws -> [Inline] {
        let yaml = "p: |\n" + text.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n") + "\n"
        let root = try #require(try YAMLFile.parse(Data(yaml.utf8), displayPath: "i.yaml"))
        return try InlineParser.parse(root.mapping("r").required("p"), what: "paragraph").withoutAnchors
    }

    func error(_ text: String) -> String? {
        do { _ = try parse(text); return nil } catch { return (error as? AssemblyError)?.description }
    }

    @Test func strongWorksNextToJapanesePunctuation() throws {
        #expect(try parse("**「超える」**ことで") == [.strong([.text("「超える」")]), .text("ことで")])
        #expect(try parse("地域の**つながり**。") == [.text("地域の"), .strong([.text("つながり")]), .text("。")])
        #expect(try parse("「**幸せ**」") == [.text("「"), .strong([.text("幸せ")]), .text("」")])
    }

    @Test func linesJoinWithoutSpacesExceptBetweenLatinWords() throws {
        #expect(try parse("地域共生\n社会") == [.text("地域共生社会")])
        #expect(try parse("OODA\nloop") == [.text("OODA loop")])
        #expect(try parse("改行\\\n二行目") == [.text("改行"), .lineBreak, .text("二行目")])
    }

    @Test func linksAndReferences() throws {
        #expect(try parse("[市のサイト](https://www.city.iwaki.lg.jp/)を参照")
                == [.link(url: "https://www.city.iwaki.lg.jp/", content: [.text("市のサイト")]), .text("を参照")])
        let inlines = try parse("詳しくは[[survey|資料2]]へ")
        guard case .reference(let reference) = inlines[1] else { Issue.record("no reference"); return }
        #expect(reference.target == "survey" && reference.label == "資料2")
        #expect(reference.location.description == "i.yaml:2:7")
        #expect(try parse("[括弧]だけ") == [.text("[括弧]だけ")])
    }

    @Test func escapesKeepMarkupCharacters() throws {
        #expect(try parse("\\*\\*そのまま\\*\\*") == [.text("**そのまま**")])
    }

    @Test func anchorsMarkWhereTextStartsInTheSource() throws {
        let yaml = "p: |\n  一行目の**強調**と\n  二行目\n"
        let root = try #require(try YAMLFile.parse(Data(yaml.utf8), displayPath: "i.yaml"))
        let inlines = try InlineParser.parse(root.mapping("r").required("p"), what: "paragraph")
        let anchors = inlines.flatMap { inline -> [String] in
            switch inline {
            case .anchor(let location): return [location.description]
            case .strong(let content): return content.compactMap { if case .anchor(let l) = $0 { l.description } else { nil } }
            default: return []
            }
        }
        #expect(anchors == ["i.yaml:2:3", "i.yaml:2:9", "i.yaml:2:13", "i.yaml:3:3"])
        #expect(inlines.plainText == "一行目の強調と二行目")
    }

    @Test func unclosedMarkupIsLocated() {
        #expect(error("一行目\n二行目の**強調") == "i.yaml:3:7: error: '**' opened here is never closed")
        #expect(error("[[survey") == "i.yaml:2:3: error: '[[' opened here is never closed; write [[id]] or [[id|label]]")
        #expect(error("[[概要]]") == "i.yaml:2:3: error: '概要' is not a valid id; ids use a-z, 0-9 and '-'")
        #expect(error("[ここ](javascript:alert(1))")?.contains("must be a URL starting with https://") == true)
    }
}
