import Crypto
import Foundation
import ManuscriptCore

/// Makes LibreOffice's PDFs reproducible. It stamps the conversion time (in the document information
/// and the XMP metadata) and a random document id
/// (`/ID`, `/DocChecksum`); these are replaced by the build date and a digest of the rest of the
/// file. Every replacement has the original's length, so the cross-reference offsets stay valid.
public enum PDFNormalizer {
    public static func normalize(_ pdf: Data, date: BuildDate) -> Data {
        var bytes = [UInt8](pdf)
        // Latin-1 maps each byte to one UTF-16 unit, so the regular expressions' ranges are byte offsets.
        let text = String(decoding: bytes.map { UInt16($0) }, as: UTF16.self)
        let stamp = date.pdfDigits
        for match in matches(#"/(?:CreationDate|ModDate)\s*\((D:\d{14})([^)]*)\)"#, in: text) {
            let suffix = String(decoding: bytes[match[2]], as: UTF8.self)
            guard let zone = utcSuffix(length: suffix.utf8.count) else { continue }
            replace(&bytes, match[1], with: "D:" + stamp)
            replace(&bytes, match[2], with: zone)
        }
        // Tagged (PDF/UA) export repeats the time in the XMP metadata, as 2026-03-19T00:00:00Z.
        for match in matches(#"<xmp:(?:CreateDate|ModifyDate|MetadataDate)>(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)([^<]*)<"#, in: text) {
            let suffix = String(decoding: bytes[match[2]], as: UTF8.self)
            guard let zone = ["", "Z", "+00:00"].first(where: { $0.count == suffix.utf8.count }) else { continue }
            replace(&bytes, match[1], with: date.xmpDigits)
            replace(&bytes, match[2], with: zone)
        }
        let identifiers = matches(#"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]"#, in: text).flatMap { [$0[1], $0[2]] }
            + matches(#"/DocChecksum\s*/([0-9A-Fa-f]+)"#, in: text).map { $0[1] }
        for range in identifiers { replace(&bytes, range, with: String(repeating: "0", count: range.count)) }
        let digest = NumberText.hex(SHA256.hash(data: bytes), uppercase: true)
        for range in identifiers { replace(&bytes, range, with: String(digest.prefix(range.count))) }
        return Data(bytes)
    }

    /// A UTC zone written in as many characters as the original zone took.
    private static func utcSuffix(length: Int) -> String? {
        ["", "Z", "Z'", "+00'00", "+00'00'"].first { $0.count == length }
    }

    private static func matches(_ pattern: String, in text: String) -> [[Range<Int>]] {
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return [] }
        return expression.matches(in: text, range: NSRange(location: 0, length: text.utf16.count)).map { match in
            (0..<match.numberOfRanges).map { index in
                let range = match.range(at: index)
                return range.location..<(range.location + range.length)
            }
        }
    }

    private static func replace(_ bytes: inout [UInt8], _ range: Range<Int>, with text: String) {
        let replacement = Array(text.utf8)
        guard replacement.count == range.count else { return }
        bytes.replaceSubrange(range, with: replacement)
    }
}

extension BuildDate {
    /// `YYYYMMDDHHmmSS` in UTC, as PDF dates write it: the digits of ``iso8601``.
    var pdfDigits: String { iso8601.filter(\.isNumber) }

    /// `YYYY-MM-DDTHH:mm:SS` in UTC, as XMP dates write it: ``iso8601`` without its zone letter.
    var xmpDigits: String { String(iso8601.dropLast()) }
}
