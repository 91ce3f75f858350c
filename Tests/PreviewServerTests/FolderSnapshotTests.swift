import Foundation
import Testing
@testable import PreviewServer

struct FolderSnapshotTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("snapshot-\(UUID().uuidString)")

    func write(_ name: String, _ text: String) throws {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    @Test func seesSavesRenamesAndDeletionsButNotSwapFiles() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try write("edition.yaml", "title: a\n")
        try write("sections/a.yaml", "id: a\n")
        let start = FolderSnapshot(of: folder)
        #expect(start.count == 2)

        try write("sections/.a.yaml.swp", "x")
        try write("sections/a.yaml~", "x")
        try write("sections/4913", "")
        #expect(FolderSnapshot(of: folder) == start, "editors' transient files are not changes")

        // An atomic save: same size, new inode.
        try write("sections/a.tmp", "id: b\n")
        #expect(rename(folder.appendingPathComponent("sections/a.tmp").path, folder.appendingPathComponent("sections/a.yaml").path) == 0)
        let saved = FolderSnapshot(of: folder)
        #expect(saved != start)

        try FileManager.default.moveItem(at: folder.appendingPathComponent("sections/a.yaml"), to: folder.appendingPathComponent("sections/b.yaml"))
        let renamed = FolderSnapshot(of: folder)
        #expect(renamed != saved && renamed.count == 2)

        try FileManager.default.removeItem(at: folder.appendingPathComponent("sections/b.yaml"))
        #expect(FolderSnapshot(of: folder).count == 1)
    }

    @Test func aMissingFolderIsEmpty() {
        #expect(FolderSnapshot(of: folder).count == 0)
    }
}
