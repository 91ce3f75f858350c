import AssemblyTestSupport
import Foundation
import Testing

/// The output folder holds the whole old set or the whole new one: builds interrupted at random
/// points by SIGINT, SIGTERM or SIGKILL never leave a mix or a broken zip, a second build of the same
/// folder is refused while one runs, and a folder where a volume goes fails before anything changes.
@Suite(.serialized)
struct OutputSwapTests {
    let folder: TemporaryFolder
    let sampleEdition: String

    init() throws {
        folder = try TemporaryFolder()
        let sample = AssembleCommand.repositoryRoot.appendingPathComponent("Manuscript")
        try FileManager.default.copyItem(at: sample, to: folder.url.appendingPathComponent("Manuscript"))
        sampleEdition = try String(contentsOf: sample.appendingPathComponent("edition.yaml"), encoding: .utf8)
    }

    /// Edition `version` of the sample: the versions differ in their date, so every volume differs.
    func use(version: Int) throws {
        let date = version == 0 ? "date: 2026-03-19" : "date: 2026-03-2\(version)"
        try folder.write("Manuscript/edition.yaml", Data(sampleEdition.replacingOccurrences(of: "date: 2026-03-19", with: date).utf8))
    }

    func build() throws -> AssembleCommand.Result {
        try AssembleCommand.run(["build", "Manuscript", "--no-pdf"], in: folder.url)
    }

    /// Every file below Output/, by relative path.
    func snapshot() throws -> [String: Data] {
        let output = folder.url.appendingPathComponent("Output")
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: output, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            guard (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true else { continue }
            files[String(url.path.dropFirst(output.path.count + 1))] = try Data(contentsOf: url)
        }
        return files
    }

    func zipsPassUnzipTest() throws -> Bool {
        let output = folder.url.appendingPathComponent("Output")
        for name in try FileManager.default.contentsOfDirectory(atPath: output.path) where name.hasSuffix(".epub") || name.hasSuffix(".docx") {
            let unzip = Process()
            unzip.executableURL = URL(fileURLWithPath: "/usr/bin/unzip")
            unzip.arguments = ["-tqq", output.appendingPathComponent(name).path]
            unzip.standardOutput = FileHandle.nullDevice
            unzip.standardError = FileHandle.nullDevice
            try unzip.run()
            unzip.waitUntilExit()
            if unzip.terminationStatus != 0 { return false }
        }
        return true
    }

    @Test func interruptedBuildsLeaveTheOldSetOrTheNewOne() throws {
        var sets: [[String: Data]] = []
        for version in 0...2 {
            try use(version: version)
            let result = try build()
            #expect(result.status == 0, "\(result.standardError)")
            sets.append(try snapshot())
        }
        // Built from 2 again, the folder is set 2; each round interrupts a build of another version.
        try use(version: 2)
        _ = try build()
        var generator = SystemRandomNumberGenerator()
        var current = 2
        for round in 0..<8 {
            let version = (current + 1 + round % 2) % 3
            try use(version: version)
            let process = Process()
            process.executableURL = AssembleCommand.executable
            process.arguments = ["build", "Manuscript", "--no-pdf"]
            process.currentDirectoryURL = folder.url
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32.random(in: 0...2_500_000, using: &generator))
            let signal = [SIGINT, SIGTERM, SIGKILL].randomElement(using: &generator)!
            kill(process.processIdentifier, signal)
            process.waitUntilExit()
            let now = try snapshot()
            let matching = sets.firstIndex(of: now)
            #expect(matching == current || matching == version, "round \(round), signal \(signal): Output is neither set \(current) nor set \(version)")
            #expect(try zipsPassUnzipTest(), "round \(round): a zip fails unzip -t")
            current = matching ?? current
        }
        // The next build cleans up whatever the killed ones left beside the folder.
        #expect(try build().status == 0)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter { $0.contains("staging") }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    @Test func aSecondBuildOfTheSameFolderIsRefusedWhileOneRuns() throws {
        try use(version: 0)
        let lockPath = folder.url.appendingPathComponent(".Output.lock").path
        let fd = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        defer { close(fd) }
        #expect(flock(fd, LOCK_EX | LOCK_NB) == 0)
        _ = "4242".withCString { write(fd, $0, 4) }

        let result = try build()

        #expect(result.status == 1)
        #expect(result.standardError.contains("another assemble (process 4242) is writing"), "\(result.standardError)")
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("Output").path + "/vision.epub"))
    }

    @Test func aFolderWhereAVolumeGoesFailsBeforeAnythingIsReplaced() throws {
        try use(version: 0)
        #expect(try build().status == 0)
        let before = try snapshot()
        let epub = try #require(before.keys.sorted().first { $0.hasSuffix(".epub") })
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent("Output/\(epub)"))
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("Output/\(epub)/inside"), withIntermediateDirectories: true)
        var expected = before
        expected[epub] = nil
        try use(version: 1)

        let result = try build()

        #expect(result.status == 1)
        #expect(result.standardError.contains("Output/\(epub) is a folder, where the build writes a file; nothing was replaced"), "\(result.standardError)")
        #expect(try snapshot() == expected)
    }

    /// What the build does not write stays: the swap carries the folder's other files over.
    @Test func otherFilesOfTheFolderStay() throws {
        try folder.write("Output/notes/reader.txt", Data("mine".utf8))
        try use(version: 0)
        #expect(try build().status == 0)
        #expect(try Data(contentsOf: folder.url.appendingPathComponent("Output/notes/reader.txt")) == Data("mine".utf8))
    }

    /// The volumes are written while the last checks run; a build those checks fail must still
    /// change nothing: no output folder where there was none, the old set where there was one.
    @Test func aBuildItsChecksFailChangesNothing() throws {
        try use(version: 0)
        let section = folder.url.appendingPathComponent("Manuscript/sections/04-promotion.yaml")
        let text = try String(contentsOf: section, encoding: .utf8)
        try folder.write("Manuscript/sections/04-promotion.yaml", Data((text + "  - paragraph: 事業費は●●円とする。\n").utf8))
        func failingBuild(output: String = "Output") throws {
            let result = try AssembleCommand.run(["build", "Manuscript", "--no-pdf", "--status", "public-comment", "--output", output], in: folder.url)
            #expect(result.status == 1)
            #expect(result.standardError.contains("error: placeholder '●●' left in the text; a public-comment edition cannot be published with it [release-checks]"))
            #expect(!result.standardOutput.contains("wrote "))
        }
        func leftovers() throws -> [String] {
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.url.path)
            return names.filter { $0.contains("staging") }
        }
        // Where there was nothing, nothing is left: no output folder, no lock file, no parent folder.
        let untouched = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted()
        try failingBuild()
        try failingBuild(output: "drafts/2026/Output")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == untouched)
        #expect(try build().status == 0)
        let before = try snapshot()
        #expect(!before.isEmpty)
        try failingBuild()
        #expect(try snapshot() == before)
        #expect(try leftovers().isEmpty)
    }
}
