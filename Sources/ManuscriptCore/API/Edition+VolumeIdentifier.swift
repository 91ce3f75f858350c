import Crypto
import Foundation

extension Edition {
    /// A stable identifier for one volume of this edition: each EPUB needs its own.
    public func identifier(forVolume volume: String) -> String {
        NameBasedUUID.make(from: "\(identifier)\u{1F}\(volume)")
    }
}

/// UUIDs derived from names with SHA-256 (RFC 9562 version 8), so identifiers never change between builds.
enum NameBasedUUID {
    static func make(from name: String) -> String {
        var bytes = Array(SHA256.hash(data: Data(name.utf8)).prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x80
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let hex = NumberText.hex(bytes)
        var groups: [Substring] = []
        var rest = hex[...]
        for length in [8, 4, 4, 4, 12] {
            groups.append(rest.prefix(length))
            rest = rest.dropFirst(length)
        }
        return "urn:uuid:" + groups.joined(separator: "-")
    }
}
