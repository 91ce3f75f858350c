internal import CZip
import Foundation

/// An entry's bytes as libzip reads them at `zip_close`: the writer's own string or data, held by
/// the zip source until libzip frees it and read from in place. A long volume's document part is
/// tens of megabytes; a copy for libzip to own would be as many fresh pages again.
///
/// The source answers as libzip's buffer source does (the same commands, the same stat), so the
/// archive's bytes are the same as from `zip_source_buffer` (a test compares the two).
final class EntryBytes {
    enum Contents {
        case text(String)
        case data(Data)
    }

    private let contents: Contents
    private let count: Int
    private var offset = 0
    private var error = zip_error_t()

    init(_ contents: Contents) {
        switch contents {
        case .text(var text):
            text.makeContiguousUTF8()  // read in place, a piece at a time, below
            self.contents = .text(text)
            count = text.utf8.count
        case .data(let data):
            self.contents = contents
            count = data.count
        }
        zip_error_init(&error)
    }

    deinit { zip_error_fini(&error) }

    /// A zip source reading these bytes; it keeps them until libzip frees it.
    static func source(_ contents: Contents, in archive: OpaquePointer) -> OpaquePointer? {
        let bytes = Unmanaged.passRetained(EntryBytes(contents))
        guard let source = zip_source_function(archive, callback, bytes.toOpaque()) else {
            bytes.release()
            return nil
        }
        return source
    }

    private func copy(_ length: Int, to destination: UnsafeMutableRawPointer) {
        switch contents {
        case .text(let text):
            _ = text.utf8.withContiguousStorageIfAvailable { utf8 in
                destination.copyMemory(from: utf8.baseAddress! + offset, byteCount: length)
            }
        case .data(let data):
            data.withUnsafeBytes { bytes in
                destination.copyMemory(from: bytes.baseAddress! + offset, byteCount: length)
            }
        }
    }

    private static let supported = [ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT, ZIP_SOURCE_ERROR,
                                    ZIP_SOURCE_FREE, ZIP_SOURCE_SEEK, ZIP_SOURCE_TELL, ZIP_SOURCE_SUPPORTS]
        .reduce(Int64(0)) { $0 | Int64(1) << Int64($1.rawValue) }

    private static let callback: zip_source_callback = { userdata, data, length, command in
        let unmanaged = Unmanaged<EntryBytes>.fromOpaque(userdata!)
        let bytes = unmanaged.takeUnretainedValue()
        switch command {
        case ZIP_SOURCE_OPEN:
            bytes.offset = 0
            return 0
        case ZIP_SOURCE_READ:
            let length = min(Int(clamping: length), bytes.count - bytes.offset)
            if length > 0 { bytes.copy(length, to: data!) }
            bytes.offset += length
            return Int64(length)
        case ZIP_SOURCE_CLOSE:
            return 0
        case ZIP_SOURCE_STAT:
            guard length >= MemoryLayout<zip_stat_t>.size, let stat = data?.assumingMemoryBound(to: zip_stat_t.self) else {
                zip_error_set(&bytes.error, ZIP_ER_INVAL, 0)
                return -1
            }
            zip_stat_init(stat)
            stat.pointee.size = zip_uint64_t(bytes.count)
            stat.pointee.comp_size = zip_uint64_t(bytes.count)
            stat.pointee.comp_method = zip_uint16_t(ZIP_CM_STORE)
            stat.pointee.encryption_method = zip_uint16_t(ZIP_EM_NONE)
            stat.pointee.valid = zip_uint64_t(ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE | ZIP_STAT_COMP_METHOD | ZIP_STAT_ENCRYPTION_METHOD)
            return Int64(MemoryLayout<zip_stat_t>.size)
        case ZIP_SOURCE_ERROR:
            return zip_error_to_data(&bytes.error, data, length)
        case ZIP_SOURCE_FREE:
            unmanaged.release()
            return 0
        case ZIP_SOURCE_SEEK:
            let offset = zip_source_seek_compute_offset(zip_uint64_t(bytes.offset), zip_uint64_t(bytes.count), data, length, &bytes.error)
            guard offset >= 0 else { return -1 }
            bytes.offset = Int(offset)
            return 0
        case ZIP_SOURCE_TELL:
            return Int64(bytes.offset)
        case ZIP_SOURCE_SUPPORTS:
            return supported
        default:
            zip_error_set(&bytes.error, ZIP_ER_OPNOTSUPP, 0)
            return -1
        }
    }
}
