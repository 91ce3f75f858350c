import Foundation

/// Runs the built `assemble` executable, as a user would from a shell.
public enum AssembleCommand {
    public struct Result {
        public var status: Int32
        public var standardOutput: String
        public var standardError: String
    }

    /// The executable beside the test bundle (SwiftPM puts both in the same build folder).
    public static var executable: URL {
        let candidates = [
            Bundle.main.bundleURL.appendingPathComponent("assemble"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("assemble"),
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../.build/debug/assemble").standardized,
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }

    public static func run(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> Result {
        try launch(executable, arguments, in: directory, environment: environment)
    }

    /// Runs a program with no input, draining both output pipes before waiting, so a chatty child
    /// cannot fill one and block.
    private static func launch(_ program: URL, _ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let group = DispatchGroup()
        let collected = Collected()
        DispatchQueue.global().async(group: group) { collected.output = output.fileHandleForReading.readDataToEndOfFile() }
        DispatchQueue.global().async(group: group) { collected.errors = errors.fileHandleForReading.readDataToEndOfFile() }
        group.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, standardOutput: String(decoding: collected.output, as: UTF8.self),
                      standardError: String(decoding: collected.errors, as: UTF8.self))
    }

    /// Filled by one reader thread each and read only after `group.wait()`.
    private final class Collected: @unchecked Sendable {
        var output = Data()
        var errors = Data()
    }

    /// The repository root, for tests that use the sample manuscript.
    public static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized
    }
}

extension AssembleCommand {
    /// Runs `assemble` under GNU time to learn its peak memory (nil where /usr/bin/time is missing).
    public static func runMeasured(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> (result: Result, peakKilobytes: Int?) {
        let time = "/usr/bin/time"
        guard FileManager.default.isExecutableFile(atPath: time) else { return (try run(arguments, in: directory, environment: environment), nil) }
        let report = directory.appendingPathComponent(".peak-memory")
        let result = try launch(URL(fileURLWithPath: time), ["-f", "%M", "-o", report.path, executable.path] + arguments, in: directory,
                                environment: environment)
        let peak = (try? String(contentsOf: report, encoding: .utf8)).flatMap { Int($0.split(separator: "\n").last ?? "") }
        try? FileManager.default.removeItem(at: report)
        return (result, peak)
    }
}
