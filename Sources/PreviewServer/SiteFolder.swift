import Foundation

/// A built site on disk, the only files the preview serves.
public struct SiteFolder: Sendable {
    /// The folder with symbolic links resolved, which every served file must lie under.
    public let root: URL

    public init(_ folder: URL) {
        root = URL(fileURLWithPath: Self.realPath(folder.path) ?? folder.standardizedFileURL.path)
    }

    /// The regular file at `path`, or nil when there is none, or when the name leads out of the
    /// folder through a symbolic link.
    public func file(at path: SitePath) -> URL? {
        let candidate = root.appendingPathComponent(path.relativePath).path
        guard let real = Self.realPath(candidate), real.hasPrefix(root.path + "/") else { return nil }
        var status = stat()
        guard stat(real, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        return URL(fileURLWithPath: real)
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
