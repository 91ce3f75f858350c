import ArgumentParser
import BuiltInStages
import ManuscriptCore

extension Assemble {
    struct Stages: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "stages", abstract: "Lists the built-in stages with their options.")

        func run() {
            for type in builtInStages {
                let d = type.description
                print("\(d.identifier)  (\(d.name))\(d.alwaysRuns ? "  [always runs, last, even when the pipeline leaves it out]" : "")")
                print("    \(d.summary).")
                if !d.blockKinds.isEmpty { print("    block kinds: \(d.blockKinds.joined(separator: ", "))") }
                if !d.blockOptions.isEmpty { print("    block options: \(d.blockOptions.joined(separator: ", "))") }
                for option in d.options {
                    print("    option \(option.name): \(option.summary) [default: \(option.defaultValue)]")
                }
            }
            print("External stages: name an executable with `command:` in the edition's pipeline;")
            print("it reads the document as JSON on stdin and prints {\"document\", \"findings\"} as JSON on stdout.")
        }
    }
}
