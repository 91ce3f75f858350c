import AssemblyTestSupport
import EPUBWriter
import Foundation
import ManuscriptCore
import Testing
import ZipArchive

struct EPUBWriterTests {
    let folder: TemporaryFolder

    init() throws { folder = try TemporaryFolder() }

    func write(_ document: Document, name: String = "out.epub") throws -> ZipReader {
        try folder.render(document, with: EPUBWriter.self, as: name)
    }

    @Test func containerLayoutFollowsOCF() throws {
        let zip = try write(HostileDocument.make())
        let first = try #require(zip.entries.first)
        #expect(first.name == "mimetype" && first.isStored && first.size == 20)
        #expect(try zip.text(named: "mimetype") == "application/epub+zip")
        #expect(zip.entries.map(\.name).contains("META-INF/container.xml"))
        #expect(zip.entries.map(\.name).contains("EPUB/images/image-1.png"))
    }

    @Test func everyXMLFileIsWellFormedDespiteHostileText() throws {
        let zip = try write(HostileDocument.make())
        for entry in zip.entries where entry.name.hasSuffix(".xhtml") || entry.name.hasSuffix(".opf") || entry.name.hasSuffix(".xml") {
            let text = try zip.text(named: entry.name)
            #expect(XMLCheck.problem(in: text) == nil, "\(entry.name)")
            #expect(!text.contains("<b>&amp;"), "\(entry.name) has unescaped text")
            #expect(!text.contains("\u{1}") && !text.contains("\u{1B}"), "\(entry.name) has control characters")
        }
        let section = try zip.text(named: "EPUB/s.xhtml")
        #expect(section.contains("&lt;b&gt;&amp;amp; &quot;引用&quot; &apos;x&apos; ]]&gt;"))
        #expect(section.contains("href=\"https://example.jp/?a=1&amp;b=&quot;2&quot;\""))
    }

    @Test func packageHasLanguageAndAccessibilityMetadata() throws {
        let opf = try write(HostileDocument.make()).text(named: "EPUB/package.opf")
        for expected in ["<dc:language>ja</dc:language>", "xml:lang=\"ja\"", "schema:accessMode\">textual",
                         "schema:accessMode\">visual", "schema:accessModeSufficient\">textual",
                         "schema:accessibilityFeature\">alternativeText", "schema:accessibilityFeature\">tableOfContents",
                         "schema:accessibilityHazard\">none", "schema:accessibilitySummary\">",
                         "<meta property=\"dcterms:modified\">2026-03-19T00:00:00Z</meta>", "properties=\"nav\""] {
            #expect(opf.contains(expected), "\(expected)")
        }
    }

    @Test func tablesHaveCaptionsAndScopedHeaders() throws {
        let section = try write(HostileDocument.make()).text(named: "EPUB/s.xhtml")
        #expect(section.contains("<caption><span class=\"number\">"))
        #expect(section.contains("<th scope=\"col\">") && section.contains("<th scope=\"row\">"))
        #expect(section.contains("<img src=\"images/image-1.png\" alt=\"&lt;b&gt;"))
        #expect(section.contains("xml:lang=\"ja\""))
    }

    @Test func editorNotesShowOnlyInDrafts() throws {
        #expect(try write(HostileDocument.make(status: .draft)).text(named: "EPUB/s.xhtml").contains("編集メモの本文"))
        #expect(try !write(HostileDocument.make(status: .publicComment), name: "pc.epub").text(named: "EPUB/s.xhtml").contains("編集メモの本文"))
    }

    /// Drafts and public-comment editions are proposals: 「（案）」 ends the title on the cover and in the
    /// metadata; the final edition has none.
    @Test func proposalsCarryTheDraftMarkInTheirTitle() throws {
        for (status, marked) in [(EditionStatus.draft, true), (.publicComment, true), (.final, false)] {
            let book = try write(HostileDocument.make(status: status), name: "\(status.rawValue).epub")
            #expect(try book.text(named: "EPUB/title.xhtml").contains("（案）</h1>") == marked, "\(status)")
            #expect(try book.text(named: "EPUB/package.opf").contains("（案）</dc:title>") == marked, "\(status)")
        }
    }

    @Test func sameInputGivesSameBytes() throws {
        #expect(try folder.rendersReproducibly(with: EPUBWriter.self))
    }
}
