import Foundation

extension String {
    /// The byte range of the first occurrence of `needle` in the UTF-8 text, found with `memchr` and `memcmp`.
    ///
    /// `utf8.firstRange(of:)` runs the standard library's unspecialized generic searcher, which
    /// looks up type metadata at every position: seconds over a 10 MB book. Bytes are what XML
    /// writers search for (end tags, namespace declarations), so no canonical comparison is needed.
    public func utf8Range(of needle: String) -> Range<String.Index>? {
        var text = self
        var needle = needle
        let offsets: Range<Int>? = text.withUTF8 { haystack in
            needle.withUTF8 { wanted in
                guard let first = wanted.first, wanted.count <= haystack.count,
                      let base = haystack.baseAddress, let wantedBase = wanted.baseAddress else { return nil }
                // memchr to each candidate first byte, then memcmp of the rest: both vectorized by libc.
                var start = 0
                let last = haystack.count - wanted.count
                while start <= last, let hit = memchr(base + start, Int32(first), last - start + 1) {
                    let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + offset, wantedBase, wanted.count) == 0 { return offset..<offset + wanted.count }
                    start = offset + 1
                }
                return nil
            }
        }
        guard let offsets else { return nil }
        return utf8.index(startIndex, offsetBy: offsets.lowerBound)..<utf8.index(startIndex, offsetBy: offsets.upperBound)
    }

    /// Whether the UTF-8 text holds `needle`'s bytes (see ``utf8Range(of:)``).
    public func utf8Contains(_ needle: String) -> Bool { utf8Range(of: needle) != nil }
}
