import Foundation

/// Runs a helper program (LibreOffice for PDFs) in its own process group, with a time limit.
public enum ExternalProgram {
    public struct Outcome: Sendable {
        public let status: Int32
        public let standardOutput: Data
        public let standardError: Data
        public let timedOut: Bool
    }

    /// The first executable called `name` on `PATH`, or nil.
    public static func find(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    public static func run(_ executable: URL, arguments: [String], in directory: URL, timeoutSeconds: Int,
                           environment: [String: String] = [:]) throws -> Outcome {
        let result = try ChildProcess.run(executable, arguments: arguments, input: Data(), directory: directory,
                                          timeoutSeconds: timeoutSeconds, environment: environment)
        return Outcome(status: result.status, standardOutput: result.standardOutput,
                       standardError: result.standardError, timedOut: result.timedOut)
    }
}
