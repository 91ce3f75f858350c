internal import CSpawn
import Foundation

/// Writes a build's files into a fresh folder beside the output folder, then swaps the two folders in
/// one step. A reader of `Output/` sees the whole old set or the whole new one, never a mix; a build
/// that fails, is stopped by a signal or is killed leaves the old set as it was. Files are not synced
/// to disk (outputs are rebuilt from the manuscript), so a power failure just after the swap may
/// leave the new files short.
///
/// Files of the output folder the build does not write (earlier volumes, a reader's notes) are
/// carried into the new folder as hard links before the swap. A lock file beside the folder
/// (`.Output.lock`) keeps a second build of the same folder out; staging folders of builds that died
/// (`.Output.staging-<pid>`, and the older `Output/.staging-<pid>`) are removed by the next build.
public final class StagedOutput {
    public let directory: URL
    private let staging: URL
    private let lock: Int32
    private let lockPath: String
    private var names: [String] = []
    /// Top-level folders the build writes in full, which are not merged with the old ones.
    private var wholeFolders: Set<String> = []
    /// Whether this build made the output folder, its lock file and which of its parents (deepest
    /// first), and whether its files went in: a build that fails leaves none of them behind.
    private var createdDirectory = false
    private var createdLock = false
    private var createdParents: [URL] = []
    private var committed = false
    private var removedWhatWasMade = false
    private var lockHeld = true

    public init(directory given: URL) throws {
        // An output folder that is a symbolic link is written where it leads; the swap keeps the link.
        let directory = given.resolvingSymlinksInPath()
        self.directory = directory
        let parent = directory.deletingLastPathComponent()
        let name = directory.lastPathComponent
        lockPath = parent.appendingPathComponent(".\(name).lock").path
        (lock, createdLock, createdParents) = try Self.acquireLock(lockPath, for: directory)
        staging = parent.appendingPathComponent(".\(name).staging-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            // Under the lock no other build writes this folder: any staging folder left is a dead build's.
            Self.removeStale(in: parent, prefix: ".\(name).staging-")
            Self.removeStale(in: directory, prefix: ".staging-")
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: directory.path, isDirectory: &isFolder), !isFolder.boolValue {
                throw AssemblyError("cannot prepare output folder \(directory.path): it is a file; remove it or choose another --output")
            }
            createdDirectory = !FileManager.default.fileExists(atPath: directory.path)
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: false)
            Self.live.insert(staging)
        } catch let error as AssemblyError {
            abandonSetUp()
            throw error
        } catch {
            abandonSetUp()
            throw AssemblyError("cannot prepare output folder \(directory.path): \(error.localizedDescription)")
        }
    }

    deinit {
        discard()
        if lockHeld { close(lock) }
    }

    /// Undoes what a set-up that failed made, then lets the lock go.
    private func abandonSetUp() {
        removeWhatWasMade()
        close(lock)
        lockHeld = false
    }

    /// Removes the staged files (after ``commit()``, the old ones swapped out). A build that fails
    /// after staging (its checks ran while the volumes were written) also leaves no output folder,
    /// lock file or parent folder where there was none.
    public func discard() {
        Self.live.remove(staging)
        try? FileManager.default.removeItem(at: staging)
        if !committed { removeWhatWasMade() }
    }

    /// The output folder, lock file and parent folders this build made, once, while it holds the lock.
    private func removeWhatWasMade() {
        guard !removedWhatWasMade, lockHeld else { return }
        removedWhatWasMade = true
        if createdDirectory { rmdir(directory.path) }
        // Only while the path is still this build's lock: another build may have made a new one.
        if createdLock, Self.isSameFile(lock, lockPath) { unlink(lockPath) }
        for folder in createdParents { rmdir(folder.path) }
    }

    private static let live = LiveStagingFolders()

    /// Removes the staging folders of this process, for a build ended by a signal.
    public static func removeAllStaging() {
        live.removeEach()
    }

    /// Where to write the file that will become `name` (which may include folders) in the output folder.
    public func stagingPath(for name: String) throws -> String {
        names.append(name)
        let url = staging.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        return url.path
    }

    /// Declares that the build writes everything the folder `name` (directly in the output folder) is to
    /// hold, such as a volume's web edition: the old folder's files are not carried over, so a page of
    /// a section since removed does not stay behind.
    public func replacesWhole(folder name: String) {
        wholeFolders.insert(name)
    }

    /// Stages a file given as bytes.
    public func write(_ data: Data, as name: String) throws {
        try write(.bytes(data), as: name)
    }

    /// Stages a file; a manuscript file is copied a piece at a time.
    public func write(_ contents: FileContents, as name: String) throws {
        try contents.write(to: URL(fileURLWithPath: try stagingPath(for: name)))
    }

    /// Stages a finished file by moving it (copying it a piece at a time across file systems).
    public func move(_ file: URL, as name: String) throws {
        let path = try stagingPath(for: name)
        guard rename(file.path, path) != 0 else { return }
        names.removeLast()
        let size = try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int ?? 0
        try write(.file(file, byteCount: size), as: name)
    }

    /// Puts the staged files in place with the others the folder held, as one swap; returns their names.
    public func commit() throws -> [String] {
        // A folder where a volume goes would otherwise be swapped away with the files around it.
        for name in names {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: directory.appendingPathComponent(name).path, isDirectory: &isFolder), isFolder.boolValue {
                throw AssemblyError("\(directory.appendingPathComponent(name).path) is a folder, where the build writes a file; nothing was replaced")
            }
        }
        try carry(from: directory, to: staging)
        try Self.live.withLock {
            guard cspawn_rename_exchange(staging.path, directory.path) == 0 else {
                throw AssemblyError("cannot swap the new files into \(directory.path): \(String(cString: strerror(errno)))")
            }
        }
        committed = true
        return names
    }

    /// Hard-links what `source` holds and the build did not write into `target`, folders merged.
    private func carry(from source: URL, to target: URL) throws {
        let manager = FileManager.default
        for entry in (try? manager.contentsOfDirectory(atPath: source.path)) ?? [] {
            if source == directory && (entry.hasPrefix(".staging-") || wholeFolders.contains(entry)) { continue }
            let from = source.appendingPathComponent(entry), to = target.appendingPathComponent(entry)
            var fromFolder: ObjCBool = false, toFolder: ObjCBool = false
            _ = manager.fileExists(atPath: from.path, isDirectory: &fromFolder)
            let isLink = (try? manager.destinationOfSymbolicLink(atPath: from.path)) != nil
            if manager.fileExists(atPath: to.path, isDirectory: &toFolder) || isLink && (try? manager.destinationOfSymbolicLink(atPath: to.path)) != nil {
                if fromFolder.boolValue && toFolder.boolValue && !isLink { try carry(from: from, to: to) }
                continue
            }
            if fromFolder.boolValue && !isLink {
                try manager.createDirectory(at: to, withIntermediateDirectories: false)
                try carry(from: from, to: to)
            } else if linkat(AT_FDCWD, from.path, AT_FDCWD, to.path, 0) != 0 {
                throw AssemblyError("cannot keep \(from.path) in the new output: \(String(cString: strerror(errno)))")
            }
        }
    }

    /// The locked descriptor, whether this build made the file, and the parent folders it made
    /// (deepest first).
    private static func acquireLock(_ path: String, for directory: URL) throws -> (Int32, created: Bool, parents: [URL]) {
        let parent = directory.deletingLastPathComponent()
        // A failed build removes the lock file and parent folders it made: a lock taken on a file
        // unlinked meanwhile guards nothing, so it is taken again on the file now at the path, and a
        // parent removed meanwhile is made again.
        var made: [URL] = []  // deepest first
        func givingUp(_ error: AssemblyError) -> AssemblyError {
            for folder in made { rmdir(folder.path) }  // fails, as it should, where another build's files are
            return error
        }
        for _ in 0..<8 {
            var missing: [URL] = []
            var ancestor = parent
            while ancestor.path != "/" && !FileManager.default.fileExists(atPath: ancestor.path) {
                missing.append(ancestor)
                ancestor = ancestor.deletingLastPathComponent()
            }
            made = Set(missing + made).sorted { $0.path.count > $1.path.count }
            do {
                try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
            } catch {
                throw givingUp(AssemblyError("cannot prepare output folder \(directory.path): \(error.localizedDescription)"))
            }
            var created = true
            var fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            if fd < 0 && errno == EEXIST {
                created = false
                fd = open(path, O_RDWR | O_CLOEXEC)
            }
            if fd < 0 && errno == ENOENT { continue }
            guard fd >= 0 else {
                throw givingUp(AssemblyError("cannot create the lock file \(path): \(String(cString: strerror(errno)))"))
            }
            guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
                let holder = String(decoding: (try? FileHandle(fileDescriptor: fd, closeOnDealloc: false).readToEnd()) ?? Data(), as: UTF8.self)
                close(fd)
                let who = holder.isEmpty ? "another assemble" : "another assemble (process \(holder))"
                throw givingUp(AssemblyError("\(who) is writing \(directory.path); run again when it has finished"))
            }
            guard isSameFile(fd, path) else {
                close(fd)
                continue
            }
            ftruncate(fd, 0)
            let pid = "\(ProcessInfo.processInfo.processIdentifier)"
            _ = pid.withCString { Glibc.write(fd, $0, strlen($0)) }
            // A lock file another build made but this one locked first is not this build's to remove
            // on failure: it stays, as a lock file does after any successful build.
            return (fd, created, made)
        }
        throw givingUp(AssemblyError("cannot take the lock file \(path): it keeps being replaced"))
    }

    private static func isSameFile(_ fd: Int32, _ path: String) -> Bool {
        var open = stat(), named = stat()
        return fstat(fd, &open) == 0 && stat(path, &named) == 0 && open.st_ino == named.st_ino && open.st_dev == named.st_dev
    }

    private static func removeStale(in folder: URL, prefix: String) {
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where entry.hasPrefix(prefix) {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(entry))
        }
    }
}
