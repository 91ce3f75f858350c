import ArgumentParser
import Foundation
import ManuscriptCore
import PreviewServer

extension Assemble {
    struct Preview: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "preview",
            abstract: "Serves the draft's web edition on a local address, rebuilt and reloaded in the browser on every save.",
            discussion: """
                The pages show editor notes and the （案） mark, a panel of the build's findings, and a \
                mark on each block a finding points into. A build that fails keeps the last good pages \
                with its errors on top. The site is built in a private temporary folder, never in Output/.
                """)

        @Argument(help: "The manuscript folder, holding edition.yaml.")
        var manuscript = "Manuscript"

        @Option(help: "The port to listen on (0 chooses a free one).")
        var port: UInt16 = 8000

        @Option(help: "The address to listen on; only this machine can reach the default.")
        var host = "127.0.0.1"

        @Option(help: "Treat the edition as this status; the preview shows the draft by default.")
        var status: EditionStatus = .draft

        @Flag(help: "Print how long each build's steps took (loading, each stage, writing the pages), on standard error.")
        var timings = false

        func run() throws {
            // A page closed mid-response must not end the server.
            signal(SIGPIPE, SIG_IGN)
            let folder = try PrivateFolders.make(prefix: "assemble-preview")
            defer { PrivateFolders.remove(folder) }
            let builder = PreviewBuilder(manuscript: manuscript, status: status, folder: folder, printsTimings: timings)
            let server = PreviewServer(host: host == "localhost" ? "127.0.0.1" : host, port: port)
            let first = builder.build()
            server.publish(first)
            Self.printSummary(of: first)
            let watcher = ManuscriptWatcher(folder: URL(fileURLWithPath: manuscript)) {
                let build = builder.build()
                server.publish(build)
                Self.printSummary(of: build)
            }
            // The server runs on the concurrency pool; this thread waits for it, and a signal ends
            // the process through `TerminationSignals` (which also removes the private folder).
            let outcome = Outcome()
            Task {
                do {
                    try await server.run { address in
                        Self.say("serving the draft at http://\(address)/ (Ctrl-C stops)\n", on: .standardOutput)
                        watcher.start()
                    }
                } catch {
                    outcome.error = error
                }
                outcome.done.signal()
            }
            outcome.done.wait()
            Self.say("error: \(outcome.error.map { "\($0)" } ?? "the server stopped")\n", on: .standardError)
            throw ExitCode.failure
        }

        /// The build's findings as `check` prints them, then one line saying how it went.
        private static func printSummary(of build: PreviewBuild) {
            let errors = build.lines.filter { $0.severity == .error }.count
            let lines = build.lines.map { TerminalText.line($0.text) }
            let result = build.succeeded ? "built" : "build failed, keeping the last good pages"
            let warnings = build.lines.count - errors
            let seconds = NumberText.fixed(build.seconds, decimals: 2)
            say(lines.map { $0 + "\n" }.joined()
                + "preview \(build.generation): \(result) in \(seconds) s: \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")\n",
                on: .standardError)
        }

        private static func say(_ text: String, on handle: FileHandle) {
            handle.write(Data(text.utf8))
        }

        private final class Outcome: @unchecked Sendable {
            var error: Error?
            let done = DispatchSemaphore(value: 0)
        }
    }
}
