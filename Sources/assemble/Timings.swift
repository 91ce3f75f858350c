import Foundation

/// Prints `--timings`: seconds per step, on standard error so output parsing is unaffected.
enum Timings {
    static func print(_ steps: [(step: String, seconds: Double)]) {
        let lines = steps.map { String(format: "%8.3f s  %@", $0.seconds, $0.step) }
        let total = String(format: "%8.3f s  total", steps.reduce(0) { $0 + $1.seconds })
        FileHandle.standardError.write(Data((lines + [total]).joined(separator: "\n").utf8 + Data("\n".utf8)))
    }
}
