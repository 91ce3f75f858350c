internal import CSpawn
import Foundation

/// Runs a program with input on stdin, collecting stdout and stderr, and stops it after a timeout.
///
/// The child leads its own process group, so a timeout stops everything it started: a shell script's
/// `sleep` would otherwise keep the output pipe open and the read would never end.
enum ChildProcess {
    struct Result {
        var status: Int32
        var standardOutput: Data
        var standardError: Data
        var timedOut: Bool
    }

    /// Bytes read by one reader thread and used only after `group.wait()`, which orders the accesses.
    private final class Collected: @unchecked Sendable { var data = Data() }

    /// A child that exits without reading its input would otherwise kill us with SIGPIPE on write;
    /// ignored, the write fails with EPIPE instead, and the child's exit status tells what happened.
    private static let ignoreBrokenPipes: Void = { signal(SIGPIPE, SIG_IGN) }()

    /// `environment` adds to (or replaces entries of) this process's environment.
    static func run(_ executable: URL, arguments: [String] = [], input: Data, directory: URL, timeoutSeconds: Int,
                    environment: [String: String] = [:]) throws -> Result {
        ignoreBrokenPipes
        // Close-on-exec, so pipes of stages started in parallel never leak into each other's children.
        var stdin: [Int32] = [0, 0], stdout: [Int32] = [0, 0], stderr: [Int32] = [0, 0]
        guard cspawn_pipe_cloexec(&stdin) == 0, cspawn_pipe_cloexec(&stdout) == 0, cspawn_pipe_cloexec(&stderr) == 0 else {
            throw AssemblyError("cannot create pipes for it: \(String(cString: strerror(errno)))")
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, stdin[0], 0)
        posix_spawn_file_actions_adddup2(&actions, stdout[1], 1)
        posix_spawn_file_actions_adddup2(&actions, stderr[1], 2)
        cspawn_file_actions_addchdir(&actions, directory.path)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)

        let argv = ([executable.path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var variables = ProcessInfo.processInfo.environment
        variables.merge(environment) { $1 }
        let envp = variables.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { envp.forEach { free($0) } }
        var pid: pid_t = 0
        var spawned = posix_spawn(&pid, executable.path, &actions, &attributes, argv, envp)
        // A script written a moment ago can still be open for writing in a child another thread is
        // forking; the kernel then refuses to run it (ETXTBSY) for that instant.
        for attempt in 1...5 where spawned == ETXTBSY {
            usleep(UInt32(20_000 * attempt))
            spawned = posix_spawn(&pid, executable.path, &actions, &attributes, argv, envp)
        }
        for fd in [stdin[0], stdout[1], stderr[1]] { close(fd) }
        guard spawned == 0 else {
            for fd in [stdin[1], stdout[0], stderr[0]] { close(fd) }
            throw AssemblyError("cannot start it: \(String(cString: strerror(spawned)))")
        }

        // Write and read on separate threads: a child that prints before reading all its input
        // would otherwise deadlock against full pipe buffers.
        let group = DispatchGroup()
        let output = Collected(), errors = Collected()
        // Plain constants for the closures: the descriptor arrays and `pid` are variables.
        let (inputFD, outputFD, errorFD, child) = (stdin[1], stdout[0], stderr[0], pid)
        DispatchQueue.global().async(group: group) { writeAll(input, to: inputFD); close(inputFD) }
        DispatchQueue.global().async(group: group) { output.data = readAll(outputFD); close(outputFD) }
        DispatchQueue.global().async(group: group) { errors.data = readAll(errorFD); close(errorFD) }

        let exited = DispatchSemaphore(value: 0)
        let waitStatus = Collected()
        DispatchQueue.global().async {
            var status: Int32 = 0
            while waitpid(child, &status, 0) == -1 && errno == EINTR {}
            waitStatus.data = withUnsafeBytes(of: status) { Data($0) }
            exited.signal()
        }
        var timedOut = false
        if exited.wait(timeout: .now() + .seconds(timeoutSeconds)) == .timedOut {
            timedOut = true
            kill(-pid, SIGTERM)
            if exited.wait(timeout: .now() + .seconds(2)) == .timedOut {
                kill(-pid, SIGKILL)
                exited.wait()
            }
            kill(-pid, SIGKILL)  // whatever of the group outlived its leader
        }
        group.wait()
        let status = waitStatus.data.withUnsafeBytes { $0.load(as: Int32.self) }
        // Exit code for a normal exit; 128 + signal number for a killed child, as shells report it.
        let code = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Result(status: code, standardOutput: output.data, standardError: errors.data, timedOut: timedOut)
    }

    private static func writeAll(_ data: Data, to fd: Int32) {
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 { if errno == EINTR { continue } else { return } }
                offset += written
            }
        }
    }

    private static func readAll(_ fd: Int32) -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = read(fd, &buffer, buffer.count)
            if count > 0 { data.append(buffer, count: count) } else if count < 0 && errno == EINTR { continue } else { break }
        }
        return data
    }
}
