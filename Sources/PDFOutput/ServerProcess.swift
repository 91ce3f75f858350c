import Foundation
import Glibc
import ManuscriptCore

/// A long-running helper (unoserver) in its own process group, its output going to a log file.
final class ServerProcess {
    let pid: pid_t
    private var stopped = false

    private init(pid: pid_t) { self.pid = pid }

    static func start(_ executable: URL, arguments: [String], log: URL, environment: [String: String]) throws -> ServerProcess {
        let pid = try spawn(executable, arguments: arguments, output: URL(fileURLWithPath: log.path + ".out"), environment: environment, group: 0)
        // Ended with the stages' groups when `assemble` is interrupted (``TerminationSignals``).
        RunningProcessGroups.shared.insert(pid)
        return ServerProcess(pid: pid)
    }

    /// Runs a client (unoconvert) in the server's process group, so that stopping the server on a
    /// signal stops it too; its output goes to `output`. Returns the exit status, or nil on timeout.
    func runClient(_ executable: URL, arguments: [String], output: URL, environment: [String: String], timeoutSeconds: Int) throws -> Int32? {
        let child = try Self.spawn(executable, arguments: arguments, output: output, environment: environment, group: pid)
        var status: Int32 = 0
        let deadline = Date().addingTimeInterval(Double(timeoutSeconds))
        while waitpid(child, &status, WNOHANG) == 0 {
            if Date() > deadline {
                kill(child, SIGKILL)
                waitpid(child, &status, 0)
                return nil
            }
            usleep(50_000)
        }
        return status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }

    private static func spawn(_ executable: URL, arguments: [String], output: URL, environment: [String: String], group: pid_t) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, group)
        let argv = ([executable.path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var variables = ProcessInfo.processInfo.environment
        variables.merge(environment) { $1 }
        let envp = variables.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { envp.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable.path, &actions, &attributes, argv, envp)
        guard spawned == 0 else {
            throw AssemblyError("cannot start \(executable.lastPathComponent): \(String(cString: strerror(spawned)))")
        }
        return pid
    }

    /// Waits until the server logs that it has started and accepts connections; throws, with the end
    /// of its log, when it exits or does not get there in time.
    func waitUntilReady(log: URL, port: Int, timeoutSeconds: Double) throws {
        let deadline = Date().addingTimeInterval(timeoutSeconds)
        while Date() < deadline {
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid {
                stopped = true
                throw AssemblyError("LibreOffice (unoserver) stopped while starting: \(Self.tail(of: log))")
            }
            let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            if text.contains("Started.") && FreePort.answers(port) { return }
            usleep(200_000)
        }
        throw AssemblyError("LibreOffice (unoserver) did not start within \(Int(timeoutSeconds)) seconds: \(Self.tail(of: log))")
    }

    private static func tail(of log: URL) -> String {
        let text = [log, URL(fileURLWithPath: log.path + ".out")].compactMap { try? String(contentsOf: $0, encoding: .utf8) }.joined(separator: "\n")
        return text.split(separator: "\n").suffix(3).joined(separator: " / ")
    }

    /// SIGTERM to the whole group (unoserver passes it on to LibreOffice), SIGKILL to what is left
    /// after 10 s.
    func stop() {
        guard !stopped else { return }
        stopped = true
        kill(-pid, SIGTERM)
        var status: Int32 = 0
        for _ in 0..<100 {
            if waitpid(pid, &status, WNOHANG) == pid { break }
            usleep(100_000)
        }
        // LibreOffice may still be closing after unoserver exits; it is in the same group.
        for _ in 0..<50 where kill(-pid, 0) == 0 { usleep(100_000) }
        kill(-pid, SIGKILL)
        if waitpid(pid, &status, WNOHANG) == 0 { waitpid(pid, &status, 0) }
        RunningProcessGroups.shared.remove(pid)
    }
}
