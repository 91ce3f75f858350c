#if canImport(_FoundationICU)
import _FoundationICU
#endif

/// ICU sort keys of readings under the Japanese collation, from the ICU Foundation itself carries:
/// sorting by keys compares bytes, where a comparison through Foundation costs a bridge to NSString
/// and a locale lookup each time (at 50,000 terms, nine tenths of the glossary's sorting). Nil
/// where that ICU is not there to import.
enum CollationKeys {
    static func japanese(_ readings: [String]) -> [[UInt8]]? {
        #if canImport(_FoundationICU)
        var status = U_ZERO_ERROR
        // One collator for the whole glossary, closed after it.
        guard let collator = swift_ucol_open("ja_JP", &status), status.rawValue <= U_ZERO_ERROR.rawValue else { return nil }
        defer { swift_ucol_close(collator) }
        var buffer = [UInt8](repeating: 0, count: 256)
        return readings.map { reading in
            let text = Array(reading.utf16)
            var length = Int(swift_ucol_getSortKey(collator, text, Int32(text.count), &buffer, Int32(buffer.count)))
            if length > buffer.count {
                buffer = [UInt8](repeating: 0, count: length)
                length = Int(swift_ucol_getSortKey(collator, text, Int32(text.count), &buffer, Int32(buffer.count)))
            }
            return Array(buffer[0..<max(0, length)])
        }
        #else
        return nil
        #endif
    }
}
