import AssemblyTestSupport
import Foundation
import ManuscriptCore
import Testing

/// The lock file beside an output folder: one build at a time, and a build that fails removes only
/// what it made.
struct StagedOutputLockTests {
    let folder: TemporaryFolder
    init() throws { folder = try TemporaryFolder() }

    var lockPath: String { folder.url.appendingPathComponent(".Output.lock").path }

    @Test func aSecondBuildOfTheSameFolderIsRefusedWithTheHoldersProcess() throws {
        let first = try StagedOutput(directory: folder.url.appendingPathComponent("Output"))
        #expect {
            _ = try StagedOutput(directory: folder.url.appendingPathComponent("Output"))
        } throws: { error in
            "\(error)".contains("another assemble (process \(ProcessInfo.processInfo.processIdentifier)) is writing")
        }
        first.discard()
    }

    @Test func aFailedBuildDoesNotRemoveALockFileThatReplacedItsOwn() throws {
        let build = try StagedOutput(directory: folder.url.appendingPathComponent("Output"))
        #expect(FileManager.default.fileExists(atPath: lockPath))
        // Another build's clean-up and a third build's new lock file, while this one runs.
        #expect(unlink(lockPath) == 0)
        try folder.write(".Output.lock", Data("4242".utf8))
        build.discard()
        #expect(try String(contentsOfFile: lockPath, encoding: .utf8) == "4242")
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("Output").path))
    }

    @Test func aLockFileLeftByAnEarlierBuildIsTakenAndKept() throws {
        try folder.write(".Output.lock", Data("1".utf8))
        let build = try StagedOutput(directory: folder.url.appendingPathComponent("Output"))
        #expect(try String(contentsOfFile: lockPath, encoding: .utf8) == "\(ProcessInfo.processInfo.processIdentifier)")
        build.discard()
        #expect(FileManager.default.fileExists(atPath: lockPath), "not this build's to remove")
    }

    @Test func aSetUpThatFailsLeavesNoLockFileOrParentFolders() throws {
        try folder.write("Output", Data("a file".utf8))
        #expect {
            _ = try StagedOutput(directory: folder.url.appendingPathComponent("Output"))
        } throws: { error in
            "\(error)".contains("it is a file")
        }
        #expect(!FileManager.default.fileExists(atPath: lockPath))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["Output"])
    }

    @Test func aLockThatCannotBeTakenIsReportedWithItsPath() throws {
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent(".Output.lock"), withIntermediateDirectories: false)
        #expect {
            _ = try StagedOutput(directory: folder.url.appendingPathComponent("Output"))
        } throws: { error in
            "\(error)".contains("cannot create the lock file \(lockPath)")
        }
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("Output").path))
    }

    @Test func aFailedBuildRemovesTheParentFoldersItMade() throws {
        let nested = folder.url.appendingPathComponent("drafts/2026/Output")
        let build = try StagedOutput(directory: nested)
        #expect(FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("drafts/2026/.Output.lock").path))
        build.discard()
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("drafts").path))
    }
}
