internal import CSpawn
import Foundation

/// Runs a program with input on stdin, collecting stdout and stderr, and stops it after a timeout.
///
/// The child leads its own process group. The timeout covers the whole exchange (writing the input,
/// the child's run, reading until both pipes close), and the group is ended whenever the exchange
/// ends: a background `sleep &` the child left holding stdout would otherwise keep the read open.
enum ChildProcess {
    struct Result {
        var status: Int32
        var standardOutput: Data
        var standardError: Data
        var timedOut: Bool
    }

    /// More than this on stdout or stderr ends the child: an answer is a document, not a stream.
    static let outputLimit = 512 * 1024 * 1024

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
        // Signals `assemble` ignores (SIGPIPE; SIGINT and SIGTERM, which it handles) stay ignored
        // across exec unless reset: the child gets the defaults.
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF))
        posix_spawnattr_setpgroup(&attributes, 0)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for number in [SIGPIPE, SIGINT, SIGTERM, SIGHUP] { sigaddset(&defaults, number) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)

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
        RunningProcessGroups.shared.insert(pid)
        defer { RunningProcessGroups.shared.remove(pid) }

        var exchange = Exchange(input: input, inputFD: stdin[1], outputFD: stdout[0], errorFD: stderr[0])
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(max(timeoutSeconds, 0)) * 1_000_000_000
        var exitStatus: Int32?
        var timedOut = false
        // Poll the pipes and the leader together until the leader has exited and both pipes closed.
        while exitStatus == nil || !exchange.outputsClosed {
            let now = DispatchTime.now().uptimeNanoseconds
            if now >= deadline || exchange.overflowed {
                timedOut = now >= deadline
                break
            }
            exchange.pump(waitingMilliseconds: Int32(min(50, (deadline - now) / 1_000_000 + 1)))
            if exitStatus == nil {
                var status: Int32 = 0
                if waitpid(pid, &status, WNOHANG) == pid {
                    exitStatus = status
                    // The answer is complete when the leader exits: whatever it left running is ended,
                    // so it cannot hold the pipes open.
                    kill(-pid, SIGKILL)
                }
            }
        }
        exchange.closeAll()
        kill(-pid, SIGKILL)
        if exitStatus == nil {
            var status: Int32 = 0
            while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
            exitStatus = status
        }
        if exchange.overflowed {
            throw AssemblyError("it printed more than \(outputLimit / 1024 / 1024) MiB and was stopped")
        }
        let status = exitStatus ?? 0
        // Exit code for a normal exit; 128 + signal number for a killed child, as shells report it.
        let code = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Result(status: code, standardOutput: exchange.output, standardError: exchange.errors, timedOut: timedOut)
    }

    /// The three pipes of one run, non-blocking, served by one `poll` loop: writing and reading
    /// together, since a child that prints before reading all its input would otherwise deadlock.
    private struct Exchange {
        let input: Data
        var written = 0
        var inputFD: Int32
        var outputFD: Int32
        var errorFD: Int32
        var output = Data()
        var errors = Data()
        var overflowed = false
        var outputsClosed: Bool { outputFD < 0 && errorFD < 0 }

        init(input: Data, inputFD: Int32, outputFD: Int32, errorFD: Int32) {
            (self.input, self.inputFD, self.outputFD, self.errorFD) = (input, inputFD, outputFD, errorFD)
            for fd in [inputFD, outputFD, errorFD] { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) }
            if input.isEmpty { closeInput() }
        }

        mutating func pump(waitingMilliseconds: Int32) {
            var fds: [pollfd] = []
            if inputFD >= 0 { fds.append(pollfd(fd: inputFD, events: Int16(POLLOUT), revents: 0)) }
            if outputFD >= 0 { fds.append(pollfd(fd: outputFD, events: Int16(POLLIN), revents: 0)) }
            if errorFD >= 0 { fds.append(pollfd(fd: errorFD, events: Int16(POLLIN), revents: 0)) }
            guard !fds.isEmpty else {
                usleep(UInt32(waitingMilliseconds) * 1000)
                return
            }
            guard poll(&fds, nfds_t(fds.count), waitingMilliseconds) > 0 else { return }
            for entry in fds where entry.revents != 0 {
                if entry.fd == inputFD { writeSome() }
                if entry.fd == outputFD, !Self.read(from: entry.fd, into: &output) { close(outputFD); outputFD = -1 }
                if entry.fd == errorFD, !Self.read(from: entry.fd, into: &errors) { close(errorFD); errorFD = -1 }
            }
            overflowed = output.count > ChildProcess.outputLimit || errors.count > ChildProcess.outputLimit
        }

        private mutating func writeSome() {
            let count = input.withUnsafeBytes { buffer in
                write(inputFD, buffer.baseAddress! + written, min(buffer.count - written, 65536))
            }
            if count > 0 { written += count } else if count < 0 && errno != EAGAIN && errno != EINTR { closeInput() }
            if written >= input.count { closeInput() }
        }

        private mutating func closeInput() {
            if inputFD >= 0 { close(inputFD) }
            inputFD = -1
        }

        /// Reads what is there; false at end of file (or on an error, which ends the pipe the same way).
        private static func read(from fd: Int32, into data: inout Data) -> Bool {
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let count = Glibc.read(fd, &buffer, buffer.count)
                if count > 0 {
                    data.append(buffer, count: count)
                    if data.count > ChildProcess.outputLimit { return true }
                } else if count < 0 && (errno == EAGAIN || errno == EINTR) {
                    return true
                } else {
                    return false
                }
            }
        }

        mutating func closeAll() {
            closeInput()
            for fd in [outputFD, errorFD] where fd >= 0 { close(fd) }
            (outputFD, errorFD) = (-1, -1)
        }
    }
}
