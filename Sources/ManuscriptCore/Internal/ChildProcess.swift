import Foundation

/// Runs a program with input on stdin, collecting stdout and stderr, stopping it after a timeout.
enum ChildProcess {
    /// Bytes read by one reader thread and used only after `group.wait()`, which orders the accesses.
    private final class Collected: @unchecked Sendable { var data = Data() }

    struct Result {
        var status: Int32
        var standardOutput: Data
        var standardError: Data
        var timedOut: Bool
    }

    static func run(_ executable: URL, arguments: [String] = [], input: Data, directory: URL, timeoutSeconds: Int) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        do {
            try process.run()
        } catch {
            throw AssemblyError("cannot start '\(executable.path)': \(error.localizedDescription)")
        }
        // Write and read on separate threads: a child that prints before reading all its input
        // would otherwise deadlock against full pipe buffers.
        let group = DispatchGroup()
        let output = Collected(), errors = Collected()
        DispatchQueue.global().async(group: group) {
            try? stdin.fileHandleForWriting.write(contentsOf: input)
            try? stdin.fileHandleForWriting.close()
        }
        DispatchQueue.global().async(group: group) { output.data = stdout.fileHandleForReading.readDataToEndOfFile() }
        DispatchQueue.global().async(group: group) { errors.data = stderr.fileHandleForReading.readDataToEndOfFile() }
        let exited = DispatchSemaphore(value: 0)
        DispatchQueue.global().async { process.waitUntilExit(); exited.signal() }
        var timedOut = false
        if exited.wait(timeout: .now() + .seconds(timeoutSeconds)) == .timedOut {
            timedOut = true
            process.terminate()
            if exited.wait(timeout: .now() + .seconds(2)) == .timedOut {
                kill(process.processIdentifier, SIGKILL)
                exited.wait()
            }
        }
        group.wait()
        return Result(status: process.terminationStatus, standardOutput: output.data, standardError: errors.data, timedOut: timedOut)
    }
}
