import AssemblyTestSupport
import Foundation

/// A running `assemble preview`, started on a free port (`--port 0`, the address it prints), always
/// ended: every wait has a deadline, and the process is killed when the value goes.
final class PreviewProcess: @unchecked Sendable {
    let process = Process()
    private let lock = NSLock()
    private var output = ""
    private var errors = ""
    private(set) var address = ""

    init(_ arguments: [String], in directory: URL, startupDeadline: TimeInterval = 120) throws {
        process.executableURL = AssembleCommand.executable
        process.arguments = ["preview"] + arguments
        process.currentDirectoryURL = directory
        process.standardInput = FileHandle.nullDevice
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        out.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            self?.lock.withLock { self?.output += String(decoding: data, as: UTF8.self) }
        }
        err.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            self?.lock.withLock { self?.errors += String(decoding: data, as: UTF8.self) }
        }
        try process.run()
        let found = wait(until: startupDeadline) { [self] in
            lock.withLock { output.range(of: #"http://([^/ ]+)/"#, options: .regularExpression).map { String(output[$0]) } }
        }
        guard let found else { return }
        address = String(found.dropFirst("http://".count).dropLast())
    }

    // SIGTERM, so the preview removes its folder; SIGKILL after 5 s.
    deinit { stop(signal: SIGTERM, within: 5) }

    var isListening: Bool { !address.isEmpty }
    var port: Int { Int(address.split(separator: ":").last ?? "") ?? 0 }
    var baseURL: String { "http://\(address)" }
    var standardOutput: String { lock.withLock { output } }
    var standardError: String { lock.withLock { errors } }

    /// Polls `probe` every 20 ms until it gives a value or `seconds` pass.
    func wait<T>(until seconds: TimeInterval, _ probe: () -> T?) -> T? {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let value = probe() { return value }
            if !process.isRunning { return probe() }
            usleep(20_000)
        }
        return nil
    }

    /// Sends `signal` and waits up to `seconds` for the exit; true when it exited in time.
    @discardableResult
    func stop(signal: Int32 = SIGTERM, within seconds: TimeInterval = 10) -> Bool {
        guard process.isRunning else { return true }
        kill(process.processIdentifier, signal)
        let exited = wait(until: seconds) { process.isRunning ? nil : true } ?? false
        if !exited { kill(process.processIdentifier, SIGKILL); process.waitUntilExit() }
        return exited
    }

    /// Waits for the exit of a process that ends by itself (a port already taken).
    func waitForExit(within seconds: TimeInterval) -> Int32? {
        guard wait(until: seconds, { process.isRunning ? nil : true }) != nil else { return nil }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
