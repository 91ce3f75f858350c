internal import CZip
import Foundation

/// Reads a zip file's entries, in archive order, with their compression methods.
public final class ZipReader {
    /// One entry of the archive's central directory.
    public struct Entry: Equatable {
        public let name: String
        public let isStored: Bool
        public let size: Int
    }

    private let archive: OpaquePointer
    public let entries: [Entry]

    public init(path: String) throws {
        var error: Int32 = 0
        guard let archive = zip_open(path, ZIP_RDONLY | ZIP_CHECKCONS, &error) else {
            throw ZipError("cannot open \(path): \(ZipError.message(forCode: error))")
        }
        self.archive = archive
        var entries: [Entry] = []
        for index in 0..<zip_get_num_entries(archive, 0) {
            var stat = zip_stat_t()
            zip_stat_init(&stat)
            guard zip_stat_index(archive, zip_uint64_t(index), 0, &stat) == 0 else { continue }
            entries.append(Entry(name: String(cString: stat.name), isStored: stat.comp_method == ZIP_CM_STORE,
                                 size: Int(stat.size)))
        }
        self.entries = entries
    }

    deinit { zip_discard(archive) }

    /// The uncompressed bytes of the named entry.
    public func data(named name: String) throws -> Data {
        guard let index = entries.firstIndex(where: { $0.name == name }),
              let file = zip_fopen_index(archive, zip_uint64_t(index), 0) else {
            throw ZipError("no entry \(name)")
        }
        defer { zip_fclose(file) }
        var data = Data(count: entries[index].size)
        let read = data.withUnsafeMutableBytes { zip_fread(file, $0.baseAddress, zip_uint64_t($0.count)) }
        guard read == entries[index].size else { throw ZipError("cannot read \(name)") }
        return data
    }

    public func text(named name: String) throws -> String {
        String(decoding: try data(named: name), as: UTF8.self)
    }
}
