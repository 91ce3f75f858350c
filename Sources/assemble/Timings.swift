import Foundation
import ManuscriptCore

/// Prints `--timings`: seconds per step, on standard error so output parsing is unaffected.
enum Timings {
    static func print(_ steps: [(step: String, seconds: Double)]) {
        let seconds = { (value: Double) -> String in
            let text = NumberText.fixed(value, decimals: 3)
            return String(repeating: " ", count: max(0, 8 - text.count)) + text
        }
        let lines = steps.map { seconds($0.seconds) + " s  " + $0.step }
        let total = seconds(steps.reduce(0) { $0 + $1.seconds }) + " s  total"
        FileHandle.standardError.write(Data((lines + [total]).joined(separator: "\n").utf8 + Data("\n".utf8)))
    }
}
