import Foundation

/// What a folder holds, file by file: enough to tell that a file was saved, replaced, renamed or deleted.
///
/// Inode, size and modification time are compared, so an editor's atomic save (a new file renamed
/// over the old one) shows as a change even when size and time happen to match.
public struct FolderSnapshot: Equatable, Sendable {
    struct Stamp: Equatable, Sendable {
        var inode: UInt64
        var size: Int64
        var modified: Int64
    }

    private var stamps: [String: Stamp] = [:]

    /// Files below `folder`, skipping hidden names and editors' swap and backup files (`.x.swp`,
    /// `x~`, `#x#`, vim's `4913` probe), which come and go while a file is saved.
    public init(of folder: URL, depthLimit: Int = 16) {
        scan(folder.path, relative: "", depth: depthLimit)
    }

    public var count: Int { stamps.count }

    private mutating func scan(_ path: String, relative: String, depth: Int) {
        guard depth > 0, let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
        for name in names where !Self.isTransient(name) {
            let full = path + "/" + name
            var status = stat()
            guard lstat(full, &status) == 0 else { continue }
            let key = relative.isEmpty ? name : relative + "/" + name
            switch status.st_mode & S_IFMT {
            case S_IFDIR:
                scan(full, relative: key, depth: depth - 1)
            case S_IFREG, S_IFLNK:
                stamps[key] = Stamp(inode: UInt64(status.st_ino), size: Int64(status.st_size),
                                    modified: Int64(status.st_mtim.tv_sec) * 1_000_000_000 + Int64(status.st_mtim.tv_nsec))
            default:
                continue
            }
        }
    }

    static func isTransient(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~") || name.hasSuffix(".swp") || (name.hasPrefix("#") && name.hasSuffix("#")) || name == "4913"
    }
}
