import Foundation

/// Folders a command keeps for itself while it runs (the preview's built sites): made private under
/// the temporary directory and removed when the process ends, by a terminating signal too.
public enum PrivateFolders {
    private static let live = LiveStagingFolders()

    /// A new folder only this user can read, `<tmp>/<prefix>-<pid>-XXXXXX`. Folders of the same
    /// prefix left by processes that no longer run (killed with SIGKILL) are removed first.
    public static func make(prefix: String) throws -> URL {
        removeAbandoned(prefix: prefix)
        let template = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(getpid())-XXXXXX").path
        var bytes = Array(template.utf8CString)
        guard mkdtemp(&bytes) != nil else {
            throw AssemblyError("cannot make a private folder under \(FileManager.default.temporaryDirectory.path): \(String(cString: strerror(errno)))")
        }
        let folder = URL(fileURLWithPath: String(cString: bytes))
        live.insert(folder)
        return folder
    }

    public static func remove(_ folder: URL) {
        live.remove(folder)
        LiveStagingFolders.removeWhileInUse(folder)
    }

    private static func removeAbandoned(prefix: String) {
        let temporary = FileManager.default.temporaryDirectory
        for name in (try? FileManager.default.contentsOfDirectory(atPath: temporary.path)) ?? [] where name.hasPrefix(prefix + "-") {
            let owner = name.dropFirst(prefix.count + 1).split(separator: "-").first.flatMap { pid_t($0) }
            guard let owner, owner > 0, kill(owner, 0) != 0, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(at: temporary.appendingPathComponent(name))
        }
    }

    /// For the handler of a terminating signal.
    static func removeAll() {
        live.removeEach()
    }
}
