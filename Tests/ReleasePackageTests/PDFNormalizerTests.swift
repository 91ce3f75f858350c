import Foundation
import ManuscriptCore
@testable import PDFOutput
import Testing

struct PDFNormalizerTests {
    static func pdf(created: String, id: String) -> Data {
        Data("""
            %PDF-1.4
            1 0 obj <</Producer(LibreOffice 7.4)/CreationDate(\(created))>> endobj
            trailer <</Size 2/Root 1 0 R/ID [ <\(id)>
            <\(id)> ]
            /DocChecksum /0123456789ABCDEF0123456789ABCDEF
            >>
            startxref
            9
            %%EOF
            """.utf8)
    }

    @Test func conversionTimeAndRandomIDsGiveWayToTheBuildDateAndADigestOfTheSameLength() throws {
        let date = try #require(BuildDate(editionDate: "2026-12-01"))
        let first = PDFNormalizer.normalize(Self.pdf(created: "D:20261122213920Z'", id: "54BEFB04C0ADB40E83E85CE193F78C57"), date: date)
        let second = PDFNormalizer.normalize(Self.pdf(created: "D:20261123080102Z'", id: "0F0F0F0F0F0F0F0F0F0F0F0F0F0F0F0F"), date: date)
        #expect(first == second)
        #expect(first.count == Self.pdf(created: "D:20261122213920Z'", id: "54BEFB04C0ADB40E83E85CE193F78C57").count,
                "same length, so xref offsets stay valid")
        let text = String(decoding: first, as: UTF8.self)
        #expect(text.contains("/CreationDate(D:20261201000000Z')"))
        #expect(!text.contains("54BEFB04"))
    }

    @Test func aZoneOffsetBecomesUTCInTheSameNumberOfCharacters() throws {
        let date = try #require(BuildDate(editionDate: "2026-12-01"))
        let text = String(decoding: PDFNormalizer.normalize(Self.pdf(created: "D:20261122213920+09'00'", id: "AB"), date: date), as: UTF8.self)
        #expect(text.contains("/CreationDate(D:20261201000000+00'00')"))
    }

    /// Tagged (PDF/UA) export writes the conversion time into the XMP metadata as well.
    @Test func theXMPCreateDateBecomesTheBuildDate() throws {
        let date = try #require(BuildDate(editionDate: "2026-12-01"))
        let pdf = Data("%PDF-1.6\n<xmp:CreatorTool>Writer</xmp:CreatorTool>\n<xmp:CreateDate>2026-12-02T06:49:06Z</xmp:CreateDate>\n%%EOF\n".utf8)
        let normalized = PDFNormalizer.normalize(pdf, date: date)
        #expect(String(decoding: normalized, as: UTF8.self).contains("<xmp:CreateDate>2026-12-01T00:00:00Z</xmp:CreateDate>"))
        #expect(normalized.count == pdf.count)
    }
}
